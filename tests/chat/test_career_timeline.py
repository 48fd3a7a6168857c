"""Gaps, stated breaks and "what was she doing in <year>?" are read from the résumé's dates."""

from __future__ import annotations

from heyfolio.chat.career_timeline import gap_reply, period_reply, stated_breaks, work_gaps
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, Education, PartialDate, Portfolio, Resume, Volunteer, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Ines Roy",
        label="Mobile engineer",
        summary="Mobile engineer in Québec. Between June 2019 and March 2020 I took a ten-month parental leave.",
    ),
    work=(
        Work(
            name="Tram Apps", position="Tech Lead", start_date=_date("2020-04-01"), summary="Leads the apps."
        ),
        Work(
            name="Hike Co",
            position="Mobile Developer",
            start_date=_date("2016-01-04"),
            end_date=_date("2019-05-31"),
            summary="Built the hiking app.",
        ),
    ),
    volunteer=(
        Volunteer(
            organization="Code Club", position="Mentor", start_date=_date("2018-01-01"), summary="Teaching."
        ),
    ),
)
CONTINUOUS = Resume(
    basics=Basics(name="Ola Berg", summary="Backend engineer."),
    work=(
        Work(name="A", position="Engineer", start_date=_date("2020-02-01")),
        Work(name="B", position="Engineer", start_date=_date("2015-01-01"), end_date=_date("2020-01-15")),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))
OTHER = Portfolio(resume=CONTINUOUS)
OTHER_INDEX = SearchIndex.build(chunk_portfolio(OTHER))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_the_months_between_two_jobs_are_a_gap_and_overlaps_or_short_moves_are_not() -> None:
    [gap] = work_gaps(RESUME)
    assert (RESUME.work[gap.before].name, RESUME.work[gap.after].name) == ("Hike Co", "Tram Apps")
    assert gap.last - gap.first + 1 == 10
    assert work_gaps(CONTINUOUS) == []


def test_a_break_stated_in_the_summary_is_found_with_its_dates() -> None:
    [found] = stated_breaks(RESUME, INDEX.get)
    assert "parental leave" in found.sentence and found.span == (2019 * 12 + 5, 2020 * 12 + 2)


def test_a_gap_question_is_answered_with_the_stated_break_and_the_dates() -> None:
    answer = ask("Is there a gap in her résumé?")
    assert answer.answered and answer.cited and "parental leave" in answer.text
    assert "gap of 10 months" in answer.text
    assert gap_reply("any gaps in his CV?", CONTINUOUS, OTHER_INDEX.get, "Ola") is None  # none to state
    assert (
        gap_reply("what is the skills gap she fills?", RESUME, INDEX.get, "Ines") is None
    )  # not a career gap


def test_a_year_is_answered_by_the_entries_and_breaks_its_dates_cover() -> None:
    answer = ask("What was she doing in 2019?")
    assert answer.answered and "parental leave" in answer.text and "Hike Co" in answer.text
    assert "Code Club" in answer.text and "Ines was Tech Lead" not in answer.text  # began in 2020
    later = period_reply("which company was she at in 2021?", RESUME, INDEX.get, "Ines")
    assert later is not None and ["Tram Apps" in s.text for s in later] == [True, False]
    assert period_reply("what did she build in 2019?", RESUME, INDEX.get, "Ines") is None


def test_a_gap_in_a_year_asks_about_the_career_gap() -> None:
    said = gap_reply("There seems to be a gap in 2019 - what happened there?", RESUME, INDEX.get, "Ines")
    assert said is not None and "parental leave" in said[0].text


def test_a_stated_break_is_said_with_what_was_done_during_it() -> None:
    resume = Resume(
        basics=Basics(name="Ada Quill", summary="Backend developer."),
        work=(
            Work(name="Lumen", position="Developer", start_date=_date("2023-06-01"), summary="APIs."),
            Work(
                name="Career break",
                position="Career break",
                start_date=_date("2022-01-01"),
                end_date=_date("2023-05-31"),
                summary=(
                    "An 17-month career break to care for my father. During the break I finished an "
                    "online databases course and kept my open-source library up to date. Unrelated line."
                ),
            ),
        ),
    )
    index = SearchIndex.build(chunk_portfolio(Portfolio(resume=resume)))
    [found] = stated_breaks(resume, index.get)
    assert found.account.startswith("During the break")
    said = gap_reply("Any career gaps?", resume, index.get, "Ada")
    assert said is not None and "databases course" in said[0].text and "Unrelated" not in said[0].text


SWITCHER = Resume(
    basics=Basics(name="Tove Lind", summary="Former nurse, now a web developer."),
    work=(
        Work(
            name="Webfabrik",
            position="Web Developer",
            start_date=_date("2019-09-02"),
            summary="Builds shops.",
        ),
        Work(
            name="City Hospital",
            position="Nurse",
            start_date=_date("2012-01-01"),
            end_date=_date("2018-12-31"),
            summary="Ward nurse.",
        ),
    ),
    volunteer=(
        Volunteer(
            organization="Red Cross",
            position="First aider",
            start_date=_date("2010-01-01"),
            summary="Events.",
        ),
    ),
    education=(
        Education(
            institution="Nightcode Academy",
            area="Web Development",
            study_type="Bootcamp certificate",
            start_date=_date("2019-02-04"),
            end_date=_date("2019-06-28"),
        ),
    ),
)


def test_a_gap_between_jobs_names_the_studies_that_began_in_it_not_older_side_activities() -> None:
    lookup = SearchIndex.build(chunk_portfolio(Portfolio(resume=SWITCHER))).get
    said = gap_reply("what was she doing in the gap between nursing and coding?", SWITCHER, lookup, "Tove")
    assert said is not None
    text = " ".join(s.text for s in said)
    assert "gap of 8 months" in text
    assert (
        "During that gap, Tove was studying Bootcamp certificate in Web Development at Nightcode Academy"
        in text
    )
    assert "Red Cross" not in text  # begun years before the gap: not what filled it


def test_two_jobs_starting_the_same_month_one_still_running_do_not_break_the_period_reply() -> None:
    """A side contract that starts the month a main job does (one ended, one ongoing) once made the
    dates unsortable and the offline answer a 500."""
    same_month = Resume(
        basics=Basics(name="Rui Costa", summary="Data engineer."),
        work=(
            Work(name="Main Co", position="Engineer", start_date=_date("2019-03-01")),
            Work(
                name="Side Co",
                position="Contractor",
                start_date=_date("2019-03-01"),
                end_date=_date("2019-09-30"),
            ),
            Work(
                name="Old Co",
                position="Developer",
                start_date=_date("2014-01-01"),
                end_date=_date("2018-06-30"),
            ),
        ),
    )
    [gap] = work_gaps(same_month)
    assert same_month.work[gap.after].start_date == _date("2019-03-01")
    portfolio = Portfolio(resume=same_month)
    answer = compose(
        "What was he doing between 2018 and 2020?",
        portfolio,
        SearchIndex.build(chunk_portfolio(portfolio)),
        first_offline_answer=False,
    )
    assert "Main Co" in answer.text or "Side Co" in answer.text
