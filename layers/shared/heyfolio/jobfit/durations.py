"""Durations in one unit against durations in another: "under two minutes" against "from 4 minutes to 90
seconds", "under 1 s" against "210 ms".

Why: a quantity asked is checked against the content's figures of the same unit, so a booking flow cut to 90
seconds did not show "under two minutes" (its only figure in minutes was the 4 it started from), and a p95
of 210 ms did not show "under a second". A duration is one measure whatever unit it is written in.
"""

from __future__ import annotations

__all__ = ["seconds_per"]

# a unit's stem (as the matcher singularises it: "minutes" -> "minute") -> seconds
_SECONDS: dict[str, float] = {
    "ms": 0.001,
    "millisecond": 0.001,
    "msec": 0.001,
    "s": 1.0,
    "sec": 1.0,
    "second": 1.0,
    "min": 60.0,
    "minute": 60.0,
    "h": 3600.0,
    "hr": 3600.0,
    "hour": 3600.0,
}


def seconds_per(unit: str) -> float | None:
    """Seconds in one ``unit`` (a singular stem: "minute", "ms"); None for anything that is not a duration."""
    return _SECONDS.get(unit.casefold())
