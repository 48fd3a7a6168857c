"""Session 22: met asks read as partial: a vendor before a technology in a years ask, a move to where the
owner already lives, and a role's own figure (or some time in it) after the line's years."""

from __future__ import annotations

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.either import bracket_as_alternative
from heyfolio.jobfit.issuers import credential_after_issuer
from heyfolio.jobfit.named import labelled_names
from heyfolio.jobfit.rungs import without_plus
from heyfolio.jobfit.vendors import without_vendor
from heyfolio.search.text import analyze
from tests.jobfit.conftest import owner


def status(owner_name: str, line: str) -> str:
    portfolio, chunks = owner(owner_name)
    report = assess_job(f"Engineer\n\nRequirements\n- {line}\n", portfolio, chunks)
    (item,) = report["requirements"]
    return str(item["status"])


def test_a_vendor_before_a_known_technology_is_dropped() -> None:
    assert without_vendor(("Apache", "Kafka")) == ("Kafka",)
    assert without_vendor(("Microsoft", "Azure")) == ("Azure",)
    assert without_vendor(("Google", "BigQuery")) == ("BigQuery",)
    assert without_vendor(("Google", "Cloud")) is None  # "Cloud" is no product of its own
    assert without_vendor(("Amazon", "Web", "Services")) is None
    assert without_vendor(("Kafka",)) is None
    assert without_vendor(("Confluent", "Kafka")) is None  # not a vendor this reads


def test_years_of_a_technology_written_with_its_foundation() -> None:
    assert status("data-owner", "5 years of hands-on Apache Kafka") == "matched"
    assert status("data-owner", "3+ years working with Apache Spark") == "matched"
    assert status("data-owner", "2+ years of Apache Flink") == "missing"  # never named at all


def test_a_move_to_where_the_owner_lives_is_no_move() -> None:
    assert status("manager-owner", "Living in Munich or open to relocating there") == "matched"
    assert status("manager-owner", "Ready to relocate to Munich") == "matched"
    assert status("example-owner", "Open to relocating to Rotterdam") == "matched"
    assert status("manager-owner", "Ready to relocate to Stuttgart") == "missing"  # he is not moving
    assert status("data-owner", "Living in Wrocław or open to relocating there") == "missing"


def test_a_role_figure_without_its_years_word() -> None:
    assert status("manager-owner", "12+ years in engineering, 4+ as a manager") == "matched"
    assert status("manager-owner", "12+ years in engineering, 7+ as a manager") == "partial"
    assert status("data-owner", "9+ years in data, 2+ as an engineering manager") == "matched"


def test_some_time_in_a_role_after_the_career_figure() -> None:
    assert status("manager-owner", "10+ years in tech, including a stint as a people manager") == "matched"
    assert status("data-owner", "Ten years of experience, with some time as a people manager") == "matched"
    assert status("data-owner", "15+ years of experience, including time as a people manager") == "partial"


def test_building_from_scratch_is_wording() -> None:
    assert status("consultant-owner", "Write services from scratch in Python") == "matched"
    assert status("consultant-owner", "Build data pipelines from scratch") == "matched"
    assert status("consultant-owner", "Build Flutter apps from scratch") == "missing"


def test_over_the_air_updates_by_their_initials() -> None:
    assert status("embedded-owner", "Experience shipping FOTA to a fleet of devices") == "matched"
    assert status("embedded-owner", "OTA firmware updates") == "matched"
    assert status("manager-owner", "OTA firmware updates") == "missing"


def test_a_short_form_in_brackets_beside_an_or_is_one_more_alternative() -> None:
    assert (
        bracket_as_alternative("Certified Scrum Master (CSM) or PSM I")
        == "Certified Scrum Master or CSM or PSM I"
    )
    assert bracket_as_alternative("PMP (Project Management Professional) or PSM") == (
        "PMP or Project Management Professional or PSM"
    )
    assert bracket_as_alternative("Go or Kotlin (Ktor)") == "Go or Kotlin (Ktor)"  # a qualifier, not a name
    assert (
        bracket_as_alternative("Cloud security (AWS, GCP) or DevSecOps")
        == "Cloud security (AWS, GCP) or DevSecOps"
    )
    assert bracket_as_alternative("Certified Scrum Master (CSM)") == "Certified Scrum Master (CSM)"
    # a kin of the credential after the "or" is no other name of it
    assert (
        bracket_as_alternative("Certified Scrum Master (CSM) or similar")
        == "Certified Scrum Master (CSM) or similar"
    )
    assert bracket_as_alternative("AWS or Azure (AZ)") == "AWS or Azure (AZ)"  # not the initials of the name


def test_either_credential_held_meets_the_ask() -> None:
    assert status("manager-owner", "Certified Scrum Master (CSM) or PSM I") == "matched"
    assert status("security-owner", "GIAC Web Application Penetration Tester (GWAPT) or OSWE") == "matched"
    assert status("manager-owner", "GIAC Web Application Penetration Tester (GWAPT) or CISM") == "missing"
    assert status("manager-owner", "Certified Scrum Master (CSM) or a similar certificate") != "matched"


def test_a_rung_with_a_plus_is_that_rung_or_above() -> None:
    assert without_plus("Staff+ engineers") == "Staff engineers"
    assert without_plus("Senior+ level") == "Senior level"
    assert without_plus("C++ and Notepad++") == "C++ and Notepad++"
    assert status("data-owner", "Staff+ data engineer") == "matched"
    assert status("graduate-owner", "Staff+ backend engineer") != "matched"


def test_a_credential_after_the_words_of_its_issuer() -> None:
    lines = [
        (3, "Certificate: Offensive Security Certified Professional (OSCP) issued by Offensive Security")
    ]
    assert credential_after_issuer(("OffSec", "OSCP"), lines) == [3]
    assert credential_after_issuer(("Linux", "Foundation", "OSCP"), lines) == [3]
    assert credential_after_issuer(("GIAC", "GPEN"), lines) == []
    assert credential_after_issuer(("OSCP",), lines) == []  # no issuer before it: read as ever
    assert credential_after_issuer(("web", "OSCP"), lines) == []  # a plain word is no issuer


def test_a_held_credential_named_with_another_spelling_of_its_issuer() -> None:
    assert status("data-owner", "The Linux Foundation CKA") == "matched"
    assert status("frontend-owner", "IAAP CPACC credential") == "matched"
    assert status("frontend-owner", "IAAP CPWA") == "missing"


def test_a_secure_development_lifecycle_by_its_initials() -> None:
    assert status("security-owner", "Own security across the SDLC") == "matched"
    assert status("graduate-owner", "Secure SDLC ownership") == "missing"


def test_a_lead_wanting_a_person_lists_each_name() -> None:
    assert labelled_names("Looking for an engineer with: Go, Kafka and Redis") == [
        "Go",
        "Kafka",
        "Redis",
    ]
    assert labelled_names("Seeking someone who knows: Swift, SwiftUI, Combine") == [
        "Swift",
        "SwiftUI",
        "Combine",
    ]
    assert labelled_names("Looking for: Kotlin or Java") is None  # either meets it
    assert labelled_names("Mobile development: Swift, Kotlin") is None  # a field the names serve


def test_each_name_after_a_wanting_lead_is_held_or_not() -> None:
    portfolio, chunks = owner("mobile-owner")
    job = "iOS Engineer\n\nWe need someone with: Swift, Combine, Flutter.\n"
    report = assess_job(job, portfolio, chunks)
    assert [(r["requirement"], r["status"]) for r in report["requirements"]] == [
        ("Swift", "matched"),
        ("Combine", "matched"),
        ("Flutter", "missing"),
    ]


def test_names_asked_in_their_common_short_spellings() -> None:
    assert status("platform-owner", "Hands-on K8s administration") == "matched"
    assert status("frontend-owner", "Solid ReactJS") == "matched"
    assert status("frontend-owner", "Strong ES6+ fundamentals") == "matched"
    assert status("research-owner", "Production ASR systems") == "matched"
    assert status("data-owner", "Running workloads on GKE") == "matched"
    assert status("platform-owner", "OTel and Prometheus") == "matched"
    assert status("consultant-owner", "K8s in production") == "missing"
    assert status("manager-owner", "ASR model training") == "missing"


def test_an_alias_ending_in_s_is_not_an_acronym_plural() -> None:
    assert analyze("K8s") == analyze("Kubernetes")
    assert analyze("SDKs") == analyze("SDK")


def test_bringing_a_thing_in_asks_the_thing() -> None:
    assert status("embedded-owner", "Has brought Rust into production firmware") == "matched"


def test_a_city_asked_without_its_accents() -> None:
    assert status("data-owner", "Must be based in Krakow") == "matched"
    assert status("research-owner", "Living in Montreal or nearby") == "matched"
    assert status("data-owner", "Must be based in Gdansk") != "matched"


def test_students_the_owner_guided_are_no_degree_asked() -> None:
    assert status("research-owner", "Has co-supervised master's students") == "matched"
    assert status("research-owner", "A master's degree in linguistics") != "matched"
