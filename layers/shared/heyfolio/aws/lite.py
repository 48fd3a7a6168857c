"""A small DynamoDB JSON client on the standard library, for the hot read paths' cold start.

Importing boto3 costs a new instance more than the rest of a read-only tool's first call (about
150 ms of a 300 ms budget; see bench/RESULTS.md "Cold start"). The public read paths make one kind
of AWS call, ``BatchGetItem`` of live project data, so they sign it themselves (Signature V4, the
credentials Lambda puts in the environment) and send it with ``http.client`` (not ``urllib.request``,
whose import pulls in a further ~10 ms of modules a signed ``POST`` never uses). Same API, same IAM
action, same endpoint rules as the SDK (``AWS_ENDPOINT_URL``, the region's endpoint).

Used only where it can reach a real HTTP endpoint: on AWS, or with ``AWS_ENDPOINT_URL`` set (the
local emulator). In-process mocks (the unit tests' moto) patch the SDK, so there the SDK is used.
Observers registered with :func:`on_call` hear every request (the IAM check in tests/aws).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import http.client
import json
import os
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from heyfolio.config import Settings, get_settings

Observer = Callable[[str, str, Mapping[str, Any]], None]
_observers: list[Observer] = []
RETRYABLE = ("ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded")


class DynamoDBError(Exception):
    """DynamoDB refused the request; ``code`` is its error type (``AccessDeniedException``...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


def on_call(observer: Observer) -> Callable[[], None]:
    """Call ``observer(service, operation, params)`` before each request; returns its remover."""
    _observers.append(observer)
    return lambda: _observers.remove(observer) if observer in _observers else None


def available(settings: Settings | None = None) -> bool:
    """Whether this process can use the light client (a real endpoint and credentials in the env)."""
    s = settings or get_settings()
    has_keys = bool(os.environ.get("AWS_ACCESS_KEY_ID") and os.environ.get("AWS_SECRET_ACCESS_KEY"))
    return has_keys and (s.env == "aws" or bool(s.aws_endpoint_url))


def _sign(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class SignedRequest:
    """A request ready to send: what :func:`signed_request` and :func:`signed_get` sign."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes | None = None

    def get_header(self, name: str, default: str | None = None) -> str | None:
        """A header by name, any case (as ``urllib.request.Request.get_header`` reads one)."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), default)


@dataclass(frozen=True)
class _Answer:
    status: int
    reason: str
    body: bytes


def _send(request: SignedRequest, timeout: float) -> _Answer:
    """Send ``request`` on a new connection, no proxy (as the SDK in Lambda does)."""
    parts = urllib.parse.urlsplit(request.url)
    connection_type = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_type(parts.netloc, timeout=timeout)
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request(request.method, target, body=request.body, headers=dict(request.headers))
        response = connection.getresponse()
        return _Answer(response.status, response.reason, response.read())
    finally:
        connection.close()


def _authorize(
    method: str, url: str, region: str, service: str, headers: dict[str, str], payload_hash: str, stamp: str
) -> dict[str, str]:
    """``headers`` with the session token (when Lambda gives one) and the Signature Version 4
    ``authorization`` of ``method url`` added: the one signing both request shapes share."""
    parts = urllib.parse.urlsplit(url)
    token = os.environ.get("AWS_SESSION_TOKEN")
    if token:
        headers["x-amz-security-token"] = token
    names = sorted(headers)
    canonical = "\n".join(
        [
            method,
            parts.path or "/",
            parts.query,
            "".join(f"{n}:{headers[n]}\n" for n in names),
            ";".join(names),
            payload_hash,
        ]
    )
    day = stamp[:8]
    scope = f"{day}/{region}/{service}/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", stamp, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = _sign(("AWS4" + os.environ["AWS_SECRET_ACCESS_KEY"]).encode(), day)
    for part in (region, service, "aws4_request"):
        key = _sign(key, part)
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={os.environ['AWS_ACCESS_KEY_ID']}/{scope}, "
        f"SignedHeaders={';'.join(names)}, Signature={signature}"
    )
    return headers


def signed_request(
    url: str, region: str, service: str, target: str, body: bytes, *, now: datetime.datetime | None = None
) -> SignedRequest:
    """A Signature Version 4 ``POST`` of a JSON 1.0 API call (``X-Amz-Target``)."""
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%SZ")
    headers = {
        "content-type": "application/x-amz-json-1.0",
        "host": urllib.parse.urlsplit(url).netloc,
        "x-amz-date": stamp,
        "x-amz-target": target,
    }
    signed = _authorize("POST", url, region, service, headers, hashlib.sha256(body).hexdigest(), stamp)
    return SignedRequest("POST", url, signed, body)


def dynamodb(operation: str, params: Mapping[str, Any], settings: Settings | None = None) -> dict[str, Any]:
    """Call DynamoDB ``operation`` with ``params`` (its JSON API); raises :class:`DynamoDBError`."""
    s = settings or get_settings()
    for observer in list(_observers):
        observer("dynamodb", operation, params)
    url = s.aws_endpoint_url or f"https://dynamodb.{s.region}.amazonaws.com"
    body = json.dumps(params).encode()
    for attempt in range(3):
        request = signed_request(url, s.region, "dynamodb", f"DynamoDB_20120810.{operation}", body)
        response = _send(request, timeout=5)
        if response.status < 300:
            answer: dict[str, Any] = json.loads(response.body or b"{}")
            return answer
        data = _json_or_empty(response.body)
        code = str(data.get("__type", "HTTPError")).rsplit("#", 1)[-1]
        if (code in RETRYABLE or response.status >= 500) and attempt < 2:
            time.sleep(0.05 * 2**attempt)
            continue
        raise DynamoDBError(code, str(data.get("message") or data.get("Message") or response.reason))
    raise DynamoDBError("RetriesExhausted", f"{operation} kept being throttled")


def signed_get(url: str, region: str, service: str, *, now: datetime.datetime | None = None) -> SignedRequest:
    """A Signature Version 4 ``GET`` with an empty body (S3's ``x-amz-content-sha256`` included)."""
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%SZ")
    empty = hashlib.sha256(b"").hexdigest()
    headers = {"host": urllib.parse.urlsplit(url).netloc, "x-amz-content-sha256": empty, "x-amz-date": stamp}
    return SignedRequest("GET", url, _authorize("GET", url, region, service, headers, empty, stamp))


def _json_or_empty(body: bytes) -> dict[str, Any]:
    """An error answer's JSON body, or ``{}`` when it has none (a proxy's HTML page)."""
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class S3Error(Exception):
    """S3 refused the request; ``code`` is its error code (``NoSuchKey``, ``AccessDenied``...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


def s3_get(bucket: str, key: str, settings: Settings | None = None) -> bytes:
    """``GetObject`` of ``bucket``/``key`` (the published content's bundle); raises :class:`S3Error`.

    Path-style against an emulator (``AWS_ENDPOINT_URL``), the bucket's virtual host on AWS."""
    s = settings or get_settings()
    for observer in list(_observers):
        observer("s3", "GetObject", {"Bucket": bucket, "Key": key})
    path = urllib.parse.quote(key, safe="/-_.~")
    if s.aws_endpoint_url:
        url = f"{s.aws_endpoint_url.rstrip('/')}/{bucket}/{path}"
    else:
        url = f"https://{bucket}.s3.{s.region}.amazonaws.com/{path}"
    for attempt in range(3):
        response = _send(signed_get(url, s.region, "s3"), timeout=10)
        if response.status < 300:
            return response.body
        text = response.body.decode("utf-8", "replace")
        code = text.split("<Code>", 1)[1].split("</Code>", 1)[0] if "<Code>" in text else str(response.status)
        if response.status >= 500 and attempt < 2:
            time.sleep(0.05 * 2**attempt)
            continue
        raise S3Error(code, f"s3://{bucket}/{key}: {response.reason}")
    raise S3Error("RetriesExhausted", f"s3://{bucket}/{key} kept failing")


def plain(value: Mapping[str, Any]) -> Any:
    """A DynamoDB typed attribute value as plain Python (numbers as int or float)."""
    ((kind, inner),) = value.items()
    if kind == "S":
        return inner
    if kind == "N":
        number = Decimal(inner)
        return int(number) if number == number.to_integral_value() else float(number)
    if kind == "BOOL":
        return bool(inner)
    if kind == "NULL":
        return None
    if kind == "L":
        return [plain(v) for v in inner]
    if kind == "M":
        return {k: plain(v) for k, v in inner.items()}
    if kind == "SS":
        return list(inner)
    if kind == "NS":
        return [plain({"N": n}) for n in inner]
    return inner
