"""The IAM check itself: policy expansion, call recording, and that it fails when it must."""

from __future__ import annotations

from typing import Any

import pytest

from tests.aws.iam import Call, Grant, calls_from_request, check, function_grants, project_grants

TEMPLATE: dict[str, Any] = {
    "Parameters": {"UseSecret": {"Type": "String", "Default": "yes"}},
    "Conditions": {"HasSecret": {"Fn::Equals": [{"Ref": "UseSecret"}, "yes"]}},
    "Resources": {
        "Table": {"Type": "AWS::DynamoDB::Table"},
        "Queue": {"Type": "AWS::SQS::Queue"},
        "Secret": {"Type": "AWS::SecretsManager::Secret"},
        "ReaderFunction": {
            "Type": "AWS::Serverless::Function",
            "Properties": {
                "Policies": [
                    {"DynamoDBReadPolicy": {"TableName": {"Ref": "Table"}}},
                    {"SQSSendMessagePolicy": {"QueueName": {"Fn::GetAtt": ["Queue", "QueueName"]}}},
                    {
                        "Fn::If": [
                            "HasSecret",
                            {"Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": {"Ref": "Secret"}}]},
                            {"Ref": "AWS::NoValue"},
                        ]
                    },
                    {
                        "Statement": [
                            {"Effect": "Allow", "Action": ["dynamodb:PutItem"], "Resource": {"Fn::GetAtt": ["Table", "Arn"]}},
                            {"Effect": "Allow", "Action": "dynamodb:Query", "Resource": {"Fn::Sub": "${Table.Arn}/index/gsi1"}},
                        ]
                    },
                ]
            },
        },
    },
}  # fmt: skip
NAMES = {"ReaderFunction": "reader"}


def _grants(**overrides: str) -> list[Grant]:
    return function_grants(TEMPLATE, NAMES, overrides)


def test_sam_policy_templates_expand_to_their_actions_and_resources() -> None:
    grants = {(g.action, g.resource) for g in _grants()}
    # DynamoDBReadPolicy: the table and its indexes, from samtranslator's own definition.
    for action in ("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:Scan"):
        assert (action, "table/{Table}") in grants
        assert (action, "table/{Table}/index/*") in grants
    assert ("sqs:SendMessage*", "{Queue}") in grants
    assert ("dynamodb:PutItem", "table/{Table}") in grants
    assert ("dynamodb:Query", "table/{Table}/index/gsi1") in grants
    assert ("secretsmanager:GetSecretValue", "{Secret}") in grants


def test_conditions_follow_the_parameters() -> None:
    assert not [g for g in _grants(UseSecret="no") if g.action.startswith("secretsmanager")]


def test_a_missing_permission_fails() -> None:
    grants = [Grant("reader", "dynamodb:GetItem", "table/{Table}")]
    report = check([Call("reader", "dynamodb:BatchGetItem", "table/{Table}")], grants, unused=False)
    assert not report.ok
    assert report.missing == [Call("reader", "dynamodb:BatchGetItem", "table/{Table}")]
    assert "MISSING  reader" in report.describe() and "dynamodb:BatchGetItem" in report.describe()


def test_a_call_on_another_table_or_index_is_missing() -> None:
    grants = [Grant("reader", "dynamodb:Query", "table/{Table}/index/gsi1")]
    assert check([Call("reader", "dynamodb:Query", "table/{Table}/index/gsi1")], grants).ok
    assert check([Call("reader", "dynamodb:Query", "table/{Table}")], grants, unused=False).missing
    assert check([Call("reader", "dynamodb:Query", "table/{Other}/index/gsi1")], grants, unused=False).missing


def test_a_permission_no_code_path_uses_fails() -> None:
    grants = [
        Grant("reader", "dynamodb:GetItem", "table/{Table}"),
        Grant("reader", "dynamodb:DeleteItem", "table/{Table}", "Policies[0]"),
    ]
    report = check([Call("reader", "dynamodb:GetItem", "table/{Table}")], grants)
    assert not report.ok and not report.missing
    assert report.unused == [Grant("reader", "dynamodb:DeleteItem", "table/{Table}", "Policies[0]")]
    assert "UNUSED   reader: holds dynamodb:DeleteItem" in report.describe()


def test_a_permission_of_another_function_does_not_count() -> None:
    grants = [Grant("writer", "dynamodb:GetItem", "table/{Table}")]
    assert check([Call("reader", "dynamodb:GetItem", "table/{Table}")], grants, unused=False).missing


def test_requests_map_to_iam_actions() -> None:
    tables = {"heyfolio-state": "StateTable"}
    batch = calls_from_request(
        "f", "dynamodb", "BatchGetItem", {"RequestItems": {"heyfolio-state": {}}}, tables
    )
    assert batch == [Call("f", "dynamodb:BatchGetItem", "table/{StateTable}")]
    txn = calls_from_request(
        "f",
        "dynamodb",
        "TransactWriteItems",
        {"TransactItems": [{"Put": {"TableName": "heyfolio-state"}}, {"Update": {"TableName": "x"}}]},
        tables,
    )
    assert txn == [
        Call("f", "dynamodb:PutItem", "table/{StateTable}"),
        Call("f", "dynamodb:UpdateItem", "table/x"),
    ]
    assert calls_from_request("f", "lambda", "Invoke", {}, tables) == [Call("f", "lambda:InvokeFunction")]
    assert calls_from_request("f", "states", "StartExecution", {}, tables) == [
        Call("f", "states:StartExecution")
    ]


@pytest.mark.usefixtures("local_stack")
def test_the_recorder_attributes_calls_to_the_running_handler() -> None:
    """A real botocore call made inside a function's handler is recorded against that function."""
    from heyfolio.stack.local_invoke import invoke_local
    from tests.aws.plugin import RECORDER

    event = {
        "resource": "/api/projects", "path": "/api/projects", "httpMethod": "GET",
        "headers": {"Host": "127.0.0.1:8000"}, "multiValueHeaders": {"Host": ["127.0.0.1:8000"]},
        "queryStringParameters": None, "multiValueQueryStringParameters": None, "pathParameters": None,
        "requestContext": {"requestId": "r", "stage": "local", "identity": {"sourceIp": "127.0.0.1"},
                           "resourcePath": "/api/projects", "httpMethod": "GET"},
        "body": None, "isBase64Encoded": False,
    }  # fmt: skip
    call = Call("portfolio_api", "dynamodb:BatchGetItem", "table/{StateTable}")
    before = RECORDER.counts.get(call, 0)
    assert invoke_local("portfolio_api", event)["statusCode"] == 200
    assert RECORDER.counts.get(call, 0) > before


def test_the_project_template_allows_the_live_data_reads_of_the_endpoint_and_chat() -> None:
    """The finding of issue 12: these read live project data and were denied on AWS."""
    grants = project_grants()
    for function in ("mcp_endpoint", "chat"):
        call = Call(function, "dynamodb:BatchGetItem", "table/{StateTable}")
        assert check([call], grants, unused=False).ok, function


def test_the_project_template_expands() -> None:
    grants = project_grants()
    assert {g.function for g in grants} >= {"mcp_endpoint", "chat", "search_portfolio", "contact_owner"}
    assert all(g.action.count(":") == 1 for g in grants)


def test_a_call_brings_the_permissions_the_service_checks_for_it() -> None:
    """S3 Vectors authorizes a filtered QueryVectors against GetVectors too; Athena reads Glue and S3
    with the caller's role: a role with the call's own action only is denied on AWS."""
    query = calls_from_request(
        "chat", "s3vectors", "QueryVectors", {"filter": {"visitor_id": {"$eq": "v"}}, "topK": 3}, {}
    )
    assert Call("chat", "s3vectors:GetVectors") in query
    only_query = [Grant("chat", "s3vectors:QueryVectors", "{MemoryVectorIndex}")]
    assert check(query, only_query, unused=False).missing == [Call("chat", "s3vectors:GetVectors")]
    plain = calls_from_request("chat", "s3vectors", "QueryVectors", {"topK": 3}, {})
    assert plain == [Call("chat", "s3vectors:QueryVectors")]
    athena = calls_from_request(
        "ask_analytics", "athena", "StartQueryExecution", {"QueryString": "SELECT 1"}, {}
    )
    assert {c.action for c in athena} >= {"athena:StartQueryExecution", "glue:GetTable", "s3:PutObject"}


def test_the_unused_baseline_only_shrinks_and_says_why() -> None:
    """Each entry names why it cannot be exercised here; an entry that is used (or no longer granted)
    fails the run until it is deleted, so the list never hides a grant the code now uses."""
    import json

    from tests.aws.iam import Report
    from tests.aws.plugin import BASELINE, apply_baseline

    entries = json.loads(BASELINE.read_text())
    for entry in entries:
        assert len(entry) == 4 and len(str(entry[3]).strip()) > 40, f"no reason given for {entry}"
    known = [Grant(e[0], e[1], e[2], "Policies[0]") for e in entries]
    assert apply_baseline(Report(unused=list(known))).ok, "listed unused grants do not fail the run"
    stale = apply_baseline(Report(unused=known[1:]))  # the first one is used now
    assert [g.source for g in stale.unused] == [
        "STALE BASELINE ENTRY: used or gone now, delete it from iam_unused_baseline.json"
    ]
    extra = Grant("reader", "dynamodb:DeleteItem", "table/{Table}", "Policies[0]")
    assert apply_baseline(Report(unused=[*known, extra])).unused == [extra]


def test_the_offline_check_reports_what_the_end_of_a_complete_run_would(tmp_path: Any) -> None:
    import json

    from tests.aws.offline_check import load_calls, main

    calls = tmp_path / "iam-calls.json"
    calls.write_text(
        json.dumps([["reader", "dynamodb:GetItem", "table/{Table}"], ["chat", "sns:Publish", ""]])
    )
    assert load_calls([calls]) == {
        Call("reader", "dynamodb:GetItem", "table/{Table}"),
        Call("chat", "sns:Publish"),
    }
    assert main([str(calls)]) == 1, "a few calls leave most of the template's grants unused"
