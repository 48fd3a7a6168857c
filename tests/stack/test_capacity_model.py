"""bench/capacity_model.py (issue 12, item 8): the per-request figures come from running the code,
and the scenario figures add up (totals, request counts, caps, limit ratios)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench import capacity_model as cm  # noqa: E402


@pytest.fixture(scope="module")
def measured() -> dict[str, Any]:
    """The script as a user runs it (its own process: it sets up its own emulated AWS), figures as JSON."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "capacity_model.py"), "--no-write", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    payload: dict[str, Any] = json.loads(done.stdout)
    return payload


def test_per_request_use_is_measured_on_the_code_paths(measured: dict[str, Any]) -> None:
    paths = measured["paths"]
    assert set(paths) == set(cm.KINDS)
    # The MCP endpoint answers tools/call by invoking the tool's own function (Lambda Invoke on AWS).
    assert paths["mcp_tool_call"]["invocations"] == {"mcp_endpoint": 1, "search_portfolio": 1}
    # A chat turn reads and writes the state and events tables, and recalls long-term memory.
    chat = paths["chat_turn"]
    assert (
        chat["aws_calls"].get("dynamodb:PutItem", 0) >= 1
        and chat["wru"] >= chat["aws_calls"]["dynamodb:PutItem"]
    )
    assert chat["vector_queries"] == 1 and chat["embeddings"] >= 1
    # Rate limits are checked on the chat, the MCP endpoint and the public read API, not on the page.
    for kind in ("chat_turn", "mcp_tool_call", "api_read"):
        assert paths[kind]["limiter_commands"] >= 1, kind
    assert paths["page"]["limiter_commands"] == 0
    for use in paths.values():
        reads = sum(
            n for call, n in use["aws_calls"].items() if call.startswith("dynamodb:") and "Get" in call
        )
        assert use["rru"] >= 0.5 * reads


def test_scenarios_add_up(measured: dict[str, Any]) -> None:
    scenarios = {s["name"]: s for s in measured["scenarios"]}
    assert set(scenarios) == set(cm.SCENARIOS)
    for name, s in scenarios.items():
        assert s["total_usd"] == pytest.approx(sum(s["cost_usd"].values()), abs=0.01), name
        assert all(v >= 0 for v in s["cost_usd"].values()), name
        usage = s["usage"]
        assert usage["chat_turns_answered_by_model"] <= s["requests"]["chat_turn"] + 1e-9
        cap = next(r for r in s["limits"] if r["limit"].startswith("Model spend cap"))
        assert s["cost_usd"]["Anthropic"] <= cap["capacity"] + 1e-9, f"{name}: spend above the cap"
        ratios = [r["ratio"] for r in s["limits"]]
        assert ratios == sorted(ratios, reverse=True), "the first-binding limit is listed first"
        for row in s["limits"]:
            assert row["ratio"] == pytest.approx(row["demand"] / row["capacity"], rel=0.01, abs=0.002), row
        assert usage["dynamodb_rru"] >= usage["change_feed_rru"]
        assert usage["lambda_gb_seconds"] >= usage["change_feed_gb_seconds"]
    # "10,000 requests a minute" is exactly that many requests at API Gateway, for an hour.
    busy = scenarios["10,000 requests a minute"]
    assert busy["usage"]["http_requests_api_gateway"] == pytest.approx(10_000 * 60)
    assert sum(v for k, v in busy["requests"].items() if k != "static") == pytest.approx(10_000 * 60)
    # With the default caps the model's spend is what stops a front-page day first.
    assert scenarios["front-page day"]["limits"][0]["limit"].startswith("Model spend cap")
    assert all(r["ratio"] < 1 for r in scenarios["quiet month"]["limits"])


def test_the_model_follows_its_inputs() -> None:
    """Deterministic arithmetic on fixed per-request figures: doubling DynamoDB use per chat turn adds
    exactly that many units; the edge's fixed WAF fee is in the quiet month's cost."""
    base = {kind: cm.PathUse(invocations=Counter({fn: 1})) for kind, (fn, _) in cm.KINDS.items()}
    base["chat_turn"].wru = 3
    more = {kind: cm.PathUse(invocations=Counter({fn: 1})) for kind, (fn, _) in cm.KINDS.items()}
    more["chat_turn"].wru = 6
    a, b = cm.model(base), cm.model(more)
    for x, y in zip(a, b, strict=True):
        assert y.usage["dynamodb_wru"] - x.usage["dynamodb_wru"] == pytest.approx(3 * x.requests["chat_turn"])
    quiet = a[0]
    prices = cm.ASSUMPTIONS["prices_usd"]
    assert quiet.cost_usd["WAF"] >= prices["waf_per_acl_month"] + 4 * prices["waf_per_rule_month"]
    plain = cm.model(base, edge=False)[0]
    assert "WAF" not in plain.cost_usd and "CloudFront" not in plain.cost_usd
    static = cm.static_files_per_page()
    assert "app.js" in static and all((ROOT / "web" / "static" / f).is_file() for f in static)
    assert plain.usage["http_requests_api_gateway"] - quiet.usage[
        "http_requests_api_gateway"
    ] == pytest.approx(len(static) * quiet.requests["page"])


def test_dynamodb_units_follow_the_request() -> None:
    assert cm._dynamodb_units("GetItem", {"ConsistentRead": True}) == (1.0, 0.0)
    assert cm._dynamodb_units("GetItem", {}) == (0.5, 0.0)
    keys = {"T": {"Keys": [{"pk": {"S": str(i)}} for i in range(4)]}}
    assert cm._dynamodb_units("BatchGetItem", {"RequestItems": keys}) == (2.0, 0.0)
    big = {"pk": {"S": "x" * 2500}}
    assert cm._dynamodb_units("PutItem", {"Item": big}) == (
        0.0,
        float(math.ceil(len(json.dumps(big)) / 1024)),
    )
    assert cm._dynamodb_units("TransactWriteItems", {"TransactItems": [{}, {}]}) == (0.0, 4.0)
