"""A pitch leads with the summary and proof: a topic sentence that proves nothing brings its passage's proof."""

from __future__ import annotations

from heyfolio.chat.evidence import topic_evidence
from heyfolio.chat.offline import _intent
from heyfolio.search.chunks import Chunk


def _chunk(text: str, ident: str = "profile#work/0") -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title="Engineer at Pay", text=text)


def test_a_topic_sentence_without_proof_is_followed_by_its_passages_proof_on_the_topic() -> None:
    job = _chunk(
        "Work experience: Engineer at Pay (2023 – present)\n"
        "I am the engineer for the data platform of the bank.\n"
        "- Built the ledger pipeline that carries 22,000 payment events per second.\n"
        "- Cut the office plant budget by 30%."
    )
    [found] = topic_evidence("why hire her for a payments data platform team?", [job], lambda _: 1.0)
    assert "data platform" in found.sentence and "22,000 payment events" in found.sentence
    assert "plant" not in found.sentence  # a proof of something else is not brought


def test_a_topic_sentence_with_proof_stands_alone() -> None:
    job = _chunk("Cut the data platform's spend by 38%.\n- Carries 22,000 payment events per second.")
    [found] = topic_evidence("why hire her for a data platform team?", [job], lambda _: 1.0)
    assert found.sentence == "Cut the data platform's spend by 38%."


def test_why_would_she_be_a_good_lead_is_a_pitch() -> None:
    assert _intent("Why would she be a good mobile lead for an app that works offline?") == "pitch"
    assert _intent("Why would she leave her job?") is None
