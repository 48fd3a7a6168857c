"""MCP Apps over /mcp, both eras: the ui:// view is served with its CSP, linked tools carry
``_meta.ui`` only when a 2026-07-28 client declares the extension, and every tool keeps its
text and structured result for clients without it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mcp_handlers import apps
from mcp_handlers.catalog import TOOL_NAMES

LINKED = {"get_profile", "get_project", "match_role"}
UI_CAPS = {"extensions": {apps.EXTENSION: {"mimeTypes": [apps.MIME_TYPE]}}}


def _headers(method: str, name: str | None = None, version: str = "2026-07-28") -> list[tuple[str, str]]:
    out = {
        "host": "127.0.0.1:8000",
        "content-type": "application/json",
        "accept": "application/json, text/event-stream",
        "mcp-protocol-version": version,
        "mcp-method": method,
    }
    if name is not None:
        out["mcp-name"] = name
    return list(out.items())


def modern(
    server: Any, method: str, params: dict[str, Any] | None = None, caps: Any = None
) -> dict[str, Any]:
    meta = {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientCapabilities": caps if caps is not None else {},
    }
    params = dict(params or {})
    name = params.get("name") or params.get("uri")
    payload = {"jsonrpc": "2.0", "id": 3, "method": method, "params": {**params, "_meta": meta}}
    response = server.handle("POST", _headers(method, name), json.dumps(payload).encode())
    assert response.status == 200, response.body
    return dict(json.loads(response.body)["result"])


def legacy(server: Any, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = {"jsonrpc": "2.0", "id": 4, "method": method}
    if params is not None:
        payload["params"] = params
    response = server.handle("POST", _headers(method, version="2025-11-25"), json.dumps(payload).encode())
    assert response.status == 200, response.body
    return dict(json.loads(response.body)["result"])


def _ui_meta(tools: list[dict[str, Any]]) -> dict[str, Any]:
    return {t["name"]: (t.get("_meta") or {}).get("ui") for t in tools}


def test_tools_link_the_view_only_for_clients_that_declare_the_extension(server: Any) -> None:
    with_ui = _ui_meta(modern(server, "tools/list", caps=UI_CAPS)["tools"])
    assert {n for n, ui in with_ui.items() if ui} == LINKED
    for name in LINKED:
        assert with_ui[name] == {"resourceUri": apps.VIEW_URI, "visibility": ["model", "app"]}
    # Without the extension (or with it but without the HTML profile) the list carries no UI at all,
    # and the cached static list of one variant never leaks into the other.
    for caps in ({}, {"extensions": {apps.EXTENSION: {"mimeTypes": ["text/uri-list"]}}}):
        plain = modern(server, "tools/list", caps=caps)["tools"]
        assert all("_meta" not in t for t in plain), caps
        assert [t["name"] for t in plain] == list(TOOL_NAMES)
    assert _ui_meta(modern(server, "tools/list", caps=UI_CAPS)["tools"])["get_profile"]
    # The legacy wire is stateless (initialize's capabilities never reach tools/list): linked there.
    assert {n for n, ui in _ui_meta(legacy(server, "tools/list")["tools"]).items() if ui} == LINKED


def test_the_view_is_listed_for_ui_clients_and_read_with_its_csp_in_both_eras(server: Any) -> None:
    listed = [
        r for r in modern(server, "resources/list", caps=UI_CAPS)["resources"] if r["uri"].startswith("ui://")
    ]
    assert [(r["uri"], r["mimeType"]) for r in listed] == [(apps.VIEW_URI, "text/html;profile=mcp-app")]
    assert listed[0]["_meta"]["ui"]["csp"]["connectDomains"] == []
    assert not [r for r in modern(server, "resources/list")["resources"] if r["uri"].startswith("ui://")]

    for read in (
        modern(server, "resources/read", {"uri": apps.VIEW_URI}),
        legacy(server, "resources/read", {"uri": apps.VIEW_URI}),
    ):
        (content,) = read["contents"]
        assert content["uri"] == apps.VIEW_URI and content["mimeType"] == "text/html;profile=mcp-app"
        csp = content["_meta"]["ui"]["csp"]
        assert csp == {"connectDomains": [], "resourceDomains": [], "frameDomains": [], "baseUriDomains": []}
        html = content["text"]
        assert html.lstrip().lower().startswith("<!doctype html>")
        # Self-contained: no remote script, stylesheet, image or font, no eval-like code.
        lowered = html.lower()
        for forbidden in ("<script src", "<link", "@import", "url(http", "<img", "eval(", "new function("):
            assert forbidden not in lowered, forbidden
        assert "ui/initialize" in html and "ui/notifications/tool-result" in html


def test_an_unknown_ui_uri_is_sep_2164_not_found(server: Any) -> None:
    meta = {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientCapabilities": {},
    }
    uri = "ui://heyfolio/nope"
    payload = {"jsonrpc": "2.0", "id": 5, "method": "resources/read", "params": {"uri": uri, "_meta": meta}}
    response = server.handle("POST", _headers("resources/read", uri), json.dumps(payload).encode())
    error = json.loads(response.body)["error"]
    assert error["code"] == -32602 and error["data"] == {"uri": uri}


@pytest.mark.parametrize("caps", [{}, UI_CAPS])
def test_linked_tools_keep_text_and_structured_results(server: Any, caps: dict[str, Any]) -> None:
    calls = {
        "get_profile": {},
        "get_project": {"slug": "shoal"},
        "match_role": {"job": "- Rust and systems programming\n- Underwater basket weaving"},
    }
    for name, arguments in calls.items():
        result = modern(server, "tools/call", {"name": name, "arguments": arguments}, caps=caps)
        assert result["isError"] is False
        assert result["content"][0]["type"] == "text" and result["content"][0]["text"].strip()
        assert result["structuredContent"]
    legacy_result = legacy(server, "tools/call", {"name": "get_project", "arguments": {"slug": "shoal"}})
    assert legacy_result["structuredContent"]["project"]["slug"] == "shoal"
