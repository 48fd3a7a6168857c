"""A name asked of a thing the portfolio keeps anonymous ("which banks adopted it?" of "two European
banks") is not answered by the sentence describing it; a mention that may name it keeps the answer."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.unnamed import asked_name, states_name


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def test_the_thing_whose_name_a_question_asks() -> None:
    assert asked_name("Which two insurers use kestrel-ui?") == "insur"
    assert asked_name("What was the name of the winery she built the shop for?") == "wineri"
    assert asked_name("Who was the client?") == "client"
    assert asked_name("Which company does she work for?") is None  # her employer, always named
    assert asked_name("What did she build for the winery?") is None  # no name asked


def test_only_anonymous_mentions_do_not_name_it() -> None:
    assert states_name(["Adopted by two Nordic insurers."], "insur") is False
    assert states_name(["Built a shop for a Douro winery."], "wineri") is False
    assert states_name(["Client: Quinta do Vale (winery) - a shop."], "wineri") is True
    assert states_name(["Moved onto the insurer's login."], "insur") is True
    assert states_name(["Built a shop."], "wineri") is None


def test_a_name_kept_anonymous_comes_back_weak() -> None:
    index = SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ines Faria — Developer", "Ines builds web apps in Braga."),
            _chunk(
                "profile#projects/0",
                "resume_project",
                "kestrel-ui (2022-01)",
                "Project: kestrel-ui (2022-01) — A form library.\n- Adopted by two Nordic insurers.",
            ),
        ]
    )
    hits = index.search("Which insurers use kestrel-ui?", 5)
    assert hits and all(h.weak for h in hits)
    assert index.unstated("Which insurers use kestrel-ui?", [h.chunk for h in hits])
    assert not all(h.weak for h in index.search("What does kestrel-ui do?", 5))


def test_a_business_is_a_thing_whose_name_is_asked() -> None:
    assert asked_name("What were the names of the two businesses she freelanced for?") == "busi"
    assert states_name(["Weekend contracts for two small businesses."], "busi") is False
