// DOM building without HTML parsing: every string from content or a model goes in as text.
// renderMarkdown handles the small subset answers use (paragraphs, lists, **bold**, *italic*,
// `code`, [links](https://…)) by building nodes by hand, never by parsing HTML.
"use strict";

/** Create an element with optional text and class; text goes through textContent. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null && text !== "") node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/** A link only when the URL is http(s), mailto or same-page/same-origin; otherwise null. */
export function safeHref(url) {
  if (typeof url !== "string" || !url) return null;
  if (/^(https?:|mailto:)/i.test(url)) return url;
  if (/^[#/][^/\\]/.test(url) || url === "/") return url;
  return null;
}

export function link(text, href, className) {
  const safe = safeHref(href);
  if (!safe) return el("span", text, className);
  const a = el("a", text, className);
  a.href = safe;
  if (/^https?:/i.test(safe) && !safe.startsWith(location.origin)) a.rel = "noopener noreferrer";
  return a;
}

/** A CSS-id-safe fragment of a slug or key (letters, digits, - and _ only). */
export function idPart(value) {
  return String(value ?? "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
}

// `_emphasis_` only between word boundaries, so snake_case and __dunder__ names stay as written.
const INLINE = /(\*\*[^*\n]+\*\*|`[^`\n]+`|\[[^\]\n]+\]\([^)\s]+\)|\*[^*\s][^*\n]*\*|(?<![\w])_[^_\s][^_\n]*_(?![\w]))/;

/** Append inline Markdown (bold, italic, code, links) of `text` to `parent` as DOM nodes. */
export function appendInline(parent, text) {
  let rest = text;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) { parent.append(document.createTextNode(rest)); break; }
    if (match.index) parent.append(document.createTextNode(rest.slice(0, match.index)));
    const token = match[0];
    if (token.startsWith("**")) parent.append(el("strong", token.slice(2, -2)));
    else if (token.startsWith("`")) parent.append(el("code", token.slice(1, -1)));
    else if (token.startsWith("[")) {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      parent.append(link(m[1], m[2]));
    } else parent.append(el("em", token.slice(1, -1)));
    rest = rest.slice(match.index + token.length);
  }
}

/** Render a small Markdown subset into `container` (replacing its children). */
export function renderMarkdown(container, source) {
  const blocks = [];
  let list = null;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) {
      const p = el("p");
      appendInline(p, paragraph.join(" "));
      blocks.push(p);
      paragraph = [];
    }
  };
  for (const raw of String(source).replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const bullet = /^([-*•]|\d+[.)])\s+(.*)$/.exec(line);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      const ordered = /^\d/.test(bullet[1]);
      if (!list || list.ordered !== ordered) {
        list = { node: el(ordered ? "ol" : "ul"), ordered };
        blocks.push(list.node);
      }
      const li = el("li");
      appendInline(li, bullet[2]);
      list.node.append(li);
    } else if (heading) {
      flush(); list = null;
      const strong = el("p", null, "md-heading");
      appendInline(strong, heading[1]);
      blocks.push(strong);
    } else if (!line) {
      flush(); list = null;
    } else {
      list = null;
      paragraph.push(line);
    }
  }
  flush();
  container.replaceChildren(...blocks);
}

/** Plain text of a Markdown string, for speech and the live region. */
export function plainText(source) {
  return String(source)
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\[\d+\]/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
}
