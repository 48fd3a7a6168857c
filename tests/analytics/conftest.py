"""Fixtures for the owner's analytics: the dev server in process over moto, and MCP/chat helpers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

META = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientCapabilities": {"elicitation": {"form": {}}},
    "io.modelcontextprotocol/clientInfo": {"name": "analytics-test-client", "version": "1.0"},
}


@pytest.fixture
def dev_site(local_stack: None, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """``heyfolio dev``'s app (build_app) on a loopback port, with its own data folder."""
    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app
    from tests.support.live_server import serve

    with serve(build_app(get_settings())) as url:
        yield url


def mcp(
    site: str,
    method: str,
    params: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One 2026-07-28 JSON-RPC request to ``/mcp``; the decoded JSON body."""
    params = {"_meta": meta or META, **(params or {})}
    headers = {
        "content-type": "application/json",
        "accept": "application/json, text/event-stream",
        "mcp-protocol-version": "2026-07-28",
        "mcp-method": method,
    }
    name = params.get("name") or params.get("uri")
    if name:
        headers["mcp-name"] = str(name)
    if token:
        headers["authorization"] = f"Bearer {token}"
    body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
    response = httpx.post(f"{site}/mcp", content=json.dumps(body), headers=headers, timeout=30)
    decoded: dict[str, Any] = response.json()
    return decoded


def owner_get(site: str, path: str) -> Any:
    from heyfolio.security.tokens import mint_token

    response = httpx.get(
        f"{site}{path}", headers={"authorization": f"Bearer {mint_token('owner')}"}, timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


def chat(site: str, message: str, session_id: str | None = None) -> str:
    """One chat turn through ``POST /api/chat``; returns the session id."""
    payload: dict[str, Any] = {"message": message}
    if session_id:
        payload["session_id"] = session_id
    response = httpx.post(f"{site}/api/chat", json=payload, timeout=60)
    assert response.status_code == 200, response.text
    for line in response.text.splitlines():
        if line.startswith("data:") and '"session_id"' in line:
            return str(json.loads(line[5:])["session_id"])
    raise AssertionError(f"no session event in {response.text[:300]}")
