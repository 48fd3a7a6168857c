// The visitor's own data: their messages to the owner (status and reply), "Download my data" and
// "Forget me". The visitor is named by the HttpOnly cookie the server set (POST /api/me/session
// after the chat's first answer, or the contact form); the page never reads the token itself.
"use strict";

import { el } from "./dom.js";

const STATUS_WORDS = { new: "Waiting for a reply", approved: "Replied", declined: "Closed", expired: "Closed" };

/** Keep the chat's visitor token as the HttpOnly cookie (so history and memory span visits). */
export async function keepVisitor(token) {
  if (!token) return;
  try {
    await fetch("/api/me/session", {
      method: "POST", credentials: "same-origin", headers: { Authorization: `Bearer ${token}` },
    });
  } catch { /* offline: the next answer tries again */ }
}

export async function showLeads() {
  const list = document.getElementById("my-leads");
  try {
    const response = await fetch("/api/me/leads", { credentials: "same-origin", cache: "no-store" });
    const { leads = [] } = response.ok ? await response.json() : {};
    list.replaceChildren(...leads.map((lead) => {
      const li = el("li", null, lead.status);
      li.dataset.leadId = lead.leadId;
      li.append(el("strong", STATUS_WORDS[lead.status] || lead.status), el("p", lead.note, "small-print"));
      if (lead.reply) li.append(el("p", lead.reply, "reply"));
      return li;
    }));
  } catch { /* the list is a convenience; the email carries the reply */ }
}

export function setupMyData() {
  const status = document.getElementById("my-data-status");
  document.getElementById("download-data").addEventListener("click", async () => {
    status.textContent = "Preparing your data…";
    const response = await fetch("/api/me/export", { credentials: "same-origin", cache: "no-store" });
    if (response.status === 401) { status.textContent = "Nothing stored about you on this site yet."; return; }
    if (!response.ok) { status.textContent = `Your data could not be exported (${response.status}).`; return; }
    const blob = await response.blob();
    const link = el("a", "heyfolio-my-data.json");
    link.href = URL.createObjectURL(blob);
    link.download = "heyfolio-my-data.json";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    status.textContent = "Downloaded heyfolio-my-data.json.";
  });
  document.getElementById("forget-me").addEventListener("click", async () => {
    if (!window.confirm("Erase your chat, what this site remembers about you and your messages to the owner?")) return;
    const response = await fetch("/api/me", { method: "DELETE", credentials: "same-origin" });
    if (response.status === 401) { status.textContent = "Nothing stored about you on this site."; return; }
    const report = await response.json().catch(() => ({}));
    if (!response.ok) { status.textContent = report.message || `Erasing failed (${response.status}); please try again.`; return; }
    try { sessionStorage.clear(); } catch { /* private mode */ }
    status.textContent = "Forgotten: everything this site stored about you is erased.";
    showLeads();
  });
  showLeads();
}
