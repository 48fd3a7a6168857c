"""The GitHub worker's per-message step: parse, deduplicate on the delivery id, publish, apply.

SQS delivers at least once, so the apply runs under Powertools idempotency keyed on
``X-GitHub-Delivery`` (a second copy of a message returns the first result). A message
that can never be applied (not JSON, no delivery id) is logged and dropped rather than
retried forever; any other failure raises, so the batch reports it and SQS retries it.

A push to the owner's content repository publishes the content first
(``heyfolio.github.content_push``; its outcome is the result's ``content``), then the delivery is
applied to project live data like any other: a retry after a later failure finds the commit
already published and publishes nothing twice.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from typing import Any

from heyfolio.github.apply import apply_delivery
from heyfolio.github.content_push import publish_push
from heyfolio.github.idempotency import once_per_delivery

log = logging.getLogger(__name__)


def _apply(message: dict[str, Any]) -> dict[str, Any]:
    """Publish a content push, apply the delivery to the live data (runs once per ``delivery``)."""

    content = publish_push(message)
    applied = asdict(apply_delivery(message))
    applied["changed"] = sorted(applied["changed"])
    if content is not None:
        applied["content"] = content
    return applied


def _applier() -> tuple[Any, Any]:
    return once_per_delivery("github-worker", _apply, data_keyword="message")


def process_message(body: str, context: Any = None) -> dict[str, Any]:
    """Apply one queued delivery; returns what happened (``outcome``, ``reason``, ...)."""
    try:
        message = json.loads(body)
    except ValueError:
        log.error("dropping a queue message that is not JSON (%d bytes)", len(body))
        return {"outcome": "dropped", "reason": "not JSON"}
    if not isinstance(message, dict) or not message.get("delivery") or not message.get("event"):
        log.error("dropping a queue message without delivery id or event")
        return {"outcome": "dropped", "reason": "no delivery id or event"}
    apply, config = _applier()
    if context is not None:
        config.register_lambda_context(context)
    result: dict[str, Any] = apply(message=message)
    log.info("delivery %s (%s): %s", message["delivery"], message["event"], result.get("reason"))
    if result.get("content"):
        log.info("delivery %s content: %s", message["delivery"], result["content"])
    return result
