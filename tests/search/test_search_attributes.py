"""An attribute asked of one named entry (why she left it, what she earned there, who bought it, when it
was founded) is answered only when a passage of that entry states something of that kind; when none
does, search finds nothing (and with ``weak`` only weak hits), and the offline answerer says so.
Questions naming no entry, or asking what the entry does state, are left to ranking."""

from __future__ import annotations

import pytest

from heyfolio.search.attributes import asked_attribute, states_attribute
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str, name: str = "") -> Chunk:
        keywords = (name,) if name else ()
        return Chunk(
            id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords
        )

    return [
        chunk("profile#basics", "basics", "Ulla Brenner — Engineer", "Ulla builds billing systems in Graz."),
        chunk(
            "profile#work/0",
            "work",
            "Backend Engineer at Quellfluss (2021-02 – present)",
            "Work experience: Backend Engineer at Quellfluss (2021-02 – present)\nQuellfluss: invoicing "
            "software for craftspeople. Built the invoice renderer in Go and cut its p95 from 2 s to 300 ms.",
            "Quellfluss",
        ),
        chunk(
            "profile#work/1",
            "work",
            "Developer at Kieselbach (2017-05 – 2021-01)",
            "Work experience: Developer at Kieselbach (2017-05 – 2021-01)\nKieselbach: a booking start-up, "
            "acquired by Ferienhaus Group in 2020. I left when the booking team moved to Hamburg.",
            "Kieselbach",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_the_attribute_a_question_asks() -> None:
    assert asked_attribute("Why did Ulla leave Kieselbach?") == "reason"
    assert asked_attribute("what made her quit Quellfluss") == "reason"
    assert asked_attribute("How much did she earn at Quellfluss?") == "pay"
    assert asked_attribute("What was her salary at Kieselbach?") == "pay"
    assert asked_attribute("Who acquired Quellfluss?") == "acquirer"
    assert asked_attribute("When was Quellfluss founded?") == "founding"
    assert asked_attribute("How much funding has Quellfluss raised?") == "funding"
    assert asked_attribute("Did she earn a degree besides Graz?") is None
    assert asked_attribute("How long was she at Kieselbach?") is None
    assert asked_attribute("What did she build at Quellfluss?") is None


def test_each_kind_is_stated_in_its_own_words() -> None:
    assert states_attribute(["I left to join a friend's start-up."], "reason")
    assert not states_attribute(["No one left the team in two years; hired after 40 interviews."], "reason")
    assert states_attribute(["Acquired by Nordwind AG in 2019."], "acquirer")
    assert states_attribute(["After Nordwind acquired the start-up, I moved to payments."], "acquirer")
    assert not states_attribute(["A booking start-up (acquired in 2019)."], "acquirer")
    assert not states_attribute(["Deployed once a day."], "pay")
    assert not states_attribute(["Zero incidents since 2022."], "founding")


def test_an_attribute_the_named_entry_does_not_state_finds_nothing(index: SearchIndex) -> None:
    assert index.search("Why did Ulla leave Quellfluss?") == []
    hits = index.search("Who acquired Quellfluss?", weak=True)
    assert hits and all(h.weak for h in hits)
    assert index.partial("How much did she earn at Quellfluss?") == []


def test_an_attribute_the_named_entry_states_answers(index: SearchIndex) -> None:
    hits = index.search("Who acquired Kieselbach?")
    assert hits and hits[0].chunk.id == "profile#work/1" and not hits[0].weak
    for question in ("Who acquired Kieselbach?", "Why did she leave Kieselbach?"):
        hits = index.search(question, weak=True)
        assert hits and hits[0].chunk.id == "profile#work/1"
        assert not index._attribute_unstated(question)


def test_pay_the_owner_states_for_every_role_answers() -> None:
    faq = Chunk(
        id="faq#salary",
        uri="portfolio://faq#salary",
        kind="faq",
        title="Salary",
        text="Salary (Ulla): I do not share my salary history; my day rate for contract work is EUR 700.",
    )
    index = SearchIndex.build([*_chunks(), faq])
    assert not index._attribute_unstated("How much did she earn at Quellfluss?")
    assert index._attribute_unstated("Who acquired Quellfluss?")


def test_a_buyer_said_only_as_a_kind_names_no_acquirer() -> None:
    """ "Acquired by a Swiss utility" says what kind of buyer, not which one: "which company acquired
    it?" is not answered by it."""
    assert not states_attribute(["The start-up was acquired by a Swiss utility in 2016."], "acquirer")
    assert not states_attribute(["Sold to a competitor in 2019."], "acquirer")
    assert states_attribute(["Acquired by Nordwind AG in 2019."], "acquirer")


def test_a_license_and_a_cloud_are_attributes_an_entry_states_or_not() -> None:
    assert asked_attribute("What license is quellcode released under?") == "license"
    assert asked_attribute("Which cloud provider does Quellfluss use?") == "cloud"
    assert asked_attribute("What cloud is Kieselbach hosted on?") == "cloud"
    assert asked_attribute("Does she like cloud work?") is None
    assert states_attribute(["Released under the MIT License."], "license")
    assert states_attribute(["Licensed under CC BY 4.0."], "license")
    assert not states_attribute(["Open-source Go library, 900 GitHub stars."], "license")
    assert states_attribute(["Kotlin services on AWS with MySQL."], "cloud")
    assert not states_attribute(["Kotlin services with MySQL and Redis."], "cloud")


def test_a_cloud_the_named_entry_does_not_state_is_weak(index: SearchIndex) -> None:
    hits = index.search("Which cloud provider does Quellfluss use?", weak=True)
    assert all(h.weak for h in hits)


def test_revenue_a_business_makes_is_not_the_owners_pay(index: SearchIndex) -> None:
    """Asking "how much revenue does <employer> make?" asks what the business takes in: read as pay, the owner's
    salary expectation stated anywhere answered it, though no passage of the employer states revenue."""
    assert asked_attribute("How much revenue does Quellfluss make?") == "revenue"
    assert asked_attribute("How much does Ulla make at Quellfluss?") == "pay"
    assert all(h.weak for h in index.search("How much revenue does Quellfluss make?", 5, weak=True))
