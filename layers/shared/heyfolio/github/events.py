"""Which webhook events we act on, and the slim copy of a delivery the worker needs.

GitHub payloads can reach 25 MB (a push with many commits); a queue message cannot. The
webhook keeps only what changes a project's public face - the repository snapshot, the
push's head and commit messages, the release, the workflow run - with long texts cut,
and the worker reads nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

HANDLED_EVENTS = frozenset(
    {
        "ping",
        "push",
        "release",
        "repository",
        "star",
        "watch",
        "fork",
        "public",
        "create",
        "delete",
        "workflow_run",
    }
)
MAX_COMMITS = 20
MAX_PATHS = 300
"""Paths a push touched that the queue message carries (the content push needs them; more: unknown)."""
PAYLOAD_COMMIT_LIMIT = 2048
"""GitHub lists at most this many commits in a push payload: a push that long may touch more."""
MAX_MESSAGE_CHARS = 1000
MAX_NOTES_CHARS = 4000
ZERO_SHA = "0" * 40


def _cut(text: Any, limit: int) -> str | None:
    if not isinstance(text, str):
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


def iso_time(value: Any) -> str | None:
    """GitHub's times as ISO-8601 UTC: push payloads give ``pushed_at`` as epoch seconds."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, str) and value:
        return value
    return None


def _login(value: Any) -> str | None:
    if isinstance(value, Mapping):
        login = value.get("login") or value.get("name")
        return str(login) if login else None
    return None


def slim_repository(repo: Mapping[str, Any]) -> dict[str, Any]:
    """The repository fields a visitor may see, from a webhook or REST ``GET /repos`` body."""
    owner = repo.get("owner")
    out: dict[str, Any] = {
        "id": repo.get("id"),
        "full_name": repo.get("full_name"),
        "name": repo.get("name"),
        "owner": _login(owner),
        "html_url": repo.get("html_url"),
        "description": _cut(repo.get("description"), MAX_MESSAGE_CHARS),
        "homepage": repo.get("homepage") or None,
        "private": bool(repo.get("private")),
        "archived": bool(repo.get("archived")),
        "default_branch": repo.get("default_branch"),
        "stargazers_count": repo.get("stargazers_count"),
        "forks_count": repo.get("forks_count"),
        "open_issues_count": repo.get("open_issues_count"),
        "topics": [t for t in repo.get("topics") or [] if isinstance(t, str)],
        "pushed_at": iso_time(repo.get("pushed_at")),
    }
    if "subscribers_count" in repo:  # the REST API's real watchers; webhooks send only stars
        out["subscribers_count"] = repo.get("subscribers_count")
    return out


def _commit(commit: Mapping[str, Any]) -> dict[str, Any]:
    found = commit.get("author")
    author: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    return {
        "sha": commit.get("id"),
        "message": _cut(commit.get("message"), MAX_MESSAGE_CHARS) or "",
        "url": commit.get("url"),
        "author": author.get("username") or author.get("name"),
        "at": commit.get("timestamp"),
    }


def touched_paths(commits: list[Mapping[str, Any]]) -> tuple[list[str], bool]:
    """Every path a push's commits added, removed or modified, and whether that list is complete
    (capped at ``MAX_PATHS``; a push without listed commits or with GitHub's maximum is unknown)."""
    paths: set[str] = set()
    for commit in commits:
        for key in ("added", "removed", "modified"):
            paths.update(p for p in commit.get(key) or [] if isinstance(p, str))
    complete = bool(commits) and len(commits) < PAYLOAD_COMMIT_LIMIT and len(paths) <= MAX_PATHS
    return sorted(paths)[:MAX_PATHS], complete


def slim(event: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a delivery the worker needs (well under a queue message's size limit)."""
    out: dict[str, Any] = {"action": payload.get("action")}
    repo = payload.get("repository")
    if isinstance(repo, Mapping):
        out["repository"] = slim_repository(repo)
    changes = payload.get("changes")
    if isinstance(changes, Mapping):
        renamed = (
            changes.get("repository", {}).get("name", {})
            if isinstance(changes.get("repository"), Mapping)
            else {}
        )
        owner_from = (
            changes.get("owner", {}).get("from", {}) if isinstance(changes.get("owner"), Mapping) else {}
        )
        out["changes"] = {
            "name_from": renamed.get("from") if isinstance(renamed, Mapping) else None,
            "owner_from": _login(owner_from.get("user")) or _login(owner_from.get("organization"))
            if isinstance(owner_from, Mapping)
            else None,
            "default_branch_from": (changes.get("default_branch") or {}).get("from")
            if isinstance(changes.get("default_branch"), Mapping)
            else None,
        }
    if event == "push":
        commits = [c for c in payload.get("commits") or [] if isinstance(c, Mapping)]
        head = payload.get("head_commit")
        paths, complete = touched_paths(commits)
        pushed_at = repo.get("pushed_at") if isinstance(repo, Mapping) else None
        out["push"] = {
            "ref": payload.get("ref"),
            "before": payload.get("before"),
            "after": payload.get("after"),
            "created": bool(payload.get("created")),
            "deleted": bool(payload.get("deleted")) or payload.get("after") == ZERO_SHA,
            "forced": bool(payload.get("forced")),
            "compare": payload.get("compare"),
            "pusher": _login(payload.get("pusher")),
            "head_commit": _commit(head) if isinstance(head, Mapping) else None,
            "commits": [_commit(c) for c in commits[-MAX_COMMITS:]],
            "commit_count": len(commits),
            "paths": paths,
            "paths_complete": complete,
            "pushed_at": pushed_at
            if isinstance(pushed_at, int | float) and not isinstance(pushed_at, bool)
            else None,
        }
    elif event == "release" and isinstance(payload.get("release"), Mapping):
        release = payload["release"]
        out["release"] = {
            "id": release.get("id"),
            "tag": release.get("tag_name"),
            "name": release.get("name") or None,
            "url": release.get("html_url"),
            "published_at": release.get("published_at"),
            "prerelease": bool(release.get("prerelease")),
            "draft": bool(release.get("draft")),
            "notes": _cut(release.get("body"), MAX_NOTES_CHARS) or "",
        }
    elif event == "workflow_run" and isinstance(payload.get("workflow_run"), Mapping):
        run = payload["workflow_run"]
        found = payload.get("workflow")
        workflow: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        out["workflow_run"] = {
            "id": run.get("id"),
            "workflow": run.get("name") or workflow.get("name") or None,
            "branch": run.get("head_branch"),
            "sha": run.get("head_sha"),
            "status": run.get("status"),
            "conclusion": run.get("conclusion"),
            "url": run.get("html_url"),
            "at": run.get("updated_at") or run.get("created_at"),
            "run_number": run.get("run_number"),
        }
    elif event in ("create", "delete"):
        out["ref"] = {"ref": payload.get("ref"), "ref_type": payload.get("ref_type")}
    return out
