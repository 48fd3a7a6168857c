"""The greetings, request phrases and thanks around a recruiter's question are taken off before it is
read ("Hi, quick question: ..."), so they neither match passages ("quick" is a word of speed) nor
weigh against every passage; words inside the question, and a message that is only a greeting, stay."""

from __future__ import annotations

import pytest

from heyfolio.search.chatter import without_chatter
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Hello! Quick question: where did Bo study?", "where did Bo study?"),
        ("hey there - how long was he at Umbra? thanks in advance", "how long was he at Umbra?"),
        ("Hi Bo, are you open to contract work?", "are you open to contract work?"),
        ("Sorry, one more: is he remote?", "is he remote?"),
        ("Out of curiosity, does he speak Welsh?", "does he speak Welsh?"),
        ("Could you tell me what he builds? Cheers!", "what he builds?"),
        ("I'd like to know about his testing habits", "his testing habits"),
        ("Do you know if he ran on-call?", "if he ran on-call?"),
        ("which databases? thank you so much", "which databases?"),
    ],
)
def test_chatter_is_taken_off(message: str, question: str) -> None:
    assert without_chatter(message) == question


@pytest.mark.parametrize(
    "message",
    [
        "Hi!",
        "Thanks!",
        "Hi, quick question",  # nothing but conversation: the chat answers it as such
        "His first job?",  # a word starting like a greeting
        "Highest degree?",
        "Right to work in the UK?",
        "Okta experience?",
        "Questions about his education?",
        "Also-ran projects?",
        "Quickest win?",
        "How would he react to a quick question?",
        "Is his work appreciated?",
    ],
)
def test_questions_are_left_alone(message: str) -> None:
    assert without_chatter(message) == message


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Bo Lind — Engineer", "Bo is a backend engineer in Malmö."),
        chunk("edu", "education", "MSc at Lund University", "Education: Master of Science in Physics, 2010."),
        chunk(
            "perf", "work", "Engineer at Umbra", "Made the checkout page twice as fast; latency fell by 40%."
        ),
        chunk("faq", "faq", "Availability", "Bo can start in March."),
    ]


def test_search_reads_the_question_inside_the_chatter() -> None:
    index = SearchIndex.build(_chunks())
    plain = index.search("Where did Bo study?")
    wrapped = index.search("Hi, quick question: where did Bo study? Thanks!")
    assert plain and plain[0].chunk.id == "edu"
    assert [h.chunk.id for h in wrapped] == [h.chunk.id for h in plain]
    assert index.respell("Hey, quick q: wher did Bo study?") == "where did Bo study?"
