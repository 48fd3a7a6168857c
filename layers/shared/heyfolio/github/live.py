"""The read side of live project data, for the public API, search and the MCP tools.

``visible_projects(portfolio)`` is the public portfolio: projects whose repository went
private or was deleted are left out. ``project_live_data(slug)`` is what a visitor may see
of a project's repository right now, as JSON. Reads fail open: when the state store cannot
be reached the portfolio is served from content alone (the owner published that content;
only live figures are missing), and the failure is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from heyfolio.content.model import Portfolio, Project
from heyfolio.published import get_published
from heyfolio.storage import projects as store

log = logging.getLogger(__name__)

AUTOMATED_LABEL = "automated summary"
PROJECT_URI = "portfolio://projects/"


LIVE_CACHE_SECONDS = 5.0
"""How long one process reuses what it read of which projects are hidden, for the hot paths
(every search and fit report filters hidden projects; a DynamoDB round trip per call would cost
more than the search). A write in this process clears it at once; another instance sees a
change within this time. Views of live data (cards, project tools) always read afresh: the
flows write them straight from the state machine, and a card refreshed on a change event must
not get the data from before it."""

_cache: dict[tuple[Any, ...], tuple[float, int, dict[str, Any]]] = {}


def clear_cache() -> None:
    """Forget what this process read of live data (tests switching stores, content reloads)."""
    _cache.clear()


def _live_by_slug(projects: Iterable[Project], *, cached: bool = False) -> dict[str, Any]:
    import time

    with_repo = [p for p in projects if p.repo]
    if not with_repo:
        return {}
    if not cached:
        return _read_live(with_repo) or {}
    # Keyed by the store too (client object and table): tests and the dev server switch stores.
    ddb, table = store._client()
    key = (id(ddb), table, *sorted((p.slug, (p.repo or "").lower()) for p in with_repo))
    now, generation = time.monotonic(), store.generation()
    hit = _cache.get(key)
    if hit is not None and hit[1] == generation and now - hit[0] < LIVE_CACHE_SECONDS:
        return hit[2]
    found = _read_live(with_repo)
    if found is not None:
        if len(_cache) > 64:
            _cache.clear()
        _cache[key] = (now, generation, found)
    return found or {}


def _read_live(with_repo: list[Project]) -> dict[str, Any] | None:
    """What the state store says of these projects' repositories (``None`` when unreachable)."""

    try:
        by_name = store.live_for_names(p.repo for p in with_repo if p.repo)
    except Exception as error:  # fail open: content is public, live figures are a bonus
        log.warning("live project data unavailable (%s): serving content only", type(error).__name__)
        return None
    found: dict[str, Any] = {}
    for p in with_repo:
        live = by_name.get((p.repo or "").lower())
        if live is not None and live.slug == p.slug:
            found[p.slug] = live
    return found


def live_view(live: Any) -> dict[str, Any]:
    """The public JSON of a repository's live data (``insight`` labelled as automated)."""
    f: Mapping[str, Any] = live.fields
    view: dict[str, Any] = {
        "repo": live.full_name,
        "url": f.get("html_url"),
        "stars": f.get("stars"),
        "forks": f.get("forks"),
        "watchers": f.get("watchers"),
        "openIssues": f.get("open_issues"),
        "topics": list(f.get("topics") or []),
        "defaultBranch": f.get("default_branch"),
        "lastPush": f.get("pushed_at"),
        "headCommit": f.get("head_commit"),
        "latestRelease": f.get("latest_release"),
        "ci": f.get("ci"),
        "archived": bool(f.get("archived")),
        "updatedAt": live.updated_at,
    }
    insight = live.insight
    if isinstance(insight, Mapping) and insight.get("text"):
        view["insight"] = {
            "text": insight.get("text"),
            "label": insight.get("label") or AUTOMATED_LABEL,
            "automated": True,
            "model": insight.get("model"),
            "at": insight.get("at"),
            "kind": insight.get("kind"),
            "ref": insight.get("ref"),
        }
    return {k: v for k, v in view.items() if v is not None}


def live_data_for(projects: Iterable[Project]) -> dict[str, dict[str, Any] | None]:
    """Per slug: the public live view, or ``None`` when the project must not be shown.

    Projects without live data are absent from the result (show them from content).
    """
    return {
        slug: (live_view(live) if live.visible else None) for slug, live in _live_by_slug(projects).items()
    }


def project_live_data(slug: str, portfolio: Portfolio | None = None) -> dict[str, Any] | None:
    """The public live data of project ``slug``, or ``None`` (no repository, unknown, or hidden)."""
    if portfolio is None:
        portfolio = get_published().portfolio
    project = portfolio.project(slug)
    if project is None:
        return None
    return live_data_for([project]).get(slug)


def hidden_slugs(portfolio: Portfolio) -> set[str]:
    """Projects whose repository is private or deleted: not part of the public portfolio."""
    return {slug for slug, live in _live_by_slug(portfolio.projects, cached=True).items() if not live.visible}


def visible_projects(portfolio: Portfolio) -> list[Project]:
    """The portfolio's projects a visitor may see, in the portfolio's order."""
    hidden = hidden_slugs(portfolio)
    return [p for p in portfolio.projects if p.slug not in hidden]


def is_hidden_uri(uri: str, hidden: set[str]) -> bool:
    """Whether a ``portfolio://`` URI (a project or a passage of one) belongs to a hidden project."""
    if not uri.startswith(PROJECT_URI):
        return False
    slug = uri[len(PROJECT_URI) :].split("#", 1)[0].split("/", 1)[0]
    return slug in hidden
