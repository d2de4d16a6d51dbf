// Certificate verification: asks the rate-limited public methods and shows their answer.
// Values are written with textContent only, so nothing typed or stored becomes markup.
(function () {
	const VERIFY = "/api/method/onex_pilot.portal.api.verify_certificate";
	const CONFIRM = "/api/method/onex_pilot.portal.api.confirm_holder";
	const $ = (id) => document.getElementById(id);
	const panels = ["verify-busy", "verify-not-found", "verify-limited", "verify-failed", "verify-result"];
	let lastQuery = null;

	function show(id) {
		panels.forEach((panel) => $(panel).classList.toggle("d-none", panel !== id));
		$("confirm-holder").classList.toggle("d-none", id !== "verify-result");
		["confirm-match", "confirm-no-match", "confirm-locked"].forEach((panel) => $(panel).classList.add("d-none"));
	}

	function headers() {
		const result = { Accept: "application/json" };
		if (window.frappe && frappe.csrf_token && frappe.csrf_token !== "None") {
			result["X-Frappe-CSRF-Token"] = frappe.csrf_token;
		}
		return result;
	}

	async function ask(url, options) {
		const response = await fetch(url, Object.assign({ credentials: "same-origin" }, options));
		if (response.status === 429) return { limited: true };
		if (!response.ok) return { failed: true };
		const body = await response.json();
		return body.message || { failed: true };
	}

	function render(certificate) {
		document.querySelectorAll("#verify-result [data-field]").forEach((el) => {
			el.textContent = certificate[el.dataset.field] || "";
		});
		const badge = $("verify-status");
		badge.classList.toggle("badge-success", certificate.valid);
		badge.classList.toggle("badge-danger", !certificate.valid);
		$("verify-revoked-on").classList.toggle("d-none", certificate.valid || !certificate.revoked_on);
	}

	async function verify(query) {
		show("verify-busy");
		// A holder's name goes in the body, never the address, so no server or proxy log keeps it.
		const request = query.holder
			? ask(VERIFY, { method: "POST", headers: headers(), body: new URLSearchParams(query) })
			: ask(VERIFY + "?" + new URLSearchParams(query), { headers: headers() });
		const answer = await request.catch(() => ({ failed: true }));
		if (answer.limited) return show("verify-limited");
		if (answer.failed) return show("verify-failed");
		if (!answer.found) return show("verify-not-found");
		lastQuery = query;
		render(answer.certificate);
		show("verify-result");
	}

	async function confirmHolder(event) {
		event.preventDefault();
		if (!lastQuery) return;
		const body = new URLSearchParams({
			certificate: lastQuery.code || lastQuery.number,
			full_name: $("confirm-name").value,
			id_tail: $("confirm-id-tail").value,
		});
		const answer = await ask(CONFIRM, { method: "POST", headers: headers(), body }).catch(() => ({
			failed: true,
		}));
		if (answer.limited) return show("verify-limited");
		if (answer.failed) return show("verify-failed");
		$("confirm-match").classList.toggle("d-none", !answer.matches);
		$("confirm-no-match").classList.toggle("d-none", !!answer.matches || !!answer.locked);
		$("confirm-locked").classList.toggle("d-none", !answer.locked);
	}

	function showTab(id) {
		if (window.jQuery && jQuery.fn.tab) return jQuery("#" + id).tab("show");
	}

	document.addEventListener("DOMContentLoaded", () => {
		$("by-number").addEventListener("submit", (event) => {
			event.preventDefault();
			verify({ number: $("verify-number").value.trim(), holder: $("verify-holder").value.trim() });
		});
		$("by-code").addEventListener("submit", (event) => {
			event.preventDefault();
			verify({ code: $("verify-code").value.trim() });
		});
		$("confirm-holder").addEventListener("submit", confirmHolder);

		const code = new URLSearchParams(window.location.search).get("code");
		if (code) {
			showTab("tab-code");
			$("verify-code").value = code.slice(0, 64);
			verify({ code: code.slice(0, 64) });
		}
	});
})();
