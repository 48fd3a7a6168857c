"""Apply one webhook delivery to the portfolio: the GitHub worker's whole job.

Find the portfolio project the repository belongs to (by id first - names change - then by
the current or a former name against the content's ``repo:``), update its live data,
publish a change event when a visitor would see a difference, and start the insight flow
for a push to the default branch or a published release. Deliveries for repositories
outside the portfolio are ignored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from heyfolio.changes import publish_change
from heyfolio.content.model import Portfolio, Project
from heyfolio.flows.coordinator import get_runner
from heyfolio.github.events import HANDLED_EVENTS
from heyfolio.github.updates import event_fields
from heyfolio.published import get_published
from heyfolio.storage import projects as store
from heyfolio.storage.projects import live_key

log = logging.getLogger(__name__)

PROJECTS_LIST_URI = "portfolio://projects"
_VISIBILITY = ("private", "deleted")


@dataclass(frozen=True)
class Applied:
    """What one delivery did."""

    outcome: Literal["updated", "unchanged", "ignored"]
    reason: str
    slug: str | None = None
    changed: frozenset[str] = field(default_factory=frozenset)
    insight_execution: str | None = None


def candidate_names(repo: Mapping[str, Any], changes: Mapping[str, Any] | None) -> list[str]:
    """The repository's current name and, after a rename or transfer, its former one."""
    full_name = str(repo.get("full_name") or "")
    names = [full_name] if full_name else []
    owner, _, name = full_name.partition("/")
    if changes:
        old_name = changes.get("name_from") or name
        old_owner = changes.get("owner_from") or owner
        former = f"{old_owner}/{old_name}"
        if former != full_name and old_name and old_owner:
            names.append(former)
    return names


def match_project(
    portfolio: Portfolio, repo: Mapping[str, Any], changes: Mapping[str, Any] | None
) -> tuple[Project, Any] | None:
    """The portfolio project of a repository and its stored live data (``None`` if new)."""

    by_slug = {p.slug: p for p in portfolio.projects}
    known = store.get_live(int(repo["id"]))
    if known is not None and known.slug in by_slug:
        return by_slug[known.slug], known
    by_repo = {p.repo.lower(): p for p in portfolio.projects if p.repo}
    for name in candidate_names(repo, changes):
        project = by_repo.get(name.lower())
        if project is not None:
            return project, known
    return None


def describe_change(changed: Iterable[str], fields: Mapping[str, Any]) -> str:
    """A short, public description of what changed (for the change event)."""
    parts: list[str] = []
    changed = set(changed)
    if changed & set(_VISIBILITY) and (fields.get("private") or fields.get("deleted")):
        return "the repository is no longer public"
    if "stars" in changed:
        parts.append(f"{fields.get('stars')} stars")
    if "forks" in changed:
        parts.append(f"{fields.get('forks')} forks")
    if "head_commit" in changed and isinstance(fields.get("head_commit"), Mapping):
        parts.append(f"new commit: {fields['head_commit'].get('message') or ''}".strip())
    if "latest_release" in changed:
        release = fields.get("latest_release")
        parts.append(f"release {release.get('tag')}" if isinstance(release, Mapping) else "release removed")
    if "ci" in changed and isinstance(fields.get("ci"), Mapping):
        ci = fields["ci"]
        parts.append(f"CI {ci.get('conclusion') or ci.get('status')}")
    if "archived" in changed:
        parts.append("archived" if fields.get("archived") else "unarchived")
    if "full_name" in changed:
        parts.append("renamed")
    if changed & set(_VISIBILITY):
        parts.append("the repository is public again")
    rest = sorted(
        changed
        - {"stars", "forks", "head_commit", "latest_release", "ci", "archived", "full_name", *_VISIBILITY}
    )
    if rest:
        parts.append("updated " + ", ".join(r.replace("_", " ") for r in rest))
    return "; ".join(parts)[:300]


def insight_request(
    event: str,
    slim: Mapping[str, Any],
    *,
    slug: str,
    repo_id: int,
    full_name: str,
    delivery: str,
    received_at: float,
) -> dict[str, Any] | None:
    """The insight flow's input for a push to the default branch or a published release."""

    base = {
        "slug": slug,
        "uri": f"portfolio://projects/{slug}",
        "repo_id": repo_id,
        "full_name": full_name,
        "delivery": delivery,
        "received_at": received_at,
        "live_key": live_key(repo_id),
    }
    repo = slim.get("repository") or {}
    if event == "push":
        push = slim.get("push") or {}
        branch = repo.get("default_branch")
        if push.get("ref") != f"refs/heads/{branch}" or push.get("deleted") or not push.get("commits"):
            return None
        head = push.get("head_commit") or {}
        return {
            **base,
            "kind": "push",
            "push": {
                "branch": branch,
                "head": head.get("sha") or push.get("after"),
                "compare": push.get("compare"),
                "pusher": push.get("pusher"),
                "commit_count": push.get("commit_count") or len(push["commits"]),
                "commits": [{"sha": c.get("sha"), "message": c.get("message")} for c in push["commits"]],
            },
        }
    if event == "release":
        release = slim.get("release") or {}
        if slim.get("action") != "published" or release.get("draft"):
            return None
        return {**base, "kind": "release", "release": release}
    return None


def apply_delivery(
    message: Mapping[str, Any], *, portfolio: Portfolio | None = None, runner: Any = None
) -> Applied:
    """Apply one queued delivery (``{"delivery", "event", "received_at", "payload"}``)."""

    event = str(message.get("event") or "")
    slim = message.get("payload") or {}
    if event not in HANDLED_EVENTS or event == "ping":
        return Applied("ignored", f"event {event!r} changes no project")
    repo = slim.get("repository")
    if not isinstance(repo, Mapping) or not repo.get("id") or not repo.get("full_name"):
        return Applied("ignored", "the delivery names no repository")
    if portfolio is None:
        portfolio = get_published().portfolio
    found = match_project(portfolio, repo, slim.get("changes"))
    if found is None:
        return Applied("ignored", f"{repo['full_name']} is not in the portfolio")
    project, known = found
    repo_id, full_name = int(repo["id"]), str(repo["full_name"])
    fields = event_fields(event, slim, dict(known.fields) if known else {})
    live, changed = store.update_live(repo_id, full_name=full_name, slug=project.slug, fields=fields)
    if known is None or known.full_name.lower() != full_name.lower():
        store.bind_name(full_name, repo_id, project.slug)
    if known is None and project.repo and project.repo.lower() != full_name.lower():
        store.bind_name(project.repo, repo_id, project.slug)
    uri = f"portfolio://projects/{project.slug}"
    if changed:
        publish_change(uri, "resource_updated", summary=describe_change(changed, live.fields))
        if (known.visible if known is not None else True) != live.visible:
            publish_change(PROJECTS_LIST_URI, "list_changed", summary="the list of public projects changed")
    execution = None
    if live.visible:
        request = insight_request(
            event,
            slim,
            slug=project.slug,
            repo_id=repo_id,
            full_name=full_name,
            delivery=str(message.get("delivery") or ""),
            received_at=float(message.get("received_at") or 0),
        )
        if request is not None:
            execution = _start_insight(request, runner)
    return Applied(
        "updated" if changed else "unchanged",
        f"{event} applied to {project.slug}",
        project.slug,
        frozenset(changed),
        execution,
    )


def _start_insight(request: Mapping[str, Any], runner: Any) -> str | None:
    runner = runner or get_runner()
    if not getattr(runner, "insight_enabled", True):
        log.info("insight flow not configured; no summary for %s", request.get("uri"))
        return None
    return str(runner.start_insight(request))
