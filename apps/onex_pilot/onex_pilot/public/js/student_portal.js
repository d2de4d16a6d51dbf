// The student portal's buttons: register, cancel a registration, lodge an objection.
// Each posts to onex_pilot.portal.api with the session's CSRF token; the server decides.
(function () {
	const API = "/api/method/onex_pilot.portal.api.";

	function messageBox() {
		return document.getElementById("onex-portal-message");
	}

	function plainText(html) {
		// Server messages may hold <strong> from frappe.bold: show their text, never markup.
		return new DOMParser().parseFromString(String(html), "text/html").body.textContent || "";
	}

	function serverMessages(body) {
		try {
			return JSON.parse(body._server_messages || "[]").map((m) => plainText(JSON.parse(m).message));
		} catch (e) {
			return [];
		}
	}

	function showError(text) {
		const box = messageBox();
		box.textContent = text;
		box.classList.remove("d-none");
		box.scrollIntoView({ block: "center" });
	}

	async function post(method, data) {
		const token = window.frappe && frappe.csrf_token;
		const response = await fetch(API + method, {
			method: "POST",
			credentials: "same-origin",
			headers: { Accept: "application/json", "X-Frappe-CSRF-Token": token || "" },
			body: new URLSearchParams(data),
		});
		let body = {};
		try {
			body = await response.json();
		} catch (e) {
			body = {};
		}
		if (!response.ok) {
			const messages = serverMessages(body);
			throw new Error(messages.join(" ") || messageBox().dataset.failed);
		}
		return body.message;
	}

	async function act(button) {
		const action = button.dataset.onexAction;
		const data = JSON.parse(button.dataset.args || "{}");
		if (button.dataset.input) {
			const input = document.getElementById(button.dataset.input);
			data[input.name] = input.value;
		}
		if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) return;
		button.disabled = true;
		try {
			await post(action, data);
			window.location.reload();
		} catch (error) {
			showError(error.message);
			button.disabled = false;
		}
	}

	document.addEventListener("click", (event) => {
		const button = event.target.closest("[data-onex-action]");
		if (!button) return;
		event.preventDefault();
		act(button);
	});
})();
