// The owner dashboard: asks for the owner token (kept in sessionStorage, this tab only), reads
// /api/owner/* with it and draws leads, questions, latency and usage. A 401/403 gets a clear note.
"use strict";

import { barChart, columnChart } from "./charts.js";
import { el } from "./dom.js";
import { decisionCell } from "./owner_review.js";

const TOKEN_KEY = "heyfolio.owner.token";
const $ = (id) => document.getElementById(id);

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function token() {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
}

function setToken(value) {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the token lives only in this page */ }
}

async function ownerGet(path, signal) {
  const response = await fetch(path, { headers: { Accept: "application/json", Authorization: `Bearer ${token()}` }, cache: "no-store", signal });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.message || `${response.status} ${response.statusText}`);
  return body;
}

function notice(text, kind = "error") {
  const node = $("notice");
  node.textContent = text;
  node.className = `notice ${kind}`;
  node.hidden = !text;
}

function showSignin(message) {
  $("dashboard").hidden = true;
  $("controls").hidden = true;
  $("signin").hidden = false;
  if (message) notice(message);
  $("token").focus();
}

const usd = (v) => (v >= 0.1 ? `$${v.toFixed(2)}` : `$${Number(v.toFixed(4))}`);
const compact = (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(1)}M` : v >= 1e3 ? `${(v / 1e3).toFixed(v >= 1e4 ? 0 : 1)}k` : String(Math.round(v)));
const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const dayLabel = (d) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
const when = (ts) => new Date(ts * 1000).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });

function tile(value, label) {
  const card = el("div", null, "card tile");
  card.append(el("span", value, "value"), el("span", label, "label"));
  return card;
}

function renderTiles(leads, questions, usage, latency) {
  const calls = latency.tools.reduce((n, t) => n + t.count, 0);
  $("tiles").replaceChildren(
    tile(String(leads.counts.new || 0), "new leads waiting"),
    tile(`${questions.unanswered} / ${questions.total}`, "questions unanswered"),
    tile(compact(usage.total.input_tokens + usage.total.output_tokens), "model tokens"),
    tile(usd(usage.total.cost_usd), "model cost"),
    tile(String(calls), "tool calls"),
  );
}

function renderUsage(usage) {
  const days = usage.per_day.map((d) => d.day);
  columnChart($("tokens-chart"), {
    title: `Tokens per day, last ${usage.days} days`,
    categories: days,
    categoryLabel: dayLabel,
    stacked: true,
    format: compact,
    series: [
      { key: "input", label: "Input tokens", className: "input", values: usage.per_day.map((d) => d.input_tokens) },
      { key: "output", label: "Output tokens", className: "output", values: usage.per_day.map((d) => d.output_tokens) },
    ],
  });
  columnChart($("cost-chart"), {
    title: `Cost per day in US dollars, last ${usage.days} days`,
    categories: days,
    categoryLabel: dayLabel,
    format: usd,
    series: [{ key: "cost", label: "Cost", className: "cost", values: usage.per_day.map((d) => d.cost_usd) }],
  });
}

function renderLatency(latency) {
  const box = $("latency-chart");
  if (!latency.tools.length) {
    box.replaceChildren(el("p", "No tool calls in this period.", "empty"));
    return;
  }
  barChart(box, {
    title: `Latency per tool (p50 and p95), last ${latency.days} days`,
    rows: latency.tools.map((t) => `${t.tool} (${t.count})`),
    format: ms,
    series: [
      { key: "p50", label: "p50", className: "p50", values: latency.tools.map((t) => t.p50_ms) },
      { key: "p95", label: "p95", className: "p95", values: latency.tools.map((t) => t.p95_ms) },
    ],
  });
}

function renderQuestions(questions) {
  const box = $("questions");
  if (!questions.questions.length) {
    box.replaceChildren(el("p", "No questions in this period.", "empty"));
    return;
  }
  const wrap = el("div", null, "table-wrap");
  const table = el("table", null, "questions-table");
  const head = el("tr");
  for (const h of ["Question", "Status", "Asked"]) head.append(el("th", h));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const q of questions.questions) {
    const tr = el("tr");
    const status = q.answered ? "answered" : "unanswered";
    const badge = el("span", status, `status status-${status}`);
    const cell = el("td");
    cell.append(badge);
    tr.append(el("td", q.question), cell, el("td", when(q.at)));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  box.replaceChildren(wrap);
}

function renderLeads(leads) {
  const box = $("leads");
  if (!leads.leads.length) {
    box.replaceChildren(el("p", "No leads yet.", "empty"));
    return;
  }
  const wrap = el("div", null, "table-wrap");
  const table = el("table", null, "leads-table");
  const head = el("tr");
  for (const h of ["Name", "Email", "Message", "Status", "Received", "Decision"]) head.append(el("th", h));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const lead of leads.leads) {
    const tr = el("tr");
    const email = el("td");
    if (lead.email) {
      const a = el("a", lead.email);
      a.href = `mailto:${lead.email}`;
      email.append(a);
    } else email.textContent = lead.erased ? "(erased)" : "";
    const status = el("td");
    status.append(el("span", lead.status, `status status-${lead.status}`));
    tr.append(el("td", lead.name || (lead.erased ? "(erased)" : "")), email, el("td", lead.message || ""), status, el("td", when(lead.created_at)));
    tr.append(decisionCell(lead, token, () => setTimeout(load, 600)));
    tr.dataset.leadId = lead.lead_id;
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  box.replaceChildren(wrap);
}

// Only the newest load may draw: switching the period (or refreshing) while an earlier load is in
// flight aborts it, and a response that still arrives late is dropped by its sequence number, so a
// slow 14-day answer can never overwrite the 7-day view asked for after it.
let loadSeq = 0;
let loadAbort = null;

async function load() {
  if (!token()) { showSignin(); return; }
  const seq = ++loadSeq;
  loadAbort?.abort();
  const controller = new AbortController();
  loadAbort = controller;
  const days = $("days").value;
  delete document.body.dataset.ready; // set again when this load has drawn (or failed)
  notice("Loading…", "info");
  try {
    const [leads, questions, latency, usage] = await Promise.all([
      ownerGet("/api/owner/leads", controller.signal),
      ownerGet(`/api/owner/questions?days=${days}`, controller.signal),
      ownerGet(`/api/owner/latency?days=${days}`, controller.signal),
      ownerGet(`/api/owner/usage?days=${days}`, controller.signal),
    ]);
    if (seq !== loadSeq) return; // a newer load owns the page
    notice("");
    $("signin").hidden = true;
    $("controls").hidden = false;
    $("dashboard").hidden = false;
    renderTiles(leads, questions, usage, latency);
    renderUsage(usage);
    renderLatency(latency);
    renderQuestions(questions);
    renderLeads(leads);
    document.body.dataset.ready = "true";
    document.body.dataset.days = days;
  } catch (error) {
    if (seq !== loadSeq || error.name === "AbortError") return; // superseded: the newer load reports
    if (error.status === 401) {
      setToken(null);
      showSignin(error.message); // the server says the cause and the fix, once
    } else if (error.status === 403) {
      setToken(null);
      showSignin(`Not allowed: ${error.message}`);
    } else {
      notice(`The dashboard could not load: ${error.message}`);
    }
    document.body.dataset.ready = "error";
  }
}

$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = $("token").value.trim().replace(/^Bearer\s+/i, "");
  if (!value) return;
  setToken(value);
  $("token").value = "";
  load().then(() => { if (!$("dashboard").hidden) { $("dashboard").focus({ preventScroll: true }); window.scrollTo(0, 0); } });
});
$("signout").addEventListener("click", () => { setToken(null); notice("The token was forgotten.", "info"); showSignin(); });
$("refresh").addEventListener("click", load);
$("days").addEventListener("change", load);
load();
