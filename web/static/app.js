// The foundation page: owner header, grounded search with citations, project cards.
// Text goes in through textContent only: nothing from content or answers is parsed as HTML.
"use strict";

const el = (tag, text, cls) => {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error((await response.json().catch(() => ({}))).message || response.statusText);
  return response.json();
}

async function showOwner() {
  const profile = await getJSON("/api/profile");
  const basics = profile.basics || {};
  document.title = basics.name ? `${basics.name} — portfolio` : "Portfolio";
  document.getElementById("owner-name").textContent = basics.name || "Portfolio";
  document.getElementById("owner-label").textContent = basics.label || "";
  document.getElementById("owner-summary").textContent = basics.summary || "";
  if (basics.image) {
    const img = document.getElementById("owner-photo");
    img.src = /^https?:/.test(basics.image) ? basics.image : `/media/${encodeURIComponent(basics.image)}`;
    img.alt = `Photo of ${basics.name || "the owner"}`;
    img.hidden = false;
  }
  const links = document.getElementById("owner-links");
  for (const p of basics.profiles || []) {
    if (!p.url) continue;
    const li = el("li"); const a = el("a", p.network || p.url); a.href = p.url; a.rel = "me noopener";
    li.append(a); links.append(li);
  }
}

async function showProjects() {
  const { projects } = await getJSON("/api/projects");
  const list = document.getElementById("projects");
  for (const p of projects) {
    const li = el("li"); li.id = `project-${p.slug}`;
    li.append(el("h3", p.title), el("p", p.summary), el("p", [...p.languages, ...p.topics].join(" · "), "tags"));
    if (p.url) { const a = el("a", "Project link"); a.href = p.url; a.rel = "noopener"; li.append(a); }
    list.append(li);
  }
}

async function search(event) {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  const results = document.getElementById("results");
  results.replaceChildren();
  if (!q) return;
  try {
    const { hits } = await getJSON(`/api/search?q=${encodeURIComponent(q)}&limit=5`);
    if (!hits.length) { results.append(el("li", "The portfolio has nothing on that.")); return; }
    for (const hit of hits) {
      const li = el("li");
      li.append(el("strong", hit.title), el("p", hit.snippet), el("span", hit.uri, "uri"));
      results.append(li);
    }
  } catch (err) {
    results.append(el("li", `Search failed: ${err.message}`));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", search);
  showOwner().catch((err) => { document.getElementById("owner-name").textContent = `Could not load the profile: ${err.message}`; });
  showProjects().catch(() => {});
});
