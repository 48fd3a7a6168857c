"""Hiding a private or deleted repository's project fails closed when live data cannot be read.

The rule (heyfolio.github.live): a project this process last saw hidden stays hidden; a process
that has never read the store withholds every project with a repository; projects without a
repository, and projects last seen visible, are served from content (without live figures).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

SLUG = "ledgerline"
REPO = "mira-okafor/ledgerline"


@pytest.fixture
def store_down(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """A switch: while ``down[0]`` is true, every live-data read raises (an outage, a denied call)."""
    from heyfolio.storage import projects

    down = [False]
    real = projects.live_for_names

    def read(names):  # type: ignore[no-untyped-def]
        if down[0]:
            raise RuntimeError("AccessDeniedException: not authorized to perform dynamodb:BatchGetItem")
        return real(names)

    monkeypatch.setattr(projects, "live_for_names", read)
    yield down


def _visible() -> set[str]:
    from heyfolio.github.live import visible_projects
    from heyfolio.published import get_published

    return {p.slug for p in visible_projects(get_published().portfolio)}


def _shown_by_tool() -> set[str]:
    from mcp_handlers.catalog import call_tool
    from mcp_handlers.tools.base import Caller

    listed = call_tool("list_projects", {}, Caller()).structured or {}
    return {p["slug"] for p in listed.get("projects", [])}


@pytest.mark.usefixtures("local_stack")
def test_a_project_seen_hidden_stays_hidden_when_the_store_cannot_be_read(store_down: list[bool]) -> None:
    from heyfolio.github.live import clear_cache
    from heyfolio.storage import projects

    projects.bind_name(REPO, 4242, SLUG)
    projects.update_live(4242, full_name=REPO, slug=SLUG, fields={"private": True})
    everything = _visible()
    assert SLUG not in everything

    store_down[0] = True
    from heyfolio.github import live

    live._cache.clear()  # the 5 s cache of reads would hide the outage; the memory of what was hidden stays
    assert SLUG not in _visible()
    assert SLUG not in _shown_by_tool()
    # Projects seen visible are still served (content is public; only live figures are missing).
    assert _visible() == everything
    clear_cache()


@pytest.mark.usefixtures("local_stack")
def test_a_process_that_never_read_the_store_withholds_projects_with_a_repository(
    store_down: list[bool],
) -> None:
    from heyfolio.github.live import clear_cache
    from heyfolio.published import get_published

    clear_cache()
    store_down[0] = True
    portfolio = get_published().portfolio
    with_repo = {p.slug for p in portfolio.projects if p.repo}
    without_repo = {p.slug for p in portfolio.projects if not p.repo}
    assert with_repo and SLUG in with_repo
    shown = _visible()
    assert shown == without_repo
    assert not (_shown_by_tool() & with_repo)

    # The store is back: everything public shows again, with no redeploy.
    store_down[0] = False
    assert _visible() == {p.slug for p in portfolio.projects}


@pytest.mark.usefixtures("local_stack")
def test_a_project_made_public_again_shows_once_the_store_answers(store_down: list[bool]) -> None:
    from heyfolio.github import live
    from heyfolio.storage import projects

    projects.bind_name(REPO, 4242, SLUG)
    projects.update_live(4242, full_name=REPO, slug=SLUG, fields={"private": True})
    assert SLUG not in _visible()
    projects.update_live(4242, full_name=REPO, slug=SLUG, fields={"private": False})
    assert SLUG in _visible()
    store_down[0] = True
    live._cache.clear()
    assert SLUG in _visible(), "last seen visible: served from content while the store is down"
