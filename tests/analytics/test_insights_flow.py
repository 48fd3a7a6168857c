"""The daily conversation-analytics flow (statemachines/analytics.asl.json) executed under moto: chats on
the dev server are classified in a Map over batches, aggregated per day, exported, and shown to the owner."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.analytics.conftest import chat, mcp
from tests.support.recent_days import recent_days_since

CONVERSATIONS = [
    ["Hi, I'm a recruiter at a fintech company hiring for a backend role. Does she know Snowflake?",
     "Is she available to start next month?"],
    ["I'm recruiting for a platform role at a fintech. How much Snowflake has she done?"],
    ["We are hiring a staff engineer: any Snowflake or Kubernetes experience?", "What about her notice period?"],
    ["How did you build Ledgerline? Great project, thanks!"],
    ["Would she like to collaborate on an open source Rust crate?"],
]  # fmt: skip


def run_flow(day: str) -> dict[str, Any]:
    """Start the state machine under moto and play the worker until the execution ends."""
    from heyfolio.analytics.worker import definition, handler
    from heyfolio.aws.clients import client
    from heyfolio.dev.local_flows import drain

    sqs, sfn = client("sqs"), client("stepfunctions")
    queue = sqs.create_queue(QueueName="heyfolio-analytics-tasks")["QueueUrl"]
    machine = sfn.create_state_machine(
        name="heyfolio-analytics",
        definition=definition({"AnalyticsTasksQueueUrl": queue, "WorkerTaskTimeoutSeconds": 300}),
        roleArn="arn:aws:iam::123456789012:role/heyfolio-local-flows",
        type="STANDARD",
    )["stateMachineArn"]
    arn = sfn.start_execution(stateMachineArn=machine, input=json.dumps({"day": day}))["executionArn"]
    deadline = time.monotonic() + 60  # another thread's progress: patience, not a bound
    while time.monotonic() < deadline:
        drain(queue, handler)
        described = sfn.describe_execution(executionArn=arn)
        if described["status"] != "RUNNING":
            assert described["status"] == "SUCCEEDED", described
            return dict(json.loads(described["output"]))
        time.sleep(0.05)
    raise AssertionError("the analytics flow did not finish")


@pytest.fixture
def classified(dev_site: str) -> dict[str, Any]:
    for turns in CONVERSATIONS:
        session = None
        for message in turns:
            session = chat(dev_site, message, session)
    day = datetime.now(UTC).date().isoformat()
    return {"day": day, "output": run_flow(day), "site": dev_site}


def test_the_flow_classifies_each_conversation_and_aggregates_the_day(classified: dict[str, Any]) -> None:
    from heyfolio.analytics.insights import classifications, day_summaries

    out = classified["output"]
    assert out["listed"]["count"] == len(CONVERSATIONS)
    assert len(out["classified"]) == 1  # one batch of five (BATCH = 10)
    assert out["aggregate"] == {"day": classified["day"], "conversations": 5, "announced": True}

    found = {c.questions[0]: c for c in classifications(classified["day"])}
    first = found[CONVERSATIONS[0][0]]
    assert first.intent == "hiring" and first.industry == "fintech"
    assert first.turns == 2 and first.follow_ups == 1
    assert "snowflake" in first.unanswered_needs and first.classifier == "vocabulary"
    assert found[CONVERSATIONS[3][0]].sentiment == "positive"
    assert found[CONVERSATIONS[4][0]].intent == "collaboration"

    (summary,) = day_summaries(classified["day"], classified["day"])
    assert summary["intents"]["hiring"] == 3
    snowflake = next(n for n in summary["unanswered_needs"] if n["need"] == "snowflake")
    assert snowflake["count"] == 3 and snowflake["by_intent"] == {"hiring": 3}
    assert not any(n["need"] == "kubernetes" for n in summary["unanswered_needs"])  # the content covers it


def test_insights_reach_the_owner_tool_resource_and_analytics_tables(classified: dict[str, Any]) -> None:
    from heyfolio.security.tokens import mint_token

    site, owner = classified["site"], mint_token("owner")
    reply = mcp(site, "tools/call", {"name": "visitor_insights", "arguments": {}}, token=owner)
    insights = reply["result"]["structuredContent"]
    assert insights["conversations"] == 5
    assert (
        "3 recruiters asked about snowflake this week; your content says little about it"
        in insights["headlines"]
    )
    assert reply["result"]["content"][0]["text"].startswith("5 conversations")

    by_topic = mcp(site, "tools/call", {"name": "visitor_insights", "arguments": {"topic": "availability"}},
                   token=owner)["result"]["structuredContent"]  # fmt: skip
    assert by_topic["conversations"] == 2 and by_topic["topic"] == "availability"

    resource = mcp(site, "resources/read", {"uri": f"analytics://insights/{classified['day']}"}, token=owner)
    data = json.loads(resource["result"]["contents"][0]["text"])
    assert data["conversations"] == 5 and data["series"][0]["day"] == classified["day"]

    asked = mcp(site, "tools/call", {"name": "ask_analytics", "arguments": {
        "question": "which projects did visitors from fintech ask about last month, and did any of them get in touch?"}},
        token=owner)["result"]["structuredContent"]  # fmt: skip
    assert asked["sql"].startswith("SELECT p AS project") and "industry = 'fintech'" in asked["sql"]
    intents = mcp(site, "tools/call", {"name": "ask_analytics", "arguments": {"question": "why did visitors come this week?"}},
                  token=owner)["result"]["structuredContent"]  # fmt: skip
    assert dict((r[0], r[1]) for r in intents["rows"])["hiring"] == 3


def test_a_visitors_erasure_removes_their_classification_and_records(classified: dict[str, Any]) -> None:
    from heyfolio.analytics.insights import classifications
    from heyfolio.privacy.erase import erase_visitor
    from heyfolio.storage import conversations, invocations

    before = classifications(classified["day"])
    target = before[0]
    visitor = conversations.get(target.conversation_id).visitor_id  # type: ignore[union-attr]
    report = erase_visitor(visitor)
    assert report.deleted.get("insight") == 1 and report.deleted.get("invocation", 0) >= 1
    after = classifications(classified["day"])
    assert {c.conversation_id for c in after} == {c.conversation_id for c in before} - {
        target.conversation_id
    }
    assert not [r for r in invocations.list_since(recent_days_since()) if r.visitor_id == visitor]
