"""A minimal MCP Apps host for the browser tests: a page that embeds the view in a sandboxed
iframe, answers its ``ui/initialize``, posts the tool input and result, grants ``ui/open-link``
(recording the URL) and proxies the view's ``tools/call`` / ``resources/read`` to the real
MCP endpoint (``server.handle``) as a 2026-07-28 client that declares the extension.

The view is served with the Content-Security-Policy the spec tells hosts to build from the
resource's ``_meta.ui.csp``, so the test also proves the view works under its own policy.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from mcp_handlers import apps

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def csp_header(csp: Mapping[str, list[str]] | None) -> str:
    """The policy of the spec's "CSP Construction from Metadata" (SEP-1865, Security Implications)."""
    csp = csp or {}

    def extra(key: str) -> str:
        return " ".join(csp.get(key) or [])

    return "; ".join(
        [
            "default-src 'none'",
            f"script-src 'self' 'unsafe-inline' {extra('resourceDomains')}".strip(),
            f"style-src 'self' 'unsafe-inline' {extra('resourceDomains')}".strip(),
            f"connect-src 'self' {extra('connectDomains')}".strip(),
            f"img-src 'self' data: {extra('resourceDomains')}".strip(),
            f"font-src 'self' {extra('resourceDomains')}".strip(),
            f"media-src 'self' data: {extra('resourceDomains')}".strip(),
            f"frame-src {extra('frameDomains') or chr(39) + 'none' + chr(39)}",
            "object-src 'none'",
            f"base-uri {extra('baseUriDomains') or chr(39) + 'self' + chr(39)}",
        ]
    )


HOST_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>test host</title></head>
<body>
<iframe id="view" sandbox="allow-scripts" src="/view" style="width:720px;height:600px;border:0"></iframe>
<script id="case" type="application/json">__CASE__</script>
<script>
"use strict";
const testCase = JSON.parse(document.getElementById("case").textContent);
window.received = [];
window.opened = [];
window.sizes = [];
window.proxied = [];
const frame = document.getElementById("view");
function send(message) { frame.contentWindow.postMessage(message, "*"); }
window.addEventListener("message", async (event) => {
  if (event.source !== frame.contentWindow) return;
  const m = event.data;
  window.received.push(m);
  if (m.method === "ui/initialize") {
    send({ jsonrpc: "2.0", id: m.id, result: {
      protocolVersion: "2026-01-26",
      hostInfo: { name: "heyfolio-test-host", version: "1.0.0" },
      hostCapabilities: { openLinks: {}, serverTools: {}, serverResources: {} },
      hostContext: { theme: "dark", displayMode: "inline",
        styles: { variables: { "--color-text-primary": "rgb(1, 2, 3)" } } } } });
  } else if (m.method === "ui/notifications/initialized") {
    window.initialized = true;
    send({ jsonrpc: "2.0", method: "ui/notifications/tool-input", params: { arguments: testCase.arguments } });
    send({ jsonrpc: "2.0", method: "ui/notifications/tool-result", params: testCase.result });
  } else if (m.method === "ui/open-link") {
    window.opened.push(m.params.url);
    send({ jsonrpc: "2.0", id: m.id, result: {} });
  } else if (m.method === "ui/notifications/size-changed") {
    window.sizes.push(m.params);
  } else if (m.method === "tools/call" || m.method === "resources/read") {
    window.proxied.push(m.method + " " + (m.params.name || m.params.uri));
    const response = await fetch("/proxy", { method: "POST", body: JSON.stringify(m) });
    const answer = await response.json();
    send({ jsonrpc: "2.0", id: m.id, ...(answer.error ? { error: answer.error } : { result: answer.result }) });
  }
});
</script>
</body></html>
"""


class McpAppsHost:
    """An ASGI app: ``/host`` (the page for ``case``), ``/view`` (the view, read over MCP), ``/proxy``."""

    def __init__(self, server: Any, view: Mapping[str, Any]) -> None:
        self.server = server
        self.view = view
        self.case: dict[str, Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await receive()  # lifespan.startup
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
            await send({"type": "lifespan.shutdown.complete"})
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        path = scope["path"]
        if path == "/host":
            case = json.dumps(self.case, ensure_ascii=False).replace("</", "<\\/")
            await self._reply(send, 200, HOST_PAGE.replace("__CASE__", case), "text/html; charset=utf-8")
        elif path == "/view":
            policy = csp_header(self.view["_meta"]["ui"]["csp"])
            await self._reply(
                send,
                200,
                self.view["text"],
                "text/html; charset=utf-8",
                [("content-security-policy", policy)],
            )
        elif path == "/proxy":
            await self._reply(send, 200, self._proxy(json.loads(body)), "application/json")
        elif path == "/favicon.ico":
            await self._reply(send, 204, "", "image/x-icon")
        else:
            await self._reply(send, 404, "not found", "text/plain")

    def _proxy(self, message: dict[str, Any]) -> str:
        method, params = message["method"], dict(message.get("params") or {})
        params["_meta"] = {
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientCapabilities": {
                "extensions": {apps.EXTENSION: {"mimeTypes": [apps.MIME_TYPE]}}
            },
        }
        headers = {
            "host": "127.0.0.1:8000",
            "content-type": "application/json",
            "accept": "application/json, text/event-stream",
            "mcp-protocol-version": "2026-07-28",
            "mcp-method": method,
            "mcp-name": str(params.get("name") or params.get("uri") or ""),
        }
        payload = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
        response = self.server.handle("POST", list(headers.items()), json.dumps(payload).encode())
        return response.body.decode() if isinstance(response.body, bytes) else str(response.body)

    @staticmethod
    async def _reply(
        send: Send, status: int, text: str, content_type: str, extra: list[tuple[str, str]] | None = None
    ) -> None:
        headers = [(b"content-type", content_type.encode())]
        headers += [(k.encode(), v.encode()) for k, v in extra or []]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": text.encode()})
