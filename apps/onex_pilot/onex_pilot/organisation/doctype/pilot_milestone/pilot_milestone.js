frappe.ui.form.on("Pilot Milestone", {
	refresh(frm) {
		if (frm.doc.is_overdue) {
			frm.dashboard.set_headline_alert(__("This milestone is past its due date and still open."), "red");
		}
	},
});
