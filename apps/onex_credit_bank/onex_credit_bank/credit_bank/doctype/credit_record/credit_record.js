frappe.ui.form.on("Credit Record", {
	refresh(frm) {
		// A submitted credit is undone by a new Reversal that names it (the server refuses a second one).
		if (frm.doc.docstatus === 1 && frm.doc.entry_type === "Credit") {
			frm.add_custom_button(__("Reverse"), () => {
				frappe.new_doc("Credit Record", { entry_type: "Reversal", reverses: frm.doc.name });
			});
		}
	},
});
