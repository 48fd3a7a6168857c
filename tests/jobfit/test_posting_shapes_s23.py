"""Session 23 (job-ad shapes): a semicolon closes a clause of its own whatever case follows it, so "credible
in Go, Kotlin and Scala; hands-on Python for our tooling is a plus" is each name, then the wish, and the list
before the semicolon is read as any list closing a sentence. Examples are made up."""

from __future__ import annotations

from heyfolio.jobfit.parse import parse_job


def _texts(posting: str) -> list[str]:
    return [r.text for r in parse_job(posting)[1]]


def test_a_lower_case_clause_after_a_semicolon_is_its_own_ask() -> None:
    texts = _texts(
        "Platform Engineer\n\n"
        "Technically you should be credible in Go, Kotlin and Scala; hands-on Python for our tooling is a plus.\n"
    )
    assert {"Go", "Kotlin", "Scala"} <= set(texts)
    assert any(t.startswith("hands-on Python for our tooling") for t in texts)
    assert not any(t.endswith(";") for t in texts)
    assert not any("credible" in t for t in texts)  # how well it is asked, not a thing asked


def test_a_lead_saying_only_how_well_asks_nothing_of_its_own() -> None:
    assert _texts("Platform Engineer\n\nYou are well versed in Terraform, Ansible and Packer.\n") == [
        "Terraform",
        "Ansible",
        "Packer",
    ]


def test_a_semicolon_before_a_capital_still_splits_and_a_plain_sentence_stays_whole() -> None:
    texts = _texts(
        "Platform Engineer\n\nYou know Terraform well; Pulumi is a plus.\nYou have run Kafka clusters in production.\n"
    )
    assert "You know Terraform well" in texts
    assert any(t.startswith("Pulumi is a plus") for t in texts)
    assert any(t.startswith("You have run Kafka clusters in production") for t in texts)
