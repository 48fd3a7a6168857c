"""The SAM template is the source of truth: every function it declares exists, imports,
has a sample event in ``events/``, and answers that event successfully - twice (warm)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from heyfolio.stack.template import PROJECT_TEMPLATE, function_specs, load_template

ROOT = Path(__file__).resolve().parents[2]
SPECS = function_specs(PROJECT_TEMPLATE)
NAMES = [spec.name for spec in SPECS]


def sample_events(name: str) -> list[Path]:
    """``events/<name>.json`` and any ``events/<name>/*.json``."""
    single = ROOT / "events" / f"{name}.json"
    folder = ROOT / "events" / name
    return ([single] if single.is_file() else []) + sorted(folder.glob("*.json"))


def test_template_declares_functions() -> None:
    assert NAMES, "template.yaml declares no functions"
    assert len(set(NAMES)) == len(NAMES), "two functions share a folder"


@pytest.mark.parametrize("spec", SPECS, ids=NAMES)
def test_function_folder_and_handler_exist(spec: Any) -> None:
    assert spec.module_path.is_file(), f"{spec.logical_id}: {spec.module_path} is missing"
    from heyfolio.stack.local_functions import load_function_module

    module = load_function_module(spec)
    assert callable(getattr(module, spec.handler_attr)), f"{spec.handler} is not callable"


@pytest.mark.parametrize("spec", SPECS, ids=NAMES)
def test_function_has_a_sample_event(spec: Any) -> None:
    assert sample_events(spec.name), f"no events/{spec.name}.json for {spec.logical_id}"


def test_every_event_belongs_to_a_function() -> None:
    names = set(NAMES)
    for path in (ROOT / "events").iterdir():
        stem = path.stem if path.is_file() else path.name
        assert stem in names, f"events/{path.name} matches no function in template.yaml"


def test_every_function_uses_the_shared_layer_and_its_own_log_group() -> None:
    template = load_template(PROJECT_TEMPLATE)
    layers = template["Globals"]["Function"]["Layers"]
    assert {"Ref": "SharedLayer"} in layers
    for spec in SPECS:
        group = spec.properties.get("LoggingConfig", {}).get("LogGroup")
        assert group and "Ref" in group, f"{spec.logical_id} has no log group of its own (retention)"
        assert template["Resources"][group["Ref"]]["Properties"]["RetentionInDays"] == {
            "Ref": "LogRetentionDays"
        }


def test_duckdb_ships_only_to_the_functions_that_write_the_analytics_export() -> None:
    """DuckDB (layers/analytics, 66 MB) runs on AWS where the analytics export's Parquet files are
    written or rewritten, and those functions are the ones told its bucket: every one of them has the
    layer (else an erasure or the daily export fails on import), no other function carries it."""
    exporters = {s.name for s in SPECS if "HEYFOLIO_ANALYTICS_BUCKET" in s.environment}
    with_duckdb = {s.name for s in SPECS if "AnalyticsLayer" in s.layers}
    assert exporters == with_duckdb
    assert {"visitor_data", "analytics_worker"} <= with_duckdb
    assert not {"search_portfolio", "mcp_endpoint", "chat"} & with_duckdb
    for spec in SPECS:  # SAM adds a function's own layers to the Globals' (the shared layer first)
        assert spec.layers[0] == "SharedLayer", spec.logical_id
    shared = (ROOT / "layers" / "shared" / "requirements.txt").read_text()
    assert (
        "duckdb" not in shared
        and "duckdb" in (ROOT / "layers" / "analytics" / "requirements.txt").read_text()
    )


def test_onnx_runtime_ships_only_to_the_functions_that_embed_a_search_question() -> None:
    """ONNX Runtime (layers/dense, ~28 MB) runs MiniLM's encoder for the functions that embed a
    visitor's question (issue 11's search latency): the public search route, the search tool and the
    chat. No other function carries it (they fit Lambda's 250 MB with a wider margin), and none of
    them carries DuckDB's layer too."""
    with_dense = {s.name for s in SPECS if "DenseLayer" in s.layers}
    assert with_dense == {"portfolio_api", "search_portfolio", "chat"}
    assert not any("AnalyticsLayer" in s.layers for s in SPECS if s.name in with_dense)
    dense = (ROOT / "layers" / "dense" / "requirements.txt").read_text()
    shared = (ROOT / "layers" / "shared" / "requirements.txt").read_text()
    assert "onnxruntime" in dense and "onnxruntime" not in shared and "onnx>" not in dense


def test_globals_pin_runtime_architecture_and_tracing() -> None:
    function_globals = load_template(PROJECT_TEMPLATE)["Globals"]["Function"]
    assert function_globals["Runtime"] == "python3.13"
    assert function_globals["Architectures"] == ["arm64"]
    assert function_globals["Tracing"] == "Active"


def _is_success(result: Any) -> bool:
    """2xx for API Gateway events; for invocation envelopes ``ok`` and no tool error."""
    if isinstance(result, dict) and "statusCode" in result:
        return 200 <= int(result["statusCode"]) < 300
    if isinstance(result, dict) and "ok" in result:
        inner = result.get("result") or {}
        return result["ok"] is True and not inner.get("isError", False)
    return result is not None


def _with_tokens(text: str) -> str:
    """Owner-route sample events carry ``${OWNER_TOKEN}``, visitor-data ones ``${VISITOR_TOKEN}``
    (as with ``sam local invoke``, a real token goes there)."""
    if "${OWNER_TOKEN}" in text:
        from heyfolio.security.tokens import mint_token

        text = text.replace("${OWNER_TOKEN}", mint_token("owner"))
    if "${VISITOR_TOKEN}" in text:
        from heyfolio.security.visitor import mint_visitor_session

        text = text.replace("${VISITOR_TOKEN}", mint_visitor_session("0" * 32))
    return text


def _seed_waiting_lead() -> str:
    """A stored lead whose owner-approval flow waits for the owner (what ``review_lead`` acts on)."""
    import time
    import uuid

    from heyfolio.flows.approval import get_record
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.storage import leads

    lead, _ = leads.create_once(
        uuid.uuid4().hex,
        name="Sam Rivera",
        email="sam.rivera@example.com",
        message="We are hiring a staff engineer for our data platform.",
        consent=True,
    )
    get_runner().start_approval(lead.lead_id)
    deadline = time.monotonic() + 60  # another thread's progress: patience, not a bound
    while time.monotonic() < deadline:
        record = get_record(lead.lead_id)
        if record is not None and record.status == "waiting":
            return lead.lead_id
        time.sleep(0.05)
    raise AssertionError(f"the approval flow of {lead.lead_id} never reached the owner")


def _with_state(text: str, flows_ready: list[bool]) -> str:
    """Owner actions act on real state: ``${WAITING_LEAD_ID}`` becomes a fresh lead the owner's
    approval flow is waiting on (one per replay, so the warm call is not a second review)."""
    if "${WAITING_LEAD_ID}" not in text:
        return text
    if not flows_ready:
        from heyfolio.dev.local_flows import start_local_flows

        start_local_flows()
        flows_ready.append(True)
    return text.replace("${WAITING_LEAD_ID}", _seed_waiting_lead())


# The samples are events as API Gateway sends them for a deployed stack at this URL.
SAMPLE_PUBLIC_URL = "https://abc123.execute-api.us-east-1.amazonaws.com/dev"


@pytest.mark.usefixtures("local_stack")
@pytest.mark.parametrize("spec", SPECS, ids=NAMES)
def test_sample_events_succeed_cold_and_warm(spec: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from heyfolio.config import get_settings
    from heyfolio.stack.local_invoke import invoke_local

    monkeypatch.setenv("HEYFOLIO_PUBLIC_URL", SAMPLE_PUBLIC_URL)
    get_settings.cache_clear()
    # A cold start: the entry module is imported afresh with this test's settings.
    monkeypatch.delitem(sys.modules, f"heyfolio_function_{spec.name}", raising=False)
    from heyfolio.dev.local_flows import stop_local_flows

    flows_ready: list[bool] = []
    try:
        for path in sample_events(spec.name):
            for attempt in ("cold", "warm"):
                event = json.loads(_with_state(_with_tokens(path.read_text()), flows_ready))
                result = invoke_local(spec.name, event)
                assert _is_success(result), f"{path.name} ({attempt}): {str(result)[:500]}"
    finally:
        stop_local_flows()
