"""A probe of the offline answerer on an owner nobody tuned for (tests/chat/probe_agronomist_owner.py).

Written before the answerer was run on it: questions a recruiter, a hiring manager or a casual
visitor might ask about a farm manager and licensed agronomist turned agritech data engineer, with
the spans of the owner's content the answer must show. An answer counts when it is answered, cites a
passage and shows every span, like the bench. The near misses at the end must stay unanswered.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_agronomist_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show)
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # where / logistics / screening
    ("Where is Ingrid based?", ("Ghent",)),
    ("which country does she live in", ("Belgium",)),
    ("Does she work remotely?", ("remotely",)),
    ("What's her notice period?", ("six weeks",)),
    ("when could she start", ("six weeks",)),
    ("Does she need a visa to work in the Netherlands?", ("EU",)),
    ("Is she based in Belgium and allowed to work in the EU?", ("Ghent", "EU")),
    ("Does she live in Ghent and can she work in Canada without sponsorship?", ("Ghent", "sponsorship")),
    ("What salary is she after?", ("EUR 80,000 to 90,000",)),
    ("what's her freelance day rate", ("EUR 600",)),
    ("which time zone is she in", ("CET",)),
    ("could she visit our farms?", ("visit farms",)),
    # pitch
    ("Why should we hire Ingrid?", ("WaterWise",)),
    ("Sum up this candidate in a few lines", ("data engineer",)),
    ("What makes her a good fit for an agritech data role?", ("WaterWise",)),
    # projects
    ("What's her most popular project?", ("yieldclean", "950")),
    ("What's her strongest project?", ("yieldclean",)),
    ("how many stars does yieldclean have", ("950",)),
    ("what does yieldclean do?", ("yield maps",)),
    ("tell me about FrostAlert", ("night frost",)),
    ("What was her first coding project?", ("Spray Diary",)),
    ("does she have open source work", ("yieldclean",)),
    ("how many vendors use yieldclean", ("2 farm-software vendors",)),
    # jobs
    ("Where does she work now?", ("Akkerdata",)),
    ("what's her current title", ("Senior Data Engineer",)),
    ("What was her first job?", ("Holm Family Farm",)),
    ("What was her first data job?", ("OrbitField",)),
    ("What was her most recent job?", ("Akkerdata",)),
    ("What did she do before OrbitField?", ("Boerenbond Coöperatie West",)),
    ("where did she go after the family farm?", ("Boerenbond Coöperatie West",)),
    ("How long was she at OrbitField?", ("2019-04", "2021-09")),
    ("how long has she been at Akkerdata", ("2021-10",)),
    ("How long did she run the farm?", ("8 years",)),  # worked out from the dates
    ("how long was she an agronomy advisor", ("2016-01", "2019-03")),
    ("Was she longer on the farm or at the software company?", ("Holm Family Farm", "Akkerdata")),
    ("was she longer at OrbitField or at Akkerdata?", ("OrbitField", "Akkerdata")),
    ("which came first, the co-op job or the satellite start-up?", ("Boerenbond Coöperatie West",)),
    ("the co-op job or the satellite start-up: which paid off more?", ("18%", "600")),
    ("When did she move from farming into data?", ("2019",)),
    ("how many employers has she had", ("Akkerdata", "Holm Family Farm")),
    ("what does Akkerdata do", ("irrigation scheduling",)),
    ("Has she done freelance work?", ("Freelance",)),
    ("who has she freelanced for", ("Zaadhuis Seeds",)),
    ("Has she managed people?", ("6 seasonal workers",)),
    ("how big was the farm", ("300",)),
    # results with numbers
    ("How many farms use WaterWise?", ("1,450",)),
    ("in how many countries is WaterWise used", ("4 countries",)),
    ("How much water did WaterWise save?", ("2.3 million cubic metres",)),
    ("how much faster did she make the dbt run", ("3 hours", "25 minutes")),
    ("How many sensors does she ingest?", ("9,000",)),
    ("how many fields did OrbitField process", ("40,000",)),
    ("how many farms paid for the NDVI index", ("600",)),
    ("What yields did she get on the farm?", ("8.1", "10.4")),
    ("how much did she cut nitrogen use", ("18%",)),
    ("how many farms did she advise at the co-op", ("120",)),
    ("how big is her team now", ("four data engineers",)),
    ("How many members does the co-op have?", ("2,000",)),
    # awards / certificates
    ("Has she won any awards?", ("AgriTech Innovation Prize",)),
    ("What certifications does she have?", ("Agronomy Advisory Licence", "SnowPro Core")),
    ("is she a licensed agronomist", ("Agronomy Advisory Licence",)),
    ("is she snowflake certified", ("SnowPro Core",)),
    ("does she have a dbt certification", ("dbt Analytics Engineering",)),
    # education
    ("What did she study?", ("Agricultural Science",)),
    ("does she have a degree", ("Agricultural Science",)),
    ("Did she finish her master's?", ("not completed",)),
    ("where did she go to university", ("Ghent University",)),
    # skills / languages
    ("What languages does she speak?", ("Dutch", "English", "French")),
    ("how good is her french", ("Professional working proficiency",)),
    ("Does she know dbt?", ("dbt",)),
    ("has she worked with satellite imagery", ("Sentinel-2",)),
    ("can she use rasterio", ("rasterio",)),
    ("does she know Airflow", ("Airflow",)),
    ("what's her tech stack", ("Python", "dbt", "Snowflake")),
    # community / hobbies
    ("does she volunteer", ("Ghent Community Gardens",)),
    ("how many workshops has she run", ("45",)),
    ("what are her hobbies", ("Beekeeping",)),
    # typos and casual
    ("wher is she basd", ("Ghent",)),
    ("whats her notcie period", ("six weeks",)),
    ("any certifcations?", ("SnowPro",)),
    ("yo does she know snowflak", ("Snowflake",)),
    ("how long wsa she at orbitfield", ("2019-04",)),
    ("salry range?", ("80,000",)),
]

UNANSWERABLE: list[str | ParameterSet] = [
    "Does she have a PhD?",
    "Is she certified in Databricks?",
    "does she speak German?",
    "has she ever worked in Brazil",
    "Does she know Scala?",
    pytest.param(
        "why did she leave the farm?",  # the summary says when she moved, never why
        marks=pytest.mark.xfail(strict=True, reason="'leave' is read as the notice period, which is quoted"),
    ),
    pytest.param(
        "How many cows did the farm have?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a count of a thing never named is hedged with the farm's passages, not refused",
        ),
    ),
]


@pytest.mark.parametrize(("question", "spans"), ANSWERABLE)
def test_the_answer_shows_the_facts_and_cites_them(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_a_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text


# Added after the first run: the shapes that showed the spans somewhere but answered another question
# (or none) - two jobs named by what they are ("on the farm", "the software company", a clipped "co-op")
# not weighed against each other, two jobs' results compared with one of them cut to a "Related" line,
# seasonal workers managed not read as people managed. (question, spans the lead - the text before the
# first citation - must show)
LEADS: list[tuple[str, tuple[str, ...]]] = [
    (
        "Was she longer on the farm or at the software company?",
        ("8 years", "5 years and 3 months", "the longer was Farm Manager at Holm Family Farm"),
    ),
    (
        "was she longer at the co-op or at the satellite start-up?",
        ("3 years and 3 months", "the longer was Agronomy Advisor"),
    ),
    (
        "the co-op job or the satellite start-up: which paid off more?",
        ("Boerenbond Coöperatie West and Data Engineer at OrbitField, side by side",),
    ),
    ("Has she managed people?", ("managing people",)),
    ("What was her first data job?", ("earliest job in technology", "Data Engineer at OrbitField")),
    ("Sum up this candidate in a few lines", ("Ingrid in brief", "In Ingrid's own words")),
]


@pytest.mark.parametrize(("question", "spans"), LEADS, ids=[q for q, _ in LEADS])
def test_the_answer_leads_with_what_was_asked(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_leading(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


def test_two_jobs_weighed_by_results_show_both_as_equals() -> None:
    text = OWNER.ask("did the satellite start-up or the co-op job have bigger results?").text
    assert "Related" not in text and "600 paying farms" in text and "18%" in text, text


def test_the_seasonal_workers_managed_are_the_answer() -> None:
    text = OWNER.ask("Has she managed people?").text
    assert "Managed 6 seasonal workers at harvest" in text, text


def test_the_employers_counted_are_not_shown_again() -> None:
    text = OWNER.ask("how many employers has she had").text
    assert "5 employers" in text and text.count("Data work for seed companies") == 0, text
    assert text.count("Self-employed") == 1, text
