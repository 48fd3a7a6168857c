"""Change events pushed to open streams (heyfolio.changes.push) through the real subscriptions app.

The Upstash backend runs for real: the function's own REST code against the Upstash REST shim in
front of a real ``redis-server`` (``PUBLISH`` and the SSE ``/subscribe`` endpoint). The streams
read the change table only every ``fallback_poll`` seconds; where that is set far beyond the
test's length, an event that arrives can only have been pushed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.mcp_subscriptions.test_listen import LISTEN_HEADERS, listen_body
from tests.support.live_server import free_port
from tests.support.waiting import PATIENCE

NEVER = 300.0  # a fallback poll that never comes within a test


@pytest.fixture
def upstash(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Push through Upstash's REST API (the shim) to a real redis-server."""
    from heyfolio.changes import push
    from heyfolio.config import get_settings
    from tests.support.redis_server import redis_server
    from tests.support.upstash_rest_shim import upstash_shim

    with redis_server() as server, upstash_shim(server.url) as shim:
        monkeypatch.setenv("HEYFOLIO_PUSH", "upstash")
        monkeypatch.setenv("UPSTASH_REDIS_REST_URL", shim.url)
        monkeypatch.setenv("UPSTASH_REDIS_REST_TOKEN", shim.token)
        get_settings.cache_clear()
        push.reset()
        yield shim
    push.reset()


@contextlib.contextmanager
def _serve(limits: Any) -> Iterator[str]:
    """The subscriptions app on loopback; on the way out, every stream it opened and every
    subscription it held is gone (nothing left running after the clients disconnected)."""
    from heyfolio.changes import push
    from mcp_handlers.subscriptions.asgi import SubscriptionsApp
    from mcp_handlers.subscriptions.stream import open_streams
    from tests.support.live_server import serve

    streams, subscriptions = open_streams(), push.open_subscriptions()
    with serve(SubscriptionsApp(limits=limits)) as base:
        yield base
        assert _until(lambda: open_streams() == streams), "a stream outlived its client"
        assert _until(lambda: push.open_subscriptions() == subscriptions), (
            "a subscription outlived its stream"
        )


def _until(check: Any, timeout: float = PATIENCE) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return bool(check())


class SocketFeed:
    """The browser feed read off a raw socket in a thread; ``close()`` is a disconnect the server sees."""

    def __init__(self, base: str) -> None:
        import socket
        import threading
        from urllib.parse import urlsplit

        url = urlsplit(base)
        self.sock = socket.create_connection((url.hostname, url.port), timeout=30)
        request = f"GET /api/changes HTTP/1.1\r\nhost: {url.netloc}\r\naccept: text/event-stream\r\n\r\n"
        self.sock.sendall(request.encode())
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        buffer = b""
        try:
            while chunk := self.sock.recv(65536):
                buffer += chunk
                *done, buffer = buffer.split(b"\n")
                self.lines += [line.decode().rstrip("\r") for line in done]
        except OSError:
            pass

    def ready(self) -> bool:
        return any(line.startswith("event: ready") for line in self.lines)

    def changes(self) -> list[dict[str, Any]]:
        data = [json.loads(line[6:]) for line in list(self.lines) if line.startswith("data: ")]
        return [d for d in data if d.get("uri")]

    def close(self) -> None:
        import socket

        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self._thread.join(timeout=5)


def test_a_change_is_pushed_to_a_listen_stream_and_disconnect_closes_the_subscription(upstash: Any) -> None:
    import socket
    from urllib.parse import urlsplit

    from heyfolio.changes import publish_change, push
    from mcp_handlers.subscriptions.stream import StreamLimits, open_streams

    before_streams, before_subs = open_streams(), push.open_subscriptions()
    notifications = {"resourceSubscriptions": ["portfolio://faq"], "resourcesListChanged": True}
    body = json.dumps(listen_body("push-1", notifications)).encode()
    with _serve(StreamLimits(fallback_poll=NEVER)) as base:
        url = urlsplit(base)
        head = "".join(f"{k}: {v}\r\n" for k, v in {**LISTEN_HEADERS, "host": url.netloc}.items())
        # A raw socket: closing it is a disconnect the server sees at once (as a client that goes away).
        sock = socket.create_connection((url.hostname, url.port), timeout=60)
        try:
            sock.sendall(
                f"POST /mcp/subscriptions HTTP/1.1\r\n{head}content-length: {len(body)}\r\n\r\n".encode()
                + body
            )
            seen = b""
            while b"acknowledged" not in seen:
                seen += sock.recv(4096)
            # Subscribed before acknowledging: the shim holds this stream's subscription now.
            assert upstash.subscribers == 1 and push.open_subscriptions() == before_subs + 1
            publish_change("portfolio://faq", summary="two questions added")
            publish_change("portfolio://projects", "list_changed")
            while seen.count(b"event: message") < 3:
                seen += sock.recv(4096)
        finally:
            sock.close()  # the client goes away mid-stream
        messages = [json.loads(line[6:]) for line in seen.decode().splitlines() if line.startswith("data: ")]
        assert [m["method"] for m in messages] == [
            "notifications/subscriptions/acknowledged",
            "notifications/resources/updated",
            "notifications/resources/list_changed",
        ]
        assert messages[1]["params"]["uri"] == "portfolio://faq"
        assert messages[1]["params"]["_meta"]["io.heyfolio/change"]["summary"] == "two questions added"
        # The client left: its stream, its subscription and the Upstash connection all end.
        assert _until(lambda: open_streams() == before_streams)
        assert _until(lambda: push.open_subscriptions() == before_subs)
        assert _until(lambda: upstash.subscribers == 0)


def test_pushed_and_polled_copies_are_delivered_once_in_order(upstash: Any) -> None:
    from heyfolio.changes import publish_change
    from mcp_handlers.subscriptions.stream import StreamLimits

    uris = [f"portfolio://projects/p{i}" for i in range(6)]
    # The table is read every 50 ms as well, so most events reach the stream by both paths.
    with _serve(StreamLimits(fallback_poll=0.05, poll_interval=0.05)) as base:
        feed = SocketFeed(base)
        try:
            assert _until(feed.ready)
            published = [publish_change(uri, summary=f"change {i}") for i, uri in enumerate(uris)]
            assert _until(lambda: len(feed.changes()) >= len(uris))
            time.sleep(0.3)  # several more table reads: a late duplicate would show up here
            got = feed.changes()
            assert [c["uri"] for c in got] == uris
            assert [c["id"] for c in got] == [e.event_id for e in published]
        finally:
            feed.close()


def test_streams_live_on_the_slow_poll_when_pubsub_is_unreachable(
    local_stack: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from heyfolio.changes import publish_change, push
    from heyfolio.config import get_settings
    from mcp_handlers.subscriptions.stream import StreamLimits

    monkeypatch.setenv("HEYFOLIO_PUSH", "upstash")
    monkeypatch.setenv("UPSTASH_REDIS_REST_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens
    monkeypatch.setenv("UPSTASH_REDIS_REST_TOKEN", "unused")
    get_settings.cache_clear()
    push.reset()
    caplog.set_level(logging.INFO)
    try:
        with _serve(StreamLimits(fallback_poll=0.3)) as base:
            feed = SocketFeed(base)
            try:
                assert _until(feed.ready)
                event = publish_change("portfolio://profile", summary="new headline")
                assert _until(lambda: len(feed.changes()) == 1)
                assert feed.changes()[0]["id"] == event.event_id
            finally:
                feed.close()
    finally:
        push.reset()
    text = caplog.text
    assert "change push (upstash) unavailable" in text and "reads the change table every 0.3 s" in text
    assert f"change {event.event_id} not pushed" in text


def test_record_delivered_drops_what_the_cursor_has_seen(local_stack: None) -> None:
    from heyfolio.changes import changes_since, latest_cursor, publish_change, record_delivered

    cursor = latest_cursor()
    first = publish_change("portfolio://faq")
    second = publish_change("portfolio://profile")
    fresh, cursor = record_delivered(cursor, [first, first, second])
    assert fresh == [first, second]
    assert record_delivered(cursor, [second])[0] == []
    # The table read after them (the safety net) skips what the push delivered.
    assert changes_since(cursor)[0] == []
    with pytest.raises(ValueError, match="invalid change cursor"):
        record_delivered("not-a-cursor", [first])


def test_a_push_wakes_an_idle_stream_at_once(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """In process (``make dev``): the stream's tick is 30 s and the table is never read again, so a
    change heard within the wait can only have woken the stream by push."""
    from heyfolio.changes import publish_change, push
    from heyfolio.config import get_settings
    from mcp_handlers.subscriptions.stream import StreamLimits

    monkeypatch.setenv("HEYFOLIO_PUSH", "memory")
    get_settings.cache_clear()
    push.reset()
    with _serve(StreamLimits(poll_interval=30.0, keepalive=60.0, fallback_poll=NEVER)) as base:
        feed = SocketFeed(base)
        try:
            assert _until(feed.ready)
            event = publish_change("portfolio://projects", "list_changed")
            assert _until(lambda: len(feed.changes()) == 1, timeout=10.0)
            assert feed.changes()[0]["id"] == event.event_id
        finally:
            feed.close()
    push.reset()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, 20.0),
        ({"HEYFOLIO_PUSH_FALLBACK_SECONDS": "15"}, 15.0),
        ({"HEYFOLIO_PUSH_FALLBACK_SECONDS": "soon"}, 20.0),
    ],
)
def test_fallback_poll_setting(
    env: dict[str, str], expected: float, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from heyfolio.changes.push import fallback_poll_seconds

    monkeypatch.delenv("HEYFOLIO_PUSH_FALLBACK_SECONDS", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert fallback_poll_seconds() == expected
    if env.get("HEYFOLIO_PUSH_FALLBACK_SECONDS") == "soon":
        assert "must be a number of seconds from 0.05 to 300, got 'soon'" in caplog.text
