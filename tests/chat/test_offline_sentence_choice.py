"""Which sentences of a passage the offline reply keeps: a list question keeps every equally good
sentence, a "how" question whose best match states a result keeps the sentence telling how, a
sentence going on by a pronoun stays with the one it continues, and a superlative of size keeps the
figures; what happened to a company is read from the employer's events."""

from __future__ import annotations

from heyfolio.chat.offline import _best_sentences, _entry_focus, _scored_sentences

# A consultancy entry: four clients, each a sentence of its own.
CLIENTS = "\n".join(
    [
        "Several client engagements, often two at once.",
        "Client: Harbour Ferries - rebuilt the timetable app.",
        "Client: Moss Bakery - built the ordering site.",
        "Client: North Library - audited the catalogue search.",
        "Client: Pine Clinic - shipped the booking widget.",
        "Ran a workshop on testing for the client teams.",
    ]
)


def test_a_list_question_keeps_every_sentence_that_answers_as_well_as_the_best() -> None:
    said = _best_sentences(CLIENTS, "Which clients did he work with?")
    for name in ("Harbour Ferries", "Moss Bakery", "North Library", "Pine Clinic"):
        assert name in said
    # a question for one thing is not a list: the usual count holds
    one = _best_sentences(CLIENTS, "Who was the client for the booking widget?")
    assert "Pine Clinic" in one and one.count("Client:") < 4


WRITE_UP = (
    "The queue used to be drained by a cron job every ten minutes. "
    "We moved the consumers onto a push subscription with batched acknowledgements. "
    "Delivery lag went from 10 minutes to 4 seconds. "
    "The old cron host was switched off in March."
)
HIGHLIGHTS = "\n".join(
    [
        "- Moved the consumers onto a push subscription.",
        "- Delivery lag went from 10 minutes to 4 seconds.",
    ]
)


def test_a_how_question_answered_by_a_result_also_gets_how_it_was_reached() -> None:
    said = _best_sentences(WRITE_UP, "How did he get the delivery lag down?")
    assert "10 minutes to 4 seconds" in said
    assert "push subscription" in said  # the sentence before the result says how
    # a highlight stands alone: the item before it is another result, not how this one was reached
    assert "push subscription" not in _best_sentences(HIGHLIGHTS, "How did he get the delivery lag down?")


MODEL = (
    "For a year I led the team building a demand model for the grocery chain's bakeries. "
    "It now runs for forty stores and cut unsold bread from 14% to 9%. "
    "The features came from the till data and the weather forecast."
)


def test_a_sentence_going_on_by_a_pronoun_is_kept_with_the_one_it_continues() -> None:
    said = _best_sentences(MODEL, "What did her demand model do for the bakeries?")
    assert "14% to 9%" in said


FLEETS = [
    "Owns the update path of the meter platform.",
    "Designed the signed update path; failed installs fell to 0.1% across 250,000 meters.",
]


def test_a_superlative_of_size_ranks_the_sentence_with_figures_first() -> None:
    # both sentences say "update path"; the largest fleet is a figure, so the one stating it answers
    best = _scored_sentences(FLEETS, "What's the largest fleet he has shipped an update path to?")
    assert best[0][1] == 1 and best[0][0] > best[1][0]


JOB = [
    "Work experience: Firmware Developer at Wattly in Tallinn, Estonia (2014-03 – 2016-05)",
    "Wattly: Smart-meter start-up",
    "Wrote the meter firmware in C on a Cortex-M0.",
    "Highlights:",
    "- Built the over-the-air update path",
    "- One of five engineers; the start-up was bought by a utility in 2016",
]


def test_what_happened_to_a_company_is_answered_by_its_events() -> None:
    said = _entry_focus(JOB, "What happened to the smart-meter start-up he worked at?", None)
    assert "bought by a utility" in said


def test_a_how_question_about_an_entry_it_names_is_told_by_the_first_result() -> None:
    club = [
        "Volunteer: Mentor at Riverside Code Club (2019-01 – present)",
        "A free weekend coding club for teenagers.",
        "Highlights:",
        "- Wrote an eight-week course around programming a robot arm with an Arduino",
        "- Grew the club from 10 to 30 members",
    ]
    said = _entry_focus(club, "how does she teach teenagers to code", None, highlight=False)
    assert "robot arm" in said
    assert "robot arm" not in _entry_focus(club, "does she volunteer with teenagers", None, highlight=False)
