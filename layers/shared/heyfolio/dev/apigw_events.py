"""Translate between HTTP requests and API Gateway REST (v1 proxy) events.

This is what API Gateway does in front of a zip function; doing the same
locally means the dev server runs the deployed handler unchanged.
"""

from __future__ import annotations

import base64
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

TEXT_TYPES = ("text/", "application/json", "application/javascript", "application/xml", "image/svg+xml")


def build_event(
    *,
    method: str,
    path: str,
    resource: str,
    path_parameters: dict[str, str],
    query_string: str,
    headers: list[tuple[str, str]],
    body: bytes,
    source_ip: str = "127.0.0.1",
    stage: str = "local",
) -> dict[str, Any]:
    """An API Gateway REST proxy event for one HTTP request."""
    single: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for key, value in headers:
        single[key] = value
        multi.setdefault(key, []).append(value)
    query_pairs = parse_qsl(query_string, keep_blank_values=True)
    query: dict[str, str] = {}
    multi_query: dict[str, list[str]] = {}
    for key, value in query_pairs:
        query[key] = value
        multi_query.setdefault(key, []).append(value)
    content_type = single.get("content-type", single.get("Content-Type", ""))
    is_text = not body or content_type.startswith(TEXT_TYPES) or content_type == ""
    if is_text and body:
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            is_text = False  # bytes that are not UTF-8 travel base64-encoded, as API Gateway sends them
    request_id = str(uuid.uuid4())
    return {
        "resource": resource,
        "path": path,
        "httpMethod": method,
        "headers": single or None,
        "multiValueHeaders": multi or None,
        "queryStringParameters": query or None,
        "multiValueQueryStringParameters": multi_query or None,
        "pathParameters": path_parameters or None,
        "stageVariables": None,
        "requestContext": {
            "resourcePath": resource,
            "httpMethod": method,
            "path": f"/{stage}{path}",
            "stage": stage,
            "requestId": request_id,
            "extendedRequestId": request_id,
            "requestTimeEpoch": int(time.time() * 1000),
            "protocol": "HTTP/1.1",
            "accountId": "000000000000",
            "apiId": "local",
            "identity": {"sourceIp": source_ip, "userAgent": single.get("user-agent")},
        },
        "body": (body.decode("utf-8") if is_text else base64.b64encode(body).decode("ascii"))
        if body
        else None,
        "isBase64Encoded": bool(body) and not is_text,
    }


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def response_from_result(result: Any) -> HttpResponse:
    """An HTTP response from a proxy integration result (what API Gateway would send)."""
    if not isinstance(result, dict) or "statusCode" not in result:
        # API Gateway answers 502 for a malformed proxy response; so do we.
        return HttpResponse(
            502, [("content-type", "application/json")], b'{"message": "Internal server error"}'
        )
    headers: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, values in (result.get("multiValueHeaders") or {}).items():
        for value in values:
            headers.append((key.lower(), str(value)))
        seen.add(key.lower())
    for key, value in (result.get("headers") or {}).items():
        if key.lower() not in seen:
            headers.append((key.lower(), str(value)))
    raw = result.get("body") or ""
    body = base64.b64decode(raw) if result.get("isBase64Encoded") else str(raw).encode("utf-8")
    return HttpResponse(int(result["statusCode"]), headers, body)
