"""``ask_analytics`` in the core: a question becomes a checked plan, and a confirmed plan becomes an answer.

``plan`` proposes the SQL (``propose``), checks it (``guard``), estimates its scan (``engine``)
and says why the owner must confirm it first, if they must: a scan above the confirmation
threshold (``HEYFOLIO_ANALYTICS_CONFIRM_BYTES``, 64 MiB by default) or a visitor contact field
read. ``run`` executes a plan's checked SQL and shapes the answer: the SQL, a small table, the
engine and the scan. The MCP tool adds the elicitation round between the two.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from heyfolio.analytics import guard
from heyfolio.analytics.engine import Engine, QueryResult, ScanEstimate, default_engine
from heyfolio.analytics.propose import Proposal, propose
from heyfolio.aws.clients import local_only

CONFIRM_ENV = "HEYFOLIO_ANALYTICS_CONFIRM_BYTES"
DEFAULT_CONFIRM_BYTES = 64 * 1024 * 1024
TABLE_ROWS = 20


def confirm_threshold() -> int:
    raw = os.environ.get(CONFIRM_ENV)
    try:
        return int(raw) if raw else DEFAULT_CONFIRM_BYTES
    except ValueError:
        return DEFAULT_CONFIRM_BYTES


def human_bytes(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{n} bytes"


@dataclass(frozen=True)
class Plan:
    question: str
    proposal: Proposal
    query: guard.CheckedQuery
    estimate: ScanEstimate
    reasons: tuple[str, ...] = field(default_factory=tuple)
    """Why the owner must confirm before it runs (empty: it may run at once)."""

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.reasons)

    def risk(self) -> dict[str, Any]:
        return {
            "bytes": self.estimate.bytes,
            "bytesHuman": human_bytes(self.estimate.bytes),
            "columns": {t: list(c) for t, c in self.estimate.columns.items()},
            "contactColumns": list(self.query.contact_columns),
            "reasons": list(self.reasons),
        }


def refresh_local() -> None:
    """Locally, append the records made since the last export so the question sees them (on AWS the
    analytics flow's worker exports, with its own role)."""
    from heyfolio.analytics.export import bucket, export

    if bucket() is None:
        with local_only():
            export()


def plan(
    question: str,
    sql: str | None = None,
    *,
    engine: Engine | None = None,
    complete: Callable[[str, str], str] | None = None,
) -> Plan:
    """Propose (or take the owner's ``sql``), check and estimate; raises ``guard.UnsafeQuery`` or
    ``propose.NoProposal`` with a message the owner can act on."""
    proposal = Proposal(sql, "Your own query.", "owner") if sql else propose(question, complete=complete)
    checked = guard.check(proposal.sql)
    estimate = (engine or default_engine()).estimate(checked)
    reasons: list[str] = []
    threshold = confirm_threshold()
    if estimate.bytes > threshold:
        reasons.append(
            f"it would scan about {human_bytes(estimate.bytes)}, more than the {human_bytes(threshold)} "
            "that run without asking"
        )
    if checked.contact_columns:
        reasons.append(f"it reads visitors' contact details ({', '.join(checked.contact_columns)})")
    return Plan(question, proposal, checked, estimate, tuple(reasons))


def confirmation_message(p: Plan) -> str:
    return (
        f"Run this analytics query? It needs your confirmation because {' and '.join(p.reasons)}.\n\n"
        f"{p.query.sql}\n\nColumns read: "
        + "; ".join(f"{t}: {', '.join(c)}" for t, c in p.estimate.columns.items())
        + f". Estimated scan: {human_bytes(p.estimate.bytes)}."
    )


def run(p: Plan, *, engine: Engine | None = None) -> dict[str, Any]:
    """Execute the plan's checked SQL; the structured answer (SQL, columns, rows, engine, scan)."""
    result: QueryResult = (engine or default_engine()).run(p.query)
    return {
        "question": p.question,
        "sql": p.query.sql,
        "explanation": p.proposal.explanation,
        "source": p.proposal.source,
        "engine": result.engine,
        "columns": result.columns,
        "rows": result.rows,
        "rowCount": len(result.rows),
        "estimatedBytes": p.estimate.bytes,
        "scannedBytes": result.scanned_bytes,
        "elapsedMs": round(result.elapsed_ms, 1),
        "confirmed": p.needs_confirmation,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    text = str(value).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "..."


def render(answer: dict[str, Any]) -> str:
    """The answer as text: what was asked, the SQL, and up to ``TABLE_ROWS`` rows as a Markdown table."""
    lines = [answer["explanation"], "", "```sql", answer["sql"], "```", ""]
    columns, rows = answer["columns"], answer["rows"]
    if not rows:
        lines.append("No rows.")
    else:
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("|" + "---|" * len(columns))
        lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows[:TABLE_ROWS]]
        if len(rows) > TABLE_ROWS:
            lines.append(f"({len(rows) - TABLE_ROWS} more rows in the structured result)")
    return "\n".join(lines)
