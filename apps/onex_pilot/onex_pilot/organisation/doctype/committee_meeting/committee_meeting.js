frappe.ui.form.on("Committee Meeting", {
	refresh(frm) {
		const today = frappe.datetime.get_today();
		const overdue = (frm.doc.follow_ups || []).filter(
			(row) => row.status === "Open" && row.due_date && row.due_date < today
		);
		if (overdue.length) {
			frm.dashboard.set_headline_alert(
				__("{0} follow-up actions are overdue.", [overdue.length]),
				"red"
			);
		}
	},
});
