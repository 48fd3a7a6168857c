"""Session 30: whom the employer seeks, then what that person is to do ("We're looking for someone to lead our
platform group of 25 engineers") asks the duty; the sentence was dropped as a line about the employer."""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.parse import _sought_duty


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_the_duty_of_the_one_sought_is_read_as_the_ask() -> None:
    assert _sought_duty("We're looking for someone to lead our data group of 18 engineers.") == (
        "lead our data group of 18 engineers"
    )
    assert _sought_duty("We are looking for a Head of Mobile to build our iOS and Android teams") == (
        "build our iOS and Android teams"
    )


def test_other_sentences_about_the_employer_have_no_duty() -> None:
    assert _sought_duty("We are looking for someone who has shipped Rust services.") is None  # read as asked
    assert _sought_duty("We are looking to grow the team next year.") is None
    assert _sought_duty("We're looking for someone to join us.") is None  # too little to be a duty


def test_a_paragraph_posting_asks_the_duty_of_the_one_sought() -> None:
    job = (
        "Engineering Manager, Checkout — Otter Books (Bristol)\n\n"
        "Otter Books sells second-hand books online. We're looking for someone to lead our checkout group of "
        "12 engineers across two teams. You have at least 2 years of people management.\n"
    )
    got = texts(job)
    assert "lead our checkout group of 12 engineers across two teams" in got, got
