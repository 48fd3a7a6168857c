"""Which store the limiters and the budget use, decided once from the settings.

- Upstash Redis over REST when configured: ``UPSTASH_REDIS_REST_URL`` + ``_TOKEN`` directly,
  or on AWS a Secrets Manager secret (``HEYFOLIO_UPSTASH_SECRET``, JSON ``{"url", "token"}``)
  read through Powertools parameters (cached five minutes, so a rotated token is picked up).
- In process (``memory``) otherwise, for ``make dev``: one process serves everything there,
  so a dict under a lock *is* the shared state, with the same sliding-window arithmetic
  (see :mod:`heyfolio.limits.ratelimit`). On AWS that would give every Lambda instance its
  own counts, so ``auto`` refuses to start there without Upstash.

Why not an Upstash-compatible server in process for dev: the rate-limit library sends Lua
scripts, so a Redis-like dict would need a Lua interpreter or script-by-hash emulation, which
is more code to trust than the 20-line window it would replace. The tests instead run the real
library against a real ``redis-server`` and check the in-process window decides the same.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from heyfolio.aws.clients import client as aws_client
from heyfolio.config import Settings, get_settings
from heyfolio.limits.budget import BudgetGuard, BudgetStore, MemoryBudgetStore, RedisBudgetStore
from heyfolio.limits.ratelimit import (
    AllOf,
    LimiterUnavailable,
    MemorySlidingWindow,
    RateLimiter,
    SurfaceLimiter,
    UpstashSlidingWindow,
)
from heyfolio.limits.rules import Surface, Window

log = logging.getLogger(__name__)

REST_TIMEOUT_SECONDS = 2.0


class LimitsMisconfigured(RuntimeError):
    """The settings do not name a usable limiter store."""


@dataclass(frozen=True)
class UpstashCredentials:
    url: str
    token: str


def upstash_client(url: str, token: str, *, timeout: float = REST_TIMEOUT_SECONDS) -> Any:
    """An ``upstash_redis.Redis`` that gives up after ``timeout`` seconds and does not retry.

    The library's own HTTP client waits forever and retries after 3 s; a limiter that hangs
    would hang the request it guards, and failing fast is what lets chat refuse cleanly.
    The library has no timeout option, so its httpx client is replaced by one that has.
    """
    import httpx
    from upstash_redis import Redis

    redis = Redis(
        url=url,
        token=token,
        rest_encoding="base64",
        rest_retries=0,
        rest_retry_interval=0,
        allow_telemetry=False,
        read_your_writes=False,
    )
    redis._http._client.close()
    redis._http._client = httpx.Client(timeout=httpx.Timeout(timeout), trust_env=False)
    return redis


_provider: list[Any] = []  # [client, provider]


def _secrets() -> Any:
    """Powertools' secrets provider on the project's Secrets Manager client (one per client: a new
    endpoint or emulator gets a new provider, and the five-minute cache stays per client)."""
    from aws_lambda_powertools.utilities.parameters import SecretsProvider

    sm = aws_client("secretsmanager")
    if not _provider or _provider[0] is not sm:
        _provider[:] = [sm, SecretsProvider(boto3_client=sm)]
    return _provider[1]


def upstash_credentials(settings: Settings) -> UpstashCredentials | None:
    """URL and token from the environment, else from the Secrets Manager secret, else ``None``."""
    if settings.upstash_url and settings.upstash_token:
        return UpstashCredentials(settings.upstash_url, settings.upstash_token)
    if settings.upstash_secret:
        value = _secrets().get(settings.upstash_secret, transform="json", max_age=300)
        if not isinstance(value, dict) or not value.get("url") or not value.get("token"):
            raise LimitsMisconfigured(
                f'secret {settings.upstash_secret} must hold JSON {{"url": ..., "token": ...}} '
                "(the Upstash REST URL and token from the Upstash console)"
            )
        return UpstashCredentials(str(value["url"]), str(value["token"]))
    return None


class Backend:
    """The limiter and budget stores for one configuration (built lazily, reused)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.kind = self._choose(settings)
        self._redis: Any = None
        self._memory_windows: dict[Window, MemorySlidingWindow] = {}
        self._memory_budget: MemoryBudgetStore | None = None
        self._lock = threading.Lock()

    @staticmethod
    def _choose(settings: Settings) -> str:
        if settings.limits_backend == "memory":
            return "memory"
        configured = bool((settings.upstash_url and settings.upstash_token) or settings.upstash_secret)
        if configured:
            return "upstash"
        if settings.limits_backend == "upstash" or settings.env == "aws":
            raise LimitsMisconfigured(
                "rate limits need Upstash Redis here: set UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN, "
                'or HEYFOLIO_UPSTASH_SECRET naming a secret with {"url", "token"}'
            )
        return "memory"

    def redis(self) -> Any:
        with self._lock:
            if self._redis is None:
                creds = upstash_credentials(self.settings)
                assert creds is not None
                self._redis = upstash_client(creds.url, creds.token)
            return self._redis

    def window(self, window: Window) -> RateLimiter:
        if self.kind == "upstash":
            return UpstashSlidingWindow(self.redis(), window)
        with self._lock:
            return self._memory_windows.setdefault(window, MemorySlidingWindow(window))

    def budget_store(self) -> BudgetStore:
        if self.kind == "upstash":
            return RedisBudgetStore(self.redis())
        with self._lock:
            if self._memory_budget is None:
                self._memory_budget = MemoryBudgetStore()
            return self._memory_budget


_lock = threading.Lock()
_backend: Backend | None = None


def backend(settings: Settings | None = None) -> Backend:
    """The process's backend for ``settings`` (rebuilt if the relevant settings changed)."""
    global _backend
    s = settings or get_settings()
    with _lock:
        current = _backend
        if current is None or _relevant(current.settings) != _relevant(s):
            current = _backend = Backend(s)
        return current


def _relevant(s: Settings) -> tuple[Any, ...]:
    return (s.env, s.limits_backend, s.upstash_url, s.upstash_token, s.upstash_secret)


class _Unusable:
    """Stands in for a store that could not be set up (missing secret, misconfiguration):
    every use raises, so each surface's own failure policy applies instead of a crash."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def limit(self, identifier: str) -> Any:
        raise LimiterUnavailable(self.reason)

    def __getattr__(self, name: str) -> Any:  # the BudgetStore methods
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise LimiterUnavailable(self.reason)

        return refuse


def _surface(
    name: str,
    windows: tuple[Window, ...],
    fail_open: bool,
    s: Settings,
    *,
    caller_windows: tuple[Window, ...] | None = None,
    shared: bool = False,
) -> SurfaceLimiter:
    def build(of: tuple[Window, ...]) -> RateLimiter:
        return AllOf([backend(s).window(w) for w in of])

    try:
        limiter = build(windows)
        caller = build(caller_windows) if caller_windows else None
        everyone = build(s.limits["global"]) if shared else None
    except Exception as error:
        log.error("rate limiter cannot be set up (%s): %s", name, error)
        unusable = _Unusable(f"{type(error).__name__}: {error}")
        return SurfaceLimiter(name, unusable, fail_open=fail_open)
    return SurfaceLimiter(name, limiter, fail_open=fail_open, caller_limiter=caller, global_limiter=everyone)


def surface_limiter(surface: Surface, settings: Settings | None = None) -> SurfaceLimiter:
    """The limiter of one surface (README "Rate limits"): each has its own buckets.

    - ``chat``: per client IP and conversation, plus the global budget; fails closed (no limiter, no chat).
    - ``mcp``: per verified caller when the request has one, else per client IP, plus the global
      budget; fails open (reads of public content may proceed).
    - ``api`` (the page's public reads): per client IP, plus the global budget; fails open.
    - ``owner``, ``webhook``: per client IP; fail open (both are authenticated first).
    - ``contact`` (``contact_owner`` calls, on top of ``mcp``): per caller or client IP; fails open.
    - ``visitor`` (a visitor's own data: export, erase, their leads, keeping the session): per
      client IP; fails open (a visitor's right to their data does not hang on the limiter).
    """
    s = settings or get_settings()
    if surface == "chat":
        return _surface("chat", s.chat_limits, False, s, shared=True)
    if surface == "mcp":
        return _surface("mcp", s.limits["mcp_ip"], True, s, caller_windows=s.mcp_limits, shared=True)
    if surface == "api":
        return _surface("api", s.limits["api"], True, s, shared=True)
    if surface == "contact":
        return _surface("contact", s.limits["contact"], True, s, caller_windows=s.limits["contact"])
    return _surface(surface, s.limits[surface], True, s)


def chat_limiter(settings: Settings | None = None) -> SurfaceLimiter:
    """Chat's limits per IP and session (and the global budget); fails closed."""
    return surface_limiter("chat", settings)


def mcp_limiter(settings: Settings | None = None) -> SurfaceLimiter:
    """MCP's limits per verified caller or client IP (and the global budget); fails open."""
    return surface_limiter("mcp", settings)


def budget_guard(settings: Settings | None = None) -> BudgetGuard:
    """The daily/monthly spend guard for model calls (a broken store means offline answers)."""
    s = settings or get_settings()
    try:
        store: BudgetStore = backend(s).budget_store()
    except Exception as error:
        log.error("budget store cannot be set up: %s", error)
        store = _Unusable(str(error))
    return BudgetGuard(store, daily_usd=s.budget_daily_usd, monthly_usd=s.budget_monthly_usd)


def reset() -> None:
    """Forget the backend (tests; after credentials change)."""
    global _backend
    with _lock:
        _backend = None
