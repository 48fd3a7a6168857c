"""A comparison of two résumé entries the question describes by what they are ("the warehouse bill at
the payments company or the cloud spend at the shipping marketplace?") finds each entry by its own
lines (the employer's description, the position, the place), not by a title that shares a word."""

from __future__ import annotations

from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.alternatives import compared, described_side, determined
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

_PAYMENTS = "Payments processor for online shops in Chile"
_RESUME: dict[str, Any] = {
    "basics": {"name": "Tomasa Irigoyen", "label": "Data Engineer"},
    "work": [
        {
            "name": "Quillpay",
            "position": "Platform Engineer",
            "description": _PAYMENTS,
            "startDate": "2022-01",
            "highlights": ["Cut the monthly warehouse bill by 41% with partitioned tables."],
        },
        {
            "name": "Harbourline",
            "position": "Data Engineer",
            "description": "Container shipping marketplace for small importers",
            "startDate": "2019-03",
            "endDate": "2021-12",
            "highlights": ["Cut cloud spend by 29% with reserved instances."],
        },
        {
            "name": "Quillpay",
            "position": "Payments Support Agent",
            "description": _PAYMENTS,
            "startDate": "2017-05",
            "endDate": "2019-02",
            "highlights": ["Answered about 50 merchant tickets a day on refunds and chargebacks."],
        },
        {
            "name": "Ferncroft Bakeries",
            "position": "Analyst",
            "description": "Chain of nine bakeries",
            "startDate": "2015-01",
            "endDate": "2017-04",
            "highlights": ["Built the sales dashboards used by every shop manager."],
        },
    ],
}


def _index() -> SearchIndex:
    resume, problems = parse_resume(_RESUME, "probe.resume.json")
    assert resume is not None, problems
    return SearchIndex.build(chunk_portfolio(Portfolio(resume=resume)))


def test_each_described_side_finds_its_entry_first() -> None:
    asked = (
        "Which cut was bigger: the warehouse bill at the payments company or the cloud spend at the "
        "shipping marketplace?"
    )
    found = [h.chunk.title for h in _index().search(asked, 5)]
    assert found[:2] == [
        "Platform Engineer at Quillpay (2022-01 – present)",
        "Data Engineer at Harbourline (2019-03 – 2021-12)",
    ], found


def test_the_bakery_or_the_marketplace_finds_both() -> None:
    found = [
        h.chunk.title for h in _index().search("was she longer at the bakery chain or the marketplace?", 5)
    ]
    assert set(found[:2]) == {
        "Analyst at Ferncroft Bakeries (2015-01 – 2017-04)",
        "Data Engineer at Harbourline (2019-03 – 2021-12)",
    }, found


def test_a_side_no_entry_is_described_by_or_two_fit_equally_finds_none() -> None:
    entries = [
        (0, frozenset({"payment", "processor"}), frozenset({"payment", "processor", "bill"})),
        (1, frozenset({"payment", "processor"}), frozenset({"payment", "processor", "refund"})),
        (2, frozenset({"bakeri"}), frozenset({"bakeri", "dashboard"})),
    ]
    assert described_side(["airlin"], entries) is None
    assert described_side(["payment"], entries) is None
    assert described_side(["payment", "bill"], entries) == 0
    assert described_side(["bakeri"], entries) == 2


def test_a_side_without_a_determiner_is_a_field_not_a_described_entry() -> None:
    # "the payments company" describes an employer; "payments" and "dashboards" compared bare are fields
    asked = "Did she spend more time in payments or in dashboards?"
    sides = compared(asked)
    assert sides is not None
    assert not all(determined(asked, side) for side in sides)
    described = "Was she longer at the payments company or the bakery chain?"
    assert all(determined(described, side) for side in compared(described) or ())
    assert determined("the bill at her first start-up or the bank?", "bill at her first start-up")
