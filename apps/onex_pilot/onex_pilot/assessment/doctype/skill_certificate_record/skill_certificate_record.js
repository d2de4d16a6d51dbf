// Revocation and reinstatement are permitted actions on the issued record, each with a reason.
frappe.ui.form.on("Skill Certificate Record", {
	refresh(frm) {
		if (frm.doc.docstatus !== 1 || !(frm.perm[0] && frm.perm[0].write)) return;
		if (frm.doc.status === "Valid") {
			frm.add_custom_button(__("Revoke"), () => change_status(frm, "revoke", __("Revoke")));
		} else {
			frm.add_custom_button(__("Reinstate"), () => change_status(frm, "reinstate", __("Reinstate")));
		}
	},
});

function change_status(frm, action, title) {
	frappe.prompt(
		[{ fieldname: "reason", fieldtype: "Small Text", label: __("Reason"), reqd: action === "revoke" }],
		({ reason }) =>
			frappe
				.call({
					method: `onex_pilot.assessment.certificates.${action}`,
					args: { certificate: frm.doc.name, reason },
					freeze: true,
				})
				.then(() => frm.reload_doc()),
		title,
		title
	);
}
