"""Safe deploys and scale limits in template.yaml (issue 12, items 4 and 8).

Checked on the template as written and on what SAM makes of it (samtranslator, the library
``sam deploy`` runs in CloudFormation's transform): every function gets a version behind the
``live`` alias, a CodeDeploy deployment group that rolls back on the alarms, and every event source
(API routes, streaming ones included, queues, schedules) invokes the alias, not ``$LATEST``.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

import pytest

from heyfolio.stack.template import PROJECT_TEMPLATE, function_specs, load_template

TEMPLATE = load_template(PROJECT_TEMPLATE)
RESOURCES = TEMPLATE["Resources"]
PARAMS = TEMPLATE["Parameters"]
ROLLBACK_ALARMS = ["DeployErrorRateAlarm", "ErrorRateAlarm", "LatencyP95Alarm"]


@lru_cache(maxsize=4)
def _translated(deployment_type: str = "") -> dict[str, Any]:
    """The template after the SAM transform, code locations as ``sam package`` leaves them."""
    from samtranslator.translator.transform import transform

    template = copy.deepcopy(TEMPLATE)
    for logical, resource in template["Resources"].items():
        props = resource.get("Properties", {})
        for key in ("CodeUri", "DefinitionUri", "ContentUri"):
            if isinstance(props.get(key), str):
                props[key] = f"s3://artifacts/{logical}.zip"

    class NoManagedPolicies:
        def load(self) -> dict[str, str]:
            return {}

    params = {"DeploymentType": deployment_type} if deployment_type else {}
    out: dict[str, Any] = transform(template, params, NoManagedPolicies())
    return out


@pytest.fixture(autouse=True)
def _region(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")  # the transform fills AWS::Region


def _of_type(resources: dict[str, Any], kind: str) -> dict[str, Any]:
    return {k: v for k, v in resources.items() if v["Type"] == kind}


# ---------------------------------------------------------------- the template as written


def test_every_function_publishes_the_live_alias_with_a_canary_by_default() -> None:
    function_globals = TEMPLATE["Globals"]["Function"]
    assert function_globals["AutoPublishAlias"] == "live"
    preference = function_globals["DeploymentPreference"]
    assert preference["Type"] == {"Ref": "DeploymentType"}
    assert PARAMS["DeploymentType"]["Default"] == "Canary10Percent5Minutes"
    assert "AllAtOnce" in PARAMS["DeploymentType"]["AllowedValues"]  # dev stacks
    assert preference["Alarms"] == [{"Ref": name} for name in ROLLBACK_ALARMS]
    for spec in function_specs(PROJECT_TEMPLATE):  # no function opts out
        assert "AutoPublishAlias" not in spec.properties, spec.logical_id
        assert "DeploymentPreference" not in spec.properties, spec.logical_id


def test_rollback_alarms_watch_errors_and_latency_fast_enough_for_a_canary() -> None:
    fast = RESOURCES["DeployErrorRateAlarm"]["Properties"]
    periods = {m["MetricStat"]["Period"] for m in fast["Metrics"] if "MetricStat" in m}
    assert periods == {60}, "a 5-minute canary needs an alarm that can fire within it"
    assert fast["Threshold"] == 5 and fast["ComparisonOperator"] == "GreaterThanThreshold"
    assert fast["EvaluationPeriods"] * 60 <= 300
    expression = next(m["Expression"] for m in fast["Metrics"] if "Expression" in m)
    assert "100 * errors / requests" in expression and "requests >= 10" in expression
    metrics = {m["Id"]: m["MetricStat"]["Metric"]["MetricName"] for m in fast["Metrics"] if "MetricStat" in m}
    assert metrics == {"errors": "Errors", "requests": "Requests"}
    assert RESOURCES["LatencyP95Alarm"]["Properties"]["ExtendedStatistic"] == "p95"
    # Spend and the tools' p95 target alert the owner but never roll a deployment back.
    preference = TEMPLATE["Globals"]["Function"]["DeploymentPreference"]
    assert {"Ref": "DailySpendAlarm"} not in preference["Alarms"]
    assert {"Ref": "ToolLatencyP95Alarm"} not in preference["Alarms"]


def test_availability_slo_alarm_is_99_9_percent_of_api_gateway_requests() -> None:
    props = RESOURCES["ApiAvailabilityAlarm"]["Properties"]
    assert props["Threshold"] == 99.9 and props["ComparisonOperator"] == "LessThanThreshold"
    stats = {m["Id"]: m["MetricStat"] for m in props["Metrics"] if "MetricStat" in m}
    assert stats["errors"]["Metric"]["MetricName"] == "5XXError"
    assert stats["requests"]["Metric"]["MetricName"] == "Count"
    api_name = RESOURCES["PortfolioApi"]["Properties"]["Name"]
    for stat in stats.values():
        assert stat["Metric"]["Namespace"] == "AWS/ApiGateway" and stat["Stat"] == "Sum"
        assert stat["Period"] == 3600
        dims = {d["Name"]: d["Value"] for d in stat["Metric"]["Dimensions"]}
        assert dims == {"ApiName": api_name, "Stage": {"Ref": "Stage"}}, "the alarm must watch this API"
    (expression,) = [m["Expression"] for m in props["Metrics"] if "Expression" in m]
    assert "100 * (1 - errors / requests)" in expression


def test_tool_p95_alarm_is_at_the_500_ms_target_over_all_tools() -> None:
    props = RESOURCES["ToolLatencyP95Alarm"]["Properties"]
    assert (props["Namespace"], props["MetricName"]) == ("Heyfolio", "ToolLatency")
    assert props["Dimensions"] == [{"Name": "service", "Value": "heyfolio"}]  # emitted without ``tool`` too
    assert props["ExtendedStatistic"] == "p95" and props["Threshold"] == 500
    assert props["ComparisonOperator"] == "GreaterThanThreshold"


def test_every_alarm_notifies_the_owner_topic_and_the_email_is_optional() -> None:
    for name, alarm in _of_type(RESOURCES, "AWS::CloudWatch::Alarm").items():
        assert alarm["Properties"]["AlarmActions"] == [{"Ref": "OwnerTopic"}], name
    subscription = RESOURCES["OwnerEmailSubscription"]
    assert subscription["Condition"] == "HasOwnerEmail"
    assert subscription["Properties"]["Endpoint"] == {"Ref": "OwnerEmail"}
    assert PARAMS["OwnerEmail"]["Default"] == ""


def test_throttles_reserved_concurrency_and_spend_caps_are_parameters() -> None:
    (setting,) = RESOURCES["PortfolioApi"]["Properties"]["MethodSettings"]
    assert setting["ThrottlingRateLimit"] == {"Ref": "ApiThrottleRateLimit"}
    assert setting["ThrottlingBurstLimit"] == {"Ref": "ApiThrottleBurstLimit"}
    assert (setting["ResourcePath"], setting["HttpMethod"]) == ("/*", "*")
    assert (
        PARAMS["ApiThrottleRateLimit"]["Default"] == 25 and PARAMS["ApiThrottleBurstLimit"]["Default"] == 50
    )
    reserved = {
        "ChatFunction": "ChatReservedConcurrency",
        "McpEndpointFunction": "McpReservedConcurrency",
        "McpSubscriptionsFunction": "ListenReservedConcurrency",
    }
    for function, param in reserved.items():
        value = RESOURCES[function]["Properties"]["ReservedConcurrentExecutions"]
        condition = f"Has{param}"
        assert value == {"Fn::If": [condition, {"Ref": param}, {"Ref": "AWS::NoValue"}]}
        assert TEMPLATE["Conditions"][condition] == {"Fn::Not": [{"Fn::Equals": [{"Ref": param}, "-1"]}]}
        assert PARAMS[param]["Default"] == -1  # new accounts may have too little concurrency to reserve
    env = TEMPLATE["Globals"]["Function"]["Environment"]["Variables"]
    assert env["HEYFOLIO_BUDGET_DAILY_USD"] == {"Ref": "BudgetDailyUsd"}
    assert env["HEYFOLIO_BUDGET_MONTHLY_USD"] == {"Ref": "BudgetMonthlyUsd"}
    from heyfolio.config import Settings

    defaults = Settings.from_env({})
    assert PARAMS["BudgetDailyUsd"]["Default"] == defaults.budget_daily_usd
    assert PARAMS["BudgetMonthlyUsd"]["Default"] == defaults.budget_monthly_usd
    assert PARAMS["DailySpendAlarmUsd"]["Default"] == PARAMS["BudgetDailyUsd"]["Default"]


# ---------------------------------------------------------------- what SAM makes of it


def test_sam_makes_a_deployment_group_per_function_that_rolls_back_on_the_alarms() -> None:
    resources = _translated()["Resources"]
    functions = _of_type(resources, "AWS::Lambda::Function")
    groups = _of_type(resources, "AWS::CodeDeploy::DeploymentGroup")
    assert len(functions) == len(function_specs(PROJECT_TEMPLATE)) == len(groups)
    for name, group in groups.items():
        props = group["Properties"]
        assert props["AlarmConfiguration"]["Enabled"] is True
        assert [a["Name"] for a in props["AlarmConfiguration"]["Alarms"]] == [
            {"Ref": alarm} for alarm in ROLLBACK_ALARMS
        ], name
        assert "DEPLOYMENT_STOP_ON_ALARM" in props["AutoRollbackConfiguration"]["Events"]
        assert props["DeploymentConfigName"]["Fn::Sub"][1]["ConfigName"] == "Canary10Percent5Minutes"
        assert props["ServiceRoleArn"] == {"Fn::GetAtt": ["CodeDeployServiceRole", "Arn"]}
    role = resources["CodeDeployServiceRole"]["Properties"]
    assert role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["Service"] == [
        "codedeploy.amazonaws.com"
    ]
    assert any("AWSCodeDeployRoleForLambda" in arn for arn in role["ManagedPolicyArns"])
    aliases = _of_type(resources, "AWS::Lambda::Alias")
    assert {a["Properties"]["Name"] for a in aliases.values()} == {"live"} and len(aliases) == len(functions)


def test_a_dev_stack_can_deploy_all_at_once() -> None:
    groups = _of_type(_translated("AllAtOnce")["Resources"], "AWS::CodeDeploy::DeploymentGroup")
    assert {g["Properties"]["DeploymentConfigName"]["Fn::Sub"][1]["ConfigName"] for g in groups.values()} == {
        "AllAtOnce"
    }


def test_every_event_source_invokes_the_alias_streaming_routes_included() -> None:
    import json

    resources = _translated()["Resources"]
    (api,) = _of_type(resources, "AWS::ApiGateway::RestApi").values()
    uris = []
    for methods in api["Properties"]["Body"]["paths"].values():
        for operation in methods.values():
            uris.append((operation["x-amazon-apigateway-integration"]["uri"]["Fn::Sub"], operation))
    assert uris
    streaming = 0
    for uri, operation in uris:
        assert "Aliaslive}" in uri, f"an API route invokes $LATEST: {uri}"
        if uri.endswith("/response-streaming-invocations"):
            streaming += 1
            assert operation["x-amazon-apigateway-integration"]["responseTransferMode"] == "STREAM"
    assert streaming == 3  # POST /api/chat, POST /mcp/subscriptions, GET /api/changes
    for name, mapping in _of_type(resources, "AWS::Lambda::EventSourceMapping").items():
        assert "Aliaslive" in json.dumps(mapping["Properties"]["FunctionName"]), name
    for name, rule in _of_type(resources, "AWS::Events::Rule").items():
        assert "Aliaslive" in json.dumps(rule["Properties"]["Targets"]), name


# ---------------------------------------------------------------- the endpoint invokes the alias too


def test_the_mcp_endpoint_invokes_tools_through_their_live_alias() -> None:
    """Unqualified, Invoke runs $LATEST: new tool code at once for every tools/call, whatever the canary.
    The endpoint names the alias (HEYFOLIO_INVOKE_QUALIFIER) and may invoke only the alias."""
    endpoint = RESOURCES["McpEndpointFunction"]["Properties"]
    variables = endpoint["Environment"]["Variables"]
    assert variables["HEYFOLIO_INVOKE_QUALIFIER"] == TEMPLATE["Globals"]["Function"]["AutoPublishAlias"]
    targets = {v["Ref"] for k, v in variables.items() if k.startswith("FN_")}
    assert targets
    granted = [
        item
        for policy in endpoint["Policies"]
        if isinstance(policy, dict)
        for statement in policy.get("Statement", [])
        if statement.get("Action") == "lambda:InvokeFunction"
        for item in statement["Resource"]
    ]
    assert sorted(granted, key=str) == sorted(({"Fn::Sub": f"${{{t}.Arn}}:live"} for t in targets), key=str)


def test_the_lambda_invoker_names_the_qualifier() -> None:
    import json

    from heyfolio.config import Settings
    from mcp_handlers.invoker import LambdaInvoker

    class Payload:
        def read(self) -> bytes:
            return json.dumps({"ok": True, "result": {}}).encode()

    class FakeLambda:
        def __init__(self) -> None:
            self.requests: list[dict[str, Any]] = []

        def invoke(self, **kwargs: Any) -> dict[str, Any]:
            self.requests.append(kwargs)
            return {"Payload": Payload()}

    settings = Settings.from_env(
        {"HEYFOLIO_INVOKE_QUALIFIER": "live", "FN_GET_PROFILE": "stack-GetProfile-1"}
    )
    assert settings.invoke_qualifier == "live"
    client = FakeLambda()
    LambdaInvoker(settings.function_names, client=client, qualifier=settings.invoke_qualifier).invoke(
        "get_profile", {}
    )
    assert client.requests[0]["FunctionName"] == "stack-GetProfile-1"
    assert client.requests[0]["Qualifier"] == "live"
    LambdaInvoker(settings.function_names, client=client).invoke("get_profile", {})
    assert "Qualifier" not in client.requests[1]


def test_a_change_in_the_shared_layer_alone_publishes_new_versions() -> None:
    """The layer carries the shared code and the content: without a new version the alias would keep
    serving the old layer after a deploy that changed only the layer (SAM hashes CodeUri by default)."""
    assert TEMPLATE["Globals"]["Function"]["AutoPublishAliasAllProperties"] is True
    assert RESOURCES["SharedLayer"]["Properties"]["PublishLambdaVersion"] is True

    def versions(layer_uri: str) -> set[str]:
        from samtranslator.translator.transform import transform

        template = copy.deepcopy(TEMPLATE)
        for logical, resource in template["Resources"].items():
            props = resource.get("Properties", {})
            for key in ("CodeUri", "DefinitionUri", "ContentUri"):
                if isinstance(props.get(key), str):
                    props[key] = f"s3://artifacts/{logical}.zip"
        template["Resources"]["SharedLayer"]["Properties"]["ContentUri"] = layer_uri

        class NoManagedPolicies:
            def load(self) -> dict[str, str]:
                return {}

        out = transform(template, {}, NoManagedPolicies())["Resources"]
        return {k for k, v in out.items() if v["Type"] == "AWS::Lambda::Version"}

    first, again, changed = (
        versions("s3://a/layer-1.zip"),
        versions("s3://a/layer-1.zip"),
        versions("s3://a/layer-2.zip"),
    )
    assert first == again, "the same inputs must keep the same versions (no needless deploys)"
    assert len(first) == len(function_specs(PROJECT_TEMPLATE))
    assert not first & changed, "every function needs a new version when the layer changes"


def test_samtranslator_still_refuses_an_unknown_globals_property() -> None:
    """cfn-lint's Globals check (E3724) is off for AutoPublishAliasAllProperties (template Metadata);
    SAM's own translation, run by `sam validate` and these tests, still catches a wrong Globals key."""
    from samtranslator.model.exceptions import InvalidDocumentException
    from samtranslator.translator.transform import transform

    assert TEMPLATE["Metadata"]["cfn-lint"]["config"]["ignore_checks"] == ["E3724"]
    template = copy.deepcopy(TEMPLATE)
    template["Globals"]["Function"]["AutoPublishAliasEveryProperty"] = True

    class NoManagedPolicies:
        def load(self) -> dict[str, str]:
            return {}

    with pytest.raises(InvalidDocumentException, match="AutoPublishAliasEveryProperty"):
        transform(template, {}, NoManagedPolicies())
