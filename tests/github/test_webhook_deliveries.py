"""Every delivery in ../shared/fixtures/github-webhooks/, signed and sent through the webhook
function, queued, applied by the worker - and what a visitor then sees of the project."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.github.support import SLUG_OF, event_name, fixture_files, queued, response_json, signed_event

FILES = fixture_files()


def _deliver(path: Path, webhook: Any, stack: Any, github_worker: Any) -> dict[str, Any]:
    from heyfolio.dev.local_flows import drain

    raw = path.read_bytes()
    result = webhook(signed_event(event_name(path), raw, str(uuid.uuid4())))
    assert result["statusCode"] in (200, 202), result
    drain(stack.queue_urls["github-events"], github_worker)
    return response_json(result)


def _expect(path: Path, payload: dict[str, Any]) -> None:
    """Check what a visitor sees of the fixture's project after this one delivery."""
    from heyfolio.github.live import project_live_data, visible_projects
    from heyfolio.published import get_published

    repo = payload.get("repository")
    portfolio = get_published().portfolio
    if repo is None:  # an organisation ping: nothing to apply
        assert all(project_live_data(p.slug) is None for p in portfolio.projects)
        return
    slug = SLUG_OF[repo["full_name"].lower()]
    live = project_live_data(slug)
    name, action = event_name(path), payload.get("action")
    visible = {p.slug for p in visible_projects(portfolio)}
    if name == "ping":
        assert live is None, "a ping changes no project"
        return
    if name == "repository" and action == "privatized":
        assert live is None and slug not in visible, "a private repository leaves the public portfolio"
        return
    assert slug in visible
    assert live is not None, f"{path.name}: no live data for {slug}"
    assert live["repo"] == repo["full_name"]
    assert live["stars"] == repo["stargazers_count"]
    assert live["forks"] == repo["forks_count"]
    assert live["defaultBranch"] == repo["default_branch"]
    assert live["topics"] == repo.get("topics", [])
    if name == "push":
        head = payload.get("head_commit")
        if payload["ref"] == f"refs/heads/{repo['default_branch']}" and head:
            assert live["headCommit"]["sha"] == head["id"]
            assert live["headCommit"]["message"] == head["message"].splitlines()[0]
        else:
            assert "headCommit" not in live, "a tag push does not move the default branch"
    elif name == "release":
        if action == "deleted":
            assert "latestRelease" not in live
        else:
            assert live["latestRelease"]["tag"] == payload["release"]["tag_name"]
            assert live["latestRelease"]["prerelease"] is payload["release"]["prerelease"]
    elif name == "workflow_run":
        run = payload["workflow_run"]
        assert live["ci"]["conclusion"] == run["conclusion"]
        assert live["ci"]["sha"] == run["head_sha"]
    elif name == "repository" and action == "edited":
        assert live["defaultBranch"] == repo["default_branch"]


@pytest.mark.usefixtures("fixture_owner")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_fixture_delivery_updates_what_a_visitor_sees(
    path: Path, webhook: Any, stack: Any, github_worker: Any
) -> None:
    payload = json.loads(path.read_bytes())
    answer = _deliver(path, webhook, stack, github_worker)
    if event_name(path) == "ping":
        assert answer == {"ok": True, "event": "ping", "zen": payload["zen"], "hook_id": payload["hook_id"]}
    else:
        assert answer["accepted"] is True and answer["duplicate"] is False
    assert queued(stack.queue_urls["github-events"]) == [], "the worker consumed every delivery"
    _expect(path, payload)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_the_example_owner_ignores_the_fixture_repositories(
    path: Path, webhook: Any, stack: Any, github_worker: Any
) -> None:
    """Mira Okafor's portfolio has none of these repositories: acknowledged, nothing stored."""
    from heyfolio.changes import changes_since
    from heyfolio.github.live import visible_projects
    from heyfolio.published import get_published
    from heyfolio.storage import projects as store

    _deliver(path, webhook, stack, github_worker)
    repo = json.loads(path.read_bytes()).get("repository")
    if repo:
        assert store.get_live(repo["id"]) is None
    assert changes_since(None)[0] == []
    portfolio = get_published().portfolio
    assert visible_projects(portfolio) == list(portfolio.projects)


@pytest.mark.usefixtures("fixture_owner")
def test_worker_reports_ignored_deliveries_and_processes_each_once(
    webhook: Any, stack: Any, github_worker: Any
) -> None:
    from heyfolio.changes import changes_since
    from heyfolio.github.worker import process_message

    raw = (FILES[0].parent / "star.created.payload.json").read_bytes()
    webhook(signed_event("star", raw, "delivery-star-1"))
    [message] = queued(stack.queue_urls["github-events"])
    body = json.dumps(message)
    first = process_message(body)
    assert first["outcome"] == "updated" and first["slug"] == "hello-world" and "stars" in first["changed"]
    again = process_message(body)  # SQS delivered the same message twice
    assert again == first
    events, _ = changes_since(None)
    assert [e.uri for e in events] == ["portfolio://projects/hello-world"], "one change event, not two"
    assert "1 stars" in (events[0].summary or "")
    assert process_message("not json")["outcome"] == "dropped"
    assert process_message(json.dumps({"event": "star"}))["outcome"] == "dropped"


@pytest.mark.usefixtures("fixture_owner")
def test_rename_keeps_the_project_by_repository_id(webhook: Any, stack: Any, github_worker: Any) -> None:
    """After a rename, deliveries under the new name still reach the project; its old name still resolves."""
    from heyfolio.dev.local_flows import drain
    from heyfolio.github.live import project_live_data
    from heyfolio.storage import projects as store

    payload = json.loads((FILES[0].parent / "repository.renamed.payload.json").read_bytes())
    payload["changes"] = {"repository": {"name": {"from": "Hello-World"}}}
    payload["repository"]["name"] = "hello-universe"
    payload["repository"]["full_name"] = "Octocoders/hello-universe"
    webhook(signed_event("repository", json.dumps(payload).encode(), "rename-1"))
    drain(stack.queue_urls["github-events"], github_worker)
    star = json.loads((FILES[0].parent / "star.created.payload.json").read_bytes())
    star["repository"] = {**payload["repository"], "stargazers_count": 42}
    webhook(signed_event("star", json.dumps(star).encode(), "star-after-rename"))
    drain(stack.queue_urls["github-events"], github_worker)
    live = project_live_data("octocoders-hello")
    assert live is not None and live["repo"] == "Octocoders/hello-universe" and live["stars"] == 42
    assert store.repo_id_for_name("Octocoders/Hello-World") == payload["repository"]["id"]
    assert store.repo_id_for_name("octocoders/HELLO-UNIVERSE") == payload["repository"]["id"]


@pytest.mark.usefixtures("fixture_owner")
def test_deleted_repository_leaves_the_portfolio_and_the_list_changes(
    webhook: Any, stack: Any, github_worker: Any
) -> None:
    from heyfolio.changes import changes_since
    from heyfolio.dev.local_flows import drain
    from heyfolio.github.live import project_live_data, visible_projects
    from heyfolio.published import get_published

    payload = json.loads((FILES[0].parent / "repository.publicized.payload.json").read_bytes())
    webhook(signed_event("repository", json.dumps(payload).encode(), "pub-1"))
    payload["action"] = "deleted"
    webhook(signed_event("repository", json.dumps(payload).encode(), "del-1"))
    drain(stack.queue_urls["github-events"], github_worker)
    assert project_live_data("hello-world") is None
    assert "hello-world" not in {p.slug for p in visible_projects(get_published().portfolio)}
    kinds = [(e.uri, e.kind) for e in changes_since(None)[0]]
    assert ("portfolio://projects", "list_changed") in kinds
    # ... and back: publicized again (a restored repository) reappears.
    payload["action"] = "publicized"
    webhook(signed_event("repository", json.dumps(payload).encode(), "pub-2"))
    drain(stack.queue_urls["github-events"], github_worker)
    assert project_live_data("hello-world") is not None


@pytest.mark.usefixtures("fixture_owner")
def test_out_of_order_ci_runs_keep_the_newest(webhook: Any, stack: Any, github_worker: Any) -> None:
    from heyfolio.dev.local_flows import drain
    from heyfolio.github.live import project_live_data

    completed = json.loads((FILES[0].parent / "workflow_run.completed.payload.json").read_bytes())
    requested = json.loads((FILES[0].parent / "workflow_run.requested.payload.json").read_bytes())
    webhook(signed_event("workflow_run", json.dumps(completed).encode(), "ci-new"))
    drain(stack.queue_urls["github-events"], github_worker)
    webhook(signed_event("workflow_run", json.dumps(requested).encode(), "ci-old"))  # arrives late
    drain(stack.queue_urls["github-events"], github_worker)
    live = project_live_data("octo-repo")
    assert live is not None
    assert live["ci"]["status"] == "completed" and live["ci"]["conclusion"] == "success"
