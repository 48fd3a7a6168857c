"""Telling the owner something needs attention: SNS on AWS, a log line and an audit event always.

One seam (:func:`notify_owner`) so budget alerts (and later others) do not care where the
message goes. The audit event keeps an owner-readable record even when no topic is set.
"""

from __future__ import annotations

import logging

from heyfolio.aws import clients
from heyfolio.config import Settings, get_settings
from heyfolio.storage import audit

log = logging.getLogger(__name__)


def notify_owner(subject: str, message: str, *, settings: Settings | None = None) -> None:
    """Publish to the owner's SNS topic (``HEYFOLIO_OWNER_TOPIC_ARN``) if set; always log and audit."""
    s = settings or get_settings()
    log.warning("owner alert: %s - %s", subject, message)
    if s.owner_topic_arn:
        # SNS subjects are limited to 100 characters.
        clients.client("sns", s).publish(TopicArn=s.owner_topic_arn, Subject=subject[:100], Message=message)
    try:
        audit.append("system", "owner.alert", outcome="sent", detail={"subject": subject, "message": message})
    except Exception:
        log.warning("could not record the owner alert in the audit log", exc_info=True)
