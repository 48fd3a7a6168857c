"""Guards for zip handlers: API Gateway REST (v1) and HTTP (v2) proxy events.

Usage in a handler::

    try:
        payload = guard_event(event, json_body=True, jsonrpc=True)
    except Rejection as rejection:
        return rejection_response(rejection, jsonrpc=True)
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from heyfolio.config import Settings, get_settings
from heyfolio.guards.jsonbody import parse_json
from heyfolio.guards.jsonrpc import single_request
from heyfolio.guards.rejection import Rejection
from heyfolio.guards.sizes import limit_for


def event_path(event: dict[str, Any]) -> str:
    """The request path of a v1 or v2 proxy event (``/`` if absent)."""
    return str(event.get("path") or event.get("rawPath") or "/")


def _too_large(size: int, limit: int, path: str) -> Rejection:
    return Rejection(
        413,
        "payload_too_large",
        f"the request body is {size} bytes; {path} accepts at most {limit}: send a smaller request",
    )


def event_body(event: dict[str, Any], *, settings: Settings | None = None) -> bytes:
    """The raw body bytes, refused with 413 past the route's cap (checked before decoding)."""
    s = settings or get_settings()
    path = event_path(event)
    limit = limit_for(path, s.body_limits)
    raw = event.get("body")
    if raw is None:
        return b""
    if not isinstance(raw, str):
        raise Rejection(400, "invalid_body", "the request body could not be read")
    if event.get("isBase64Encoded"):
        # Base64 is 4 characters per 3 bytes: refuse an oversized body without decoding it.
        if (len(raw) // 4) * 3 > limit + 3:
            raise _too_large((len(raw) // 4) * 3, limit, path)
        try:
            body = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise Rejection(400, "invalid_body", "the request body is not valid base64") from None
    else:
        if len(raw) > limit:  # characters <= bytes: a cheap first test
            raise _too_large(len(raw), limit, path)
        body = raw.encode("utf-8", "surrogatepass")
    if len(body) > limit:
        raise _too_large(len(body), limit, path)
    return body


def guard_event(
    event: dict[str, Any],
    *,
    json_body: bool = False,
    jsonrpc: bool = False,
    settings: Settings | None = None,
) -> Any:
    """Apply the size cap; with ``json_body`` also parse (depth-limited) and return the JSON.

    ``jsonrpc`` implies ``json_body`` and refuses batches. Raises :class:`Rejection`.
    Returns the body bytes when no JSON is asked for.
    """
    s = settings or get_settings()
    body = event_body(event, settings=s)
    if not (json_body or jsonrpc):
        return body
    payload = parse_json(body, max_depth=s.json_max_depth)
    return single_request(payload) if jsonrpc else payload


def rejection_response(rejection: Rejection, *, jsonrpc: bool = False) -> dict[str, Any]:
    """The API Gateway proxy response for ``rejection``."""
    status, headers, body = rejection.render(jsonrpc=jsonrpc)
    return {"statusCode": status, "headers": headers, "body": body.decode(), "isBase64Encoded": False}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> dict[str, Any]:
    """A small JSON proxy response (used by the rate-limit refusals too)."""
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json", **(headers or {})},
        "body": json.dumps(body),
        "isBase64Encoded": False,
    }
