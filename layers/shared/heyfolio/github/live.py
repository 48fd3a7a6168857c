"""The read side of live project data, for the public API, search and the MCP tools.

``visible_projects(portfolio)`` is the public portfolio: projects whose repository went
private or was deleted are left out. ``project_live_data(slug)`` is what a visitor may see
of a project's repository right now, as JSON. Reads fail open: when the state store cannot
be reached the content is served without live figures, but hiding fails closed: a project this
process last saw hidden stays hidden, and a process that has never read the store withholds
every project that has a repository (it cannot tell which went private) until a read succeeds.
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
_last_visible: dict[str, bool] = {}
"""Per slug, whether the last successful read in this process showed its project (fail closed)."""


class Withheld:
    """Stands for a project's live data when the store cannot be read and the project must not show."""

    visible = False


def clear_cache() -> None:
    """Forget what this process read of live data (tests switching stores, content reloads)."""
    _cache.clear()
    _last_visible.clear()


def _live_by_slug(projects: Iterable[Project], *, cached: bool = False) -> dict[str, Any]:
    import time

    with_repo = [p for p in projects if p.repo]
    if not with_repo:
        return {}
    if not cached:
        return _read_live(with_repo)[0]
    # Keyed by the store too (endpoint, table, client generation): tests and the dev server switch
    # stores. No SDK client is made for the key: the read itself may not need one (heyfolio.aws.lite).
    from heyfolio.aws.clients import generation as clients_generation
    from heyfolio.config import get_settings

    s = get_settings()
    key = (
        clients_generation(),
        s.aws_endpoint_url,
        s.table_name,
        *sorted((p.slug, (p.repo or "").lower()) for p in with_repo),
    )
    now, generation = time.monotonic(), store.generation()
    hit = _cache.get(key)
    if hit is not None and hit[1] == generation and now - hit[0] < LIVE_CACHE_SECONDS:
        return hit[2]
    found, read = _read_live(with_repo)
    if read:
        if len(_cache) > 64:
            _cache.clear()
        _cache[key] = (now, generation, found)
    return found


def _read_live(with_repo: list[Project]) -> tuple[dict[str, Any], bool]:
    """What the state store says of these projects' repositories, and whether it could be read."""

    try:
        by_name = store.live_for_names(p.repo for p in with_repo if p.repo)
    except Exception as error:
        return _withheld(with_repo, error), False
    found: dict[str, Any] = {}
    for p in with_repo:
        live = by_name.get((p.repo or "").lower())
        if live is not None and live.slug == p.slug:
            found[p.slug] = live
        _last_visible[p.slug] = live is None or live.slug != p.slug or bool(live.visible)
    return found, True


def _withheld(with_repo: list[Project], error: Exception) -> dict[str, Any]:
    """Fail closed: without the store, hide what was last seen hidden and what was never seen."""
    withheld = {p.slug: Withheld() for p in with_repo if not _last_visible.get(p.slug, False)}
    log.error(
        "live project data unavailable (%s): live figures left out, %d project(s) withheld "
        "(last seen hidden, or never read in this process)",
        type(error).__name__,
        len(withheld),
    )
    return withheld


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
