"""Bring a pasted job description to plain lines: HTML remnants and text columns made readable.

Why: a posting copied from a job board often keeps its markup ("<li>Experience with React &amp; Redux</li>")
or its table laid out in spaces ("React and TypeScript      Must have"). The parser reads lines, bullets and
pipe tables; this module turns the other two shapes into those, so every layout reads the same way.
"""

from __future__ import annotations

import html
import re

__all__ = ["plain_lines"]

# Tags that end a line of text (a list item, a paragraph, a break, a heading, a table row).
_BREAK_TAG = re.compile(r"<\s*(?:br|/?p|/?div|/?ul|/?ol|/li|/?h[1-6]|/?tr|/?table|/?section)\b[^>]*>", re.I)
_ITEM_TAG = re.compile(r"<\s*li\b[^>]*>", re.I)
_CELL_TAG = re.compile(r"<\s*/?t[dh]\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
# A run of three spaces or more, or a tab, between two words: a column gap, not a space in a sentence.
_GAP = re.compile(r"(?<=\S)(?:\t+|\s{3,}|(?<![.!?:;,])\s{2})(?=\S)")
# The rule under a plain-text table's header ("-------  ------", "=====  ===").
_RULE = re.compile(r"^\s*[-=]{3,}(?:\s+[-=]{3,})+\s*$")
_LEAD_MARK = re.compile(r"^\s*(?:[-*•·]\s+)?")


def _from_html(text: str) -> str:
    """Markup to lines: each list item a bullet, each paragraph or break a line, entities decoded."""
    if not _ANY_TAG.search(text) and not re.search(r"&(?:amp|nbsp|lt|gt|quot|#\d+);", text):
        return text
    text = _ITEM_TAG.sub("\n- ", text)
    text = _BREAK_TAG.sub("\n", text)
    text = _CELL_TAG.sub(" | ", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text).replace("\xa0", " ")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _GAP.split(line.strip())]


def _columns(lines: list[str]) -> list[str]:
    """A block of three lines or more (a header and two rows), each cut by column gaps into the same number of cells (at most five),
    is a table laid out in spaces: written as pipe rows (the parser tells a row naming the columns from
    a requirement)."""
    lines = [x for i, x in enumerate(lines) if not (i and _RULE.match(x) and lines[i - 1].strip())]
    out: list[str] = []
    at = 0
    while at < len(lines):
        width = len(_cells(lines[at])) if lines[at].strip() else 0
        end = at
        while (
            end < len(lines)
            and lines[end].strip()
            and not lines[end].lstrip().startswith("|")
            and len(_cells(lines[end])) == width
        ):
            end += 1
        if 2 <= width <= 5 and end - at >= 3:
            out.extend("| " + " | ".join(_cells(_LEAD_MARK.sub("", x))) + " |" for x in lines[at:end])
            at = end
            continue
        out.append(lines[at])
        at += 1
    return out


# A bullet list flattened onto one line when copied ("• Python • SQL • AWS").
_RUN_BULLET = re.compile(r"\s+•\s+(?=\S)")


def _bullets_apart(lines: list[str]) -> list[str]:
    """A line opening with a bullet and holding more of them: one line per bullet."""
    out: list[str] = []
    for line in lines:
        if line.lstrip().startswith("•") and _RUN_BULLET.search(line):
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(indent + "• " + item.strip() for item in _RUN_BULLET.split(line.strip().lstrip("•")))
        else:
            out.append(line)
    return out


def _bar_rows(lines: list[str]) -> list[str]:
    """Three lines or more in a row (a header and two rows), each with the same number of " | " between cells and no bar at either
    end ("Skill | Level | Priority"): a table typed without its outer bars, given them."""
    out = list(lines)
    at = 0
    while at < len(lines):
        count = lines[at].count(" | ") if not lines[at].strip().startswith("|") else 0
        end = at
        while (
            end < len(lines)
            and count
            and lines[end].count(" | ") == count
            and "|" not in lines[end].strip()[:1]
        ):
            end += 1
        if end - at >= 3:
            for i in range(at, end):
                out[i] = "| " + lines[i].strip() + " |"
            at = end
        else:
            at += 1
    return out


def plain_lines(text: str) -> str:
    """``text`` with HTML turned to lines, flattened bullets set apart and text columns turned to pipe rows."""
    return "\n".join(_bar_rows(_columns(_bullets_apart(_from_html(text).splitlines()))))
