"""The career before a change of field, read from the order of the résumé's jobs."""

from __future__ import annotations

from heyfolio.chat.career_change import career_change_reply, earlier_career
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Rita Sousa",
        label="Site Reliability Engineer",
        summary=(
            "Site reliability engineer who spent six years running hotel front desks before moving into "
            "infrastructure in 2018. I keep payment platforms online."
        ),
    ),
    work=(
        Work(name="Paygate", position="Site Reliability Engineer", start_date=_date("2020-01")),
        Work(
            name="Hosting Co",
            position="Junior Systems Administrator",
            start_date=_date("2018-01"),
            end_date=_date("2019-12"),
            summary="Linux servers and backups.",
        ),
        Work(
            name="Hotel Alta",
            position="Front Office Manager",
            start_date=_date("2011-05"),
            end_date=_date("2017-10"),
            summary="Ran the front office and a team of 14 receptionists.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_the_jobs_before_the_first_technical_position_are_the_earlier_career() -> None:
    assert earlier_career(RESUME) == [2]


def test_a_field_the_question_names_moves_the_change_to_the_first_job_naming_it() -> None:
    # "before she became an SRE": the systems administrator job came before it too
    assert earlier_career(RESUME, frozenset(analyze("reliability"))) == [2, 1]


def test_a_step_within_technology_is_no_change_of_career() -> None:
    resume = Resume(
        work=(
            Work(name="A", position="Engineering Manager", start_date=_date("2022-04")),
            Work(
                name="A",
                position="Senior Backend Engineer",
                start_date=_date("2019-07"),
                end_date=_date("2022-03"),
            ),
        )
    )
    assert earlier_career(resume, frozenset(analyze("manager"))) == []


def test_no_job_before_the_first_technical_one_is_no_change() -> None:
    resume = Resume(work=(Work(name="A", position="Backend Engineer", start_date=_date("2015-01")),))
    assert earlier_career(resume) == []
    assert career_change_reply("What did he do before he got into tech?", resume, INDEX.get, "Ola") is None


def test_before_she_became_a_developer_gives_the_former_job_its_length_and_the_summary_sentence() -> None:
    answer = ask("What did she do for a living before she became a developer?")
    assert answer.answered and answer.cited
    assert "Front Office Manager at Hotel Alta (2011-05 – 2017-10, 6 years and 6 months)" in answer.text
    assert "six years running hotel front desks" in answer.text


def test_a_former_trade_named_by_a_related_word_is_the_one_shown() -> None:
    answer = ask("How long did she work in hospitality before tech?")
    assert answer.answered and "Front Office Manager" in answer.text


def test_a_former_occupation_the_resume_does_not_show_is_not_answered_with_another() -> None:
    assert (
        career_change_reply(
            "How long was she a nurse before moving into software?", RESUME, INDEX.get, "Rita"
        )
        is None
    )
    assert not ask("How long was she a nurse before moving into software?").answered


def test_a_question_about_the_job_before_a_named_employer_is_left_to_search() -> None:
    assert career_change_reply("What did she do before Paygate?", RESUME, INDEX.get, "Rita") is None


def test_before_working_in_tech_asks_for_the_former_career_too() -> None:
    for question in (
        "What did she do before working in tech?",
        "what did she do before she worked in software?",
    ):
        said = career_change_reply(question, RESUME, INDEX.get, "Rita")
        assert said is not None, question
        assert "Front Office Manager" in " ".join(s.text for s in said), question
