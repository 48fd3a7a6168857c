"""The AWS-only code paths of the functions, driven through each function's own entry point.

The IAM check (tests/aws/iam.py, plugin.py) can only vouch for a grant that some test makes the
function use; a grant no test reaches was listed in ``iam_unused_baseline.json``. Each test here
runs a function's handler (``invoke_local`` / ``load_function``: the calls are attributed to it)
on a path that only runs on AWS, or only on a rarer branch, with AWS emulated by moto, or by a
recorded-shape fake at the HTTP boundary where moto has no answer (S3 Vectors ``QueryVectors``,
Bedrock Titan embeddings: tests/aws/fakes.py). Each asserts what the path does, and that the
calls it made were recorded against the function, so the grant leaves the baseline for good.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from heyfolio.config import get_settings
from tests.aws.fakes import FakeS3Vectors, FakeTitanEmbeddings
from tests.flows.test_approval_flow import SLOW, _route, new_lead, start_and_wait
from tests.github.support import local_flows, response_json
from tests.support.recent_days import recent_days_since

ROOT = Path(__file__).resolve().parents[2]


def recorded(function: str) -> set[tuple[str, str | None]]:
    """(action, resource) of every call recorded for ``function`` so far in this process."""
    from tests.aws.plugin import RECORDER

    return {(c.action, c.resource) for c in RECORDER.snapshot() if c.function == function}


def actions(function: str) -> set[str]:
    return {action for action, _ in recorded(function)}


def sample(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((ROOT / "events" / name).read_text())
    return event


def invoke(function: str, event: dict[str, Any]) -> Any:
    from heyfolio.stack.local_invoke import invoke_local

    return invoke_local(function, event)


# ------------------------------------------------------------------ visitor memory on S3 Vectors


@pytest.fixture
def memory_on_aws(local_stack: None) -> Iterator[tuple[FakeS3Vectors, FakeTitanEmbeddings]]:
    """The memory the functions get on AWS: S3 Vectors + Bedrock Titan (faked at the HTTP boundary)."""
    import boto3

    from heyfolio.memory import store
    from heyfolio.memory.s3vectors import S3VectorsIndex
    from heyfolio.search.embedder import BedrockEmbedder

    s = get_settings()
    vectors, titan = FakeS3Vectors(), FakeTitanEmbeddings()
    index_client = boto3.client("s3vectors", region_name=s.region)
    index_client.meta.events.register_first("before-send.s3vectors", vectors._send)
    bedrock = boto3.client("bedrock-runtime", region_name=s.region)
    bedrock.meta.events.register_first("before-send.bedrock-runtime", titan._send)
    memory = store.LongTermMemory(
        S3VectorsIndex("heyfolio-memory-123456789012-us-east-1-dev", "visitor-memory", client=index_client),
        BedrockEmbedder(dimensions=store.AWS_DIMENSIONS, region=s.region, client=bedrock),
    )
    store.reset()
    # get_memory()'s own cache, keyed by these settings: what it would build with HEYFOLIO_ENV=aws.
    store._cache[(s.env, s.vector_bucket, s.vector_index, str(s.data_dir), s.region)] = memory
    yield vectors, titan
    store.reset()


def _chat(message: str, session_id: str | None = None) -> tuple[str, str]:
    from heyfolio.chat.sse import parse

    event = sample("chat.json")
    event["body"] = json.dumps({"message": message, "session_id": session_id})
    event["isBase64Encoded"] = False
    answer = invoke("chat", event)
    assert answer["statusCode"] == 200, answer
    session = next(e for e in parse(answer["body"]) if e.name == "session").data
    return session["session_id"], session["visitor_token"]


def _me(method: str, path: str, token: str) -> tuple[int, Any]:
    from heyfolio.dev.apigw_events import build_event

    event = build_event(
        method=method, path=path, resource=path, path_parameters={}, query_string="",
        headers=[("Authorization", f"Bearer {token}")], body=b"",
    )  # fmt: skip
    answer = invoke("visitor_data", event)
    return answer["statusCode"], json.loads(answer["body"])


def test_visitor_memory_on_s3_vectors_is_remembered_recalled_exported_and_erased(
    memory_on_aws: tuple[FakeS3Vectors, FakeTitanEmbeddings],
) -> None:
    vectors, titan = memory_on_aws
    session, token = _chat("Hi, I'm Zoltan Brightwater from Quillfeather Labs, hiring a platform engineer.")
    _chat("What has she built with Rust?", session)
    stored = {v["metadata"]["kind"]: v["metadata"]["value"] for v in vectors.vectors.values()}
    assert stored.get("name") == "Zoltan Brightwater" and stored.get("company") == "Quillfeather Labs"
    assert "QueryVectors" in vectors.operations, "the second turn recalls what the visitor said"

    status, exported = _me("GET", "/api/me/export", token)
    assert status == 200
    assert {(m["kind"], m["value"]) for m in exported["memories"]} >= {("name", "Zoltan Brightwater")}
    status, report = _me("DELETE", "/api/me", token)
    assert status == 200 and report["complete"] is True and report["memories_forgotten"] is True
    assert vectors.vectors == {} and vectors.operations[-1] == "DeleteVectors"
    assert titan.texts, "every memory and every recall was embedded by Bedrock"

    # What the roles must allow: QueryVectors with a metadata filter needs GetVectors as well.
    for function, needed in (
        ("chat", {"s3vectors:PutVectors", "s3vectors:QueryVectors", "s3vectors:GetVectors", "bedrock:InvokeModel"}),
        ("visitor_data", {"s3vectors:QueryVectors", "s3vectors:GetVectors", "s3vectors:DeleteVectors",
                          "bedrock:InvokeModel"}),
    ):  # fmt: skip
        assert needed <= actions(function), (function, needed - actions(function))
    assert "s3vectors:DeleteVectors" not in actions("chat"), "the chat never forgets; erasure does"


# ------------------------------------------------------------------ the daily analytics flow on AWS


def _run_analytics_flow(day: str) -> dict[str, Any]:
    """The analytics state machine under moto, its task messages handed to the worker *function*."""
    import time

    from heyfolio.analytics.worker import definition
    from heyfolio.aws.clients import client
    from heyfolio.dev.local_flows import drain
    from heyfolio.stack.local_functions import load_function

    worker = load_function("analytics_worker").handler
    sqs, sfn = client("sqs"), client("stepfunctions")
    queue = sqs.create_queue(QueueName="heyfolio-analytics-tasks")["QueueUrl"]
    machine = sfn.create_state_machine(
        name="heyfolio-analytics",
        definition=definition({"AnalyticsTasksQueueUrl": queue, "WorkerTaskTimeoutSeconds": 300}),
        roleArn="arn:aws:iam::123456789012:role/heyfolio-local-flows",
        type="STANDARD",
    )["stateMachineArn"]
    arn = sfn.start_execution(stateMachineArn=machine, input=json.dumps({"day": day}))["executionArn"]
    for _ in range(400):  # bounded by steps, not by the clock
        drain(queue, worker)
        described = sfn.describe_execution(executionArn=arn)
        if described["status"] != "RUNNING":
            assert described["status"] == "SUCCEEDED", described
            return dict(json.loads(described["output"]))
        time.sleep(0.05)
    raise AssertionError("the analytics flow did not finish")


@pytest.mark.usefixtures("local_stack")
def test_the_analytics_worker_exports_to_s3_and_reports_a_failed_task(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime

    from heyfolio.analytics.export import BUCKET_ENV
    from heyfolio.aws.clients import client
    from heyfolio.stack.local_functions import load_function
    from heyfolio.storage import leads

    bucket = "heyfolio-analytics-123456789012-us-east-1-dev"
    client("s3").create_bucket(Bucket=bucket)
    monkeypatch.setenv(BUCKET_ENV, bucket)
    get_settings.cache_clear()
    session, _ = _chat("I'm recruiting for a fintech: has she worked with Kafka?")
    _chat("Is she open to remote work?", session)
    leads.create_once("form-a1", name="Ines Carvalho", email="ines@example.org", message="Let us talk",
                      consent=True, visitor_id="b" * 32)  # fmt: skip

    day = datetime.now(UTC).date().isoformat()
    out = _run_analytics_flow(day)
    assert out["aggregate"]["conversations"] == 1 and out["aggregate"]["announced"] is True
    keys = [o["Key"] for o in client("s3").list_objects_v2(Bucket=bucket).get("Contents", [])]
    assert any(k.startswith("analytics/conversations/") for k in keys), keys
    assert any(k.startswith("analytics/leads/") for k in keys), "the lead was exported (decrypted on the way)"

    # A task that fails is reported to its flow (SendTaskFailure), not left to time out.
    worker = load_function("analytics_worker").handler
    bad = {"token": "task-token-of-a-stopped-flow", "task": "analytics.list", "request": {"day": "someday"}}
    answer = worker({"Records": [{"messageId": "m-1", "body": json.dumps(bad)}]}, None)
    assert answer == {"batchItemFailures": []}

    made = recorded("analytics_worker")
    for needed in (
        ("dynamodb:GetItem", "table/{StateTable}"),  # the conversation
        ("dynamodb:Query", "table/{StateTable}"),  # its messages
        ("dynamodb:Query", "table/{StateTable}/index/gsi1"),  # leads by status, to export
        ("dynamodb:BatchGetItem", "table/{StateTable}"),  # projects' live data: the stars snapshot
        ("dynamodb:PutItem", "table/{EventsTable}"),  # classification, day aggregate
        ("dynamodb:PutItem", "table/{StateTable}"),  # the insights' change event
        ("s3:PutObject", None),
        ("s3:GetObject", None),  # the export cursor
        ("kms:Decrypt", None),
        ("states:SendTaskSuccess", None),
        ("states:SendTaskFailure", None),
    ):
        assert needed in made, needed


# ------------------------------------------------------------------ scheduled checks that alert the owner


@pytest.fixture
def owner_topic(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], list[str]]]:
    """The owner's SNS topic (as the stack sets it), with a queue subscribed to read what was sent."""
    from heyfolio.aws.clients import client

    sns, sqs = client("sns"), client("sqs")
    topic = sns.create_topic(Name="heyfolio-owner-alerts")["TopicArn"]
    queue = sqs.create_queue(QueueName="owner-inbox")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn)
    monkeypatch.setenv("HEYFOLIO_OWNER_TOPIC_ARN", topic)
    get_settings.cache_clear()
    subjects: list[str] = []

    def read() -> list[str]:
        for m in sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get("Messages", []):
            subjects.append(json.loads(m["Body"])["Subject"])
        return subjects

    yield read
    get_settings.cache_clear()


def _only_projects(monkeypatch: pytest.MonkeyPatch, *projects: Any) -> None:
    """The published portfolio seen by the functions: these projects (with their demos) only."""
    from types import SimpleNamespace

    import heyfolio.published as published

    real = published.get_published()
    portfolio = SimpleNamespace(projects=list(projects), resume=real.portfolio.resume)
    monkeypatch.setattr(published, "get_published", lambda: SimpleNamespace(portfolio=portfolio))


def test_the_demo_checker_alerts_the_owner_topic_once_an_outage_is_confirmed(
    owner_topic: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.content.model import Project
    from heyfolio.stack.local_functions import load_function
    from tests.demos.servers import DemoApp, serve

    app = DemoApp()
    with serve(app) as url:
        _only_projects(monkeypatch, Project(slug="tram-board", title="tram-board", summary="Departures.",
                                            body="", demos=(url + "/",)))  # fmt: skip
        checker = load_function("demo_checker").handler
        assert checker({"detail-type": "Scheduled Event"}, None)["checks"][0]["up"] is True
        app.mode = "503"
        assert checker({}, None)["checks"][0]["events"] == []  # one failure is a blip
        assert checker({}, None)["checks"][0]["events"] == ["down"]
    assert owner_topic() == ["heyfolio: demo down - tram-board"]
    assert {"dynamodb:GetItem", "dynamodb:PutItem", "sns:Publish"} <= actions("demo_checker")
    assert ("dynamodb:PutItem", "table/{EventsTable}") in recorded("demo_checker"), "the alert is audited"
    assert "dynamodb:Query" not in actions("demo_checker"), "the checker never reads the series back"


def test_the_publications_sync_tells_the_owner_of_new_works(
    owner_topic: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx

    from heyfolio.importers import sync
    from heyfolio.stack.local_functions import load_function

    works = json.loads(
        (ROOT / "tests" / "importers" / "fixtures" / "publications" / "orcid-works.json").read_text()
    )
    real_client = httpx.Client

    def orcid(**kwargs: Any) -> httpx.Client:  # ORCID's public API, faked at the HTTP boundary
        return real_client(
            transport=httpx.MockTransport(lambda request: httpx.Response(200, json=works)), **kwargs
        )

    monkeypatch.setattr(httpx, "Client", orcid)
    monkeypatch.setenv(sync.ORCID_ENV, "0000-0002-1825-0097")
    report = load_function("publications_sync").handler({"detail-type": "Scheduled Event"}, None)
    assert report["newlyNotified"] == ["Consistent snapshots of partitioned logs without stopping writers"]
    assert len(owner_topic()) == 1
    made = recorded("publications_sync")
    for needed in (("dynamodb:GetItem", "table/{StateTable}"), ("dynamodb:PutItem", "table/{StateTable}"),
                   ("dynamodb:PutItem", "table/{EventsTable}"), ("sns:Publish", None)):  # fmt: skip
        assert needed in made, needed


# ------------------------------------------------------------------ the owner's decisions and the visitor's form


@pytest.fixture
def slow_flows(local_stack: None) -> Iterator[Any]:
    """The flow resources in moto, with the approval flow's long production-like timeouts."""
    with local_flows(SLOW) as flows:
        yield flows


def test_hold_sends_a_heartbeat_from_the_owner_route_and_from_the_review_tool(
    slow_flows: Any, flow_worker: Any
) -> None:
    from heyfolio.security.tokens import mint_token

    lead_id = new_lead("form-hold")
    start_and_wait(slow_flows, flow_worker, lead_id)
    held = _route(
        "POST", f"/api/owner/leads/{lead_id}/review", mint_token("owner"), {"decision": "hold"}, lead_id
    )
    assert held["statusCode"] == 200 and response_json(held)["status"] == "new", held
    event = sample("review_lead.json")
    event["arguments"] = {"lead_id": lead_id, "decision": "hold"}
    answer = invoke("review_lead", event)
    assert answer["ok"] is True and answer["result"]["structuredContent"]["status"] == "new", answer
    for function in ("flow_review", "review_lead"):
        assert "states:SendTaskHeartbeat" in actions(function), function
    assert "kms:Decrypt" in actions("flow_review"), "the lead under review is decrypted by flow_review itself"


@pytest.mark.usefixtures("local_stack")
def test_a_contact_whose_approval_flow_cannot_start_leaves_no_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.aws.clients import client

    gone = "arn:aws:states:us-east-1:123456789012:stateMachine:heyfolio-approval-deleted"
    monkeypatch.setenv("HEYFOLIO_APPROVAL_STATE_MACHINE_ARN", gone)
    get_settings.cache_clear()
    event = sample("contact_owner.json")
    form = {"action": "accept", "content": {"name": "Noor Haddad", "email": "noor@example.org",
                                            "message": "We are hiring for a data platform role.", "consent": True}}  # fmt: skip
    event["inputResponses"] = {"contact": form}
    event["requestState"] = json.dumps({"form": "form-flow-down"})
    answer = invoke("contact_owner", event)
    assert answer["ok"] is False or answer["result"].get("isError"), answer
    table = get_settings().table_name
    leads = [
        i for i in client("dynamodb").scan(TableName=table)["Items"] if i.get("kind", {}).get("S") == "lead"
    ]
    assert leads == [], "the lead whose flow could not start was removed"
    assert ("dynamodb:DeleteItem", "table/{StateTable}") in recorded("contact_owner")


# ------------------------------------------------------------------ GitHub: the scheduled reconcile with a token


def test_the_reconcile_function_reads_its_token_secret_and_updates_live_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, local_stack: None
) -> None:
    import heyfolio.github.reconcile as reconcile_module
    from heyfolio.aws.clients import client
    from heyfolio.github import secrets
    from heyfolio.published import reload
    from heyfolio.stack.local_functions import load_function
    from tests.github.test_reconcile import REPOS, FakeGitHub, write_content

    arn = client("secretsmanager").create_secret(Name="heyfolio/github-token", SecretString="ghp_fromsecret")[
        "ARN"
    ]
    monkeypatch.setenv(
        "HEYFOLIO_CONTENT", str(write_content(tmp_path / "content", {"hello": REPOS["hello"]}))
    )
    monkeypatch.setenv("GITHUB_TOKEN_SECRET_ARN", arn)
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.setattr(secrets, "_providers", {})  # a new instance: nothing cached yet
    get_settings.cache_clear()
    reload()
    fake = FakeGitHub()  # GitHub's REST API, faked at the HTTP boundary
    real_api = reconcile_module.GitHubApi
    monkeypatch.setattr(
        reconcile_module, "GitHubApi", lambda **kw: real_api(**{**kw, "transport": fake.transport()})
    )
    try:
        report = load_function("github_reconcile").handler({"detail-type": "Scheduled Event"}, None)
    finally:
        reload()
    assert report["checked"] == ["hello"], json.dumps(report)
    assert fake.requests[0].headers["authorization"] == "Bearer ghp_fromsecret"
    made = recorded("github_reconcile")
    assert ("secretsmanager:GetSecretValue", None) in made
    assert {("dynamodb:GetItem", "table/{StateTable}"), ("dynamodb:PutItem", "table/{StateTable}")} & made


# ------------------------------------------------------------------ GitHub: a delivery that fails midway


@pytest.mark.usefixtures("fixture_owner")
def test_a_delivery_that_fails_midway_is_not_remembered_as_done(
    webhook: Any, stack: Any, github_worker: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uuid

    from aws_lambda_powertools.utilities.batch.exceptions import BatchProcessingError

    import heyfolio.github.worker as worker_module
    from heyfolio.aws.clients import client
    from heyfolio.dev.local_flows import sqs_event
    from heyfolio.stack.local_functions import load_function
    from heyfolio.stack.local_invoke import LocalLambdaContext
    from tests.github.support import event_name, fixture_files, signed_event

    path = next(p for p in fixture_files() if event_name(p) == "push")
    raw, delivery = path.read_bytes(), str(uuid.uuid4())
    queue = stack.queue_urls["github-events"]

    # The queue cannot be reached: the webhook fails, and forgets the delivery (Powertools deletes
    # the in-progress record), so GitHub's redelivery is accepted rather than called a duplicate.
    monkeypatch.setenv("HEYFOLIO_GITHUB_QUEUE_URL", queue + "-deleted")
    get_settings.cache_clear()
    with pytest.raises(Exception, match=r"QueueDoesNotExist|NonExistentQueue"):
        webhook(signed_event(event_name(path), raw, delivery))
    monkeypatch.setenv("HEYFOLIO_GITHUB_QUEUE_URL", queue)
    get_settings.cache_clear()
    again = webhook(signed_event(event_name(path), raw, delivery))
    assert again["statusCode"] in (200, 202) and response_json(again)["duplicate"] is False, again

    # The worker fails once on it: the message comes back (batchItemFailures) and is applied next time.
    sqs = client("sqs")
    [message] = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=1).get("Messages", [])
    arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    real_apply, attempts = worker_module.apply_delivery, []

    def flaky(message: Any) -> Any:
        attempts.append(message["delivery"])
        if len(attempts) == 1:
            raise RuntimeError("ProvisionedThroughputExceededException (simulated)")
        return real_apply(message)

    monkeypatch.setattr(worker_module, "apply_delivery", flaky)
    worker = load_function("github_worker").handler
    context = LocalLambdaContext(function_name="github-worker", timeout_seconds=60)
    with pytest.raises(BatchProcessingError):  # a batch of one that failed: SQS delivers it again
        worker(sqs_event([message], arn), context)
    second = worker(sqs_event([message], arn), context)
    assert second["batchItemFailures"] == [] and attempts == [delivery, delivery]
    for function in ("github_webhook", "github_worker"):
        assert ("dynamodb:DeleteItem", "table/{StateTable}") in recorded(function), function


# ------------------------------------------------------------------ the server-side model: usage and spend caps


@pytest.fixture
def keyed(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An Anthropic key configured (the Messages API itself faked per test at the HTTP boundary)."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-not-real")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _fake_anthropic(monkeypatch: pytest.MonkeyPatch, module: Any, fake: Any) -> None:
    import httpx2

    monkeypatch.setattr(module, "_http_client", httpx2.Client(transport=httpx2.MockTransport(fake)))


@pytest.mark.usefixtures("keyed")
def test_server_side_model_calls_record_their_usage_from_their_own_function(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from heyfolio.storage import invocations, usage
    from mcp_handlers.tools import ask_analytics, match_role
    from tests.analytics.test_model_paths import FakeMessages as SqlModel
    from tests.mcp.test_match_role_server_model import SUMMARY
    from tests.mcp.test_match_role_server_model import FakeMessages as SummaryModel

    _fake_anthropic(monkeypatch, match_role, SummaryModel())
    sql = "SELECT tool, count(*) AS calls FROM invocations GROUP BY 1 ORDER BY 1"
    _fake_anthropic(monkeypatch, ask_analytics, SqlModel(lambda body: sql))
    invocations.record("search_portfolio", "anonymous", 4.0, "ok", client_name="cursor")

    matched = invoke("match_role", sample("match_role.json"))
    assert matched["ok"] is True and SUMMARY in json.dumps(matched["result"]), matched
    asked = invoke("ask_analytics", sample("ask_analytics.json"))
    assert asked["ok"] is True and asked["result"]["structuredContent"]["source"] == "model", asked
    purposes = {
        r.purpose for day in usage.totals(recent_days_since()) for r in usage.records_for_day(day.day)
    }
    assert {"ask-analytics"} <= purposes and len(purposes) >= 2, purposes
    for function in ("match_role", "ask_analytics"):
        assert ("dynamodb:PutItem", "table/{EventsTable}") in recorded(function), function


@pytest.mark.usefixtures("keyed")
def test_the_spend_store_is_found_through_its_secret_and_an_unreachable_one_falls_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On AWS the spend caps live in Upstash Redis, its URL and token in a Secrets Manager secret.
    Each function reads the secret itself (its own process); with the store unreachable every
    model path falls back to its model-free answer instead of spending without a cap."""
    from heyfolio.aws.clients import client
    from heyfolio.limits import backend
    from heyfolio.stack.local_functions import load_function
    from heyfolio.storage import conversations
    from tests.support.live_server import free_port

    nobody = f"http://127.0.0.1:{free_port()}"  # an Upstash REST URL nothing answers on
    client("secretsmanager").create_secret(
        Name="heyfolio/upstash", SecretString=json.dumps({"url": nobody, "token": "upstash-token"})
    )
    monkeypatch.setenv("HEYFOLIO_LIMITS_BACKEND", "auto")
    monkeypatch.setenv("HEYFOLIO_UPSTASH_SECRET", "heyfolio/upstash")
    get_settings.cache_clear()

    def cold() -> None:  # a new instance of the next function: no store, no cached secret
        backend.reset()
        monkeypatch.setattr(backend, "_provider", [])

    cold()
    matched = invoke("match_role", sample("match_role.json"))
    assert matched["ok"] is True and not matched["result"].get("isError"), matched  # the report alone
    cold()
    asked = invoke("ask_analytics", sample("ask_analytics.json"))
    assert asked["ok"] is True and asked["result"]["structuredContent"]["source"] != "model", asked
    cold()
    conversation = conversations.create("visitor-9", title="chat")
    conversations.append(conversation.conversation_id, "user", "We're hiring a data engineer: any Snowflake?")
    task = {
        "token": "t-1",
        "task": "analytics.classify",
        "request": {"day": "2026-12-01", "ids": [conversation.conversation_id]},
    }
    answer = load_function("analytics_worker").handler(
        {"Records": [{"messageId": "m-1", "body": json.dumps(task)}]}, None
    )
    assert answer == {"batchItemFailures": []}
    from heyfolio.analytics.insights import classifications

    assert [c.classifier for c in classifications("2026-12-01")] == ["vocabulary"]
    from heyfolio.storage import usage

    assert sum(d.total.calls for d in usage.totals(recent_days_since())) == 0, (
        "no model call without a store to cap it"
    )
    for function in ("match_role", "ask_analytics", "analytics_worker"):
        assert ("secretsmanager:GetSecretValue", None) in recorded(function), function


@pytest.mark.usefixtures("keyed")
def test_the_chat_alerts_the_owner_topic_when_the_model_budget_is_reached(
    owner_topic: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.limits import backend

    monkeypatch.setenv("HEYFOLIO_BUDGET_DAILY_USD", "0.000001")  # spent before the first call
    get_settings.cache_clear()
    backend.reset()
    try:
        _chat("What has she built with Rust?")
        _chat("And with Go?")
    finally:
        backend.reset()
    assert owner_topic() == ["heyfolio: daily model budget reached"], "told once, answered offline"
    assert ("sns:Publish", None) in recorded("chat")


# ------------------------------------------------------------------ Athena: a query past its time is stopped


@pytest.mark.usefixtures("local_stack")
def test_an_athena_query_past_its_time_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from botocore.awsrequest import AWSResponse

    import heyfolio.analytics.engine as engine_module
    from heyfolio.analytics.export import BUCKET_ENV
    from heyfolio.aws.clients import client
    from tests.aws.fakes import _Raw

    bucket = "heyfolio-analytics-123456789012-us-east-1-dev"
    client("s3").create_bucket(Bucket=bucket)
    monkeypatch.setenv(BUCKET_ENV, bucket)
    monkeypatch.setenv("HEYFOLIO_ATHENA_DATABASE", "heyfolio_analytics_dev")
    monkeypatch.setenv("HEYFOLIO_ATHENA_WORKGROUP", "heyfolio-analytics-dev")
    client("athena").create_work_group(
        Name="heyfolio-analytics-dev",
        Configuration={"ResultConfiguration": {"OutputLocation": f"s3://{bucket}/athena-results/"}},
    )
    get_settings.cache_clear()
    seen: list[str] = []

    def athena(request: Any, **_: Any) -> AWSResponse | None:
        """moto runs the query (it answers every call too); its status, as Athena's API gives it
        for a query still scanning, is answered here first: RUNNING, however often it is asked."""
        target = request.headers.get("X-Amz-Target") or b""
        operation = (target.decode() if isinstance(target, bytes) else str(target)).rsplit(".", 1)[-1]
        seen.append(operation)
        if operation != "GetQueryExecution":
            return None
        execution = json.loads(request.body)["QueryExecutionId"]
        body = {"QueryExecution": {"QueryExecutionId": execution, "Status": {"State": "RUNNING"}}}
        data = json.dumps(body).encode()
        return AWSResponse(request.url, 200, {"Content-Type": "application/x-amz-json-1.1"}, _Raw(data))

    client("athena").meta.events.register_first("before-send.athena", athena)
    ticks = iter(range(0, 10_000, 45))  # each look at the clock is 45 s later: past 60 s on the second
    monkeypatch.setattr(engine_module, "time", SimpleNamespace(monotonic=lambda: float(next(ticks))))
    event = sample("ask_analytics.json")
    answer = invoke("ask_analytics", event)
    text = json.dumps(answer)
    assert "was stopped" in text and "60 s" in text, (seen, answer)
    assert seen[0] == "StartQueryExecution" and seen[-1] == "StopQueryExecution"
    assert {"athena:StartQueryExecution", "athena:StopQueryExecution", "glue:GetTable"} <= actions(
        "ask_analytics"
    )


# ------------------------------------------------------------------ the OAuth front's sealing key on AWS


@pytest.mark.usefixtures("local_stack")
def test_the_oauth_callback_unseals_with_the_stacks_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    from urllib.parse import parse_qs, urlsplit

    from aws_lambda_powertools.utilities import parameters

    from heyfolio.aws.clients import client
    from heyfolio.dev.apigw_events import build_event
    from heyfolio.security.oauth_front import seal

    secret = client("secretsmanager").create_secret(Name="heyfolio/request-state", SecretString="ab" * 32)[
        "ARN"
    ]
    for name, value in {
        "HEYFOLIO_ENV": "aws",
        "HEYFOLIO_REQUEST_STATE_PARAM": secret,
        "HEYFOLIO_PUBLIC_URL": "https://abc123.execute-api.us-east-1.amazonaws.com/dev",
        "HEYFOLIO_COGNITO_DOMAIN": "https://heyfolio-owner.auth.us-east-1.amazoncognito.com",
        "HEYFOLIO_OAUTH_CLIENT_IDS": "cognito-app-client-1",
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    parameters.clear_caches()  # a new instance: the secret is read, not remembered

    def callback(query: str) -> Any:
        event = build_event(method="GET", path="/oauth/callback", resource="/oauth/callback",
                            path_parameters={}, query_string=query, headers=[], body=b"")  # fmt: skip
        return invoke("auth_metadata", event)

    forged = callback("state=bm90LW91cnM&code=abc")
    assert forged["statusCode"] == 400 and "invalid_grant" in forged["body"], forged
    flow = {"state": "s-1", "verifier": "v" * 43, "challenge": "c", "client_id": "https://client.example/cimd.json",
            "redirect_uri": "https://client.example/callback"}  # fmt: skip
    ok = callback(f"state={seal(flow, 300)}&code=cognito-code-1")
    assert ok["statusCode"] == 302, ok
    location = (ok.get("headers") or {}).get("Location") or ok["multiValueHeaders"]["Location"][0]
    assert location.startswith("https://client.example/callback?") and parse_qs(urlsplit(location).query)[
        "state"
    ] == ["s-1"]
    assert ("secretsmanager:GetSecretValue", None) in recorded("auth_metadata")
    parameters.clear_caches()


def test_a_retried_contact_form_on_a_new_instance_reads_the_stored_lead_back(slow_flows: Any) -> None:
    """The same form sent twice (a retry, an MCP client replaying): one lead, and the second answer
    names the visitor from the stored lead, whose fields a fresh instance must decrypt."""
    from heyfolio.crypto import fields

    event = sample("contact_owner.json")
    event["inputResponses"] = {"contact": {"action": "accept", "content": {
        "name": "Noor Haddad", "email": "noor@example.org", "message": "A data platform role.", "consent": True}}}  # fmt: skip
    event["requestState"] = json.dumps({"form": "form-retried"})
    first = invoke("contact_owner", event)
    assert first["ok"] is True and first["result"]["structuredContent"]["duplicate"] is False, first
    fields.clear_cache()  # the retry lands on another instance: no data key in memory
    again = invoke("contact_owner", event)
    answer = again["result"]["structuredContent"]
    assert answer["duplicate"] is True and answer["leadId"] == first["result"]["structuredContent"]["leadId"]
    assert "Noor Haddad" in json.dumps(again["result"]["content"])
    assert ("kms:Decrypt", None) in recorded("contact_owner")
