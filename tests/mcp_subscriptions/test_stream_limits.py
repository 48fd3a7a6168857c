"""A listen stream's own end: keepalive comments while quiet, then the graceful close at its maximum duration."""

from __future__ import annotations

import json

import anyio
import httpx
import pytest

from tests.mcp_subscriptions.test_listen import LISTEN_HEADERS, listen_body


class FakeClock:
    """The stream's clock, advanced only by the stream's own sleeps: time passes as the code says,
    not as a loaded machine schedules it (the test once counted keepalives per wall-clock second)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps = 0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.sleeps += 1
        await _real_sleep(0)  # still yield to the event loop, as a real sleep would


_real_sleep = anyio.sleep


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.mark.usefixtures("local_stack")
def test_quiet_stream_keeps_alive_then_closes_gracefully(fake_clock: FakeClock) -> None:
    from mcp_handlers.subscriptions.asgi import SubscriptionsApp
    from mcp_handlers.subscriptions.stream import KEEPALIVE, StreamLimits
    from tests.support.live_server import serve

    # The clock rides on this stream's limits: a stream another test left running in this process
    # keeps its own clock and cannot advance this one (it once did, through a patched module).
    limits = StreamLimits(
        keepalive=0.2,
        max_seconds=1.0,
        poll_interval=0.05,
        monotonic=fake_clock.monotonic,
        sleep=fake_clock.sleep,
    )
    app = SubscriptionsApp(limits=limits)
    with serve(app) as base:
        body = json.dumps(listen_body("s-1", {"resourceSubscriptions": ["portfolio://faq"]}))
        response = httpx.post(f"{base}/mcp/subscriptions", content=body, headers=LISTEN_HEADERS, timeout=60)
    assert response.status_code == 200
    # One second of stream time, polled every 0.05 s: ~20 sleeps, a keepalive every 0.2 s of quiet.
    assert 19 <= fake_clock.sleeps <= 21
    frames = [f for f in response.text.replace("\r\n", "\n").split("\n\n") if f.strip()]
    kinds = ["keepalive" if f.strip() == KEEPALIVE.decode().strip() else "message" for f in frames]
    # Order, not rate: the acknowledgement, then only keepalives while nothing changes, then the close.
    assert kinds[0] == "message" and kinds[-1] == "message"
    assert set(kinds[1:-1]) == {"keepalive"} and 4 <= len(kinds[1:-1]) <= 5, kinds
    text = response.text
    messages = [json.loads(line[6:]) for line in text.splitlines() if line.startswith("data: ")]
    assert [m.get("method") for m in messages] == ["notifications/subscriptions/acknowledged", None]
    closing = messages[-1]
    assert closing["id"] == "s-1" and closing["result"]["resultType"] == "complete"
    assert closing["result"]["_meta"] == {"io.modelcontextprotocol/subscriptionId": "s-1"}
