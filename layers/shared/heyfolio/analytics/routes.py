"""The owner dashboard's analytics data: activity by surface/caller/client, project interest, insights.

Registered on the owner API's resolver (``heyfolio.api.owner_routes``), with the same owner-token
check and ``no-store`` answers; ``functions/owner_api`` imports this module beside it.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import Response

from heyfolio.api.owner_routes import _days, _ok, _owner, _since, resolver


def activity_view(days: int) -> dict[str, Any]:
    """Records per day and per surface (tool, resource, chat), and who called: caller kind and client."""
    from heyfolio.analytics.records import summary
    from heyfolio.storage import clock, invocations, keys

    since = _since(days - 1)
    found = invocations.list_since(since)
    per_day: dict[str, dict[str, Any]] = {
        day: {"day": day, "tool": 0, "resource": 0, "chat": 0}
        for day in keys.days_between(since, clock.now())
    }
    for r in found:
        row = per_day.get(keys.day_of(r.at))
        if row is not None and r.surface in row:
            row[r.surface] += 1
    return {"days": days, "per_day": list(per_day.values()), **summary(found)}


def interest_view(days: int) -> dict[str, Any]:
    """Per project and per day: views, citations, questions and stars; most-cited projects first."""
    from heyfolio.analytics.interest import interest

    series = interest(_since(days - 1))
    ordered = sorted(series.values(), key=lambda p: (-p.totals["citations"], -p.totals["views"], p.slug))
    return {"days": days, "projects": [p.to_dict() for p in ordered]}


@resolver.get("/api/owner/activity")
def activity_route() -> Response:
    _owner()
    return _ok(activity_view(_days()))


@resolver.get("/api/owner/interest")
def interest_route() -> Response:
    _owner()
    return _ok(interest_view(_days()))


def insights_view(days: int) -> dict[str, Any]:
    """Conversation insights of the window: topics and intents per day, unanswered needs with headlines."""
    from datetime import UTC, datetime, timedelta

    from heyfolio.analytics.insights import range_view
    from heyfolio.storage import clock

    today = datetime.fromtimestamp(clock.now(), UTC).date()
    first = today - timedelta(days=days - 1)
    words = "this week" if days == 7 else f"in the last {days} days" if days > 1 else "today"
    return {"days": days, **range_view(first.isoformat(), today.isoformat(), words)}


@resolver.get("/api/owner/insights")
def insights_route() -> Response:
    _owner()
    return _ok(insights_view(_days()))
