"""JSON-RPC requests one at a time: a batch (a JSON array body) is refused with a JSON-RPC error.

MCP dropped JSON-RPC batching (2025-06-18 onwards); accepting an array would multiply the
work of one HTTP request past every per-request limit, so it is refused before dispatch.
"""

from __future__ import annotations

from typing import Any

from heyfolio.guards.rejection import INVALID_REQUEST, Rejection


def single_request(payload: Any) -> dict[str, Any]:
    """``payload`` if it is one JSON-RPC message (an object); :class:`Rejection` otherwise."""
    if isinstance(payload, list):
        raise Rejection(
            400,
            "batch_not_supported",
            f"JSON-RPC batches are not supported (got an array of {len(payload)}): "
            "send each request in its own POST",
            jsonrpc_code=INVALID_REQUEST,
        )
    if not isinstance(payload, dict):
        raise Rejection(
            400,
            "invalid_request",
            f"a JSON-RPC request must be a JSON object, got {type(payload).__name__}",
            jsonrpc_code=INVALID_REQUEST,
        )
    return payload
