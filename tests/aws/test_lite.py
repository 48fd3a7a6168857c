"""The standard-library DynamoDB client: Signature V4 and typed values, checked against botocore."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from heyfolio.aws import lite


def test_signature_matches_botocore(monkeypatch: pytest.MonkeyPatch) -> None:
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "session-token")
    now = datetime.datetime(2026, 12, 3, 12, 0, 0, tzinfo=datetime.UTC)
    body = b'{"RequestItems": {}}'
    ours = lite.signed_request(
        "https://dynamodb.us-east-1.amazonaws.com/",
        "us-east-1",
        "dynamodb",
        "DynamoDB_20120810.BatchGetItem",
        body,
        now=now,
    )
    theirs = AWSRequest(
        method="POST",
        url="https://dynamodb.us-east-1.amazonaws.com/",
        data=body,
        headers={
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": "DynamoDB_20120810.BatchGetItem",
            "X-Amz-Date": "20261203T120000Z",
        },
    )
    signer = SigV4Auth(
        Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token"),
        "dynamodb",
        "us-east-1",
    )
    import botocore.auth

    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: now.replace(tzinfo=None))
    signer.add_auth(theirs)
    assert (
        ours.get_header("Authorization").split("SignedHeaders=")[1].split(",")[0]
        == (theirs.headers["Authorization"].split("SignedHeaders=")[1].split(",")[0])
    )
    ours_sig = ours.get_header("Authorization").split("Signature=")[1]
    theirs_sig = theirs.headers["Authorization"].split("Signature=")[1]
    assert ours_sig == theirs_sig


def test_typed_values_read_as_the_sdk_reads_them() -> None:
    from boto3.dynamodb.types import TypeDeserializer

    from heyfolio.storage.projects import _plain

    item = {
        "s": {"S": "x"},
        "n": {"N": "12"},
        "f": {"N": "1.5"},
        "z": {"N": "12.0"},
        "b": {"BOOL": True},
        "null": {"NULL": True},
        "l": {"L": [{"S": "a"}, {"N": "2"}]},
        "m": {"M": {"k": {"N": "3"}}},
    }
    sdk = {k: _plain(TypeDeserializer().deserialize(v)) for k, v in item.items()}
    assert {k: lite.plain(v) for k, v in item.items()} == sdk
    assert lite.plain({"N": "12.0"}) == 12 and isinstance(lite.plain({"N": "1.5"}), float)
    assert Decimal("1.5") == Decimal(str(lite.plain({"N": "1.5"})))


def test_batch_get_over_http_against_the_emulator(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Live data read with the light client from moto's server: same answer as the SDK's."""
    from heyfolio.config import get_settings
    from heyfolio.dev.local_emulator import LocalEmulator
    from heyfolio.github.live import clear_cache
    from heyfolio.storage import projects
    from heyfolio.storage.tables import ensure_tables

    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path))
    seen: list[str] = []
    remove = lite.on_call(lambda service, op, params: seen.append(op))
    with LocalEmulator():
        try:
            assert lite.available()
            ensure_tables()
            projects.bind_name("mira-okafor/ledgerline", 4242, "ledgerline")
            projects.update_live(
                4242,
                full_name="mira-okafor/ledgerline",
                slug="ledgerline",
                fields={"stars": 812, "private": False},
            )
            found = projects.live_for_names(["Mira-Okafor/Ledgerline", "nobody/none"])
            assert set(found) == {"mira-okafor/ledgerline"}
            assert found["mira-okafor/ledgerline"].fields["stars"] == 812
            assert seen == ["BatchGetItem", "BatchGetItem"]
        finally:
            remove()
            clear_cache()
    get_settings.cache_clear()


def test_s3_get_signature_matches_botocore(monkeypatch: pytest.MonkeyPatch) -> None:
    import botocore.auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "session-token")
    now = datetime.datetime(2026, 12, 3, 12, 0, 0, tzinfo=datetime.UTC)
    url = "https://content-bucket.s3.us-east-1.amazonaws.com/generations/7/bundle.json"
    ours = lite.signed_get(url, "us-east-1", "s3", now=now)
    theirs = AWSRequest(method="GET", url=url, headers={"X-Amz-Date": "20261203T120000Z"})
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: now.replace(tzinfo=None))
    signer = botocore.auth.S3SigV4Auth(
        Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token"),
        "s3",
        "us-east-1",
    )
    theirs.context["payload_signing_enabled"] = True
    signer.add_auth(theirs)
    assert ours.get_header("Authorization") == theirs.headers["Authorization"]


def test_s3_get_over_http_against_the_emulator(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings
    from heyfolio.dev.local_emulator import LocalEmulator

    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path))
    seen: list[tuple[str, str]] = []
    remove = lite.on_call(lambda service, op, params: seen.append((service, op)))
    with LocalEmulator():
        try:
            client("s3").create_bucket(Bucket="content")
            client("s3").put_object(
                Bucket="content", Key="generations/1/bundle.json", Body=b'{"a": "\xc3\xa9"}'
            )
            assert lite.s3_get("content", "generations/1/bundle.json") == b'{"a": "\xc3\xa9"}'
            with pytest.raises(lite.S3Error) as missing:
                lite.s3_get("content", "generations/2/bundle.json")
            assert missing.value.code == "NoSuchKey"
            assert seen == [("s3", "GetObject"), ("s3", "GetObject")]
        finally:
            remove()
    get_settings.cache_clear()


def test_recent_audit_events_read_without_the_sdk_match_the_models(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """``visitor_questions`` reads the audit log with the light client where it can: the same live
    events in the same order as the pynamodb query, expired ones and other kinds left out."""
    from heyfolio.config import get_settings
    from heyfolio.dev.local_emulator import LocalEmulator
    from heyfolio.storage import audit, clock, questions
    from heyfolio.storage.tables import ensure_tables

    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path))
    seen: list[tuple[str, str]] = []
    remove = lite.on_call(lambda service, op, params: seen.append((service, op)))
    with LocalEmulator():
        try:
            assert lite.available()
            ensure_tables()
            now = clock.now()
            # Two months back, last month, an expired one, another action, and over one page of this month.
            audit.append("v1", "visitor_question", outcome="answered", detail={"question": "old?"},
                         at=now - 40 * 86400)  # fmt: skip
            audit.append("v2", "visitor_question", outcome="unanswered", detail={"question": "gone?"},
                         at=now - 86400, retention_seconds=60)  # fmt: skip
            audit.append("owner", "lead_approved", outcome="ok", target="lead-1", at=now - 3600)
            for i in range(105):
                questions.record(f"question {i}?", answered=i % 2 == 0, source="mcp", top_score=i / 100)
            seen.clear()
            for limit in (1, 50, 120, 1000):
                fast = audit.list_recent(limit=limit)
                assert ("dynamodb", "Query") in seen
                seen.clear()
                with monkeypatch.context() as patched:
                    patched.setattr(lite, "available", lambda settings=None: False)
                    sdk = audit.list_recent(limit=limit)
                assert fast == sdk, limit
                assert seen == []
            assert len(audit.list_recent(limit=1000)) == 107  # 105 + the old question + the approval
            assert "gone?" not in {e.detail.get("question") for e in audit.list_recent(limit=1000)}
            unanswered = questions.recent(unanswered_only=True, limit=500)
            assert len(unanswered) == 52 and all(not q.answered for q in unanswered)
            assert [q.question for q in unanswered[:2]] == ["question 103?", "question 101?"]
        finally:
            remove()
    get_settings.cache_clear()


def test_leads_by_status_read_without_the_sdk_match_the_models(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """``list_leads`` queries the status index with the light client where it can: the same live
    leads, newest first, decrypted, as the pynamodb query; a decided lead leaves the inbox."""
    from heyfolio.config import get_settings
    from heyfolio.crypto.fields import clear_cache
    from heyfolio.dev.local_emulator import LocalEmulator
    from heyfolio.storage import leads
    from heyfolio.storage.tables import ensure_tables

    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path))
    seen: list[tuple[str, str]] = []
    remove = lite.on_call(lambda service, op, params: seen.append((service, op)))
    with LocalEmulator():
        try:
            ensure_tables()
            made = [
                leads.create_once(f"key-{i}", name=f"Visitor {i}", email=f"v{i}@example.org",
                                  message=f"Hello {i}", consent=True, source="mcp")[0]
                for i in range(4)
            ]  # fmt: skip
            leads.transition(made[1].lead_id, "new", "approved", reply="Glad to talk.")
            for status, limit in (("new", 50), ("new", 2), ("approved", 50), ("declined", 50)):
                seen.clear()
                fast = leads.list_by_status(status, limit=limit)  # type: ignore[arg-type]
                assert ("dynamodb", "Query") in seen
                with monkeypatch.context() as patched:
                    patched.setattr(lite, "available", lambda settings=None: False)
                    sdk = leads.list_by_status(status, limit=limit)  # type: ignore[arg-type]
                assert fast == sdk, status
            inbox = leads.list_by_status("new")
            assert [lead.email for lead in inbox] == ["v3@example.org", "v2@example.org", "v0@example.org"]
            assert [lead.reply for lead in leads.list_by_status("approved")] == ["Glad to talk."]
        finally:
            remove()
            clear_cache()
    get_settings.cache_clear()
