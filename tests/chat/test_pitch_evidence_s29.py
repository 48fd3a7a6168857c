"""The pitch's "on what you asked" lines are evidence (made-up passages): an FAQ answer that opens by
answering its own question ("Yes, a few a year, mostly on storage") or an FAQ's question line is no evidence
out of its question, and neither is an entry's field line ("Topics: ..."); the role she wants is (it answers
"would she fit to lead ...")."""

from __future__ import annotations

from heyfolio.chat.evidence import topic_evidence
from heyfolio.search.chunks import Chunk


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(ident, f"portfolio://{ident}", kind, title, text)


CHUNKS = [
    _chunk(
        "faq#speaking",
        "faq",
        "Does Rhea give talks?",
        "Q: Does Rhea give talks?\nA: Yes, a few a year, mostly on storage durability and platform teams.",
    ),
    _chunk(
        "faq#role_types",
        "faq",
        "What kind of role is Rhea looking for?",
        "Q: What kind of role is Rhea looking for?\nA: A technical lead of a storage or platform team.",
    ),
    _chunk(
        "projects/tallow",
        "project",
        "tallow",
        "Project: tallow — A log store.\nTopics: storage, platform teams",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Staff Engineer at Quay (2021-03 – present)",
        "Staff Engineer at Quay\n- Led the storage platform team of six through a move to durable replicated logs.",
    ),
]


def test_faq_answers_and_field_lines_are_not_the_pitch_evidence() -> None:
    found = topic_evidence("why would Rhea be good to lead our storage platform team?", CHUNKS, lambda t: 1.0)
    assert found and found[0].chunk.id == "profile#work/0"
    assert all(e.chunk.id != "faq#speaking" for e in found)
    assert all(not e.sentence.startswith(("storage, platform", "Topics")) for e in found)
