"""Session 19: two names after a lead that asks nothing else are two asks, each held or not."""

from __future__ import annotations

import pytest

from heyfolio.jobfit.named import name_pair
from heyfolio.jobfit.parse import parse_job


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Production experience with RabbitMQ and Pulsar", ["RabbitMQ", "Pulsar"]),
        ("Hands-on experience with Ansible and Pulumi", ["Ansible", "Pulumi"]),
        ("Experience with Scala or Kotlin", None),  # either one meets it
        ("Native Android experience with Kotlin and Compose", None),  # the practice reads them together
    ],
)
def test_two_names_after_a_generic_lead(line: str, expected: list[str] | None) -> None:
    assert name_pair(line) == expected


def test_each_name_is_its_own_requirement() -> None:
    reqs = parse_job("Requirements:\n- Production experience with RabbitMQ and Pulsar\n")[1]
    assert [r.text for r in reqs] == ["RabbitMQ", "Pulsar"]
