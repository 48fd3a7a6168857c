"""The GitHub worker's per-message step: parse, deduplicate on the delivery id, apply.

SQS delivers at least once, so the apply runs under Powertools idempotency keyed on
``X-GitHub-Delivery`` (a second copy of a message returns the first result). A message
that can never be applied (not JSON, no delivery id) is logged and dropped rather than
retried forever; any other failure raises, so the batch reports it and SQS retries it.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict
from typing import Any

from heyfolio.config import get_settings

log = logging.getLogger(__name__)

IDEMPOTENCY_PK = "IDEMPOTENCY#github-worker"
IDEMPOTENCY_SECONDS = 4 * 24 * 3600

_lock = threading.Lock()
_appliers: dict[tuple[str, str, str | None], tuple[Any, Any]] = {}


def _applier() -> tuple[Any, Any]:
    from aws_lambda_powertools.utilities.idempotency import (
        DynamoDBPersistenceLayer,
        IdempotencyConfig,
        idempotent_function,
    )

    from heyfolio.aws.clients import client

    settings = get_settings()
    key = (settings.table_name, settings.region, settings.aws_endpoint_url)
    with _lock:
        found = _appliers.get(key)
        if found is not None:
            return found
        store = DynamoDBPersistenceLayer(
            table_name=settings.table_name,
            key_attr="pk",
            sort_key_attr="sk",
            static_pk_value=IDEMPOTENCY_PK,
            expiry_attr="expires_at",
            boto3_client=client("dynamodb", settings),
        )
        config = IdempotencyConfig(event_key_jmespath="delivery", expires_after_seconds=IDEMPOTENCY_SECONDS)

        @idempotent_function(data_keyword_argument="message", persistence_store=store, config=config)
        def apply(message: dict[str, Any]) -> dict[str, Any]:
            from heyfolio.github.apply import apply_delivery

            applied = asdict(apply_delivery(message))
            applied["changed"] = sorted(applied["changed"])
            return applied

        _appliers[key] = (apply, config)
        return apply, config


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
    return result
