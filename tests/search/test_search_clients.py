"""A superlative over a consultant's clients ("longest client engagement", "first client") is answered
among the client work, not by the umbrella of the owner's own practice nor by a job for no client."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.clients import asks_clients, client_entries
from heyfolio.search.index import SearchIndex


def _work(i: int, title: str, text: str) -> Chunk:
    ident = f"profile#work/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=title, text=text)


_CHUNKS = [
    Chunk(
        id="profile#basics",
        uri="portfolio://profile#basics",
        kind="basics",
        title="Marta Quillon — Data Consultant",
        text="Independent data consultant in Lyon.",
    ),
    _work(0, "Principal Consultant at Quillon Data (2016-01 – present)", "My own practice: all client work."),
    _work(1, "Contract Data Engineer at Vigneron Labs (2023-05 – present)", "Retainer, two days a week."),
    _work(2, "Data Science Consultant at Rhône Wind (2019-02 – 2019-11)", "Turbine anomaly detection."),
    _work(3, "Lecturer (part-time) at Lyon Institute (2015-09 – present)", "Teaches statistics."),
    _work(4, "Contract Python Developer at Pastel Shop (2017-03 – 2018-02)", "Checkout APIs."),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def test_client_work_leaves_out_the_owners_practice_and_other_jobs() -> None:
    assert client_entries(_CHUNKS, frozenset({"marta", "quillon"})) == [2, 3, 5]
    assert asks_clients("Which client has she worked with the longest?")
    assert not asks_clients("Which job did she hold the longest?")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Which client has she worked with the longest?", "profile#work/1"),
        ("Who was her first client?", "profile#work/4"),
        ("What's her shortest engagement?", "profile#work/2"),
        ("Which job did she hold the longest?", "profile#work/3"),  # not about clients: every job counts
    ],
)
def test_superlatives_over_clients(index: SearchIndex, question: str, first: str) -> None:
    assert index.search(question)[0].chunk.id == first
