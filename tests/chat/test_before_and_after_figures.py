"""A figure asked "before vs after" is the change a sentence states "from 45 to 8", not the job before
the one named; a count asked with its rate ("how many pages a month") counts the object the sentence
changes ("reduced pages to the rotation from 46 to 12 per month"); and "how long did the module take to
boot?" is what a thing took, not a stay. The owner is made up for the test."""

from __future__ import annotations

import pytest

from heyfolio.chat.count_nouns import attached_nouns
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None)


PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Runa Halvorsen", label="Platform Engineer", summary="Platform engineer in Bergen."
        ),
        work=(
            Work(
                name="Fjellkraft Energi",
                position="Senior Platform Engineer",
                start_date=_date("2021-03"),
                highlights=(
                    "Reduced pages to the on-call rotation from 46 to 12 per month by deleting noisy alerts.",
                    "Cut the boot time of the billing appliance from 3.1 s to 1.2 s by lazy-loading drivers.",
                ),
            ),
            Work(
                name="Nordvik Analytics",
                position="Platform Engineer",
                start_date=_date("2018-01"),
                end_date=_date("2021-02"),
                highlights=("Brought deploy time down from 45 minutes to 8 minutes.",),
            ),
            Work(
                name="Havtorn Hosting",
                position="Systems Administrator",
                start_date=_date("2015-06"),
                end_date=_date("2017-12"),
                highlights=("Looked after about 300 Debian servers.",),
            ),
        ),
    )
)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def _ask(question: str) -> str:
    answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited
    return answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What was the deploy time before vs after at Nordvik?",
        "Deploy time before and after her work at Nordvik?",
    ],
)
def test_before_and_after_asks_the_change_not_the_job_before(question: str) -> None:
    assert "from 45 minutes to 8 minutes" in _ask(question).split("\n")[0]


def test_the_job_before_an_employer_is_still_the_one_before() -> None:
    assert "Havtorn Hosting" in _ask("What did she do before Nordvik?").split("\n")[0]


def test_a_count_asked_with_its_rate_counts_what_the_sentence_changes() -> None:
    assert "from 46 to 12 per month" in _ask(
        "How many pages a month did on-call get before her alert work vs after?"
    )


def test_what_a_thing_took_to_do_is_not_a_stay() -> None:
    first = _ask("How long did the billing appliance take to boot?").split("\n")[0]
    assert "from 3.1 s to 1.2 s" in first and "years" not in first


def test_a_changed_figure_counts_the_object_of_its_verb() -> None:
    nouns = attached_nouns(
        "Reduced pages to the on-call rotation from 46 to 12 per month by deleting alerts."
    )
    assert nouns & set(analyze("pages"))
    assert attached_nouns("A team of seven engineers.") & set(analyze("team"))
