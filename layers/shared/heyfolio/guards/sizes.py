"""Body size caps per route: a table of path prefixes to byte limits, longest prefix wins.

Written in settings as ``HEYFOLIO_BODY_LIMITS="/api/chat=16k,/mcp=64k,*=32k"`` and merged
over the defaults below. Kept free of other heyfolio imports so :mod:`heyfolio.config` can
validate the setting at startup.
"""

from __future__ import annotations

import re

DEFAULT_BODY_LIMITS: dict[str, int] = {
    "/api/chat": 16 * 1024,  # a visitor's message plus a little history
    "/mcp": 64 * 1024,  # one JSON-RPC request; tool arguments are small
    "/webhooks/github": 2 * 1024 * 1024,  # push payloads list commits and files
    "*": 32 * 1024,  # everything else (forms, owner API)
}

_ENTRY = re.compile(r"^\s*(\*|/[^=\s]*)\s*=\s*(\d+)\s*([kKmM]?)\s*$")
_SCALE = {"": 1, "k": 1024, "m": 1024 * 1024}


def parse_body_limits(text: str | None, *, setting: str = "HEYFOLIO_BODY_LIMITS") -> dict[str, int]:
    """The defaults overridden by ``text`` (``"/mcp=64k,*=32k"``); ``ValueError`` names a bad entry."""
    table = dict(DEFAULT_BODY_LIMITS)
    for part in (p for p in (text or "").split(",") if p.strip()):
        match = _ENTRY.match(part)
        if match is None:
            raise ValueError(
                f"{setting}: cannot read {part.strip()!r}; write PATH=BYTES (k or m suffix allowed), "
                "comma-separated, with * for every other route: /api/chat=16k,/mcp=64k,*=32k"
            )
        size = int(match[2]) * _SCALE[match[3].lower()]
        if size <= 0:
            raise ValueError(f"{setting}: the limit for {match[1]} must be positive")
        table[match[1]] = size
    return table


def limit_for(path: str, table: dict[str, int]) -> int:
    """The cap for ``path``: the longest matching prefix (on a path-segment boundary), else ``*``."""
    best = ""
    for prefix in table:
        if prefix == "*" or len(prefix) <= len(best):
            continue
        if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
            best = prefix
    return table[best] if best else table.get("*", DEFAULT_BODY_LIMITS["*"])
