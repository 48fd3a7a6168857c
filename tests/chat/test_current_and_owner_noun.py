"""Three readings of a recruiter's question (the owner is made up for these tests):
"how many years at her current employer?" is the ongoing main job, however search ranked an older
one; "how long at Acme, and since when a manager?" is the whole stay (each role's dates answer the
second part); "this kid" is the owner, not a topic about children."""

from __future__ import annotations

from heyfolio.chat.employer_tenure import current_employer, employer_tenure
from heyfolio.chat.offline import compose
from heyfolio.chat.owner_noun import owner_nouns_as_pronoun
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Tove Lindqvist", label="Backend engineer", summary="Backend engineer in Umeå."),
    work=(
        Work(
            name="Fjord Freight",
            position="Engineering Manager",
            start_date=_date("2022-04"),
            highlights=("Grew the group from 5 to 11 engineers.",),
        ),
        Work(
            name="Fjord Freight",
            position="Senior Backend Engineer",
            start_date=_date("2019-07"),
            end_date=_date("2022-03"),
            highlights=("Rewrote the quote engine in Go.",),
        ),
        Work(
            name="Umeå Polytechnic",
            position="Lecturer (part-time)",
            start_date=_date("2023-09"),
            highlights=("Teaches a backend course one evening a week.",),
        ),
        Work(
            name="Kollo Parking",
            position="Backend Developer",
            start_date=_date("2016-04"),
            end_date=_date("2019-06"),
            summary="My previous employer before Fjord Freight.",
            highlights=("Built the payment service.",),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)


def test_current_employer_is_the_ongoing_main_job_not_a_side_role() -> None:
    found = current_employer(CHUNKS, "how many years has she been at her current employer?")
    assert found is not None and "Engineering Manager at Fjord Freight" in found.title
    assert current_employer(CHUNKS, "how many years was she at Kollo?") is None


def test_the_current_employer_span_leads_the_reply() -> None:
    answer = compose("how many years has she been at her current employer?", PORTFOLIO, INDEX)
    assert "Fjord Freight" in answer.text.split("\n")[0]
    assert "Kollo" not in answer.text.split("\n")[0]


def test_a_role_named_in_a_second_part_keeps_the_whole_stay() -> None:
    first = next(c for c in CHUNKS if c.title.startswith("Engineering Manager at Fjord"))
    both = employer_tenure(
        first, CHUNKS, "how long has she been at Fjord Freight, and since when has she been a manager?"
    )
    assert (
        both is not None and "2019-07 – present" in both and "Engineering Manager (2022-04 – present)" in both
    )
    # the role asked where the span is asked: its own span answers
    assert employer_tenure(first, CHUNKS, "how long has she been a manager at Fjord Freight?") is None


def test_this_kid_is_the_owner() -> None:
    assert (
        owner_nouns_as_pronoun("how much experience does this kid have?")
        == "how much experience does they have?"
    )
    assert (
        owner_nouns_as_pronoun("is the kid's best project open source?")
        == "is their best project open source?"
    )
    assert owner_nouns_as_pronoun("how many kids come to her club?") == "how many kids come to her club?"
    answer = compose("what did the kid rewrite in Go?", PORTFOLIO, INDEX)
    assert answer.answered and answer.cited and "quote engine" in answer.text


CONSULTANT = Resume(
    basics=Basics(name="Rut Falk", label="Consultant", summary="Independent data consultant."),
    work=(
        Work(
            name="Havsbris Genomics",
            position="Pipeline Consultant",
            start_date=_date("2025-01"),
            end_date=_date("2025-06"),
            highlights=("Ported a workflow to Nextflow.",),
        ),
        Work(
            name="Åkerfält Agrotech",
            position="Contract Data Engineer",
            start_date=_date("2024-03"),
            highlights=("Rebuilt sensor ingestion.",),
        ),
    ),
)


def test_now_asks_the_ongoing_job_before_the_latest_start() -> None:
    portfolio = Portfolio(resume=CONSULTANT)
    answer = compose("who's she working for rn?", portfolio, SearchIndex.build(chunk_portfolio(portfolio)))
    lines = answer.text.split("\n")
    assert "does now" in lines[0] and "Åkerfält" in lines[1]
    latest = compose("what's her most recent job?", portfolio, SearchIndex.build(chunk_portfolio(portfolio)))
    assert "Havsbris" in latest.text.split("\n")[1]
