"""The visitor-question log: what visitors asked, and whether the portfolio could answer.

Questions are audit events (``action="visitor_question"``) so they inherit the audit
log's retention and append-only guarantees. ``search_portfolio`` records the questions
the portfolio could not answer; the chat records every question it is asked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from heyfolio.storage import audit

logger = logging.getLogger("heyfolio.questions")
ACTION = "visitor_question"


@dataclass(frozen=True)
class Question:
    question: str
    answered: bool
    source: str
    at: float
    top_score: float | None = None


def record(
    question: str,
    *,
    answered: bool,
    source: str,
    visitor_id: str | None = None,
    top_score: float | None = None,
) -> None:
    """Log one question; best effort — a storage hiccup must never fail the visitor's request."""
    try:
        audit.append(
            visitor_id or "anonymous",
            ACTION,
            outcome="answered" if answered else "unanswered",
            visitor_id=visitor_id,
            detail={"question": question[:500], "source": source, "top_score": top_score},
        )
    except Exception:
        logger.warning("could not record a visitor question", exc_info=True)


def recent(*, since: float | None = None, unanswered_only: bool = False, limit: int = 100) -> list[Question]:
    """Questions newest first, back to ``since`` (default: the audit log's lookback)."""

    out: list[Question] = []
    for event in audit.list_recent(limit=1000, since=since):
        if event.action != ACTION or (unanswered_only and event.outcome != "unanswered"):
            continue
        detail = event.detail or {}
        score = detail.get("top_score")
        out.append(
            Question(
                question=str(detail.get("question", "")),
                answered=event.outcome == "answered",
                source=str(detail.get("source", "")),
                at=event.at,
                top_score=float(score) if isinstance(score, int | float) else None,
            )
        )
        if len(out) >= limit:
            break
    return out
