"""What a rate-limit check answers, and how several answers combine into one."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    """The outcome of one check.

    ``retry_after_seconds`` is 0 when allowed; ``limit``/``remaining`` describe the tightest
    rule (the one a client should pace itself by). ``unavailable`` marks a refusal because the
    limiter could not be reached (fail closed), which callers answer with 503, not 429.
    """

    allowed: bool
    retry_after_seconds: int
    limit: int
    remaining: int
    rule: str = ""
    unavailable: bool = False

    @staticmethod
    def retry_after(reset_at: float, now: float) -> int:
        """Whole seconds until ``reset_at`` (at least 1: ``Retry-After: 0`` invites a hot loop)."""
        return max(1, math.ceil(reset_at - now))


def combine(decisions: Iterable[Decision]) -> Decision:
    """All must pass: the first refusal wins; if all pass, the one with least headroom speaks."""
    items = list(decisions)
    if not items:
        raise ValueError("combine() needs at least one decision")
    refused = [d for d in items if not d.allowed]
    if refused:
        return max(refused, key=lambda d: d.retry_after_seconds)
    return min(items, key=lambda d: (d.remaining, d.limit))
