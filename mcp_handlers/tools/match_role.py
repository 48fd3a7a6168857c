"""``match_role``: a job description against the portfolio, requirement by requirement, with evidence.

The report is deterministic (search over the portfolio, never invented evidence). The
summary on top comes from the client's own model when it offers sampling (a Multi
Round-Trip Request), else it is written from the report itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from heyfolio.config import get_settings
from heyfolio.github.live import is_hidden_uri
from heyfolio.llm.oneshot import CompletionUnavailable, complete
from heyfolio.public_view import hidden_project_slugs
from heyfolio.published import get_published
from mcp_handlers.tools.base import (
    Annotations,
    InputRequired,
    ToolCall,
    ToolDefinition,
    ToolError,
    ToolResult,
)

MATCHED_AT = 0.5
PARTIAL_AT = 0.2
MAX_REQUIREMENTS = 25
SAMPLING_KEY = "summary"

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")


def _requirements_from_document(job: Mapping[str, Any]) -> tuple[str | None, list[tuple[str, str]]]:
    reqs: list[tuple[str, str]] = []
    for skill in job.get("skills") or []:
        if isinstance(skill, Mapping) and skill.get("name"):
            keywords = [str(k) for k in skill.get("keywords") or []]
            reqs.append(("skill", f"{skill['name']}" + (f": {', '.join(keywords)}" if keywords else "")))
        elif isinstance(skill, str):
            reqs.append(("skill", skill))
    reqs += [("qualification", str(q)) for q in job.get("qualifications") or [] if str(q).strip()]
    reqs += [("responsibility", str(r)) for r in job.get("responsibilities") or [] if str(r).strip()]
    if job.get("experience"):
        reqs.append(("experience", str(job["experience"])))
    title = job.get("title") or job.get("position")
    return (str(title) if title else None), reqs


def _requirements_from_text(text: str) -> list[tuple[str, str]]:
    reqs: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        if not line or line.endswith(":") or len(line) < 3:
            continue
        parts = (
            [line]
            if len(line) <= 200
            else [s.strip() for s in re.split(r"(?<=[.;])\s+", line) if len(s.strip()) >= 3]
        )
        reqs += [("requirement", part[:300]) for part in parts]
    return reqs


def parse_job(job: Any) -> tuple[str | None, list[tuple[str, str]]]:
    """(title, [(kind, requirement)]) from free text, a JSON string or a JSON Resume job document."""
    if isinstance(job, str):
        stripped = job.strip()
        if stripped.startswith("{"):
            try:
                job = json.loads(stripped)
            except ValueError:
                job = stripped
    if isinstance(job, Mapping):
        title, reqs = _requirements_from_document(job)
    else:
        title, reqs = None, _requirements_from_text(str(job))
    seen: set[str] = set()
    unique = []
    for kind, text in reqs:
        if text.casefold() not in seen:
            seen.add(text.casefold())
            unique.append((kind, text))
    if not unique:
        raise ToolError(
            "found no requirement in the job description: give one requirement per line or a JSON Resume job"
        )
    return title, unique[:MAX_REQUIREMENTS]


def assess(job: Any) -> dict[str, Any]:
    """The deterministic report: each requirement matched/partial/missing with cited evidence."""

    title, reqs = parse_job(job)
    published = get_published()
    hidden = hidden_project_slugs(published.portfolio)  # no evidence from a project gone private
    items = []
    for kind, requirement in reqs:
        hits = [h for h in published.index.search(requirement, 6) if not is_hidden_uri(h.chunk.uri, hidden)][
            :2
        ]
        top = float(hits[0].score) if hits else 0.0
        status = "matched" if top >= MATCHED_AT else "partial" if top >= PARTIAL_AT else "missing"
        evidence = (
            [] if status == "missing" else [dict(h.citation()) for h in hits if float(h.score) >= PARTIAL_AT]
        )
        items.append(
            {
                "requirement": requirement,
                "kind": kind,
                "status": status,
                "score": round(top, 4),
                "evidence": evidence,
            }
        )
    counts = {s: sum(1 for i in items if i["status"] == s) for s in ("matched", "partial", "missing")}
    return {"title": title, "requirements": items, "counts": counts}


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
    return text


def _report_text(report: Mapping[str, Any], summary: str) -> str:
    lines = [summary, ""]
    for item in report["requirements"]:
        cite = f" [{item['evidence'][0]['uri']}]" if item["evidence"] else ""
        lines.append(f"- {item['status'].upper()}: {item['requirement']}{cite}")
    return "\n".join(lines)


def _sampling_request(report: Mapping[str, Any], owner: str) -> dict[str, Any]:
    facts = json.dumps(
        [{k: i[k] for k in ("requirement", "status", "evidence")} for i in report["requirements"]],
        ensure_ascii=False,
    )
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
    if call.caller.offers("sampling") and call.caller.protocol_version >= "2026-07-28":
        sampled = (
            _sampled_text((call.input_responses or {}).get(SAMPLING_KEY)) if call.request_state else None
        )
        if sampled is None:
            # First round, or a retry without a usable answer: ask the client's model (again).
            return InputRequired(
                {SAMPLING_KEY: _sampling_request(report, owner)}, json.dumps({"step": "summary"})
            )
        summary, source = sampled, "client-sampling"
    else:
        served = server_summary(report, owner)
        if served is not None:
            summary, source = served, "server-model"
    structured = {**report, "summary": summary, "summarySource": source}
    return ToolResult(structured, _report_text(report, summary))


TOOL = ToolDefinition(
    name="match_role",
    title="Match a role",
    description=(
        "Assess a job description against the portfolio: each requirement matched, partial or missing, with the "
        "evidence and its citation, plus an overall summary. Accepts free text (one requirement per line) or a "
        "JSON Resume job document."
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
            "requirements": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "requirement": {"type": "string"},
                        "kind": {"type": "string"},
                        "status": {"type": "string", "enum": ["matched", "partial", "missing"]},
                        "score": {"type": "number"},
                        "evidence": {"type": "array", "items": {"type": "object"}},
                    },
                    "required": ["requirement", "status", "evidence"],
                },
            },
        },
        "required": ["summary", "summarySource", "counts", "requirements"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
)
