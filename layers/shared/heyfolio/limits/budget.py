"""Daily and monthly spend caps, enforced by reserving a request's worst case before the call.

A model call's cost is known only afterwards, so checking "spent < cap" first would let a
burst of concurrent requests all pass the check and all spend. Instead each request
*reserves* its maximum cost atomically (one Lua script: check every period's total plus the
amount against its cap, then add to all of them, or add nothing), and *settles* the actual
cost afterwards (adding ``actual - reserved``, usually negative). Reserved plus settled money
therefore never exceeds the cap; only a call that costs more than it reserved can push past,
by at most that one request's excess.

Amounts are integer micro-dollars (``INCRBY``), not floats, so totals are exact and the
comparison against the cap is exact too.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from heyfolio.limits.alerts import notify_owner

log = logging.getLogger(__name__)

MICRO = 1_000_000
KEY_PREFIX = "heyfolio:budget"
DAY_TTL_SECONDS = 2 * 86400
MONTH_TTL_SECONDS = 32 * 86400

RESERVE_SCRIPT = """
local amount = tonumber(ARGV[1])
local n = #KEYS
for i = 1, n do
  local current = tonumber(redis.call('GET', KEYS[i]) or '0')
  if current + amount > tonumber(ARGV[1 + i]) then
    return {0, i, current}
  end
end
local total = 0
for i = 1, n do
  total = redis.call('INCRBY', KEYS[i], amount)
  if redis.call('TTL', KEYS[i]) < 0 then
    redis.call('EXPIRE', KEYS[i], ARGV[1 + n + i])
  end
end
return {1, 0, total}
"""

ADJUST_SCRIPT = """
local delta = tonumber(ARGV[1])
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('INCRBY', KEYS[i], delta)
  end
end
return 1
"""

FIRST_SCRIPT = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 1 end
return 0
"""


class BudgetStore(Protocol):
    """Atomic counters for budget periods (Upstash Redis on AWS, a dict locally)."""

    def reserve(
        self, keys: Sequence[str], amount: int, caps: Sequence[int], ttls: Sequence[int]
    ) -> tuple[bool, int]:
        """Add ``amount`` to every key if none would pass its cap; else add nothing.

        Returns ``(reserved, index)`` where ``index`` is the 0-based key that refused.
        """
        ...

    def adjust(self, keys: Sequence[str], delta: int) -> None:
        """Add ``delta`` (may be negative) to every key that still exists."""
        ...

    def first(self, key: str, ttl_seconds: int) -> bool:
        """True the first time ``key`` is seen within ``ttl_seconds`` (one alert per period)."""
        ...

    def totals(self, keys: Sequence[str]) -> list[int]:
        """Current totals of ``keys`` (0 for absent ones)."""
        ...


class RedisBudgetStore:
    """Budget counters in (Upstash) Redis, via Lua scripts sent with ``EVAL``."""

    def __init__(self, redis: Any) -> None:
        self._redis = redis

    def reserve(
        self, keys: Sequence[str], amount: int, caps: Sequence[int], ttls: Sequence[int]
    ) -> tuple[bool, int]:
        ok, index, _ = self._redis.eval(RESERVE_SCRIPT, list(keys), [amount, *caps, *ttls])
        return bool(ok), int(index) - 1

    def adjust(self, keys: Sequence[str], delta: int) -> None:
        self._redis.eval(ADJUST_SCRIPT, list(keys), [delta])

    def first(self, key: str, ttl_seconds: int) -> bool:
        return bool(self._redis.eval(FIRST_SCRIPT, [key], [ttl_seconds]))

    def totals(self, keys: Sequence[str]) -> list[int]:
        return [int(v or 0) for v in self._redis.mget(*keys)]


class MemoryBudgetStore:
    """The same semantics in one process (``make dev``), under a lock."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._values: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def _get(self, key: str) -> int | None:
        found = self._values.get(key)
        if found is None or found[1] <= self._clock():
            self._values.pop(key, None)
            return None
        return found[0]

    def reserve(
        self, keys: Sequence[str], amount: int, caps: Sequence[int], ttls: Sequence[int]
    ) -> tuple[bool, int]:
        with self._lock:
            for i, (key, cap) in enumerate(zip(keys, caps, strict=True)):
                if (self._get(key) or 0) + amount > cap:
                    return False, i
            now = self._clock()
            for key, ttl in zip(keys, ttls, strict=True):
                current = self._get(key)
                expires = self._values[key][1] if current is not None else now + ttl
                self._values[key] = ((current or 0) + amount, expires)
            return True, -1

    def adjust(self, keys: Sequence[str], delta: int) -> None:
        with self._lock:
            for key in keys:
                current = self._get(key)
                if current is not None:
                    self._values[key] = (current + delta, self._values[key][1])

    def first(self, key: str, ttl_seconds: int) -> bool:
        with self._lock:
            if self._get(key) is not None:
                return False
            self._values[key] = (1, self._clock() + ttl_seconds)
            return True

    def totals(self, keys: Sequence[str]) -> list[int]:
        with self._lock:
            return [self._get(k) or 0 for k in keys]


def to_micro(usd: float) -> int:
    """Dollars to micro-dollars, rounded up (a reservation never undercounts)."""
    if usd < 0 or math.isnan(usd) or math.isinf(usd):
        raise ValueError(f"a cost must be a finite, non-negative number of dollars, got {usd!r}")
    return math.ceil(round(usd * MICRO, 6))


@dataclass(frozen=True)
class Spend:
    """Money counted so far (settled + still reserved) in the current day and month, in dollars."""

    day_usd: float
    month_usd: float
    daily_cap_usd: float
    monthly_cap_usd: float


class Reservation:
    """Money set aside for one model call; :meth:`settle` it exactly once with the real cost."""

    def __init__(self, store: BudgetStore, keys: tuple[str, ...], amount: int) -> None:
        self._store = store
        self._keys = keys
        self._amount = amount
        self._lock = threading.Lock()
        self._settled = False

    @property
    def amount_usd(self) -> float:
        return self._amount / MICRO

    @property
    def settled(self) -> bool:
        return self._settled

    def settle(self, actual_usd: float) -> None:
        """Replace the reserved amount by ``actual_usd``. A second call raises ``RuntimeError``.

        A cost above the reservation is recorded as it is (the truth matters more than the
        estimate) and logged, since it means the caller's maximum was wrong.
        """
        actual = to_micro(actual_usd)
        with self._lock:
            if self._settled:
                raise RuntimeError("this reservation was already settled")
            self._settled = True
        if actual > self._amount:
            log.warning(
                "model call cost %.6f USD, above its reservation of %.6f", actual_usd, self.amount_usd
            )
        if actual != self._amount:
            self._store.adjust(self._keys, actual - self._amount)

    def release(self) -> None:
        """The call did not happen (or failed before costing anything): give the money back."""
        self.settle(0.0)


NotifyOwner = Callable[[str, str], None]


class BudgetGuard:
    """Reserve before a model call, settle after; ``None`` means "answer offline instead".

    ``notify`` is called once per period (day or month) when the cap first refuses a call,
    with ``(subject, message)``; :func:`heyfolio.limits.alerts.notify_owner` by default.
    """

    def __init__(
        self,
        store: BudgetStore,
        *,
        daily_usd: float,
        monthly_usd: float,
        notify: NotifyOwner | None = None,
        clock: Callable[[], float] = time.time,
        prefix: str = KEY_PREFIX,
    ) -> None:
        self._store = store
        self.daily_usd = daily_usd
        self.monthly_usd = monthly_usd
        self._caps = (to_micro(daily_usd), to_micro(monthly_usd))
        self._notify = notify
        self._clock = clock
        self._prefix = prefix

    def _keys(self) -> tuple[str, str]:
        now = time.gmtime(self._clock())
        return (
            f"{self._prefix}:day:{time.strftime('%Y-%m-%d', now)}",
            f"{self._prefix}:month:{time.strftime('%Y-%m', now)}",
        )

    def reserve(self, max_cost_usd: float) -> Reservation | None:
        """Set aside ``max_cost_usd``; ``None`` if a cap would be passed or the store is unreachable.

        Unreachable counts as "over budget" (fails closed): chat then answers offline,
        which costs nothing, rather than spending without a limit.
        """
        amount = to_micro(max_cost_usd)
        keys = self._keys()
        try:
            ok, index = self._store.reserve(keys, amount, self._caps, (DAY_TTL_SECONDS, MONTH_TTL_SECONDS))
        except Exception:
            log.exception("budget store unreachable: refusing the model call (offline answer instead)")
            return None
        if ok:
            return Reservation(self._store, keys, amount)
        self._alert_once(keys[index], "daily" if index == 0 else "monthly")
        return None

    def spent(self) -> Spend:
        """What the current day and month have counted so far (settled and reserved)."""
        day, month = self._store.totals(self._keys())
        return Spend(day / MICRO, month / MICRO, self.daily_usd, self.monthly_usd)

    def _alert_once(self, period_key: str, period: str) -> None:
        try:
            ttl = DAY_TTL_SECONDS if period == "daily" else MONTH_TTL_SECONDS
            if not self._store.first(f"{period_key}:alerted", ttl):
                return
            cap = self.daily_usd if period == "daily" else self.monthly_usd
            subject = f"heyfolio: {period} model budget reached"
            message = (
                f"The {period} budget of ${cap:.2f} is used up ({period_key.rsplit(':', 1)[-1]}). "
                "Chat answers offline (from your content, without the model) until the period ends. "
                "Raise HEYFOLIO_BUDGET_DAILY_USD / HEYFOLIO_BUDGET_MONTHLY_USD to change the caps."
            )
            if self._notify is not None:
                self._notify(subject, message)
            else:
                notify_owner(subject, message)
        except Exception:  # an alert failure must not break the (offline) answer
            log.exception("could not alert the owner that the %s budget was reached", period)
