// A published result changes only by cancel-and-amend with a reason, in one step on the server.
frappe.ui.form.on("Skill Assessment Result", {
	refresh(frm) {
		if (frm.doc.docstatus === 1 && frm.perm[0] && frm.perm[0].amend) {
			frm.add_custom_button(__("Amend with Reason"), () => amend_with_reason(frm));
		}
	},
});

function amend_with_reason(frm) {
	const dialog = new frappe.ui.Dialog({
		title: __("Amend with Reason"),
		fields: [
			{ fieldname: "reason", fieldtype: "Small Text", label: __("Amendment Reason"), reqd: 1 },
			{ fieldname: "theory_score", fieldtype: "Float", label: __("Theory Score"), default: frm.doc.theory_score },
			{ fieldname: "practical_score", fieldtype: "Float", label: __("Practical Score"), default: frm.doc.practical_score },
			{ fieldname: "absent", fieldtype: "Check", label: __("Absent"), default: frm.doc.absent },
			{ fieldname: "void_for_misconduct", fieldtype: "Check", label: __("Void for Misconduct"), default: frm.doc.void_for_misconduct },
			{ fieldname: "void_reason", fieldtype: "Small Text", label: __("Void Reason"), default: frm.doc.void_reason },
		],
		primary_action_label: __("Amend"),
		primary_action(values) {
			frappe
				.call({
					method: "onex_pilot.assessment.results.amend_result",
					args: { result: frm.doc.name, ...values },
					freeze: true,
				})
				.then(({ message }) => {
					dialog.hide();
					frappe.set_route("Form", frm.doctype, message);
				});
		},
	});
	dialog.show();
}
