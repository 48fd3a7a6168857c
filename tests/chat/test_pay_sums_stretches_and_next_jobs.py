"""Shapes the chef probe (tests/chat/test_probe_chef.py) found, tried on another made-up owner: a
teacher turned developer whose summary states her pay as a sum per period without naming it, whose
question of "longer teaching or at the start-up?" compares an occupation of several jobs with one job
described, whose employer's name ends in a city another employer starts with, and who is asked for a
permit in a city the portfolio never names, and whose stack is asked for as a whole."""

from __future__ import annotations

import re

import pytest

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.attributes import PAY_AMOUNT
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder
from heyfolio.search.owner_only import unstated_owner_topic

RESUME = {
    "basics": {
        "name": "Ilse Vandermeer",
        "label": "Backend developer (former maths teacher)",
        "summary": (
            "Backend developer in Ghent, Belgium, after nine years of teaching maths. I build scheduling "
            "software for schools with Python and PostgreSQL. I am a Belgian citizen and can work anywhere "
            "in the EU; elsewhere I would need a work visa. I'm after €58,000 a year, or €420/day for "
            "contracts. My notice period is two months."
        ),
        "location": {"city": "Ghent", "countryCode": "BE"},
    },
    "work": [
        {
            "name": "Roosterly",
            "position": "Backend Developer",
            "description": "Start-up making timetabling software for secondary schools",
            "startDate": "2021-01",
            "highlights": ["Built the timetable solver used by 310 schools."],
        },
        {
            "name": "Atheneum Gent",
            "position": "Maths Teacher",
            "startDate": "2015-09",
            "endDate": "2020-12",
            "summary": "Taught maths to pupils aged 12 to 18.",
        },
        {
            "name": "Sint-Lucas College Gent",
            "position": "Maths Teacher",
            "startDate": "2011-09",
            "endDate": "2015-08",
            "summary": "First teaching post after my degree.",
        },
        {
            "name": "Gent Bikes",
            "position": "Weekend Mechanic",
            "startDate": "2009-06",
            "endDate": "2011-08",
            "summary": "Repaired bicycles at weekends while studying.",
        },
    ],
    "skills": [
        {"name": "Tooling", "level": "Intermediate", "keywords": ["Docker", "GitHub Actions"]},
        {"name": "Backend", "level": "Advanced", "keywords": ["Python", "FastAPI", "PostgreSQL"]},
    ],
    "education": [
        {
            "institution": "Ghent University",
            "area": "Mathematics",
            "studyType": "Master",
            "endDate": "2011-06",
        }
    ],
}
_resume, _problems = parse_resume(RESUME, "teacher.resume.json")
assert _resume is not None, _problems
PORTFOLIO = Portfolio(resume=_resume)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO), MiniLMEmbedder(runtime="numpy"))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("I'm after €58,000 a year", True),
        ("or €420/day for contracts", True),
        ("expecting USD 95k per annum", True),
        ("70,000 EUR per year", True),
        ("the shop turned over €900,000 a year in sales", False),
        ("grew revenue to EUR 1.4 million a year", False),
        ("served 400 covers a day", False),
    ],
)
def test_a_sum_per_period_is_read_as_pay(text: str, pay: bool) -> None:
    assert bool(re.search(PAY_AMOUNT, text, re.I)) is pay


@pytest.mark.parametrize("question", ["What are her salary expectations?", "what's her day rate?"])
def test_pay_stated_as_a_sum_per_period_answers_the_salary_question(question: str) -> None:
    answer = ask(question)
    assert answer.answered and answer.cited and "€58,000 a year" in answer.text, answer.text


def test_the_pitch_leaves_pay_to_its_own_question() -> None:
    assert "€58,000" not in ask("Why should we hire Ilse?").text


def test_an_occupation_of_several_jobs_is_compared_with_one_job_described() -> None:
    answer = ask("did she spend longer teaching or at the start-up?")
    lead = answer.text.split("[1]")[0]
    assert lead.startswith("By the dates in the portfolio, Ilse spent longer teaching: about 9 years"), lead
    assert "Backend Developer at Roosterly (2021-01 – present)" in lead, lead
    assert "Weekend Mechanic" not in answer.text.split("\n")[0]  # neither side names the weekend job


def test_the_shorter_asked_names_the_shorter() -> None:
    lead = ask("did she spend less time as a teacher or at the start-up?").text.split("[1]")[0]
    assert "Ilse spent less at the start-up" in lead, lead


def test_the_job_after_an_employer_whose_name_ends_in_a_city() -> None:
    answer = ask("where did she go after Sint-Lucas College Gent?")
    assert answer.text.startswith(
        "By the dates in the portfolio, the job after Sint-Lucas College Gent was Maths Teacher at Atheneum Gent:"
    ), answer.text


def test_a_permit_for_a_city_never_named_shows_her_words_on_it() -> None:
    answer = ask("would she need a visa for a job in Osaka?")
    assert not answer.answered, answer.text
    assert "doesn't mention Osaka" in answer.text and "work visa" in answer.text, answer.text


@pytest.mark.parametrize("question", ["what's her tech stack?", "what are Ilse's skills"])
def test_the_stack_asked_as_a_whole_lists_every_skill_group(question: str) -> None:
    text = ask(question).text
    assert text.startswith("Ilse's skills, as the résumé groups them: Tooling (Intermediate)"), text
    assert "Backend (Advanced): Python, FastAPI, PostgreSQL." in text, text


def test_a_kind_of_skill_asked_is_not_the_whole_list() -> None:
    assert "as the résumé groups them" not in ask("what backend skills does she have?").text


def test_a_cost_per_period_in_a_job_is_no_pay_of_the_owner() -> None:
    # found by the bench: a project "served from one server for under US$40 a month" stated no day rate
    hosted = {
        "basics": {"name": "Tova Lind", "summary": "Data engineer in Umeå."},
        "work": [
            {
                "name": "Fjällmark",
                "position": "Data Engineer",
                "startDate": "2020-01",
                "highlights": ["Served the dashboards from one small server for under US$40 a month."],
            }
        ],
    }
    resume, problems = parse_resume(hosted, "hosted.resume.json")
    assert resume is not None, problems
    chunks = chunk_portfolio(Portfolio(resume=resume))
    assert unstated_owner_topic("What's her day rate?", chunks) == "salary expectations"
    assert unstated_owner_topic("What are her salary expectations?", INDEX.chunks) is None


def test_a_bounded_question_is_not_the_whole_skill_list() -> None:
    # found by the bench: "what did she do before tech?" is her earlier career, not her stack
    assert "as the résumé groups them" not in ask("What did Ilse do before tech?").text


@pytest.mark.parametrize(
    "question", ["what does she earn now?", "what's her current salary?", "does she get a bonus?"]
)
def test_what_she_earns_now_is_not_told_by_what_she_asks_for(question: str) -> None:
    # found by the bench: pay the owner asks for is no answer to what she is paid now
    assert "€58,000" not in ask(question).text
