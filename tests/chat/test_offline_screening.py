"""Screening questions on a portfolio without an FAQ are answered from the résumé's own fields."""

from __future__ import annotations

from heyfolio.chat.screening import screening_answer, skill_levels
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
LANGUAGES = _chunk(
    "profile#languages",
    "language",
    "Languages spoken",
    "Languages spoken: Portuguese (Native speaker); Spanish (B2)",
    ("Portuguese", "Spanish"),
)
SKILLS = [
    _chunk("profile#skills/0", "skill", "Frontend (Master)", "Skill: Frontend (Master): React"),
    _chunk(
        "profile#skills/1", "skill", "Android Native (Beginner)", "Skill: Android Native (Beginner): Kotlin"
    ),
    _chunk("profile#skills/2", "skill", "Testing (Advanced)", "Skill: Testing (Advanced): Jest"),
]
RESUME = [BASICS, LANGUAGES, *SKILLS]


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


def test_a_language_the_entry_lists_is_answered_by_it() -> None:
    found = screening_answer("spanish level?", RESUME)
    assert found is not None and found.chunk.kind == "language" and "Spanish (B2)" in found.said
    assert screening_answer("does she speak German?", RESUME) is None  # not listed


def test_a_portfolio_with_an_faq_answers_screening_there() -> None:
    faq = _chunk("faq#notice", "faq", "Notice period", "Notice period: two months.")
    assert screening_answer("how soon could she start", [*RESUME, faq]) is None
    assert "Two months" in ask("What is her notice period?").text


def test_skills_are_ranked_by_the_level_each_states() -> None:
    assert [c.title for c in skill_levels("what's the weakest skill she lists", RESUME)] == [
        "Android Native (Beginner)"
    ]
    assert [c.title for c in skill_levels("what's her strongest skill?", RESUME)] == ["Frontend (Master)"]
    assert skill_levels("what skills does she have?", RESUME) == []
