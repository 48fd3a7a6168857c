"""The typed shapes that cross a boundary of the MCP adapter.

* The invocation envelope between the endpoint and the functions that own tools and resources:
  the endpoint sends a :class:`ToolCallEnvelope` or a :class:`ResourceReadEnvelope`; a function
  answers a :class:`FunctionAnswer`. The same dicts travel through Lambda ``Invoke`` on AWS and a
  plain call locally, so they are ``TypedDict`` s (JSON as it is), not classes.
* The API Gateway REST (v1 proxy) event and response the two buffered adapters read and write.

No imports beyond the standard library: the tool functions load this on their cold path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NotRequired, Protocol, TypedDict


class CallerWire(TypedDict):
    """Who is calling, as the endpoint established it (``Caller.to_wire``)."""

    role: str
    subject: str | None
    correlationId: str
    protocolVersion: str
    clientCapabilities: dict[str, Any]


class ToolCallEnvelope(TypedDict):
    kind: Literal["tools/call"]
    name: str
    arguments: dict[str, Any]
    caller: CallerWire
    inputResponses: dict[str, Any] | None
    """Answers to the tool's input requests (Multi Round-Trip Requests), once the state opened."""
    requestState: str | None
    """The round trip's state, already opened (plaintext): the endpoint seals and opens it."""


class ResourceReadEnvelope(TypedDict):
    kind: Literal["resources/read"]
    uri: str
    caller: CallerWire


InvocationEnvelope = ToolCallEnvelope | ResourceReadEnvelope


class Caller(Protocol):
    """What the builders need of ``mcp_handlers.tools.base.Caller`` (which imports this module)."""

    def to_wire(self) -> CallerWire: ...


class ErrorWire(TypedDict):
    code: int
    message: str
    data: NotRequired[Any]


class AnswerOk(TypedDict):
    ok: Literal[True]
    result: dict[str, Any]
    """A ``CallToolResult`` / ``ReadResourceResult`` (``requestState`` of an input request in plaintext)."""


class AnswerError(TypedDict):
    ok: Literal[False]
    error: ErrorWire


FunctionAnswer = AnswerOk | AnswerError


def tool_envelope(
    name: str,
    arguments: Mapping[str, Any] | None,
    caller: Caller,
    *,
    input_responses: Mapping[str, Any] | None = None,
    request_state: str | None = None,
) -> ToolCallEnvelope:
    return {
        "kind": "tools/call",
        "name": name,
        "arguments": dict(arguments or {}),
        "caller": caller.to_wire(),
        "inputResponses": dict(input_responses) if input_responses is not None else None,
        "requestState": request_state,
    }


def resource_envelope(uri: str, caller: Caller) -> ResourceReadEnvelope:
    return {"kind": "resources/read", "uri": uri, "caller": caller.to_wire()}


def failure(code: int, message: str) -> AnswerError:
    return {"ok": False, "error": {"code": code, "message": message}}


class ApiGatewayEvent(TypedDict, total=False):
    """The fields of an API Gateway REST (v1 proxy) event the adapters read."""

    httpMethod: str
    path: str
    headers: dict[str, str] | None
    multiValueHeaders: dict[str, list[str]] | None
    multiValueQueryStringParameters: dict[str, list[str]] | None
    body: str | None
    isBase64Encoded: bool
    requestContext: dict[str, Any]


class ApiGatewayResponse(TypedDict):
    statusCode: int
    headers: dict[str, str]
    body: str
    isBase64Encoded: bool
