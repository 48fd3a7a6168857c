"""A listen stream's own end: keepalive comments while quiet, then the graceful close at its maximum duration."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.mcp_subscriptions.test_listen import LISTEN_HEADERS, listen_body


@pytest.mark.usefixtures("local_stack")
def test_quiet_stream_keeps_alive_then_closes_gracefully() -> None:
    from mcp_handlers.subscriptions.asgi import SubscriptionsApp
    from mcp_handlers.subscriptions.stream import StreamLimits
    from tests.support.live_server import serve

    app = SubscriptionsApp(limits=StreamLimits(keepalive=0.2, max_seconds=1.0, poll_interval=0.05))
    with serve(app) as base:
        body = json.dumps(listen_body("s-1", {"resourceSubscriptions": ["portfolio://faq"]}))
        response = httpx.post(f"{base}/mcp/subscriptions", content=body, headers=LISTEN_HEADERS, timeout=10)
    assert response.status_code == 200
    text = response.text
    assert text.count(": keepalive") >= 3
    messages = [json.loads(line[6:]) for line in text.splitlines() if line.startswith("data: ")]
    assert [m.get("method") for m in messages] == ["notifications/subscriptions/acknowledged", None]
    closing = messages[-1]
    assert closing["id"] == "s-1" and closing["result"]["resultType"] == "complete"
    assert closing["result"]["_meta"] == {"io.modelcontextprotocol/subscriptionId": "s-1"}
