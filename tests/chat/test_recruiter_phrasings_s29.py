"""Recruiter phrasings read for what they ask (the owner is made up for these tests): "knows her way around
k8s" is knowing k8s; "the case for Vesna over ..." and "why would Vesna fit ..." are the pitch; "out of
everything she has built" ranks her projects; "how long has she been working at X?" is the stay at X, not
the career; "where did she present the work?" asks for a talk (no "present" time); "what did she build at
the company before X?" shows that job's results, not its first line alone."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import (
    Basics,
    PartialDate,
    Portfolio,
    Publication,
    Resume,
    ResumeProject,
    Skill,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import parse_query
from heyfolio.search.understand import read_pitch, read_superlative


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None, None)


RESUME = Resume(
    basics=Basics(
        name="Vesna Kral",
        label="Senior platform engineer",
        summary="Platform engineer in Ljubljana with nine years of keeping payment systems online.",
    ),
    work=(
        Work(
            name="Lipa Pay",
            position="Senior Platform Engineer",
            start_date=_date("2022-03"),
            highlights=(
                "Cut cold-start time of the checkout service from 40 s to 6 s.",
                "Kept the card API at 99.99% availability through 2024.",
            ),
        ),
        Work(
            name="Soča Freight",
            position="Backend Engineer",
            start_date=_date("2018-01"),
            end_date=_date("2022-02"),
            summary="Backend engineer on the routing team.",
            highlights=(
                "Wrote the tariff importer that replaced a spreadsheet of 4,000 rows.",
                "Rewrote the dispatch queue as a streaming service handling 2 million jobs a day.",
                "Moved 20 services to Kubernetes and wrote tidewheel, a queue-driven autoscaler, on the way.",
            ),
        ),
    ),
    skills=(Skill(name="Kubernetes", level="Advanced", keywords=("Helm", "Argo CD")),),
    projects=(
        ResumeProject(
            name="tidewheel",
            description="Open-source Kubernetes autoscaler driven by queue depth.",
            highlights=(
                "2,400 GitHub stars and 30 contributors.",
                "Scales 500 worker pods by queue depth without flapping.",
            ),
        ),
        ResumeProject(
            name="logsieve",
            description="Command-line tool that drops noisy log lines.",
            highlights=("150 GitHub stars.",),
        ),
    ),
    publications=(
        Publication(
            name="Six seconds to checkout: cold starts on Kubernetes",
            publisher="Alpe Ops Days 2024 (conference talk)",
            release_date=_date("2024-05"),
            summary="Talk on cutting the cold-start time of a checkout service; cited in 12 papers.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def _ask(question: str) -> str:
    answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited, question
    return answer.text


def _words(q: str) -> list[str]:
    return [g.word for g in parse_query(q)]


def test_knowing_ones_way_around_a_thing_is_knowing_it() -> None:
    words = _words("vesna knows her way around k8s yeah?")
    assert "way" not in words and "around" not in words
    assert "Kubernetes" in _ask("vesna knows her way around k8s yeah?").split("\n")[0]


def test_the_case_for_the_owner_and_why_she_would_fit_are_the_pitch() -> None:
    assert read_pitch("what's the case for Vesna over a cheaper mid-level dev?") == "pitch"
    assert read_pitch("why would Vesna fit a head of platform position?") == "pitch"
    assert read_pitch("why would it fit in one rack?") is None


def test_everything_she_has_built_ranks_her_projects() -> None:
    sup = read_superlative("out of everything Vesna has built, what's gotten the most traction?")
    assert sup is not None and sup.order == "popular" and "project" in sup.kinds
    assert (
        "tidewheel"
        in _ask("out of everything Vesna has built, what's gotten the most traction?").split("\n")[1]
    )


def test_how_long_working_at_an_employer_is_the_stay_there() -> None:
    text = _ask("how long has vesna been working at lipa pay?")
    assert text.startswith("Senior Platform Engineer at Lipa Pay:") and "year" in text.split("\n")[0]


def test_presenting_work_is_a_talk_not_the_present() -> None:
    assert "talk" in _words("where did Vesna present the cold start work?")
    assert "talk" in _words("has she presented at conferences?")
    assert "present" in _words("what is her present role?")
    assert read_superlative("where did Vesna present the cold start work?") is None
    assert "Alpe Ops Days" in _ask("where did Vesna present the cold start work?")


def test_what_she_built_at_the_job_before_shows_its_results() -> None:
    text = _ask("what did Vesna build at the company before Lipa Pay?")
    assert "Soča Freight" in text.split("\n")[1] and "tidewheel" in text.split("\n")[1]


def test_more_ways_to_ask_for_the_strongest_project() -> None:
    for q in (
        "out of everything Vesna has built, which got the most traction?",
        "what's the most impressive system she's built?",
        "what's her most widely used project?",
        "what's the hardest project she's worked on?",
        "which of her projects would you show a CTO first?",
    ):
        sup = read_superlative(q)
        assert sup is not None and sup.order == "popular" and "project" in sup.kinds, q
    assert read_superlative("which project did she do first?") == read_superlative("her first project?")


def test_how_often_a_work_is_cited_asks_for_papers() -> None:
    hits = INDEX.search("what's vesna's most cited work?", 3)
    assert hits and hits[0].chunk.kind == "publication"


def test_the_owner_set_against_others_is_the_pitch() -> None:
    from heyfolio.chat.offline import _intent

    assert _intent("why vesna and not someone cheaper?", ["Vesna", "Kral"]) == "pitch"
    assert _intent("why Vesna over the other finalists?", ["Vesna", "Kral"]) == "pitch"
    assert _intent("why kafka over rabbitmq at soča?", ["Vesna", "Kral"]) is None


def test_the_strongest_project_is_shown_with_what_makes_it_strong() -> None:
    text = _ask("what would you say is Vesna's strongest project?")
    first = text.split("\n")[1]
    assert first.startswith("- tidewheel:") and "2,400 GitHub stars" in first
    assert "Its entry also says: Scales 500 worker pods" in first
    popular = _ask("what's Vesna's most popular project?").split("\n")[1]
    assert "Its entry also says" not in popular  # the standing alone was asked


def test_the_top_award_lists_the_awards_when_none_is_ranked() -> None:
    from heyfolio.content.model import Award

    resume = Resume(
        basics=Basics(name="Ada Brook", label="Engineer"),
        awards=(Award(title="Harbour Prize", date=_date("2020-05"), awarder="Harbour Society"),),
        projects=(
            ResumeProject(
                name="quillmap", description="Map tool.", highlights=("Won award at a hackathon.",)
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "What's the most prestigious award she's received?", portfolio, index, first_offline_answer=False
    )
    assert answer.answered and "Harbour Prize" in answer.text.split("\n")[0]
