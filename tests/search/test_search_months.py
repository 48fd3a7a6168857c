"""A month asked of an entry dated by its year alone ("in which month did she start at <agency>?" of an
engagement dated "2022") is not in the portfolio: what search found is marked weak. An entry whose
passages write a month ("2023-02", "since March") still answers."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.precision import asks_month, states_month


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str, name: str = "") -> Chunk:
        keywords = (name,) if name else ()
        return Chunk(
            id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords
        )

    return [
        chunk("profile#basics", "basics", "Lea Murn — Consultant", "Lea writes scientific software in Graz."),
        chunk(
            "profile#work/0",
            "work",
            "Consultant at Wasseramt Kärnten (2022 – 2022)",
            "Work experience: Consultant at Wasseramt Kärnten (2022 – 2022)\n"
            "Wasseramt Kärnten: regional water agency\nHighlights:\n- Rewrote the flood model in Python.",
            "Wasseramt Kärnten",
        ),
        chunk(
            "profile#work/1",
            "work",
            "Backend Engineer at Rechnungsfuchs (2023-02 – 2024-01)",
            "Work experience: Backend Engineer at Rechnungsfuchs (2023-02 – 2024-01)\n"
            "Highlights:\n- Migrated 11 million invoices to PostgreSQL.",
            "Rechnungsfuchs",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_a_month_asked_and_a_month_written() -> None:
    assert asks_month("In which month did she start at the agency?")
    assert asks_month("What month did he join?")
    assert not asks_month("How many months did she stay?")
    assert states_month(["(2023-02 – 2024-01)"])
    assert states_month(["Joined in March 2021."])
    assert states_month(["On call since June."])
    assert not states_month(["Consultant (2022 – 2022)"])
    assert not states_month(["You may reach her by email."])  # "may" the verb is no month


def test_a_month_of_an_entry_dated_by_year_is_weak(index: SearchIndex) -> None:
    hits = index.search("In which month did she start at Wasseramt Kärnten?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_a_month_of_an_entry_dated_by_month_is_left_as_when_asked(index: SearchIndex) -> None:
    month = index.search("In which month did she join Rechnungsfuchs?", weak=True)
    when = index.search("When did she join Rechnungsfuchs?", weak=True)
    assert month and [h.weak for h in month] == [h.weak for h in when]
    assert not index.unstated("In which month did she join Rechnungsfuchs?")
    assert index.unstated("In which month did she start at Wasseramt Kärnten?")
