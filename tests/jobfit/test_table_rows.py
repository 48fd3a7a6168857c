"""Markdown table rows checked as strictly as the bullets they stand for (own postings over the sample
owners): a level column asks its level to be shown, beside a years column too; a level in plain words
("Deep", "Hands-on") is still a level."""

from __future__ import annotations

from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.rows import from_table, level_cell, level_to_show, one_name
from tests.jobfit.conftest import owner


def statuses(name: str, job: str) -> dict[str, str]:
    portfolio, chunks = owner(name)
    return {r["requirement"]: r["status"] for r in assess_job(job, portfolio, chunks)["requirements"]}


def test_a_plain_word_level_cell_reads_as_a_rung() -> None:
    assert level_cell("Deep") == "Advanced"
    assert level_cell("very good knowledge") == "Advanced"
    assert level_cell("Hands-on") == "Intermediate"
    assert level_cell("Familiar") == "Beginner"
    assert level_cell("Deep knowledge of Go internals") is None  # says more than a level


def test_table_rows_are_marked_and_keep_their_level_beside_years() -> None:
    job = "Lead Firmware Engineer\n\n| Technology | Proficiency | Years |\n|---|---|---|\n| Rust | Expert | 3+ |\n"
    (req,) = parse_job(job)[1]
    assert from_table(req) and req.text == "Rust: 3+ years" and level_to_show(req) == "Expert"
    (bullet,) = parse_job("Lead Firmware Engineer\n\nRequirements:\n- Expert Rust\n")[1]
    assert not from_table(bullet) and level_to_show(bullet) is None


def test_a_level_column_beside_years_is_checked() -> None:
    # Rust is listed at Intermediate: six years of it are not expert Rust
    job = "Lead Firmware Engineer\n\n| Technology | Proficiency | Years |\n|---|---|---|\n| Rust | Expert | 3+ |\n"
    assert statuses("embedded-owner", job) == {"Rust: 3+ years": "partial"}


def test_an_expert_row_needs_the_level_shown_not_only_the_skill() -> None:
    # Docker is taught and used, but no listed skill states a level for it; PagerDuty sits under an Expert skill
    job = """Senior SRE — Kelpie Logistics (Porto, hybrid)

| Skill | Level |
|---|---|
| Docker | Expert |
| PagerDuty | Expert |
| Ansible | Advanced |
| Python | Working knowledge |
"""
    assert statuses("platform-owner", job) == {
        "Docker": "partial",
        "PagerDuty": "matched",
        "Ansible": "matched",
        "Python": "matched",
    }


def test_a_plain_word_level_is_checked_and_a_modest_one_leaves_the_ask_as_written() -> None:
    job = """Platform Engineer

| Technology | Proficiency |
|---|---|
| Go | Deep |
| Terraform | Deep knowledge |
| Kafka | Hands-on |
| Prometheus or a similar monitoring system | Hands-on |
"""
    assert statuses("platform-owner", job) == {
        "Go": "partial",  # listed at Intermediate
        "Terraform": "matched",  # under Infrastructure as Code, Advanced
        "Kafka": "missing",
        "Prometheus or a similar monitoring system": "matched",
    }


def test_a_row_naming_several_things_at_a_level_is_read_as_an_ask() -> None:
    # one skill name is checked as a listed skill; examples in brackets or a choice are read as a bullet's
    job = """Senior Platform Engineer

| Skill | Level |
|---|---|
| Cloud (AWS or GCP) | Advanced |
| CI/CD (GitHub Actions, GitLab CI) | Advanced |
| Scripting (Bash, Python) | Advanced |
"""
    assert statuses("platform-owner", job) == {
        "Cloud (AWS or GCP)": "matched",  # AWS, listed at Advanced
        "CI/CD (GitHub Actions, GitLab CI)": "matched",
        "Scripting (Bash, Python)": "partial",  # both listed under Programming, Intermediate
    }
    assert one_name("Incident management") and not one_name("Terraform, Pulumi")
