// The owner dashboard's analytics panels (issue 14): topics over time, intents, unanswered needs,
// project interest and who called. Independent of owner.js: it draws whenever the dashboard has
// (re)loaded (body[data-ready="true"]), with the same owner token from this tab's session storage,
// and marks body[data-analytics-ready] when done. Hand-written SVG charts with table fallbacks.
"use strict";

import { barChart, columnChart } from "./charts.js";
import { el } from "./dom.js";

const TOKEN_KEY = "heyfolio.owner.token";
const TOPICS_SHOWN = 5;
const $ = (id) => document.getElementById(id);
const dayLabel = (d) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
const count = (v) => String(Math.round(v));

function token() {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
}

async function get(path) {
  const response = await fetch(path, { headers: { Accept: "application/json", Authorization: `Bearer ${token()}` }, cache: "no-store" });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || `${response.status} ${response.statusText}`);
  return body;
}

function empty(box, text) {
  box.replaceChildren(el("p", text, "empty"));
}

export function renderTopics(box, insights) {
  const totals = Object.entries(insights.topics || {}).slice(0, TOPICS_SHOWN);
  if (!insights.series.length || !totals.length) { empty(box, "No classified conversations in this period yet (the analytics flow runs daily)."); return; }
  const days = insights.series.map((d) => d.day);
  columnChart(box, {
    title: `Conversation topics per day, last ${insights.days} days`,
    categories: days,
    categoryLabel: dayLabel,
    stacked: true,
    format: count,
    series: totals.map(([topic], i) => ({ key: topic, label: topic, className: `series-${i}`, values: insights.series.map((d) => (d.topics || {})[topic] || 0) })),
  });
}

export function renderIntents(box, insights) {
  const intents = Object.entries(insights.intents || {});
  if (!intents.length) { empty(box, "No classified conversations in this period yet."); return; }
  barChart(box, {
    title: `Why visitors came (intent), last ${insights.days} days`,
    rows: intents.map(([intent]) => intent),
    rowHeader: "Intent",
    format: count,
    series: [{ key: "conversations", label: "conversations", className: "series-0", values: intents.map(([, n]) => n) }],
  });
}

export function renderNeeds(box, insights) {
  const needs = insights.unanswered_needs || [];
  if (!needs.length) { empty(box, "No unanswered needs in this period."); return; }
  const list = el("ul", null, "needs");
  for (const headline of insights.headlines || []) list.append(el("li", headline));
  const wrap = el("div", null, "table-wrap");
  const table = el("table");
  const head = el("tr");
  ["Need", "Asked", "By intent", "Example"].forEach((h, i) => head.append(el("th", h, i === 1 ? "num" : "")));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const need of needs.slice(0, 20)) {
    const tr = el("tr");
    tr.append(el("th", need.need), el("td", String(need.count), "num"),
      el("td", Object.entries(need.by_intent || {}).map(([k, v]) => `${k} ${v}`).join(", ")),
      el("td", (need.examples || [])[0] || ""));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  box.replaceChildren(list, wrap);
}

export function renderInterest(box, interest) {
  const projects = (interest.projects || []).filter((p) => p.totals.views + p.totals.citations + p.totals.questions > 0);
  if (!projects.length) { empty(box, "No project was viewed, cited or asked about in this period."); return; }
  barChart(box, {
    title: `Interest per project, last ${interest.days} days`,
    rows: projects.map((p) => {
      const stars = p.days.map((d) => d.stars).filter((s) => s !== null && s !== undefined);
      return stars.length ? `${p.slug} (★ ${stars[stars.length - 1]})` : p.slug;
    }),
    rowHeader: "Project",
    format: count,
    series: [
      { key: "views", label: "views", className: "series-0", values: projects.map((p) => p.totals.views) },
      { key: "citations", label: "citations", className: "series-1", values: projects.map((p) => p.totals.citations) },
      { key: "questions", label: "questions", className: "series-2", values: projects.map((p) => p.totals.questions) },
    ],
  });
}

export function renderActivity(box, activity) {
  if (!activity.total) { empty(box, "No tool calls, resource reads or chats in this period."); return; }
  columnChart(box, {
    title: `Calls per day by surface, last ${activity.days} days`,
    categories: activity.per_day.map((d) => d.day),
    categoryLabel: dayLabel,
    stacked: true,
    format: count,
    series: [
      { key: "tool", label: "tool calls", className: "series-0", values: activity.per_day.map((d) => d.tool) },
      { key: "resource", label: "resource reads", className: "series-1", values: activity.per_day.map((d) => d.resource) },
      { key: "chat", label: "chat turns", className: "series-2", values: activity.per_day.map((d) => d.chat) },
    ],
  });
  const clients = Object.entries(activity.client || {}).map(([name, n]) => `${name} ${n}`).join(" · ");
  box.append(el("p", `Clients: ${clients}`, "sub clients"));
}

let loading = 0;

async function load() {
  const days = ($("days") || {}).value || "14";
  const mine = ++loading;  // a newer load wins: an older response never overwrites it
  delete document.body.dataset.analyticsReady;
  try {
    const [insights, interest, activity] = await Promise.all([
      get(`/api/owner/insights?days=${days}`),
      get(`/api/owner/interest?days=${days}`),
      get(`/api/owner/activity?days=${days}`),
    ]);
    if (mine !== loading) return;
    renderTopics($("topics-chart"), insights);
    renderIntents($("intents-chart"), insights);
    renderNeeds($("needs"), insights);
    renderInterest($("interest-chart"), interest);
    renderActivity($("activity-chart"), activity);
    document.body.dataset.analyticsReady = "true";
  } catch (error) {
    if (mine !== loading) return;
    for (const id of ["topics-chart", "intents-chart", "needs", "interest-chart", "activity-chart"]) {
      empty($(id), `Could not load: ${error.message}`);
    }
    document.body.dataset.analyticsReady = "error";
  }
}

new MutationObserver(() => {
  if (document.body.dataset.ready === "true" && token()) load();
}).observe(document.body, { attributes: true, attributeFilter: ["data-ready"] });
