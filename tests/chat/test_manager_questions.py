"""An engineering manager's questions offline: promotions from the résumé's entries, attrition asked
as retention, the largest saving written with a currency code, where plus "would he move?"."""

from __future__ import annotations

from heyfolio.chat.career_moves import internal_moves, moves_reply
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, Location, PartialDate, Portfolio, Resume, ResumeProject, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import expand, normalize_token


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Jonas Keller",
        label="Engineering Manager",
        summary=(
            "Engineering manager in Munich who moved to backend engineering in 2016. "
            "German citizen; happy with hybrid work in the Munich area, not looking to relocate."
        ),
        location=Location(city="Munich", region="Bavaria", country_code="DE"),
    ),
    work=(
        Work(
            name="Freightco GmbH",
            position="Engineering Manager",
            description="Freight marketplace, about 380 employees, headquartered in Hamburg",
            start_date=_date("2022-04"),
            summary="Manage two teams, 13 engineers in total.",
            highlights=(
                "Brought quarterly regretted attrition in my teams to zero for 2024 and 2025.",
                "Hired 8 people and ran more than 120 interviews.",
            ),
        ),
        Work(
            name="Freightco GmbH",
            position="Senior Backend Engineer",
            start_date=_date("2019-07"),
            end_date=_date("2022-03"),
            summary="Senior engineer in the pricing team.",
        ),
        Work(
            name="Parkco",
            description="Start-up for parking payments, about 60 employees",
            position="Backend Developer",
            start_date=_date("2016-04"),
            end_date=_date("2019-06"),
            summary="Built the payment services in Go.",
        ),
    ),
    projects=(
        ResumeProject(
            name="Database cost programme",
            description="Right-sizing of PostgreSQL clusters.",
            highlights=("Reduced the database bill by EUR 210,000 a year (-34%).",),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_two_entries_at_one_employer_with_different_positions_are_a_move_in_date_order() -> None:
    [move] = internal_moves(RESUME)
    assert move.employer == "Freightco GmbH"
    assert move.entries == (1, 0)  # the earlier role first
    assert move.positions[0].startswith("Senior Backend Engineer (2019-07")
    assert move.positions[1] == "Engineering Manager (2022-04 – present)"


def test_one_entry_whose_position_lists_its_steps_is_a_move() -> None:
    resume = Resume(
        work=(Work(name="Trail Labs", position="Mobile Developer, then Senior Mobile Developer"),)
    )
    [move] = internal_moves(resume)
    assert move.positions == ("Mobile Developer", "Senior Mobile Developer")


def test_the_same_position_twice_or_different_employers_are_no_move() -> None:
    resume = Resume(
        work=(
            Work(name="A", position="Engineer", start_date=_date("2020-01")),
            Work(name="A", position="Engineer", start_date=_date("2018-01"), end_date=_date("2019-12")),
            Work(name="B", position="Lead", start_date=_date("2015-01"), end_date=_date("2017-12")),
        )
    )
    assert internal_moves(resume) == []


def test_promoted_from_within_is_answered_by_the_earlier_role_at_the_same_employer() -> None:
    answer = ask("Was he promoted into management from within the company, or hired in from outside?")
    assert answer.answered and answer.cited
    assert "Senior Backend Engineer (2019-07 – 2022-03), then Engineering Manager" in answer.text


def test_the_people_the_owner_promoted_are_not_his_own_moves() -> None:
    assert moves_reply("Has he promoted anyone on his team?", RESUME, INDEX.get, "Jonas") is None
    assert moves_reply("What does he do at Freightco?", RESUME, INDEX.get, "Jonas") is None


def test_retention_and_quitting_are_answered_by_the_attrition_stated() -> None:
    retention = normalize_token("retention")
    assert dict(expand(retention)).get(normalize_token("attrition")) == 1.0
    answer = ask("What does his retention look like?")
    assert answer.answered and "regretted attrition" in answer.text


def test_intellectual_property_is_read_as_a_patent() -> None:
    from heyfolio.search.text import analyze

    assert "patent" in analyze("any intellectual property?")


def test_the_largest_saving_ranks_an_amount_written_with_its_currency_code_first() -> None:
    answer = ask("What's the largest cost reduction he has been responsible for?")
    assert answer.answered and "EUR 210,000" in answer.text


def test_where_and_would_he_move_adds_the_summary_sentence_on_relocating() -> None:
    answer = ask("Where is Jonas based, and would he move to Berlin for the right role?")
    assert "Munich" in answer.text and "not looking to relocate" in answer.text
    plain = ask("Where does he live?")
    assert "not looking to relocate" not in plain.text


def test_the_employers_line_answers_where_its_head_office_is() -> None:
    answer = ask("In which city is the head office of the company he works for now?")
    assert answer.answered and "headquartered in Hamburg" in answer.text


def test_comparing_employers_by_size_shows_each_employers_stated_size() -> None:
    answer = ask("How does the size of the parking start-up he worked at compare with his current employer?")
    assert "about 60 employees" in answer.text and "about 380 employees" in answer.text


def test_the_size_of_a_team_is_not_asked_of_the_employer() -> None:
    from heyfolio.chat.offline import _COMPANY_FACT_Q

    assert _COMPANY_FACT_Q.search("How big was the parking start-up?")
    assert _COMPANY_FACT_Q.search("Where is the HQ?")
    assert not _COMPANY_FACT_Q.search("How big is his team?")
    assert not _COMPANY_FACT_Q.search("Where is he based?")
