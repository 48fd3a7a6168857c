"""Project interest over time: per project and per UTC day, views, citations, questions and stars.

Views, citations and questions are counted from the records (``heyfolio.analytics.records``):
a project is *viewed* by a read of its resource or a ``get_project`` call, *cited* when an answer
(chat or tool) cites one of its passages, *asked about* when a chat message or a tool's query
names it. Stars are a daily snapshot of the project's GitHub live data (``StarsItem``), written by
the daily analytics flow (:func:`snapshot_stars`), so the series shows how they moved, not only
the latest value.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models

logger = logging.getLogger("heyfolio.analytics.interest")

STARS_RETENTION_SECONDS = 400 * 24 * 3600
KINDS = ("viewed", "cited", "asked")


@dataclass
class DayInterest:
    day: str
    views: int = 0
    citations: int = 0
    questions: int = 0
    stars: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "views": self.views,
            "citations": self.citations,
            "questions": self.questions,
            "stars": self.stars,
        }


@dataclass
class ProjectInterest:
    slug: str
    days: list[DayInterest] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, int]:
        return {
            "views": sum(d.views for d in self.days),
            "citations": sum(d.citations for d in self.days),
            "questions": sum(d.questions for d in self.days),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"slug": self.slug, "totals": self.totals, "days": [d.to_dict() for d in self.days]}


def record_stars(slug: str, stars: int, *, at: float | None = None) -> None:
    """Store ``slug``'s stars for the UTC day of ``at`` (a later value the same day replaces it)."""
    m = models()
    ts = clock.now() if at is None else at
    m.StarsItem(
        keys.stars_pk(slug),
        keys.day_of(ts),
        slug=slug,
        stars=int(stars),
        created_at=ts,
        expires_at=ts + STARS_RETENTION_SECONDS,
    ).save()


def stars_series(slug: str, since: float) -> dict[str, int]:
    """day -> stars for ``slug`` from the day of ``since`` on."""
    m = models()
    items = expiry.query_live(m.StarsItem, keys.stars_pk(slug), m.StarsItem.sk >= keys.day_of(since))
    return {i.sk: int(i.stars) for i in items}


def snapshot_stars(*, at: float | None = None) -> dict[str, int]:
    """Today's stars of every project that has GitHub live data; what the daily flow stores."""
    from heyfolio.github.live import live_data_for
    from heyfolio.published import get_published

    projects = get_published().portfolio.projects
    stored: dict[str, int] = {}
    for slug, live in live_data_for(projects).items():
        stars = (live or {}).get("stars")
        if isinstance(stars, int | float) and not isinstance(stars, bool):
            record_stars(slug, int(stars), at=at)
            stored[slug] = int(stars)
    return stored


def interest(
    since: float,
    *,
    slugs: Iterable[str] | None = None,
    until: float | None = None,
    records: Iterable[Any] | None = None,
) -> dict[str, ProjectInterest]:
    """slug -> its interest per day from ``since`` to ``until`` (every day present, zeros included)."""
    from heyfolio.storage import invocations

    end = clock.now() if until is None else until
    days = keys.days_between(since, end)
    wanted = list(slugs) if slugs is not None else _published_slugs()
    out = {s: ProjectInterest(s, [DayInterest(d) for d in days]) for s in wanted}
    index = {d: i for i, d in enumerate(days)}
    found = invocations.list_since(since) if records is None else records
    for r in found:
        day = keys.day_of(r.at)
        if day not in index or r.at > end:
            continue
        for kind in KINDS:
            for slug in r.projects.get(kind, ()):
                target = out.get(slug)
                if target is None:
                    continue
                cell = target.days[index[day]]
                if kind == "viewed":
                    cell.views += 1
                elif kind == "cited":
                    cell.citations += 1
                else:
                    cell.questions += 1
    for slug, series in out.items():
        try:
            stars = stars_series(slug, since)
        except Exception:
            logger.warning("stars series unavailable for %s", slug, exc_info=True)
            continue
        for cell in series.days:
            cell.stars = stars.get(cell.day)
    return out


def _published_slugs() -> list[str]:
    from heyfolio.published import get_published

    return [p.slug for p in get_published().portfolio.projects]
