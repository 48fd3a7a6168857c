"""A requirement that asks only for a level ("staff-level experience", "Experience at Principal level").

Written as a requirement rather than a JSON ``experience`` field, it is still the level: read by the
titles and years the level check reads, not as words to find ("staff", "level") in the content.
"""

from __future__ import annotations

import re

__all__ = ["level_only"]

_RUNG = r"(junior|mid|senior|lead|staff|principal)"
_LEVEL_ONLY = re.compile(
    rf"^\s*(?:(?:proven\s+|prior\s+|previous\s+)?experience\s+at\s+(?:an?\s+|the\s+)?{_RUNG}[- ]level"
    rf"|{_RUNG}[- ]level(?:\s+experience)?)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def level_only(text: str) -> str | None:
    """The rung a requirement asks when it asks nothing else ("staff-level experience": staff)."""
    m = _LEVEL_ONLY.match(text)
    if m is None:
        return None
    return (m.group(1) or m.group(2)).casefold()
