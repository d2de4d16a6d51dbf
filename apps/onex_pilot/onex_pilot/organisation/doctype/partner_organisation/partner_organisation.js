frappe.ui.form.on("Partner Organisation", {
	refresh(frm) {
		// Its people are Contacts linked to it: list them, and add new ones already linked.
		frappe.dynamic_link = { doc: frm.doc, fieldname: "name", doctype: "Partner Organisation" };
		if (frm.is_new()) {
			frappe.contacts.clear_address_and_contact(frm);
		} else {
			frappe.contacts.render_address_and_contact(frm);
		}
	},
});
