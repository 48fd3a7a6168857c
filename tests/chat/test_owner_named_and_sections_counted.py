"""A question naming the owner reads as one asked with a pronoun: "what did Ana do before tech?" is
the career before the change (her name is no former occupation), and "how many awards has Ana won?"
is every award listed, even when an award's own line states another number ("two hospitals"). The
owner is made up for these tests (a Braga nurse turned QA automation engineer)."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Award, Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Ana Quelhas",
        label="QA Automation Engineer",
        summary="QA automation engineer in Braga. I was a nurse for seven years before switching to software in 2019.",
    ),
    work=(
        Work(
            name="Lince Health",
            position="QA Automation Engineer",
            start_date=_date("2019-09"),
            highlights=("Built the Playwright suite of 1,200 tests for the patient portal.",),
        ),
        Work(
            name="Hospital de São Marcos",
            position="Staff Nurse",
            start_date=_date("2012-03"),
            end_date=_date("2019-06"),
            summary="Ward nurse in cardiology, night shifts included.",
        ),
    ),
    awards=(
        Award(
            title="Quality Champion",
            awarder="Lince Health",
            summary="For test tooling now used at two hospitals.",
        ),
        Award(title="Nurse of the Year", awarder="Hospital de São Marcos"),
        Award(title="Hackathon winner", awarder="Braga Health Hack"),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)


def _answer(question: str) -> str:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    return compose(question, PORTFOLIO, index, first_offline_answer=False).text


def test_before_tech_asked_by_name_is_the_career_before_the_change() -> None:
    for question in ("What did Ana do before tech?", "What did she do before tech?"):
        reply = _answer(question)
        assert "Before the change, Ana was Staff Nurse at Hospital de São Marcos" in reply


def test_how_many_awards_by_name_lists_every_award() -> None:
    for question in ("How many awards has Ana won?", "How many awards has she won?"):
        reply = _answer(question)
        assert reply.startswith("Ana's résumé lists 3 awards:")
        assert all(t in reply for t in ("Quality Champion", "Nurse of the Year", "Hackathon winner"))


def test_time_in_academia_is_the_jobs_at_universities_whatever_their_titles() -> None:
    import datetime as dt

    from heyfolio.chat.occupation_span import leads, occupation_reply

    resume = Resume(
        basics=Basics(name="Lars Øvergaard", label="Data Engineer"),
        work=(
            Work(name="Fjordline AS", position="Data Engineer", start_date=_date("2020-01")),
            Work(
                name="Nordvik University College",
                position="Research Assistant",
                start_date=_date("2015-08"),
                end_date=_date("2019-12"),
            ),
        ),
    )
    chunks = {c.id: c for c in chunk_portfolio(Portfolio(resume=resume))}
    said = occupation_reply(
        "How long was Lars in academia?",
        resume,
        chunks.get,
        "Lars",
        ["Lars", "Øvergaard"],
        dt.date(2026, 6, 1),
    )
    assert said and said[0].text.startswith(
        "By the dates in the portfolio, Lars's jobs at universities and research institutes cover about 4 years"
    )
    assert "Fjordline" not in " ".join(s.text for s in said) and leads(said)


def test_a_notice_asked_in_other_words_is_the_notice_stated() -> None:
    resume = Resume(
        basics=Basics(
            name="Ana Quelhas",
            label="QA Automation Engineer",
            summary=(
                "QA automation engineer in Braga, building test suites for health software. "
                "Notice period: six weeks from signing."
            ),
        ),
        work=(
            Work(
                name="Lince Health",
                position="QA Automation Engineer",
                start_date=_date("2019-09"),
                summary="Started the test automation practice for the patient portal.",
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    for question in (
        "When could she realistically start if we made an offer this week?",
        "What notice would she have to give her current employer?",
    ):
        assert (
            "six weeks from signing" in compose(question, portfolio, index, first_offline_answer=False).text
        )
