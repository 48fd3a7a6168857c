"""Two adjacent question words the portfolio only ever writes together ("pied piper") are one name
asked in lower case: each carries half of one idea, so the name does not outweigh the word the
question is about."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token, parse_query


def _chunk(ident: str, text: str, kind: str = "work") -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=ident.title(), text=text)


def _index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("work", "CEO and founder of Pied Piper, a compression start-up in Palo Alto."),
            _chunk("award", "Won TechCrunch Disrupt with the Pied Piper compression demo."),
            _chunk("school", "Studied computer science at Stanford.", "education"),
            _chunk("skills", "Compression algorithms, C++, distributed storage.", "skill"),
            _chunk("talk", "Spoke about middle-out compression at a meetup.", "post"),
            *(
                _chunk(f"note{i}", f"Hobby note {i}: rowing, chess and tram timetables.", "interest")
                for i in range(15)
            ),
        ]
    )


def test_adjacency_is_read_from_the_question() -> None:
    groups = parse_query("how many employees did pied piper have")
    assert [(g.word, g.adjacent) for g in groups] == [
        (normalize_token("employees"), False),
        (normalize_token("pied"), False),
        (normalize_token("piper"), True),
    ]
    assert not any(g.adjacent for g in parse_query("Kafka, Spark"))  # punctuation between: a list


def test_words_always_written_together_are_one_idea() -> None:
    index = _index()
    shares = {
        g.word: g.share for g in index._collocations(parse_query("how many employees did pied piper have"))
    }
    assert shares[normalize_token("pied")] == shares[normalize_token("piper")] == 0.5
    assert shares[normalize_token("employees")] == 1.0


def test_words_written_apart_stay_two_ideas() -> None:
    index = _index()
    groups = index._collocations(parse_query("compression demo"))  # "compression" is in more passages
    assert all(g.share == 1.0 for g in groups)


def test_the_name_alone_no_longer_answers_what_the_portfolio_does_not_say(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = _index()
    with monkeypatch.context() as m:  # read as two ideas, the name outweighs the absent "employees"
        m.setattr(SearchIndex, "_collocations", lambda self, groups: groups)
        assert index.search("how many employees did pied piper have") != []
    assert index.search("how many employees did pied piper have") == []
    assert [h.chunk.id for h in index.search("what is pied piper")][:1] in (["work"], ["award"])
