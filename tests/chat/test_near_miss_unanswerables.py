"""A question naming something the portfolio does not have is not answered with the nearest thing it
does have: a credential no one certificate names, an employer only named inside another name, a
country no entry places the owner in, a work permit for a country the owner's words do not name,
pay asked in everyday words, a degree field no entry names (said before the degrees it lists)."""

from __future__ import annotations

from heyfolio.chat.degrees import absent_field
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.chat.places import absent_country, unstated_permit
from heyfolio.chat.screening import unstated_topic
from heyfolio.chat.support import missing_compounds, only_missing_names, unsupported
from heyfolio.content.model import (
    Basics,
    Certificate,
    Education,
    Language,
    Location,
    PartialDate,
    Portfolio,
    Resume,
    Skill,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# A fictional hardware-test engineer in Ghent: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(
        name="Katrien Vos",
        label="Test Automation Engineer",
        summary="Test engineer in Ghent. Belgian citizen; open to hybrid roles in Flanders.",
        location=Location(city="Ghent", region="East Flanders", country_code="BE"),
    ),
    work=(
        Work(
            name="Lumaflux NV",
            position="Senior Test Engineer",
            location="Ghent, Belgium",
            start_date=_date("2020-02"),
            summary="Maker of LED drivers.",
            highlights=(
                "Built the end-of-line test rig on Siemens TIA Portal and Python.",
                "Added TLS certificate rotation to the rig's upload service.",
            ),
        ),
        Work(
            name="Dravo Instruments",
            position="Test Engineer",
            start_date=_date("2016-09"),
            end_date=_date("2020-01"),
            summary="Wrote pytest suites for oscilloscopes sold through Keysight Marketplace.",
        ),
    ),
    education=(
        Education(
            institution="Ghent University",
            area="Physics",
            study_type="Bachelor of Science",
            start_date=_date("2012-09"),
            end_date=_date("2016-06"),
        ),
    ),
    certificates=(
        Certificate(name="ISTQB Certified Tester Foundation Level", issuer="ISTQB", date=_date("2018-03")),
        Certificate(
            name="Certified LabVIEW Developer (CLD)", issuer="National Instruments", date=_date("2019-05")
        ),
    ),
    skills=(
        Skill(name="Test automation", level="Expert", keywords=("pytest", "LabVIEW", "Robot Framework")),
    ),
    languages=(
        Language(language="Dutch", fluency="Native"),
        Language(language="English", fluency="C1 (IELTS 8.0)"),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)
OWNER = ["Katrien", "Vos"]


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_credential_is_held_only_when_one_certificate_names_it() -> None:
    assert unsupported("Is Katrien a Certified LabVIEW Architect?", CHUNKS, OWNER) == ["LabVIEW Architect"]
    assert unsupported("Is she a certified Keysight developer?", CHUNKS, OWNER) == ["Keysight"]
    assert unsupported("Is she IEC 61010 certified?", CHUNKS, OWNER) == ["IEC 61010"]
    assert unsupported("Is she a Certified LabVIEW Developer?", CHUNKS, OWNER) == []
    assert unsupported("Is she ISTQB certified?", CHUNKS, OWNER) == []
    assert unsupported("Any ISTQB or Azure certs for her?", CHUNKS, OWNER) == []  # one of the two is held
    assert unsupported("Is her English certified?", CHUNKS, OWNER) == []  # a language's test is one


def test_a_certificate_of_software_or_of_a_company_is_not_her_credential() -> None:
    assert unsupported("Has she handled TLS certificate rotation?", CHUNKS, OWNER) == []
    assert unsupported("Did she help Lumaflux get ISO 9001 certified?", CHUNKS, OWNER) == []
    assert unsupported("Technical certifications - what does she hold?", CHUNKS, OWNER) == []
    assert not ask("Is Katrien a Certified LabVIEW Architect?").answered


def test_an_employer_named_only_inside_another_name_is_not_one() -> None:
    for question in ("Did she work at Keysight?", "How long was she at Siemens?"):
        answer = ask(question)
        assert not answer.answered and "among Katrien's employers" in answer.text, question
    assert ask("How long was she at Dravo?").answered  # the start of an employer's name


def test_a_country_no_entry_places_her_in_is_said_with_where_she_is_based() -> None:
    assert absent_country("Has she ever lived in the Netherlands?", CHUNKS) == "Netherlands"
    assert absent_country("Did she study in Belgium?", CHUNKS) is None  # her location's country code
    assert absent_country("Could she work in the Netherlands?", CHUNKS) is None  # a permit, not a stay
    answer = ask("Has she ever lived in the Netherlands?")
    assert not answer.answered
    assert "doesn't say that Katrien has lived, worked or studied in Netherlands" in answer.text
    assert "based in Ghent" in answer.text and answer.cited


def test_a_work_permit_for_a_country_her_words_do_not_name_is_not_answered_by_them() -> None:
    said = "Belgian citizen; open to hybrid roles in Flanders."
    assert unstated_permit("Does she hold a Canadian work permit?", said) == "Canada"
    assert unstated_permit("Does she need a visa to work in Belgium?", said) is None  # "Belgian"
    assert unstated_permit("Can she work in Spain without sponsorship?", "EU citizen.") is None
    assert unstated_permit("Where is she based?", said) is None


def test_pay_asked_in_everyday_words_is_a_salary_no_passage_states() -> None:
    for question in (
        "What does Katrien currently earn?",
        "How much was she paid at Dravo?",
        "What bonus does she get?",
    ):
        assert unstated_topic(question, CHUNKS) == "salary expectations", question
    assert unstated_topic("What did she make at Dravo?", CHUNKS) is None  # built, not earned


def test_a_degree_field_no_entry_names_is_said_before_the_degrees_it_lists() -> None:
    assert absent_field("Does she have a computer science degree?", CHUNKS) == "a degree in computer science"
    assert absent_field("Does she have a degree in physics?", CHUNKS) is None
    assert absent_field("What did she study and how were her grades?", CHUNKS) is None
    assert absent_field("Does she have a university degree?", CHUNKS) is None
    answer = ask("Does she have a computer science degree?")
    assert answer.answered and "doesn't mention a degree in computer science" in answer.text
    assert "Physics" in answer.text


def test_a_product_named_by_a_technology_and_a_word_never_written_with_it_is_missing() -> None:
    assert missing_compounds("Has she used Robot Framework?", CHUNKS) == []  # written together
    assert missing_compounds("Has she used Python Django?", CHUNKS) == []  # two technologies
    assert missing_compounds("Has she used Python Notebooks?", CHUNKS) == ["Python Notebooks"]
    assert missing_compounds("Does she write Python Pytest suites?", CHUNKS) == []  # pytest is listed
    assert only_missing_names("Has she used Python Notebooks or Flink?", CHUNKS) == [
        "Python Notebooks",
        "Flink",
    ]
    assert missing_compounds("Is she a certified LabVIEW Developer?", CHUNKS) == []  # a credential's name
    answer = ask("Has she used Python Notebooks?")
    assert not answer.answered


def test_a_product_named_as_one_word_from_a_technology_never_written_is_missing() -> None:
    """ "PythonAnywhere" of a portfolio naming Python is another product, written as one word."""
    assert missing_compounds("Has she used PythonAnywhere?", CHUNKS) == ["PythonAnywhere"]
    assert only_missing_names("Has she deployed to PythonAnywhere?", CHUNKS) == ["PythonAnywhere"]
    assert missing_compounds("Has she used LabVIEW?", CHUNKS) == []  # written by the portfolio
    assert missing_compounds("Has she worked at Lumaflux?", CHUNKS) == []  # no technology in it
    assert not ask("Has she used PythonAnywhere?").answered


def test_a_technology_never_named_is_said_missing_before_her_background_or_a_count() -> None:
    """ "Any Flink work in her background?" asks about Flink, not for her story; "how many Flink jobs has
    she shipped?" is not answered by the jobs she shipped in other technologies."""
    for question in ("Any hands-on Flink work in her background?", "How many Flink jobs has she shipped?"):
        answer = ask(question)
        assert not answer.answered, question
        assert "doesn't mention Flink" in answer.text, question
