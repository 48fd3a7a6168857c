"""A probe of the offline answerer on an owner nobody tuned for (tests/chat/probe_deck_officer_owner.py).

Written before the answerer was run on it: questions a recruiter, a hiring manager or a casual
visitor might ask about a merchant-navy chief officer turned port-logistics developer, with the
spans of the owner's content the answer must show. An answer counts when it is answered, cites a
passage and shows every span, like the bench. The near misses at the end must stay unanswered.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_deck_officer_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show)
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # where / logistics / screening
    ("Where is Maren based?", ("Rotterdam",)),
    ("which country does she live in", ("Netherlands",)),
    ("Is she open to remote work?", ("remotely",)),
    ("What's her notice period?", ("one month",)),
    ("how soon could she start", ("one month",)),
    ("Does she need a visa to work in Germany?", ("EU",)),
    ("Is she based in the Netherlands and authorised to work in the EU?", ("Rotterdam", "EU")),
    (
        "Does she live in Rotterdam and can she work in the UK without sponsorship?",
        ("Rotterdam", "sponsorship"),
    ),
    ("What are her salary expectations?", ("EUR 85,000 to 95,000",)),
    ("what's her day rate as a contractor", ("EUR 650",)),
    ("what timezone is she in", ("CET",)),
    ("would she travel to a terminal?", ("travel to terminals",)),
    # pitch
    ("Why should we hire Maren?", ("BerthPlan",)),
    ("Give me the elevator pitch for this candidate", ("chief officer",)),
    ("What makes her a good fit for a port-logistics role?", ("berth",)),
    # projects
    ("What's her most popular project?", ("aisparse", "1,800")),
    ("What's her strongest project?", ("aisparse",)),
    ("how many stars does aisparse have", ("1,800",)),
    ("what is aisparse?", ("decodes AIS NMEA messages",)),
    ("tell me about TideWindow", ("tidal windows",)),
    ("What was her first coding project?", ("Watch Log",)),
    ("does she have any open source work", ("aisparse",)),
    ("how many port authorities use aisparse", ("3",)),
    # jobs: first / most recent / current / before / after / tenure / which came first / longer
    ("Where does she work now?", ("Kaimaster",)),
    ("what's her current job title", ("Senior Software Engineer",)),
    ("What was her first job?", ("Baltic Feeder Lines",)),
    ("What was her first software job?", ("Laadlijn",)),
    ("What was her most recent job?", ("Kaimaster",)),
    ("What did she do before Maasmond Port Authority?", ("Laadlijn",)),
    ("where did she go after Nordhav Tankers?", ("Laadlijn",)),
    ("How long was she at Nordhav Tankers?", ("2014-06", "2017-12")),
    ("how long has she been at Kaimaster", ("2021-09",)),
    ("How long was she a chief officer?", ("2014-06", "2017-12")),
    ("How long was she at sea?", ("eight and a half years",)),
    ("how many months of sea time does she have", ("62 months",)),
    ("Was she longer at sea or at the software company?", ("at sea", "Kaimaster")),
    ("was she longer at Baltic Feeder Lines or at Kaimaster?", ("Baltic Feeder Lines", "Kaimaster")),
    ("which came first, the port authority job or the freight start-up?", ("Laadlijn",)),
    ("the port authority job or the freight start-up: which paid off more?", ("2,400", "1,500")),
    ("When did she move from shipping into software?", ("2018",)),
    ("how many employers has she had", ("Kaimaster", "Baltic Feeder Lines")),
    ("what does Kaimaster do", ("berth-planning",)),
    ("Has she done freelance work?", ("Freelance",)),
    ("who has she freelanced for", ("Vlietmond Shipping Agency",)),
    ("Has she managed people?", ("9",)),
    ("what rank did she reach at sea", ("Chief Officer",)),
    # results with numbers
    ("How many ports use BerthPlan?", ("23",)),
    ("in how many countries is BerthPlan used", ("7 countries",)),
    ("How much cargo do the terminals using BerthPlan handle?", ("310 million tonnes",)),
    ("How many AIS position reports does she process a day?", ("40 million",)),
    ("how accurate are her arrival time predictions", ("30 minutes",)),
    ("How much did she cut vessel waiting time?", ("14 hours", "5 hours")),
    ("how many vessel calls did the berth log cover", ("2,400",)),
    ("how many shipping agents used her booking service", ("60",)),
    ("How big were the tankers she served on?", ("45,000 dwt",)),
    ("how big is her team now", ("six engineers",)),
    ("How many port state control inspections did she pass?", ("3", "no detentions")),
    ("How much tonnage does the port authority handle?", ("95 million tonnes",)),
    # awards / certificates
    ("Has she won any awards?", ("Port Innovation Award",)),
    ("What certifications does she have?", ("Certificate of Competency", "Oracle Certified")),
    ("does she hold a certificate of competency", ("Chief Mate",)),
    ("is she java certified", ("Java SE 11",)),
    ("is she aws certified", ("AWS Certified Solutions Architect",)),
    ("does she have a GMDSS licence", ("GMDSS",)),
    # education
    ("What did she study?", ("Nautical Science",)),
    ("does she have a degree", ("Nautical Science",)),
    ("where did she go to maritime school", ("Nordsø Maritime Academy",)),
    ("did she do a coding bootcamp", ("Delta Code Academy",)),
    # skills / languages
    ("What languages does she speak?", ("Danish", "English", "Dutch")),
    ("how good is her dutch", ("Professional working proficiency",)),
    ("Does she know Kotlin?", ("Kotlin",)),
    ("has she worked with AIS data", ("AIS",)),
    ("can she write Java", ("Java",)),
    ("does she know kafka", ("Kafka",)),
    ("what's her tech stack", ("Kotlin", "Java", "PostgreSQL")),
    # community / hobbies
    ("does she do volunteer work", ("Sea Cadets Rotterdam",)),
    ("how many cadets has she trained", ("70",)),
    ("what does she do for fun", ("Sailing",)),
    # typos and casual
    ("wher is she basd", ("Rotterdam",)),
    ("whats her notcie period", ("one month",)),
    ("has she got any certifcations", ("Certificate of Competency",)),
    ("yo does she know kotln", ("Kotlin",)),
    ("how long wsa she at kaimaster", ("2021-09",)),
    ("salry expectations?", ("85,000",)),
]

UNANSWERABLE: list[str | ParameterSet] = [
    "Does she have a PhD?",
    "Is she certified in Kubernetes?",
    "does she speak French?",
    "has she ever worked in Singapore",
    "Does she know Rust?",
    "why did she leave the sea?",  # the summary says when she came ashore, never why
    pytest.param(
        "Has she been a ship's captain?",
        marks=pytest.mark.xfail(
            strict=True, reason="a rank never held, asked with a known word ('ship'), finds the ship passages"
        ),
    ),
]

# Added after the first run: the shapes that showed the spans somewhere but answered another question -
# two jobs named by what the employer is ("the port authority job", "the freight start-up") compared by
# the first two dated entries search ranked, the year of the move into software left out, a crew led not
# read as people managed. (question, spans the lead - the text before the first citation - must show)
LEADS: list[tuple[str, tuple[str, ...]]] = [
    (
        "which came first, the port authority job or the freight start-up?",
        ("Backend Developer at Laadlijn (2018-02) is the earlier",),
    ),
    (
        "Which is more recent, the freight start-up or the port authority job?",
        ("Maasmond Port Authority (2019-01) is the more recent",),
    ),
    (
        "was she longer at the port authority or at the freight start-up?",
        ("2 years and 8 months", "11 months", "the longer was Marine Operations Developer"),
    ),
    ("When did she move from shipping into software?", ("moved into software in 2018-02", "Laadlijn")),
    ("Has she managed people?", ("managing people", "Led a deck crew of 9")),
    # "at sea" names the officer jobs (titled "Chief Officer", "Second Officer"), not the one entry whose
    # description says "North Sea"
    ("Was she longer at sea or at the software company?", ("spent longer at sea", "8 years and 6 months")),
]


@pytest.mark.parametrize(("question", "spans"), ANSWERABLE)
def test_the_answer_shows_the_facts_and_cites_them(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_a_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(("question", "spans"), LEADS, ids=[q for q, _ in LEADS])
def test_the_answer_leads_with_what_was_asked(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_leading(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


def test_the_former_career_is_framed_once() -> None:
    text = OWNER.ask("When did she move from shipping into software?").text
    assert text.count("Before the change") == 1 and "Then Maren was Chief Officer" in text, text


def test_a_listed_certificate_is_not_shown_again() -> None:
    text = OWNER.ask("What certifications does she have?").text
    assert text.count("AWS Certified Solutions Architect") == 1 and "Related" not in text, text


def test_the_time_at_sea_covers_every_officer_job() -> None:
    text = OWNER.ask("How long was she at sea?").text
    assert "8 years and 6 months" in text and "Chief Officer at Nordhav Tankers" in text, text
