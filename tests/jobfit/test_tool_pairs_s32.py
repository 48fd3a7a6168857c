"""Session 32: two tools joined by "and" are two asks when nothing but how well (or a field in a word or two
before "with") comes before them; a longer practice lead still reads them together."""

from __future__ import annotations

import pytest

from heyfolio.jobfit.named import name_pair
from heyfolio.jobfit.parse import parse_job


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Elixir and Phoenix", ["Elixir", "Phoenix"]),
        ("Excellent Scala and SQL", ["Scala", "SQL"]),
        ("Expert-level Vue and TypeScript", ["Vue", "TypeScript"]),
        ("Solid Ruby and Sidekiq skills", ["Ruby", "Sidekiq"]),
        ("Tracing with Jaeger and Honeycomb", ["Jaeger", "Honeycomb"]),
        ("Packaging with Helm and Kustomize", ["Helm", "Kustomize"]),
    ],
)
def test_a_bare_or_field_led_pair_is_two_asks(line: str, expected: list[str]) -> None:
    assert name_pair(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Native Android experience with Kotlin and Compose",  # a practice done with both
        "Fluent Danish and Swedish",  # spoken languages, read elsewhere
        "Scala or Kotlin",  # either one meets it
        "Run our batch jobs with Docker and Kubernetes",  # a duty: its practice is asked too
        "Sales and Marketing",  # names, but no tool among them
    ],
)
def test_a_practice_alternatives_or_plain_names_stay_whole(line: str) -> None:
    assert name_pair(line) is None


def test_each_tool_of_a_pair_line_is_its_own_requirement() -> None:
    reqs = parse_job("Requirements:\n- Tracing with Jaeger and Honeycomb\n- Elixir and Phoenix\n")[1]
    assert [r.text for r in reqs] == ["Jaeger", "Honeycomb", "Elixir", "Phoenix"]
