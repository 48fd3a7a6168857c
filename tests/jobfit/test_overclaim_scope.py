"""Overclaims by scope, written against the sample owners (phrasings not taken from any set): teaching at
another level than asked, words of an ask shown only apart, a reduplicated compound shown by its part."""

from __future__ import annotations

import datetime as dt

import pytest

from heyfolio.jobfit import Corpus, assess_job, build_corpus
from heyfolio.jobfit.assess import _alt_credit, _Checker, _reduplicated
from heyfolio.jobfit.audience import audience_not_shown
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
    assert audience_not_shown("Coach the developers on our team", kids) == "professional"
    assert audience_not_shown("Tutor undergraduates in algorithms", kids) == "university"
    assert audience_not_shown("Mentor teenagers learning to code", kids) is None
    # no verb of teaching: the learners named are users or colleagues, not an ask about teaching
    assert audience_not_shown("Build tools for developers and university students", kids) is None
    # the owner's own teaching names no learners of another kind: nothing to hold against the ask
    uni = _corpus("security-owner")
    assert audience_not_shown("Lecture postgraduate students on cryptography", uni) is None


@pytest.mark.parametrize(
    ("who", "line"),
    [
        # "compiler" from a course and "flags"/"embedded" elsewhere: no passage shows two of them
        ("example-owner", "Tune compiler flags for embedded satellite radios"),
        ("example-owner", "Model credit risk for consumer loan portfolios"),
    ],
)
def test_words_of_an_ask_shown_only_apart_are_no_evidence(who: str, line: str) -> None:
    assert _status(who, line) == "missing"


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
