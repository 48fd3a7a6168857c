"""What the public read API shows of live data: merged into projects, hidden when private or
deleted (list, detail and search), and content alone when the state store is unreachable."""

from __future__ import annotations

import json
from typing import Any

import pytest


def _get(path: str, query: dict[str, str] | None = None) -> tuple[int, Any]:
    from heyfolio.stack.local_invoke import invoke_local
    from tests.github.support import apigw_event

    event = apigw_event("", {"Accept": "application/json"}, path=path, method="GET")
    event["body"] = None
    event["queryStringParameters"] = query
    event["multiValueQueryStringParameters"] = {k: [v] for k, v in (query or {}).items()} or None
    result = invoke_local("portfolio_api", event)
    return int(result["statusCode"]), json.loads(result["body"])


def _set(slug: str, repo_id: int, name: str, **fields: Any) -> None:
    from heyfolio.storage import projects as store

    store.update_live(repo_id, full_name=name, slug=slug, fields=fields)
    store.bind_name(name, repo_id, slug)


@pytest.mark.usefixtures("local_stack")
def test_projects_carry_live_data_and_private_ones_disappear() -> None:
    from heyfolio.github.live import visible_projects
    from heyfolio.published import get_published

    _set(
        "ledgerline",
        11,
        "mira-okafor/ledgerline",
        stars=321,
        forks=12,
        topics=["rust"],
        default_branch="main",
        private=False,
    )
    _set("ebbflow", 12, "mira-okafor/ebbflow", stars=5, private=True)
    status, body = _get("/api/projects")
    assert status == 200
    by_slug = {p["slug"]: p for p in body["projects"]}
    assert by_slug["ledgerline"]["live"]["stars"] == 321 and by_slug["ledgerline"]["live"]["topics"] == [
        "rust"
    ]
    assert "ebbflow" not in by_slug
    assert "live" not in by_slug["berth-forecast"], "a project without a repository is shown from content"
    assert _get("/api/projects/ebbflow")[0] == 404
    status, detail = _get("/api/projects/ledgerline")
    assert status == 200 and detail["live"]["forks"] == 12 and detail["body"]
    assert "ebbflow" not in {p.slug for p in visible_projects(get_published().portfolio)}
    _, found = _get("/api/search", {"q": "Kubernetes operator that scales queue workers", "limit": "20"})
    assert found["hits"] and not any(
        h["uri"].startswith("portfolio://projects/ebbflow") for h in found["hits"]
    )


@pytest.mark.usefixtures("local_stack")
def test_a_deleted_repository_hides_its_project_everywhere() -> None:
    from heyfolio.github.live import hidden_slugs, is_hidden_uri, project_live_data
    from heyfolio.published import get_published

    _set("ledgerline", 11, "mira-okafor/ledgerline", deleted=True)
    assert project_live_data("ledgerline") is None
    assert hidden_slugs(get_published().portfolio) == {"ledgerline"}
    assert is_hidden_uri("portfolio://projects/ledgerline#why", {"ledgerline"})
    assert not is_hidden_uri("portfolio://projects/ledgerline-two", {"ledgerline"})
    _, found = _get("/api/search", {"q": "Rust append-only log", "limit": "5"})
    assert not any("projects/ledgerline" in h["uri"] for h in found["hits"])


def test_without_a_state_store_the_portfolio_is_served_from_content(fresh_settings: None) -> None:
    # No emulator: the live read fails. Hiding fails closed (issue 12): a process that never read the
    # store withholds projects with a repository; the others are served from content, no live figures.
    from heyfolio.published import get_published

    status, body = _get("/api/projects")
    without_repo = {p.slug for p in get_published().portfolio.projects if not p.repo}
    assert status == 200 and {p["slug"] for p in body["projects"]} == without_repo
    assert all("live" not in p for p in body["projects"])
