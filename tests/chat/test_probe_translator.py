"""A probe of the offline answerer's honesty on an owner nobody tuned for (tests/chat/probe_translator_owner.py).

Written before the answerer was run on it: near-miss questions the portfolio cannot answer (an
adjacent technology, a salary or count never given, a figure asked for a year it is not dated to, a
degree not held, a stat of a pastime, an employer or place never named, a certificate level not held),
each beside an answerable neighbour with the spans its answer must show. A near miss must stay
unanswered; a neighbour counts when it is answered, cites a passage and shows every span.

The first run answered 15 of the 48 near misses; they are strict expected failures with the reason.
Session 34's fixes for most of them were measured and not merged (one rule cost answers; patches in
notes/s34/h34-unans). Two degree fields not held are said before the degrees listed (HONEST), by design.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_translator_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show) - the answerable neighbour of each near miss below
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # technologies
    ("Has she used Crowdin?", ("Crowdin",)),
    ("Does she know TypeScript?", ("TypeScript",)),
    pytest.param(
        "which CAT tool does she use",
        ("memoQ",),
        marks=pytest.mark.xfail(strict=True, reason="'CAT tool' is read as no term the portfolio writes"),
    ),
    ("Does she know ICU MessageFormat?", ("ICU MessageFormat",)),
    ("does she know react", ("React",)),
    ("has she used FastAPI", ("FastAPI",)),
    ("Does she know Docker?", ("Docker",)),
    ("Has she worked with XLIFF?", ("XLIFF",)),
    ("Does she know Python?", ("Python",)),
    pytest.param(
        "What CI does she use?",
        ("GitHub Actions",),
        marks=pytest.mark.xfail(
            strict=True, reason="the CI step of a job leads; the skill listing GitHub Actions is not shown"
        ),
    ),
    ("Has she used a translation memory?", ("translation memory",)),
    # pay and logistics
    ("What are her salary expectations?", ("EUR 75,000",)),
    ("what's her notice period", ("three months",)),
    ("Where is she based?", ("Leipzig",)),
    ("Would she relocate to Berlin?", ("Berlin",)),
    ("has she worked in Poland", ("Kraków",)),
    # counts and figures the content gives
    ("How many words did she translate a year?", ("400,000",)),
    ("how many words of manuals did she translate for the machine-tool maker", ("1.2 million",)),
    ("where did she interpret at court hearings?", ("Saxony",)),
    ("How big is her team at Vendiro?", ("five",)),
    ("How many customers use the Crowdin integration?", ("310",)),
    ("how many strings does the Crowdin integration sync?", ("2.4 million",)),
    ("What does Vendiro do?", ("shop builder",)),
    ("How many people worked at Tessaro?", ("60",)),
    ("how much did the translation memory save?", ("35%",)),
    ("how much did she reduce untranslated strings?", ("900", "20")),
    ("how many locales does Vendiro ship in", ("24",)),
    ("how many stars does plurals-lint have?", ("1,100",)),
    ("What is Termbase Sync?", ("glossary",)),
    # education
    ("Does she have a master's degree?", ("Master of Arts",)),
    ("What did she study?", ("Applied Linguistics",)),
    ("Has she studied legal translation?", ("Legal Translation",)),
    ("where did she study", ("Jagiellonian University",)),
    # pastimes
    ("What does she do for fun?", ("Bouldering",)),
    ("does she sing", ("choir",)),
    ("does she do crosswords", ("Cryptic crosswords",)),
    # employers and clients
    ("Where does she work now?", ("Vendiro",)),
    ("who were her translation clients?", ("law firms", "notaries")),
    ("what did she build with Crowdin", ("310",)),
    ("Did she work at a translation agency?", ("Biuro Tłumaczeń Lingua",)),
    # certificates and languages
    ("Does she have an English certificate?", ("Cambridge C1 Advanced",)),
    ("Is she AWS certified?", ("Cloud Practitioner",)),
    ("Is she a sworn translator?", ("sworn",)),
    ("What certifications does she have?", ("Cambridge C1 Advanced", "Cloud Practitioner")),
    ("which languages is she sworn for?", ("Polish",)),
    ("What languages does she speak?", ("Polish", "German", "English")),
    ("Does she speak Czech?", ("Czech",)),
    ("Has she worked as an interpreter?", ("interpreter",)),
    # awards and volunteering
    ("Has she won any awards?", ("Localisation Hackathon",)),
    ("Does she volunteer?", ("Leipzig Welcome Desk",)),
    ("how many advice sessions has she interpreted at", ("300",)),
]

# Near misses: each names something the portfolio does not have, or asks a figure it never gives
UNANSWERABLE: list[str | ParameterSet] = [
    # an adjacent technology
    "Has she used Lokalise?",
    "Does she know Java?",
    "Has she worked with SDL Trados?",
    "Has she used Mozilla Fluent?",
    "Does she know Angular?",
    "Has she used Django?",
    "Does she know Kubernetes?",
    "Has she worked with gettext PO files?",
    "Does she know Rust?",
    "Has she used Jenkins?",
    "Has she used Smartling?",
    # pay and counts never given
    "What was her salary as a translator?",
    "How much did she charge per word?",
    "What is her day rate?",
    pytest.param(
        "How many court hearings did she interpret at?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a loose count takes another noun's figure from a passage naming the thing (patch in notes/s34/h34-unans)",
        ),
    ),
    pytest.param(
        "How many translators does Vendiro employ?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'translators' and 'translations' share a stem, so the sentence on translations is read as naming them",
        ),
    ),
    pytest.param(
        "How many strings did Tessaro have?",
        marks=pytest.mark.xfail(
            strict=True, reason="a loose count takes another entry's figure (patch in notes/s34/h34-unans)"
        ),
    ),
    "How much revenue does Vendiro make?",
    "How many contributors does plurals-lint have?",
    "How many stars does Termbase Sync have?",
    pytest.param(
        "What was the agency bill before the translation memory?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'before the translation ...' is read as the entry before the translation agency",
        ),
    ),
    "How many hours a week does she volunteer?",
    # a figure asked for a year it is not dated to
    "How many words did she translate in 2015?",
    "How many customers did the Crowdin integration have in 2022?",
    pytest.param(
        "How many untranslated strings were in the 2020 release?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'in the 2020 release' is not read as the year asked (patch in notes/s34/h34-unans)",
        ),
    ),
    # a degree not held
    "Does she have a PhD?",
    # a stat of a pastime
    "What grade does she climb at?",
    pytest.param(
        "How long has she sung in the choir?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="how long a pastime has been kept up is not a figure chat/pastimes.py reads (patch in notes/s34/h34-unans)",
        ),
    ),
    "How many crosswords has she published?",
    "What's her fastest crossword time?",
    # an employer or place never named
    "Has she worked for Google?",
    "Did she work for the European Commission?",
    pytest.param(
        "Has she worked at Crowdin?",
        marks=pytest.mark.xfail(
            strict=True, reason="a tool the job used is read as an employer (patch in notes/s34/h34-unans)"
        ),
    ),
    "Did she work at a translation agency in Warsaw?",
    "Has she lived in Austria?",
    pytest.param(
        "Would she relocate to Munich?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the owner's words on relocation answer a move to any city (measured rule cost answers: EU cities)",
        ),
    ),
    "Has she ever worked in Switzerland?",
    # a certificate or level not held
    "Does she have the Cambridge C2 Proficiency?",
    "Is she an AWS Solutions Architect?",
    "Is she ATA certified?",
    "Is she a certified Scrum Master?",
    pytest.param(
        "Is she a sworn translator for English?",
        marks=pytest.mark.xfail(
            strict=True, reason="the language a status is held for is not compared with the one asked"
        ),
    ),
    "Does she speak Russian?",
    "Does she speak French?",
    pytest.param(
        "Does she do simultaneous interpreting?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a kind of interpreting no passage names is answered by interpreting in general",
        ),
    ),
    pytest.param(
        "Has she won a translation prize?",
        marks=pytest.mark.xfail(
            strict=True, reason="an award asked by a lower-case subject is not checked against the awards"
        ),
    ),
]


# A degree field not held is said before the degrees the portfolio lists (answered, by design: "no, she
# studied X" is the answer): (question, what the reply must say)
HONEST: list[tuple[str, str]] = [
    ("Does she have a computer science degree?", "doesn't mention a degree in computer science"),
    ("Did she study law?", "doesn't mention a degree in law"),
]


@pytest.mark.parametrize(("question", "spans"), ANSWERABLE)
def test_the_neighbour_is_answered_with_its_facts(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_a_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(("question", "said"), HONEST)
def test_a_degree_field_not_held_is_said_first(question: str, said: str) -> None:
    answer = OWNER.ask(question)
    assert said in answer.text and "Applied Linguistics" in answer.text, answer.text
