// Hand-written SVG charts for the owner dashboard (no library, nothing fetched from a CDN).
// Each chart is drawn at its container's pixel width (redrawn on resize, so text stays legible
// on a phone), is labelled for screen readers, and comes with the same numbers as a table.
"use strict";

import { el } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";
let serial = 0;

function svgEl(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** A "nice" axis maximum and step (1, 2 or 5 times a power of ten) covering `max`. */
export function niceScale(max, ticks = 4) {
  if (!(max > 0)) return { top: 1, step: 0.25 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return { top: step * Math.ceil(max / step - 1e-9), step };
}

function dataTable(caption, headers, rows) {
  const details = el("details", null, "data-table");
  details.append(el("summary", "Show as table"));
  const wrap = el("div", null, "table-wrap");
  const table = el("table");
  table.append(el("caption", caption, "visually-hidden"));
  const head = el("tr");
  headers.forEach((h, i) => head.append(el("th", h, i ? "num" : "")));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const row of rows) {
    const tr = el("tr");
    row.forEach((cell, i) => tr.append(el(i ? "td" : "th", cell, i ? "num" : "")));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  details.append(wrap);
  return details;
}

function legend(series) {
  const ul = el("ul", null, "legend");
  for (const s of series) {
    const li = el("li");
    li.append(el("span", null, `swatch ${s.className}`), document.createTextNode(s.label));
    ul.append(li);
  }
  return ul;
}

function responsive(container, draw) {
  let last = 0;
  const render = () => {
    const width = Math.max(280, Math.floor(container.clientWidth || 600));
    if (width === last) return;
    last = width;
    draw(width);
  };
  render();
  if (typeof ResizeObserver === "function") new ResizeObserver(render).observe(container);
}

/**
 * Vertical columns per category (days), one or more series side by side or stacked.
 * opts: {title, categories, categoryLabel(c), series: [{key, label, className, values}], stacked, format(v)}
 */
export function columnChart(container, opts) {
  const { title, categories, series, stacked = false, format = String, categoryLabel = String } = opts;
  container.replaceChildren();
  if (series.length > 1) container.append(legend(series));
  const holder = el("div");
  container.append(holder);
  const totals = categories.map((_, i) => (stacked
    ? series.reduce((sum, s) => sum + (s.values[i] || 0), 0)
    : Math.max(...series.map((s) => s.values[i] || 0))));
  const { top, step } = niceScale(Math.max(0, ...totals));
  const id = `chart-${++serial}`;
  responsive(holder, (width) => {
    const height = 220;
    const pad = { left: 56, right: 8, top: 10, bottom: 34 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    const svg = svgEl("svg", { class: "chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": id });
    svg.append(svgEl("title", { id }, title));
    for (let v = 0; v <= top + 1e-9; v += step) {
      const y = pad.top + plotH - (v / top) * plotH;
      svg.append(svgEl("line", { class: v ? "grid" : "axis", x1: pad.left, x2: width - pad.right, y1: y, y2: y }));
      svg.append(svgEl("text", { x: pad.left - 6, y: y + 4, "text-anchor": "end" }, format(v)));
    }
    const band = plotW / Math.max(1, categories.length);
    const groupW = Math.min(44, band * 0.72);
    const everyNth = Math.ceil(categories.length / Math.max(1, Math.floor(plotW / 64)));
    categories.forEach((category, i) => {
      const x0 = pad.left + band * i + (band - groupW) / 2;
      let base = 0;
      series.forEach((s, k) => {
        const value = s.values[i] || 0;
        const w = stacked ? groupW : groupW / series.length;
        const x = stacked ? x0 : x0 + w * k;
        const bottom = stacked ? base : 0;
        const h = (value / top) * plotH;
        const y = pad.top + plotH - ((bottom / top) * plotH) - h;
        const rect = svgEl("rect", { class: `bar ${s.className}`, x: x.toFixed(1), y: y.toFixed(1), width: Math.max(1, w - (stacked ? 0 : 2)).toFixed(1), height: Math.max(0, h).toFixed(1), rx: 2, "data-value": value });
        rect.append(svgEl("title", {}, `${categoryLabel(category)} — ${s.label}: ${format(value)}`));
        svg.append(rect);
        if (stacked) base += value;
      });
      if (i % everyNth === 0) {
        svg.append(svgEl("text", { x: (pad.left + band * i + band / 2).toFixed(1), y: height - pad.bottom + 18, "text-anchor": "middle" }, categoryLabel(category)));
      }
    });
    holder.replaceChildren(svg);
  });
  container.append(dataTable(title, ["", ...series.map((s) => s.label)], categories.map((c, i) => [categoryLabel(c), ...series.map((s) => format(s.values[i] || 0))])));
}

/**
 * Horizontal grouped bars per row (tools): e.g. p50 and p95 latency side by side.
 * opts: {title, rows: [label], series: [{key, label, className, values}], format(v), rowHeader}
 */
export function barChart(container, opts) {
  const { title, rows, series, format = String, rowHeader = "Tool" } = opts;
  container.replaceChildren();
  container.append(legend(series));
  const holder = el("div");
  container.append(holder);
  const { top, step } = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const id = `chart-${++serial}`;
  responsive(holder, (width) => {
    const barH = 14;
    const labelH = 18;
    const rowH = labelH + series.length * barH + 12;
    const pad = { left: 8, right: 96, top: 4, bottom: 26 };
    const height = pad.top + rows.length * rowH + pad.bottom;
    const plotW = width - pad.left - pad.right;
    const svg = svgEl("svg", { class: "chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": id });
    svg.append(svgEl("title", { id }, title));
    for (let v = 0; v <= top + 1e-9; v += step) {
      const x = pad.left + (v / top) * plotW;
      svg.append(svgEl("line", { class: v ? "grid" : "axis", x1: x, x2: x, y1: pad.top, y2: height - pad.bottom }));
      svg.append(svgEl("text", { x: Math.max(x, 14), y: height - pad.bottom + 16, "text-anchor": "middle" }, format(v)));
    }
    rows.forEach((label, i) => {
      const y0 = pad.top + i * rowH;
      svg.append(svgEl("text", { class: "label-strong", x: pad.left, y: y0 + 13 }, label));
      series.forEach((s, k) => {
        const value = s.values[i] || 0;
        const w = (value / top) * plotW;
        const y = y0 + labelH + k * barH;
        const rect = svgEl("rect", { class: `bar ${s.className}`, x: pad.left, y, width: Math.max(1, w).toFixed(1), height: barH - 3, rx: 2, "data-value": value });
        rect.append(svgEl("title", {}, `${label} — ${s.label}: ${format(value)}`));
        svg.append(rect, svgEl("text", { x: pad.left + w + 5, y: y + barH - 4 }, `${s.label} ${format(value)}`));
      });
    });
    holder.replaceChildren(svg);
  });
  container.append(dataTable(title, [rowHeader, ...series.map((s) => s.label)], rows.map((r, i) => [r, ...series.map((s) => format(s.values[i] || 0))])));
}
