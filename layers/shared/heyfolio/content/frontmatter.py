"""Split a Markdown file into its YAML front matter and body.

Projects and posts are Markdown with YAML front matter between ``---`` lines at the
very top (the Jekyll/Hugo convention authors already know). Problems carry the
line numbers of the file itself, not of the YAML snippet.
"""

from __future__ import annotations

from typing import Any

from heyfolio.content.checks import describe
from heyfolio.content.model import Problem
from heyfolio.content.yamlfile import Position, load_yaml_located

_FENCE = "---"
_EXAMPLE = "start the file with a line `---`, then `title: ...` and `summary: ...`, then a line `---`"


def read_front_matter(text: str, file: str) -> tuple[dict[str, Any] | None, str, list[Problem]]:
    """Return ``(front matter, body, problems)``; front matter is ``None`` when unreadable."""
    meta, body, problems, _ = read_front_matter_located(text, file)
    return meta, body, problems


def read_front_matter_located(
    text: str, file: str
) -> tuple[dict[str, Any] | None, str, list[Problem], dict[str, Position]]:
    """:func:`read_front_matter` plus the file position of each JSON path in the front matter
    (for problems found while typing it: :func:`heyfolio.content.yamlfile.with_positions`)."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != _FENCE:
        found = "an empty file" if not text.strip() else "no front matter"
        return None, text, [Problem(file, "$", "front matter between `---` lines", found, _EXAMPLE, 1, 1)], {}
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (_FENCE, "...")), None)
    if end is None:
        problem = Problem(
            file,
            "$",
            "a closing `---` line after the front matter",
            "the end of the file",
            "add a line `---` between the front matter and the Markdown body",
            1,
            1,
        )
        return None, "", [problem], {}
    body = "".join(lines[end + 1 :]).strip("\r\n").rstrip()
    data, problems, positions = load_yaml_located("".join(lines[1:end]), file, first_line=2)
    if problems and data is None:
        return None, body, problems, positions
    if data is None:
        data = {}  # empty front matter: the required keys will be reported as missing
        positions = {"$": (2, 1)}
    if not isinstance(data, dict):
        problems.append(
            Problem(file, "$", "a mapping of keys (`title: ...`)", describe(data, yaml=True), _EXAMPLE, 2, 1)
        )
        return None, body, problems, positions
    return data, body, problems, positions
