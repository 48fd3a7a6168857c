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
