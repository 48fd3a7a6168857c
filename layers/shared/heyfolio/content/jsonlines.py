"""Where each value of a JSON document starts: JSON path -> (line, column), for problem reports.

A problem found while typing a parsed document knows its JSON path (``$.work[0].startDate``)
but not where that is in the file; editors want ``resume.json:14:20``. This scanner walks the
(already valid) text once, without recursion, and records the position of every value and of
every object key, using the same path spelling as :func:`heyfolio.content.checks.child`.
"""

from __future__ import annotations

import json
import re

from heyfolio.content.checks import child

Position = tuple[int, int]
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"[^\s,\]\}:]+")


def value_positions(text: str) -> dict[str, Position]:
    """``{json_path: (line, column)}`` (1-based) for every value and key in ``text``; ``{}`` if unreadable."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(offset: int) -> Position:
        import bisect

        index = bisect.bisect_right(line_starts, offset) - 1
        return index + 1, offset - line_starts[index] + 1

    positions: dict[str, Position] = {}
    # Frames: [path, is_object, next array index, pending key path]
    stack: list[list[object]] = []
    pending: str | None = "$"  # the path the next value will have
    i, n = 0, len(text)
    expecting_key = False
    try:
        while i < n:
            c = text[i]
            if c in " \t\r\n,":
                if c == "," and stack and stack[-1][1]:
                    expecting_key = True
                elif c == "," and stack:
                    frame = stack[-1]
                    frame[2] = int(frame[2]) + 1  # type: ignore[call-overload]
                    pending = child(str(frame[0]), int(frame[2]))  # type: ignore[call-overload]
                i += 1
                continue
            if c == ":":
                expecting_key = False
                i += 1
                continue
            if c in "]}":
                stack.pop()
                i += 1
                continue
            if c == '"':
                match = _STRING.match(text, i)
                if match is None:
                    return positions
                if expecting_key and stack and stack[-1][1]:
                    key = json.loads(match.group())
                    pending = child(str(stack[-1][0]), key)
                    positions.setdefault(pending, where(i))
                else:
                    if pending is not None:
                        positions.setdefault(pending, where(i))
                    pending = None
                i = match.end()
                continue
            if c in "[{":
                path = pending or "$"
                positions.setdefault(path, where(i))
                stack.append([path, c == "{", 0, None])
                expecting_key = c == "{"
                pending = child(path, 0) if c == "[" else None
                i += 1
                continue
            match = _SCALAR.match(text, i)
            if match is None:
                return positions
            if pending is not None:
                positions.setdefault(pending, where(i))
            pending = None
            i = match.end()
    except (ValueError, IndexError):
        return positions
    return positions


def locate(path: str, positions: dict[str, Position]) -> Position | None:
    """The position of ``path``, else of its nearest recorded ancestor (a missing key's object)."""
    here = path
    while here:
        if here in positions:
            return positions[here]
        cut = max(here.rfind("."), here.rfind("["))
        if cut <= 0:
            break
        here = here[:cut]
    return positions.get("$")
