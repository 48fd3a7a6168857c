"""The portfolio as the public sees it: content merged with live GitHub data, hidden projects left out.

One module serves the REST API, the MCP tools and resources and, through the tools, the chat, so
a repository made private or deleted disappears everywhere at once, and a project card, a tool
result and a resource say the same thing.
"""

from __future__ import annotations

from typing import Any

from heyfolio.content.model import PartialDate, Portfolio, Post, Project
from heyfolio.github.live import hidden_slugs, live_data_for
from heyfolio.github.live import visible_projects as visible


def date_text(value: PartialDate | None) -> str | None:
    """``present`` for an ongoing date, else the most precise ISO form."""
    if value is None:
        return None
    return "present" if value.present else value.iso()


def project_uri(slug: str) -> str:
    return f"portfolio://projects/{slug}"


def post_uri(slug: str) -> str:
    return f"portfolio://posts/{slug}"


def project_summary(project: Project, live: dict[str, Any] | None = None) -> dict[str, Any]:
    """A project's facts and links (and its repository's live figures), without its body."""
    summary: dict[str, Any] = {
        "slug": project.slug,
        "title": project.title,
        "summary": project.summary,
        "topics": list(project.topics),
        "languages": list(project.languages),
        "role": project.role,
        "status": project.status,
        "featured": project.featured,
        "start": date_text(project.start_date),
        "end": date_text(project.end_date),
        "repo": project.repo,
        "url": project.url,
        "homepage": project.homepage,
        "uri": project_uri(project.slug),
    }
    if live:
        summary["live"] = live
    return summary


def project_detail(project: Project, live: dict[str, Any] | None = None) -> dict[str, Any]:
    return {**project_summary(project, live), "body": project.body}


def post_summary(post: Post) -> dict[str, Any]:
    return {
        "slug": post.slug,
        "title": post.title,
        "summary": post.summary,
        "date": date_text(post.date),
        "tags": list(post.tags),
        "url": post.url,
        "uri": post_uri(post.slug),
    }


def post_detail(post: Post) -> dict[str, Any]:
    return {**post_summary(post), "body": post.body}


def public_projects(portfolio: Portfolio) -> list[tuple[Project, dict[str, Any] | None]]:
    """Every visible project, in the portfolio's order, with its live data (``None`` if it has none)."""

    live = live_data_for(portfolio.projects)
    return [
        (p, live.get(p.slug)) for p in portfolio.projects if not (p.slug in live and live[p.slug] is None)
    ]


def public_project(portfolio: Portfolio, slug: str) -> tuple[Project, dict[str, Any] | None] | None:
    """Project ``slug`` with its live data, or ``None`` when it is unknown or hidden."""

    project = portfolio.project(slug)
    if project is None:
        return None
    live = live_data_for([project])
    if slug in live and live[slug] is None:
        return None
    return project, live.get(slug)


def hidden_project_slugs(portfolio: Portfolio) -> set[str]:
    """Projects whose repository is private or deleted."""

    return hidden_slugs(portfolio)


def visible_projects(portfolio: Portfolio) -> list[Project]:
    """The projects a visitor may see, in the portfolio's order (no live data: for naming them)."""

    return visible(portfolio)


def visible_project_slugs(portfolio: Portfolio) -> list[str]:
    """Slugs of the visible projects: what completion, prompts and summaries may name."""
    return [project.slug for project in visible_projects(portfolio)]
