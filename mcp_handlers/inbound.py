"""The inbound validation ladder: a decoded JSON-RPC body and its headers in, a ``Request`` or the
first rung's ``McpError`` out.

Pure: no I/O, no transport, no authentication (the caller's role and subject come in as
values). The 2026-07-28 rungs follow the SDK's ``mcp.shared.inbound`` one for one: duplicate
routing headers, the ``_meta`` envelope, ``MCP-Protocol-Version``/``Mcp-Method``/``Mcp-Name``
agreement with the body, then the version. Legacy (handshake-era) requests are served
statelessly at the header's version.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mcp_handlers import wire
from mcp_handlers.tools.base import Caller
from mcp_handlers.wire import McpError

TASK_NAME_PARAMS = {"tasks/get": "taskId", "tasks/update": "taskId", "tasks/cancel": "taskId"}
"""Tasks extension (SEP-2663): ``Mcp-Name`` carries ``params.taskId`` on these methods."""


@dataclass
class Request:
    """One JSON-RPC request after the transport checks, with what the handlers need."""

    id: str | int
    method: str
    params: dict[str, Any]
    version: str
    modern: bool
    caller: Caller
    principal: str | None


def is_modern(version_header: str | None) -> bool:
    """A request of the 2026-07-28 era: a version header that is not a handshake-era version."""
    return version_header is not None and version_header not in wire.HANDSHAKE_VERSIONS


_MAYBE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")
"""A ``\\uD800``-``\\uDFFF`` escape, or the same code point encoded as (invalid) UTF-8 bytes."""


def parse(body: bytes) -> Any:
    """The decoded body, or ``McpError(PARSE_ERROR)``.

    JSON's syntax lets a string hold a lone UTF-16 surrogate (``"\\ud800"``), but that is not
    Unicode text: it cannot be encoded, logged, stored or echoed back. Such a body is refused
    here, with where the surrogate was, so nothing behind this point ever meets one.
    """
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        raise McpError(wire.PARSE_ERROR, "Parse error") from None
    if _MAYBE_SURROGATE.search(body):
        where = lone_surrogate_at(decoded)
        if where is not None:
            raise McpError(
                wire.PARSE_ERROR,
                f"Parse error: a string at {where} holds a lone UTF-16 surrogate, which is not Unicode "
                "text; send the character itself or a complete surrogate pair",
                {"path": where},
            )
    return decoded


def lone_surrogate_at(value: Any) -> str | None:
    """The JSON path of the first string (or object key) holding a lone surrogate, or ``None``."""
    stack: list[tuple[str, Any]] = [("$", value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, str):
            if not _is_text(item):
                return path
        elif isinstance(item, dict):
            for key, child in item.items():
                if not _is_text(key):
                    return f"{path} (an object key)"
                stack.append((f"{path}.{key}", child))
        elif isinstance(item, list):
            stack.extend((f"{path}[{i}]", child) for i, child in enumerate(item))
    return None


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_request(decoded: Any) -> bool:
    if not isinstance(decoded, dict) or decoded.get("jsonrpc") != wire.JSONRPC:
        return False
    request_id = decoded.get("id")
    if isinstance(request_id, bool) or not isinstance(request_id, str | int):
        return False
    params = decoded.get("params")
    return isinstance(decoded.get("method"), str) and (params is None or isinstance(params, dict))


def invalid_body() -> McpError:
    return McpError(wire.INVALID_REQUEST, "Body must be a single JSON-RPC request or notification object")


def check_notification(decoded: dict[str, Any], version_header: str | None) -> McpError | None:
    """Why a notification is refused (400), or ``None``: it is acknowledged (202) and dropped."""
    if decoded.get("jsonrpc") != wire.JSONRPC or not isinstance(decoded.get("method"), str):
        return invalid_body()
    if is_modern(version_header) and version_header not in wire.MODERN_VERSIONS:
        return unsupported(version_header or "")
    return None


def modern_request(
    body: dict[str, Any],
    raw_headers: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    role: str,
    subject: str | None,
    correlation: str,
) -> Request:
    """The 2026-07-28 ladder: duplicate routing headers, ``_meta`` envelope, header/body agreement, version."""
    seen: set[str] = set()
    for name, _ in raw_headers:
        key = name.lower()
        if key in wire.ROUTING_HEADERS:
            if key in seen:
                raise McpError(wire.HEADER_MISMATCH, f"{key} header appears more than once")
            seen.add(key)
    params = body.get("params")
    meta = params.get("_meta") if isinstance(params, dict) else None
    if not isinstance(meta, dict):
        raise McpError(
            wire.INVALID_PARAMS,
            f"params._meta must be an object carrying the required {wire.META_PROTOCOL_VERSION!r} "
            f"and {wire.META_CLIENT_CAPABILITIES!r} envelope keys",
        )
    missing = [k for k in (wire.META_PROTOCOL_VERSION, wire.META_CLIENT_CAPABILITIES) if k not in meta]
    if missing:
        raise McpError(
            wire.INVALID_PARAMS,
            f"params._meta is missing the required envelope key(s): {', '.join(missing)}",
        )
    version = meta[wire.META_PROTOCOL_VERSION]
    if headers.get(wire.H_PROTOCOL_VERSION) != version:
        raise McpError(
            wire.HEADER_MISMATCH,
            f"{wire.H_PROTOCOL_VERSION} header does not match the request envelope's protocol version",
        )
    method = body["method"]
    if headers.get(wire.H_METHOD) != method:
        raise McpError(
            wire.HEADER_MISMATCH, f"{wire.H_METHOD} header does not match the request body's method"
        )
    name_key = wire.NAME_BEARING_METHODS.get(method) or TASK_NAME_PARAMS.get(method)
    if name_key is not None:
        value = params.get(name_key) if isinstance(params, dict) else None
        if value is not None and decode_header(headers.get(wire.H_NAME)) != value:
            raise McpError(
                wire.HEADER_MISMATCH,
                f"{wire.H_NAME} header does not match the request body's {name_key!r} parameter",
            )
    if not isinstance(version, str):
        raise McpError(wire.INVALID_PARAMS, "the protocol-version envelope value must be a string")
    if version not in wire.MODERN_VERSIONS:
        raise unsupported(version)
    caps = meta.get(wire.META_CLIENT_CAPABILITIES)
    caller = Caller(
        role=role,  # type: ignore[arg-type]
        subject=subject,
        correlation_id=correlation,
        protocol_version=version,
        client_capabilities=caps if isinstance(caps, dict) else {},
    )
    assert isinstance(params, dict)  # the _meta rung proved it
    return Request(body["id"], method, dict(params), version, True, caller, subject)


def legacy_request(
    body: dict[str, Any],
    version_header: str | None,
    role: str,
    subject: str | None,
    correlation: str,
) -> Request:
    """Handshake-era request: served statelessly at the header's version (or the spec default)."""
    params = body.get("params")
    if params is not None and not isinstance(params, dict):
        raise McpError(wire.INVALID_PARAMS, "params must be an object")
    version = version_header or wire.DEFAULT_LEGACY_VERSION
    caller = Caller(role=role, subject=subject, correlation_id=correlation, protocol_version=version)  # type: ignore[arg-type]
    return Request(body["id"], body["method"], dict(params or {}), version, False, caller, subject)


def unsupported(requested: str) -> McpError:
    return McpError(
        wire.UNSUPPORTED_PROTOCOL_VERSION,
        "Unsupported protocol version",
        {"supported": list(wire.MODERN_VERSIONS), "requested": requested},
    )


def decode_header(value: str | None) -> str | None:
    """``=?base64?...?=`` header values (non-ASCII names) decoded as the SDK client encodes them."""
    if value is None or not (value.startswith("=?base64?") and value.endswith("?=")):
        return value
    payload = value[len("=?base64?") : -2]
    try:
        decoded = base64.b64decode(payload, validate=True)
        if base64.b64encode(decoded).decode("ascii") != payload:
            return None
        return decoded.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
