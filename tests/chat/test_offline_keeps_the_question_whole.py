"""The offline answerer reads a question as the visitor joined it: "her PhD or her time at <employer>"
names the employer as the second thing compared, not as the school of the PhD (it was refused "the
portfolio doesn't mention <employer>"); "notice period + would she relocate?" asks two screening
facts, and each gets its answer; "how many pages a month before her clean-up vs after?" is answered
by the sentence saying "from 52 to 9" (it was refused "doesn't give that number"); "when did she
become a pentester?" by the first job so titled. The owners are made up for the test."""

from __future__ import annotations

from heyfolio.chat.counting import changed_counts, read_count
from heyfolio.chat.occupation_span import occupation_reply
from heyfolio.chat.offline import compose
from heyfolio.chat.support import unsupported
from heyfolio.content.model import Basics, Education, Location, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.clauses import question_clauses
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None)


PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Talvi Oranen",
            label="Applied Scientist",
            summary=(
                "Applied scientist in Tartu who models river levels. Happy with hybrid work in Tartu, not "
                "looking to relocate. Notice period: two months."
            ),
            location=Location(city="Tartu", country_code="EE"),
        ),
        work=(
            Work(
                name="Veekaar Analytics",
                position="Applied Scientist",
                start_date=_date("2021-03"),
                end_date=_date("2024-05"),
                summary="Built flood forecasts for river authorities.",
                highlights=("Cut the forecast error on spring floods from 21% to 9%.",),
            ),
        ),
        education=(
            Education(
                institution="University of Emajõe",
                area="Hydrology",
                study_type="PhD",
                start_date=_date("2016-09"),
                end_date=_date("2021-02"),
            ),
        ),
    )
)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_a_job_compared_with_a_degree_is_not_read_as_its_school() -> None:
    owner = ["Talvi", "Oranen"]
    for question in (
        "Which took longer, her PhD or her time at Veekaar?",
        "Was her PhD longer than her job at Veekaar?",
        "Did she do a PhD and then work at Veekaar?",
    ):
        assert unsupported(question, INDEX.chunks, owner) == [], question
    answer = compose(
        "Which took longer, her PhD or her time at Veekaar?", PORTFOLIO, INDEX, first_offline_answer=False
    )
    assert "doesn't mention Veekaar" not in answer.text
    # and the two are weighed by their dates: the degree's years beside the job's
    assert answer.answered and answer.cited
    assert "PhD in Hydrology at University of Emajõe: 4 years and 6 months" in answer.text
    assert "Applied Scientist at Veekaar Analytics: 3 years and 3 months" in answer.text
    assert "the longer was PhD" in answer.text
    # a school the degree is said to be from is still a school no education entry names
    assert unsupported("Did she get her degree at Veekaar?", INDEX.chunks, owner) == ["Veekaar"]
    assert unsupported("Did she do her PhD at Tallinn University?", INDEX.chunks, owner)


def test_a_plus_sign_or_and_would_she_joins_two_questions() -> None:
    assert question_clauses("notice period + would she relocate to Riga?") == [
        "notice period",
        "would she relocate to Riga",
    ]
    assert question_clauses("notice period and would she relocate to Riga?") == [
        "notice period",
        "would she relocate to Riga",
    ]
    assert question_clauses("Has she used C++?") == []  # a plus sign inside a name joins nothing
    answer = compose(
        "Notice period + would she relocate to Riga?", PORTFOLIO, INDEX, first_offline_answer=False
    )
    assert answer.answered and answer.cited
    assert "not looking to relocate" in answer.text and "two months" in answer.text


PAGED = Portfolio(
    resume=Resume(
        basics=Basics(name="Ruut Kallas", label="Site Reliability Engineer", summary="SRE in Tartu."),
        work=(
            Work(
                name="Soojus Energy",
                position="Site Reliability Engineer",
                start_date=_date("2022-01"),
                summary="Platform team of five.",
                highlights=(
                    "Reduced pages to the on-call rotation from 52 to 9 per month by deleting noisy alerts.",
                    "Runs the quarterly game day.",
                ),
            ),
            Work(
                name="Kivi Security",
                position="Penetration Tester",
                start_date=_date("2016-04"),
                end_date=_date("2019-08"),
                summary="Web and API penetration tests for banks.",
            ),
            Work(
                name="Self-employed",
                position="Freelance Penetration Tester",
                start_date=_date("2019-09"),
                end_date=_date("2021-12"),
                summary="Contract penetration tests for e-health clients.",
            ),
        ),
    )
)
PAGED_INDEX = SearchIndex.build(chunk_portfolio(PAGED))


def test_a_count_before_and_after_is_the_change_said_from_one_figure_to_another() -> None:
    jobs = [c for c in PAGED_INDEX.chunks if c.kind == "work"]
    asked = "How many on-call pages a month were there before her alert cleanup vs after?"
    count = read_count(asked, ["Ruut", "Kallas"])
    assert count is not None
    found = changed_counts(asked, count, jobs)
    assert found and "from 52 to 9" in found[0].sentence
    # not asked before and after: no change is read; nor a change of another thing
    assert not changed_counts("How many on-call pages a month were there?", count, jobs)
    other = "How many incidents a month were there before vs after her cleanup?"
    incidents = read_count(other, ["Ruut", "Kallas"])
    assert incidents is not None and not changed_counts(other, incidents, jobs)
    answer = compose(asked, PAGED, PAGED_INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited and "from 52 to 9" in answer.text


def test_when_someone_became_an_occupation_is_its_first_jobs_start() -> None:
    said = occupation_reply("When did she become a pentester?", PAGED.resume, PAGED_INDEX.get, "Ruut")
    assert said and "April 2016" in " ".join(s.text for s in said)
    answer = compose("When did she become a pentester?", PAGED, PAGED_INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited and "April 2016" in answer.text
    # an occupation no title names is not answered so
    assert not occupation_reply("When did she become a manager?", PAGED.resume, PAGED_INDEX.get, "Ruut")


def test_a_time_zone_said_by_its_name_answers_what_time_zone() -> None:
    zoned = Portfolio(
        resume=Resume(
            basics=Basics(
                name="Maëlle Giroux",
                label="Mobile Engineer",
                summary=(
                    "Mobile engineer from Sherbrooke. Work preferences: fully remote within North American "
                    "Eastern time; not open to relocation."
                ),
                location=Location(city="Sherbrooke", region="Québec", country_code="CA"),
            ),
        )
    )
    index = SearchIndex.build(chunk_portfolio(zoned))
    answer = compose("What time zone is she in?", zoned, index, first_offline_answer=False)
    assert answer.answered and answer.cited
    assert "Sherbrooke" in answer.text and "North American Eastern time" in answer.text


ARRANGED = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Sanna Ilves",
            label="Site Reliability Engineer",
            summary="SRE in Pärnu. Hybrid in Pärnu or fully remote in Eastern European time.",
            location=Location(city="Pärnu", country_code="EE"),
        ),
        work=(
            Work(
                name="Merituul Pay",
                position="Site Reliability Engineer",
                start_date=_date("2021-06"),
                summary="Runs the checkout platform.",
            ),
        ),
    )
)
ARRANGED_INDEX = SearchIndex.build(chunk_portfolio(ARRANGED))


def test_a_working_arrangement_asks_where_she_works() -> None:
    answer = compose(
        "What's her preferred working arrangement?", ARRANGED, ARRANGED_INDEX, first_offline_answer=False
    )
    assert answer.answered and answer.cited
    assert "Hybrid in Pärnu or fully remote" in answer.text
