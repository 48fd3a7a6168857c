"""The whole local stack over real HTTP (dev app + moto with the flows executing) and a raw MCP client.

``McpWire`` speaks the 2026-07-28 wire by hand - headers, ``_meta`` envelope, the Tasks
extension's methods - because no SDK client implements the extension; the subscription tests
reuse the stack.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx

from mcp_handlers.tasks import EXTENSION

VERSION = "2026-07-28"
TASKS_CAPS: dict[str, Any] = {"elicitation": {"form": {}}, "extensions": {EXTENSION: {}}}
PLAIN_CAPS: dict[str, Any] = {"elicitation": {"form": {}}}
_ids = itertools.count(1)


@contextmanager
def live_stack(*, timings: Mapping[str, int] | None = None) -> Iterator[str]:
    """Flows (queues, topic, state machines, queue poller) in the current moto; the dev app on loopback."""
    from heyfolio.config import get_settings
    from heyfolio.dev.local_flows import start_local_flows
    from heyfolio.dev.server import build_app
    from tests.support.live_server import serve

    flows = start_local_flows(timings={"WorkerTaskTimeoutSeconds": 30, **(timings or {})})
    try:
        with serve(build_app(get_settings())) as base:
            yield base
    finally:
        flows.stop()


class McpWire:
    """One MCP client identity (a bearer token or none) and the capabilities it declares."""

    def __init__(self, base: str, *, token: str | None = None, caps: Mapping[str, Any] = TASKS_CAPS) -> None:
        self.url = f"{base}/mcp"
        self.token = token
        self.caps = dict(caps)
        # A ceiling against a hung server, not a speed check: a loaded two-core CI machine has taken
        # over 30 s to answer one request while the emulated stack ran a flow's steps.
        self.http = httpx.Client(timeout=120)

    def post(self, method: str, params: Mapping[str, Any], *, name: str | None = None) -> httpx.Response:
        body = {
            "jsonrpc": "2.0",
            "id": next(_ids),
            "method": method,
            "params": {
                **params,
                "_meta": {
                    "io.modelcontextprotocol/protocolVersion": VERSION,
                    "io.modelcontextprotocol/clientCapabilities": self.caps,
                },
            },
        }
        headers = {
            "content-type": "application/json",
            "accept": "application/json, text/event-stream",
            "mcp-protocol-version": VERSION,
            "mcp-method": method,
        }
        if name is not None:
            headers["mcp-name"] = name
        if self.token:
            headers["authorization"] = f"Bearer {self.token}"
        return self.http.post(self.url, content=json.dumps(body), headers=headers)

    def result(self, method: str, params: Mapping[str, Any], *, name: str | None = None) -> dict[str, Any]:
        response = self.post(method, params, name=name)
        payload = response.json()
        assert response.status_code == 200 and "result" in payload, (
            f"{method}: {response.status_code} {payload}"
        )
        result: dict[str, Any] = payload["result"]
        return result

    def error(
        self, method: str, params: Mapping[str, Any], *, name: str | None = None
    ) -> tuple[int, dict[str, Any]]:
        response = self.post(method, params, name=name)
        payload = response.json()
        assert "error" in payload, f"{method}: expected an error, got {payload}"
        return response.status_code, payload["error"]

    def call_tool(self, tool: str, arguments: Mapping[str, Any], **extra: Any) -> dict[str, Any]:
        return self.result("tools/call", {"name": tool, "arguments": dict(arguments), **extra}, name=tool)

    def task(self, method: str, task_id: str, **extra: Any) -> dict[str, Any]:
        return self.result(method, {"taskId": task_id, **extra}, name=task_id)

    def contact(
        self, name: str = "Ada Lovelace", message: str = "Could we talk about a role?"
    ) -> dict[str, Any]:
        """``contact_owner`` through its elicitation form, accepted: the final round's result."""
        first = self.call_tool("contact_owner", {"message": message})
        assert first["resultType"] == "input_required", first
        answer = {
            "action": "accept",
            "content": {"name": name, "email": "ada@example.com", "message": message, "consent": True},
        }
        return self.call_tool(
            "contact_owner",
            {"message": message},
            inputResponses={"contact": answer},
            requestState=first["requestState"],
        )

    def close(self) -> None:
        self.http.close()
