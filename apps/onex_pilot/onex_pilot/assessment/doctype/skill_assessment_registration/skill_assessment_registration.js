// Cancelling frees the seat; the server decides whether the plan still allows it.
frappe.ui.form.on("Skill Assessment Registration", {
	refresh(frm) {
		const can_cancel = frm.doc.__onload && frm.doc.__onload.can_cancel;
		if (!frm.is_new() && can_cancel && frm.perm[0] && frm.perm[0].write) {
			frm.add_custom_button(__("Cancel Registration"), () =>
				frappe.prompt(
					[{ fieldname: "reason", fieldtype: "Small Text", label: __("Cancellation Reason") }],
					({ reason }) =>
						frappe
							.call({
								method: "onex_pilot.assessment.doctype.skill_assessment_registration.skill_assessment_registration.cancel",
								args: { registration: frm.doc.name, reason },
								freeze: true,
							})
							.then(() => frm.reload_doc()),
					__("Cancel Registration"),
					__("Cancel Registration")
				)
			);
		}
	},
});
