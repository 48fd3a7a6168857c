"""A brand written before a generic technology name ("Tailwind CSS") is one product: an owner who writes
only the generic part (CSS) does not show it (session 21, round 2)."""

from __future__ import annotations

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.brands import brand_before
from tests.jobfit.conftest import owner


def status(name: str, ask: str) -> str:
    portfolio, chunks = owner(name)
    report = assess_job(f"Frontend Engineer — Quayside Books\n\nYou have:\n- {ask}\n", portfolio, chunks)
    return str(report["requirements"][0]["status"])


def test_a_capitalised_word_before_a_generic_name_inside_a_sentence_is_a_brand() -> None:
    assert brand_before("Experience with Tailwind CSS", "Tailwind", ("CSS",)) == "Tailwind CSS"
    assert brand_before("You know your way around Chakra UI", "Chakra", ("UI",)) == "Chakra UI"
    # a line's first word, a title-case line, a lower-case adjective, a product name: no brand
    assert brand_before("Modern CSS", "Modern", ("CSS",)) is None
    assert brand_before("Strong Modern CSS Skills", "Modern", ("CSS",)) is None
    assert brand_before("Experience with modern CSS", "modern", ("CSS",)) is None
    assert brand_before("Experience running Apache Kafka", "Apache", ("Kafka",)) is None


def test_a_brand_product_never_named_is_missing_though_its_generic_part_is_shown() -> None:
    assert status("frontend-owner", "Experience with Tailwind CSS") == "missing"
    assert status("frontend-owner", "Strong modern CSS skills") == "matched"
    # a vendor before a product the owner runs is still that product
    assert status("data-owner", "Experience running Apache Kafka") == "matched"
