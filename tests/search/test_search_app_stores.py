"""A figure asked of one app store ("its rating on Google Play") of an app whose entry states it only
for the other store ("rated 4.6 on the App Store") is not answered by that entry: what search found is
marked weak, even when another app's passage names the store asked. The store asked stated, or no
figure asked, leaves the passages as they are."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.qualifiers import asks_store, contrasted_qualifier


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Ines Varga — Mobile Engineer", "Ines builds mobile apps in Graz."),
        chunk(
            "profile#projects/0",
            "resume_project",
            "Pegelstand (2021-03)",
            "Project: Pegelstand (2021-03) — A paid iOS and Android app of river levels.\n"
            "Highlights:\n- 40,000 downloads since launch.\n- Rated 4.6 on the App Store from 900 ratings.",
        ),
        chunk(
            "profile#work/0",
            "work",
            "Mobile Engineer at Bimmel Transit (2022-01 – present)",
            "Work experience: Mobile Engineer at Bimmel Transit (2022-01 – present)\n"
            "Highlights:\n- The ticket apps have 800,000 downloads across the App Store and Google Play.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_a_store_asked_of_a_figure() -> None:
    assert asks_store("What is Pegelstand's rating on Google Play?")
    assert asks_store("How many downloads does it have on the Play Store?")
    assert not asks_store("Which of her apps are on Google Play?")  # no figure asked
    assert not asks_store("What is the rating on the App Store or Google Play?")  # both asked
    texts = ["Rated 4.6 on the App Store from 900 ratings."]
    assert contrasted_qualifier("What is its rating on Google Play?", texts) == "google play"
    assert contrasted_qualifier("What is its rating on the App Store?", texts) is None


def test_the_other_store_of_the_named_app_is_weak(index: SearchIndex) -> None:
    hits = index.search("What is Pegelstand's rating on Google Play?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_the_store_stated_answers(index: SearchIndex) -> None:
    hits = index.search("What is Pegelstand's rating on the App Store?")
    assert hits and hits[0].chunk.id == "profile#projects/0" and not hits[0].weak
    hits = index.search("How many downloads do the Bimmel Transit apps have on Google Play?")
    assert hits and hits[0].chunk.id == "profile#work/0" and not hits[0].weak
