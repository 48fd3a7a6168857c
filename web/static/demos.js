// Live demos on the project cards: GET /api/demos (the scheduled checker's state) adds a row per
// demo - up/down, latency, since when, TLS expiry warnings - and the page's Open Graph preview.
// Cards are redrawn by content.js (and by live.js when the change feed reports a demo going down
// or coming back), so the row is re-added after every redraw of #project-list.
import { getJSON } from "./content.js";
import { el, idPart, link } from "./dom.js";

let health = {};

function label(demo) {
  if (demo.state === "unknown") return "Demo: not checked yet";
  const where = (() => { try { return new URL(demo.url).host; } catch { return demo.url; } })();
  if (demo.state === "down") return `Demo down since ${String(demo.since || "").slice(0, 16).replace("T", " ")} UTC`;
  const ms = typeof demo.latencyMs === "number" ? ` · ${demo.latencyMs} ms` : "";
  return `${demo.state === "up" ? "Demo up" : "Demo degraded"} (${where})${ms}`;
}

export function decorateCard(card, demos) {
  card.querySelector(".demos")?.remove();
  if (!demos || !demos.length) return;
  const row = el("ul", null, "demos live");
  row.setAttribute("aria-label", "Live demos");
  for (const demo of demos) {
    const item = el("li", null, `fact demo demo-${idPart(demo.state)}`);
    item.dataset.state = demo.state;
    const node = link(label(demo), demo.url);
    node.title = [demo.checkedAt && `checked ${demo.checkedAt}`, demo.lastChange && `page last changed ${demo.lastChange}`,
      demo.tlsWarning].filter(Boolean).join("; ");
    item.append(node);
    if (demo.tlsWarning) item.append(el("span", ` · ${demo.tlsWarning}`, "demo-tls"));
    row.append(item);
    if (/^https:\/\//.test(demo.preview || "") && demo.state !== "down") {
      const img = el("img", null, "demo-preview");
      img.src = demo.preview;
      img.alt = "";
      img.loading = "lazy";
      img.referrerPolicy = "no-referrer";
      img.addEventListener("error", () => img.remove());
      row.append(img);
    }
  }
  const links = card.querySelector(".project-links");
  if (links) links.before(row);
  else card.append(row);
}

function decorateAll() {
  for (const [slug, demos] of Object.entries(health)) {
    const card = document.getElementById(`project-${idPart(slug)}`);
    if (card) decorateCard(card, demos);
  }
}

export async function showDemoHealth() {
  try {
    health = (await getJSON("/api/demos", { cache: "no-cache" })).demos || {};  // fresh after a change
  } catch {
    health = {};
  }
  decorateAll();
}

const list = document.getElementById("project-list");
if (list) {
  // A redraw (first render, or live.js after a change) replaces the cards: fetch fresh health and re-add.
  let timer = null;
  new MutationObserver((records) => {
    if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && n.matches("li.project")))) return;
    clearTimeout(timer);
    timer = setTimeout(showDemoHealth, 50);
  }).observe(list, { childList: true });
  showDemoHealth();
}
