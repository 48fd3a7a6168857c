"""The owner has one topic and one email parameter: the approval flow, the chat's budget alerts
and the alarms all publish to it, and the chat may publish and read the Upstash secret."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from heyfolio.config import Settings
from heyfolio.stack.template import PROJECT_TEMPLATE, load_template

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = load_template(PROJECT_TEMPLATE)
RESOURCES: dict[str, Any] = TEMPLATE["Resources"]
TOPIC = {"Ref": "OwnerTopic"}


def _of_type(kind: str) -> dict[str, Any]:
    return {name: r for name, r in RESOURCES.items() if r["Type"] == kind}


def test_one_topic_and_one_email_subscription() -> None:
    assert list(_of_type("AWS::SNS::Topic")) == ["OwnerTopic"]
    assert "OwnerAlertEmail" not in TEMPLATE["Parameters"] and "OwnerEmail" in TEMPLATE["Parameters"]
    [subscription] = _of_type("AWS::SNS::Subscription").values()
    assert subscription["Condition"] == "HasOwnerEmail"
    assert subscription["Properties"] == {
        "TopicArn": TOPIC,
        "Protocol": "email",
        "Endpoint": {"Ref": "OwnerEmail"},
    }
    assert "KmsMasterKeyId" not in RESOURCES["OwnerTopic"]["Properties"], (
        "alarms cannot publish under aws/sns"
    )


def test_every_publisher_uses_the_owner_topic() -> None:
    alarms = _of_type("AWS::CloudWatch::Alarm")
    assert alarms and all(a["Properties"]["AlarmActions"] == [TOPIC] for a in alarms.values())
    approval = RESOURCES["ApprovalStateMachine"]["Properties"]
    assert approval["DefinitionSubstitutions"]["OwnerTopicArn"] == TOPIC
    chat = RESOURCES["ChatFunction"]["Properties"]
    assert chat["Environment"]["Variables"]["HEYFOLIO_OWNER_TOPIC_ARN"] == TOPIC
    assert Settings.from_env({"HEYFOLIO_OWNER_TOPIC_ARN": "arn:aws:sns:x"}).owner_topic_arn == "arn:aws:sns:x"
    environments = [TEMPLATE["Globals"]["Function"]["Environment"]["Variables"]] + [
        r["Properties"].get("Environment", {}).get("Variables", {})
        for r in _of_type("AWS::Serverless::Function").values()
    ]
    assert not any("HEYFOLIO_ALERT_TOPIC_ARN" in env for env in environments), "the old name is gone"


def _statements(function: str) -> list[Any]:
    policies = RESOURCES[function]["Properties"]["Policies"]
    return [s for policy in policies if "Statement" in policy for s in policy["Statement"]]


def test_chat_may_publish_alerts_and_read_the_upstash_secret_only() -> None:
    statements = _statements("ChatFunction")
    publish = [s for s in statements if isinstance(s, dict) and s.get("Action") == "sns:Publish"]
    assert publish == [
        {"Sid": "OwnerBudgetAlerts", "Effect": "Allow", "Action": "sns:Publish", "Resource": TOPIC}
    ]
    [conditional] = [s for s in statements if "Fn::If" in s]
    condition, upstash, otherwise = conditional["Fn::If"]
    assert condition == "HasUpstashSecret" and otherwise == {"Ref": "AWS::NoValue"}
    assert upstash["Action"] == "secretsmanager:GetSecretValue"
    assert upstash["Resource"]["Fn::Sub"].endswith(":secret:${UpstashSecretName}-??????")
    assert TEMPLATE["Conditions"]["HasUpstashSecret"] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": "UpstashSecretName"}, ""]}]
    }
