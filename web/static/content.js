// The portfolio itself: owner header, project cards (with live GitHub data when the API has it),
// the résumé sections, posts and FAQ. Each section gets the id its portfolio:// URI maps to.
"use strict";

import { appendInline, el, idPart, link, renderMarkdown, safeHref } from "./dom.js";

const safeHrefOk = (url) => safeHref(url) !== null;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export async function getJSON(url, options = {}) {
  const response = await fetch(url, { ...options, headers: { Accept: "application/json", ...(options.headers || {}) } });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    const error = new Error(body.message || `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** "2021-03" -> "Mar 2021"; "2019" -> "2019"; anything else as given. */
export function formatDate(value) {
  if (!value) return "";
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(String(value));
  if (!m) return String(value);
  return m[2] ? `${MONTHS[Number(m[2]) - 1] || m[2]} ${m[1]}` : m[1];
}

function span(start, end) {
  if (!start && !end) return "";
  return `${formatDate(start) || "?"} – ${end ? formatDate(end) : "present"}`;
}

export function photoUrl(image) {
  if (!image) return null;
  if (/^https:\/\//i.test(image)) return image;
  if (/^[a-z]+:/i.test(image)) return null;
  return `/media/${encodeURIComponent(image.replace(/^\/?(media\/)?/, ""))}`;
}

export function renderOwner(profile) {
  const basics = profile.basics || {};
  const name = basics.name || "Portfolio";
  document.title = basics.label ? `${name} — ${basics.label}` : name;
  document.getElementById("owner-name").textContent = name;
  document.getElementById("nav-name").textContent = name;
  document.getElementById("chat-owner").textContent = firstName(name);
  document.getElementById("owner-label").textContent = basics.label || "";
  const loc = basics.location || {};
  document.getElementById("owner-location").textContent = [loc.city, loc.region, loc.countryCode].filter(Boolean).join(", ");
  document.getElementById("owner-summary").textContent = basics.summary || "";
  const src = photoUrl(basics.image || basics.picture);
  const img = document.getElementById("owner-photo");
  if (src) {
    img.src = src;
    img.alt = `Photo of ${name}`;
    img.hidden = false;
  }
  const links = document.getElementById("owner-links");
  links.replaceChildren();
  const profiles = [...(basics.profiles || [])];
  if (basics.url) profiles.push({ network: "Website", url: basics.url });
  if (basics.email) profiles.push({ network: "Email", url: `mailto:${basics.email}` });
  for (const p of profiles) {
    if (!p.url) continue;
    const li = el("li");
    const a = link(p.network || p.username || p.url, p.url);
    if (a.tagName === "A" && /^https?:/.test(p.url)) a.rel = "me noopener noreferrer";
    li.append(a);
    links.append(li);
  }
  const download = document.getElementById("download-resume");
  download.download = `${idPart(name) || "resume"}.resume.json`;
}

export function firstName(name) {
  return String(name || "").trim().split(/\s+/)[0] || "there";
}

/** Live facts of a project when the API carries them (GitHub webhooks keep `live` current). */
export function liveFacts(p) {
  const live = p.live || {};
  const facts = [];
  const stars = live.stars ?? p.stars;
  if (typeof stars === "number") facts.push({ kind: "stars", label: `★ ${stars.toLocaleString("en")}`, title: `${stars} stars on GitHub` });
  const release = live.latestRelease ?? p.latest_release;
  if (release) {
    const tag = typeof release === "string" ? release : release.tag || release.name;
    const url = typeof release === "object" ? release.url : null;
    if (tag) facts.push({ kind: "release", label: `Release ${tag}`, title: "Latest release", url });
  }
  const ci = live.ci ?? p.ci;
  if (ci) {
    const state = typeof ci === "string" ? ci : ci.conclusion || ci.status;
    const url = typeof ci === "object" ? ci.url : null;
    if (state) {
      const good = /^(success|passing|passed)$/i.test(state);
      const bad = /^(failure|failed|failing|error|timed_out|startup_failure)$/i.test(state);
      const running = /^(queued|in_progress|pending|requested|waiting)$/i.test(state);
      const label = good ? "CI passing" : bad ? "CI failing" : running ? "CI running" : `CI ${state.replace(/_/g, " ")}`;
      facts.push({ kind: `ci ${good ? "ci-good" : bad ? "ci-bad" : "ci-pending"}`, label, title: `Continuous integration on the default branch: ${state}`, url });
    }
  }
  if (live.archived ?? p.archived) facts.push({ kind: "archived", label: "Archived", title: "The repository is archived" });
  return facts;
}

export function renderProjects(projects) {
  const list = document.getElementById("project-list");
  list.replaceChildren();
  for (const p of projects) {
    const li = el("li", null, "project");
    li.id = `project-${idPart(p.slug)}`;
    li.setAttribute("tabindex", "-1");
    const head = el("div", null, "project-head");
    head.append(el("h3", p.title));
    if (p.status) head.append(el("span", p.status, `badge status-${idPart(p.status)}`));
    li.append(head);
    li.append(el("p", p.summary, "project-summary"));
    const facts = liveFacts(p);
    if (facts.length) {
      const row = el("ul", null, "live");
      row.setAttribute("aria-label", "Live data");
      for (const f of facts) {
        const item = el("li", null, `fact ${f.kind}`);
        const node = f.url ? link(f.label, f.url) : el("span", f.label);
        node.title = f.title;
        item.append(node);
        row.append(item);
      }
      li.append(row);
    }
    const insight = p.live?.insight;
    if (insight && insight.text) {
      const note = el("p", null, "insight");
      note.append(el("span", `${insight.label || "Automated summary"}: `, "insight-label"), document.createTextNode(insight.text));
      li.append(note);
    }
    const tags = [...(p.languages || []), ...(p.topics || [])];
    if (tags.length) {
      const row = el("ul", null, "chips");
      row.setAttribute("aria-label", "Languages and topics");
      for (const t of tags) row.append(el("li", t));
      li.append(row);
    }
    const footer = el("div", null, "project-links");
    const code = /^[\w.-]+\/[\w.-]+$/.test(p.repo || "") ? `https://github.com/${p.repo}` : null;
    const links = [["Code", code], [code ? "Project page" : "Read about it", p.url], ["Website", p.homepage]];
    const seen = new Set();
    for (const [label, url] of links) {
      if (!url || seen.has(url) || !safeHrefOk(url)) continue;
      seen.add(url);
      footer.append(link(label, url));
    }
    if (!footer.childElementCount) footer.remove();
    li.append(footer);
    const more = el("details", null, "more");
    const summary = el("summary", "Read more");
    const body = el("div", null, "project-body");
    more.append(summary, body);
    more.addEventListener("toggle", () => {
      if (!more.open || body.dataset.loaded) return;
      body.dataset.loaded = "1";
      body.textContent = "Loading…";
      getJSON(`/api/projects/${encodeURIComponent(p.slug)}`)
        .then((full) => renderMarkdown(body, full.body || ""))
        .catch((err) => { body.textContent = `Could not load the project: ${err.message}`; delete body.dataset.loaded; });
    });
    li.append(more);
    list.append(li);
  }
}

function entry(section, index, title, subtitle, when, text, highlights) {
  const item = el("article", null, "entry");
  item.id = `resume-${section}-${index}`;
  item.setAttribute("tabindex", "-1");
  const head = el("div", null, "entry-head");
  head.append(el("h4", title));
  if (when) head.append(el("span", when, "when"));
  item.append(head);
  if (subtitle) item.append(el("p", subtitle, "entry-sub"));
  if (text) {
    const p = el("p");
    appendInline(p, text);
    item.append(p);
  }
  if (highlights && highlights.length) {
    const ul = el("ul", null, "highlights");
    for (const h of highlights) ul.append(el("li", h));
    item.append(ul);
  }
  return item;
}

const SECTIONS = [
  ["work", "Experience", (w) => [w.position, [w.name || w.company, w.location].filter(Boolean).join(" · "), span(w.startDate, w.endDate), w.summary, w.highlights]],
  ["projects", "Other projects", (p) => [p.name, (p.keywords || []).join(" · "), span(p.startDate, p.endDate), p.description, p.highlights]],
  ["education", "Education", (e) => [[e.studyType, e.area].filter(Boolean).join(", "), [e.institution, e.score].filter(Boolean).join(" · "), span(e.startDate, e.endDate), null, e.courses]],
  ["volunteer", "Volunteering", (v) => [v.position, v.organization, span(v.startDate, v.endDate), v.summary, v.highlights]],
  ["awards", "Awards", (a) => [a.title, a.awarder, formatDate(a.date), a.summary, null]],
  ["certificates", "Certificates", (c) => [c.name, c.issuer, formatDate(c.date), null, null]],
  ["publications", "Talks and publications", (p) => [p.name, p.publisher, formatDate(p.releaseDate), p.summary, null]],
  ["references", "References", (r) => [r.name, null, null, r.reference ? `“${r.reference}”` : null, null]],
];

export function renderResume(profile) {
  const root = document.getElementById("resume-body");
  root.replaceChildren();
  for (const [key, title, fields] of SECTIONS) {
    const items = profile[key] || [];
    if (!items.length) continue;
    const section = el("section", null, `resume-section resume-${key}`);
    section.id = `resume-${key}`;
    section.append(el("h3", title));
    items.forEach((item, i) => section.append(entry(key, i, ...fields(item))));
    root.append(section);
    if (key === "work") root.append(renderSkills(profile.skills || []));
  }
  const small = el("div", null, "resume-pair");
  if ((profile.languages || []).length) {
    const langs = el("section", null, "resume-section");
    langs.id = "resume-languages";
    langs.setAttribute("tabindex", "-1");
    langs.append(el("h3", "Languages"));
    const ul = el("ul", null, "plain");
    for (const l of profile.languages) ul.append(el("li", [l.language, l.fluency].filter(Boolean).join(" — ")));
    langs.append(ul);
    small.append(langs);
  }
  if ((profile.interests || []).length) {
    const interests = el("section", null, "resume-section");
    interests.id = "resume-interests";
    interests.append(el("h3", "Interests"));
    profile.interests.forEach((it, i) => {
      const p = el("p", null, "interest");
      p.id = `resume-interests-${i}`;
      p.setAttribute("tabindex", "-1");
      p.append(el("strong", it.name));
      if ((it.keywords || []).length) p.append(document.createTextNode(` — ${it.keywords.join(", ")}`));
      interests.append(p);
    });
    small.append(interests);
  }
  if (small.childElementCount) root.append(small);
}

function renderSkills(skills) {
  const section = el("section", null, "resume-section");
  section.id = "resume-skills";
  section.append(el("h3", "Skills"));
  const grid = el("div", null, "skills");
  skills.forEach((s, i) => {
    const card = el("div", null, "skill");
    card.id = `resume-skills-${i}`;
    card.setAttribute("tabindex", "-1");
    const head = el("div", null, "entry-head");
    head.append(el("h4", s.name));
    if (s.level) head.append(el("span", s.level, "when"));
    card.append(head);
    const chips = el("ul", null, "chips");
    for (const k of s.keywords || []) chips.append(el("li", k));
    card.append(chips);
    grid.append(card);
  });
  section.append(grid);
  return section;
}

export function renderPosts(posts) {
  const list = document.getElementById("post-list");
  list.replaceChildren();
  for (const p of posts) {
    const li = el("li", null, "post");
    li.id = `post-${idPart(p.slug)}`;
    li.setAttribute("tabindex", "-1");
    const head = el("div", null, "entry-head");
    head.append(p.url ? link(p.title, p.url, "post-title") : el("span", p.title, "post-title"));
    if (p.date) head.append(el("span", formatDate(p.date), "when"));
    li.append(head, el("p", p.summary));
    list.append(li);
  }
  if (!posts.length) document.getElementById("writing").hidden = true;
}

export function renderFaq(faq) {
  const list = document.getElementById("faq-list");
  list.replaceChildren();
  const entries = [];
  const labels = { availability: "Availability", location: "Location", remote: "Remote work", work_authorization: "Work authorization", notice_period: "Notice period" };
  for (const [key, label] of Object.entries(labels)) if (faq[key]) entries.push({ key, question: label, answer: faq[key] });
  for (const e of faq.entries || []) entries.push(e);
  for (const e of entries) {
    const wrap = el("div", null, "faq-item");
    wrap.id = `faq-${idPart(e.key)}`;
    wrap.setAttribute("tabindex", "-1");
    wrap.append(el("dt", e.question), el("dd", e.answer));
    list.append(wrap);
  }
  if (!entries.length) document.getElementById("faq").hidden = true;
}

/** Suggested questions drawn from the content: a top skill, featured projects, FAQ facts, work. */
export function suggestions(profile, projects, faq) {
  const name = firstName(profile.basics?.name);
  const out = [];
  const topSkill = (profile.skills || []).find((s) => (s.keywords || []).length);
  if (topSkill) out.push(`What has ${name} built with ${topSkill.keywords[0]}?`);
  const featured = projects.filter((p) => p.featured);
  for (const p of (featured.length ? featured : projects).slice(0, 2)) out.push(`Tell me about ${p.title}.`);
  if (faq?.remote || faq?.location) out.push(`Is ${name} open to remote work?`);
  if (faq?.availability) out.push(`When is ${name} available?`);
  const latest = (profile.work || [])[0];
  if (latest && (latest.name || latest.company)) out.push(`What does ${name} do at ${latest.name || latest.company}?`);
  return [...new Set(out)].slice(0, 5);
}
