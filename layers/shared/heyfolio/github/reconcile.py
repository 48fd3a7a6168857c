"""The scheduled reconcile: GitHub does not redeliver failed webhooks, so we ask it ourselves.

For each portfolio project with a ``repo:``, three conditional requests - the repository,
its latest release, the newest workflow run on the default branch - each with the ETag of
the last answer, so an unchanged repository costs three ``304``s. The run honours the rate
limit: when ``X-RateLimit-Remaining`` runs out or GitHub answers with ``Retry-After``, it
stops, remembers the repository it was on and the time to wait, and the next scheduled run
resumes there. Changes are applied like a webhook's, with change events.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from heyfolio.changes import publish_change
from heyfolio.config import get_settings
from heyfolio.content.model import Portfolio, Project
from heyfolio.github.apply import PROJECTS_LIST_URI, describe_change
from heyfolio.github.events import slim_repository
from heyfolio.github.rest import ApiResponse, GitHubApi
from heyfolio.github.secrets import api_token
from heyfolio.github.updates import ci_fields, release_view, repository_fields
from heyfolio.published import get_published
from heyfolio.storage import clock, github_sync
from heyfolio.storage import projects as store

log = logging.getLogger(__name__)

CALLS_PER_REPO = 3
RATE_FLOOR = CALLS_PER_REPO
"""Stop before a repository when fewer requests than it needs remain."""


class RateLimited(Exception):
    """GitHub asked us to wait until ``not_before`` (epoch seconds)."""

    def __init__(self, not_before: float, why: str) -> None:
        super().__init__(why)
        self.not_before = not_before


@dataclass
class ReconcileReport:
    """What one run did: repositories checked, updated, errors, and why it stopped."""

    checked: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    not_modified: int = 0
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: str | None = None
    next_index: int = 0
    not_before: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "updated": self.updated,
            "notModified": self.not_modified,
            "requests": self.requests,
            "errors": self.errors,
            "stopped": self.stopped,
            "nextIndex": self.next_index,
            "notBefore": self.not_before,
        }


class _Session:
    """One run's requests: ETags in, ETags out, rate-limit accounting."""

    def __init__(self, api: GitHubApi, report: ReconcileReport, now: float) -> None:
        self.api, self.report, self.now = api, report, now
        self.remaining: int | None = None
        self.reset: float | None = None

    def get(self, path: str, params: dict[str, Any] | None = None) -> ApiResponse:
        key = path + ("?" + "&".join(f"{k}={v}" for k, v in sorted(params.items())) if params else "")
        response = self.api.get(path, etag=github_sync.get_etag(key), params=params)
        self.report.requests += 1
        if response.rate_remaining is not None:
            self.remaining, self.reset = response.rate_remaining, response.rate_reset
        if response.rate_limited:
            wait_until = (
                self.now + response.retry_after
                if response.retry_after is not None
                else (response.rate_reset or self.now + 60)
            )
            raise RateLimited(wait_until, f"GitHub rate limit ({response.status}) on {path}")
        if response.status == 304:
            self.report.not_modified += 1
        elif response.status == 200 and response.etag:
            github_sync.put_etag(key, response.etag)
        return response

    def budget_left(self) -> bool:
        return self.remaining is None or self.remaining >= RATE_FLOOR


def _sync_project(session: _Session, project: Project) -> None:
    assert project.repo is not None
    repo_id = store.repo_id_for_name(project.repo)
    known = store.get_live(repo_id) if repo_id is not None else None
    name = known.full_name if known is not None else project.repo
    current = dict(known.fields) if known is not None else {}
    fields: dict[str, Any] = {}
    full_name = name

    found = session.get(f"/repos/{name}")
    if found.status == 200 and isinstance(found.body, dict):
        repo = slim_repository(found.body)
        repo_id, full_name = int(repo["id"]), str(repo["full_name"])
        fields.update(repository_fields(repo))
        fields["deleted"] = False
    elif found.status == 404:
        if known is None:
            session.report.errors.append(f"{project.repo}: not found on GitHub (check the project's repo:)")
            return
        fields["deleted"] = True  # deleted, or private and out of our token's reach: hide it
    elif found.status != 304:
        session.report.errors.append(f"{name}: GitHub answered {found.status}")
        return
    if repo_id is None:
        return  # a 304 without anything stored: nothing to do until the ETag expires

    if not fields.get("deleted"):
        release = session.get(f"/repos/{full_name}/releases/latest")
        if release.status == 200 and isinstance(release.body, dict):
            fields["latest_release"] = release_view(
                {
                    "tag": release.body.get("tag_name"),
                    "name": release.body.get("name"),
                    "url": release.body.get("html_url"),
                    "published_at": release.body.get("published_at"),
                    "prerelease": release.body.get("prerelease"),
                }
            )
        elif release.status == 404 and current.get("latest_release"):
            fields["latest_release"] = None
        branch = fields.get("default_branch") or current.get("default_branch")
        if branch:
            params = {"branch": branch, "per_page": 1, "exclude_pull_requests": "true"}
            runs = session.get(f"/repos/{full_name}/actions/runs", params)
            listed = (
                runs.body.get("workflow_runs") if runs.status == 200 and isinstance(runs.body, dict) else None
            )
            if listed:
                run = listed[0]
                fields.update(
                    ci_fields(
                        {
                            "workflow": run.get("name"),
                            "branch": run.get("head_branch"),
                            "sha": run.get("head_sha"),
                            "status": run.get("status"),
                            "conclusion": run.get("conclusion"),
                            "url": run.get("html_url"),
                            "at": run.get("updated_at"),
                        },
                        branch,
                        current.get("ci"),
                    )
                )
    session.report.checked.append(project.slug)
    if not fields:
        return
    live, changed = store.update_live(repo_id, full_name=full_name, slug=project.slug, fields=fields)
    if known is None or known.full_name.lower() != full_name.lower():
        store.bind_name(full_name, repo_id, project.slug)
        store.bind_name(project.repo, repo_id, project.slug)
    if changed:
        session.report.updated.append(project.slug)
        publish_change(f"portfolio://projects/{project.slug}", summary=describe_change(changed, live.fields))
        if (known.visible if known is not None else True) != live.visible:
            publish_change(PROJECTS_LIST_URI, "list_changed", summary="the list of public projects changed")


def reconcile(portfolio: Portfolio, api: GitHubApi) -> ReconcileReport:
    """Sync every portfolio repository once, resuming where the last run stopped."""

    now = clock.now()
    report = ReconcileReport()
    projects = [p for p in portfolio.projects if p.repo]
    state = github_sync.get_state()
    if state.not_before > now:
        report.stopped = "rate limited: waiting until GitHub's reset"
        report.next_index, report.not_before = state.next_index, state.not_before
        return report
    if not projects:
        github_sync.put_state(github_sync.RunState(0, 0.0, now))
        return report
    start = state.next_index % len(projects)
    session = _Session(api, report, now)
    next_index = 0
    not_before = 0.0
    for offset in range(len(projects)):
        index = (start + offset) % len(projects)
        if not session.budget_left():
            report.stopped = f"rate limit nearly spent ({session.remaining} requests left)"
            next_index, not_before = index, session.reset or now + 60
            break
        try:
            _sync_project(session, projects[index])
        except RateLimited as limited:
            report.stopped = str(limited)
            next_index, not_before = index, limited.not_before
            break
        except Exception as error:  # network down, GitHub 5xx: stop, resume here next run
            report.errors.append(f"{projects[index].repo}: {type(error).__name__}: {error}"[:300])
            report.stopped = "GitHub unreachable; the next run resumes here"
            next_index = index
            break
    report.next_index, report.not_before = next_index, not_before
    github_sync.put_state(github_sync.RunState(next_index, not_before, now))
    return report


def run_scheduled(transport: Any = None) -> ReconcileReport:
    """The scheduled entry: the published portfolio, the configured token and API URL."""

    settings = get_settings()
    api = GitHubApi(token=api_token(), base_url=settings.github_api_url, transport=transport)
    try:
        report = reconcile(get_published().portfolio, api)
    finally:
        api.close()
    log.info("reconcile: %s", report.to_dict())
    return report
