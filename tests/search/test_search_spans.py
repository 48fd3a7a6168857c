"""A long passage is also read by the span (line, sentence) that names a question's one topic."""

from __future__ import annotations

import pytest

from heyfolio.search import index as index_module
from heyfolio.search.artifact import index_from_state, index_state
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex, _best_spans

_FILLER = (
    "Wrote the quarterly planning notes and ran the weekly review with product and design.",
    "Reworked the onboarding guide so new hires could ship on their first day.",
    "Moved the billing reports to a nightly job and cut manual steps for finance.",
    "Ran the hiring loop for backend roles and rewrote the interview rubric.",
    "Kept the on-call rotation healthy and wrote runbooks for the noisy alerts.",
    "Owned the public status page and the incident communication templates.",
    "Built the invoice export used by accountants at every customer site.",
    "Chaired the architecture guild and reviewed designs across three teams.",
    "Cleaned up the logging pipeline so dashboards loaded in seconds.",
    "Shipped the search page redesign with the web team.",
)


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def _portfolio() -> list[Chunk]:
    """A long job entry whose one highlight names Zephyrmesh (and another names Quillstack), short
    passages mentioning Zephyrmesh once among other words, and short unrelated passages."""
    highlights = [*_FILLER[:5], "Migrated the fleet to Zephyrmesh clusters.", *_FILLER[5:]]
    highlights.insert(2, "Wrote the Quillstack adapters.")
    long_entry = _chunk(
        "profile#work/0",
        "work",
        "Staff Engineer at Harbourline",
        "Work experience: Staff Engineer at Harbourline\nHighlights:\n"
        + "\n".join(f"- {h}" for h in highlights),
    )
    short = [
        _chunk(
            f"posts/notes-{i}",
            "post",
            f"Notes {i}",
            f"Reading notes on team habits, meetings, retrospectives and Zephyrmesh number {i}, nothing more.",
        )
        for i in range(4)
    ]
    short.append(
        _chunk(
            "posts/both",
            "post",
            "Pairing notes",
            "Notes on Zephyrmesh and Quillstack pairing sessions at work.",
        )
    )
    other = [_chunk(f"faq#topic{i}", "faq", f"Topic {i}", text) for i, text in enumerate(_FILLER)]
    return [long_entry, *short, *other]


def _rank(index: SearchIndex, question: str, ident: str) -> int:
    ids = [h.chunk.id for h in index.search(question, 20, weak=True)]
    return ids.index(ident) if ident in ids else len(ids)


def test_a_long_entry_naming_the_topic_in_one_highlight_is_not_diluted() -> None:
    index = SearchIndex.build(_portfolio())
    assert _rank(index, "zephyrmesh?", "profile#work/0") == 0


def test_without_span_reading_the_long_entry_ranks_below_every_passing_mention(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(index_module, "_SPAN_LONG", 1e9)
    index = SearchIndex.build(_portfolio())
    assert _rank(index, "zephyrmesh?", "profile#work/0") >= 5


def test_two_topics_in_different_spans_do_not_add_up_as_if_they_were_together() -> None:
    index = SearchIndex.build(_portfolio())
    ids = [h.chunk.id for h in index.search("zephyrmesh and quillstack", 5, weak=True)]
    assert ids[0] == "posts/both"


def test_span_reading_survives_the_published_artifact() -> None:
    built = SearchIndex.build(_portfolio())
    state, vectors = index_state(built)
    loaded = index_from_state(state, embedder=None, vectors=vectors)
    question = "zephyrmesh?"
    assert [h.chunk.id for h in loaded.search(question, 5)] == [h.chunk.id for h in built.search(question, 5)]


def test_best_spans_pick_the_densest_line_or_sentence() -> None:
    text = "Intro line about many things and the platform.\nShort platform line. Another sentence here."
    spans = _best_spans(text, 100)
    assert spans["platform"] == (1, 3)  # "Short platform line."
    assert _best_spans("One line only", 3) == {}
