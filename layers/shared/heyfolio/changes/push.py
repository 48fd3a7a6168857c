"""Change events pushed to open streams: Upstash Redis pub/sub on AWS, in process for ``make dev``.

The change table (:mod:`heyfolio.changes.events`) stays the source of truth and the cursor for
catch-up; this module only makes delivery fast. :func:`publish_message` sends one event to every
open stream after its write landed; a stream opens :func:`subscription` before it acknowledges,
hears events as they are published, and still reads the table now and then (a slow poll, every
:func:`fallback_poll_seconds`) for anything a push lost. Delivery is at most once and best
effort: a push that fails is logged, never raised, and the slow poll delivers the event instead.

Backends (``HEYFOLIO_PUSH``: ``auto`` | ``upstash`` | ``memory`` | ``off``):

- ``upstash``: Upstash Redis over its REST API, the same credentials as the rate limits
  (``UPSTASH_REDIS_REST_URL`` + ``_TOKEN``, or the ``HEYFOLIO_UPSTASH_SECRET`` secret).
  ``PUBLISH`` is one REST call; ``SUBSCRIBE`` is Upstash's server-sent-event endpoint
  (``POST {url}/subscribe/{channel}``, lines ``data: subscribe,<channel>,1`` then
  ``data: message,<channel>,<payload>``), one HTTP connection per open stream. Locally and in
  tests the same code runs against a real ``redis-server`` behind the Upstash REST shim.
- ``memory``: the same subscription interface fed by publishers in this process (one process
  serves everything under ``make dev``).
- ``auto``: ``upstash`` when credentials are configured, else ``memory`` locally; on AWS without
  Upstash there is no push, and streams read the table every ``fallback_poll_seconds``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol
from urllib.parse import quote

from heyfolio.config import Settings, get_settings
from heyfolio.limits.backend import upstash_credentials

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "heyfolio:changes:"
DEFAULT_FALLBACK_POLL_SECONDS = 20.0
PUBLISH_TIMEOUT_SECONDS = 1.0
"""A publisher waits at most this long for Upstash: its write already landed, the poll is the net."""
SUBSCRIBE_TIMEOUT_SECONDS = 3.0
"""How long a stream waits for Upstash to confirm its subscription before it relies on the poll."""


class PushUnavailable(RuntimeError):
    """The pub/sub service cannot be reached or refused the request."""


def channel(settings: Settings | None = None) -> str:
    """One channel per stack (its table): two stacks sharing one Upstash database do not cross."""
    return CHANNEL_PREFIX + (settings or get_settings()).table_name


def fallback_poll_seconds() -> float:
    """How often a pushed stream still reads the change table (``HEYFOLIO_PUSH_FALLBACK_SECONDS``).

    A value that is not a number of seconds from 0.05 to 300 is logged and the default used: a
    stream must not fail on a misread setting.
    """
    raw = os.environ.get("HEYFOLIO_PUSH_FALLBACK_SECONDS", "").strip()
    if not raw:
        return DEFAULT_FALLBACK_POLL_SECONDS
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.05 <= value <= 300:
        log.error(
            "HEYFOLIO_PUSH_FALLBACK_SECONDS must be a number of seconds from 0.05 to 300, got %r: using %s",
            raw,
            DEFAULT_FALLBACK_POLL_SECONDS,
        )
        return DEFAULT_FALLBACK_POLL_SECONDS
    return value


class Inbox(Protocol):
    """One open subscription: ``receive()`` waits for the next message published on the channel."""

    async def receive(self) -> str: ...


class PushBackend(Protocol):
    """Publish a message to every subscriber; subscribe (confirmed before the block is entered)."""

    name: str

    def publish(self, payload: str) -> None: ...

    def subscription(self) -> AbstractAsyncContextManager[Inbox]: ...


_open_subscriptions = 0
_count_lock = threading.Lock()


def open_subscriptions() -> int:
    """Subscriptions open in this process (a closed stream must close its own at once)."""
    return _open_subscriptions


def _count(delta: int) -> None:
    global _open_subscriptions
    with _count_lock:
        _open_subscriptions += delta


class _QueueInbox:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[str] = asyncio.Queue()

    async def receive(self) -> str:
        return await self.queue.get()


class MemoryPush:
    """Publishers and subscribers in one process: each subscriber a queue on its own event loop."""

    name = "memory"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: set[tuple[asyncio.AbstractEventLoop, Callable[[str], None]]] = set()

    def publish(self, payload: str) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for loop, deliver in subscribers:
            try:
                loop.call_soon_threadsafe(deliver, payload)
            except RuntimeError:  # that loop closed without unsubscribing: nothing to deliver to
                with self._lock:
                    self._subscribers.discard((loop, deliver))

    @asynccontextmanager
    async def subscription(self) -> AsyncIterator[Inbox]:
        inbox = _QueueInbox()
        entry = (asyncio.get_running_loop(), inbox.queue.put_nowait)
        with self._lock:
            self._subscribers.add(entry)
        try:
            yield inbox
        finally:
            with self._lock:
                self._subscribers.discard(entry)


class _SseInbox:
    def __init__(self, lines: AsyncIterator[str], channel_name: str) -> None:
        self.lines = lines
        self.channel = channel_name

    async def receive(self) -> str:
        import httpx

        try:
            while True:
                kind, name, payload = _data(await anext(self.lines))
                if kind == "message" and name == self.channel:
                    return payload
        except StopAsyncIteration:
            raise PushUnavailable("Upstash closed the subscription") from None
        except httpx.HTTPError as error:
            raise PushUnavailable(f"Upstash subscription dropped: {type(error).__name__}: {error}") from error


class UpstashPush:
    """Upstash Redis pub/sub over REST: ``PUBLISH`` as one call, ``SUBSCRIBE`` as an SSE stream."""

    name = "upstash"

    def __init__(self, url: str, token: str, channel_name: str) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.channel = channel_name
        self._client: Any = None
        self._ssl: Any = None
        self._client_lock = threading.Lock()

    def _http(self) -> Any:
        """One kept-alive client per backend: a new one per publish costs a TLS context (~90 ms here)."""
        import httpx

        with self._client_lock:
            if self._client is None:
                self._client = httpx.Client(
                    timeout=PUBLISH_TIMEOUT_SECONDS, trust_env=False, verify=self._tls()
                )
            return self._client

    def _tls(self) -> Any:
        """The TLS context, made once (each stream's subscription reuses it)."""
        import httpx

        if self._ssl is None:
            self._ssl = httpx.create_ssl_context()
        return self._ssl

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def publish(self, payload: str) -> None:
        import httpx

        try:
            response = self._http().post(
                self.url, json=["PUBLISH", self.channel, payload], headers=self._headers()
            )
        except httpx.HTTPError as error:
            raise PushUnavailable(f"Upstash PUBLISH failed: {type(error).__name__}: {error}") from error
        if response.status_code != 200:
            raise PushUnavailable(f"Upstash PUBLISH answered {response.status_code}: {response.text[:200]}")

    @asynccontextmanager
    async def subscription(self) -> AsyncIterator[Inbox]:
        import anyio
        import httpx

        timeout = httpx.Timeout(SUBSCRIBE_TIMEOUT_SECONDS, read=None)  # a quiet channel sends nothing
        headers = {**self._headers(), "Accept": "text/event-stream", "Cache-Control": "no-cache"}
        url = f"{self.url}/subscribe/{quote(self.channel, safe=':')}"
        try:
            async with (
                httpx.AsyncClient(timeout=timeout, trust_env=False, verify=self._tls()) as client,
                client.stream("POST", url, headers=headers, content=b"[]") as response,
            ):
                if response.status_code != 200:
                    body = (await response.aread())[:200]
                    raise PushUnavailable(f"Upstash SUBSCRIBE answered {response.status_code}: {body!r}")
                lines = response.aiter_lines()
                with anyio.fail_after(SUBSCRIBE_TIMEOUT_SECONDS):
                    while True:  # nothing counts as subscribed until Upstash says so
                        if _data(await anext(lines))[0] == "subscribe":
                            break
                yield _SseInbox(lines, self.channel)
        except (httpx.HTTPError, StopAsyncIteration, TimeoutError) as error:
            raise PushUnavailable(f"Upstash SUBSCRIBE failed: {type(error).__name__}: {error}") from error


def _data(line: str) -> tuple[str, str, str]:
    """``data: message,<channel>,<payload>`` → (``message``, channel, payload); other lines → empty."""
    if not line.startswith("data:"):
        return "", "", ""
    kind, _, rest = line[5:].lstrip().partition(",")
    name, _, payload = rest.partition(",")
    return kind, name, payload


_lock = threading.Lock()
_memory = MemoryPush()
_cached: tuple[tuple[Any, ...], PushBackend | None] | None = None


def _mode() -> str:
    mode = os.environ.get("HEYFOLIO_PUSH", "auto").strip().lower() or "auto"
    if mode not in ("auto", "upstash", "memory", "off"):
        raise ValueError(f"HEYFOLIO_PUSH must be auto, upstash, memory or off, got {mode!r}")
    return mode


def push_backend() -> PushBackend | None:
    """The process's push backend, or ``None`` (streams then rely on the slow poll alone)."""
    global _cached
    settings = get_settings()
    mode = _mode()
    key = (mode, settings.env, settings.upstash_url, settings.upstash_token, settings.upstash_secret)
    with _lock:
        if _cached is not None and _cached[0] == key:
            return _cached[1]
    try:
        chosen = _choose(mode, settings)
    except _Unreadable as error:  # not remembered: the next stream or publish tries the secret again
        log.error("change push off for now: Upstash credentials unreadable (%s)", error)
        return None
    with _lock:
        _cached = (key, chosen)
    return chosen


class _Unreadable(RuntimeError):
    """The Upstash secret could not be read (a transient failure is retried on the next use)."""


def _choose(mode: str, settings: Settings) -> PushBackend | None:
    if mode == "off":
        return None
    if mode == "memory":
        return _memory
    configured = bool((settings.upstash_url and settings.upstash_token) or settings.upstash_secret)
    if mode == "upstash" or configured:
        try:
            creds = upstash_credentials(settings)
        except Exception as error:  # a missing or unreadable secret: no push, the poll still delivers
            raise _Unreadable(f"{type(error).__name__}: {error}") from error
        if creds is None:
            log.error("HEYFOLIO_PUSH=upstash but no Upstash credentials are configured: streams will poll")
            return None
        return UpstashPush(creds.url, creds.token, channel(settings))
    if settings.env == "aws":
        log.warning(
            "no Upstash configured: change streams poll the table every %s s", fallback_poll_seconds()
        )
        return None
    return _memory


def publish_message(payload: str, ident: str = "") -> bool:
    """Push one message (an event already written) to open streams; ``False`` (logged) if it was not."""
    try:
        backend = push_backend()
        if backend is None:
            return False
        backend.publish(payload)
        return True
    except Exception as error:  # the write landed: a lost push is caught up by the slow poll
        log.warning("change %s not pushed (%s: %s)", ident, type(error).__name__, error)
        return False


@asynccontextmanager
async def subscription(backend: PushBackend) -> AsyncIterator[Inbox]:
    """The messages pushed on ``backend`` from now on (subscribed before the block is entered).

    ``PushUnavailable`` when it cannot subscribe (or, from ``receive()``, when the subscription drops).
    """
    async with backend.subscription() as inbox:
        _count(1)
        try:
            yield inbox
        finally:
            _count(-1)


def reset() -> None:
    """Forget the chosen backend (tests; after the settings change)."""
    global _cached
    with _lock:
        _cached = None
