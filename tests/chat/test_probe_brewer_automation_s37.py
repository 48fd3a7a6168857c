"""A probe of the offline answerer on an owner nobody tuned for (tests/chat/probe_brewer_automation_owner.py).

Written before the answerer's code was read: questions as recruiters ask them (screening, technologies,
durations, most recent, figures, counts, why-hire, comparisons, casual and typo), each with the verbatim
facts its answer must lead with (before its first citation), and near misses that must stay unanswered.

The first run (60 answerable, 8 near misses) led with the wrong thing or missed 12 of 60 and answered
no near miss: "most recent"/"current" led with a weekend side job begun after the main job, "TIA Portal"
was read as "thanks in advance", "how long was he a brewer?" gave a brewing degree's span, a figure of
another noun led two figure questions, a certificate's standard number "stated" the count of
certifications, "how many degrees?" was refused. One label was mine ("three years": the answerer writes
"3 years and 9 months"). Fixed in session 37 (tests/chat/test_brewer_automation_mechanisms_s37.py); the
rest are strict expected failures.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_brewer_automation_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, facts the answer must lead with)
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # screening
    ("What is his notice period?", ("one month",)),
    ("What salary is he looking for?", ("€82,000",)),
    ("Can he work in the EU?", ("EU",)),
    ("Is he willing to travel?", ("40%",)),
    ("Where is he based?", ("Kilkenny",)),
    ("Does he have a GitHub?", ("dfahy",)),
    # technologies
    ("Has he programmed Siemens S7 PLCs?", ("S7",)),
    ("Does he know TIA Portal?", ("TIA Portal",)),
    ("Has he used TIA Portal?", ("TIA Portal",)),
    ("Has he used WinCC?", ("WinCC",)),
    ("Does he know Ignition SCADA?", ("Ignition",)),
    ("Has he worked with ISA-88 batch control?", ("ISA-88",)),
    ("Does he know OPC UA?", ("OPC UA",)),
    ("Can he write ladder logic?", ("Ladder Logic",)),
    ("Does he know Python?", ("Python",)),
    # durations and dates
    ("How long was he a brewer?", ("six years",)),
    # labelled "three years" at first: the answerer writes spans in digits ("3 years and 9 months")
    ("How long did he work at Glenmore Dairies?", ("3 years",)),
    ("How long has he been at Caskline Automation?", ("2021",)),
    ("When did he move into automation?", ("2017",)),
    ("When did he become head brewer?", ("2014",)),
    # most recent and current
    ("What is his most recent job?", ("Caskline Automation",)),
    ("Where does he work now?", ("Caskline Automation",)),
    ("What's his current title?", ("Senior Process Automation Engineer",)),
    ("What did he do before Caskline?", ("Glenmore Dairies",)),
    ("Where did he work as a brewer?", ("Nore Valley Brewing",)),
    # figures
    ("How much did he raise OEE on the yoghurt lines?", ("58%", "71%")),
    ("What OEE did the filling lines reach?", ("71%",)),
    ("How much milk does the dairy plant process a day?", ("400,000 litres",)),
    ("How big was the brewhouse he automated?", ("200-hectolitre",)),
    ("How much did he cut the CIP cycle time?", ("22%",)),
    ("How much water did the CIP change save?", ("1,800 cubic metres",)),
    ("How much beer did Nore Valley brew a year?", ("12,000 hectolitres",)),
    ("How many plant upgrades has he commissioned?", ("14",)),
    ("How many people work at Caskline?", ("60",)),
    ("How many junior engineers does he mentor?", ("two",)),
    ("How big was his brewing team?", ("four",)),
    ("How many plants use shiftoee?", ("seven",)),
    ("How many microbreweries has he helped?", ("five",)),
    ("How many workshops has he run?", ("six",)),
    # counts
    ("How many certifications does he have?", ("lists 3",)),
    ("How many dairy plants did he look after at Glenmore?", ("two",)),
    # added after the first run: a count of a section no sentence states
    ("How many degrees does he have?", ("lists 3",)),
    # why-hire and pitch
    pytest.param(
        "Why should we hire him to automate a brewery?",
        ("200-hectolitre brewhouse",),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the pitch opens with the owner's own words by design (chat/offline._pitch); the line on the "
            "topic asked ('On what you asked: Automated a 200-hectolitre brewhouse') is shown second, not led with",
        ),
    ),
    pytest.param(
        "Why would he be a good fit for a dairy OEE improvement role?",
        ("58%", "71%"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="as above: the OEE result is the pitch's second line, after the owner's own words",
        ),
    ),
    ("What makes him a strong candidate for batch control work?", ("ISA-88",)),
    # comparisons
    ("Is he stronger at PLC programming or data?", ("Expert",)),
    # education and certificates
    ("Does he have a master's degree?", ("Brewing and Distilling",)),
    ("Where did he study brewing?", ("Heriot-Watt University",)),
    ("Does he have an automation qualification?", ("Industrial Automation",)),
    ("Is he ISA certified?", ("Certified Automation Professional",)),
    ("Does he have a cybersecurity certification?", ("62443",)),
    # the rest of the résumé
    ("What languages does he speak?", ("English", "German")),
    ("Has he won any awards?", ("Gold medal",)),
    ("Does he volunteer?", ("Irish Craft Brewers Association",)),
    pytest.param(
        "What does he do outside work?",
        ("Homebrewing",),
        marks=pytest.mark.xfail(
            strict=True,
            reason="each interest is a passage of its own, so the lead is one interest (Hurling) and the others "
            "follow as 'Related'; the interests section is not listed whole for 'outside work' (section_list "
            "lists it only for 'how many')",
        ),
    ),
    ("Does he do any freelance work?", ("Wortwise",)),
    # casual and typo
    ("whats his notice", ("one month",)),
    ("does he no siemens plcs", ("Siemens",)),
    ("hw many hectolitres did the brewery make", ("12,000 hectolitres",)),
    ("wat oee did he get on the yogurt lines", ("71%",)),
    ("is he any good with scada?", ("WinCC",)),
]

# A count of a section leads with the number and cites each entry in turn: every entry must be shown
# (the lead is only the number and the first entry)
LISTED: list[tuple[str, tuple[str, ...]]] = [
    ("How many certifications does he have?", ("TIA Portal", "Certified Automation Professional", "62443")),
    ("How many degrees does he have?", ("Brewing and Distilling", "Food Science", "Industrial Automation")),
]

# Near misses: each names something the portfolio does not have, or asks a figure it never gives
UNANSWERABLE: list[str | ParameterSet] = [
    "Has he used Allen-Bradley PLCs?",
    "Does he know Rockwell FactoryTalk?",
    "Has he used DeltaV?",
    "What was his salary at Glenmore Dairies?",
    "Does he speak French?",
    "Does he have a PhD?",
    "Has he worked at Diageo?",
    "Is he a Certified Cicerone?",
]


@pytest.mark.parametrize(("question", "facts"), ANSWERABLE)
def test_the_answer_leads_with_the_asked_fact(question: str, facts: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_leading(question, facts)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize(("question", "facts"), LISTED)
def test_a_counted_section_shows_every_entry(question: str, facts: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, facts)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_a_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text
