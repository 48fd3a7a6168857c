"""The HTTP side of ``/mcp``: transport security (Content-Type, Host, Origin, Accept, body size)
and putting JSON-RPC answers on the wire with the era's HTTP status.

As the SDK's ``mcp.server.transport_security`` and ``streamable_http``: checked before the body
is parsed, so a request from a foreign page (DNS rebinding) never reaches authentication.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from mcp_handlers import wire
from mcp_handlers.auth import AuthRequired
from mcp_handlers.wire import McpError

logger = logging.getLogger("heyfolio.mcp")

MAX_BODY = 4 * 1024 * 1024

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: Headers = field(default_factory=list)
    body: bytes = b""


def fold(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-cased header names, the first value of each."""
    folded: dict[str, str] = {}
    for name, value in headers:
        folded.setdefault(name.lower(), value)
    return folded


def json_response(status: int, payload: Mapping[str, Any], extra: Headers | None = None) -> HttpResponse:
    return HttpResponse(status, [("content-type", "application/json"), *(extra or [])], dump_json(payload))


def dump_json(payload: Any) -> bytes:
    """Compact UTF-8 JSON; a string that is not Unicode text (a lone surrogate) goes out escaped.

    Inbound bodies with lone surrogates are refused (``inbound.parse``), so the fallback only
    guards answers built from elsewhere: an answer is never lost to an encoding error.
    """
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(payload, separators=(",", ":")).encode("ascii")


def error_body(request_id: Any, error: McpError) -> dict[str, Any]:
    return {"jsonrpc": wire.JSONRPC, "id": request_id, "error": error.to_wire()}


def accepts(accept: str) -> tuple[bool, bool]:
    """(json, sse) acceptable, with RFC 9110 wildcards — as the SDK's ``check_accept_headers``."""
    kinds = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    anything = "*/*" in kinds
    return (
        anything or "application/json" in kinds or "application/*" in kinds,
        anything or "text/event-stream" in kinds or "text/*" in kinds,
    )


def host_matches(value: str, allowed: Iterable[str]) -> bool:
    """``value`` is a listed host, ``name:*`` allows any port, ``*.suffix`` one label under suffix
    (behind CloudFront the API sees its own ``<id>.execute-api.<region>.amazonaws.com``)."""
    for pattern in allowed:
        if value == pattern or (pattern.endswith(":*") and value.startswith(pattern[:-1])):
            return True
        if pattern.startswith("*.") and value.endswith(pattern[1:]):
            label = value[: -len(pattern) + 1]
            if label and "." not in label and ":" not in label and "/" not in label:
                return True
    return False


def default_allowlists(
    public_url: str, env: str, hosts: Iterable[str], origins: Iterable[str]
) -> tuple[list[str], list[str]]:
    """Host and Origin allowlists: the configured ones, the public URL, and loopback locally."""
    parts = urlsplit(public_url)
    allowed_hosts = [*hosts, parts.netloc]
    allowed_origins = [*origins, f"{parts.scheme}://{parts.netloc}"]
    if env == "local":
        for name in ("127.0.0.1", "localhost", "[::1]"):
            allowed_hosts += [name, f"{name}:*"]
            allowed_origins += [f"http://{name}", f"http://{name}:*"]
    return allowed_hosts, allowed_origins


def check_transport(
    method: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    allowed_hosts: Iterable[str],
    allowed_origins: Iterable[str],
) -> HttpResponse | None:
    """The answer that ends the exchange before the body is parsed, or ``None`` to go on.

    Transport security first, like the SDK: Content-Type, then Host, then Origin; then the
    method (a stateless server: no standalone SSE stream, no session to delete), Accept, size.
    """
    if method == "POST" and not headers.get("content-type", "").lower().startswith("application/json"):
        return HttpResponse(400, [("content-type", "text/plain")], b"Invalid Content-Type header")
    if not host_matches(headers.get("host", ""), allowed_hosts):
        logger.warning("refused Host %r", headers.get("host"))
        return HttpResponse(421, [("content-type", "text/plain")], b"Invalid Host header")
    origin = headers.get("origin")
    if origin and not host_matches(origin, allowed_origins):
        logger.warning("refused Origin %r", origin)
        return HttpResponse(403, [("content-type", "text/plain")], b"Invalid Origin header")
    if method != "POST":
        return HttpResponse(405, [("allow", "POST")])
    wants_json, _ = accepts(headers.get("accept", ""))
    if not wants_json:
        return HttpResponse(
            406,
            [("content-type", "text/plain")],
            b"Not Acceptable: the client must accept application/json",
        )
    if len(body) > MAX_BODY:
        return HttpResponse(413, [("content-type", "text/plain")], b"Request body too large")
    return None


def client_ip(headers: Mapping[str, str]) -> str | None:
    """The caller's address for the audit log: the last ``X-Forwarded-For`` hop, the one API Gateway
    appended (earlier hops are whatever the client sent)."""
    forwarded = headers.get("x-forwarded-for", "").split(",")[-1].strip()
    return forwarded or None


def legacy_status(code: int) -> int:
    return 400 if code in (wire.PARSE_ERROR, wire.INVALID_REQUEST) else 200


def error_response(request_id: Any, modern: bool, correlation: str, exc: McpError) -> HttpResponse:
    """A JSON-RPC error with the era's HTTP status (the 2026-07-28 table, or the legacy one)."""
    if isinstance(exc, AuthRequired):
        headers: Headers = [("x-correlation-id", correlation)] if correlation else []
        if exc.challenge:
            headers.append(("www-authenticate", exc.challenge))
        if exc.status == 503:
            headers.append(("retry-after", "5"))
        return json_response(exc.status, error_body(request_id, exc), headers)
    status = wire.ERROR_HTTP_STATUS.get(exc.code, 200) if modern else legacy_status(exc.code)
    return json_response(status, error_body(request_id, exc), [("x-correlation-id", correlation)])
