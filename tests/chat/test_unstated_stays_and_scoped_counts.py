"""Facts asked of something the portfolio only mentions, or of one entry, are not answered with another
entry's: how long she was at an employer her summary names without dates (not another job's dates), her
grade at a school no degree of hers is from (not another degree's grade), how many people she managed at
one employer (not the team she led elsewhere); a client named "studio" asks which of them, it is no study."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import (
    Basics,
    Certificate,
    Education,
    Location,
    PartialDate,
    Portfolio,
    Resume,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.undated import undated_stay, unstated_study
from heyfolio.search.unnamed import asked_name


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# A fictional support engineer turned SRE in Aarhus: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(
        name="Signe Holm",
        label="Site Reliability Engineer",
        summary=(
            "SRE in Aarhus. I studied at Linden College before a degree at Harbour University, "
            "and before Fjordline I worked for Ravnik Systems as a support engineer."
        ),
        location=Location(city="Aarhus", country_code="DK"),
    ),
    work=(
        Work(
            name="Fjordline Data",
            position="Site Reliability Engineer",
            start_date=_date("2019-04"),
            summary="Owns the observability stack.",
            highlights=("Member of a five-person platform team.", "Wrote the on-call runbooks."),
        ),
        Work(
            name="Kobber Hotels",
            position="Night Manager",
            start_date=_date("2012-02"),
            end_date=_date("2016-08"),
            highlights=("Led a team of 9 receptionists.",),
        ),
    ),
    education=(
        Education(
            institution="Harbour University",
            area="Computer Science",
            study_type="Bachelor of Science",
            start_date=_date("2016-09"),
            end_date=_date("2019-03"),
            score="3.6/4.0",
        ),
    ),
    certificates=(
        Certificate(
            name="AWS Certified Cloud Practitioner", issuer="Amazon Web Services", date=_date("2021-05")
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_stay_at_an_employer_only_her_summary_names_has_no_dates() -> None:
    assert (
        undated_stay("How long did Signe work at Ravnik Systems?", CHUNKS, ["Signe", "Holm"])
        == "Ravnik Systems"
    )
    assert undated_stay("When did she graduate from Linden College?", CHUNKS) == "Linden College"
    assert undated_stay("How long was she at Fjordline Data?", CHUNKS) is None  # a job with dates
    assert undated_stay("How long did she study at Harbour University?", CHUNKS) is None
    answer = ask("How long did Signe work at Ravnik Systems?")
    assert not answer.answered and "2019" not in answer.text
    assert ask("How long was she at Fjordline Data?").answered


def test_a_grade_at_a_school_no_degree_is_from_is_not_another_degrees() -> None:
    answer = ask("What was her GPA at Linden College?")
    assert not answer.answered and "3.6" not in answer.text
    assert "3.6" in ask("What was her GPA at Harbour University?").text


def test_a_count_asked_at_one_employer_is_not_anothers() -> None:
    answer = ask("How many people did Signe manage at Fjordline?")
    assert not answer.answered and "9 receptionists" not in answer.text
    assert "9 receptionists" in ask("How many people did she manage at Kobber Hotels?").text


def test_a_studio_is_no_study() -> None:
    assert asked_name("Which museums were Pixelkoog Studio's clients?") == "museum"
    assert asked_name("Which university did she study at?") is None


def test_what_she_studied_at_a_school_only_her_summary_names_is_not_said() -> None:
    assert (
        unstated_study("What did Signe study at Linden College?", CHUNKS, ["Signe", "Holm"])
        == "Linden College"
    )
    assert unstated_study("What did she study at Harbour University?", CHUNKS) is None  # a degree entry
    assert not ask("What did Signe study at Linden College?").answered
    assert "Computer Science" in ask("What did she study at Harbour University?").text


def test_a_driving_licence_no_passage_states_is_not_a_certificate() -> None:
    for question in ("Does Signe have a driver's license?", "Does she have a driving licence?"):
        answer = ask(question)
        assert not answer.answered and "Cloud Practitioner" not in answer.text, question
