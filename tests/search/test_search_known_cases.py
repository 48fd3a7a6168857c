"""The bad cases issue 11 quotes, as tests (the shipped dense stage on)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from heyfolio.content.loader import load_portfolio
from heyfolio.published import make_embedder
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

CONTENT = Path(__file__).resolve().parents[2] / "content"


@cache
def index() -> SearchIndex:
    return SearchIndex.build(chunk_portfolio(load_portfolio(CONTENT)), make_embedder("minilm"))


def test_a_strong_partial_match_is_shown_marked_weak_not_dropped() -> None:
    hits = index().search("React JavaScript", weak=True)
    assert [h.chunk.id for h in hits][:1] == ["profile#skills/4"]  # Frontend: TypeScript, React, ...
    assert all(h.weak for h in hits)
    assert index().search("React JavaScript") == []  # the strict answer stays "nothing relevant"


def test_kubernetes_in_production_surfaces_the_eks_migration() -> None:
    hits = index().search("Has she run Kubernetes in production?")
    assert "profile#work/0" in [h.chunk.id for h in hits]
    assert "EKS" in next(h for h in hits if h.chunk.id == "profile#work/0").chunk.text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("What's her most popular project?", "projects/ledgerline#results"),  # 2,300 GitHub stars
        ("What is her most recent job?", "profile#work/0"),
        ("What was her first role?", "profile#work/3"),
        ("Where does she live?", "profile#basics"),
        ("Why should we hire her?", "profile#basics"),
    ],
)
def test_superlatives_where_and_why_hire_are_answered_from_the_facts(question: str, first: str) -> None:
    assert index().search(question)[0].chunk.id == first


def test_a_comparison_keeps_both_named_things() -> None:
    ids = [h.chunk.id for h in index().search("Was she longer at Cobalt or at Parcelbird?")]
    assert {"profile#work/1", "profile#work/2"} <= set(ids)


def test_unanswerable_questions_get_nothing_strong() -> None:
    for question in ("Has she worked at Google?", "Does she know Elixir?", "Is she married?"):
        assert not [h for h in index().search(question, weak=True) if not h.weak], question


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("How long has she been at Tidewater Labs?", "profile#work/0"),  # the dated entry, not every mention
        ("how long did her internship last", "profile#work/3"),  # found by its title ("Intern")
        ("Who did she work for right before Tidewater?", "profile#work/1"),  # the entry just older
        ("Where did she work after Parcelbird?", "profile#work/1"),  # the entry just newer
        ("Which job did she hold the longest?", "profile#work/0"),  # from the date ranges
        ("where did she start her career", "profile#work/3"),
        ("What's the latest thing she blogged about?", "posts/what-ships-taught-our-model"),
    ],
)
def test_named_entries_durations_and_order_are_resolved_from_the_dates(question: str, first: str) -> None:
    assert index().search(question)[0].chunk.id == first


def test_a_popularity_comparison_shows_each_named_projects_figure_the_more_popular_first() -> None:
    hits = index().search("Is shoal more popular than ebbflow?")
    texts = [h.chunk.text for h in hits[:2]]
    assert "1,100 GitHub stars" in texts[0] and "600 GitHub stars" in texts[1]
    assert not any(h.weak for h in hits[:2])
    # "about 150 people have starred it" is a popularity figure too
    hits = index().search("Which has more stars, schemadrift or tram-board?")
    assert [h.chunk.id for h in hits[:2]] == ["projects/schemadrift#results", "projects/tram-board#results"]


def test_a_real_word_is_not_corrected_into_a_word_of_the_content() -> None:
    # "catching" is not a typo of "batching": the question finds schemadrift, strongly
    hits = index().search("What's the Python CLI she wrote for catching database drift?")
    assert hits and hits[0].chunk.id.startswith("projects/schemadrift")


def test_a_name_the_portfolio_lacks_is_not_answered_through_its_related_words() -> None:
    sample = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "jsonresume" / "sample.resume.json"
    idx = SearchIndex.build(chunk_portfolio(load_portfolio(sample)), make_embedder("minilm"))
    # no GitHub on this résumé: its Twitter/SoundCloud profiles do not answer a GitHub question
    assert not [h for h in idx.search("How many GitHub stars does he have?", weak=True) if not h.weak]
    assert idx.search("Is he on Twitter?")[0].chunk.id == "profile#profiles"


def test_having_kids_is_not_teaching_teenagers() -> None:
    assert not [h for h in index().search("Does she have kids?", weak=True) if not h.weak]


def test_which_is_older_puts_the_named_entries_in_date_order() -> None:
    ids = [h.chunk.id for h in index().search("Is shoal older than tram-board?")][:2]
    assert ids == ["projects/shoal", "projects/tram-board"]  # 2023-02 before 2024-01
    titles = [h.chunk.title for h in index().search("Which is more recent, schemadrift or ebbflow?")][:2]
    assert titles[0].startswith("ebbflow") and titles[1] == "schemadrift"  # 2019-04 after 2018-03


def test_least_popular_ranks_projects_by_their_figures_from_the_bottom() -> None:
    hits = index().search("Which of her open-source projects is the least starred?")
    assert hits[0].chunk.id == "projects/tram-board#results"  # about 150 stars


def test_a_typo_keeps_its_first_letter() -> None:
    # "vegan" is one edit from "began" (shoal "began as a hackathon project"): not a typo of it
    assert index().search("Is Mira vegan?") == []


def test_partial_needs_every_name_known_and_the_rarest_word_in_the_passage() -> None:
    ix = index()
    assert ix.partial("Does she know Kotlin?") == []  # a name the portfolio never uses
    assert ix.partial("Is she vegan?") == []
    hits = ix.partial("anything on io_uring latency")
    assert hits and all(h.weak for h in hits) and all("io_uring" in h.chunk.text for h in hits)
