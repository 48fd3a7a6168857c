"""Session 19: a well-known product asked with the owner's own tools in brackets is not shown by them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.jobfit.conftest import assessed
from tests.jobfit.ghent_owner import OWNER, TODAY


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Snowflake (SQL, Go, Python)", "missing"),  # a product never named, padded with her tools
        ("Elixir (Go, PostgreSQL, RabbitMQ)", "missing"),
        ("Message brokers (RabbitMQ, Kafka)", "matched"),  # a kind with an instance she shows
        ("Go (gRPC, PostgreSQL)", "matched"),  # the product itself shown
    ],
)
def test_a_product_is_not_shown_by_the_tools_in_its_brackets(line: str, expected: str) -> None:
    assert _status(line) == expected


def test_a_platform_is_shown_by_its_parts_in_brackets() -> None:
    doc = {
        "basics": {"name": "Tarmo Näide", "summary": "Operations engineer."},
        "work": [
            {
                "name": "Serverihall",
                "position": "Operations Engineer",
                "startDate": "2019-05",
                "highlights": ["Patched and upgraded 200 Ubuntu servers every month with Ansible"],
            }
        ],
    }
    # Ubuntu is a Linux: a platform's part shown is the platform used, unlike a language's neighbours
    assert assessed(doc, "Linux (Debian, Ubuntu)", today=TODAY)["status"] == "matched"


# A made-up owner: a platform engineer who runs Kubernetes with Helm and Terraform, never a service mesh.
PLATFORM: dict[str, Any] = {
    "basics": {"name": "Oskar Exempel", "summary": "Platform engineer."},
    "work": [
        {
            "name": "Molnverket AB",
            "position": "Platform Engineer",
            "startDate": "2020-03",
            "highlights": [
                "Ran 30 Kubernetes clusters, deployed with Helm charts and Terraform",
                "Built the Prometheus and Grafana observability stack for 200 services",
                "Hardened the iOS app with certificate pinning and Keychain storage",
            ],
        }
    ],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Service mesh experience (Linkerd, Kubernetes, Helm)", "missing"),  # no mesh, padded with his tools
        ("Data lakehouse (Terraform, Kubernetes, Prometheus)", "missing"),
        ("Observability stack (Prometheus, Grafana)", "matched"),  # the kind named by its instances
        ("Mobile security for payments (Keychain, certificate pinning)", "partial"),  # plain words: its parts
        ("Container orchestration (Kubernetes or Nomad)", "matched"),  # alternatives offered
    ],
)
def test_a_kind_never_named_is_not_shown_by_the_tools_in_its_brackets(line: str, expected: str) -> None:
    assert assessed(PLATFORM, line, today=TODAY)["status"] == expected
