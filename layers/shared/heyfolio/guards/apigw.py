"""Guards for zip handlers: API Gateway REST (v1) and HTTP (v2) proxy events.

Every function behind an API route applies them before its own code runs, either by wrapping
its handler (``handler = guarded(resolver.resolve)``) or inline::

    try:
        payload = guard_event(event, json_body=True, jsonrpc=True)
    except Rejection as rejection:
        return rejection_response(rejection, jsonrpc=True)

The rules themselves (caps per route, JSON depth and strictness) are ``heyfolio.guards.policy``.
"""

from __future__ import annotations

import base64
import binascii
import functools
from collections.abc import Callable
from typing import Any

from heyfolio.config import Settings, get_settings
from heyfolio.guards.jsonbody import encode_json, parse_json
from heyfolio.guards.jsonrpc import single_request
from heyfolio.guards.policy import BodyPolicy
from heyfolio.guards.rejection import Rejection

Handler = Callable[[dict[str, Any], Any], Any]


def event_path(event: dict[str, Any]) -> str:
    """The request path of a v1 or v2 proxy event (``/`` if absent)."""
    return str(event.get("path") or event.get("rawPath") or "/")


def event_content_type(event: dict[str, Any]) -> str:
    """The request's ``Content-Type`` (any header-name case), ``""`` if absent."""
    for name, value in (event.get("headers") or {}).items():
        if str(name).lower() == "content-type" and isinstance(value, str):
            return value
    return ""


def event_body(event: dict[str, Any], *, settings: Settings | None = None) -> bytes:
    """The raw body bytes, refused with 413 past the route's cap (checked before decoding)."""
    policy = BodyPolicy.from_settings(settings)
    path = event_path(event)
    limit = policy.limit(path)
    raw = event.get("body")
    if raw is None:
        return b""
    if not isinstance(raw, str):
        raise Rejection(400, "invalid_body", "the request body could not be read: send it as text or base64")
    if event.get("isBase64Encoded"):
        # Base64 is 4 characters per 3 bytes: refuse an oversized body without decoding it.
        if (len(raw) // 4) * 3 > limit + 3:
            raise policy.too_large(path, (len(raw) // 4) * 3)
        try:
            body = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            raise Rejection(
                400, "invalid_body", "the request body is not valid base64: send the bytes base64-encoded"
            ) from None
    else:
        if len(raw) > limit:  # characters <= bytes: a cheap first test
            raise policy.too_large(path, len(raw))
        body = raw.encode("utf-8", "surrogatepass")
    if len(body) > limit:
        raise policy.too_large(path, len(body))
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
        BodyPolicy.from_settings(s).check(event_path(event), event_content_type(event), body, jsonrpc=False)
        return body
    payload = parse_json(body, max_depth=s.json_max_depth)
    return single_request(payload) if jsonrpc else payload


def guarded(handler: Handler, *, jsonrpc: bool = False) -> Handler:
    """``handler`` behind the body policy: refused events never reach it (nothing is read or written)."""

    @functools.wraps(handler)
    def wrapped(event: dict[str, Any], context: Any) -> Any:
        try:
            guard_event(event, jsonrpc=jsonrpc and event.get("httpMethod", "POST") == "POST")
        except Rejection as rejection:
            return rejection_response(rejection, jsonrpc=jsonrpc)
        return handler(event, context)

    return wrapped


def rejection_response(rejection: Rejection, *, jsonrpc: bool = False) -> dict[str, Any]:
    """The API Gateway proxy response for ``rejection``."""
    status, headers, body = rejection.render(jsonrpc=jsonrpc)
    return {"statusCode": status, "headers": headers, "body": body.decode(), "isBase64Encoded": False}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> dict[str, Any]:
    """A small JSON proxy response (used by the rate-limit refusals too)."""
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json", **(headers or {})},
        "body": encode_json(body).decode(),
        "isBase64Encoded": False,
    }
