// Live project data: the server's change feed (GET /api/changes, server-sent events) tells this
// page when a GitHub webhook or a flow changed a project; the project cards are redrawn from
// /api/projects without a reload, and the changed card is marked for a moment.
import { getJSON, renderProjects } from "./content.js";

const PROJECT = /^portfolio:\/\/projects\/([^#?/]+)$/;
let pending = null;

async function refresh(slugs) {
  const { projects } = await getJSON("/api/projects");
  const open = [...document.querySelectorAll("#project-list details[open]")].map((d) => d.closest("li")?.id);
  renderProjects(projects);
  for (const id of open) document.querySelector(`#${CSS.escape(id || "")} details`)?.setAttribute("open", "");
  for (const slug of slugs) {
    const card = document.getElementById(`project-${slug.replace(/[^A-Za-z0-9_-]/g, "-")}`);
    if (!card) continue;
    card.classList.add("project-updated");
    card.dataset.updatedAt = new Date().toISOString();
    setTimeout(() => card.classList.remove("project-updated"), 4000);
  }
}

function onChange(message) {
  let change;
  try { change = JSON.parse(message.data); } catch { return; }
  const match = PROJECT.exec(change.uri || "");
  if (!match && change.uri !== "portfolio://projects") return;
  // Coalesce a burst of changes (a push updates several facts) into one redraw.
  pending = pending || { slugs: new Set(), timer: setTimeout(() => {
    const { slugs } = pending; pending = null;
    refresh([...slugs]).catch(() => {});
  }, 150) };
  if (match) pending.slugs.add(decodeURIComponent(match[1]));
}

if (typeof EventSource !== "undefined" && document.getElementById("project-list")) {
  // EventSource reconnects by itself and resumes after the last change it saw (Last-Event-ID).
  const feed = new EventSource("/api/changes");
  feed.addEventListener("change", onChange);
  window.heyfolioLive = feed;
}
