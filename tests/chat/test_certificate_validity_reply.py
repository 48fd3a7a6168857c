"""Asked whether a certificate still holds, the offline answerer says what the portfolio lists and that it
does not say whether it is still valid; a status the entry states is quoted as the answer."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, Certificate, Location, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# A fictional network engineer in Turin: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(
        name="Marco Bellini",
        label="Network Engineer",
        summary="Network engineer in Turin.",
        location=Location(city="Turin", country_code="IT"),
    ),
    work=(
        Work(
            name="Rete Alpina",
            position="Network Engineer",
            start_date=_date("2019-04"),
            highlights=("Ran the campus network for 40 sites.",),
        ),
    ),
    certificates=(
        Certificate(name="Cisco Certified Network Associate (CCNA)", issuer="Cisco", date=_date("2018-11")),
        Certificate(
            name="Juniper JNCIA-Junos - expired 2023-05", issuer="Juniper Networks", date=_date("2020-05")
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_validity_the_entry_does_not_state_is_not_answered() -> None:
    answer = ask("Is his CCNA still valid?")
    assert not answer.answered
    assert "doesn't say whether it is still valid" in answer.text and "CCNA" in answer.text


def test_a_validity_the_entry_states_is_not_declined() -> None:
    question = "Is his Juniper certification still valid?"
    assert not INDEX.unstated(question)  # "expired 2023-05" is on the entry: it answers
    assert "doesn't say whether it is still valid" not in ask(question).text
