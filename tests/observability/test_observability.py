"""Structured logs with one correlation id from /mcp into the tool function, EMF metrics, alarms, coverage."""

from __future__ import annotations

import ast
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from heyfolio import observability
from heyfolio.dev.apigw_events import build_event
from heyfolio.stack.template import PROJECT_TEMPLATE, function_specs, load_template

ROOT = Path(__file__).resolve().parents[2]


class Capture(logging.Handler):
    """Formats records with the Powertools formatter, as they would reach CloudWatch."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(observability.logger.registered_formatter)
        self.lines: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(self.format(record)))


@pytest.fixture
def captured() -> Any:
    handler = Capture()
    target = logging.getLogger(observability.SERVICE)
    target.addHandler(handler)
    level = target.level
    target.setLevel(logging.DEBUG)  # a successful tool call logs at DEBUG (its metric is the record)
    yield handler
    target.setLevel(level)
    target.removeHandler(handler)


def _mcp_event(correlation: str, tool: str = "search_portfolio") -> dict[str, Any]:
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {"name": tool, "arguments": {"query": "Rust", "limit": 2}},
    }
    event = build_event(
        method="POST",
        path="/mcp",
        resource="/mcp",
        path_parameters={},
        query_string="",
        headers=[
            ("Host", "127.0.0.1:8000"),
            ("Content-Type", "application/json"),
            ("Accept", "application/json"),
        ],
        body=json.dumps(body).encode(),
    )
    event["requestContext"]["requestId"] = correlation
    return event


@pytest.mark.usefixtures("local_stack")
def test_correlation_id_follows_a_request_from_the_endpoint_into_the_tool(
    captured: Capture, capsys: Any
) -> None:
    from heyfolio.stack.local_invoke import invoke_local

    result = invoke_local("mcp_endpoint", _mcp_event("corr-0f3c-endpoint-to-tool"))
    assert result["statusCode"] == 200, result["body"]
    assert result["headers"]["x-correlation-id"] == "corr-0f3c-endpoint-to-tool"
    tool_lines = [line for line in captured.lines if line.get("message") == "tool call"]
    assert len(tool_lines) == 1
    line = tool_lines[0]
    assert line["correlation_id"] == "corr-0f3c-endpoint-to-tool"
    assert line["tool"] == "search_portfolio" and line["failed"] is False
    assert line["service"] == "heyfolio" and line["level"] == "DEBUG"  # structured JSON
    metrics = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.startswith('{"_aws"')]
    names = {m["_aws"]["CloudWatchMetrics"][0]["Metrics"][0]["Name"]: m for m in metrics}
    tool_latency = [
        m for m in metrics if m["_aws"]["CloudWatchMetrics"][0]["Metrics"][0]["Name"] == "ToolLatency"
    ]
    # Once per tool (dashboards) and once over all tools (ToolLatencyP95Alarm), the same value.
    assert [m.get("tool") for m in tool_latency] == ["search_portfolio", None]
    assert tool_latency[1]["_aws"]["CloudWatchMetrics"][0]["Dimensions"] == [["service"]]
    assert tool_latency[0]["ToolLatency"] == tool_latency[1]["ToolLatency"]
    assert {"Requests", "RequestLatency"} <= set(names)
    assert names["Requests"]["_aws"]["CloudWatchMetrics"][0]["Dimensions"] == [["service"]]


@pytest.mark.usefixtures("local_stack")
def test_a_client_supplied_correlation_id_is_the_one_everywhere(captured: Capture) -> None:
    from heyfolio.stack.local_invoke import invoke_local

    event = _mcp_event("api-gateway-request-id")
    event["headers"]["X-Correlation-Id"] = "client-chosen-42"
    event["multiValueHeaders"]["X-Correlation-Id"] = ["client-chosen-42"]
    invoke_local("mcp_endpoint", event)
    ids = {line.get("correlation_id") for line in captured.lines if line.get("message") == "tool call"}
    assert ids == {"client-chosen-42"}


def test_tool_errors_are_counted(capsys: Any) -> None:
    handler = observability.instrument_tool(lambda e, c: {"ok": True, "result": {"isError": True}}, "demo")
    handler({"kind": "tools/call", "name": "demo", "caller": {"correlationId": "x"}}, None)
    out = capsys.readouterr().out
    assert '"ToolErrors"' in out and '"tool": "demo"' in out.replace('":"', '": "')


def test_http_5xx_and_crashes_count_as_errors(capsys: Any) -> None:
    failing = observability.instrument(lambda e, c: {"statusCode": 502, "body": ""})
    failing({"httpMethod": "GET", "requestContext": {"requestId": "r"}}, None)
    assert '"Errors"' in capsys.readouterr().out

    def crash(event: Any, context: Any) -> Any:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        observability.instrument(crash)({"httpMethod": "GET"}, None)
    assert '"Errors"' in capsys.readouterr().out
    observability.instrument(lambda e, c: {"statusCode": 404})({"httpMethod": "GET"}, None)
    assert '"Errors"' not in capsys.readouterr().out


def _alarm_metric_names() -> set[str]:
    names: set[str] = set()
    for resource in load_template(PROJECT_TEMPLATE)["Resources"].values():
        if resource.get("Type") != "AWS::CloudWatch::Alarm":
            continue
        props = resource["Properties"]
        if "MetricName" in props:
            assert props["Namespace"] == "Heyfolio"
            names.add(props["MetricName"])
        for query in props.get("Metrics", []):
            stat = query.get("MetricStat")
            if stat and stat["Metric"]["Namespace"] == "AWS/ApiGateway":
                continue  # the availability SLO reads API Gateway's own metrics (tests/stack/test_deploys.py)
            if stat:
                assert stat["Metric"]["Namespace"] == "Heyfolio"
                names.add(stat["Metric"]["MetricName"])
    return names


def test_every_alarm_watches_a_metric_the_code_emits_with_matching_dimensions() -> None:
    names = _alarm_metric_names()
    assert names == set(observability.ALARMED_METRICS)
    source = (ROOT / "layers/shared/heyfolio/observability.py").read_text()
    for name in names:
        constant = next(
            k for k, v in vars(observability).items() if v == name and k.isupper() and k != "SERVICE"
        )
        assert f"emit({constant}" in source, f"{name} is alarmed on but never emitted"
    resources = load_template(PROJECT_TEMPLATE)["Resources"]
    assert resources["LatencyP95Alarm"]["Properties"]["ExtendedStatistic"] == "p95"
    assert "errors / requests" in resources["ErrorRateAlarm"]["Properties"]["Metrics"][2]["Expression"]
    assert resources["DailySpendAlarm"]["Properties"]["Period"] == 86400
    for alarm in ("ErrorRateAlarm", "LatencyP95Alarm", "DailySpendAlarm"):
        assert resources[alarm]["Properties"]["AlarmActions"] == [{"Ref": "OwnerTopic"}]
    envs = load_template(PROJECT_TEMPLATE)["Globals"]["Function"]["Environment"]["Variables"]
    assert (
        envs["POWERTOOLS_METRICS_NAMESPACE"] == "Heyfolio" and envs["POWERTOOLS_SERVICE_NAME"] == "heyfolio"
    )


def test_every_function_uses_powertools() -> None:
    """Each entry point wraps its handler with heyfolio.observability (or a helper that does)."""
    helpers = {"instrument", "tool_function", "resource_function"}
    missing = []
    for spec in function_specs():
        tree = ast.parse(spec.module_path.read_text())
        called = {
            node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
        }
        imports = {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names
        }
        uses = (
            bool(called & helpers)
            or "instrument" in imports
            or "observability" in spec.module_path.read_text()
        )
        if not uses:
            missing.append(spec.name)
    assert not missing, f"functions without Powertools logging/metrics: {missing}"


def test_rate_limit_refusals_are_counted(capsys: Any) -> None:
    from heyfolio.limits.decision import Decision
    from heyfolio.limits.http import refusal_for

    fields = Decision.__dataclass_fields__
    kwargs: dict[str, Any] = {"allowed": False}
    for name, value in (
        ("retry_after_seconds", 7),
        ("rule", "5/m per ip"),
        ("limit", 5),
        ("remaining", 0),
        ("unavailable", False),
    ):
        if name in fields:
            kwargs[name] = value
    refusal = refusal_for(Decision(**kwargs))
    assert refusal is not None and refusal.status == 429
    out = capsys.readouterr().out
    assert '"RateLimitRejections"' in out and '"limited"' in out
