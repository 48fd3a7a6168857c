// Where a portfolio:// citation points on this page. Every chunk of content has a URI
// (portfolio://projects/<slug>#section, portfolio://profile#work/2, portfolio://faq#key,
// portfolio://posts/<slug>); the page renders each of those sections with a matching id.
"use strict";

import { idPart } from "./dom.js";

const PROFILE_SECTIONS = { basics: "about", profiles: "owner-links", summary: "resume" };

/** The element id a citation URI maps to on this page, or null when it is not one of ours. */
export function anchorFor(uri) {
  const match = /^portfolio:\/\/([a-z]+)(?:\/([^#?]+))?(?:#(.*))?$/i.exec(String(uri || ""));
  if (!match) return null;
  const [, kind, slug, fragment = ""] = match;
  if (kind === "projects" && slug) return `project-${idPart(slug)}`;
  if (kind === "posts" && slug) return `post-${idPart(slug)}`;
  if (kind === "faq") return fragment ? `faq-${idPart(fragment)}` : "faq";
  if (kind === "profile") {
    if (!fragment) return "resume";
    if (PROFILE_SECTIONS[fragment]) return PROFILE_SECTIONS[fragment];
    const [section, index] = fragment.split("/");
    return index !== undefined ? `resume-${idPart(section)}-${idPart(index)}` : `resume-${idPart(section)}`;
  }
  return null;
}

/** A link target for a citation: the section on the page, else the API document behind it. */
export function hrefFor(uri) {
  const id = anchorFor(uri);
  if (id && document.getElementById(id)) return `#${id}`;
  const match = /^portfolio:\/\/(projects|posts)\/([^#?]+)/.exec(String(uri || ""));
  if (match) return `/api/${match[1]}/${encodeURIComponent(match[2])}`;
  if (id) return `#${id}`;
  return null;
}

/** Bring a cited section into view, open it if folded, and move focus there (keyboard users). */
export function reveal(id) {
  const target = document.getElementById(id);
  if (!target) return false;
  const folded = target.closest("details") || target.querySelector("details");
  if (folded) folded.open = true;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.classList.remove("cited");
  void target.offsetWidth; // restart the highlight animation
  target.classList.add("cited");
  target.scrollIntoView({ block: "start", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  target.focus({ preventScroll: true });
  return true;
}
