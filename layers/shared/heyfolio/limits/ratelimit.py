"""Sliding-window rate limiters behind one small interface, and the per-surface policy.

Two implementations of the same sliding window (the weighted two-bucket count that
``upstash-ratelimit`` uses: requests in the current fixed window plus the previous window's
count weighted by how much of it still overlaps the sliding window):

- :class:`UpstashSlidingWindow` runs the real ``upstash-ratelimit`` library over Upstash Redis
  (REST). This is what runs on AWS, and what the tests run against a real ``redis-server``.
- :class:`MemorySlidingWindow` is the same arithmetic in process, for ``make dev`` without
  Redis. A test replays one request sequence through both on one clock and expects the same
  decisions, so local behaviour cannot drift from production.

:class:`SurfaceLimiter` applies every window to every identity of a request (client IP and
visitor session) and decides what an unreachable limiter means: chat fails closed, public
content reads fail open (logged and counted).
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from heyfolio.limits.decision import Decision
from heyfolio.limits.rules import Window

log = logging.getLogger(__name__)

KEY_PREFIX = "heyfolio:rl"
UNAVAILABLE_RETRY_SECONDS = 30


class LimiterUnavailable(RuntimeError):
    """The limiter's store could not be reached or answered with an error."""


class RateLimiter(Protocol):
    """Counts one request for ``identifier`` and says whether it may pass."""

    def limit(self, identifier: str) -> Decision: ...


def _redis_key_part(identifier: str) -> str:
    # Identities (IP addresses, session ids) are personal data and Upstash is a third party:
    # store a keyed-free digest, enough to tell identities apart, not to recover them.
    return hashlib.sha256(identifier.encode()).hexdigest()[:32]


class UpstashSlidingWindow:
    """One window (e.g. 5/min) enforced by ``upstash_ratelimit.SlidingWindow`` over ``redis``.

    ``redis`` is an ``upstash_redis.Redis`` client (see :mod:`heyfolio.limits.backend` for how
    it is built with a timeout). ``now`` only turns the library's reset time into a
    ``Retry-After``; the library reads its own clock.
    """

    def __init__(
        self,
        redis: Any,
        window: Window,
        *,
        prefix: str = KEY_PREFIX,
        now: Callable[[], float] = time.time,
    ) -> None:
        from upstash_ratelimit import Ratelimit, SlidingWindow

        self.window = window
        self._now = now
        self._ratelimit = Ratelimit(
            redis=redis,
            limiter=SlidingWindow(max_requests=window.count, window=window.seconds, unit="s"),
            prefix=f"{prefix}:{window.seconds}s",
        )

    def limit(self, identifier: str) -> Decision:
        try:
            response = self._ratelimit.limit(_redis_key_part(identifier))
        except Exception as error:  # httpx errors, UpstashError, a malformed answer
            raise LimiterUnavailable(
                f"rate limiter store unreachable: {type(error).__name__}: {error}"
            ) from error
        retry = 0 if response.allowed else Decision.retry_after(response.reset, self._now())
        return Decision(
            allowed=bool(response.allowed),
            retry_after_seconds=retry,
            limit=int(response.limit),
            remaining=int(response.remaining),
            rule=self.window.label,
        )


class MemorySlidingWindow:
    """The same sliding window as ``upstash_ratelimit.SlidingWindow``, in this process.

    For ``make dev`` (one process, no Redis needed). Counts live in a dict guarded by a lock;
    buckets older than the previous window are dropped as they age out.
    """

    def __init__(self, window: Window, *, clock_ms: Callable[[], int] | None = None) -> None:
        self.window = window
        self._ms = window.seconds * 1000
        self._clock_ms = clock_ms or (lambda: int(time.time() * 1000))
        self._counts: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()
        self._last_sweep = -1

    def limit(self, identifier: str) -> Decision:
        now = self._clock_ms()
        bucket = now // self._ms
        with self._lock:
            if bucket != self._last_sweep:
                self._sweep(bucket)
            current = self._counts.get((identifier, bucket), 0)
            previous = self._counts.get((identifier, bucket - 1), 0)
            # Same arithmetic as the library's Lua script, step for step.
            weighted_previous = math.floor((1 - (now % self._ms) / self._ms) * previous)
            if weighted_previous + current >= self.window.count:
                remaining = -1
            else:
                current += 1
                self._counts[(identifier, bucket)] = current
                remaining = self.window.count - (current + weighted_previous)
        allowed = remaining >= 0
        reset_at = (bucket + 1) * self._ms / 1000
        return Decision(
            allowed=allowed,
            retry_after_seconds=0 if allowed else Decision.retry_after(reset_at, now / 1000),
            limit=self.window.count,
            remaining=max(0, remaining),
            rule=self.window.label,
        )

    def _sweep(self, bucket: int) -> None:
        self._counts = {k: v for k, v in self._counts.items() if k[1] >= bucket - 1}
        self._last_sweep = bucket


class AllOf:
    """Every limiter must pass (5/min *and* 40/h *and* 120/day); shortest window first.

    Stops at the first refusal, so a request refused by the minute limit is not also
    counted against the hour and the day.
    """

    def __init__(self, limiters: Sequence[RateLimiter]) -> None:
        if not limiters:
            raise ValueError("AllOf needs at least one limiter")
        self._limiters = tuple(limiters)

    def limit(self, identifier: str) -> Decision:
        decisions: list[Decision] = []
        for limiter in self._limiters:
            decision = limiter.limit(identifier)
            if not decision.allowed:
                return decision
            decisions.append(decision)
        return min(decisions, key=lambda d: (d.remaining, d.limit))


@dataclass
class SurfaceLimiter:
    """The limits of one surface (``chat``, ``mcp``, ``api``, ...) for one request.

    Each surface has buckets of its own (identities are prefixed with the surface), so one
    busy MCP client never uses up the page's read API. A request counts against, in order:
    its verified caller (``caller_limiter``, when the surface keys by caller and the request
    carries one) or else its client IP (``limiter``); its visitor session (``limiter``) when
    the route names one; and the shared ``global_limiter`` (every caller together: what
    protects the owner's bill when many clients come at once). Stopping at the first refusal
    means a throttled client does not use up the global budget.

    ``fail_open`` decides what an unreachable store means: ``False`` refuses (a
    ``Decision`` with ``unavailable=True``, answered with 503), ``True`` lets the request
    through, logs a warning and counts a ``RateLimiterUnavailable`` metric.
    """

    surface: str
    limiter: RateLimiter
    fail_open: bool
    caller_limiter: RateLimiter | None = None
    global_limiter: RateLimiter | None = None

    def identities(
        self, *, ip: str | None, session: str | None = None, caller: str | None = None
    ) -> list[tuple[RateLimiter, str, str]]:
        """(limiter, identity, kind) in the order they are counted."""
        out: list[tuple[RateLimiter, str, str]] = []
        if caller and self.caller_limiter is not None:
            out.append((self.caller_limiter, f"{self.surface}:caller:{caller}", "caller"))
        else:
            out.append((self.limiter, f"{self.surface}:ip:{ip or 'unknown'}", "ip"))
        if session:
            out.append((self.limiter, f"{self.surface}:session:{session}", "session"))
        if self.global_limiter is not None:
            out.append((self.global_limiter, "global:all", "site (all visitors together)"))
        return out

    def check(self, *, ip: str | None, session: str | None = None, caller: str | None = None) -> Decision:
        """Count this request against each of its identities; allowed only if all pass."""
        try:
            decisions: list[Decision] = []
            for limiter, identity, kind in self.identities(ip=ip, session=session, caller=caller):
                decision = limiter.limit(identity)
                scoped = _scoped(decision, kind)
                if not decision.allowed:
                    _count("RateLimitRejections", self.surface)
                    return scoped
                decisions.append(scoped)
        except LimiterUnavailable as error:
            _count("RateLimiterUnavailable", self.surface)
            if self.fail_open:
                log.warning("rate limiter unavailable; %s proceeds (fails open): %s", self.surface, error)
                return Decision(True, 0, 0, 0, rule="limiter unavailable", unavailable=True)
            log.error("rate limiter unavailable; %s refused (fails closed): %s", self.surface, error)
            return Decision(
                False, UNAVAILABLE_RETRY_SECONDS, 0, 0, rule="limiter unavailable", unavailable=True
            )
        return min(decisions, key=lambda d: (d.remaining, d.limit))


def _scoped(decision: Decision, kind: str) -> Decision:
    return Decision(
        allowed=decision.allowed,
        retry_after_seconds=decision.retry_after_seconds,
        limit=decision.limit,
        remaining=decision.remaining,
        rule=f"{decision.rule} per {kind}",
        unavailable=decision.unavailable,
    )


def _count(name: str, surface: str) -> None:
    # EMF metric through Powertools, imported here so the limiter stays light to import.
    try:
        from aws_lambda_powertools.metrics import MetricUnit

        from heyfolio.observability import metrics

        metrics.add_metric(name=f"{name}.{surface}", unit=MetricUnit.Count, value=1)
    except Exception:  # metrics must never break a request
        log.debug("could not record metric %s", name, exc_info=True)
