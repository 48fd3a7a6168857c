"""Since when a test's records can date: for the day-by-day reads of usage and invocations."""

from __future__ import annotations

import time

DAY = 24 * 3600


def recent_days_since() -> float:
    """A day ago: every record a test just made is on today (or yesterday, had the test crossed
    midnight UTC). ``usage.totals(0)`` and ``invocations.list_since(0)`` read every day their
    ``MAX_DAYS`` allows (400 and 120), one query per day: hundreds of queries against moto, about
    2.5 s of processor time for the usage's, to find the one or two days a test writes on."""
    return time.time() - DAY
