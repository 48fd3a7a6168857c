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


def test_a_screening_question_search_misses_is_answered_by_the_faq_field_on_its_topic() -> None:
    visa = _chunk(
        "faq#work_authorization", "faq", "Work authorization", "Work authorization (Ana): EU citizen."
    )
    remote = _chunk(
        "faq#remote", "faq", "Remote", "Remote (Ana): Hybrid in Lisbon; not planning to relocate."
    )
    notice = _chunk("faq#notice_period", "faq", "Notice period", "Notice period (Ana): Two months.")
    chunks = [*RESUME, visa, remote, notice]
    question = "Could she take a job in our New York office without us sponsoring her?"
    assert screening_answer(question, chunks) is None  # search answers what it finds
    found = screening_answer(question, chunks, unfound=True)
    assert found is not None and found.chunk is visa and found.said == "EU citizen."
    moving = screening_answer("Would she be up for moving to Munich?", chunks, unfound=True)
    assert moving is not None and moving.chunk is remote
    start = screening_answer("How quickly could she start with us?", chunks, unfound=True)
    assert start is not None and start.said == "Two months."
    # a topic the FAQ does not answer is not answered by another topic's field
    assert screening_answer("How quickly could she start?", [*RESUME, visa], unfound=True) is None
    assert screening_answer("Did she ever move to Munich?", chunks, unfound=True) is None


def test_a_salary_or_notice_no_passage_states_is_unstated_and_left_unanswered() -> None:
    from heyfolio.chat.screening import unstated_topic

    job = _chunk(
        "profile#work/0", "work", "CEO at Pied Piper (2013-12 – present)", "Built a compression engine."
    )
    assert unstated_topic("What salary range is she looking for?", [BASICS, job]) == "salary expectations"
    assert unstated_topic("What compensation is Ana expecting?", [BASICS, job]) == "salary expectations"
    assert unstated_topic("How soon could he start?", [job]) == "notice period or start date"
    # stated somewhere: the passage that states it answers, as search finds it
    assert unstated_topic("How soon could she start?", [BASICS, job]) is None  # "one month's notice"
    paid = _chunk("faq#salary", "faq", "Salary", "Salary (Ana): 70,000 EUR a year gross.")
    assert unstated_topic("What salary is she after?", [BASICS, paid]) is None
    assert unstated_topic("What did she build at Pied Piper?", [BASICS, job]) is None
    # the example portfolio's FAQ speaks to salary expectations: that answer is shown, not refused
    assert ask("What salary is she expecting?").answered
