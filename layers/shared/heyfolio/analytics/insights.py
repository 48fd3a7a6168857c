"""Conversation analytics: the daily flow's three steps, and the owner's views of what they stored.

The flow (``statemachines/analytics.asl.json``) runs each day for the day before: ``list_task``
finds the day's chat conversations from the records and cuts them into batches; a ``Map`` runs
``classify_task`` per batch (``heyfolio.analytics.classify``: Claude's small model when a key is
set, inside the spend caps; the vocabulary otherwise) and stores each conversation's
classification; ``aggregate_task`` sums the day (topics, intents, sentiment, engagement,
unanswered needs with examples), stores it, appends the conversations to the analytics table,
(the day's partition replaced, so a re-run adds no duplicates), snapshots the projects' stars and announces the new insights (a change event on
``analytics://insights/<day>``).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from heyfolio.analytics.classify import (
    Classification,
    ConversationInput,
    Turn,
    classify_batch,
    owner_vocabulary,
)
from heyfolio.storage import clock, expiry
from heyfolio.storage.binding import models

log = logging.getLogger("heyfolio.analytics.insights")

BATCH = 10
RETENTION_SECONDS = 400 * 24 * 3600
DAY_SK_PK = "INSIGHTS"


def _conv_pk(day: str) -> str:
    return f"CONVINSIGHT#{day}"


def _day_bounds(day: str) -> tuple[float, float]:
    start = datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp()
    return start, start + 86400


def resolve_day(day: str | None) -> str:
    """``YYYY-MM-DD`` (checked), or yesterday for ``None``/``"yesterday"`` (the schedule's input)."""
    if day in (None, "", "yesterday"):
        return (datetime.fromtimestamp(clock.now(), UTC).date() - timedelta(days=1)).isoformat()
    if day == "today":
        return datetime.fromtimestamp(clock.now(), UTC).date().isoformat()
    try:
        return date.fromisoformat(str(day)).isoformat()
    except ValueError:
        raise ValueError(f"day must be YYYY-MM-DD, 'today' or 'yesterday', got {day!r}") from None


def conversations_of(day: str) -> list[str]:
    """The chat conversations with a turn on ``day``, in first-turn order."""
    from heyfolio.storage import invocations

    start, end = _day_bounds(day)
    ids: list[str] = []
    for r in invocations.list_since(start):
        if r.surface == "chat" and r.conversation_id and start <= r.at < end and r.conversation_id not in ids:
            ids.append(r.conversation_id)
    return ids


def list_task(request: Mapping[str, Any]) -> dict[str, Any]:
    """Step 1: the day and its conversations in batches of ``BATCH``."""
    day = resolve_day(request.get("day"))
    ids = conversations_of(day)
    return {"day": day, "count": len(ids), "batches": [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]}


def _input(conversation_id: str) -> ConversationInput | None:
    from heyfolio.storage import conversations

    messages = conversations.history(conversation_id)
    if not messages:
        return None
    turns: list[Turn] = []
    for i, m in enumerate(messages):
        if m.role != "user":
            continue
        reply = next((n for n in messages[i + 1 :] if n.role == "assistant"), None)
        meta = reply.meta if reply else {}
        cited = tuple(str(u) for u in meta.get("citations") or [])
        answered = (
            reply is not None and meta.get("intent") != "unanswered" and (bool(cited) or "guard" in meta)
        )
        turns.append(Turn(m.content, answered, cited))
    return ConversationInput(conversation_id, messages[0].created_at, tuple(turns)) if turns else None


def _model_completer() -> Callable[[str, str], str] | None:
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
            purpose="conversation-analytics",
            api_key=settings.anthropic_api_key,
            max_tokens=1500,
            http_client=_http_client,
        ).text

    return complete


_http_client: Any = None
"""Tests put an ``httpx2.Client`` with a fake transport here (the Anthropic HTTP boundary)."""


def classify_task(
    request: Mapping[str, Any], *, complete: Callable[[str, str], str] | None = None
) -> dict[str, Any]:
    """Step 2 (one Map item): classify a batch and store each conversation's classification."""
    day = resolve_day(request.get("day"))
    ids = [str(i) for i in request.get("ids") or []][:BATCH]
    inputs = [c for c in (_input(i) for i in ids) if c is not None]
    found = classify_batch(
        inputs, owner_vocabulary(), complete if complete is not None else _model_completer()
    )
    from heyfolio.storage import conversations

    m = models()
    now = clock.now()
    for c in found:
        conversation = conversations.get(c.conversation_id)
        m.InsightItem(
            _conv_pk(day), c.conversation_id, data_json=json.dumps(c.to_dict()), created_at=now,
            expires_at=now + RETENTION_SECONDS,
            # The visitor's own: their erasure (heyfolio.privacy) deletes it with the conversation.
            visitor_id=conversation.visitor_id if conversation else None,
        ).save()  # fmt: skip
    return {"day": day, "classified": len(found)}


def classifications(day: str) -> list[Classification]:
    m = models()
    return [
        Classification(**json.loads(i.data_json)) for i in expiry.query_live(m.InsightItem, _conv_pk(day))
    ]


def aggregate(found: Iterable[Classification]) -> dict[str, Any]:
    """Sums over classified conversations: what the dashboard and ``visitor_insights`` show."""
    items = list(found)
    topics: Counter[str] = Counter()
    intents: Counter[str] = Counter()
    sentiments: Counter[str] = Counter()
    projects: Counter[str] = Counter()
    needs: dict[str, dict[str, Any]] = {}
    for c in items:
        topics.update(set(c.topics))
        intents[c.intent] += 1
        sentiments[c.sentiment] += 1
        projects.update(set(c.projects))
        for need in c.unanswered_needs:
            entry = needs.setdefault(need, {"need": need, "count": 0, "by_intent": Counter(), "examples": []})
            entry["count"] += 1
            entry["by_intent"][c.intent] += 1
            if len(entry["examples"]) < 3 and c.questions:
                entry["examples"].append(c.questions[0])
    n = len(items)
    return {
        "conversations": n,
        "topics": dict(topics.most_common()),
        "intents": dict(intents.most_common()),
        "sentiment": dict(sentiments.most_common()),
        "projects": dict(projects.most_common()),
        "engagement": {
            "turns": sum(c.turns for c in items),
            "avg_turns": round(sum(c.turns for c in items) / n, 2) if n else 0.0,
            "with_follow_ups": sum(1 for c in items if c.follow_ups > 0),
            "contact_requested": sum(1 for c in items if c.contact_requested),
        },
        "unanswered_needs": [
            {**e, "by_intent": dict(e["by_intent"])}
            for e in sorted(needs.values(), key=lambda e: (-e["count"], e["need"]))
        ],
        "examples": [q for c in items for q in c.questions[:1]][:5],
    }


def aggregate_task(request: Mapping[str, Any]) -> dict[str, Any]:
    """Step 3: the day's aggregate, stored; the conversations (and the records since the last export)
    appended to the analytics tables; the projects' stars snapshotted; the new period announced."""
    from heyfolio.analytics.export import export, replace_conversations
    from heyfolio.analytics.interest import snapshot_stars

    day = resolve_day(request.get("day"))
    found = classifications(day)
    summary = {"day": day, **aggregate(found)}
    m = models()
    now = clock.now()
    m.InsightItem(DAY_SK_PK, day, data_json=json.dumps(summary), created_at=now,
                  expires_at=now + RETENTION_SECONDS).save()  # fmt: skip
    replace_conversations(day, [_row(c, day) for c in found])
    try:
        export()  # the day's records, questions, leads and project interest, appended (on AWS: to S3)
    except Exception:
        log.warning("analytics export failed; the next run appends what this one missed", exc_info=True)
    try:
        snapshot_stars()
    except Exception:
        log.warning("stars snapshot failed", exc_info=True)
    announced = _announce(day, summary["conversations"])
    return {"day": day, "conversations": summary["conversations"], "announced": announced}


def _row(c: Classification, day: str) -> dict[str, Any]:
    from heyfolio.analytics.tables import visitor_key
    from heyfolio.storage import conversations

    row = {k: v for k, v in c.to_dict().items() if k != "questions"}
    conversation = conversations.get(c.conversation_id)
    row["visitor_key"] = visitor_key(conversation.visitor_id if conversation else None)
    row["started_at"] = datetime.fromtimestamp(c.started_at, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    row["day"] = day
    return row


def _announce(day: str, count: int) -> bool:
    """A change event on ``analytics://insights/<day>`` (heyfolio.changes) for listening owners."""
    try:
        from heyfolio.changes import publish_change

        publish_change(f"analytics://insights/{day}", summary=f"{count} conversations classified")
        return True
    except Exception:
        log.warning("could not announce the insights of %s", day, exc_info=True)
        return False


# -- the owner's views ---------------------------------------------------------------------------


def day_summaries(since_day: str, until_day: str) -> list[dict[str, Any]]:
    m = models()
    items = expiry.query_live(m.InsightItem, DAY_SK_PK, m.InsightItem.sk.between(since_day, until_day))
    return [json.loads(i.data_json) for i in items]


def _says_little(need: str) -> bool:
    try:
        from heyfolio.analytics.classify import COVERED_AT
        from heyfolio.published import get_published

        hits = get_published().index.search(need, 1)
        return not hits or float(hits[0].score) < COVERED_AT
    except Exception:
        return False


def headline(need: Mapping[str, Any], period: str) -> str:
    """ "3 recruiters asked about Terraform this week; your content says little about it"."""
    by_intent = need.get("by_intent") or {}
    hiring = int(by_intent.get("hiring", 0))
    count = int(need["count"])
    who = ("recruiter" if hiring == count else "visitor") + ("s" if count != 1 else "")
    text = f"{count} {who} asked about {need['need']} {period}"
    if _says_little(str(need["need"])):
        text += "; your content says little about it"
    return text


def period_range(period: str) -> tuple[str, str, str]:
    """(first day, last day, words) of ``today``, ``week``, ``month`` or a ``YYYY-MM-DD`` day."""
    today = datetime.fromtimestamp(clock.now(), UTC).date()
    if period == "today":
        return today.isoformat(), today.isoformat(), "today"
    if period == "week":
        return (today - timedelta(days=6)).isoformat(), today.isoformat(), "this week"
    if period == "month":
        return (today - timedelta(days=29)).isoformat(), today.isoformat(), "this month"
    try:
        day = date.fromisoformat(period).isoformat()
    except ValueError:
        raise ValueError(
            f"period must be 'today', 'week', 'month' or a day YYYY-MM-DD, got {period!r}"
        ) from None
    return day, day, f"on {day}"


def period_view(period: str, *, topic: str | None = None) -> dict[str, Any]:
    """The insights of a period: per-day summaries merged, needs with headlines, and a daily series."""
    first, last, words = period_range(period)
    return range_view(first, last, words, period=period, topic=topic)


def range_view(
    first: str, last: str, words: str, *, period: str = "", topic: str | None = None
) -> dict[str, Any]:
    """The insights from day ``first`` to day ``last`` (inclusive), optionally of one ``topic``."""
    days = day_summaries(first, last)
    if topic:
        found = [
            c
            for d in days
            for c in classifications(d["day"])
            if topic.casefold() in (t.casefold() for t in c.topics)
        ]
        merged = aggregate(found)
    else:
        found = [c for d in days for c in classifications(d["day"])]
        merged = aggregate(found)
    needs = merged["unanswered_needs"]
    return {
        "period": period,
        "from": first,
        "to": last,
        "topic": topic,
        **merged,
        "headlines": [headline(n, words) for n in needs[:5]],
        "series": [
            {
                "day": d["day"],
                "conversations": d["conversations"],
                "topics": d["topics"],
                "intents": d["intents"],
            }
            for d in days
        ],
    }
