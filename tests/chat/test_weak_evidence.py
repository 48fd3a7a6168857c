"""A question asked in words of its own is answered from a passage search marks weak when one of its
sentences says it; a near miss - naming a thing the portfolio never names, asking a quantity the
sentence does not state, or asking yes or no - is not. A fictional greenhouse-automation engineer; the closeness in meaning
is given per sentence, as the embedding model would."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from heyfolio.chat.weak_evidence import weak_answer
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Skill, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import Hit

KEYS = "Retired 310 long-lived deploy keys by moving the build servers to short-lived tokens."
HEAT = "Lowered the heating bill of the glasshouses by €52,000 a year with a new valve controller."
SORT = "Rewrote the tomato sorting line's vision check, taking it from 900 ms to 120 ms per crate."
PLAIN = "Ran the plant's weekly safety walk with the site manager."

RESUME = Resume(
    basics=Basics(
        name="Anouk Verbeek", label="Automation Engineer", summary="Automation engineer in Westland."
    ),
    work=(
        Work(
            name="Kasgroen BV",
            position="Automation Engineer",
            start_date=PartialDate("2019-03", 2019, 3),
            highlights=(KEYS, HEAT, SORT, PLAIN),
        ),
    ),
    skills=(Skill(name="Control systems", keywords=("PLC", "Python", "Modbus")),),
)
CHUNKS: Sequence[Chunk] = chunk_portfolio(Portfolio(resume=RESUME))
OWNER = ["Anouk", "Verbeek"]
JOB = next(c for c in CHUNKS if c.kind == "work")
WEAK = [Hit(chunk=JOB, score=0.3, snippet=JOB.text[:200], weak=True)]


Closeness = Callable[[Sequence[str]], list[float]]


def close_to(*sentences: str, cosine: float = 0.6) -> Closeness:
    """Closeness in meaning: ``cosine`` for the sentences named, 0.1 for every other."""

    def closeness(given: Sequence[str]) -> list[float]:
        return [cosine if any(s.rstrip(".") in g for s in sentences) else 0.1 for g in given]

    return closeness


def read(question: str, closeness: Closeness | None) -> list[str]:
    return [r.sentence for r in weak_answer(question, WEAK, CHUNKS, closeness, OWNER)]


def test_a_paraphrase_is_answered_by_the_sentence_closest_in_meaning() -> None:
    assert any(
        "deploy keys" in s for s in read("Which old build server keys did she get rid of?", close_to(KEYS))
    )
    assert any(
        "heating bill" in s for s in read("How much did she save on the glasshouse heating?", close_to(HEAT))
    )
    assert any("900 ms" in s for s in read("How fast is the tomato sorting check now?", close_to(SORT)))


def test_a_sentence_not_close_in_meaning_does_not_answer() -> None:
    assert read("Which old build server keys did she get rid of?", close_to(KEYS, cosine=0.3)) == []
    assert read("Which old build server keys did she get rid of?", None) == []  # no embedding model


def test_a_thing_the_portfolio_never_names_is_a_near_miss() -> None:
    # a technology, and a name written with a capital, that no passage names
    assert read("What build servers did she move to Kubernetes tokens?", close_to(KEYS)) == []
    assert read("Which keys of the Rotterdam build servers did she retire?", close_to(KEYS)) == []


def test_a_yes_or_no_question_needs_a_sentence_very_close_that_says_two_of_its_words() -> None:
    # "did she...?" answered with a passage that only comes close reads as a yes
    assert read("Did she get rid of old build server keys?", close_to(KEYS, cosine=0.45)) == []
    assert read("Has she retired any old passwords?", close_to(KEYS)) == []  # one word of it said
    assert any("deploy keys" in s for s in read("Did she get rid of old build server keys?", close_to(KEYS)))


def test_a_short_question_about_a_word_the_portfolio_lacks_is_not_answered() -> None:
    assert read("Hydroponics keys?", close_to(KEYS)) == []


def test_the_sentence_must_state_the_kind_of_thing_asked_for() -> None:
    # money is said in a currency, speed in time, a count in a number (a "when" is read with the
    # entry's dates, which its title carries)
    assert read("How much money did the safety walk save?", close_to(PLAIN)) == []
    assert read("How fast was the plant's safety walk?", close_to(PLAIN)) == []
    assert read("How many plant safety walks did she run?", close_to(PLAIN)) == []
    assert read("Who did she run the plant safety walks with?", close_to(PLAIN)) != []
