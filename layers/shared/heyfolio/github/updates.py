"""From a (slim) GitHub event to the live-data fields it sets: pure functions, no I/O.

Each event carries a snapshot of the repository (counts, topics, flags), which is the
freshest truth we get; on top of it each event type adds what only it knows (the head
commit of a push, a release, a CI run). Deliveries can arrive out of order, so a CI run or
a release older than the one stored does not replace it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heyfolio.github.events import ZERO_SHA


def repository_fields(repo: Mapping[str, Any]) -> dict[str, Any]:
    """Live fields from a repository snapshot (webhook or REST)."""
    fields: dict[str, Any] = {
        "html_url": repo.get("html_url"),
        "description": repo.get("description"),
        "homepage": repo.get("homepage"),
        "stars": repo.get("stargazers_count"),
        "forks": repo.get("forks_count"),
        "open_issues": repo.get("open_issues_count"),
        "topics": list(repo.get("topics") or []),
        "default_branch": repo.get("default_branch"),
        "pushed_at": repo.get("pushed_at"),
        "archived": bool(repo.get("archived")),
        "private": bool(repo.get("private")),
    }
    if repo.get("subscribers_count") is not None:
        fields["watchers"] = repo.get("subscribers_count")
    # A snapshot without a value says nothing about it (None would erase what we know).
    return {k: v for k, v in fields.items() if v is not None or k in ("description", "homepage")}


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def push_fields(push: Mapping[str, Any], default_branch: str | None) -> dict[str, Any]:
    """The head commit of a push to the default branch (other branches and tags: nothing)."""
    if not default_branch or push.get("ref") != f"refs/heads/{default_branch}":
        return {}
    if push.get("deleted") or push.get("after") == ZERO_SHA:
        return {}
    head = push.get("head_commit")
    if not isinstance(head, Mapping) or not head.get("sha"):
        return {}
    return {
        "head_commit": {
            "sha": head["sha"],
            "message": _first_line(str(head.get("message") or "")),
            "url": head.get("url"),
            "author": head.get("author"),
            "at": head.get("at"),
        }
    }


def release_view(release: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "tag": release.get("tag"),
        "name": release.get("name") or release.get("tag"),
        "url": release.get("url"),
        "published_at": release.get("published_at"),
        "prerelease": bool(release.get("prerelease")),
    }


def release_fields(
    action: str | None, release: Mapping[str, Any], current: Mapping[str, Any] | None
) -> dict[str, Any]:
    """``latest_release`` after a release event, given the stored one."""
    if release.get("draft"):
        return {}
    if action in ("deleted", "unpublished"):
        if current and current.get("tag") == release.get("tag"):
            return {"latest_release": None}  # the reconcile restores the real latest one
        return {}
    if action not in ("published", "released", "created", "prereleased", "edited"):
        return {}
    if current and current.get("tag") != release.get("tag"):
        if str(release.get("published_at") or "") < str(current.get("published_at") or ""):
            return {}
        if release.get("prerelease") and not current.get("prerelease"):
            return {}  # a pre-release does not displace a stable latest release
    return {"latest_release": release_view(release)}


def ci_fields(
    run: Mapping[str, Any], default_branch: str | None, current: Mapping[str, Any] | None
) -> dict[str, Any]:
    """CI status of the default branch from a workflow run, unless an newer run is stored."""
    if not default_branch or run.get("branch") != default_branch:
        return {}
    if current and str(run.get("at") or "") < str(current.get("at") or ""):
        return {}
    return {
        "ci": {
            "status": run.get("status"),
            "conclusion": run.get("conclusion"),
            "workflow": run.get("workflow"),
            "url": run.get("url"),
            "sha": run.get("sha"),
            "branch": run.get("branch"),
            "at": run.get("at"),
        }
    }


def event_fields(event: str, slim: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """Every live field one delivery sets, given the stored fields ``current``."""
    repo = slim.get("repository") or {}
    fields = repository_fields(repo)
    action = slim.get("action")
    branch = repo.get("default_branch") or current.get("default_branch")
    if event == "push" and isinstance(slim.get("push"), Mapping):
        fields.update(push_fields(slim["push"], branch))
    elif event == "release" and isinstance(slim.get("release"), Mapping):
        fields.update(release_fields(action, slim["release"], current.get("latest_release")))
    elif event == "workflow_run" and isinstance(slim.get("workflow_run"), Mapping):
        fields.update(ci_fields(slim["workflow_run"], branch, current.get("ci")))
    elif event == "repository":
        if action == "deleted":
            fields["deleted"] = True
        elif action in ("privatized",):
            fields["private"] = True
        elif action in ("publicized",):
            fields["private"] = False
        if action != "deleted" and current.get("deleted"):
            fields["deleted"] = False  # a repository we thought gone is back (restored)
    elif event == "public":
        fields["private"] = False
    return fields
