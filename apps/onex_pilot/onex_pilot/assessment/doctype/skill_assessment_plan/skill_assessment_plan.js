// The result grid of a Held plan: its examiners or an Assessment Officer enter every
// candidate's scores at once; the server checks who they are and every score.
frappe.ui.form.on("Skill Assessment Plan", {
	refresh(frm) {
		if (!frm.is_new() && frm.doc.workflow_state === "Held") {
			frm.add_custom_button(__("Enter Results"), () => open_result_grid(frm));
		}
	},
});

const GRID_FIELDS = [
	["registration", "Link", "Registration", { options: "Skill Assessment Registration", read_only: 1 }],
	["student_name", "Data", "Student Name", { read_only: 1 }],
	["retake_component", "Data", "Retake Component", { read_only: 1 }],
	["theory_score", "Float", "Theory Score", {}],
	["practical_score", "Float", "Practical Score", {}],
	["absent", "Check", "Absent", {}],
	["void_for_misconduct", "Check", "Void for Misconduct", {}],
	["void_reason", "Data", "Void Reason", {}],
];
const ENTERED = ["theory_score", "practical_score", "absent", "void_for_misconduct", "void_reason"];

function open_result_grid(frm) {
	frappe
		.call("onex_pilot.assessment.results.get_result_grid", { plan: frm.doc.name })
		.then(({ message }) => {
			const dialog = new frappe.ui.Dialog({
				title: __("Results of {0}", [frm.doc.name]),
				size: "extra-large",
				fields: [
					{
						fieldname: "rows",
						fieldtype: "Table",
						cannot_add_rows: true,
						cannot_delete_rows: true,
						in_place_edit: true,
						data: message,
						fields: GRID_FIELDS.map(([fieldname, fieldtype, label, extra]) => ({
							fieldname,
							fieldtype,
							label: __(label),
							in_list_view: 1,
							...extra,
						})),
					},
				],
				primary_action_label: __("Save Results"),
				primary_action(values) {
					const rows = (values.rows || []).map((row) => {
						const entered = { registration: row.registration };
						ENTERED.forEach((field) => {
							if (row[field] !== undefined && row[field] !== "") entered[field] = row[field];
						});
						return entered;
					});
					frappe
						.call({
							method: "onex_pilot.assessment.results.enter_results",
							args: { plan: frm.doc.name, rows },
							freeze: true,
						})
						.then(() => {
							dialog.hide();
							frappe.show_alert({ message: __("Results saved"), indicator: "green" });
							frm.reload_doc();
						});
				},
			});
			dialog.show();
		});
}
