"""Session 19: a word of strength ("Strong Go") against a skill the owner rates a beginner's level."""

from __future__ import annotations

import pytest

from heyfolio.jobfit.strength import stated_below_strength, strength_scope
from tests.jobfit.conftest import assessed
from tests.jobfit.ghent_owner import OWNER, TODAY


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Strong Python skills", "matched"),  # Intermediate, and used at work: a working strength
        ("Solid Rust", "partial"),  # Beginner
        ("Deep knowledge of Rust", "partial"),
        ("Strong Go skills", "matched"),  # Advanced
        ("Strong Docker skills", "matched"),  # no level stated: nothing said against it
        ("Strong Go; some exposure to Rust", "matched"),  # the strength is asked of Go only
        ("Python scripting", "matched"),  # no strength asked
    ],
)
def test_strength_asked_against_the_level_the_owner_states(line: str, expected: str) -> None:
    assert _status(line) == expected


def test_strength_scope_ends_at_its_clause() -> None:
    assert strength_scope("Strong Python; familiarity with Polars") == "Strong Python"
    assert strength_scope("Deep knowledge of Go and some exposure to Rust") == "Deep knowledge of Go"
    assert strength_scope("Python and SQL") == ""


def test_a_low_rating_counts_only_when_nothing_rates_the_thing_higher() -> None:
    go = [frozenset({"go"})]
    assert stated_below_strength([go], [(frozenset({"go", "bash"}), 1, 7)]) == 7
    assert stated_below_strength([go], [(frozenset({"go"}), 2, 7)]) is None
    assert stated_below_strength([go], [(frozenset({"go"}), 1, 7), (frozenset({"go"}), None, 9)]) is None
    assert stated_below_strength([go], [(frozenset({"rust"}), 1, 3)]) is None
