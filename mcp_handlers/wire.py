"""MCP wire constants and the protocol error, with no third-party imports.

Tool and resource functions import this instead of ``mcp_types`` (≈125 ms to import)
so their cold start stays small; a test pins every value here to the SDK's own.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Final

from mcp_handlers.envelopes import ErrorWire

JSONRPC: Final = "2.0"

# JSON-RPC and MCP 2026-07-28 error codes.
PARSE_ERROR: Final = -32700
INVALID_REQUEST: Final = -32600
METHOD_NOT_FOUND: Final = -32601
INVALID_PARAMS: Final = -32602
INTERNAL_ERROR: Final = -32603
HEADER_MISMATCH: Final = -32020
MISSING_REQUIRED_CLIENT_CAPABILITY: Final = -32021
UNSUPPORTED_PROTOCOL_VERSION: Final = -32022

ERROR_HTTP_STATUS: Final = MappingProxyType(
    {
        PARSE_ERROR: 400,
        INVALID_REQUEST: 400,
        INVALID_PARAMS: 400,
        HEADER_MISMATCH: 400,
        MISSING_REQUIRED_CLIENT_CAPABILITY: 400,
        UNSUPPORTED_PROTOCOL_VERSION: 400,
        METHOD_NOT_FOUND: 404,
    }
)
"""HTTP status for a JSON-RPC error code on the 2026-07-28 wire (unlisted codes answer 200)."""

# Protocol revisions.
MODERN_VERSIONS: Final = ("2026-07-28",)
HANDSHAKE_VERSIONS: Final = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
LATEST_MODERN: Final = MODERN_VERSIONS[-1]
LATEST_HANDSHAKE: Final = HANDSHAKE_VERSIONS[-1]
DEFAULT_LEGACY_VERSION: Final = "2025-03-26"
"""The version a legacy request without ``MCP-Protocol-Version`` is served at (the spec's default)."""

# Per-request ``_meta`` keys (2026-07-28).
META_PROTOCOL_VERSION: Final = "io.modelcontextprotocol/protocolVersion"
META_CLIENT_CAPABILITIES: Final = "io.modelcontextprotocol/clientCapabilities"
META_CLIENT_INFO: Final = "io.modelcontextprotocol/clientInfo"
META_SERVER_INFO: Final = "io.modelcontextprotocol/serverInfo"

# HTTP headers (lower case, as ASGI and API Gateway deliver them after folding).
H_PROTOCOL_VERSION: Final = "mcp-protocol-version"
H_METHOD: Final = "mcp-method"
H_NAME: Final = "mcp-name"
ROUTING_HEADERS: Final = frozenset({H_PROTOCOL_VERSION, H_METHOD, H_NAME})

NAME_BEARING_METHODS: Final = MappingProxyType(
    {"tools/call": "name", "prompts/get": "name", "resources/read": "uri"}
)
"""Method → the params key mirrored in the ``Mcp-Name`` header."""

CACHEABLE_METHODS: Final = frozenset(
    {
        "server/discover",
        "tools/list",
        "prompts/list",
        "resources/list",
        "resources/templates/list",
        "resources/read",
    }
)
INPUT_REQUIRED_METHODS: Final = frozenset({"tools/call", "prompts/get", "resources/read"})


class McpError(Exception):
    """A JSON-RPC error to put on the wire as is (code, message, optional data)."""

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data

    def to_wire(self) -> ErrorWire:
        error: ErrorWire = {"code": self.code, "message": self.message}
        if self.data is not None:
            error["data"] = self.data
        return error
