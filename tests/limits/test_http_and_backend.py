"""Refusal responses, client identity, backend choice, Upstash credentials and owner alerts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from heyfolio.config import Settings
from heyfolio.limits import backend
from heyfolio.limits.decision import Decision
from heyfolio.limits.http import apigw_refusal, client_ip_from_event, client_ip_from_scope, refusal_for


def test_allowed_means_no_refusal() -> None:
    assert refusal_for(Decision(True, 0, 5, 4, "5/m per ip")) is None
    assert apigw_refusal(Decision(True, 0, 5, 4)) is None


def test_rate_limited_is_429_with_retry_after() -> None:
    refusal = refusal_for(Decision(False, 42, 5, 0, "5/m per ip"))
    assert refusal is not None and refusal.status == 429
    assert refusal.headers["Retry-After"] == "42" and refusal.headers["RateLimit-Limit"] == "5"
    assert refusal.body["error"] == "rate_limited" and "42 seconds" in refusal.body["message"]
    assert "5/m per ip" in refusal.body["message"]
    response = apigw_refusal(Decision(False, 42, 5, 0, "5/m per ip"))
    assert (
        response is not None
        and response["statusCode"] == 429
        and json.loads(response["body"])["retry_after"] == 42
    )


def test_unavailable_is_503_with_a_clear_message() -> None:
    refusal = refusal_for(Decision(False, 30, 0, 0, "limiter unavailable", unavailable=True))
    assert refusal is not None and refusal.status == 503 and refusal.headers["Retry-After"] == "30"
    assert "RateLimit-Limit" not in refusal.headers
    assert refusal.body["error"] == "limiter_unavailable" and "cannot be reached" in refusal.body["message"]


def test_jsonrpc_refusal_keeps_the_request_id() -> None:
    refusal = refusal_for(Decision(False, 7, 60, 0, "60/m per ip"), jsonrpc=True, jsonrpc_id=12)
    assert refusal is not None and refusal.status == 429
    assert refusal.body["jsonrpc"] == "2.0" and refusal.body["id"] == 12
    assert refusal.body["error"]["data"] == {"reason": "rate_limited", "retryAfterSeconds": 7}


def test_client_ip_from_events_and_scopes() -> None:
    assert (
        client_ip_from_event({"requestContext": {"identity": {"sourceIp": "203.0.113.9"}}}) == "203.0.113.9"
    )
    assert client_ip_from_event({"requestContext": {"http": {"sourceIp": "198.51.100.2"}}}) == "198.51.100.2"
    assert client_ip_from_event({}) is None
    scope = {"client": ("127.0.0.1", 5000), "headers": [(b"x-forwarded-for", b"6.6.6.6, 203.0.113.9")]}
    assert client_ip_from_scope(scope, trust_forwarded=True) == "203.0.113.9", (
        "the spoofable first entry is ignored"
    )
    assert client_ip_from_scope(scope, trust_forwarded=False) == "127.0.0.1"
    assert client_ip_from_scope({"headers": []}, trust_forwarded=True) is None


def test_backend_choice() -> None:
    assert backend.Backend(Settings.from_env({})).kind == "memory"
    with_upstash = {"UPSTASH_REDIS_REST_URL": "http://127.0.0.1:1", "UPSTASH_REDIS_REST_TOKEN": "t"}
    assert backend.Backend(Settings.from_env(with_upstash)).kind == "upstash"
    forced = backend.Backend(Settings.from_env({**with_upstash, "HEYFOLIO_LIMITS_BACKEND": "memory"}))
    assert forced.kind == "memory"
    with pytest.raises(backend.LimitsMisconfigured, match="UPSTASH_REDIS_REST_URL"):
        backend.Backend(Settings.from_env({"HEYFOLIO_ENV": "aws"}))
    with pytest.raises(backend.LimitsMisconfigured):
        backend.Backend(Settings.from_env({"HEYFOLIO_LIMITS_BACKEND": "upstash"}))


def test_memory_backend_limits_chat_and_mcp_separately(moto_aws: None) -> None:
    s = Settings.from_env({"HEYFOLIO_CHAT_LIMITS": "2/m", "HEYFOLIO_MCP_IP_LIMITS": "3/m"})
    chat, mcp = backend.chat_limiter(s), backend.mcp_limiter(s)
    assert [chat.check(ip="a").allowed for _ in range(3)] == [True, True, False]
    assert [mcp.check(ip="a").allowed for _ in range(4)] == [True, True, True, False]
    assert not backend.chat_limiter(s).check(ip="a").allowed, "the process keeps one store"
    guard = backend.budget_guard(Settings.from_env({"HEYFOLIO_BUDGET_DAILY_USD": "0.1"}))
    assert guard.reserve(0.1) is not None and guard.reserve(0.01) is None


def test_upstash_backend_end_to_end(shim: Any, direct: Any) -> None:
    s = Settings.from_env(
        {
            "UPSTASH_REDIS_REST_URL": shim.url,
            "UPSTASH_REDIS_REST_TOKEN": shim.token,
            "HEYFOLIO_CHAT_LIMITS": "1/m",
        }
    )
    chat = backend.chat_limiter(s)
    assert chat.check(ip="a", session="s").allowed
    assert not chat.check(ip="a", session="s").allowed
    assert direct.dbsize() == 3, "the IP, the session and the global budget (one window each)"


@pytest.fixture
def moto_aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from moto import mock_aws

    from heyfolio.aws import clients

    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    clients.clear_cache()
    with mock_aws():
        yield
    clients.clear_cache()


def test_credentials_from_secrets_manager(moto_aws: None, shim: Any, direct: Any) -> None:
    import boto3

    sm = boto3.client("secretsmanager", region_name="us-east-1")
    sm.create_secret(Name="heyfolio/upstash", SecretString=json.dumps({"url": shim.url, "token": shim.token}))
    sm.create_secret(Name="heyfolio/broken", SecretString=json.dumps({"url": shim.url}))
    s = Settings.from_env({"HEYFOLIO_ENV": "aws", "HEYFOLIO_UPSTASH_SECRET": "heyfolio/upstash"})
    creds = backend.upstash_credentials(s)
    assert creds == backend.UpstashCredentials(shim.url, shim.token)
    # one key per window: chat's three for the IP, the global budget's three on AWS
    assert backend.chat_limiter(s).check(ip="z").allowed and direct.dbsize() == 6
    with pytest.raises(backend.LimitsMisconfigured, match="heyfolio/broken"):
        backend.upstash_credentials(Settings.from_env({"HEYFOLIO_UPSTASH_SECRET": "heyfolio/broken"}))


def test_notify_owner_publishes_to_sns_and_audits(moto_aws: None) -> None:
    import boto3
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.sns.models import sns_backends

    from heyfolio.limits.alerts import notify_owner
    from heyfolio.storage import audit, binding
    from heyfolio.storage.tables import ensure_tables

    binding.unbind()
    ensure_tables()
    arn = boto3.client("sns", region_name="us-east-1").create_topic(Name="owner-notifications")["TopicArn"]
    notify_owner(
        "budget reached", "chat is offline", settings=Settings.from_env({"HEYFOLIO_OWNER_TOPIC_ARN": arn})
    )
    sent = sns_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].topics[arn].sent_notifications
    assert [(n[1], n[2]) for n in sent] == [("chat is offline", "budget reached")]
    events = audit.list_recent()
    assert [(e.action, e.detail["subject"]) for e in events] == [("owner.alert", "budget reached")]
    binding.unbind()


def test_notify_owner_without_topic_still_logs(moto_aws: None, caplog: pytest.LogCaptureFixture) -> None:
    from heyfolio.limits.alerts import notify_owner
    from heyfolio.storage import binding

    binding.unbind()
    notify_owner("subject", "body", settings=Settings.from_env({}))  # no tables: the audit write fails softly
    assert "owner alert: subject - body" in caplog.text
    assert "could not record the owner alert" in caplog.text
    binding.unbind()


def test_misconfigured_store_applies_each_surfaces_failure_policy(moto_aws: None) -> None:
    # On AWS with a secret that does not exist: chat refuses (503), reads proceed, model calls go offline.
    s = Settings.from_env({"HEYFOLIO_ENV": "aws", "HEYFOLIO_UPSTASH_SECRET": "heyfolio/missing"})
    chat = backend.chat_limiter(s).check(ip="a")
    assert not chat.allowed and chat.unavailable
    assert backend.mcp_limiter(s).check(ip="a").allowed
    assert backend.budget_guard(s).reserve(0.01) is None
    no_upstash = Settings.from_env({"HEYFOLIO_ENV": "aws"})
    refusal = refusal_for(backend.chat_limiter(no_upstash).check(ip="a"))
    assert refusal is not None and refusal.status == 503
