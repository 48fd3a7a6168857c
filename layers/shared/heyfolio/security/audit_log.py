"""What the security and privacy code writes to the audit log, and how.

The log itself is ``heyfolio.storage.audit`` (append-only). ``record`` is best effort: a
request must not fail because its audit line could not be written, but the failure is logged
at error level (and counted) so it is seen. Visitors are recorded by a pseudonym
(``visitor_ref``), never by their id: erasing a visitor removes every item that carries the
id, and an audit trail that still named them would undo that.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from heyfolio.storage import audit

logger = logging.getLogger("heyfolio.security.audit")

AUTH_FAILURE = "auth.failure"
AUTH_FORBIDDEN = "auth.forbidden"
OWNER_ACCESS = "owner.access"
TOKEN_REVOKE = "token.revoke"
LEAD_REVIEW = "lead.review"
PRIVACY_EXPORT = "privacy.export"
PRIVACY_ERASE = "privacy.erase"
WEBHOOK_REJECTED = "webhook.rejected"

ACTIONS = (
    AUTH_FAILURE,
    AUTH_FORBIDDEN,
    OWNER_ACCESS,
    TOKEN_REVOKE,
    LEAD_REVIEW,
    PRIVACY_EXPORT,
    PRIVACY_ERASE,
    WEBHOOK_REJECTED,
)


def visitor_ref(visitor_id: str) -> str:
    """A stable pseudonym for a visitor in the audit log (not reversible to the id)."""
    return "visitor:" + hashlib.sha256(b"heyfolio-audit\0" + visitor_id.encode()).hexdigest()[:16]


def record(
    action: str,
    *,
    actor: str,
    outcome: str,
    target: str | None = None,
    source_ip: str | None = None,
    detail: dict[str, Any] | None = None,
) -> bool:
    """Append one audit event; ``False`` (and an error log) if it could not be written."""
    try:
        audit.append(actor, action, outcome=outcome, target=target, source_ip=source_ip, detail=detail)
        return True
    except Exception:
        logger.error(
            "could not write an audit event",
            extra={"audit_action": action, "audit_outcome": outcome},
            exc_info=True,
        )
        return False


def record_lead_review(
    actor: str, lead_id: str, decision: str, *, outcome: str, via: str, source_ip: str | None = None
) -> None:
    """One audit line per owner decision on a lead (the route and the MCP tool both call it)."""
    record(
        LEAD_REVIEW,
        actor=actor,
        outcome=outcome,
        target=f"lead:{lead_id}",
        source_ip=source_ip,
        detail={"decision": decision, "via": via},
    )
