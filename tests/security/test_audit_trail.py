"""The audit log records lead reviews and rejected webhooks, and cannot be rewritten."""

from __future__ import annotations

import json

import pytest

from heyfolio.dev.apigw_events import build_event
from tests.security.conftest import audit_events

pytestmark = pytest.mark.usefixtures("local_stack")


def test_a_lead_review_is_audited_with_who_what_when_where_and_outcome() -> None:
    from heyfolio.security.tokens import mint_token
    from heyfolio.stack.local_invoke import invoke_local
    from heyfolio.storage import leads

    lead, _ = leads.create_once("k1", name="Ada", email="ada@example.com", message="hi", consent=True)
    path = f"/api/owner/leads/{lead.lead_id}/review"
    for decision, expected in (("decline", "declined"), ("decline", "refused-409")):
        event = build_event(
            method="POST",
            path=path,
            resource="/api/owner/leads/{lead_id}/review",
            path_parameters={"lead_id": lead.lead_id},
            query_string="",
            headers=[
                ("Authorization", f"Bearer {mint_token('owner')}"),
                ("Content-Type", "application/json"),
            ],
            body=json.dumps({"decision": decision}).encode(),
            source_ip="192.0.2.44",
        )
        invoke_local("flow_review", event)
        [newest, *_] = audit_events("lead.review")
        assert (newest.outcome, newest.target, newest.source_ip) == (
            expected,
            f"lead:{lead.lead_id}",
            "192.0.2.44",
        )
        assert newest.detail == {"decision": "decline", "via": "owner_api"} and newest.at > 0
    assert len(audit_events("owner.access")) == 2  # each owner request, too


def test_a_webhook_with_a_bad_signature_is_audited(monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.config import get_settings
    from heyfolio.stack.local_invoke import invoke_local

    monkeypatch.setenv("GITHUB_WEBHOOK_SECRET", "s3cret-for-tests")
    get_settings.cache_clear()
    event = build_event(
        method="POST",
        path="/webhooks/github",
        resource="/webhooks/github",
        path_parameters={},
        query_string="",
        headers=[
            ("X-Hub-Signature-256", "sha256=" + "0" * 64),
            ("X-GitHub-Event", "push"),
            ("Content-Type", "application/json"),
        ],
        body=b'{"zen": "forged"}',
        source_ip="203.0.113.99",
    )
    assert invoke_local("github_webhook", event)["statusCode"] == 401
    [rejected] = audit_events("webhook.rejected")
    assert rejected.outcome == "rejected-401" and rejected.detail["status"] == 401


def test_audit_events_are_append_only() -> None:
    from heyfolio.security import audit_log
    from heyfolio.storage import audit
    from heyfolio.storage.binding import models

    assert audit_log.record(audit_log.TOKEN_REVOKE, actor="owner", outcome="revoked", target="jti:x")
    [event] = audit.list_recent(limit=5)
    pk, sk = event.event_id.split("/", 1)
    item = models().AuditItem.get(pk, sk)
    with pytest.raises(TypeError, match="append-only"):
        item.update(actions=[models().AuditItem.outcome.set("nothing happened")])
    from pynamodb.exceptions import PutError

    with pytest.raises(PutError, match="ConditionalCheckFailed"):  # no put over an existing event
        item.save(condition=models().AuditItem.pk.does_not_exist())


def test_an_unwritable_audit_log_does_not_fail_the_request(monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.security import audit_log
    from heyfolio.storage import audit

    def down(*args: object, **kwargs: object) -> None:
        raise ConnectionError("events table unavailable")

    monkeypatch.setattr(audit, "append", down)
    assert audit_log.record(audit_log.AUTH_FAILURE, actor="x", outcome="refused") is False
