frappe.listview_settings["Pilot Milestone"] = {
	add_fields: ["status", "due_date", "is_overdue"],
	get_indicator(doc) {
		if (doc.status === "Done") {
			return [__("Done"), "green", "status,=,Done"];
		}
		if (doc.is_overdue || (doc.due_date && doc.due_date < frappe.datetime.get_today())) {
			return [__("Overdue"), "red", "is_overdue,=,1"];
		}
		return [__("Open"), "orange", "status,=,Open"];
	},
};
