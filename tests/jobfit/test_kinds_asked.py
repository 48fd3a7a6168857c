"""A kind of technology asked by its kind (session 16): "a JVM language", "message queues", "an ORM" are
shown by a member the content names; examples given by the ad stay the ad's."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.kinds import spell_kinds
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a Kotlin backend developer in Tampere.
OWNER: dict[str, Any] = {
    "basics": {"name": "Aino Esimerkki", "summary": "Backend developer."},
    "work": [
        {
            "name": "Näsi Parcel",
            "position": "Backend Developer",
            "startDate": "2021-01",
            "highlights": [
                "Built the tracking service in Kotlin with Hibernate on PostgreSQL",
                "Publish tracking events to RabbitMQ and cache parcel states in Memcached",
            ],
        }
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_spell_kinds() -> None:
    assert "Kotlin" in spell_kinds("Experience with a JVM language")
    assert spell_kinds("Experience with ORMs").split(",")[0].strip().endswith("ORM")
    assert spell_kinds("message queues (Kafka)") == "message queues (Kafka)"  # the ad's own examples


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Experience with a JVM language", "matched"),
        ("Experience with message queues", "matched"),
        ("Experience with an ORM", "matched"),
        ("Experience with in-memory data stores", "matched"),
        ("Experience with a search engine", "missing"),  # no member named
        ("Experience with Java", "missing"),  # a member asked by name is not shown by its kind-mate
    ],
)
def test_kind_asked(line: str, want: str) -> None:
    assert _status(line) == want
