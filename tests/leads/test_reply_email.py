"""The approval flow's email step, executed by moto's Step Functions: the owner's reply (or a short,
polite note) reaches the visitor - into the outbox folder locally, through Amazon SES (moto) on AWS -
and the visitor sees the status and the reply on the page's routes."""

from __future__ import annotations

import email
from collections.abc import Iterator
from email.message import Message
from typing import Any

import pytest

from heyfolio.flows.review import review_lead
from tests.flows.test_approval_flow import FAST, SLOW, finished, start_and_wait, until
from tests.github.support import local_flows

FORM = {"name": "Ada Lovelace", "email": "ada@example.org", "message": "A staff role?", "consent": True}


@pytest.fixture
def slow_flows(local_stack: None) -> Iterator[Any]:
    with local_flows(SLOW) as flows:
        yield flows


@pytest.fixture
def fast_flows(local_stack: None) -> Iterator[Any]:
    with local_flows(FAST) as flows:
        yield flows


def _lead(key: str, visitor: str = "visitor-1") -> str:
    """A stored lead whose flow the test starts itself (the page's path: test_contact_http)."""
    from heyfolio.storage import leads

    lead, _ = leads.create_once(
        f"web-contact:{key}",
        name=FORM["name"],
        email=FORM["email"],
        message=FORM["message"],
        consent=True,
        visitor_id=visitor,
        source="web",
    )

    return lead.lead_id


def _outbox() -> list[Message]:
    from heyfolio.flows.reply_email import outbox_dir

    folder = outbox_dir()
    return (
        [email.message_from_bytes(p.read_bytes()) for p in sorted(folder.glob("*.eml"))]
        if folder.exists()
        else []
    )


def test_an_approved_reply_lands_in_the_outbox_once_and_shows_to_the_visitor(
    slow_flows: Any, flow_worker: Any
) -> None:
    from heyfolio.flows.reply_email import email_decision
    from heyfolio.leads.service import visitor_view

    lead_id = _lead("approve-1")
    start_and_wait(slow_flows, flow_worker, lead_id)
    assert visitor_view(lead_id, "visitor-1").status == "new"  # type: ignore[union-attr]
    review_lead(lead_id, "approve", "Thanks Ada - Thursday at 10?")
    until(slow_flows, flow_worker, lambda: finished(lead_id) and bool(_outbox()))
    [sent] = _outbox()
    assert sent["To"] == "ada@example.org" and "replied" in sent["Subject"]
    body = sent.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "Thanks Ada - Thursday at 10?" in body and body.startswith("Hello Ada Lovelace,")
    view = visitor_view(lead_id, "visitor-1")
    assert view is not None and (view.status, view.reply) == ("approved", "Thanks Ada - Thursday at 10?")
    # A redelivered task message sends nothing twice.
    assert email_decision(lead_id).how == "skipped" and len(_outbox()) == 1


def test_a_declined_lead_gets_a_short_polite_note(slow_flows: Any, flow_worker: Any) -> None:
    from heyfolio.leads.service import visitor_view

    lead_id = _lead("decline-1")
    start_and_wait(slow_flows, flow_worker, lead_id)
    review_lead(lead_id, "decline")
    until(slow_flows, flow_worker, lambda: finished(lead_id) and bool(_outbox()))
    [sent] = _outbox()
    body = sent.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "Thank you for reaching out" in body and "not able to take it further" in body
    assert len(body) < 600
    view = visitor_view(lead_id, "visitor-1")
    assert view is not None and view.status == "declined" and view.reply is None and "Thank you" in view.note


def test_an_expired_lead_gets_a_note_too(fast_flows: Any, flow_worker: Any) -> None:
    lead_id = _lead("expire-1")
    start_and_wait(fast_flows, flow_worker, lead_id)
    until(fast_flows, flow_worker, lambda: finished(lead_id) and bool(_outbox()), timeout=40)
    [sent] = _outbox()
    assert "could not answer your message in time" in sent.get_payload(decode=True).decode()  # type: ignore[union-attr]


def test_a_withdrawn_request_is_not_emailed(slow_flows: Any, flow_worker: Any) -> None:
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.flows.reply_email import email_decision

    lead_id = _lead("cancel-1")
    start_and_wait(slow_flows, flow_worker, lead_id)
    get_runner().cancel_approval(lead_id)
    assert email_decision(lead_id).how == "skipped" and _outbox() == []


def test_on_aws_the_reply_goes_out_through_ses(
    slow_flows: Any, flow_worker: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.ses.models import ses_backends

    from heyfolio.aws.clients import client

    monkeypatch.setenv("HEYFOLIO_MAILER", "ses")
    monkeypatch.setenv("HEYFOLIO_MAIL_FROM", "mira@example.com")
    client("ses").verify_email_identity(EmailAddress="mira@example.com")
    lead_id = _lead("ses-1")
    start_and_wait(slow_flows, flow_worker, lead_id)
    review_lead(lead_id, "approve", "Happy to talk.")
    backend = ses_backends[DEFAULT_ACCOUNT_ID]["us-east-1"]
    until(slow_flows, flow_worker, lambda: finished(lead_id) and bool(backend.sent_messages))
    [sent] = backend.sent_messages
    assert sent.source == "mira@example.com" and set(sent.destinations) == {"ada@example.org"}
    raw = email.message_from_string(sent.raw_data)
    assert "Happy to talk." in raw.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert _outbox() == []


def test_ses_without_a_sender_sends_nothing_and_says_why(
    local_stack: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.flows.reply_email import email_decision
    from heyfolio.storage import leads

    monkeypatch.setenv("HEYFOLIO_MAILER", "ses")
    monkeypatch.delenv("HEYFOLIO_MAIL_FROM", raising=False)
    lead_id = _lead("nosender-1")
    leads.transition(lead_id, "new", "approved", reply="Hi")
    sent = email_decision(lead_id)
    assert sent.how == "skipped" and "ReplySenderEmail" in sent.detail


def test_a_new_flow_worker_names_the_owner_from_the_published_generation(
    local_stack: None, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The email step on a new instance reads the published generation from the content bucket (the
    flow worker's s3:GetObject on generations/*), so a renamed owner signs the reply. Run here as
    well as in the built stack: there the step may find the generation already loaded by the process
    that runs every function, so whether it reads the bucket would depend on timing."""
    import shutil
    from pathlib import Path

    from heyfolio.config import get_settings
    from heyfolio.flows.reply_email import email_decision
    from heyfolio.publish.publisher import publish
    from heyfolio.publish.store import ensure_local_bucket
    from heyfolio.published import reload
    from heyfolio.stack.attribution import running
    from heyfolio.storage import leads
    from tests.aws.plugin import RECORDER
    from tests.publish.test_publish_live import edited

    content = edited(
        Path(__file__).resolve().parents[2] / "content", tmp_path / "content", name="Rosa Quintero"
    )
    monkeypatch.setenv("HEYFOLIO_CONTENT_BUCKET", "heyfolio-content-reply")
    monkeypatch.setenv("HEYFOLIO_CONTENT_CHECK_SECONDS", "0")
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    monkeypatch.setenv("HEYFOLIO_MAIL_FROM", "owner@example.org")
    get_settings.cache_clear()
    ensure_local_bucket()
    publish(content)
    shutil.rmtree(content)  # only the bucket has it now
    reload()  # a new instance: nothing loaded yet
    lead_id = _lead("published-owner")
    leads.transition(lead_id, "new", "approved", reply="Happy to talk on Monday.")
    with running("flow_worker"):
        sent = email_decision(lead_id)
    assert sent.how == "outbox"
    [message] = _outbox()
    assert "Rosa Quintero" in message.get_payload(decode=True).decode()  # type: ignore[union-attr]
    # Recorded for the suite's end-of-run IAM check (a set: the same call in an earlier test counts too).
    assert ("flow_worker", "s3:GetObject") in {(c.function, c.action) for c in RECORDER.snapshot()}
    reload()
