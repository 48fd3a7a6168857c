"""A figure whose own sentence says who is served answers a count of customers or users of that entry
(search does not mark the entry weak for stating it in other words)."""

from __future__ import annotations

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.figures import states_measure
from heyfolio.search.index import SearchIndex
from heyfolio.search.served import serves


def test_users_said_by_what_they_are_are_a_customer_and_user_count() -> None:
    line = "Tidebook is used by 64 harbour offices."
    assert serves(line, "users") and serves(line, "clients")
    assert states_measure([line], "customer") and states_measure([line], "user")


def test_work_for_organisations_counts_clients_not_users() -> None:
    line = "Drew up evacuation plans for 12 ski resorts."
    assert states_measure([line], "customer")
    assert not states_measure([line], "user")


def test_where_a_thing_is_used_is_no_one_using_it() -> None:
    assert not states_measure(["Used in about 300 published apps."], "customer")


def test_a_clipped_trade_word_is_read_in_full() -> None:
    resume, problems = parse_resume(
        {
            "basics": {"name": "Vera Lindqvist", "label": "Security consultant"},
            "work": [
                {
                    "name": "Harrowgate Security",
                    "position": "Security Consultant",
                    "startDate": "2018-01",
                    "highlights": ["Ran 85 penetration tests of banking apps."],
                }
            ],
            "skills": [{"name": "Cloud", "keywords": ["AWS", "Terraform"]}],
        },
        "clipped.resume.json",
    )
    assert resume is not None, problems
    index = SearchIndex.build(chunk_portfolio(Portfolio(resume=resume)))
    for question in ("how much pentesting has she done?", "any pentests?", "is she a pentester"):
        hits = index.search(question, 3)
        assert hits and "penetration" in hits[0].chunk.text, question
