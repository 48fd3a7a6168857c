// DOM building without HTML parsing: every string from content or a model goes in as text.
// renderMarkdown handles the Markdown the content and answers use (paragraphs, headings, nested
// lists with continuation lines, code blocks, quotes, **bold**, *italic*, `code`, [links](https://…))
// by parsing it to a small tree (parseMarkdown) and building nodes by hand, never by parsing HTML.
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
const INLINE = /(\*\*(?=\S)[^\n]*?\S\*\*|`+|\[[^\]\n]+\]\([^)\s]+\)|\*(?=[^*\s])[^*\n]*?[^*\s]\*|\*[^*\s]\*|(?<![\w])_[^_\s][^_\n]*_(?![\w]))/;

/** Inline Markdown as a tree: text, code, strong, em and link nodes (no HTML is ever parsed). */
export function parseInline(text) {
  const out = [];
  const pushText = (t) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && last.type === "text") last.text += t;
    else out.push({ type: "text", text: t });
  };
  let rest = text;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) { pushText(rest); break; }
    let token = match[0];
    pushText(rest.slice(0, match.index));
    if (token.startsWith("`")) {
      // A code span closes at the next run of exactly as many backticks; unmatched, it is text.
      const after = rest.slice(match.index + token.length);
      const close = new RegExp(`(?<!\`)${token}(?!\`)`).exec(after);
      if (!close) { pushText(token); rest = after; continue; }
      let code = after.slice(0, close.index).replace(/\n/g, " ");
      if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
      out.push({ type: "code", text: code });
      rest = after.slice(close.index + token.length);
      continue;
    }
    if (token.startsWith("**")) out.push({ type: "strong", children: parseInline(token.slice(2, -2)) });
    else if (token.startsWith("[")) {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      out.push({ type: "link", href: m[2], children: parseInline(m[1]) });
    } else out.push({ type: "em", children: parseInline(token.slice(1, -1)) });
    rest = rest.slice(match.index + token.length);
  }
  return out;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const ITEM = /^( *)([-*+•]|\d{1,9}[.)])( +|$)(.*)$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const RULE = /^ {0,3}([-*_])( *\1){2,} *$/;
const indentOf = (line) => line.length - line.replace(/^ +/, "").length;

function startsBlock(line, inParagraph) {
  if (FENCE.test(line) || HEADING.test(line) || QUOTE.test(line) || RULE.test(line)) return true;
  const item = ITEM.exec(line);
  // In a paragraph only a non-empty item interrupts, and an ordered one only when it starts at 1.
  if (!item || indentOf(line) > 3) return false;
  if (!inParagraph) return true;
  return Boolean(item[4].trim()) && (!/^\d/.test(item[2]) || /^1[.)]$/.test(item[2]));
}

/** Block Markdown as a tree: paragraphs, headings, code blocks, quotes, rules and lists (nested,
 * with continuation lines, tight or loose) - the subset the content and the chat answers use. */
export function parseMarkdown(source) {
  const lines = String(source ?? "").replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  return parseBlocks(lines);
}

function parseBlocks(lines) {
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) { i += 1; continue; }
    const fence = FENCE.exec(line);
    if (fence) {
      const body = [];
      const indent = indentOf(line);
      i += 1;
      while (i < lines.length && !new RegExp(`^ {0,3}${fence[1][0]}{${fence[1].length},}\\s*$`).test(lines[i])) {
        body.push(lines[i].slice(Math.min(indent, indentOf(lines[i]))));
        i += 1;
      }
      i += 1; // the closing fence (or the end)
      blocks.push({ type: "code", lang: fence[2] || "", text: body.join("\n") });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: "heading", level: heading[1].length, children: parseInline((heading[2] || "").trim()) });
      i += 1;
      continue;
    }
    if (RULE.test(line)) { blocks.push({ type: "rule" }); i += 1; continue; }
    if (QUOTE.test(line)) {
      const inner = [];
      while (i < lines.length && lines[i].trim() && (QUOTE.test(lines[i]) || !startsBlock(lines[i], true))) {
        const q = QUOTE.exec(lines[i]);
        inner.push(q ? q[1] : lines[i]);
        i += 1;
      }
      blocks.push({ type: "quote", children: parseBlocks(inner) });
      continue;
    }
    const item = ITEM.exec(line);
    if (item && indentOf(line) <= 3) {
      i = parseList(lines, i, blocks);
      continue;
    }
    const text = [];
    while (i < lines.length && lines[i].trim() && !(text.length && startsBlock(lines[i], true))) {
      text.push(lines[i].trim());
      i += 1;
    }
    blocks.push({ type: "paragraph", children: parseInline(text.join("\n")).map(softBreaks) });
  }
  return blocks;
}

function softBreaks(node) {
  if (node.type === "text") return { ...node, text: node.text.replace(/\n/g, " ") };
  if (node.children) return { ...node, children: node.children.map(softBreaks) };
  return node;
}

/** One list from lines[start]; appends it to `blocks` and returns the index after it. */
function parseList(lines, start, blocks) {
  const first = ITEM.exec(lines[start]);
  const ordered = /^\d/.test(first[2]);
  const kind = ordered ? first[2].slice(-1) : first[2];
  const list = { type: "list", ordered, start: ordered ? parseInt(first[2], 10) : 1, loose: false, items: [] };
  let i = start;
  while (i < lines.length) {
    const item = ITEM.exec(lines[i]);
    if (!item || indentOf(lines[i]) > 3) break;
    const sameKind = ordered ? /^\d/.test(item[2]) && item[2].slice(-1) === kind : item[2] === kind;
    if (!sameKind) break;
    // Content column: where the item's text starts (marker + 1 space when the text is indented more).
    const spaces = item[3].length;
    const column = item[1].length + item[2].length + (spaces >= 1 && spaces <= 4 && item[4] ? spaces : 1);
    const body = [item[4] ? lines[i].slice(column) : ""];
    i += 1;
    let blankBefore = false;
    let sawBlankInside = false;
    while (i < lines.length) {
      const line = lines[i];
      if (!line.trim()) { blankBefore = true; body.push(""); i += 1; continue; }
      if (indentOf(line) >= column) {
        if (blankBefore) sawBlankInside = true;
        body.push(line.slice(column));
        blankBefore = false;
        i += 1;
        continue;
      }
      // A lazy continuation: unindented text that carries on the item's last paragraph.
      const lastText = body[body.length - 1];
      // (Any item marker here closes this item: it is a sibling, or the start of another list.)
      const isItem = ITEM.test(line) && indentOf(line) <= 3;
      if (!blankBefore && lastText.trim() && !isItem && !startsBlock(line, true) && !FENCE.test(lastText)) {
        body.push(line.trim());
        i += 1;
        continue;
      }
      break;
    }
    while (body.length && !body[body.length - 1].trim()) body.pop();
    const children = parseBlocks(body);
    if (sawBlankInside && children.length > 1) list.loose = true;
    list.items.push({ children });
    if (blankBefore && i < lines.length) {
      const next = ITEM.exec(lines[i]);
      if (next && indentOf(lines[i]) <= 3) list.loose = true;
    }
  }
  blocks.push(list);
  return i;
}

function appendNodes(parent, nodes) {
  for (const node of nodes) {
    if (node.type === "text") parent.append(document.createTextNode(node.text));
    else if (node.type === "code") parent.append(el("code", node.text));
    else if (node.type === "link") {
      const a = link("", node.href);
      appendNodes(a, node.children);
      parent.append(a);
    } else {
      const tag = el(node.type === "strong" ? "strong" : "em");
      appendNodes(tag, node.children);
      parent.append(tag);
    }
  }
}

/** Append inline Markdown (bold, italic, code, links) of `text` to `parent` as DOM nodes. */
export function appendInline(parent, text) {
  appendNodes(parent, parseInline(text));
}

function buildBlocks(blocks, tight = false) {
  const out = [];
  for (const block of blocks) {
    if (block.type === "paragraph") {
      if (tight) { const span = document.createDocumentFragment(); appendNodes(span, block.children); out.push(span); continue; }
      const p = el("p");
      appendNodes(p, block.children);
      out.push(p);
    } else if (block.type === "heading") {
      const h = el("p", null, "md-heading");
      h.setAttribute("role", "heading");
      h.setAttribute("aria-level", String(Math.min(6, block.level + 2)));
      appendNodes(h, block.children);
      out.push(h);
    } else if (block.type === "code") {
      const pre = el("pre", null, "md-code");
      pre.append(el("code", block.text));
      out.push(pre);
    } else if (block.type === "quote") {
      const quote = el("blockquote");
      quote.append(...buildBlocks(block.children));
      out.push(quote);
    } else if (block.type === "rule") out.push(el("hr"));
    else if (block.type === "list") {
      const list = el(block.ordered ? "ol" : "ul");
      if (block.ordered && block.start !== 1) list.start = block.start;
      for (const item of block.items) {
        const li = el("li");
        li.append(...buildBlocks(item.children, !block.loose));
        list.append(li);
      }
      out.push(list);
    }
  }
  return out;
}

/** Render Markdown into `container` (replacing its children), building nodes by hand. */
export function renderMarkdown(container, source) {
  container.replaceChildren(...buildBlocks(parseMarkdown(source)));
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
