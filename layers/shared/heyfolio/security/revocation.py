"""The revoked-token denylist: ``jti`` values that must be refused until their token would expire.

One item per revoked token in the state table (``REVOKED#<jti>`` / ``REVOKED``), with
``expires_at`` set to the token's own expiry: once the token is dead anyway, DynamoDB's TTL
may sweep the entry. Reads apply the expiry rule themselves (TTL deletes late). Low-level
client calls, not a pynamodb model: the item has no reader but this module.
"""

from __future__ import annotations

from heyfolio.aws.clients import client
from heyfolio.config import get_settings
from heyfolio.storage import clock

KIND = "revoked_token"
SK = "REVOKED"
MAX_ENTRY_SECONDS = 400 * 24 * 3600
"""A revocation without a known expiry is kept this long (longer than any token we accept)."""


def _pk(jti: str) -> str:
    return f"REVOKED#{jti}"


def revoke(jti: str, *, expires_at: float | None = None, actor: str = "owner", reason: str = "") -> None:
    """Deny ``jti`` from now until ``expires_at`` (the token's ``exp``). Idempotent."""

    if not jti or len(jti) > 256:
        raise ValueError("jti must be a non-empty token id")
    now = clock.now()
    until = expires_at if expires_at is not None else now + MAX_ENTRY_SECONDS
    client("dynamodb").put_item(
        TableName=get_settings().table_name,
        Item={
            "pk": {"S": _pk(jti)},
            "sk": {"S": SK},
            "kind": {"S": KIND},
            "created_at": {"N": repr(now)},
            "expires_at": {"N": repr(float(until))},
            "actor": {"S": actor},
            "reason": {"S": reason[:200] or "revoked"},
        },
    )


def is_revoked(jti: str) -> bool:
    """Whether ``jti`` is on the live denylist (a consistent read: a revocation counts at once)."""

    found = (
        client("dynamodb")
        .get_item(
            TableName=get_settings().table_name,
            Key={"pk": {"S": _pk(jti)}, "sk": {"S": SK}},
            ConsistentRead=True,
        )
        .get("Item")
    )
    if not found:
        return False
    expires = found.get("expires_at", {}).get("N")
    return expires is None or float(expires) > clock.now()
