"""A question of two hops ("... and where is that client based?") shows the entry the first passage names."""

from __future__ import annotations

from heyfolio.chat.followed_entries import asks_onward, followed_entries
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, ResumeProject, Volunteer, Work
from heyfolio.search.chunks import chunk_portfolio


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Pia Falk", label="Data engineer", summary="Data engineer in Turku."),
    work=(
        Work(
            name="Saaristo Shipping",
            position="Contract Data Engineer",
            location="Turku, Finland",
            start_date=_date("2022-01-01"),
            end_date=_date("2023-06-30"),
            summary="Built the port-call data pipeline.",
        ),
        Work(
            name="Kuusi Analytics",
            position="Data Engineer",
            location="Helsinki, Finland",
            start_date=_date("2018-01-01"),
            end_date=_date("2021-12-31"),
            summary="Dashboards for retailers in Turku.",
        ),
    ),
    volunteer=(Volunteer(organization="PyData Turku", position="Organiser", summary="Monthly meetup."),),
    projects=(
        ResumeProject(
            name="berthlog",
            description="Open-source tool for port-call events; grew out of the Saaristo Shipping contract.",
        ),
    ),
)
CHUNKS = chunk_portfolio(Portfolio(resume=RESUME))


def _chunk(ident: str):  # type: ignore[no-untyped-def]
    return next(c for c in CHUNKS if c.id == ident)


def test_a_question_referring_back_to_an_organisation_is_read_as_asking_onward() -> None:
    assert asks_onward("which contract did berthlog come from, and where is that client based?")
    assert asks_onward("what tool did she open-source and what was her title there?")
    assert not asks_onward("where is she based?")


def test_the_entry_the_first_passage_names_is_followed_when_asked_onward() -> None:
    project = next(c for c in CHUNKS if c.kind in ("project", "resume_project"))
    found = followed_entries(
        "which contract did berthlog come from, and where is that client based?", [project], CHUNKS
    )
    assert [c.id for c in found] == ["profile#work/0"]
    # asked without referring back, the project answers alone
    assert followed_entries("what is berthlog?", [project], CHUNKS) == []


def test_a_place_word_in_the_passage_does_not_name_an_organisation() -> None:
    # "Turku" is in the job's text and in "PyData Turku": a city, not the meetup
    job = _chunk("profile#work/1")
    assert followed_entries("what did she build there?", [job], CHUNKS) == []
