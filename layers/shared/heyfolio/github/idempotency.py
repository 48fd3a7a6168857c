"""Once per GitHub delivery: Powertools idempotency keyed on ``X-GitHub-Delivery``.

The webhook (accepting a delivery) and the worker (applying it) each guard their step
this way, in the state table under their own partition, so a redelivery - by GitHub or
by SQS - has no second effect. Built once per settings (Powertools setup is not free).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import get_settings

IDEMPOTENCY_SECONDS = 4 * 24 * 3600
"""GitHub keeps redelivering for up to three days; remember a little longer."""

_lock = threading.Lock()
_guarded: dict[tuple[str, str, str, str | None], tuple[Any, Any]] = {}


def once_per_delivery(
    purpose: str,
    func: Callable[..., dict[str, Any]],
    *,
    data_keyword: str,
    response_hook: Any = None,
) -> tuple[Callable[..., dict[str, Any]], Any]:
    """``func`` run at most once per payload ``delivery`` (and its Powertools config, for the Lambda context)."""
    from aws_lambda_powertools.utilities.idempotency import (
        DynamoDBPersistenceLayer,
        IdempotencyConfig,
        idempotent_function,
    )

    settings = get_settings()
    key = (purpose, settings.table_name, settings.region, settings.aws_endpoint_url)
    with _lock:
        found = _guarded.get(key)
        if found is not None:
            return found
        store = DynamoDBPersistenceLayer(
            table_name=settings.table_name,
            key_attr="pk",
            sort_key_attr="sk",
            static_pk_value=f"IDEMPOTENCY#{purpose}",
            expiry_attr="expires_at",
            boto3_client=client("dynamodb", settings),
        )
        config = IdempotencyConfig(
            event_key_jmespath="delivery",
            expires_after_seconds=IDEMPOTENCY_SECONDS,
            response_hook=response_hook,
        )
        guarded = idempotent_function(
            data_keyword_argument=data_keyword, persistence_store=store, config=config
        )(func)
        _guarded[key] = (guarded, config)
        return guarded, config
