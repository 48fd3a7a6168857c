"""What a contractor charges ("day rate", "hourly rate") and a salary's "package" are pay; a package
alone is software, so a portfolio's npm package does not answer a pay question, and a contract entry
that states no rate does not either."""

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
        1, "Library Author at Ostrow (2020-01 – 2022-12)", "Published the ostrow-ui npm package, rated 4.8."
    ),
]


def test_rates_and_packages_of_pay_read_as_salary() -> None:
    for question in ("What is her day rate?", "hourly rate?", "What compensation package does he expect?"):
        assert parse_query(question)[0].word == normalize_token("salary")
    assert all(g.word != normalize_token("salary") for g in parse_query("Has she published an npm package?"))


def test_a_rate_no_passage_states_is_not_answered() -> None:
    index = SearchIndex.build(_CHUNKS)
    for question in ("What is her day rate?", "Hourly rate?", "salary package?"):
        assert not [h for h in index.search(question) if not h.weak]
