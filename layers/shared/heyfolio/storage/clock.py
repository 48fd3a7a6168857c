"""The storage layer's notion of "now", replaceable so tests can move time.

Expiry (``expires_at``) is decided against this clock on every read and conditional write;
DynamoDB's own TTL sweeper deletes late, so it never decides what is live.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_source: Callable[[], float] = time.time


def now() -> float:
    """Seconds since the epoch, from the current clock source."""
    return _source()


def set_clock(source: Callable[[], float] | None) -> None:
    """Use ``source`` as the clock from now on (``None`` restores the wall clock)."""
    global _source
    _source = source if source is not None else time.time


@contextmanager
def using_clock(source: Callable[[], float]) -> Iterator[None]:
    """Use ``source`` as the clock inside the block."""
    previous = _source
    set_clock(source)
    try:
        yield
    finally:
        set_clock(previous)


class ManualClock:
    """A clock that stands still until moved: ``clock.advance(3600)``."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.value = float(start)

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        """Move the clock forward (or back, with a negative number)."""
        self.value += seconds
