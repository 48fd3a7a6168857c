"""contact_owner in the clients people use: the official SDK client (both eras, with and without the
Tasks extension), the MCP Inspector CLI, and Claude Desktop's path (``mcp-remote`` over stdio).

Every client gets a result, never an error: a form where it can show one (one lead per form,
however many retries), else the page's contact form as a link (nothing stored until the visitor
sends it there). The stack is the dev app on loopback with the approval flow executing in moto.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import time
from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
import pytest
from mcp.client.extension import advertise

from mcp_handlers.tasks import EXTENSION
from tests.mcp.conftest import sdk_client
from tests.mcp_tasks.support import TASKS_CAPS, McpWire
from tests.support.node_tools import install_once

ROOT = Path(__file__).resolve().parents[2]
FORM = {"name": "Grace Hopper", "email": "grace@example.com", "message": "A staff role?", "consent": True}
MCP_REMOTE_VERSION = "0.15.1"
MCP_REMOTE_DIR = ROOT / ".tools" / "mcp-remote"


def _leads() -> list[Any]:
    from heyfolio.storage import leads

    return [lead for status in leads.STATUSES for lead in leads.list_by_status(status)]  # type: ignore[arg-type]


async def _accept(context: Any, params: types.ElicitRequestParams) -> types.ElicitResult:
    return types.ElicitResult(action="accept", content=FORM)


@pytest.mark.parametrize("tasks", [False, True], ids=["plain", "tasks"])
def test_sdk_client_2026_07_28_stores_one_lead_with_or_without_tasks(base_url: str, tasks: bool) -> None:
    extensions = [advertise(EXTENSION)] if tasks else None

    async def scenario() -> Any:
        async with sdk_client(
            None, url=f"{base_url}/mcp", elicitation_callback=_accept, extensions=extensions
        ) as client:
            assert client.protocol_version == "2026-07-28"
            return await client.call_tool("contact_owner", {"message": "A staff role?"})

    result = anyio.run(scenario)
    assert not result.is_error, result.content
    assert result.structured_content["status"] == "sent" and result.structured_content["stored"] is True
    assert "Grace Hopper" in result.content[0].text
    [lead] = _leads()
    assert lead.lead_id == result.structured_content["leadId"]


@pytest.mark.parametrize("tasks", [False, True], ids=["plain", "tasks"])
def test_sdk_client_legacy_era_gets_the_page_form_and_stores_nothing(base_url: str, tasks: bool) -> None:
    extensions = [advertise(EXTENSION)] if tasks else None

    async def scenario() -> Any:
        async with sdk_client(
            None, url=f"{base_url}/mcp", mode="legacy", elicitation_callback=_accept, extensions=extensions
        ) as client:
            assert client.protocol_version == "2025-11-25"
            return await client.call_tool("contact_owner", {"message": "A staff role?"})

    result = anyio.run(scenario)
    assert not result.is_error, result.content
    assert result.structured_content["status"] == "form_link"
    assert result.structured_content["formUrl"].endswith("/?contact=1&message=A+staff+role%3F#contact")
    assert _leads() == []


def test_sdk_client_without_forms_gets_the_page_form(base_url: str) -> None:
    async def scenario() -> Any:
        async with sdk_client(None, url=f"{base_url}/mcp") as client:
            return await client.call_tool("contact_owner", {})

    result = anyio.run(scenario)
    assert not result.is_error and result.structured_content["status"] == "form_link"
    assert _leads() == []


def test_twenty_concurrent_retries_of_the_final_round_make_one_lead(base_url: str) -> None:
    """The same answered form sent 20 times at once (a client retrying a timed-out call)."""
    wire = McpWire(base_url, caps=TASKS_CAPS)
    first = wire.call_tool("contact_owner", {"message": "Hi"})
    answer = {"contact": {"action": "accept", "content": FORM}}

    results: list[dict[str, Any]] = []

    async def one() -> None:
        import httpx

        body = {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "tools/call",
            "params": {
                "name": "contact_owner",
                "arguments": {"message": "Hi"},
                "requestState": first["requestState"],
                "inputResponses": answer,
                "_meta": {
                    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                    "io.modelcontextprotocol/clientCapabilities": TASKS_CAPS,
                },
            },
        }
        headers = {
            "content-type": "application/json",
            "accept": "application/json, text/event-stream",
            "mcp-protocol-version": "2026-07-28",
            "mcp-method": "tools/call",
            "mcp-name": "contact_owner",
        }
        async with httpx.AsyncClient(timeout=60) as http:
            response = await http.post(f"{base_url}/mcp", content=json.dumps(body), headers=headers)
        results.append(response.json())

    async def all_at_once() -> None:
        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(one)

    anyio.run(all_at_once)
    assert all("result" in r for r in results), [r for r in results if "result" not in r][:1]
    lead_ids = {r["result"]["structuredContent"]["leadId"] for r in results}
    assert len(lead_ids) == 1 and len(_leads()) == 1
    assert sum(not r["result"]["structuredContent"]["duplicate"] for r in results) == 1


def test_inspector_cli_gets_a_result_not_an_error(inspector_config: Path) -> None:
    from tests.mcp.test_inspector_cli import inspect

    result = inspect(
        inspector_config, "--method", "tools/call", "--tool-name", "contact_owner", "--tool-arg", "message=Hello",
    )  # fmt: skip
    assert result["isError"] is False
    assert result["structuredContent"]["status"] in ("form_link", "form_opened")
    assert "/?contact=1&message=Hello#contact" in result["content"][0]["text"]


# -- Claude Desktop's path: mcp-remote (npm) over stdio, against the dev server on loopback -----------


def _mcp_remote() -> Path:
    """mcp-remote in .tools/mcp-remote (installed once per checkout, like the Inspector)."""
    return install_once("mcp-remote", "mcp-remote", MCP_REMOTE_VERSION, "mcp-remote")


class Stdio:
    """A stdio MCP client as Claude Desktop is: newline-delimited JSON-RPC to a child process."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        self.next_id = 0

    def request(self, method: str, params: dict[str, Any], timeout: float = 60) -> dict[str, Any]:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], 0.5)
            if not ready:
                if self.process.poll() is not None:
                    raise AssertionError(f"mcp-remote exited: {self.stderr()}")
                continue
            line = self.process.stdout.readline()
            if not line.strip():
                continue
            message = json.loads(line)
            if message.get("id") == self.next_id and ("result" in message or "error" in message):
                return message  # type: ignore[no-any-return]
        raise AssertionError(f"no answer to {method}: {self.stderr()}")

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(message) + "\n").encode())
        self.process.stdin.flush()

    def stderr(self) -> str:
        if self.process.poll() is None:
            return "(running)"
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")[-2000:]

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def test_claude_desktop_through_mcp_remote_gets_the_page_form(base_url: str, tmp_path: Path) -> None:
    binary = _mcp_remote()
    node_bin = ROOT / ".tools" / "node_modules" / ".bin"
    path = (
        f"{node_bin}:{os.environ.get('PATH', '/usr/bin:/bin')}" if node_bin.exists() else os.environ["PATH"]
    )
    env = {"PATH": path, "HOME": str(tmp_path), "MCP_REMOTE_CONFIG_DIR": str(tmp_path / "mcp-auth")}
    # The README's Claude Desktop config: {"command": "npx", "args": ["-y", "mcp-remote", "<url>/mcp"]}.
    client = Stdio([str(binary), f"{base_url}/mcp", "--transport", "http-only"], env)
    try:
        init = client.request(
            "initialize",
            {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "claude-ai", "version": "0.1.0"},
            },
        )
        assert "result" in init, init
        client.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        tools = client.request("tools/list", {})["result"]["tools"]
        assert "contact_owner" in [t["name"] for t in tools]
        called = client.request(
            "tools/call", {"name": "contact_owner", "arguments": {"message": "Hi from Claude"}}
        )
        result = called["result"]
        assert result.get("isError") is not True, result
        text = result["content"][0]["text"]
        assert "/?contact=1&message=Hi+from+Claude#contact" in text
        searched = client.request("tools/call", {"name": "search_portfolio", "arguments": {"query": "Rust"}})
        assert searched["result"].get("isError") is not True
    finally:
        client.close()
    assert _leads() == []


def test_the_chat_visitor_token_is_accepted_on_mcp_and_owns_the_lead(base_url: str) -> None:
    """The token the chat hands a visitor works where MCP leads are made: the lead is theirs (export, erase)."""
    from heyfolio.security.visitor import mint_visitor_session

    token = mint_visitor_session("chat-visitor-0001")
    wire = McpWire(base_url, token=token, caps={"elicitation": {"form": {}}})
    final = wire.contact(name="Grace Hopper")
    assert final["structuredContent"]["status"] == "sent"
    [lead] = _leads()
    assert lead.visitor_id == "chat-visitor-0001"
    status, error = wire.error("tools/call", {"name": "list_leads", "arguments": {}}, name="list_leads")
    assert status == 403 and "scope" in error["message"]
    from heyfolio.privacy.export import export_visitor

    assert [x["lead_id"] for x in export_visitor("chat-visitor-0001")["leads"]] == [lead.lead_id]
