"""Asks whose support is absent, written against the sample owners (phrasings not taken from any set):
managing a counted group against teams only led, a product's name against what is merely related to it,
and work asked to be done with a tool the content never names."""

from __future__ import annotations

import pytest

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.assess import _instrument_not_shown, _manages_people, _product_name
from heyfolio.jobfit.terms import Unit
from tests.jobfit.conftest import owner


def _status(who: str, line: str) -> str:
    portfolio, chunks = owner(who)
    report = assess_job(f"Requirements:\n- {line}", portfolio, chunks)
    return str(report["requirements"][0]["status"])


def _skill_status(who: str, name: str, keywords: list[str]) -> str:
    portfolio, chunks = owner(who)
    report = assess_job(
        {"title": "Engineer", "skills": [{"name": name, "keywords": keywords}]}, portfolio, chunks
    )
    return str(report["requirements"][0]["status"])


@pytest.mark.parametrize(
    "line",
    [
        "manage three teams of about 12 engineers",
        "You will manage a team of 6 backend developers",
        "Line-manage a group of 5 engineers and run their appraisals",
    ],
)
def test_managing_a_counted_group_is_missing_where_teams_were_only_led(line: str) -> None:
    # the example owner leads teams (nine at most, directly) and manages no one
    assert _status("example-owner", line) == "missing"


def test_managing_a_counted_group_stays_open_to_a_people_manager() -> None:
    # the data owner line-managed seven engineers: a larger group asked is less than asked, not nothing
    assert _status("data-owner", "You will manage a team of 12 data engineers") != "missing"


def test_the_ask_to_manage_people_is_read_from_its_verb() -> None:
    assert _manages_people("manage two squads of 9 engineers")
    assert _manages_people("Managing a team of 8 developers")
    assert not _manages_people("Lead a team of 8 engineers")
    assert not _manages_people("Manage our Kafka clusters across 3 regions")


def test_a_product_never_named_is_missing_beside_a_related_one() -> None:
    # the sample résumé names JavaScript, never Node.js (which the vocabulary relates to it)
    assert _skill_status("sample-resume", "Node.js", ["Koa", "Fastify"]) == "missing"
    assert _skill_status("sample-resume", "Node.js", []) == "missing"


def test_a_product_name_is_told_from_a_field() -> None:
    assert _product_name("Node.js")
    assert _product_name("PyTorch")
    assert _product_name("Vue")  # a known member of a kind of tool
    assert not _product_name("Deep learning")
    assert not _product_name("Databases")


def test_work_asked_with_a_tool_never_named_is_missing() -> None:
    # Python and data work are shown; Dask never is
    assert _status("example-owner", "Scale Python data pipelines with Dask") == "missing"


def test_the_tool_asked_is_read_after_the_work_not_after_an_ad_word() -> None:
    tool = Unit((("Dask",),), True)
    other = Unit((("Python",),), True)
    res = [(0.0, [], "Dask"), (1.0, [1], "Python")]
    assert _instrument_not_shown("Scale Python pipelines with Dask", [tool, other], res) == "Dask"
    assert _instrument_not_shown("Python and experience with Dask", [tool, other], res) is None
    shown = [(1.0, [1], "Dask"), (1.0, [1], "Python")]
    assert _instrument_not_shown("Scale Python pipelines with Dask", [tool, other], shown) is None
