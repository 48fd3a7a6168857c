"""A label then names ("Streaming experience: Kafka, Flink") asks for each name on its own (session 20)."""

from __future__ import annotations

from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.named import labelled_names, name_pair
from tests.jobfit.conftest import owner


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_a_field_of_technical_work_then_names_lists_each_name() -> None:
    assert labelled_names("Event streaming: Pulsar, Kinesis") == ["Pulsar", "Kinesis"]
    assert labelled_names("Container orchestration experience: Nomad, Kubernetes") == ["Nomad", "Kubernetes"]
    assert labelled_names("Regulatory standards: HIPAA, ISO 13485, SOC 2") == ["HIPAA", "ISO 13485", "SOC 2"]
    assert labelled_names("Programming languages: Elixir, Haskell") == ["Elixir", "Haskell"]


def test_experience_asked_of_the_names_lists_each_name() -> None:
    assert labelled_names("Payments knowledge: PSD2, EMV") == ["PSD2", "EMV"]


def test_a_label_naming_tools_needs_no_known_tool_among_them() -> None:
    assert labelled_names("Build tooling: Bazel, Buck2") == ["Bazel", "Buck2"]


def test_alternatives_a_bare_field_and_phrases_stay_whole() -> None:
    assert labelled_names("Cloud experience: AWS or GCP") is None  # either meets it
    assert labelled_names("Marine biology: Python, R") is None  # a field the names only serve
    assert labelled_names("Security: you will own threat models") is None
    assert labelled_names("Mobile security: Keychain, certificate pinning") is None  # practices, not names


def test_two_names_after_a_bare_lead_are_two_asks() -> None:
    assert name_pair("Working knowledge of GDPR, PSD2") == ["GDPR", "PSD2"]
    assert name_pair("Experience with Redis, Memcached") == ["Redis", "Memcached"]
    assert name_pair("Experience of running Redis and Memcached") is None  # a practice of both
    assert name_pair("Knowledge of Redis or Memcached") is None


def test_each_listed_name_is_assessed_on_its_own() -> None:
    portfolio, chunks = owner("data-owner")
    report = assess_job(
        "Senior Data Engineer\n\nRequirements\n- Orchestration experience: Airflow, Prefect\n",
        portfolio,
        chunks,
    )
    assert [(r["requirement"], r["status"]) for r in report["requirements"]] == [
        ("Airflow", "matched"),
        ("Prefect", "missing"),
    ]
