"""What every dispatched request goes through, whichever handler answers it: params checked
against the version's wire model before, the result shaped for that version after.

Both follow the SDK's per-version tables (``mcp_types.methods``) through ``wire_check``, which
reads them as generated data rather than importing the SDK's pydantic models on a cold start
(≈0.41× the naive stack's import; see ``wire_check``). A 2025 client never sees a 2026 field, and
a handler that returns an invalid result is an internal error, not a bad answer.
"""

from __future__ import annotations

import logging
from typing import Any

from mcp_handlers import wire, wire_check
from mcp_handlers.inbound import Request
from mcp_handlers.tasks.shapes import check_task
from mcp_handlers.wire import McpError

logger = logging.getLogger("heyfolio.mcp")

SERVER_NAME = "heyfolio"
SERVER_VERSION = "0.1.0"


def validate(request: Request) -> None:
    """Check params against the version's wire model (methods the SDK knows), as ``McpError``."""
    method, version = request.method, request.version
    if method in wire_check.known_methods():
        try:
            wire_check.validate_request(method, version, request.params or None)
        except KeyError:
            raise McpError(wire.METHOD_NOT_FOUND, "Method not found", method) from None
        except wire_check.WireError as exc:
            raise McpError(wire.INVALID_PARAMS, "Invalid request parameters", exc.errors[:5]) from None


def shape(method: str, version: str, result: dict[str, Any]) -> dict[str, Any]:
    """The result as the version's wire model has it, stamped with the server's name on 2026-07-28."""
    if version in wire.MODERN_VERSIONS and "resultType" not in result:
        result = {**result, "resultType": "complete"}
    if result.get("resultType") == "task":
        # CreateTaskResult (Tasks extension): not a model the SDK has; checked by our own shape.
        result = check_task(result)
    elif method in wire_check.known_methods():
        try:
            result = wire_check.serialize_result(method, version, result)
        except wire_check.WireError as exc:
            logger.error("handler for %s returned an invalid result: %s", method, exc.errors[:5])
            raise McpError(wire.INTERNAL_ERROR, "Handler returned an invalid result") from None
    if version in wire.MODERN_VERSIONS:
        result.setdefault("resultType", "complete")
        meta = result.get("_meta")
        stamp = {"name": SERVER_NAME, "version": SERVER_VERSION}
        result["_meta"] = (
            {**meta, wire.META_SERVER_INFO: stamp}
            if isinstance(meta, dict)
            else {wire.META_SERVER_INFO: stamp}
        )
    return result
