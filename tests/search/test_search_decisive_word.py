"""The decisive word of a question (``_Scored.decisive``): a word one or two passages use, markedly
rarer than the question's other words, keeps its passage among the answers however many passages
repeat the common words."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import heyfolio.search.index as index_module
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token


def _chunk(ident: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="faq", title=title, text=text)


class FlatEmbedder:
    """Every passage equally similar to every question: the dense stage decides nothing."""

    dense_floor = 0.3
    strong_floor = 0.55

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [[1.0, 0.0] if "?" in t else [0.4, 0.9165] for t in texts]


_QUESTION = "Would she work for an advertising company?"


def _index(*extra: Chunk) -> SearchIndex:
    chunks = [
        _chunk(f"a-note{i}", f"Note {i}", f"Rowing, tram timetables and e-ink panel number {i}.")
        for i in range(20)
    ]
    chunks += [
        _chunk(
            f"work{i}",
            f"Work question {i}",
            f"She would work for a company like this; work at a company {i}.",
        )
        for i in range(6)
    ]
    chunks.append(
        _chunk(
            "x-industries",
            "Industries",
            "Happy in most sectors: logistics, energy, maritime, public transport, research tooling and "
            "developer tools. Not advertising, and nothing that tracks people across the web.",
        )
    )
    return SearchIndex.build([*chunks, *extra], FlatEmbedder())


def test_the_rare_word_keeps_its_passage_among_the_answers() -> None:
    index = _index()
    scored = index._lexical(_QUESTION)
    assert scored.decisive == normalize_token("advertising")
    assert "x-industries" in [h.chunk.id for h in index.search(_QUESTION)]


def test_without_it_the_common_words_push_the_passage_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "_DECISIVE_MAX_DF", 0)
    hits = _index().search(_QUESTION)
    assert len(hits) == 5 and "x-industries" not in [h.chunk.id for h in hits]


def test_no_decisive_word_among_equally_rare_words_or_a_single_word() -> None:
    index = _index(_chunk("y-budget", "Advertising budget", "Ran the advertising budget for a meetup."))
    assert index._lexical("advertising").decisive is None  # one word: it is the question anyway
    assert index._lexical("work company").decisive is None  # common words decide nothing
    assert index._lexical("advertising budget meetup").decisive is None  # as rare as each other


def test_a_cue_pointing_at_kinds_of_passage_is_never_decisive() -> None:
    # "experience" only points at kinds of passage (work, skills, certificates): not a word asked about
    cert = Chunk(
        id="z-cert", uri="portfolio://z-cert", kind="certificate", title="Cert", text="Certified in tracing."
    )
    scored = _index(cert)._lexical("work experience?")
    assert scored.decisive is None


def test_a_rare_word_of_phrasing_is_not_decisive() -> None:
    # "grappled" is as rare as "advertising", but says how the question is asked, not what about
    index = _index(_chunk("z-grapple", "Notes", "Grappled with the office plants."))
    assert index._lexical("Has she grappled with work at a company?").decisive is None
    assert index._lexical("Has she worked for an advertising company?").decisive == normalize_token(
        "advertising"
    )
