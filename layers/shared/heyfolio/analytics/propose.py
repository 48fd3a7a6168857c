"""From the owner's question in plain language to one proposed SQL query.

With a key, Claude's small model writes the query from the schema and the question alone: no row
of the tables (visitor text) is ever in its prompt, so nothing a visitor wrote can steer the query.
Without a key (or when the model is unavailable) templates answer the common questions. Either
way the proposal is only a proposal: ``heyfolio.analytics.guard`` decides whether it may run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp

from heyfolio.analytics.tables import schema_document

INDUSTRIES = (
    "fintech",
    "healthcare",
    "e-commerce",
    "gaming",
    "education",
    "government",
    "media",
    "logistics",
    "insurance",
    "telecom",
    "automotive",
    "energy",
    "security",
    "retail",
    "travel",
    "biotech",
    "consulting",
    "saas",
)


@dataclass(frozen=True)
class Proposal:
    sql: str
    explanation: str
    source: str
    """``template``, ``model`` or ``owner`` (the owner wrote the SQL)."""


class NoProposal(Exception):
    """No template fits and no model is available; the message lists what can be asked."""


_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}


def period_days(question: str) -> tuple[int, str]:
    """(days back, how it was read) from phrases like "last month", "this week", "last 10 days"."""
    q = question.casefold()
    found = re.search(r"(?:last|past)\s+(\d{1,3})\s+(day|week|month|year)s?", q)
    if found:
        days = int(found.group(1)) * _UNITS[found.group(2)]
        return max(1, min(days, 400)), f"the last {found.group(1)} {found.group(2)}s"
    for phrase, days in (
        ("today", 1),
        ("yesterday", 2),
        ("this week", 7),
        ("last week", 7),
        ("this month", 30),
        ("last month", 30),
        ("this year", 365),
        ("last year", 365),
    ):
        if phrase in q:
            return days, f"{phrase} (the last {days} days)"
    return 30, "the last 30 days"


def _since(days: int) -> str:
    return f"day >= current_date - INTERVAL {int(days)} DAY"


def _industry(question: str) -> str | None:
    q = question.casefold()
    return next((i for i in INDUSTRIES if re.search(rf"\b{re.escape(i)}\b", q)), None)


def _literal(value: str) -> str:
    return exp.Literal.string(value).sql(dialect="duckdb")


def _templates(question: str) -> Proposal | None:
    q = question.casefold()
    days, period = period_days(question)
    since = _since(days)
    industry = _industry(question)
    has = lambda *words: any(re.search(rf"\b{w}", q) for w in words)  # noqa: E731

    if has("project") and (industry or has("get in touch", "got in touch", "contact")):
        where = since + (f" AND industry = {_literal(industry)}" if industry else "")
        who = f"visitors from {industry}" if industry else "visitors"
        return Proposal(
            "SELECT p AS project, count(*) AS conversations, "
            "count(*) FILTER (WHERE contact_requested) AS got_in_touch "
            f"FROM conversations, unnest(projects) AS u(p) WHERE {where} "
            "GROUP BY p ORDER BY conversations DESC, project",
            f"Projects {who} asked about in {period}, and how many of those conversations asked to get in touch.",
            "template",
        )
    if has("lead", "email", "contact", "get in touch", "got in touch"):
        return Proposal(
            f"SELECT created_at, status, name, email, message FROM leads WHERE {since} ORDER BY created_at DESC",
            f"Visitors who asked to be put in touch in {period} (reads their contact details).",
            "template",
        )
    if has("slow", "latency", "fast"):
        return Proposal(
            "SELECT tool, count(*) AS calls, round(quantile_cont(latency_ms, 0.5), 1) AS p50_ms, "
            "round(quantile_cont(latency_ms, 0.95), 1) AS p95_ms "
            f"FROM invocations WHERE {since} GROUP BY tool ORDER BY p95_ms DESC",
            f"Latency per tool in {period}, slowest p95 first.",
            "template",
        )
    if has("error", "fail", "denied"):
        return Proposal(
            "SELECT tool, outcome, count(*) AS calls FROM invocations "
            f"WHERE {since} AND outcome <> 'ok' GROUP BY tool, outcome ORDER BY calls DESC",
            f"Calls that did not end well in {period}, per tool and outcome.",
            "template",
        )
    if has("client", "assistant", "claude desktop", "claude code", "cursor"):
        return Proposal(
            "SELECT coalesce(client_name, '(not given)') AS client, caller_kind, count(*) AS calls "
            f"FROM invocations WHERE {since} AND surface <> 'chat' GROUP BY 1, 2 ORDER BY calls DESC",
            f"MCP calls per client and caller kind in {period}.",
            "template",
        )
    if has("unanswered", "not answer", "n.t answer", "gap", "missing"):
        return Proposal(
            f"SELECT day, question, source FROM questions WHERE {since} AND NOT answered ORDER BY day DESC",
            f"Questions the portfolio could not answer in {period}.",
            "template",
        )
    if has("topic"):
        return Proposal(
            f"SELECT t AS topic, count(*) AS conversations FROM conversations, unnest(topics) AS u(t) "
            f"WHERE {since} GROUP BY t ORDER BY conversations DESC, topic",
            f"Conversation topics in {period}.",
            "template",
        )
    if has("intent", "recruiter", "hiring", "why"):
        return Proposal(
            f"SELECT intent, count(*) AS conversations, count(*) FILTER (WHERE contact_requested) AS got_in_touch "
            f"FROM conversations WHERE {since} GROUP BY intent ORDER BY conversations DESC",
            f"Why visitors came (intent) in {period}.",
            "template",
        )
    if has("project"):
        return Proposal(
            "SELECT project, sum(views) AS views, sum(citations) AS citations, sum(questions) AS questions, "
            f"max(stars) AS stars FROM project_interest WHERE {since} GROUP BY project "
            "ORDER BY citations DESC, views DESC, project",
            f"Interest per project in {period} (finished days).",
            "template",
        )
    if has("question", "asked"):
        return Proposal(
            f"SELECT day, count(*) AS questions, count(*) FILTER (WHERE NOT answered) AS unanswered "
            f"FROM questions WHERE {since} GROUP BY day ORDER BY day",
            f"Visitor questions per day in {period}.",
            "template",
        )
    if has("chat", "call", "traffic", "visit", "usage", "per day", "how many"):
        return Proposal(
            "SELECT day, count(*) FILTER (WHERE surface = 'tool') AS tool_calls, "
            "count(*) FILTER (WHERE surface = 'resource') AS resource_reads, "
            "count(*) FILTER (WHERE surface = 'chat') AS chat_turns "
            f"FROM invocations WHERE {since} GROUP BY day ORDER BY day",
            f"Activity per day in {period}.",
            "template",
        )
    return None


SYSTEM = (
    "You translate a portfolio owner's question into ONE read-only DuckDB SQL SELECT over the tables "
    "described below. Answer with the SQL only, no prose, no code fence. Filter on the partition column "
    "`day` whenever the question names a period. Never read contact columns (name, email, message of "
    "leads) unless the question asks for them."
)


def model_proposal(question: str, complete: Callable[[str, str], str]) -> Proposal:
    """The model's SQL for ``question`` (``complete(system, prompt) -> text``)."""
    schema = json.dumps(schema_document(), ensure_ascii=False)
    text = complete(f"{SYSTEM}\n\nTables:\n{schema}", f"Question: {question}")
    sql = re.sub(r"^```(?:sql)?\s*|\s*```$", "", text.strip(), flags=re.IGNORECASE).strip()
    return Proposal(sql, "Written by the model from the schema and your question.", "model")


EXAMPLES = (
    "which projects did visitors from fintech ask about last month, and did any of them get in touch?",
    "which tools were slowest this week?",
    "what could the portfolio not answer in the last 14 days?",
    "which MCP clients called this month?",
    "how many chats per day this week?",
    "which topics came up this month?",
)


def propose(question: str, complete: Callable[[str, str], str] | None = None) -> Proposal:
    """The model's proposal when ``complete`` is given and answers, else a template's."""
    if complete is not None:
        try:
            return model_proposal(question, complete)
        except Exception:  # the model is optional: fall back to the templates
            pass
    found = _templates(question)
    if found is None:
        raise NoProposal(
            "No template answers that question offline. Try one of: "
            + "; ".join(f'"{e}"' for e in EXAMPLES)
            + " — or pass your own SELECT in `sql` (see schemas://analytics)."
        )
    return found
