// The contact form: a native <dialog> (focus stays inside, Esc closes, focus returns to the opener),
// opened by the "Get in touch" button, by the chat's `form` event, or by a link (?contact=1&message=…)
// that an MCP client without forms hands to its user. POST /api/contact with an idempotency key made
// when the form opens: a retry after a network failure or a double click sends the same key, so one
// submission is one lead.
"use strict";

const FIELDS = ["name", "email", "message", "consent"];

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class ContactForm {
  /** @param {object} hooks  onSent(answer): after the owner has the message */
  constructor(hooks = {}) {
    this.hooks = hooks;
    this.dialog = document.getElementById("contact-dialog");
    this.form = document.getElementById("contact-form");
    this.status = document.getElementById("contact-status");
    this.send = document.getElementById("contact-send");
    this.key = null;
    this.opener = null;
    this.busy = false;
    this.form.addEventListener("submit", (event) => { event.preventDefault(); this.submit(); });
    document.getElementById("contact-close").addEventListener("click", () => this.close());
    this.dialog.addEventListener("close", () => { this.opener?.focus?.(); });
  }

  field(name) { return this.form.elements.namedItem(name); }

  /** Open the form (prefilled with `message`, if any); focus its first empty field. */
  open(message = "", opener = document.activeElement) {
    this.opener = opener;
    if (!this.key) this.key = newKey();
    if (message && !this.field("message").value) this.field("message").value = message;
    this.setStatus("", "");
    if (!this.dialog.open) this.dialog.showModal();
    const empty = ["name", "email", "message"].map((n) => this.field(n)).find((f) => !f.value.trim());
    (empty || this.field("name")).focus();
  }

  close() { if (this.dialog.open) this.dialog.close(); }

  setStatus(text, kind) {
    this.status.textContent = text;
    this.status.className = `contact-status ${kind}`.trim();
  }

  showError(name, message) {
    for (const n of FIELDS) {
      const input = this.field(n);
      const error = document.getElementById(`contact-${n}-error`);
      const bad = n === name;
      input.setAttribute("aria-invalid", String(bad));
      error.hidden = !bad;
      error.textContent = bad ? message : "";
    }
    if (name && this.field(name)) this.field(name).focus();
  }

  /** The first problem the browser can see, as the server would name it. */
  check(values) {
    if (!values.name) return ["name", "Please fill in your name."];
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) return ["email", "Please give an email address the owner can reply to."];
    if (!values.message) return ["message", "Please write a message."];
    if (!values.consent) return ["consent", "Please tick the consent box: your details are stored only with it."];
    return null;
  }

  async submit() {
    if (this.busy) return;
    const values = {
      name: this.field("name").value.trim(),
      email: this.field("email").value.trim(),
      message: this.field("message").value.trim(),
      consent: this.field("consent").checked,
    };
    const problem = this.check(values);
    if (problem) { this.showError(...problem); this.setStatus(problem[1], "bad"); return; }
    this.showError(null, "");
    this.busy = true;
    this.send.disabled = true;
    this.setStatus("Sending…", "");
    try {
      const response = await fetch("/api/contact", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Idempotency-Key": this.key },
        body: JSON.stringify({ ...values, idempotencyKey: this.key }),
      });
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        if (answer.field && FIELDS.includes(answer.field)) this.showError(answer.field, answer.message);
        const wait = response.headers.get("Retry-After");
        this.setStatus(answer.message || `The message could not be sent (${response.status}).`
          + (wait ? ` Try again in ${wait} seconds.` : ""), "bad");
        return;
      }
      this.setStatus(answer.message || "Sent.", "good");
      this.key = null; // the next message is a new submission
      this.form.reset();
      this.hooks.onSent?.(answer);
    } catch {
      // Same key on the next try: the server stores this submission once, whatever got through.
      this.setStatus("The message could not be sent: no connection. Please try again.", "bad");
    } finally {
      this.busy = false;
      this.send.disabled = false;
    }
  }
}

/** A link to the form (MCP clients without forms get one): ?contact=1&message=… */
export function linkedMessage(url = new URL(location.href)) {
  if (url.searchParams.get("contact") !== "1") return null;
  return url.searchParams.get("message") || "";
}

/** The chat's `form` event: a button in the answer that opens the form. */
export function formOffer(data, contact, el) {
  const button = el("button", data.title || "Open the contact form", "button chat-form-offer");
  button.type = "button";
  button.addEventListener("click", () => contact.open("", button));
  return button;
}
