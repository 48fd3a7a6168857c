"""Overclaims by scope, written against the sample owners (phrasings not taken from any set): teaching at
another level than asked, words of an ask shown only apart, a reduplicated compound shown by its part."""

from __future__ import annotations

import datetime as dt

import pytest

from heyfolio.jobfit import Corpus, assess_job, build_corpus
from heyfolio.jobfit.assess import _alt_credit, _apart, _Checker, _reduplicated
from heyfolio.jobfit.audience import audience_not_shown
from heyfolio.jobfit.terms import units
from tests.jobfit.conftest import owner


def _status(who: str, line: str) -> str:
    portfolio, chunks = owner(who)
    report = assess_job(f"Requirements:\n- {line}", portfolio, chunks)
    return str(report["requirements"][0]["status"])


def _corpus(who: str) -> Corpus:
    portfolio, chunks = owner(who)
    return build_corpus(portfolio, chunks, dt.date(2026, 12, 1))


@pytest.mark.parametrize(
    ("who", "line"),
    [
        # a university lecturer asked to teach school pupils
        ("security-owner", "Teach secure coding to high-school students"),
        ("security-owner", "Run secure coding workshops for secondary school pupils"),
        # a school teacher (and a degree in teaching, where she was taught) asked to teach at a university
        ("frontend-owner", "Teach a university course on web development"),
    ],
)
def test_teaching_other_learners_than_asked_is_not_matched(who: str, line: str) -> None:
    assert _status(who, line) != "matched"


@pytest.mark.parametrize(
    ("who", "line"),
    [
        ("security-owner", "Teach web security to university students"),
        ("frontend-owner", "Teach science to teenagers"),
        ("sample-resume", "Teach coding to kids at weekend clubs"),
        ("sample-resume", "Run coding workshops for school children"),
    ],
)
def test_teaching_the_learners_asked_stays_matched(who: str, line: str) -> None:
    assert _status(who, line) == "matched"


def test_the_learners_asked_are_read_after_the_verb_of_teaching() -> None:
    kids = _corpus("sample-resume")  # a teacher at a coding club for young people
    assert audience_not_shown("Tutor undergraduates in algorithms", kids) == "university"
    assert audience_not_shown("Give weekly classes to college students", kids) == "university"
    assert audience_not_shown("Mentor teenagers learning to code", kids) is None
    # no verb of teaching: the learners named are users, not an ask about teaching
    assert audience_not_shown("Build tools for university students and researchers", kids) is None
    # teaching colleagues at work is not a level told apart
    assert audience_not_shown("Coach the developers on our team", kids) is None
    # the owner's teaching names the level asked (a university lecturer)
    uni = _corpus("security-owner")
    assert audience_not_shown("Lecture postgraduate students on cryptography", uni) is None
    assert audience_not_shown("Teach programming to primary school children", uni) == "school"


def test_words_of_an_ask_shown_only_apart_are_no_evidence() -> None:
    # "design", "algorithms" and "exchanges" each shown somewhere else, for another reason
    assert _status("example-owner", "Design trading algorithms for commodity futures exchanges") == "missing"
    corpus = _corpus("example-owner")
    by_uri: dict[str, list[int]] = {}
    for n, sentence in enumerate(corpus.sentences):
        by_uri.setdefault(sentence.uri, []).append(n)
    one = next(ns for ns in by_uri.values() if len(ns) >= 2)
    other = next(ns for uri, ns in by_uri.items() if uri != corpus.sentences[one[0]].uri)
    absent: tuple[float, list[int], str] = (0.0, [], "x")
    apart = [(1.0, [one[0]], "a"), (1.0, [other[0]], "b"), absent, absent, absent]
    together = [(1.0, [one[0]], "a"), (1.0, [one[1]], "b"), absent, absent, absent]
    assert _apart(apart, corpus)
    assert not _apart(together, corpus)
    # half the words shown or more: scattered evidence still relates to the ask
    assert not _apart([(1.0, [one[0]], "a"), (1.0, [other[0]], "b"), absent], corpus)
    # a single word shown is judged elsewhere
    assert not _apart([(1.0, [one[0]], "a"), absent, absent], corpus)


def test_words_shown_together_stay_related_evidence() -> None:
    # a WebGL renderer with a shader in one project: a volumetric renderer is related, not absent
    assert _status("example-owner", "Write shader passes for our volumetric cloud renderer") == "partial"


def test_a_reduplicated_compound_is_its_whole_not_its_part() -> None:
    assert _reduplicated("active-active")
    assert _reduplicated("peer-to-peer")
    assert _reduplicated("face-to-face")
    assert not _reduplicated("multi-region")
    assert not _reduplicated("write-ahead")
    # "Status: active" on a project does not show an active-active set-up; the word alone is still shown
    checker = _Checker(_corpus("example-owner"))
    assert _alt_credit(checker, ["active-active"])[0] == 0.0
    assert _alt_credit(checker, ["active"])[0] > 0.0


@pytest.mark.parametrize(
    "line",
    [
        "Professional work with a JavaScript framework such as Svelte or Ember",
        "A CSS framework (Tailwind or Bulma)",
        "Production use of Python libraries like FastAPI or Pydantic",
    ],
)
def test_tools_for_a_technology_are_not_the_technology(line: str) -> None:
    # Richard shows JavaScript, CSS and no Python: a framework for them is not shown by the language
    assert _status("sample-resume", line) != "matched"


def test_the_kind_a_head_names_still_counts_when_it_is_a_field() -> None:
    assert units_of("Deep learning frameworks (PyTorch or TensorFlow)")[0] == ("Deep", "learning")
    assert ("JavaScript",) not in units_of("Experience with a JavaScript framework (React or Vue)")
    assert units_of("Cloud platforms (AWS or GCP)")[0] == ("Cloud",)


def units_of(line: str) -> list[tuple[str, ...]]:
    """The alternatives of the last unit of a requirement (the one its examples illustrate)."""
    return list(units(line, frozenset())[-1].alternatives)
