"""``ask_analytics`` (owner only): a question in plain language, answered by one read-only SQL query.

Round one plans the query (``heyfolio.analytics.ask``: proposed by the model or a template, or
the owner's own ``sql``; checked by the sqlglot gate; scan estimated). A query that scans a lot
or reads visitors' contact details is not run yet: the tool asks the owner to confirm through an
elicitation form that shows the risk (bytes, columns, the SQL), and the checked SQL travels in the
sealed ``requestState``, so the confirmed retry runs exactly what was shown. Declined: nothing runs.

A client that declares the Tasks extension gets a long or confirmed query as a task instead: a Step
Functions execution (``heyfolio.analytics.query_flow``) asks the confirmation through the task
(``input_required``, answered with ``tasks/update``), runs the query, optionally has it summarised,
and completes the task with the answer (``mcp_handlers.tasks.ask``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from mcp_handlers.tools.base import (
    Annotations,
    InputRequired,
    ToolCall,
    ToolDefinition,
    ToolError,
    ToolResult,
)

CONFIRM_KEY = "confirm"


def _form(plan: Any) -> dict[str, Any]:
    from heyfolio.analytics.ask import confirmation_message
    from heyfolio.analytics.query_flow import confirmation_request

    return confirmation_request(confirmation_message(plan))


def _as_task(call: ToolCall, plan: Any) -> ToolResult | None:
    """A task bound to the query's execution, for a client that follows tasks; ``None``: answer as usual."""
    from heyfolio.analytics import query_flow
    from heyfolio.config import get_settings
    from mcp_handlers.tasks import declares_extension
    from mcp_handlers.tasks.ask import query_task
    from mcp_handlers.tasks.contact import TaskResult
    from mcp_handlers.tasks.store import create_task

    caller = call.caller
    if not (
        caller.protocol_version >= "2026-07-28"
        and declares_extension(caller.client_capabilities)
        and query_flow.state_machine_arn()
        and query_flow.runs_as_task(plan)
    ):
        return None
    sampling = caller.offers("sampling")
    wanted = call.arguments.get("summarize")
    summarise = bool(wanted if wanted is not None else True) and (
        bool(get_settings().anthropic_api_key) or sampling
    )
    query_id = query_flow.start(plan, summarise=summarise, sampling=sampling)
    ref = create_task("ask_analytics", query_id, caller, ttl_seconds=query_flow.RETENTION_SECONDS)
    plain = {
        "question": plan.question,
        "sql": plan.query.sql,
        "explanation": plan.proposal.explanation,
        "source": plan.proposal.source,
    }
    why = " and ".join(plan.reasons) if plan.reasons else "it is a long query"
    text = f"Running as a task ({why}); follow it with tasks/get.\n\n{plan.query.sql}"
    return TaskResult(plain, text, task=query_task(ref))


def _complete_with_model() -> Any:
    """``complete(system, prompt)`` on the server's small model when a key is set, else ``None``."""
    from heyfolio.config import get_settings

    settings = get_settings()
    if not settings.anthropic_api_key:
        return None

    def complete(system: str, prompt: str) -> str:
        from heyfolio.llm.oneshot import complete as one_shot

        return one_shot(
            system=system,
            prompt=prompt,
            model=settings.model_small,
            purpose="ask-analytics",
            api_key=settings.anthropic_api_key,
            max_tokens=600,
            timeout=20.0,
            http_client=_http_client,
        ).text

    return complete


_http_client: Any = None
"""Tests put an ``httpx2.Client`` with a fake transport here (the Anthropic HTTP boundary)."""


def _answer(plan: Any) -> ToolResult:
    from heyfolio.analytics.ask import render, run
    from heyfolio.analytics.engine import QueryFailed

    try:
        answer = run(plan)
    except QueryFailed as exc:
        raise ToolError(f"{exc}. The SQL was:\n{plan.query.sql}") from None
    return ToolResult(answer, render(answer))


def _confirmed(call: ToolCall) -> ToolResult:
    from heyfolio.analytics import ask, guard
    from heyfolio.analytics.engine import default_engine
    from heyfolio.analytics.propose import Proposal

    state = json.loads(call.request_state or "{}")
    response = (call.input_responses or {}).get(CONFIRM_KEY)
    accepted = (
        isinstance(response, Mapping)
        and response.get("action") == "accept"
        and isinstance(response.get("content"), Mapping)
        and response["content"].get("confirm") is True
    )
    if not accepted:
        return ToolResult(
            {"question": state.get("question", ""), "sql": state.get("sql", ""), "ran": False},
            "Not run: you did not confirm the query.",
        )
    engine = default_engine()
    checked = guard.check(str(state["sql"]))  # checked again: the gate is never skipped
    proposal = Proposal(checked.sql, str(state.get("explanation", "")), str(state.get("source", "")))
    plan = ask.Plan(
        str(state.get("question", "")), proposal, checked, engine.estimate(checked), ("confirmed",)
    )
    return _answer(plan)


def run(call: ToolCall) -> ToolResult | InputRequired:
    from heyfolio.analytics import ask
    from heyfolio.analytics.guard import UnsafeQuery
    from heyfolio.analytics.propose import NoProposal

    if call.request_state:
        return _confirmed(call)
    question = str(call.arguments.get("question") or "").strip()
    sql = call.arguments.get("sql")
    if not question and not sql:
        raise ToolError("ask a question (question) or give a SELECT (sql)")
    ask.refresh_local()
    try:
        plan = ask.plan(question, sql, complete=None if sql else _complete_with_model())
    except (UnsafeQuery, NoProposal) as exc:
        raise ToolError(f"Refused: {exc}" if isinstance(exc, UnsafeQuery) else str(exc)) from None
    task = _as_task(call, plan)
    if task is not None:
        return task
    if not plan.needs_confirmation:
        return _answer(plan)
    if not (call.caller.offers("elicitation") and call.caller.protocol_version >= "2026-07-28"):
        raise ToolError(
            "This query needs your confirmation before it runs, because "
            + " and ".join(plan.reasons)
            + f". Your client cannot show a confirmation form (elicitation). The SQL was:\n{plan.query.sql}"
        )
    state = {
        "sql": plan.query.sql,
        "question": question,
        "explanation": plan.proposal.explanation,
        "source": plan.proposal.source,
        "risk": plan.risk(),
    }
    return InputRequired({CONFIRM_KEY: _form(plan)}, json.dumps(state))


TOOL = ToolDefinition(
    name="ask_analytics",
    title="Ask the analytics (owner)",
    description=(
        "Owner only: a question about visitors, tools, projects or leads in plain language, answered by one "
        "read-only SQL query over the analytics tables (schemas://analytics); the answer carries the SQL and a "
        "small table. Expensive queries, and queries reading visitors' contact details, ask you to confirm first."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "question": {
                "type": "string",
                "maxLength": 1000,
                "description": "e.g. 'which projects did visitors from fintech ask about last month?'",
            },
            "sql": {
                "type": "string",
                "maxLength": 5000,
                "description": "Optional: your own SELECT over the tables of schemas://analytics.",
            },
            "summarize": {
                "type": "boolean",
                "description": "When the query runs as a task: also summarise the answer in a sentence or two "
                "(the server's model, or yours through sampling). Default true.",
            },
        },
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "question": {"type": "string"},
            "sql": {"type": "string"},
            "explanation": {"type": "string"},
            "source": {"type": "string"},
            "engine": {"type": "string"},
            "columns": {"type": "array", "items": {"type": "string"}},
            "rows": {"type": "array", "items": {"type": "array"}},
            "rowCount": {"type": "integer"},
            "estimatedBytes": {"type": "integer"},
            "scannedBytes": {"type": ["integer", "null"]},
            "elapsedMs": {"type": "number"},
            "confirmed": {"type": "boolean"},
            "ran": {"type": "boolean"},
            "summary": {"type": "string"},
            "summaryBy": {"type": ["string", "null"]},
        },
        "required": ["sql"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    owner_only=True,
)
