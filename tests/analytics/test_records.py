"""Every MCP tool call, resource read and chat turn on the dev server becomes a record the dashboard reads."""

from __future__ import annotations

from tests.analytics.conftest import chat, mcp, owner_get
from tests.support.recent_days import recent_days_since


def test_tool_calls_on_the_dev_server_reach_the_dashboard(dev_site: str) -> None:
    from heyfolio.storage import invocations

    assert owner_get(dev_site, "/api/owner/latency")["tools"] == []
    for query in ("Rust", "Kubernetes operator", "payments"):
        reply = mcp(dev_site, "tools/call", {"name": "search_portfolio", "arguments": {"query": query}})
        assert "result" in reply, reply
    mcp(dev_site, "tools/call", {"name": "list_projects", "arguments": {}})
    denied = mcp(dev_site, "tools/call", {"name": "list_leads", "arguments": {}})
    assert "error" in denied

    latency = {t["tool"]: t for t in owner_get(dev_site, "/api/owner/latency")["tools"]}
    assert latency["search_portfolio"]["count"] == 3
    assert latency["search_portfolio"]["errors"] == 0
    assert latency["search_portfolio"]["p95_ms"] > 0
    assert latency["list_projects"]["count"] == 1
    assert latency["list_leads"]["errors"] == 1  # refused without the owner's token: "denied"

    records = invocations.list_since(recent_days_since())
    search = [r for r in records if r.tool == "search_portfolio"]
    assert {r.caller for r in search} == {"anonymous"}
    assert {r.client_name for r in search} == {"analytics-test-client"}
    assert all(r.surface == "tool" for r in search)
    assert any(r.cited for r in search), "search answers cite portfolio:// passages"
    assert all(u.startswith("portfolio://") for r in search for u in r.cited)
    (refused,) = [r for r in records if r.tool == "list_leads"]
    assert refused.outcome == "denied"
    assert all(r.at > 0 and r.latency_ms >= 0 for r in records)


def test_resource_reads_and_owner_calls_carry_their_caller_kind(dev_site: str) -> None:
    from heyfolio.published import get_published
    from heyfolio.security.tokens import mint_token
    from heyfolio.storage import invocations

    slug = get_published().portfolio.projects[0].slug
    read = mcp(dev_site, "resources/read", {"uri": f"portfolio://projects/{slug}"})
    assert "result" in read, read
    mcp(dev_site, "tools/call", {"name": "list_leads", "arguments": {}}, token=mint_token("owner"))

    records = invocations.list_since(recent_days_since())
    (resource,) = [r for r in records if r.surface == "resource"]
    assert resource.tool == "portfolio://projects/{...}"
    assert resource.projects.get("viewed") == (slug,)
    (owner_call,) = [r for r in records if r.tool == "list_leads"]
    assert owner_call.caller == "owner" and owner_call.outcome == "ok"


def test_a_chat_turn_is_recorded_with_its_citations_and_shows_in_usage(dev_site: str) -> None:
    from heyfolio.storage import invocations

    session = chat(dev_site, "What did you build with Rust?")
    chat(dev_site, "And which one was the hardest?", session)

    turns = [r for r in invocations.list_since(recent_days_since()) if r.surface == "chat"]
    assert len(turns) == 2
    assert {r.session_id for r in turns} == {session}
    assert all(r.caller == "visitor" and r.outcome == "ok" and r.visitor_id for r in turns)
    assert any(r.cited for r in turns)
    latency = {t["tool"]: t for t in owner_get(dev_site, "/api/owner/latency")["tools"]}
    assert latency["chat"]["count"] == 2
    usage = owner_get(dev_site, "/api/owner/usage")
    assert usage["total"]["calls"] == 2


def test_project_interest_is_a_daily_series_of_views_citations_questions_and_stars(dev_site: str) -> None:
    import time

    from heyfolio.analytics.interest import record_stars
    from heyfolio.published import get_published

    project = get_published().portfolio.projects[0]
    mcp(dev_site, "resources/read", {"uri": f"portfolio://projects/{project.slug}"})
    mcp(dev_site, "tools/call", {"name": "get_project", "arguments": {"slug": project.slug}})
    mcp(dev_site, "tools/call", {"name": "search_portfolio", "arguments": {"query": project.title}})
    chat(dev_site, f"Tell me about {project.title}")
    now = time.time()
    record_stars(project.slug, 40, at=now - 2 * 86400)
    record_stars(project.slug, 41, at=now - 2 * 86400 + 60)  # the day's last value wins
    record_stars(project.slug, 47, at=now)

    body = owner_get(dev_site, "/api/owner/interest?days=7")
    series = {p["slug"]: p for p in body["projects"]}[project.slug]
    assert len(series["days"]) == 7
    today, two_days_ago = series["days"][-1], series["days"][-3]
    assert today["views"] == 2  # the resource read and get_project
    assert today["questions"] == 2  # the search query and the chat message name it
    assert today["citations"] >= 1
    assert (two_days_ago["stars"], today["stars"]) == (41, 47)
    assert series["days"][-2]["stars"] is None and series["days"][-2]["views"] == 0

    activity = owner_get(dev_site, "/api/owner/activity?days=7")
    assert activity["per_day"][-1] == {"day": today["day"], "tool": 2, "resource": 1, "chat": 1}
    assert activity["client"]["analytics-test-client"] == 3
    assert activity["caller"] == {"anonymous": 3, "visitor": 1}
