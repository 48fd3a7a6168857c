"""A posting longer than one report weighs: the requirements past ``MAX_REQUIREMENTS`` are named as not
assessed, in the report and its summary, never dropped without a word (they were cut at 25 silently)."""

from __future__ import annotations

import jsonschema

from heyfolio.jobfit import MAX_REQUIREMENTS
from mcp_handlers.catalog import call_tool
from mcp_handlers.tools.base import ToolResult
from mcp_handlers.tools.match_role import TOOL

_TOOLS = ("Terraform", "Kafka", "Postgres", "Redis", "Go", "Rust", "Kubernetes", "Airflow", "dbt", "Grafana")
_WAYS = (
    "Production experience with",
    "Hands-on",
    "Deep knowledge of",
    "On-call for",
    "Migrations in",
    "Tuning",
)
_WHERE = ("at scale", "in a regulated setting")


def _posting() -> tuple[str, list[str]]:
    asks = [f"{way} {tool} {where}" for where in _WHERE for way in _WAYS for tool in _TOOLS]
    return "Senior Platform Engineer\n\nRequirements:\n" + "".join(f"- {a}\n" for a in asks), asks


def test_requirements_past_the_limit_are_named_not_dropped() -> None:
    job, asks = _posting()
    assert len(asks) > MAX_REQUIREMENTS
    result = call_tool("match_role", {"job": job})
    assert isinstance(result, ToolResult) and not result.is_error
    report = result.structured or {}
    jsonschema.validate(report, dict(TOOL.output_schema))
    assert [r["requirement"] for r in report["requirements"]] == asks[:MAX_REQUIREMENTS]
    assert report["unassessed"] == asks[MAX_REQUIREMENTS:]
    assert f"{len(asks) - MAX_REQUIREMENTS} further requirements were not assessed" in report["summary"]


def test_a_posting_within_the_limit_leaves_nothing_unassessed() -> None:
    result = call_tool("match_role", {"job": "Requirements:\n- Production experience with Kafka\n- Rust\n"})
    assert isinstance(result, ToolResult)
    report = result.structured or {}
    assert report["unassessed"] == []
    assert "not assessed" not in report["summary"]
