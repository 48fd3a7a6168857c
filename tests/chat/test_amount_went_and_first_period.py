"""Words of a question that special readers took for something else: "how much money went to outside
researchers?" is an amount going somewhere, not the owner going to a school or place nobody names;
"in the bug bounty's first year" is a period of a thing, not a ranking of her entries by date. Both
are answered by the sentence stating the figure. The owner is made up for the test."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import compose
from heyfolio.chat.support import missing_names
from heyfolio.content.model import Basics, Education, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import read_superlative


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None)


PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Dana Okafor", label="Security Engineer", summary="Application security engineer."
        ),
        work=(
            Work(
                name="Tarnwell Freight",
                position="Lead Security Engineer",
                start_date=_date("2022-02"),
                highlights=(
                    "Launched the public bug bounty program: 150 valid reports and EUR 96,000 paid in its first year.",
                ),
            ),
            Work(
                name="Brightmoor Consulting",
                position="Penetration Tester",
                start_date=_date("2016-09"),
                end_date=_date("2022-01"),
                highlights=("Ran more than 90 web application penetration tests.",),
            ),
        ),
        education=(
            Education(institution="Kestrel Technical University", area="Computer Science", study_type="BSc"),
        ),
    )
)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


@pytest.mark.parametrize(
    "question",
    [
        "How much money went to outside researchers from her bug bounty in its first year?",
        "How much did the company pay outside hackers in the bug bounty's first year?",
    ],
)
def test_an_amount_paid_in_a_first_year_is_answered_by_its_sentence(question: str) -> None:
    answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited
    assert "EUR 96,000" in answer.text.split("\n")[0]


def test_a_first_year_ranks_nothing_and_a_first_job_still_does() -> None:
    assert read_superlative("How much was paid in the bounty program's first year?") is None
    first = read_superlative("What was her first job?")
    assert first is not None and first.order == "oldest"


def test_a_school_nobody_names_is_still_not_answered() -> None:
    answer = compose("Did she go to Stanford?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert not answer.answered and "Stanford" in answer.text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Is she going to need a visa?", []),
        ("Where did the bounty money go and where it went?", []),
        ("Has she used Go?", ["Go"]),
        ("Any Dockerized services?", ["Dockerized"]),
    ],
)
def test_a_verb_form_is_no_technology(question: str, missing: list[str]) -> None:
    assert missing_names(question, INDEX.chunks) == missing
