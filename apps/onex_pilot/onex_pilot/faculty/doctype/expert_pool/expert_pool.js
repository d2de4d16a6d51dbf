frappe.ui.form.on("Expert Pool", {
	setup(frm) {
		frm.set_query("evaluation_organisation", () => ({
			filters: { is_evaluation_organisation: 1 },
		}));
	},

	refresh(frm) {
		if (frm.is_new()) return;
		const doc = frm.doc;
		const gap = (part) => (doc[`target_${part}`] || 0) - (doc[`actual_${part}`] || 0);
		const missing = [
			gap("total") > 0 && __("{0} in all", [gap("total")]),
			gap("company") > 0 && __("{0} from companies", [gap("company")]),
			gap("college") > 0 && __("{0} from colleges", [gap("college")]),
			gap("research") > 0 && __("{0} from research institutions", [gap("research")]),
		].filter(Boolean);

		const actual = __(
			"{0} of {1} experts: {2} from companies, {3} from colleges, {4} from research institutions.",
			[
				doc.actual_total || 0,
				doc.target_total || 0,
				doc.actual_company || 0,
				doc.actual_college || 0,
				doc.actual_research || 0,
			]
		);
		if (!missing.length) {
			frm.dashboard.set_headline(actual + " " + __("The pool meets its target."), "green");
			return;
		}
		frm.dashboard.set_headline(actual + " " + __("Missing: {0}.", [missing.join(__("; "))]), "orange");
	},
});
