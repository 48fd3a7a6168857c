"""Two questions in one message each get answered; the time spent in an occupation counts every
job whose title names it; a job beside another that starts the same month does not break the
timeline. The owner is made up for these tests (a Tartu data engineer who began as a tax auditor)."""

from __future__ import annotations

import datetime as dt

import pytest

from heyfolio.chat.career_timeline import period_reply, work_gaps
from heyfolio.chat.compound import unanswered_parts
from heyfolio.chat.employer_count import employers_reply
from heyfolio.chat.identity import identity_said
from heyfolio.chat.occupation_span import leads, occupation_reply
from heyfolio.chat.offline import compose
from heyfolio.chat.sources import Source, Sources, renumbered
from heyfolio.content.model import Basics, Language, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Kadri Saar",
        label="Data Engineer",
        summary=(
            "Data engineer in Tartu. I spent my first four years as a tax auditor before moving into data. "
            "Open to fully remote roles in European time zones; not relocating."
        ),
    ),
    work=(
        Work(
            name="Kaskad Data",
            position="Senior Data Engineer",
            start_date=_date("2021-05-03"),
            summary="Builds the batch pipelines for the retail analytics product.",
            highlights=("Moved 90 nightly jobs to Dagster.",),
        ),
        Work(
            name="University of Emajõe",
            position="Guest Lecturer (part-time)",
            start_date=_date("2021-05-03"),
            summary="Teaches one evening course on SQL each spring.",
        ),
        Work(
            name="Self-employed",
            position="Freelance Data Engineer",
            start_date=_date("2019-02-01"),
            end_date=_date("2021-04-30"),
            summary="Pipelines for small shops and a ferry operator.",
        ),
        Work(
            name="Estonian Tax Board",
            position="Tax Auditor",
            start_date=_date("2015-01-05"),
            end_date=_date("2019-01-31"),
            summary="Audited the books of mid-sized companies.",
        ),
    ),
    languages=(
        Language(language="Estonian", fluency="Native speaker"),
        Language(language="Finnish", fluency="B2"),
    ),
)


def _chunk(ident: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=ident, text=ident)


def test_a_second_question_the_reply_does_not_speak_to_is_a_part_of_its_own() -> None:
    asked = "Is she open to remote work, and does she speak Finnish?"
    assert unanswered_parts(asked, "Finnish: B2.") == ["Is she open to remote work"]
    assert unanswered_parts(asked, "Open to fully remote roles. Finnish: B2.") == []
    # a part leaning on the other ("what did she build there") is not a question of its own
    parts = unanswered_parts("Where did she work in 2020, and what did she build there?", "Moved 90 jobs.")
    assert parts == ["Where did she work in 2020"]
    assert unanswered_parts("Does she speak Finnish?", "Estonian") == []  # one question


def test_markers_follow_their_passages_when_two_answers_are_joined() -> None:
    into = Sources()
    into.add("portfolio://a", "A")
    cited = [Source(1, "portfolio://b", "B", ""), Source(2, "portfolio://a", "A", "")]
    assert renumbered("Says B [1], and A [2].", cited, into) == "Says B [2], and A [1]."


def test_a_message_asking_two_things_answers_both() -> None:
    portfolio = Portfolio(resume=RESUME)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "Does she speak Finnish? And is she open to remote work?",
        portfolio,
        index,
        first_offline_answer=False,
    )
    assert answer.answered
    assert "B2" in answer.text and "fully remote" in answer.text
    numbers = {s.n for s in answer.cited}
    assert numbers == set(range(1, len(numbers) + 1))


def test_time_in_an_occupation_counts_every_job_titled_so() -> None:
    resume = Resume(
        basics=RESUME.basics,
        work=(
            *RESUME.work,
            Work(
                name="Tallinn Data Lab",
                position="Data Engineer Intern",
                start_date=_date("2014-06-01"),
                end_date=_date("2014-08-31"),
            ),
        ),
    )
    said = occupation_reply(
        "How many years has she worked as a data engineer?",
        resume,
        _chunk,
        "Kadri",
        today=dt.date(2026, 5, 1),
    )
    text = " ".join(s.text for s in said)
    assert "Kaskad Data" in text and "Self-employed" in text and "Tallinn Data Lab" in text
    assert "Tax Auditor" not in text and "Guest Lecturer" not in text


def test_time_in_an_occupation_is_read_in_the_words_a_title_uses() -> None:
    # one job and no sentence of the summary: the entry search finds tells its span
    assert occupation_reply("How long was she freelancing?", RESUME, _chunk, "Kadri") == []
    told = occupation_reply("How long did she work as an auditor?", RESUME, _chunk, "Kadri")
    assert "first four years as a tax auditor" in told[0].text
    assert "Estonian Tax Board (2015-01-05 – 2019-01-31, 4 years and 1 month)" in told[1].text
    assert occupation_reply("What does she do at Kaskad Data?", RESUME, _chunk, "Kadri") == []


def test_jobs_starting_the_same_month_one_still_running_leave_no_gap_and_no_error() -> None:
    assert work_gaps(RESUME) == []


def test_the_reply_leads_with_the_time_several_jobs_cover_together() -> None:
    portfolio = Portfolio(resume=RESUME)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "How long has she worked as a data engineer?", portfolio, index, first_offline_answer=False
    )
    assert answer.answered
    assert answer.text.startswith("By the dates in the portfolio, Kadri's jobs as")
    assert (
        "Self-employed (2019-02-01 – 2021-04-30" in answer.text
        and "Kaskad Data (2021-05-03 – present" in answer.text
    )


def test_how_many_companies_counts_each_employer_once_with_its_roles() -> None:
    said = employers_reply("How many companies has Kadri worked for?", RESUME, _chunk, "Kadri")
    text = " ".join(s.text for s in said)
    assert text.startswith("Kadri's résumé lists 4 employers:")
    assert "Estonian Tax Board: Tax Auditor (2015-01-05 – 2019-01-31)." in text
    jobs = employers_reply("how many jobs has she had?", RESUME, _chunk, "Kadri")
    assert jobs[0].text.startswith("Kadri's résumé lists 4 roles:")


@pytest.mark.parametrize(
    "question",
    [
        "Which companies has Kadri worked for?",
        "list her employers",
        "Where has she worked?",
        "what firms has she been at",
    ],
)
def test_employers_asked_for_as_a_list_are_listed_from_the_work_entries(question: str) -> None:
    said = employers_reply(question, RESUME, _chunk, "Kadri")
    assert said and said[0].text.startswith("Kadri's résumé lists 4 employers:")


@pytest.mark.parametrize(
    "question",
    [
        "What company does she work for?",
        "Where has she worked with Airflow?",
        "Which companies use her library?",
    ],
)
def test_the_current_company_or_a_place_of_a_skill_is_not_the_list_of_employers(question: str) -> None:
    assert employers_reply(question, RESUME, _chunk, "Kadri") == []


def test_a_count_of_something_else_is_not_a_count_of_employers() -> None:
    assert employers_reply("How many companies has she founded?", RESUME, _chunk, "Kadri") == []
    assert employers_reply("How many nightly jobs did she move to Dagster?", RESUME, _chunk, "Kadri") == []
    assert employers_reply("How many companies use her library?", RESUME, _chunk, "Kadri") == []


def test_a_part_the_portfolio_does_not_state_is_said_and_the_other_part_answered() -> None:
    portfolio = Portfolio(resume=RESUME)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "What salary is she asking for, and does she speak Finnish?",
        portfolio,
        index,
        first_offline_answer=False,
    )
    assert answer.answered
    assert answer.text == "Finnish: B2. [1]\n\nThe portfolio doesn't state Kadri's salary expectations."
    told = compose(
        "Does she know Kotlin, and what salary is she asking for?",
        portfolio,
        index,
        first_offline_answer=False,
    )
    assert not told.answered  # nothing answers either part: declined as a whole
    alone = compose("What salary is she asking for?", portfolio, index, first_offline_answer=False)
    assert not alone.answered
    both = compose(
        "What salary is she asking for, and is she open to remote work?",
        portfolio,
        index,
        first_offline_answer=False,
    )
    assert both.answered
    assert both.text.startswith("The portfolio doesn't state Kadri's salary expectations.")
    assert "fully remote" in both.text


def test_a_stretch_of_years_is_answered_by_every_entry_it_covers_with_what_the_job_was() -> None:
    index = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESUME)))
    said = period_reply("What was she working on between 2018 and 2020?", RESUME, index.get, "Kadri")
    assert said is not None
    text = " ".join(s.text for s in said)
    assert "Between 2018 and 2020, Kadri was Tax Auditor at Estonian Tax Board" in text
    assert (
        "Freelance Data Engineer at Self-employed (2019-02-01 – 2021-04-30): Pipelines for small shops"
        in text
    )
    assert "Kaskad Data" not in text  # began in 2021


def test_which_of_two_kinds_is_answered_by_the_current_title_and_the_owners_own_words() -> None:
    said = identity_said("Is she more of a data engineer or an auditor?", RESUME, _chunk, "Kadri")
    assert said[0].text == "These days Kadri works as Senior Data Engineer at Kaskad Data."
    assert said[1].text == "In Kadri's own words: “Data engineer in Tartu.”"
    assert "first four years as a tax auditor" in said[2].text
    assert identity_said("Does she prefer Dagster or Airflow?", RESUME, _chunk, "Kadri") == []


def test_an_engineer_and_a_developer_are_one_occupation_and_a_time_bound_is_not_part_of_it() -> None:
    resume = Resume(
        basics=RESUME.basics,
        work=(
            Work(name="Kaskad Data", position="Data Team Manager", start_date=_date("2023-01-02")),
            Work(
                name="Self-employed",
                position="Freelance Data Engineer",
                start_date=_date("2019-02-01"),
                end_date=_date("2022-12-31"),
            ),
            Work(
                name="Tallinn Data Lab",
                position="Data Developer",
                start_date=_date("2016-03-01"),
                end_date=_date("2019-01-31"),
            ),
        ),
    )
    said = occupation_reply(
        "How many years of data engineering did she do before going into management?", resume, _chunk, "Kadri"
    )
    text = " ".join(s.text for s in said)
    assert "Tallinn Data Lab (2016-03-01 – 2019-01-31" in text and "Self-employed (2019-02-01" in text
    assert "Data Team Manager" not in text and leads(said)
