"""A probe of the offline answerer's honesty on an owner nobody tuned for (tests/chat/probe_voice_actor_owner.py).

Written before the answerer was run on it: near-miss questions the portfolio cannot answer (an
adjacent technology, a salary or count never given, a figure asked for a year it is not dated to, a
degree not held, a stat of a pastime, an employer or place never named, a certificate level not held),
each beside an answerable neighbour with the spans its answer must show. A near miss must stay
unanswered; a neighbour counts when it is answered, cites a passage and shows every span.

The first run answered 10 of the 46 near misses and missed 1 of the 49 neighbours (the job in
Stockholm shown without its place). Fixed in session 35: pay asked of the past (chat/past_pay.py), a
rate named by its period (chat/rate_periods.py), a list entry of another year than the one asked
(chat/counting.py), the place a question names shown with the job (offline.frame). The rest are
strict expected failures.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_voice_actor_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show) - the answerable neighbour of each near miss below
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # technologies
    ("Has he used Rasa?", ("Rasa",)),
    ("Does he know Python?", ("Python",)),
    ("Has he built Alexa skills?", ("Alexa",)),
    ("Has he worked with Whisper?", ("Whisper",)),
    ("Does he know Kaldi?", ("Kaldi",)),
    ("Does he know Node.js?", ("Node.js",)),
    ("Has he used PyTorch?", ("PyTorch",)),
    ("Does he know SSML?", ("SSML",)),
    ("Has he built Google Assistant actions?", ("Google Assistant",)),
    ("Does he know PostgreSQL?", ("PostgreSQL",)),
    ("Has he used AWS Lambda?", ("Lambda",)),
    # pay and logistics
    ("What are his salary expectations?", ("SEK 720,000",)),
    ("what's his notice period", ("one month",)),
    ("Where is he based?", ("Gothenburg",)),
    ("Does he work remotely?", ("remote",)),
    ("Can he work in the EU?", ("EU",)),
    # counts and figures the content gives
    ("How many audiobooks has he narrated?", ("46",)),
    ("How many seasons did he act on stage?", ("eight",)),
    ("How many restaurants use the voice-ordering assistant?", ("180",)),
    ("How many orders does the assistant take a week?", ("9,000",)),
    ("What is the order accuracy of the assistant?", ("96%",)),
    ("How much did the Whisper pipeline cut transcription cost?", ("60%",)),
    ("How many Alexa skills did he ship?", ("14",)),
    ("How many monthly users did the recipe skill have?", ("30,000",)),
    ("How big is his team at Beställ?", ("four",)),
    ("How many people work at Talande Labs?", ("25",)),
    ("How many roles did he play?", ("30",)),
    ("how many stars does rasa-sv have", ("800",)),
    ("What does Beställ do?", ("Voice ordering",)),
    ("How much did he cut the average call length?", ("3 minutes 40 seconds", "2 minutes 10 seconds")),
    # education
    ("Did he go to drama school?", ("Academy of Music and Drama",)),
    ("What did he study?", ("Acting",)),
    ("Has he studied machine learning?", ("machine learning",)),
    # pastimes
    ("What does he do for fun?", ("Sailing",)),
    ("does he do improv", ("Improv",)),
    ("Does he go birdwatching?", ("Birdwatching",)),
    # employers and places
    ("Where does he work now?", ("Beställ",)),
    ("Did he work at an agency?", ("Talande Labs",)),
    ("Has he worked in Stockholm?", ("Stockholm",)),
    ("Which theatre did he act at?", ("Göteborgs Repertoarteater",)),
    ("Did he play Hamlet?", ("Hamlet",)),
    # certificates, languages, awards, volunteering
    ("Is he Rasa certified?", ("Rasa Certified Developer",)),
    ("Does he have an AWS certification?", ("Alexa Skill Builder",)),
    ("Does he have a TensorFlow certificate?", ("TensorFlow Developer Certificate",)),
    ("What languages does he speak?", ("Swedish", "English", "Norwegian")),
    ("Does he speak German?", ("German",)),
    ("Has he won any awards?", ("Audiobook of the Year",)),
    ("Does he volunteer?", ("Talking Newspaper",)),
    ("How many editions of the talking newspaper has he recorded?", ("250",)),
]

# Near misses: each names something the portfolio does not have, or asks a figure it never gives
UNANSWERABLE: list[str | ParameterSet] = [
    # an adjacent technology
    "Has he used Dialogflow?",
    "Has he used Voiceflow?",
    "Does he know Java?",
    "Has he used Amazon Lex?",
    "Has he worked with Microsoft Bot Framework?",
    "Does he know TensorFlow.js?",
    "Has he used Kubernetes?",
    "Does he know Go?",
    "Has he used Twilio?",
    "Has he worked with Google Cloud Speech-to-Text?",
    "Does he know MongoDB?",
    "Has he used LangChain?",
    # pay and counts never given
    "What was his salary at Talande Labs?",
    "What did he earn as an actor?",
    "What is his hourly rate?",
    "How much did he get paid per audiobook?",
    "How many calls does the assistant handle a day?",
    "How many engineers work at Beställ?",
    "How much revenue does Beställ make?",
    "How many downloads does rasa-sv have?",
    "How many stars does Prosody Check have?",
    pytest.param(
        "How many users does the rasa-sv chatbot have?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'used by three Swedish municipalities' is read as the thing's users (search/served.py, "
            "which answers 'how many customers does <product> have?' by 'used by 27 councils'): the two "
            "probes' labels differ on whether organisations using a thing are its users",
        ),
    ),
    pytest.param(
        "How many hours of audio has he recorded for the talking newspaper?",
        marks=pytest.mark.xfail(
            strict=True, reason="hours asked are not read as a count: a figure of editions answers"
        ),
    ),
    pytest.param(
        "How many schools did he tour?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a loose count takes another noun's figure ('eight seasons') from a passage naming the "
            "thing without one (fix measured, not merged: notes/s35/h35-unans)",
        ),
    ),
    # a figure asked for a year it is not dated to
    "How many orders did the assistant take in 2022?",
    "How many restaurants used Beställ in 2021?",
    "How many audiobooks did he narrate in 2013?",
    # a degree not held
    "Does he have a PhD?",
    "Does he have a master's degree?",
    pytest.param(
        "Does he have a bachelor's degree?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a diploma may be a degree (a German Diplom is above one), so the level is left to the reader",
        ),
    ),
    # a stat of a pastime
    pytest.param(
        "What boat does he sail?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="badly chosen: 'dinghy racing' does name the kind of boat, so the answer is fair",
        ),
    ),
    "How many races has he won sailing?",
    "How many bird species has he seen?",
    "How many improv shows has he performed?",
    # an employer or place never named
    "Has he worked for Spotify?",
    "Did he work at the Royal Dramatic Theatre?",
    "Has he worked at Amazon?",
    "Has he worked in Denmark?",
    "Has he lived in London?",
    pytest.param(
        "Did he act in films?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a medium no passage names ('films') is answered by acting in general (theatre)",
        ),
    ),
    # a certificate or level not held
    "Is he an AWS Solutions Architect?",
    "Is he a certified Scrum Master?",
    "Does he have the Google Professional Machine Learning Engineer certification?",
    "Does he speak French?",
    "Does he speak Finnish?",
    "Has he won an Emmy?",
]


# A degree field not held is said before the degrees the portfolio lists (answered, by design: "no, he
# studied X" is the answer): (question, what the reply must say)
HONEST: list[tuple[str, str]] = [
    ("Does he have a computer science degree?", "doesn't mention a degree in computer science"),
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
    assert said in answer.text and "Acting" in answer.text, answer.text
