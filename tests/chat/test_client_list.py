""" "Who are her clients?" lists a consultant's engagements from the work entries, her own firm out."""

from __future__ import annotations

import pytest

from heyfolio.chat.employer_count import employers_reply
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


CONSULTANT = Resume(
    basics=Basics(name="Marta Vidal", label="Independent data consultant"),
    work=(
        Work(
            name="Vidal Analytics",
            position="Independent Consultant",
            start_date=_date("2019-01"),
            summary="My one-person consultancy: the umbrella for all client work.",
        ),
        Work(
            name="Porto Ferries",
            position="Contract Data Engineer",
            start_date=_date("2023-02"),
            summary="Retained three days a week by the client to run its ticketing pipelines.",
        ),
        Work(
            name="Lisboa Bikes",
            position="Analytics Consultant",
            start_date=_date("2020-03"),
            end_date=_date("2021-01"),
            summary="Six-month engagement for the client's demand forecasts.",
        ),
        Work(
            name="Oeste Consulting",
            position="Data Intern",
            start_date=_date("2017-06"),
            end_date=_date("2017-09"),
            summary="Summer internship at a retail consultancy.",
        ),
    ),
)
INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=CONSULTANT)))


@pytest.mark.parametrize(
    "question", ["Who are her clients?", "which clients has Marta worked with", "list her clients"]
)
def test_the_engagements_are_listed_and_the_own_firm_and_an_internship_are_not(question: str) -> None:
    said = employers_reply(question, CONSULTANT, INDEX.get, "Marta")
    text = " ".join(s.text for s in said)
    assert text.startswith("Marta's résumé lists 2 client engagements: Porto Ferries: Contract Data Engineer")
    assert "Lisboa Bikes: Analytics Consultant (2020-03 – 2021-01)." in text
    assert "Vidal Analytics" not in text and "Oeste Consulting" not in text


def test_an_owner_without_client_work_gets_no_list_and_a_question_on_users_is_not_one() -> None:
    employee = Resume(
        basics=Basics(name="Ana Reis"),
        work=(Work(name="Oeste Consulting", position="Data Intern", start_date=_date("2017-06")),),
    )
    index = SearchIndex.build(chunk_portfolio(Portfolio(resume=employee)))
    assert employers_reply("Who are her clients?", employee, index.get, "Ana") == []
    assert employers_reply("Which clients use her library?", CONSULTANT, INDEX.get, "Marta") == []
