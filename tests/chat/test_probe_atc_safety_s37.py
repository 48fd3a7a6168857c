"""A probe of the offline answerer's and search's honesty on an owner nobody tuned for
(tests/chat/probe_atc_safety_owner.py), session 37.

Written before the engine was run on it or its code read: near misses that share the résumé's words
but ask what it never says (a certificate never held, a salary never given, an employer's size never
stated, a team not managed, a tool only evaluated asked as if used, a figure of another thing), each
beside answerable neighbours with the spans the answer must show, and stated limits whose answer is the
limit itself. A near miss must stay unanswered, and search must mark nothing strong for it.

The first run answered every neighbour and stated limit (32) and 13 of the 35 near misses; search
marked 10 of them strong. Fixed in session 37: a loose count's head noun ("trainee pilots" is not
"14 trainee controllers", people of another name), a share as a count, an organisation's size as her team, a credential titled
by the counted noun as a list of it (chat/counting.py); a standard named by a number the portfolio
never writes, DO-254 beside DO-178C (search/numbered_names.py, in both). The rest are strict
expected failures below.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_atc_safety_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show)
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    ("Does she know Ada?", ("Ada",)),
    ("Has she worked with DO-178C?", ("DO-178C",)),
    ("Has she written safety cases?", ("safety case",)),
    ("Which radar data format does she know?", ("ASTERIX",)),
    ("Has she used Polyspace?", ("Polyspace",)),
    ("How many radar stations feed the tracker?", ("48",)),
    ("How much did she cut false tracks?", ("27%",)),
    ("How many defects did the MISRA C pipeline find?", ("340",)),
    ("How many people work at Aerosure Engineering?", ("120",)),
    ("How many trainee controllers did she train?", ("14",)),
    ("How many aircraft an hour did she handle?", ("45",)),
    ("How long was she an air traffic controller?", ("eight years",)),
    ("Where is she based?", ("Toulouse",)),
    ("What's her notice period?", ("three months",)),
    ("Can she work in the EU?", ("EU",)),
    ("Where did she study safety-critical systems?", ("University of York",)),
    ("Is she ISTQB certified?", ("ISTQB",)),
    ("What languages does she speak?", ("Dutch", "English", "French")),
    ("What does she do for fun?", ("Gliding",)),
    ("Has she published anything?", ("Writing safety cases that reviewers can read",)),
    ("Has she won any awards?", ("Skyfold Engineering Excellence Award",)),
    ("Does she volunteer?", ("Aéroclub de Toulouse Vol à Voile",)),
    ("How big is her team at Skyfold?", ("six",)),
    ("How many incident reports has she reviewed?", ("60",)),
    ("How many stars does asterix-ada have?", ("120",)),
]

# Stated limits: the answer is the limit the résumé states (question, spans the answer must show)
STATED_LIMITS: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    ("Does she manage the team at Skyfold?", ("not manage",)),
    ("Does she have a security clearance?", ("security clearance",)),
    ("Is she willing to relocate?", ("relocate",)),
    ("Is her air traffic controller licence still valid?", ("lapsed in 2018",)),
    ("Did she adopt SPARK Pro?", ("not to adopt",)),
    ("Has she certified software to DO-178C Level A?", ("never Level A",)),
    ("Is she open to fully remote roles?", ("not looking for fully remote",)),
]

# Near misses: share the résumé's words, ask what it never says
UNANSWERABLE: list[str] = [
    # a certificate never held, or a level not held
    "Is she a Certified Safety Professional?",
    "Does she have a PMP certification?",
    "Is she ISTQB Advanced Level certified?",
    "Does she have a glider pilot licence?",
    "Does she hold a private pilot licence?",
    # pay never given
    "What are her salary expectations?",
    "What was her salary at Skyfold Avionics?",
    "How much did she earn as an air traffic controller?",
    "What is her day rate?",
    # an employer's size or money never stated
    "How many people work at Skyfold Avionics?",
    "How many employees does Northsea Air Navigation have?",
    "What is Skyfold's annual revenue?",
    # a team not managed or never sized
    "How big was her team at Aerosure Engineering?",
    "How many controllers did she supervise?",
    # a tool only evaluated, asked as if used
    "Which project did she ship with SPARK Pro?",
    "How many defects did LDRA find?",
    "How many proofs did she write in SPARK Pro?",
    # a figure of another thing
    "How many trainee pilots did she train?",
    "How many radar stations does the conflict alert tool use?",
    "How many aircraft does the tracker follow?",
    "How many downloads does asterix-ada have?",
    # an adjacent technology never named
    "Does she know Rust?",
    "Has she worked with DO-254?",
    "Has she used SCADE?",
    "Does she know C++?",
    "Has she worked with ARINC 653?",
    # an employer, place, degree, language, award or book never named
    "Has she worked for Airbus?",
    "Did she work at EUROCONTROL?",
    "Has she worked in Germany?",
    "Does she have a PhD?",
    "Does she speak German?",
    "Has she won a EUROCONTROL safety award?",
    "Has she written a book?",
    # a stat of a pastime
    "How many hours has she flown gliders?",
    "What grade does she climb when bouldering?",
]


@pytest.mark.parametrize(("question", "spans"), ANSWERABLE + STATED_LIMITS)
def test_the_answerable_question_is_answered_with_its_facts(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


# Near misses the answerer still answers, and why (strict: a fix shows as a pass to move out)
_LICENCE = (
    "a licence named by a word the portfolio never writes ('pilot') is answered by the licence held: the "
    "answerer reads credentials without what the portfolio writes (search reads it, and marks them weak); "
    "reading it so in the answerer cost a measured answer (never-tuned-33, s37)"
)
ANSWERED_STILL: dict[str, str] = {
    "Does she have a glider pilot licence?": _LICENCE,
    "Does she hold a private pilot licence?": _LICENCE,
    "How many proofs did she write in SPARK Pro?": (
        "a figure of other things in the passage naming SPARK Pro ('48 radar stations') may count proofs in "
        "other words, as '310 pipelines' counts DAGs (tests/chat/test_count_nouns.py): only people of "
        "another name and shares are refused"
    ),
    "How many aircraft does the tracker follow?": (
        "the tracker's passage is shown as the closest (index.partial), which counts as answered"
    ),
    "How many defects did LDRA find?": (
        "the figure is of the same passage, stated of another tool ('340 defects with Polyspace'); asking "
        "the name in the stating sentence cost tuning answers whose name is in another sentence of the entry"
    ),
    "How many radar stations does the conflict alert tool use?": (
        "'48 radar stations' of the tracker's passage names the thing counted; dropping a figure of a "
        "passage speaking to none of the rest cost a tuning answer (a project's own line, ranked below a job)"
    ),
    "Which project did she ship with SPARK Pro?": (
        "a tool named only as evaluated and not adopted is shown as the closest passage (index.partial), "
        "which counts as answered: 'evaluated ... chose not to adopt' is not read as a stated limit"
    ),
    "Has she written a book?": (
        "a kind of publication never listed ('a book') is answered by the publications the résumé lists (a "
        "symposium paper): the head noun asked is not matched to the entry's kind"
    ),
    "How many hours has she flown gliders?": (
        "a count in units of time is read as a duration worked out from dates (counting._TIME_UNITS) and "
        "never judged, so '45 aircraft an hour' answers it"
    ),
}
# Near misses search still marks strong, and why: the answerer's count reading (chat/counting.py) is
# not search's (search/counts.py, counted_things.py), which judges a count only of one named entry or
# a thing no passage writes
_COUNT_IN_SEARCH = (
    "search does not read which noun a figure counts, whose it is, or an organisation's size against a "
    "team; the answerer declines (chat/counting.py), search keeps the passages strong"
)
STRONG_STILL: dict[str, str] = {
    "How many people work at Skyfold Avionics?": _COUNT_IN_SEARCH,
    "How big was her team at Aerosure Engineering?": _COUNT_IN_SEARCH,
    "How many controllers did she supervise?": _COUNT_IN_SEARCH,
    "How many defects did LDRA find?": _COUNT_IN_SEARCH,
    "How many proofs did she write in SPARK Pro?": _COUNT_IN_SEARCH,
    "How many trainee pilots did she train?": _COUNT_IN_SEARCH,
    "How many radar stations does the conflict alert tool use?": _COUNT_IN_SEARCH,
    "Has she written a book?": ANSWERED_STILL["Has she written a book?"],
    "How many hours has she flown gliders?": ANSWERED_STILL["How many hours has she flown gliders?"],
}


def _marked(known: dict[str, str]) -> list[str | ParameterSet]:
    return [
        pytest.param(q, marks=pytest.mark.xfail(strict=True, reason=known[q])) if q in known else q
        for q in UNANSWERABLE
    ]


@pytest.mark.parametrize("question", _marked(ANSWERED_STILL))
def test_a_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", _marked(STRONG_STILL))
def test_a_near_miss_gets_nothing_strong(question: str) -> None:
    assert not OWNER.strong_hits(question)
