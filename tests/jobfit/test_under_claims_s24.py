"""Session 24: met asks in free-text postings read as partial or missing."""

from __future__ import annotations

from heyfolio.jobfit import assess_job
from tests.jobfit.conftest import owner


def status(owner_name: str, line: str) -> str:
    portfolio, chunks = owner(owner_name)
    report = assess_job(f"Engineer\n\nRequirements\n- {line}\n", portfolio, chunks)
    (item,) = report["requirements"]
    return str(item["status"])


def test_a_bracketed_tool_of_the_kind_asked_shows_the_kind() -> None:
    # Core Data is local persistence: the kind is shown, whichever other examples the owner lacks
    assert status("mobile-owner", "Local persistence (Core Data, Realm, SQLite)") == "matched"
    # tools the owner uses that are no mesh still pad a kind never named
    assert status("platform-owner", "Service mesh experience (Istio, Kubernetes, Helm)") == "missing"
    assert status("frontend-owner", "Local persistence (Core Data, Realm, SQLite)") == "missing"


def test_a_generic_word_after_the_head_goes_with_its_examples() -> None:
    from heyfolio.jobfit.terms import units

    read = [u.alternatives for u in units("JVM languages (Java or Kotlin)", frozenset())]
    assert read == [(("JVM",), ("Java",), ("Kotlin",))]  # JVM asked once, with its examples
    assert status("graduate-owner", "JVM languages (Java or Kotlin) with Spring Boot") == "matched"
    assert status("embedded-owner", "Scripting languages (Python, Bash)") == "matched"
    assert status("graduate-owner", "JVM languages (Scala, Clojure)") == "missing"


def test_programming_or_scripting_in_a_language_shown() -> None:
    assert status("embedded-owner", "Scripting in Python") == "matched"
    assert status("embedded-owner", "Programming in Python") == "matched"
    assert status("embedded-owner", "Scripting in Perl") == "missing"
    assert status("embedded-owner", "Kernel programming in C") == "partial"  # the kernel is still asked


def test_the_ads_judgement_of_a_thing_is_wording() -> None:
    assert status("consultant-owner", "Tuned slow PostgreSQL queries with the right indexes") == "matched"


def test_who_uses_the_work_is_shown_where_it_is_asked() -> None:
    line = "Built and maintained a component library used across several teams"
    assert status("frontend-owner", line) == "matched"  # "used by five product teams"
    assert status("graduate-owner", line) != "matched"


def test_a_choice_met_by_the_kind_of_the_tool_shown() -> None:
    assert (
        status("security-owner", "Writing detection or scanning rules (Semgrep, CodeQL, Nuclei)") == "matched"
    )
    assert (
        status("research-owner", "Writing detection or scanning rules (Semgrep, CodeQL, Nuclei)") == "missing"
    )


def test_verbs_of_wording() -> None:
    assert status("embedded-owner", "Experience preparing for regulatory audits (MDR, FDA)") == "matched"
    assert status("manager-owner", "You have kept on-call load sustainable with weekly 1:1s") != "missing"


def test_a_kit_word_or_a_kind_word_before_the_noun_names_the_kind() -> None:
    # "toolkits" says only which part of the kind is meant; Kaldi is shown
    assert status("research-owner", "ASR toolkits (Kaldi, ESPnet, NeMo)") == "matched"
    # Loki is log aggregation: its kind's word is the first of the head
    assert status("platform-owner", "Log aggregation (Loki, ELK, Splunk)") == "matched"
    # a kind word too broad to tie a tool to the kind asked keeps the padding reading
    assert status("data-owner", "Data lakehouse (Spark, Airflow, dbt)") == "missing"


def test_hiring_loops_are_interviews() -> None:
    assert status("manager-owner", "Running hiring loops and interviewing") == "matched"
    assert status("embedded-owner", "Running hiring loops and interviewing") != "matched"


def test_a_family_of_sciences_named_by_its_members() -> None:
    assert status("consultant-owner", "A doctorate in a physical science") == "matched"  # physics
    assert status("consultant-owner", "MSc in natural sciences") == "matched"
    assert status("consultant-owner", "PhD in the life sciences") == "partial"
    assert status("research-owner", "A doctorate in a physical science") == "partial"  # computer science


def test_a_way_of_using_a_technology_is_no_product() -> None:
    assert status("example-owner", "Async Rust (Tokio)") == "matched"
    assert status("embedded-owner", "Async Rust (Tokio)") == "missing"  # no Tokio, no async work


def test_safe_to_retry_is_idempotent() -> None:
    assert status("example-owner", "Has made payment or order APIs safe to retry") == "matched"


def test_compliance_and_conformance_with_a_standard() -> None:
    assert status("frontend-owner", "Drive WCAG 2.1 AA compliance across our products") == "matched"
    assert status("frontend-owner", "SOC 2 compliance") == "missing"


def test_a_style_before_an_app_architecture() -> None:
    assert status("mobile-owner", "Offline-first app architecture") == "matched"


def test_across_teams_is_work_over_several_teams() -> None:
    assert (
        status("manager-owner", "Run on-call and incident processes across teams") == "matched"
    )  # both teams
    assert status("graduate-owner", "Run on-call and incident processes across teams") == "partial"
    # the product teams others' work reaches are no teams the owner worked across
    assert status("manager-owner", "Drive adoption of Kubernetes across product teams") == "partial"


def test_embedding_a_tool_in_a_pipeline_is_wording() -> None:
    assert status("security-owner", "Embed SAST and DAST into CI/CD") == "matched"
    assert status("embedded-owner", "Embedded Linux") == "matched"
    assert status("research-owner", "Embedded systems") == "missing"


def test_a_duty_opening_with_its_gerund_is_no_company_blurb() -> None:
    from heyfolio.jobfit.parse import read_job

    text = (
        "DevOps Engineer\n\nKey responsibilities:\nMaintaining Linux servers.\n"
        "Migrating workloads from VMs to containers.\nFerrylink moves 8 million passengers a year.\n"
    )
    _, reqs = read_job(text)
    assert [r.text for r in reqs] == [
        "Maintaining Linux servers.",
        "Migrating workloads from VMs to containers.",
    ]
