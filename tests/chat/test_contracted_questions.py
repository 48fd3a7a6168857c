"""A question word's contracted "is" ("where's", "wheres") reads as written out for the intents."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import _intent, _written_out


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("where's he based right now", "where is he based right now"),
        ("Wheres she living these days?", "Where is she living these days?"),
        ("Where’s Ines based?", "Where is Ines based?"),
        ("what's her story", "what is her story"),
        ("how's his German", "how is his German"),
    ],
)
def test_a_contracted_is_is_written_out(said: str, written: str) -> None:
    assert _written_out(said) == written


def test_words_that_only_end_in_s_are_kept() -> None:
    assert _written_out("whose projects use Rust?") == "whose projects use Rust?"
    assert _written_out("what projects has she shipped?") == "what projects has she shipped?"


@pytest.mark.parametrize(
    "question", ["where's he based right now", "wheres she living these days", "Where’s Ines located?"]
)
def test_a_contracted_where_question_asks_where_the_owner_is(question: str) -> None:
    assert _intent(question, ["Ines"]) == "where"
