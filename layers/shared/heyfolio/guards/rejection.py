"""What a guard says when it refuses a request: one shape, rendered as REST JSON or JSON-RPC."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# JSON-RPC 2.0 error codes.
PARSE_ERROR = -32700
INVALID_REQUEST = -32600


@dataclass(eq=False)
class Rejection(Exception):
    """A refused request: HTTP ``status``, a stable ``code``, a message saying what to do."""

    status: int
    code: str
    message: str
    path: str | None = None
    jsonrpc_code: int = INVALID_REQUEST

    def __str__(self) -> str:
        return self.message

    def rest_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.path is not None:
            body["path"] = self.path
        return body

    def jsonrpc_body(self, request_id: Any = None) -> dict[str, Any]:
        data: dict[str, Any] = {"reason": self.code}
        if self.path is not None:
            data["path"] = self.path
        return {
            "jsonrpc": "2.0",
            "id": request_id,
            "error": {"code": self.jsonrpc_code, "message": self.message, "data": data},
        }

    def render(self, *, jsonrpc: bool = False) -> tuple[int, dict[str, str], bytes]:
        """``(status, headers, body)`` ready for either adapter."""
        body = self.jsonrpc_body() if jsonrpc else self.rest_body()
        return self.status, {"Content-Type": "application/json"}, json.dumps(body, allow_nan=False).encode()
