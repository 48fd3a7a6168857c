"""A question naming the owner is embedded as one saying "they" (search.owner_name): the name
tells no passage from another."""

from __future__ import annotations

import pytest

from heyfolio.search.owner_name import without_owner
from heyfolio.search.text import analyze, fold, normalize_token

_OWNER = frozenset(analyze("Saoirse Lindqvist"))


def _term(word: str) -> str:
    return normalize_token(fold(word.casefold()))


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("does saoirse know terraform?", "does they know terraform?"),
        ("What's Saoirse Lindqvist's strongest skill?", "What's their strongest skill?"),
        ("Has Lindqvist ever led a team?", "Has they ever led a team?"),
    ],
)
def test_the_owners_name_reads_as_a_pronoun(asked: str, meant: str) -> None:
    assert without_owner(asked, _OWNER, _term) == meant


@pytest.mark.parametrize(
    "asked", ["who is Saoirse?", "does she know terraform?", "who is Saoirse Lindqvist?"]
)
def test_questions_about_the_owner_as_such_or_without_the_name_stay(asked: str) -> None:
    assert without_owner(asked, _OWNER, _term) == asked


def test_no_owner_no_change() -> None:
    assert without_owner("does saoirse know go?", frozenset(), _term) == "does saoirse know go?"
