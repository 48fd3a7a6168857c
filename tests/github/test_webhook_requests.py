"""The webhook's front door: signatures, sizes, headers and bodies - bad input changes nothing."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any
from urllib.parse import quote

import pytest

from heyfolio.github.signature import SignatureError, sign, verify
from tests.github.support import SECRET, WEBHOOK_FIXTURES, apigw_event, queued, response_json, signed_event

STAR = (WEBHOOK_FIXTURES / "star.created.payload.json").read_bytes()


def _nothing_changed(stack: Any) -> None:
    from heyfolio.changes import changes_since

    assert queued(stack.queue_urls["github-events"]) == []
    assert changes_since(None)[0] == []


def _audited(reason_fragment: str) -> list[Any]:
    from heyfolio.storage import audit

    found = [
        e for e in audit.list_by_actor("github-webhook") if reason_fragment in e.detail.get("reason", "")
    ]
    assert found, f"no audit event mentioning {reason_fragment!r}"
    return found


def test_sign_matches_githubs_documented_example() -> None:
    # docs.github.com "Validating webhook deliveries": secret "It's a Secret to Everybody", payload "Hello, World!"
    expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    assert sign(b"It's a Secret to Everybody", b"Hello, World!") == expected
    verify(b"It's a Secret to Everybody", b"Hello, World!", expected)
    verify(b"It's a Secret to Everybody", b"Hello, World!", expected.upper().replace("SHA256=", "sha256="))


@pytest.mark.parametrize(
    ("header", "fragment"),
    [
        (None, "missing"),
        ("", "missing"),
        ("sha1=" + hashlib.sha1(b"x").hexdigest(), "malformed"),
        ("sha256=", "malformed"),
        ("sha256=" + "g" * 64, "malformed"),
        ("sha256=" + "a" * 63, "malformed"),
        ("sha256=" + hmac.new(b"another secret", STAR, hashlib.sha256).hexdigest(), "does not match"),
    ],
)
def test_bad_signatures_are_refused_with_a_reason(header: str | None, fragment: str) -> None:
    with pytest.raises(SignatureError, match=fragment):
        verify(SECRET, STAR, header)


def test_no_secret_verifies_nothing() -> None:
    with pytest.raises(SignatureError, match="not configured"):
        verify(b"", STAR, sign(b"", STAR))


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda h: h.pop("X-Hub-Signature-256"), "missing X-Hub-Signature-256"),
        (lambda h: h.update({"X-Hub-Signature-256": "sha256=nothex"}), "malformed"),
        (lambda h: h.update({"X-Hub-Signature-256": sign(b"wrong-secret", STAR)}), "does not match"),
        (
            lambda h: (
                h.update({"X-Hub-Signature": "sha1=" + hashlib.sha1(STAR).hexdigest()})
                or h.pop("X-Hub-Signature-256")
            ),
            "missing X-Hub-Signature-256",
        ),
    ],
)
def test_unsigned_or_forged_deliveries_get_401_and_change_nothing(
    mutate: Any, fragment: str, webhook: Any, stack: Any
) -> None:
    event = signed_event("star", STAR, "forged-1")
    headers = dict(event["headers"])
    mutate(headers)
    result = webhook(apigw_event(STAR, headers))
    assert result["statusCode"] == 401
    assert fragment in response_json(result)["message"]
    _nothing_changed(stack)
    [entry] = _audited(fragment)
    assert entry.action == "webhook.rejected" and entry.outcome == "rejected-401"
    assert entry.source_ip == "192.0.2.10" and entry.target == "forged-1"


def test_altered_body_fails_the_signature(webhook: Any, stack: Any) -> None:
    event = signed_event("star", STAR, "altered-1")
    event["body"] = event["body"].replace('"stargazers_count": 1', '"stargazers_count": 9999')
    assert event["body"] != STAR.decode()
    result = webhook(event)
    assert result["statusCode"] == 401
    _nothing_changed(stack)


@pytest.mark.parametrize("size", [2 * 1024 * 1024 + 1, 9 * 1024 * 1024, 25 * 1024 * 1024])
def test_oversized_body_is_413_before_any_work(webhook: Any, stack: Any, size: int) -> None:
    """The README's cap (``/webhooks/github=2m``), from the one policy table, even when signed."""
    pad = size - len(b'{"pad": ""}')
    body = b'{"pad": "' + b"x" * pad + b'"}'
    assert len(body) == size
    result = webhook(signed_event("star", body, f"huge-{size}"))
    assert result["statusCode"] == 413
    message = response_json(result)["message"]
    assert "at most 2097152 bytes (2 MB)" in message and str(size) in message
    _nothing_changed(stack)


def test_body_at_the_cap_is_read(webhook: Any, stack: Any) -> None:
    body = b'{"pad": "' + b"x" * (2 * 1024 * 1024 - len(b'{"pad": ""}')) + b'"}'
    result = webhook(signed_event("star", body, "at-cap-1"))
    assert result["statusCode"] != 413, response_json(result)


@pytest.mark.parametrize(
    "body",
    [
        b'{"zen": NaN, "hook_id": 1}',
        b'{"zen": Infinity, "hook_id": 1}',
        b'{"zen": 1e999, "hook_id": 1}',
        b'{"zen": "\\ud800", "hook_id": 1}',
        b"[" * 5000 + b"]" * 5000,
    ],
)
def test_non_standard_json_is_refused_never_echoed(webhook: Any, stack: Any, body: bytes) -> None:
    """A signed ping holding NaN (or another non-JSON value) is a 400 with valid JSON, not an echo."""
    result = webhook(signed_event("ping", body, "nan-1"))
    assert result["statusCode"] == 400, result
    decoded = json.loads(result["body"], parse_constant=lambda name: pytest.fail(f"{name} echoed"))
    assert "not a JSON webhook payload" in decoded["message"]
    _nothing_changed(stack)


@pytest.mark.parametrize(
    ("body", "headers", "status", "fragment"),
    [
        (b"{not json", {}, 400, "not a JSON webhook payload"),
        (b"\xff\xfe\x00", {}, 400, "not a JSON webhook payload"),
        (b"[1, 2, 3]", {}, 400, "must be a JSON object"),
        (STAR, {"X-GitHub-Event": ""}, 400, "missing X-GitHub-Event"),
        (STAR, {"X-GitHub-Delivery": ""}, 400, "X-GitHub-Delivery"),
        (b"payload=%7Bbroken", {"Content-Type": "application/x-www-form-urlencoded"}, 400, "not a JSON"),
        (b"other=1", {"Content-Type": "application/x-www-form-urlencoded"}, 400, "not a JSON"),
    ],
)
def test_signed_but_malformed_requests_get_a_clear_400(
    body: bytes, headers: dict[str, str], status: int, fragment: str, webhook: Any, stack: Any
) -> None:
    event = signed_event("star", body, "bad-1", extra=headers)
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:  # API Gateway hands binary bodies over base64-encoded
        event = apigw_event(body, event["headers"], base64_body=True)
    if "X-GitHub-Event" in headers and not headers["X-GitHub-Event"]:
        event["headers"].pop("X-GitHub-Event")
        event["multiValueHeaders"].pop("X-GitHub-Event")
    result = webhook(event)
    assert result["statusCode"] == status
    assert fragment in response_json(result)["message"]
    _nothing_changed(stack)


def test_invalid_base64_body_is_400(webhook: Any, stack: Any) -> None:
    event = signed_event("star", STAR, "b64-bad")
    event["isBase64Encoded"] = True
    event["body"] = "***not base64***"
    assert webhook(event)["statusCode"] == 400
    _nothing_changed(stack)


@pytest.mark.usefixtures("fixture_owner")
def test_base64_and_form_encoded_deliveries_are_accepted(webhook: Any, stack: Any) -> None:
    event = signed_event("star", STAR, "b64-ok")
    event["isBase64Encoded"] = True
    import base64

    event["body"] = base64.b64encode(STAR).decode()
    assert webhook(event)["statusCode"] == 202
    form = ("payload=" + quote(STAR.decode())).encode()
    result = webhook(
        signed_event("star", form, "form-ok", extra={"Content-Type": "application/x-www-form-urlencoded"})
    )
    assert result["statusCode"] == 202
    messages = queued(stack.queue_urls["github-events"])
    assert [m["delivery"] for m in messages] == ["b64-ok", "form-ok"]
    assert messages[1]["payload"]["repository"]["stargazers_count"] == 1


@pytest.mark.usefixtures("fixture_owner")
def test_redelivery_is_acknowledged_without_a_second_effect(
    webhook: Any, stack: Any, github_worker: Any
) -> None:
    from heyfolio.changes import changes_since
    from heyfolio.dev.local_flows import drain

    first = webhook(signed_event("star", STAR, "dup-1"))
    again = webhook(signed_event("star", STAR, "dup-1"))
    assert first["statusCode"] == 202 and response_json(first)["duplicate"] is False
    assert again["statusCode"] == 200
    body = response_json(again)
    assert body["duplicate"] is True and body["delivery"] == "dup-1"
    assert body["queued"] == response_json(first)["queued"]
    assert len(queued(stack.queue_urls["github-events"])) == 1
    drain(stack.queue_urls["github-events"], github_worker)
    webhook(signed_event("star", STAR, "dup-1"))  # after processing, still nothing new
    assert queued(stack.queue_urls["github-events"]) == []
    assert len(changes_since(None)[0]) == 1


def test_unknown_events_are_acknowledged_and_ignored(webhook: Any, stack: Any) -> None:
    body = json.dumps({"action": "opened", "issue": {"number": 1}}).encode()
    result = webhook(signed_event("issues", body, "issue-1"))
    assert result["statusCode"] == 202
    assert response_json(result) == {
        "accepted": False,
        "event": "issues",
        "ignored": "event 'issues' is not used",
    }
    _nothing_changed(stack)


def test_without_a_queue_the_webhook_says_so(
    webhook: Any, stack: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.config import get_settings

    monkeypatch.delenv("HEYFOLIO_GITHUB_QUEUE_URL")
    get_settings.cache_clear()
    result = webhook(signed_event("star", STAR, "noqueue-1"))
    assert result["statusCode"] == 503 and "no queue" in response_json(result)["message"]


def test_on_aws_without_a_secret_every_delivery_is_refused(
    webhook: Any, stack: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.config import get_settings

    monkeypatch.delenv("GITHUB_WEBHOOK_SECRET")
    monkeypatch.setenv("HEYFOLIO_ENV", "aws")
    get_settings.cache_clear()
    result = webhook(signed_event("star", STAR, "nosecret-1"))
    assert result["statusCode"] == 503 and "no webhook secret" in response_json(result)["message"]
    _nothing_changed(stack)


def test_secret_from_secrets_manager(webhook: Any, stack: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings
    from heyfolio.github import secrets

    arn = client("secretsmanager").create_secret(
        Name="heyfolio/webhook", SecretString="from-secrets-manager"
    )["ARN"]
    monkeypatch.delenv("GITHUB_WEBHOOK_SECRET")
    monkeypatch.setenv("GITHUB_WEBHOOK_SECRET_ARN", arn)
    monkeypatch.setenv("HEYFOLIO_ENV", "aws")
    get_settings.cache_clear()
    secrets.clear_cache()
    ok = webhook(signed_event("star", STAR, "sm-1", secret=b"from-secrets-manager"))
    refused = webhook(signed_event("star", STAR, "sm-2"))
    assert ok["statusCode"] == 202
    assert refused["statusCode"] == 401
    secrets.clear_cache()
