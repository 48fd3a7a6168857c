// /docs: the OpenAPI document rendered by this server's own code (no CDN), one expandable entry
// per operation with its parameters, request body and responses.
"use strict";

import { el } from "./dom.js";

const METHODS = ["get", "post", "put", "patch", "delete"];

function schemaText(schema) {
  return JSON.stringify(schema, null, 2);
}

function operation(path, method, op) {
  const item = el("details", null, "docs-op");
  item.dataset.route = `${method} ${path}`.toLowerCase();
  item.dataset.search = `${method} ${path} ${op.summary || ""} ${(op.tags || []).join(" ")}`.toLowerCase();
  const summary = el("summary");
  summary.append(el("code", method.toUpperCase(), `method method-${method}`), " ", el("code", path), " ", el("span", op.summary || "", "small-print"));
  item.append(summary);
  if (op.description) item.append(el("p", op.description));
  const params = op.parameters || [];
  if (params.length) {
    const table = el("table");
    const head = el("tr");
    for (const h of ["Parameter", "In", "Required", "Description"]) head.append(el("th", h));
    table.append(head);
    for (const p of params) {
      const row = el("tr");
      row.append(el("td", p.name), el("td", p.in), el("td", p.required ? "yes" : "no"), el("td", p.description || ""));
      table.append(row);
    }
    item.append(table);
  }
  const body = op.requestBody?.content;
  if (body) {
    for (const [type, media] of Object.entries(body)) {
      item.append(el("p", `Request body (${type})`), el("pre", schemaText(media.schema || {})));
    }
  }
  const responses = Object.entries(op.responses || {});
  if (responses.length) {
    item.append(el("p", `Responses: ${responses.map(([code, r]) => `${code} ${r.description || ""}`.trim()).join(" · ")}`, "small-print"));
  }
  return item;
}

async function main() {
  const status = document.getElementById("docs-status");
  const box = document.getElementById("routes");
  const response = await fetch("/openapi.json", { cache: "no-store" });
  if (!response.ok) { status.textContent = `The API description could not load (${response.status}).`; return; }
  const doc = await response.json();
  document.getElementById("docs-title").textContent = `${doc.info?.title || "API"} ${doc.info?.version || ""}`.trim();
  const items = [];
  for (const path of Object.keys(doc.paths || {}).sort()) {
    for (const method of METHODS) {
      const op = doc.paths[path][method];
      if (op) items.push(operation(path, method, op));
    }
  }
  box.replaceChildren(...items);
  status.textContent = `${items.length} operations.`;
  document.getElementById("docs-filter").addEventListener("input", (event) => {
    const needle = event.target.value.trim().toLowerCase();
    let shown = 0;
    for (const item of items) {
      // A path ("/api/contact", "post /api/me") matches routes only; words match summaries too.
      const haystack = needle.includes("/") ? item.dataset.route : item.dataset.search;
      item.hidden = needle !== "" && !haystack.includes(needle);
      if (!item.hidden) shown += 1;
    }
    status.textContent = `${shown} of ${items.length} operations.`;
  });
  document.body.dataset.ready = "true";
}

main().catch((error) => {
  document.getElementById("docs-status").textContent = `The API description could not load: ${error.message}`;
});
