"""``POST /webhooks/github``: verify, deduplicate, hand off - and answer within GitHub's 10 s.

Order of checks: size (413), signature over the raw bytes (401), headers (400), body
(400). A rejected delivery changes nothing and is recorded as an audit event. An accepted
one is slimmed and queued for the GitHub worker exactly once per ``X-GitHub-Delivery``
(Powertools idempotency on the state table): a redelivery gets the first answer back,
marked ``duplicate``, and queues nothing. No slow work happens here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

from heyfolio.aws.clients import client as aws_client
from heyfolio.config import get_settings
from heyfolio.github.events import HANDLED_EVENTS, slim
from heyfolio.github.idempotency import once_per_delivery
from heyfolio.github.secrets import webhook_secret
from heyfolio.github.signature import SignatureError, verify
from heyfolio.guards.apigw import event_body
from heyfolio.guards.jsonbody import encode_json, parse_json
from heyfolio.guards.rejection import Rejection
from heyfolio.storage import audit, clock

log = logging.getLogger(__name__)

# The body cap is the policy table's ``/webhooks/github`` entry (HEYFOLIO_BODY_LIMITS, 2 MB by
# default: push payloads list commits and files; GitHub itself stops at 25 MB).
_JSON = {"Content-Type": "application/json", "Cache-Control": "no-store"}


def _response(status: int, body: Mapping[str, Any]) -> dict[str, Any]:
    # Strict JSON out (heyfolio.guards.jsonbody): never NaN, never a lone surrogate.
    return {"statusCode": status, "headers": dict(_JSON), "body": encode_json(dict(body)).decode()}


def _headers(event: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, values in (event.get("multiValueHeaders") or {}).items():
        if isinstance(values, list) and values:
            out[str(name).lower()] = str(values[-1])
    for name, value in (event.get("headers") or {}).items():
        if isinstance(value, str):
            out[str(name).lower()] = value
    return out


def _audit(reason: str, status: int, event: Mapping[str, Any], headers: Mapping[str, str]) -> None:
    try:
        identity = (event.get("requestContext") or {}).get("identity") or {}
        audit.append(
            "github-webhook",
            "webhook.rejected",
            outcome=f"rejected-{status}",
            target=headers.get("x-github-delivery"),
            source_ip=identity.get("sourceIp"),
            detail={"reason": reason, "event": headers.get("x-github-event"), "status": status},
        )
    except Exception:  # the rejection stands even if the audit log is unreachable
        log.warning("could not record the rejected webhook in the audit log", exc_info=True)


def _reject(
    status: int, message: str, event: Mapping[str, Any], headers: Mapping[str, str]
) -> dict[str, Any]:
    log.info("webhook rejected: %s %s", status, message)
    _audit(message, status, event, headers)
    return _response(status, {"message": message})


def _parse(raw: bytes, content_type: str) -> Any:
    """The payload: JSON, or GitHub's form encoding (``payload=<json>``), under the one JSON policy."""
    text = raw.decode("utf-8")
    if content_type.split(";", 1)[0].strip().lower() == "application/x-www-form-urlencoded":
        form = parse_qs(text, strict_parsing=False)
        if "payload" not in form:
            raise ValueError("form-encoded webhook without a 'payload' field")
        text = form["payload"][-1]
    try:
        return parse_json(text, max_depth=get_settings().json_max_depth)
    except Rejection as rejection:
        raise ValueError(rejection.message) from None


def _accept(request: dict[str, Any]) -> dict[str, Any]:
    """Queue one verified delivery for the worker (runs once per ``X-GitHub-Delivery``)."""

    message = {
        "delivery": request["delivery"],
        "event": request["event"],
        "received_at": clock.now(),
        "payload": request["payload"],
    }
    sent = aws_client("sqs").send_message(
        QueueUrl=get_settings().github_queue_url,
        MessageBody=json.dumps(message, separators=(",", ":")),
        MessageAttributes={"event": {"DataType": "String", "StringValue": request["event"]}},
    )
    return {
        "accepted": True,
        "delivery": request["delivery"],
        "event": request["event"],
        "queued": sent.get("MessageId"),
        "duplicate": False,
    }


def _accepter() -> tuple[Any, Any]:
    """The idempotent hand-off for the current settings."""

    return once_per_delivery(
        "github-webhook",
        _accept,
        data_keyword="request",
        response_hook=lambda response, _record: {**response, "duplicate": True},
    )


def handle(event: Mapping[str, Any], context: Any = None) -> dict[str, Any]:
    """Answer one API Gateway (REST) event for ``POST /webhooks/github``."""

    headers = _headers(event)
    try:
        raw = event_body(dict(event))  # the route's cap, before the body is decoded or verified
    except Rejection as rejection:
        return _reject(rejection.status, rejection.message, event, headers)
    secret = webhook_secret()
    if not secret:
        log.error("GITHUB_WEBHOOK_SECRET(_ARN) is not configured: every delivery is refused")
        return _reject(503, "webhooks are not configured on this server (no webhook secret)", event, headers)
    try:
        verify(secret, raw, headers.get("x-hub-signature-256"))
    except SignatureError as error:
        return _reject(401, str(error), event, headers)
    name = headers.get("x-github-event", "").strip()
    if not name:
        return _reject(400, "missing X-GitHub-Event header", event, headers)
    delivery = headers.get("x-github-delivery", "").strip()
    if not delivery or len(delivery) > 100:
        return _reject(400, "missing or invalid X-GitHub-Delivery header", event, headers)
    try:
        payload = _parse(raw, headers.get("content-type", "application/json"))
    except (UnicodeDecodeError, ValueError) as error:
        return _reject(
            400,
            f"the body is not a JSON webhook payload ({type(error).__name__}: {error}); "
            "send the delivery exactly as GitHub signed it",
            event,
            headers,
        )
    if not isinstance(payload, dict):
        return _reject(400, "the webhook payload must be a JSON object", event, headers)
    if name == "ping":
        return _response(
            200, {"ok": True, "event": "ping", "zen": payload.get("zen"), "hook_id": payload.get("hook_id")}
        )
    if name not in HANDLED_EVENTS:
        return _response(202, {"accepted": False, "event": name, "ignored": f"event '{name}' is not used"})
    if not get_settings().github_queue_url:
        log.error("HEYFOLIO_GITHUB_QUEUE_URL is not configured: deliveries cannot be handed off")
        return _response(503, {"message": "webhook processing is not configured on this server (no queue)"})
    from aws_lambda_powertools.utilities.idempotency.exceptions import IdempotencyAlreadyInProgressError

    accept, config = _accepter()
    if context is not None:
        config.register_lambda_context(context)
    try:
        result = accept(request={"delivery": delivery, "event": name, "payload": slim(name, payload)})
    except IdempotencyAlreadyInProgressError:
        result = {
            "accepted": True,
            "delivery": delivery,
            "event": name,
            "duplicate": True,
            "inProgress": True,
        }
    return _response(200 if result.get("duplicate") else 202, result)
