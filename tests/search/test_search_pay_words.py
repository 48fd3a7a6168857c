"""What a contractor charges ("hourly rate", "rate card") is pay: a contract entry that states no rate
does not answer it, though it mentions hours."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token, parse_query


def _work(i: int, title: str, text: str) -> Chunk:
    ident = f"profile#work/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=title, text=text)


_CHUNKS = [
    _work(
        0, "Contract Backend Engineer at Pellow (2023-02 – 2024-01)", "Four days a week; a 12-hour batch cut."
    ),
    _work(
        1,
        "Library Author at Ostrow (2020-01 – 2022-12)",
        "Published the ostrow-ui component library, rated 4.8.",
    ),
]


def test_a_contractors_rate_reads_as_salary() -> None:
    for question in ("What is her hourly rate?", "hourly rate?", "Can you share a rate card?"):
        assert normalize_token("salary") in [g.word for g in parse_query(question)], question


def test_a_rate_no_passage_states_is_not_answered() -> None:
    index = SearchIndex.build(_CHUNKS)
    for question in ("What is her hourly rate?", "Hourly rate?"):
        assert not [h for h in index.search(question) if not h.weak]
