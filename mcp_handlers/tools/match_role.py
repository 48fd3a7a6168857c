"""``match_role``: a job description against the portfolio, requirement by requirement, with evidence.

The report is deterministic (search over the portfolio, never invented evidence). The
summary on top comes from the server's own budgeted model call, else from the report
itself; sampling (deprecated in 2026-07-28) asks the client's model only when the server
has none.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from heyfolio.config import get_settings
from heyfolio.github.live import is_hidden_uri
from heyfolio.jobfit import JobParseError, assess_job
from heyfolio.llm.oneshot import CompletionUnavailable, complete
from heyfolio.public_view import hidden_project_slugs
from heyfolio.published import get_published
from mcp_handlers.apps import VIEW_URI
from mcp_handlers.tools.base import (
    Annotations,
    InputRequired,
    ToolCall,
    ToolDefinition,
    ToolError,
    ToolResult,
)

SAMPLING_KEY = "summary"


def assess(job: Any) -> dict[str, Any]:
    """The deterministic report (``heyfolio.jobfit``) over the passages a visitor may see."""

    published = get_published()
    hidden = hidden_project_slugs(published.portfolio)  # no evidence from a project gone private
    chunks = [c for c in published.index.chunks if not is_hidden_uri(c.uri, hidden)]
    try:
        return assess_job(job, published.portfolio, chunks)
    except JobParseError as exc:
        raise ToolError(str(exc)) from exc


def deterministic_summary(report: Mapping[str, Any], owner: str) -> str:
    counts = report["counts"]
    total = sum(counts.values())
    strong = [i["requirement"] for i in report["requirements"] if i["status"] == "matched"][:3]
    gaps = [i["requirement"] for i in report["requirements"] if i["status"] == "missing"][:3]
    role = f" for {report['title']}" if report.get("title") else ""
    text = (
        f"{owner}{role}: {counts['matched']} of {total} requirements matched, {counts['partial']} partial, "
        f"{counts['missing']} with no evidence in the portfolio."
    )
    if strong:
        text += f" Strongest evidence: {'; '.join(strong)}."
    if gaps:
        text += f" Not shown by the portfolio: {'; '.join(gaps)}."
    if report.get("unassessed"):
        text += (
            f" {len(report['unassessed'])} further requirements were not assessed (a report weighs the first "
            f"{total}): send them as a job of their own."
        )
    return text


def _report_line(item: Mapping[str, Any], indent: str = "") -> str:
    cite = f" [{item['evidence'][0]['uri']}]" if item["evidence"] else ""
    return f"{indent}- {item['status'].upper()}: {item['requirement']}{cite}"


def _report_text(report: Mapping[str, Any], summary: str) -> str:
    lines = [summary, ""]
    for item in report["requirements"]:
        lines.append(_report_line(item))
        # "Airflow or Dagster": one ask, met by either; each alternative's verdict indented beneath it
        lines.extend(_report_line(alt, "    ") for alt in item.get("alternatives") or ())
    return "\n".join(lines)


def _fact(item: Mapping[str, Any]) -> dict[str, Any]:
    """What the summary may say of one requirement (and of each alternative beneath it)."""
    fact = {k: item[k] for k in ("requirement", "status", "evidence")}
    if item.get("alternatives"):
        fact["alternatives"] = [_fact(alt) for alt in item["alternatives"]]
    return fact


def _sampling_request(report: Mapping[str, Any], owner: str) -> dict[str, Any]:
    facts = json.dumps([_fact(i) for i in report["requirements"]], ensure_ascii=False)
    return {
        "method": "sampling/createMessage",
        "params": {
            "messages": [
                {
                    "role": "user",
                    "content": {
                        "type": "text",
                        "text": (
                            f"Summarise in at most 120 words how well {owner} fits this role, using only this "
                            f"requirement-by-requirement assessment (never add evidence it does not contain):\n{facts}"
                        ),
                    },
                }
            ],
            "systemPrompt": "You write short, factual candidate-fit summaries. Never invent experience.",
            "maxTokens": 400,
            "temperature": 0.2,
        },
    }


def _sampled_text(response: Any) -> str | None:
    if not isinstance(response, Mapping):
        return None
    content = response.get("content")
    blocks = content if isinstance(content, list) else [content]
    texts = [
        b.get("text") for b in blocks if isinstance(b, Mapping) and b.get("type") == "text" and b.get("text")
    ]
    return "\n".join(str(t) for t in texts).strip() or None


def server_summary(report: Mapping[str, Any], owner: str) -> str | None:
    """Claude's summary on the server (when a key is configured and the budget allows), else ``None``."""

    settings = get_settings()
    if not settings.anthropic_api_key:
        return None

    request = _sampling_request(report, owner)["params"]
    try:
        return complete(
            system=request["systemPrompt"],
            prompt=request["messages"][0]["content"]["text"],
            model=settings.model_large,
            purpose="match-role-summary",
            api_key=settings.anthropic_api_key,
            max_tokens=request["maxTokens"],
            timeout=20.0,
            http_client=_http_client,
        ).text
    except CompletionUnavailable:
        return None


_http_client: Any = None
"""Tests put an ``httpx2.Client`` with a fake transport here (the Anthropic HTTP boundary)."""


def run(call: ToolCall) -> ToolResult | InputRequired:
    owner = get_published().portfolio.owner_name
    report = assess(call.arguments["job"])
    source = "deterministic"
    summary = deterministic_summary(report, owner)
    # Sampling is deprecated in MCP 2026-07-28 (its migration is the server calling its own model):
    # the default is the server's budgeted model call, else the deterministic summary. A client that
    # offers sampling is asked only when the server's model is not available (no key, over budget).
    sampled = _sampled_text((call.input_responses or {}).get(SAMPLING_KEY)) if call.request_state else None
    served = None if sampled is not None else server_summary(report, owner)
    if sampled is not None:
        summary, source = sampled, "client-sampling"
    elif served is not None:
        summary, source = served, "server-model"
    elif call.caller.offers("sampling") and call.caller.protocol_version >= "2026-07-28":
        # First round, or a retry without a usable answer: ask the client's model (again).
        return InputRequired(
            {SAMPLING_KEY: _sampling_request(report, owner)}, json.dumps({"step": "summary"})
        )
    structured = {**report, "summary": summary, "summarySource": source}
    return ToolResult(structured, _report_text(report, summary))


# One assessed requirement, or one alternative beneath it.
_ITEM_PROPERTIES: dict[str, Any] = {
    "requirement": {"type": "string"},
    "kind": {"type": "string"},
    "status": {"type": "string", "enum": ["matched", "partial", "missing"]},
    "score": {"type": "number"},
    "evidence": {"type": "array", "items": {"type": "object"}},
    "why": {"type": "string"},
}

TOOL = ToolDefinition(
    name="match_role",
    title="Match a role",
    description=(
        "Assess a job description against the portfolio: each requirement matched, partial or missing, with the "
        "evidence and its citation, plus an overall summary. Accepts free text (one requirement per line) or a "
        "JSON Resume job document. Requirements come from bullets and sentences (a title line is not one); each "
        "is judged on quoted evidence, with levels, years and team sizes checked against what the portfolio says. "
        "The summary is written by the server's own budgeted model call, or from the report itself; client "
        "sampling (deprecated in MCP 2026-07-28) is used only when the server has no model."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "job": {
                "description": "The job description: free text, or a JSON Resume job document (object or JSON string).",
                "anyOf": [{"type": "string", "minLength": 1, "maxLength": 20000}, {"type": "object"}],
            }
        },
        "required": ["job"],
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "title": {"type": ["string", "null"]},
            "summary": {"type": "string"},
            "summarySource": {"type": "string", "enum": ["deterministic", "client-sampling", "server-model"]},
            "counts": {
                "type": "object",
                "properties": {k: {"type": "integer"} for k in ("matched", "partial", "missing")},
            },
            "unassessed": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Requirements read past the most one report assesses, in the job's order.",
            },
            "requirements": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        **_ITEM_PROPERTIES,
                        "alternatives": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": _ITEM_PROPERTIES,
                                "required": ["requirement", "status", "evidence"],
                            },
                            "description": (
                                'A choice of named alternatives ("Airflow or Dagster"): each name in the line\'s '
                                "place with its own verdict; the requirement's status is the choice's (met by "
                                "either), and only the requirement is counted."
                            ),
                        },
                    },
                    "required": ["requirement", "status", "evidence"],
                },
            },
        },
        "required": ["summary", "summarySource", "counts", "requirements"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    ui_resource=VIEW_URI,
)
