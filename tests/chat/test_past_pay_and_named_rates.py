"""Pay asked of the past is not answered by what the owner asks for now; a rate named by its period
("day rate") is not answered by a yearly salary."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.chat.past_pay import unstated_past_pay
from heyfolio.chat.rate_periods import asked_period
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex

_OWNER = {
    "basics": {
        "name": "Ingrid Faulkner",
        "label": "Data engineer (former ferry pilot)",
        "summary": (
            "Data engineer in Bergen. I flew ferry routes for six years before moving into data. "
            "I am looking for NOK 850,000 a year. My notice period is two months."
        ),
    },
    "work": [
        {
            "name": "Fjordline Air",
            "position": "Ferry Pilot",
            "startDate": "2012-01",
            "endDate": "2018-06",
            "highlights": ["Flew about 400 delivery flights across the North Sea."],
        },
        {
            "name": "Kvaerno Data",
            "position": "Data Engineer",
            "startDate": "2018-08",
            "highlights": ["Built the Airflow pipelines behind 120 daily reports."],
        },
    ],
}


def _index() -> tuple[Portfolio, SearchIndex]:
    resume, problems = parse_resume(_OWNER, "owner.resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    return portfolio, SearchIndex.build(chunk_portfolio(portfolio))


def _chunk(text: str, kind: str = "work") -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind=kind, title="Entry", text=text)


def test_pay_asked_of_the_past_is_not_the_expectation() -> None:
    portfolio, index = _index()
    for question in ("What was her salary at Fjordline Air?", "What did she earn as a pilot?"):
        answer = compose(question, portfolio, index, first_offline_answer=False)
        assert not answer.answered, answer.text
        assert "doesn't say what Ingrid was paid" in answer.text
        assert "not past pay: I am looking for NOK 850,000 a year." in answer.text  # the closest, marked
    expected = compose("What are her salary expectations?", portfolio, index, first_offline_answer=False)
    assert expected.answered and "NOK 850,000" in expected.text


def test_a_sentence_stating_past_pay_answers() -> None:
    summary = _chunk("I am looking for EUR 60,000 a year.", kind="basics")
    paid = _chunk("Was paid EUR 410 a day as a contractor.")
    assert unstated_past_pay("What was her day rate as a contractor?", [summary, paid]) is None
    unstated = unstated_past_pay("What was her day rate as a contractor?", [summary])
    assert unstated is not None and unstated.expected == "I am looking for EUR 60,000 a year."
    # a certificate earned is no pay, and an expectation asked is not the past
    assert unstated_past_pay("What did she earn a certificate in?", [summary]) is None
    assert unstated_past_pay("What salary was she looking for?", [summary]) is None


def test_a_rate_named_by_its_period_is_asked_per_that_period() -> None:
    assert asked_period("What is her day rate?") == "day"
    assert asked_period("what's his hourly rate") == "hour"
    assert asked_period("What is her rate?") is None
    portfolio, index = _index()
    answer = compose("What is her day rate?", portfolio, index, first_offline_answer=False)
    assert not answer.answered and "per day" in answer.text and "NOK 850,000" in answer.text, answer.text
