"""Change events pushed to open streams (heyfolio.changes.push) through the real subscriptions app.

The Upstash backend runs for real: the function's own REST code against the Upstash REST shim in
front of a real ``redis-server`` (``PUBLISH`` and the SSE ``/subscribe`` endpoint). The streams
read the change table only every ``fallback_poll`` seconds; where that is set far beyond the
test's length, an event that arrives can only have been pushed.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.mcp_subscriptions.test_listen import LISTEN_HEADERS, RawStream, listen_body
from tests.support.live_server import free_port

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


def _serve(limits: Any) -> Any:
    from mcp_handlers.subscriptions.asgi import SubscriptionsApp
    from tests.support.live_server import serve

    return serve(SubscriptionsApp(limits=limits))


def _until(check: Any, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return bool(check())


def _changes(feed: RawStream) -> list[dict[str, Any]]:
    return [m for m in feed.messages() if m.get("uri")]


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
        sock = socket.create_connection((url.hostname, url.port), timeout=10)
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
        feed = RawStream(f"{base}/api/changes", headers={"accept": "text/event-stream"})
        try:
            assert _until(lambda: any(line.startswith("event: ready") for line in feed.lines))
            published = [publish_change(uri, summary=f"change {i}") for i, uri in enumerate(uris)]
            assert _until(lambda: len(_changes(feed)) >= len(uris))
            time.sleep(0.3)  # several more table reads: a late duplicate would show up here
            got = _changes(feed)
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
            feed = RawStream(f"{base}/api/changes", headers={"accept": "text/event-stream"})
            try:
                assert _until(lambda: any(line.startswith("event: ready") for line in feed.lines))
                event = publish_change("portfolio://profile", summary="new headline")
                assert _until(lambda: len(_changes(feed)) == 1)
                assert _changes(feed)[0]["id"] == event.event_id
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
