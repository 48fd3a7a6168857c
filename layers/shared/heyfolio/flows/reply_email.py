"""The approval flow's last step: tell the visitor by email what the owner decided.

An approved lead's visitor gets the owner's reply; a declined or expired one gets a short, polite
note; a lead the visitor withdrew gets nothing. On AWS the message goes out through Amazon SES
from the stack's sender identity (``HEYFOLIO_MAIL_FROM``, the template's ``ReplySenderEmail``);
locally it is written to the outbox folder in the data folder, one ``.eml`` file per message, so
``make dev`` shows exactly what would be sent. Each lead is emailed at most once: the approval
record is marked (conditionally) before sending, and the mark is removed if sending fails, so
a redelivered task message never sends twice and a failed send is retried.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any, Literal

from heyfolio.aws.clients import client, error_code
from heyfolio.config import get_settings

log = logging.getLogger(__name__)

Mailer = Literal["ses", "outbox"]
LOCAL_SENDER = "heyfolio <no-reply@localhost>"


@dataclass(frozen=True)
class Sent:
    """What the email step did: ``how`` (``ses``, ``outbox``, ``skipped``) and where or why."""

    lead_id: str
    how: str
    detail: str


def mailer() -> Mailer:
    """``HEYFOLIO_MAILER`` if set, else SES on AWS and the outbox folder locally."""

    chosen = os.environ.get("HEYFOLIO_MAILER") or ("ses" if get_settings().env == "aws" else "outbox")
    if chosen not in ("ses", "outbox"):
        raise ValueError(f"HEYFOLIO_MAILER must be 'ses' or 'outbox', got {chosen!r}")
    return chosen  # type: ignore[return-value]


def sender() -> str | None:
    """The From address: ``HEYFOLIO_MAIL_FROM`` (an SES-verified identity on AWS); ``None`` when SES
    has no sender configured (the stack was deployed without ``ReplySenderEmail``)."""
    value = os.environ.get("HEYFOLIO_MAIL_FROM", "").strip()
    if value:
        return value
    return None if mailer() == "ses" else LOCAL_SENDER


def outbox_dir() -> Path:
    """``<data folder>/outbox``: where the local mailer writes its ``.eml`` files."""

    return get_settings().data_dir / "outbox"


def compose(
    *, to: str, name: str | None, owner: str, status: str, reply: str | None, url: str
) -> EmailMessage:
    """The visitor's email for an outcome (``approved`` with the reply, ``declined`` or ``expired``)."""
    hello = f"Hello {name}," if name else "Hello,"
    if status == "approved":
        subject = f"{owner} replied to your message"
        body = f"{hello}\n\n{owner} read your message and replied:\n\n{reply or ''}\n"
    elif status == "declined":
        subject = f"About your message to {owner}"
        body = (
            f"{hello}\n\nThank you for reaching out to {owner}. {owner} has read your message but is not "
            "able to take it further right now. We wish you the best with your search.\n"
        )
    else:
        subject = f"About your message to {owner}"
        body = (
            f"{hello}\n\nThank you for reaching out to {owner}. {owner} could not answer your message in "
            "time, so the request has closed. You are welcome to get in touch again.\n"
        )
    body += (
        f"\n--\nSent by {owner}'s portfolio ({url}). You asked to be put in touch there; "
        "you can download or erase your data on the page.\n"
    )
    message = EmailMessage()
    message["From"] = sender() or LOCAL_SENDER
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain="heyfolio.local")
    message.set_content(body)
    return message


def _ddb() -> tuple[Any, str]:

    return client("dynamodb"), get_settings().table_name


def _mark(lead_id: str, status: str) -> bool:
    """Claim this lead's one email; ``False`` when it was sent (or is being sent) already."""
    from heyfolio.flows.approval import record_key
    from heyfolio.storage import clock

    ddb, table = _ddb()
    try:
        ddb.update_item(
            TableName=table,
            Key=record_key(lead_id),
            UpdateExpression="SET emailed_at = :at, emailed_status = :s",
            ConditionExpression="attribute_not_exists(emailed_at)",
            ExpressionAttributeValues={":at": {"N": repr(clock.now())}, ":s": {"S": status}},
        )
    except Exception as error:
        if error_code(error) == "ConditionalCheckFailedException":
            return False
        raise
    return True


def _unmark(lead_id: str) -> None:
    from heyfolio.flows.approval import record_key

    ddb, table = _ddb()
    ddb.update_item(
        TableName=table, Key=record_key(lead_id), UpdateExpression="REMOVE emailed_at, emailed_status"
    )


def _deliver(message: EmailMessage, lead_id: str, status: str) -> Sent:
    if mailer() == "ses":
        sent = client("ses").send_raw_email(
            Source=str(message["From"]),
            Destinations=[str(message["To"])],
            RawMessage={"Data": message.as_bytes()},
        )
        return Sent(lead_id, "ses", str(sent.get("MessageId", "")))
    folder = outbox_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{lead_id}-{status}.eml"
    temporary = path.with_suffix(".eml.part")
    temporary.write_bytes(message.as_bytes())
    temporary.replace(path)  # whole files only: a reader never sees half a message
    return Sent(lead_id, "outbox", str(path))


def email_decision(lead_id: str) -> Sent:
    """Email the visitor of ``lead_id`` the owner's decision (once); skipped when there is nothing to say."""
    from heyfolio.published import get_published
    from heyfolio.storage import leads

    lead = leads.get(lead_id)
    if lead is None or not lead.email:
        return Sent(lead_id, "skipped", "no lead, or its details were erased")
    if lead.status not in ("approved", "declined", "expired"):
        return Sent(lead_id, "skipped", f"nothing to tell yet (status {lead.status})")
    from heyfolio.flows.approval import get_record

    record = get_record(lead_id)
    if record is not None and record.status == "cancelled":
        return Sent(lead_id, "skipped", "the visitor withdrew the request")
    if sender() is None:
        log.warning("lead %s: no email sent - set the stack's ReplySenderEmail (HEYFOLIO_MAIL_FROM)", lead_id)
        return Sent(lead_id, "skipped", "no sender identity configured (ReplySenderEmail)")
    message = compose(
        to=lead.email,
        name=lead.name,
        owner=get_published().portfolio.owner_name,
        status=lead.status,
        reply=lead.reply,
        url=get_settings().public_url,
    )
    if not _mark(lead_id, lead.status):
        return Sent(lead_id, "skipped", "already emailed")
    try:
        return _deliver(message, lead_id, lead.status)
    except Exception:
        _unmark(lead_id)
        raise
