"""Markdown for passages: plain text without syntax noise, `##` sections and GitHub anchors.

Passages are read by people and models and matched word by word, so link targets,
emphasis markers, fences and table pipes are dropped while their words are kept.
Section anchors follow GitHub's rule so a citation's ``#anchor`` is the same one the
rendered page uses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Section", "github_anchor", "split_sections", "strip_markdown"]

_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK_RE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_LINK_DEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->")
_CODE_SPAN_RE = re.compile(r"`+([^`]*)`+")
_EMPHASIS_RE = re.compile(r"(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORE_RE = re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")  # never inside a word
_LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
_RULE_RE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _inline(text: str) -> str:
    text = _IMAGE_RE.sub(r"\1", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _REF_LINK_RE.sub(r"\1", text)
    text = _AUTOLINK_RE.sub(r"\1", text)
    text = _HTML_TAG_RE.sub("", text)
    text = _CODE_SPAN_RE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis (***bold italic***)
        text = _EMPHASIS_RE.sub(r"\2", text)
        text = _UNDERSCORE_RE.sub(r"\2", text)
    return text


def strip_markdown(markdown: str) -> str:
    """Plain text of a Markdown fragment: one line per block, words and code kept.

    A paragraph or list item wrapped over several source lines is one line here (Markdown reads
    a soft line break as a space), so a sentence is never cut at the author's line width: the
    offline answerer quotes whole sentences and snippets read as prose. Headings, list items,
    quotes, table rows and code lines each start a line of their own."""
    lines: list[str] = []
    in_fence = False
    open_block = False  # the last line is a paragraph or list item the next line may continue
    for raw in markdown.splitlines():
        if _FENCE_RE.match(raw):
            in_fence = not in_fence
            open_block = False
            continue
        if in_fence:
            if raw.strip():
                lines.append(raw.strip())
            continue
        if not raw.strip():
            open_block = False
            continue
        if _LINK_DEF_RE.match(raw) or _RULE_RE.match(raw) or _TABLE_SEP_RE.match(raw):
            open_block = False
            continue
        line = raw
        heading = _HEADING_RE.match(line)
        starts = bool(heading or _QUOTE_RE.match(line) or _LIST_RE.match(line))
        if heading:
            line = heading.group(2)
        line = _QUOTE_RE.sub("", line)
        line = _LIST_RE.sub("", line)
        table = line.strip().startswith("|")
        if table:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = " · ".join(c for c in cells if c)
        hard_break = raw.endswith(("  ", "\\"))
        line = _inline(line).strip().removesuffix("\\").rstrip()
        if not line:
            continue
        if open_block and not (starts or table):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
        open_block = not (heading or table or hard_break)
    return unicodedata.normalize("NFC", "\n".join(lines))


def github_anchor(heading: str, used: dict[str, int] | None = None) -> str:
    """GitHub's heading slug: lower-case, punctuation dropped, spaces to hyphens; repeats get
    ``-1``, ``-2`` (tracked in ``used``)."""
    text = _inline(heading).strip().lower()
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in " -_" or cat[0] in "LNM" or cat == "Pc":
            kept.append("-" if ch == " " else ch)
    slug = "".join(kept)
    if used is None:
        return slug
    if slug in used:
        used[slug] += 1
        candidate = f"{slug}-{used[slug]}"
        while candidate in used:
            used[slug] += 1
            candidate = f"{slug}-{used[slug]}"
        used[candidate] = 0
        return candidate
    used[slug] = 0
    return slug


@dataclass(frozen=True)
class Section:
    """A ``##`` section: its heading text (plain), GitHub anchor and Markdown body (with any
    deeper ``###`` subsections)."""

    heading: str
    anchor: str
    body: str


def split_sections(markdown: str) -> tuple[str, list[Section]]:
    """Split a body at its ``##`` headings (outside code fences): (preamble, sections).

    Anchors of every heading level count toward GitHub's repeat suffixes, as on GitHub."""
    preamble: list[str] = []
    sections: list[tuple[str, str, list[str]]] = []
    used: dict[str, int] = {}
    in_fence = False
    for line in markdown.splitlines():
        if _FENCE_RE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING_RE.match(line)
        if heading:
            anchor = github_anchor(heading.group(2), used)
            if len(heading.group(1)) == 2:
                sections.append((_inline(heading.group(2)).strip(), anchor, []))
                continue
        (sections[-1][2] if sections else preamble).append(line)
    return "\n".join(preamble).strip(), [
        Section(heading=h, anchor=a, body="\n".join(body).strip()) for h, a, body in sections
    ]
