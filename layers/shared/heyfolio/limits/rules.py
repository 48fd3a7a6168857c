"""Rate-limit rules written the way people say them: ``"5/m,40/h,120/d"``.

Kept free of other heyfolio imports so :mod:`heyfolio.config` can parse and validate the
settings with it at startup (a typo in a limit must stop the server, not disable the limit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

Surface = Literal["chat", "mcp", "api", "owner", "webhook", "contact", "visitor"]
"""The rate-limit surfaces; each has buckets of its own (``heyfolio.limits.backend.surface_limiter``)."""
SURFACES: tuple[str, ...] = get_args(Surface)

UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RULE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


@dataclass(frozen=True, order=True)
class Window:
    """At most ``count`` requests in any sliding ``seconds``-long window."""

    seconds: int
    count: int

    def __post_init__(self) -> None:
        if self.count <= 0 or self.seconds <= 0:
            raise ValueError(f"a limit needs a positive count and window, got {self.count}/{self.seconds}s")

    @property
    def label(self) -> str:
        """The rule as written in settings (``5/m``), also used in key prefixes."""
        for unit in ("d", "h", "m", "s"):
            size = UNIT_SECONDS[unit]
            if self.seconds % size == 0:
                n = self.seconds // size
                return f"{self.count}/{'' if n == 1 else n}{unit}"
        return f"{self.count}/{self.seconds}s"  # pragma: no cover - seconds always divides


def parse_limits(text: str, *, setting: str = "limits") -> tuple[Window, ...]:
    """Parse ``"5/m,40/h,120/d"`` (also ``"100/10s"``) into windows, shortest first.

    Raises ``ValueError`` naming the setting and the bad part, so a misconfiguration is
    reported at startup with what to write instead.
    """
    windows: list[Window] = []
    for part in (p for p in text.split(",") if p.strip()):
        match = _RULE.match(part)
        if match is None:
            raise ValueError(
                f"{setting}: cannot read {part.strip()!r}; write COUNT/UNIT with UNIT one of s, m, h, d "
                "(optionally with a multiple, e.g. 100/10s), comma-separated: 5/m,40/h,120/d"
            )
        count, multiple, unit = int(match[1]), int(match[2] or 1), match[3]
        if multiple == 0:
            raise ValueError(f"{setting}: the window in {part.strip()!r} must be longer than zero")
        try:
            windows.append(Window(seconds=multiple * UNIT_SECONDS[unit], count=count))
        except ValueError as error:
            raise ValueError(f"{setting}: {part.strip()!r}: {error}") from None
    if not windows:
        raise ValueError(f"{setting}: at least one limit is needed, e.g. 5/m,40/h,120/d")
    if len({w.seconds for w in windows}) != len(windows):
        raise ValueError(f"{setting}: two limits share a window length in {text!r}")
    return tuple(sorted(windows))
