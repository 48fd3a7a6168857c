"""``match_role`` with a choice of named tools ("Airflow or Dagster"): one requirement in the structured
content (counted once, valid against the output schema), each alternative nested under it, and indented
beneath it in the text result and in the facts a summary is written from."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from mcp_handlers.catalog import call_tool
from mcp_handlers.tools.base import ToolResult
from mcp_handlers.tools.match_role import TOOL, _report_text, _sampling_request

# An invented report, as ``heyfolio.jobfit.assess_job`` shapes one.
REPORT: dict[str, Any] = {
    "title": "Data Platform Engineer",
    "requirements": [
        {
            "requirement": "Orchestration with Airflow or Dagster",
            "kind": "requirement",
            "status": "matched",
            "score": 1.0,
            "evidence": [{"uri": "portfolio://work/korbwerk", "snippet": "Runs 140 Airflow DAGs"}],
            "alternatives": [
                {
                    "requirement": "Orchestration with Airflow",
                    "kind": "requirement",
                    "status": "matched",
                    "score": 1.0,
                    "evidence": [{"uri": "portfolio://work/korbwerk", "snippet": "Runs 140 Airflow DAGs"}],
                },
                {
                    "requirement": "Orchestration with Dagster",
                    "kind": "requirement",
                    "status": "missing",
                    "score": 0.0,
                    "evidence": [],
                    "why": "not shown: Dagster",
                },
            ],
        },
        {
            "requirement": "Terraform",
            "kind": "requirement",
            "status": "missing",
            "score": 0.0,
            "evidence": [],
        },
    ],
    "counts": {"matched": 1, "partial": 0, "missing": 1},
    "unassessed": [],
}


def test_the_text_result_indents_each_alternative_beneath_its_choice() -> None:
    assert _report_text(REPORT, "Summary.").splitlines() == [
        "Summary.",
        "",
        "- MATCHED: Orchestration with Airflow or Dagster [portfolio://work/korbwerk]",
        "    - MATCHED: Orchestration with Airflow [portfolio://work/korbwerk]",
        "    - MISSING: Orchestration with Dagster",
        "- MISSING: Terraform",
    ]


def test_the_facts_for_a_summary_nest_the_alternatives() -> None:
    text = _sampling_request(REPORT, "Ottilie")["params"]["messages"][0]["content"]["text"]
    facts = json.loads(text.split("\n", 1)[1])
    assert [f["requirement"] for f in facts] == ["Orchestration with Airflow or Dagster", "Terraform"]
    assert [(a["requirement"], a["status"]) for a in facts[0]["alternatives"]] == [
        ("Orchestration with Airflow", "matched"),
        ("Orchestration with Dagster", "missing"),
    ]
    assert "alternatives" not in facts[1]


def test_the_output_schema_describes_the_nested_alternatives() -> None:
    jsonschema.validate(
        {**REPORT, "summary": "s", "summarySource": "deterministic"}, dict(TOOL.output_schema)
    )
    broken = json.loads(json.dumps(REPORT))
    broken["requirements"][0]["alternatives"][1]["status"] = "maybe"
    try:
        jsonschema.validate(
            {**broken, "summary": "s", "summarySource": "deterministic"}, dict(TOOL.output_schema)
        )
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("an alternative's status is checked by the schema")


def test_the_tool_reports_a_choice_once_with_its_alternatives_nested() -> None:
    job = "Requirements:\n- Browser tests with Playwright or Cypress\n- Kubernetes\n"
    result = call_tool("match_role", {"job": job})
    assert isinstance(result, ToolResult) and not result.is_error
    report = result.structured or {}
    jsonschema.validate(report, dict(TOOL.output_schema))
    rows = report["requirements"]
    assert [r["requirement"] for r in rows] == ["Browser tests with Playwright or Cypress", "Kubernetes"]
    assert [a["requirement"] for a in rows[0]["alternatives"]] == [
        "Browser tests with Playwright",
        "Browser tests with Cypress",
    ]
    assert sum(report["counts"].values()) == 2  # the choice once, its alternatives never
    assert "of 2 requirements" in report["summary"]
    assert "\n    - " in result.text and "Browser tests with Cypress" in result.text
    assert result.to_mcp()["structuredContent"]["requirements"][0]["alternatives"]
