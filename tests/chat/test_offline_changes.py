"""An improvement asked about is answered by the sentence stating a change of an amount."""

from __future__ import annotations

from heyfolio.chat.offline import _scored_sentences

SENTENCES = [
    "Built a latency dashboard used by 12 teams.",
    "Moved the pipeline to Redpanda, taking latency from 2.4 s to 180 ms.",
    "Raised completed bookings by 23% with a new flow.",
]


def test_a_stated_change_answers_an_improvement_whatever_its_verb() -> None:
    best = _scored_sentences(SENTENCES, "latency improvements she's delivered?")
    assert best[0][1] == 1  # from 2.4 s to 180 ms, not the dashboard that only names latency
    bookings = _scored_sentences(SENTENCES, "did she increase bookings?")
    assert bookings[0][1] == 2
