"""Turning a rate-limit decision into an HTTP answer, and finding who is asking.

429 with ``Retry-After`` for a limit reached; 503 (also with ``Retry-After``) when the limiter
is unreachable and the surface fails closed. Bodies are JSON (REST) or a JSON-RPC error
(``/mcp``), each with a message a person can act on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from heyfolio.limits.decision import Decision

# JSON-RPC server-error code used for "slow down" on /mcp (implementation-defined range).
JSONRPC_RATE_LIMITED = -32029


@dataclass(frozen=True)
class Refusal:
    """An HTTP refusal ready to send: status, headers, JSON body."""

    status: int
    headers: dict[str, str]
    body: dict[str, Any]

    def encoded(self) -> bytes:
        return json.dumps(self.body).encode()


def refusal_for(decision: Decision, *, jsonrpc_id: Any = None, jsonrpc: bool = False) -> Refusal | None:
    """``None`` if ``decision`` allows the request; else the 429/503 to answer with."""
    if decision.allowed:
        return None
    from heyfolio.observability import RATE_LIMITED, emit

    emit(RATE_LIMITED, 1, reason="unavailable" if decision.unavailable else "limited")
    retry = str(max(1, decision.retry_after_seconds))
    if decision.unavailable:
        status, code = 503, "limiter_unavailable"
        message = (
            "This service is paused: its rate limiter cannot be reached right now, and it does not "
            f"run without one. Please try again in {retry} seconds."
        )
    else:
        status, code = 429, "rate_limited"
        message = f"Too many requests ({decision.rule}). Please wait {retry} seconds before trying again."
    headers = {"Content-Type": "application/json", "Retry-After": retry}
    if decision.limit:
        headers["RateLimit-Limit"] = str(decision.limit)
        headers["RateLimit-Remaining"] = str(decision.remaining)
    body: dict[str, Any]
    if jsonrpc:
        body = {
            "jsonrpc": "2.0",
            "id": jsonrpc_id,
            "error": {
                "code": JSONRPC_RATE_LIMITED,
                "message": message,
                "data": {"reason": code, "retryAfterSeconds": int(retry)},
            },
        }
    else:
        body = {"error": code, "message": message, "retry_after": int(retry)}
    return Refusal(status, headers, body)


def apigw_refusal(
    decision: Decision, *, jsonrpc: bool = False, jsonrpc_id: Any = None
) -> dict[str, Any] | None:
    """The API Gateway proxy response for a refusal, or ``None`` if allowed."""
    refusal = refusal_for(decision, jsonrpc=jsonrpc, jsonrpc_id=jsonrpc_id)
    if refusal is None:
        return None
    return {
        "statusCode": refusal.status,
        "headers": refusal.headers,
        "body": refusal.encoded().decode(),
        "isBase64Encoded": False,
    }


def client_ip_from_event(event: Mapping[str, Any]) -> str | None:
    """The caller's IP as API Gateway saw it (REST v1 ``identity.sourceIp``, HTTP v2 ``http.sourceIp``)."""
    context = event.get("requestContext") or {}
    ip = (context.get("identity") or {}).get("sourceIp") or (context.get("http") or {}).get("sourceIp")
    return str(ip) if ip else None


def client_ip_from_scope(scope: Mapping[str, Any], *, trust_forwarded: bool) -> str | None:
    """The caller's IP for an ASGI request.

    Behind API Gateway (the Lambda Web Adapter), the socket peer is the adapter, and API
    Gateway *appends* the caller's address to ``X-Forwarded-For``: only the last entry is
    trustworthy (the ones before it are whatever the client sent). Locally, the socket peer.
    """
    if trust_forwarded:
        for name, value in scope.get("headers", []):
            if name.lower() == b"x-forwarded-for":
                last = value.decode("latin-1").split(",")[-1].strip()
                if last:
                    return last
    client = scope.get("client")
    return str(client[0]) if client else None
