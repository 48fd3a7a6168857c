"""More framed prose asks split into one requirement per thing (phrasings not taken from any set)."""

from __future__ import annotations

from heyfolio.jobfit.clauses import asks_in


def test_a_list_of_clauses_with_one_short_clause_is_split() -> None:
    assert asks_in(
        "They need solid experience with Go and gRPC, strong Postgres, and Kubernetes in production."
    ) == [
        "solid experience with Go and gRPC",
        "strong Postgres",
        "Kubernetes in production",
    ]


def test_a_list_of_names_is_not_split_into_clauses() -> None:
    sentence = "They need React, Vue, and Go."
    assert asks_in(sentence) == [sentence]


def test_someone_with_two_phrases_joined_by_and_is_two_asks() -> None:
    assert asks_in(
        "We're looking for someone with experience running on-call for payments and ownership of a hiring plan."
    ) == ["experience running on-call for payments", "ownership of a hiring plan"]
    # two names joined are one ask
    one = "We're looking for someone with Kafka and Flink."
    assert len(asks_in(one)) == 1


def test_the_ask_after_its_reason_is_read_without_the_reason() -> None:
    out = asks_in(
        "The platform spans three clouds, so they need hands-on Terraform, deep experience with AWS, "
        "and cost reviews with finance."
    )
    assert out == ["hands-on Terraform", "deep experience with AWS", "cost reviews with finance"]
