"""Screening questions on a portfolio without an FAQ are answered from the résumé's summary."""

from __future__ import annotations

from heyfolio.chat.screening import screening_answer
from heyfolio.search.chunks import Chunk
from tests.chat.test_offline_answers import ask


def _chunk(ident: str, kind: str, title: str, text: str, keywords: tuple[str, ...] = ()) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords)


BASICS = _chunk(
    "profile#basics",
    "basics",
    "Ana Silva — Frontend Engineer",
    "Ana Silva — Frontend Engineer\nLocation: Lisbon, PT\nI build apps. Open to hybrid roles in Lisbon; "
    "not relocating. EU citizen, one month's notice.",
)
RESUME = [BASICS]


def test_the_summary_sentence_on_the_topic_asked_answers() -> None:
    start = screening_answer("how soon could she start", RESUME)
    assert start is not None and start.said == "EU citizen, one month's notice."
    office = screening_answer("could she come into the office two days a week?", RESUME)
    assert office is not None and "hybrid roles in Lisbon" in office.said
    move = screening_answer("would she relocate to Berlin?", RESUME)
    assert move is not None and "not relocating" in move.said
    visa = screening_answer("does she need visa sponsorship?", RESUME)
    assert visa is not None and "citizen" in visa.said
    assert screening_answer("what did she build at her last job?", RESUME) is None


def test_a_portfolio_with_an_faq_answers_screening_there() -> None:
    faq = _chunk("faq#notice", "faq", "Notice period", "Notice period: two months.")
    assert screening_answer("how soon could she start", [*RESUME, faq]) is None
    assert "Two months" in ask("What is her notice period?").text


def test_passages_derived_from_the_summary_answer_unless_search_finds_nothing() -> None:
    derived = _chunk(
        "profile#summary/remote", "faq", "Remote work and relocation", "Remote work: hybrid roles in Lisbon."
    )
    assert screening_answer("is she ok with fully remote", [*RESUME, derived]) is None
    said = screening_answer("is she ok with fully remote", [*RESUME, derived], unfound=True)
    assert said is not None and "hybrid roles in Lisbon" in said.said
