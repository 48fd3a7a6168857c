"""A question of two parts keeps each part's best passage in the results: the passages sharing most
words with the whole question may all answer one part ("what awards has she won?") and push the one
passage answering the other ("where did she do her PhD?") out. A part pointing back ("what did he
build there?") is read with the part it points to; a part answered does not make an unanswered
question answered."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder, available


def _chunk(ident: str, kind: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=ident, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    if not available():
        pytest.skip("the dense stage's model package is not installed (make install)")
    awards = ["Best Paper", "Best Demo", "Teaching", "Open Source", "Community", "Alumni"]
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Lea Brandt is a speech researcher in Leipzig."),
            _chunk(
                "profile#education/0",
                "education",
                "Education: PhD in Computer Science at Universität Auenwald (2014 – 2019).",
            ),
            _chunk(
                "profile#work/0", "work", "Work experience: PhD researcher on accented speech at Klanglabor."
            ),
            _chunk("profile#references/0", "reference", "Reference from her PhD advisor: careful and kind."),
            *(
                _chunk(f"profile#awards/{i}", "award", f"Award: {name} award, won for her speech work.")
                for i, name in enumerate(awards)
            ),
        ],
        MiniLMEmbedder(runtime="numpy"),
    )


def test_each_part_keeps_its_best_passage(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("What awards has she won, and where did she do her PhD?", 5)]
    assert "profile#education/0" in ids
    assert sum(i.startswith("profile#awards/") for i in ids) >= 3


def test_a_part_crowded_out_takes_the_last_place(index: SearchIndex) -> None:
    # the results of the whole question answering one part only (the awards): the other part's best
    # passage takes the last place, the order above it stays
    awards = index.search("What awards has she won?", 5)
    assert all(h.chunk.id.startswith("profile#awards/") for h in awards)
    both = index._each_part("What awards has she won, and where did she do her PhD?", awards, 5)
    assert [h.chunk.id for h in both[:4]] == [h.chunk.id for h in awards[:4]]
    assert both[4].chunk.id == "profile#education/0"
    # a part whose passage the results show already is left as it is
    assert index._each_part("What awards has she won, and where did she do her PhD?", both, 5) == both


def test_a_simple_question_is_left_alone(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("What awards has she won?", 5)]
    assert all(i.startswith("profile#awards/") for i in ids)


def test_a_part_answered_does_not_answer_the_question(index: SearchIndex) -> None:
    hits = index.search("Does she know COBOL, and where did she do her PhD?", 5, weak=True)
    if hits and hits[0].weak:
        assert all(h.weak for h in hits)
