"""A plural saying a kind ("an agency for museums, wineries and hotels") names none of them, and "what is
the <thing> called?" asks a name: which museums, or what the start-up is called, is not answered by it.
Names following the plural ("banks like Nordea") or before it ("Nordea and Danske banks") still name
them. The owner and texts are made up for these tests."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.unnamed import asked_name, states_name


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def test_a_plural_saying_a_kind_names_none() -> None:
    assert (
        states_name(["Ladrilho Studio: digital agency for museums, wineries and hotels."], "museum") is False
    )
    assert states_name(["Sites for clients including two museums and a Minho winery."], "museum") is False
    assert states_name(["Adopted by banks like Nordea."], "bank") is True
    assert states_name(["Running at Nordea and Danske banks."], "bank") is True
    assert states_name(["Ran the bank's ledgers."], "bank") is True  # a possessive, not a plural


def test_what_a_thing_is_called_asks_its_name() -> None:
    assert asked_name("What is the marketplace startup she moved to Terraform called?") == "startup"
    assert asked_name("What is the marketplace startup like?") is None


def test_which_museums_of_an_agency_for_museums_comes_back_weak() -> None:
    index = SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Rita Sal — Developer", "Rita builds websites in Braga."),
            _chunk(
                "profile#work/0",
                "work",
                "Developer at Ladrilho Studio",
                "Developer at Ladrilho Studio\nLadrilho Studio: digital agency for museums, wineries and hotels.\n"
                "- Shipped 12 sites for clients including two museums and a Minho winery.",
            ),
        ]
    )
    hits = index.search("Which two museums were her clients at Ladrilho Studio?", 5)
    assert hits and all(h.weak for h in hits)
    assert not all(h.weak for h in index.search("How many sites did she ship at Ladrilho Studio?", 5))


def test_a_thing_picked_out_by_rank_names_none() -> None:
    """ "for the largest client" says which one by rank, not by name; "a second cloud region" and
    "won regional science fairs" name no region or fair."""
    line = "Forecasts cut food waste by CA$4.2 million a year for the largest client."
    assert asked_name("What is the name of Quai Verte's largest client?") == "client"
    assert states_name([line], "client") is False
    assert states_name(["The largest client, Epicerie Boréale, renewed."], "client") is True
    assert asked_name("Which cloud region is the database restored into?") == "region"
    assert states_name(["Restored the ledger database in a second Google Cloud region."], "region") is False
    assert asked_name("Which science fairs did her mentees win?") == "fair"
    assert states_name(["Two of their projects won regional science fairs."], "fair") is False
    assert states_name(["Won the Québec Science Fair in 2022."], "fair") is True
