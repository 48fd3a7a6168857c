"""Recruiter phrasings read for what they ask (the owner is made up for these tests):
"what sets her apart from other backend engineers?" and "why should I put her forward to my client?"
are the pitch, and the others she is weighed against, or the recruiter's client, are no topic; "the
hardest problem she solved" is her strongest result; "rust or just python?" doubts the first thing
named; "what did she do at Acme before she became a manager?" is her role at Acme; "how much real
experience does she have?" is the whole career."""

from __future__ import annotations

from heyfolio.chat.career_change import career_change_reply
from heyfolio.chat.evidence import evidence_rank, topic_terms
from heyfolio.chat.offline import _CAREER_Q, _doubted_first, _intent, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Skill, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import Hit, SearchIndex
from heyfolio.search.understand import read_superlative


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Edda Brun", label="Data engineer", summary="Data engineer in Tromsø."),
    work=(
        Work(
            name="Polar Pay",
            position="Staff Data Engineer",
            start_date=_date("2023-09"),
            highlights=("Designed the ledger pipeline that carries 9,000 events per second.",),
        ),
        Work(
            name="Nordlast Freight",
            position="Engineering Manager",
            start_date=_date("2021-01"),
            end_date=_date("2023-08"),
            highlights=("Grew the team from three to six engineers.",),
        ),
        Work(
            name="Nordlast Freight",
            position="Site Reliability Engineer",
            start_date=_date("2019-05"),
            end_date=_date("2020-12"),
            highlights=("Cut pages per week from 30 to 7.",),
        ),
        Work(
            name="Fjellbank",
            position="Payments Support Analyst",
            start_date=_date("2016-04"),
            end_date=_date("2019-04"),
            highlights=("Answered 60 merchant tickets a day.",),
        ),
    ),
    skills=(
        Skill(name="Rust", level="Advanced", keywords=("PyO3",)),
        Skill(name="Python", level="Expert", keywords=("pandas",)),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)


def test_pitch_phrasings_are_the_pitch() -> None:
    for q in (
        "what sets her apart from other data engineers?",
        "why should I put her forward to my client?",
        "what's the hardest technical problem she's solved?",
    ):
        assert _intent(q) == "pitch", q


def test_the_others_and_the_recruiters_client_are_no_topic() -> None:
    assert topic_terms("why should we hire her over other frontend leads?") == frozenset()
    assert topic_terms("why should I put her forward to my client?") == frozenset()
    assert topic_terms("what's the hardest technical problem she's solved?") == frozenset()
    assert "kafka" in topic_terms("why would she be good for our Kafka team?")


def test_crown_jewel_ranks_the_projects() -> None:
    found = read_superlative("what's her crown jewel project?")
    assert found is not None and found.order == "popular"


def test_the_thing_doubted_leads() -> None:
    python = next(c for c in CHUNKS if c.title.startswith("Python"))
    rust = next(c for c in CHUNKS if c.title.startswith("Rust"))
    hits = [Hit(python, 0.4, ""), Hit(rust, 0.4, "")]
    assert _doubted_first("does she know rust or just python", hits)[0].chunk is rust
    assert _doubted_first("does she know rust and python", hits)[0].chunk is python


def test_the_role_at_the_employer_named_before_the_change() -> None:
    said = career_change_reply(
        "what did she do at Nordlast before she became a manager?", RESUME, INDEX.get, "Edda"
    )
    assert said is not None and all("Nordlast" in s.text for s in said)
    assert "Site Reliability Engineer" in said[0].text


def test_how_much_real_experience_is_the_career() -> None:
    assert _CAREER_Q.search("how much real experience does they have?")
    assert not _CAREER_Q.search("how much experience does she have with Kafka?")
    answer = compose("how much real experience does she have?", PORTFOLIO, INDEX)
    assert "2016" in answer.text


def test_more_pitch_phrasings() -> None:
    for q in (
        "what's the most technically impressive thing on her CV?",
        "what's the thing she's most known for?",
        "what's her edge over other SREs?",
        "should we hire him as a junior backend dev?",
    ):
        assert _intent(q) == "pitch", q
    assert topic_terms("what's her edge over other SREs?") == frozenset()


def test_the_project_to_look_at_is_a_recommendation() -> None:
    found = read_superlative("which project should I look at to judge his coding?")
    assert found is not None and found.order == "popular"


def test_a_drop_stated_from_and_to_is_a_result() -> None:
    # "issues dropped from 212 to 9" proves as much as "cut ... from 3.8 s to 1.4 s"
    assert evidence_rank("Open audit issues dropped from 212 to 9 in eight months.") == evidence_rank(
        "Cut page load from 3.8 s to 1.4 s."
    )
