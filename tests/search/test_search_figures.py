"""A count asked of one named entry ("how many stars does <project> have?") is answered only by a
passage of that entry stating the figure; when none does, what search found is marked weak, even when
another entry states such a figure. Questions counting other things, or naming no entry, are left to
ranking."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.figures import asked_measure, states_measure
from heyfolio.search.index import SearchIndex


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Bo Lind — Engineer", "Bo builds developer tools in Malmö."),
        chunk(
            "profile#projects/0",
            "resume_project",
            "quillmark (2021-03)",
            "Project: quillmark (2021-03) — A Markdown linter. Highlights: about 2,100 GitHub stars.",
        ),
        chunk(
            "profile#projects/1",
            "resume_project",
            "tallyho (2022-05)",
            "Project: tallyho (2022-05) — A command-line time tracker written in Rust for small teams.",
        ),
        chunk(
            "profile#projects/2",
            "resume_project",
            "rinkwatch (2022-12)",
            "Project: rinkwatch (2022-12) — Predicts whether outdoor rinks open.\n"
            "Highlights: about 6,500 weekly users in January 2026.\nRetrained nightly since 2023.",
        ),
        chunk(
            "profile#work/0",
            "work",
            "Engineer at Umbra (2019-01 – present)",
            "Work experience: Engineer at Umbra (2019-01 – present)\nUmbra: payroll software, about 300 employees",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_the_measure_a_question_counts() -> None:
    assert asked_measure("How many GitHub stars does tallyho have?") == "star"
    assert asked_measure("how many downloads a month does it get") == "download"
    assert asked_measure("How many people did he lead?") is None
    assert asked_measure("How long was he at Umbra?") is None


def test_a_measure_is_stated_with_a_number_near_it() -> None:
    assert states_measure(["about 2,100 GitHub stars"], "star")
    assert states_measure(["cited about 240 times"], "citation")
    assert not states_measure(["starred by the team, used in 3 repos"], "citation")
    assert not states_measure(["A linter with stars in its logo"], "star")


def test_a_count_the_named_entry_does_not_state_is_weak(index: SearchIndex) -> None:
    hits = index.search("How many GitHub stars does tallyho have?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_a_count_the_named_entry_states_answers(index: SearchIndex) -> None:
    hits = index.search("How many GitHub stars does quillmark have?")
    assert hits and hits[0].chunk.id == "profile#projects/0" and not hits[0].weak
    hits = index.search("how many employees does umbra have")
    assert hits and hits[0].chunk.id == "profile#work/0" and not hits[0].weak


def test_a_headcount_joined_to_its_figure_is_stated() -> None:
    assert states_measure(["Umbra: a 30-person start-up"], "employee")
    assert not states_measure(["used by about 14,000 people a month"], "employee")


def test_a_group_inside_the_company_is_not_its_headcount() -> None:
    assert not states_measure(["Joined a four-person data team in 2019."], "employee")
    assert not states_measure(["On a 12-person support rotation."], "employee")
    assert states_measure(["A 40-person start-up making parking apps."], "employee")
    assert states_measure(["Umbra: payroll software, about 300 employees"], "employee")


def test_an_organisation_size_asked_by_its_name_alone() -> None:
    """ "How big was <Employer>?" asks its headcount; "how big was her team at <Employer>?" a team's."""
    assert asked_measure("How big was Umbra?") == "employee"
    assert asked_measure("How big is Umbra Labs?") == "employee"
    assert asked_measure("How big was her team at Umbra?") == "team"
    assert asked_measure("how big was the app?") is None


def test_an_organisation_size_the_entry_does_not_state_is_weak(index: SearchIndex) -> None:
    agency = Chunk(
        id="profile#work/1",
        uri="portfolio://profile#work/1",
        kind="work",
        title="Junior Developer at Pixelgrund (2015-01 – 2018-12)",
        text="Work experience: Junior Developer at Pixelgrund (2015-01 – 2018-12)\n"
        "Pixelgrund: digital agency building apps for museums. Shipped nine client apps.",
    )
    with_agency = SearchIndex.build([*_chunks(), agency])
    hits = with_agency.search("How big was Pixelgrund?", weak=True)
    assert hits and all(h.weak for h in hits)
    hits = index.search("How big is Umbra?")
    assert hits and not hits[0].weak


def test_a_standing_on_github_asks_stars() -> None:
    """ "How popular is <project> on GitHub?", "does it have many GitHub stars?" count its stars."""
    assert asked_measure("How popular is tallyho on GitHub?") == "star"
    assert asked_measure("Does tallyho have many GitHub stars?") == "star"
    assert asked_measure("What kind of GitHub traction does tallyho have?") == "star"
    assert asked_measure("Is quillmark more popular on GitHub than tallyho?") is None  # a comparison
    assert asked_measure("How popular is tallyho?") is None  # any figure may say it


def test_a_standing_on_github_the_entry_does_not_state_is_weak(index: SearchIndex) -> None:
    hits = index.search("How popular is tallyho on GitHub?", weak=True)
    assert all(h.weak for h in hits)
    hits = index.search("How popular is quillmark on GitHub?")
    assert hits and not hits[0].weak


def test_how_people_rate_a_thing_asks_its_rating() -> None:
    assert asked_measure("How did participants rate her workshops?") == "rating"
    assert asked_measure("How do students rate his course?") == "rating"
    assert asked_measure("How did she rate-limit the API?") is None  # throttling, no rating
    assert asked_measure("How did she rate limit the API?") is None


def test_a_start_is_no_star_nor_rating() -> None:
    """A "cold-start" begins like "star": a time cut near it is no rating of the app, nor its stars."""
    line = "Cut the iOS cold-start time from 2.9 s to 1.1 s; 2.4 million downloads."
    assert not states_measure([line], "rating")
    assert not states_measure(["Started in 2019 with 3 people"], "star")
    assert states_measure(["Rated 4.7 on the App Store from 2,100 ratings."], "rating")
    assert states_measure(["4.8 stars from 35,000 ratings"], "rating")


def test_a_count_dated_to_another_year_does_not_answer_the_year_asked(index: SearchIndex) -> None:
    """ "6,500 weekly users in January 2026" states no count for 2025; undated or the year itself does."""
    hits = index.search("How many weekly users did rinkwatch have in January 2025?", weak=True)
    assert hits and all(h.weak for h in hits)
    hits = index.search("How many weekly users did rinkwatch have in 2026?")  # entries of 2026 rank too
    assert any(h.chunk.id == "profile#projects/2" for h in hits) and not any(h.weak for h in hits)
    hits = index.search("How many weekly users does rinkwatch have?")
    assert hits and hits[0].chunk.id == "profile#projects/2" and not hits[0].weak
    hits = index.search("How many GitHub stars did quillmark have in 2024?")  # an undated figure may answer
    assert any(h.chunk.id == "profile#projects/0" for h in hits) and not any(h.weak for h in hits)


def _talk_index() -> SearchIndex:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    talks = [
        chunk(
            "profile#publications/0",
            "publication",
            "Linting prose at scale (Nordic Docs Summit 2024 (conference talk), 2024-10-02)",
            "Publication: Linting prose at scale, published by Nordic Docs Summit 2024 (conference talk)\n"
            "How quillmark checks 40,000 pages a night; the recording has 3,200 views.",
        ),
        chunk(
            "profile#publications/1",
            "publication",
            "Tracking time without tears (Malmö Dev Day 2023 (conference talk), 2023-04-12)",
            "Publication: Tracking time without tears, published by Malmö Dev Day 2023 (conference talk)\n"
            "Why tallyho keeps its data in plain text files.",
        ),
    ]
    return SearchIndex.build([*_chunks(), *talks])


def test_a_thing_described_by_the_talk_presenting_it_is_counted_by_its_own_line() -> None:
    # the talk names the linter; the linter's own entry states its stars
    index = _talk_index()
    hits = index.search("How many stars does the linter she presented at Nordic Docs Summit have?", weak=True)
    assert not hits[0].weak and "profile#projects/0" in [h.chunk.id for h in hits[:5]]


def test_a_thing_the_talk_presents_that_states_no_figure_stays_weak() -> None:
    # the talk names tallyho, whose own entry states no stars: nothing answers
    index = _talk_index()
    hits = index.search("How many stars does the tool she presented at Malmö Dev Day have?", weak=True)
    assert hits and all(h.weak for h in hits)
