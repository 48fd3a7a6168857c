""" "What did they build it with?" is answered by the sentence naming the technologies."""

from __future__ import annotations

from heyfolio.chat.offline import _best_sentences, _scored_sentences

SENTENCES = [
    "Roles: Team lead, Designer.",
    "Built by all women team of newbie programmers.",
    "Using modern technologies such as GoogleMaps, Chrome Extension and Javascript.",
]
TEXT = "\n".join(SENTENCES)


def test_the_sentence_naming_a_technology_answers_what_it_was_built_with() -> None:
    for question in (
        "What was the hackathon app where he was team lead, and what did they build it with?",
        "what stack was it written in",
        "What tech did the team use for the hackathon app?",
    ):
        assert "GoogleMaps" in _best_sentences(TEXT, question), question
    assert _scored_sentences(SENTENCES, "what stack was it written in")[0][1] == 2


def test_a_question_not_asking_for_the_tools_keeps_the_verb_as_a_topic() -> None:
    best = _scored_sentences(SENTENCES, "Who built the hackathon app?")
    assert best[0][1] == 1 and best[0][0] > 0
    assert "GoogleMaps" not in _best_sentences(TEXT, "Who built the hackathon app?")
