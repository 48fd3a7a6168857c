"""Session 32: two tools joined by "and" after a field named in a word or two and "with" ("Tracing with
Jaeger and Honeycomb") are two asks; a longer practice lead, a bare pair or plain names stay whole."""

from __future__ import annotations

import pytest

from heyfolio.jobfit.named import name_pair
from heyfolio.jobfit.parse import parse_job


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tracing with Jaeger and Honeycomb", ["Jaeger", "Honeycomb"]),
        ("Packaging with Helm and Kustomize", ["Helm", "Kustomize"]),
        ("Expert Scala with Akka and Kafka", ["Akka", "Kafka"]),
        ("Testing with Jest and Cypress", ["Jest", "Cypress"]),
    ],
)
def test_a_field_led_pair_is_two_asks(line: str, expected: list[str]) -> None:
    assert name_pair(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Native Android experience with Kotlin and Compose",  # a practice done with both
        "Run our batch jobs with Docker and Kubernetes",  # a duty: its practice is asked too
        "Tracing with Jaeger or Honeycomb",  # either one meets it
        "Work with Sales and Marketing",  # names, but no tool among them
        "Certified with HashiCorp Terraform Authoring and Operations Professional",  # one title
        "Elixir and Phoenix",  # a bare pair stays one ask, as older postings' pairs were read
    ],
)
def test_a_practice_alternatives_titles_or_plain_names_stay_whole(line: str) -> None:
    assert name_pair(line) is None


def test_each_tool_of_a_field_led_pair_is_its_own_requirement() -> None:
    reqs = parse_job("Requirements:\n- Tracing with Jaeger and Honeycomb\n- Elixir and Phoenix\n")[1]
    assert [r.text for r in reqs] == ["Jaeger", "Honeycomb", "Elixir and Phoenix"]
