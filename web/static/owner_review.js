// The owner's decision on a new lead, from the dashboard: write a reply and approve (the approval
// flow emails it to the visitor), or decline (the visitor gets a short, polite note).
// POST /api/owner/leads/{id}/review with the owner's token; the table reloads after a decision.
"use strict";

import { el } from "./dom.js";

let counter = 0;

/** A cell with the decision controls for `lead` (status new), or the owner's reply once decided. */
export function decisionCell(lead, token, onDecided) {
  const cell = el("td", null, "decide");
  if (lead.status !== "new") {
    if (lead.reply) cell.append(el("p", lead.reply, "reply"));
    // The decision stays said after the table reloads: a reload drawn while another decision was in
    // flight replaces the row that was showing "Sending…", so its outcome is shown from the lead itself.
    const outcome = { approved: "Approved.", declined: "Declined." }[lead.status];
    if (outcome) {
      const said = el("p", outcome, "small-print");
      said.setAttribute("role", "status");
      cell.append(said);
    }
    return cell;
  }
  const reply = el("textarea");
  reply.id = `reply-${++counter}`;
  // aria-label, not a visually hidden <label>: an absolutely placed label escapes the table's scroller.
  reply.setAttribute("aria-label", `Reply to ${lead.name || "the visitor"}`);
  reply.rows = 3;
  reply.maxLength = 4000;
  reply.placeholder = "Your reply (emailed to the visitor when you approve)";
  const approve = el("button", "Approve and send reply", "button");
  approve.type = "button";
  const decline = el("button", "Decline", "button secondary");
  decline.type = "button";
  const status = el("p", null, "small-print");
  status.setAttribute("role", "status");
  const send = async (decision) => {
    if (decision === "approve" && !reply.value.trim()) {
      status.textContent = "Write the reply the visitor will receive first.";
      reply.focus();
      return;
    }
    approve.disabled = decline.disabled = true;
    status.textContent = "Sending…";
    try {
      const response = await fetch(`/api/owner/leads/${encodeURIComponent(lead.lead_id)}/review`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token()}` },
        body: JSON.stringify({ decision, reply: reply.value.trim() || undefined }),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.message || `${response.status} ${response.statusText}`);
      status.textContent = decision === "approve" ? "Approved: the reply is on its way." : "Declined: the visitor gets a polite note.";
      onDecided?.(lead, body);
    } catch (error) {
      status.textContent = `Not sent: ${error.message}`;
      approve.disabled = decline.disabled = false;
    }
  };
  approve.addEventListener("click", () => send("approve"));
  decline.addEventListener("click", () => send("decline"));
  cell.append(reply, approve, decline, status);
  return cell;
}
