"""Waiting on an outcome another thread or process produces: poll until it shows, up to a ceiling.

The ceiling only decides how long a broken build takes to fail; a passing test returns as soon as
the outcome shows. It is generous because CI shares two cores with other work: a queue poller,
moto's Step Functions executor or a dev server can be descheduled for tens of seconds there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

PATIENCE = 120.0
"""Seconds to wait for an outcome before the test fails (a ceiling, never a sleep)."""


def until(check: Callable[[], Any], what: str, timeout: float = PATIENCE, interval: float = 0.1) -> Any:
    """``check()``'s first truthy value, polled every ``interval`` seconds; AssertionError naming
    ``what`` after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
