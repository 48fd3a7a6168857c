"""A question that names a thing is answered only when the portfolio names it, in the same sense."""

from __future__ import annotations

from pathlib import Path

from heyfolio.chat.support import missing_names, unsupported
from heyfolio.content.loader import load_portfolio
from heyfolio.search.chunks import chunk_portfolio
from tests.chat.test_offline_answers import ask

ROOT = Path(__file__).resolve().parents[2]
OWNER = chunk_portfolio(load_portfolio(ROOT / "content"))
SAMPLE = chunk_portfolio(
    load_portfolio(ROOT.parent / "shared" / "fixtures" / "jsonresume" / "sample.resume.json")
)


def test_a_school_no_education_entry_names_is_not_answered_from_the_degrees() -> None:
    assert unsupported("did she study at stanford?", OWNER) == ["stanford"]
    answer = ask("did she study at stanford?")
    assert not answer.answered and not answer.cited and "doesn't mention stanford" in answer.text


def test_a_name_in_another_sense_does_not_answer_a_school_question() -> None:
    # "MIT" is in the portfolio only as shoal's licence, never as a school
    for question in ("Did she get her degree from MIT?", "is she an MIT grad", "Did she go to MIT?"):
        assert unsupported(question, OWNER) == ["MIT"], question
        assert not ask(question).answered


def test_a_school_the_portfolio_names_is_answered() -> None:
    assert unsupported("did she study at delft", OWNER) == []
    assert unsupported("did she go to TU Delft?", OWNER) == []
    assert unsupported("did he study at Stanford", SAMPLE) == []  # Richard's summary names it
    answer = ask("did she study at delft")
    assert answer.answered and "Delft" in answer.text


def test_a_certification_must_be_named_by_a_certificate() -> None:
    assert unsupported("does she have an azure certification", OWNER) == ["azure"]
    assert unsupported("does she have k8s certs", OWNER) == []  # an alias of Kubernetes
    assert unsupported("is she AWS certified", OWNER) == []
    assert unsupported("What's the most recent certification she earned?", OWNER) == []  # not a name
    assert not ask("does she have an azure certification").answered


def test_an_industry_the_portfolio_never_names_is_not_answered() -> None:
    assert unsupported("has she ever worked in healthcare", OWNER) == ["healthcare"]
    assert unsupported("has she worked in logistics", OWNER) == []
    assert unsupported("has she worked in fintech", OWNER) == []  # payments is fintech
    assert unsupported("Would she consider a job in ad tech?", OWNER) == []


def test_a_missing_technology_is_said_but_the_closest_evidence_is_still_shown() -> None:
    assert missing_names("any flink experience? we do a lot of stream processing", OWNER) == ["flink"]
    assert missing_names("does she know Kafka or Flink?", OWNER) == ["Flink"]
    assert missing_names("any iOS apps?", OWNER) == ["iOS"]  # not the "io" of io_uring
    assert missing_names("does she know golang", OWNER) == []
    assert missing_names("did she go to the office", OWNER) == []  # "go" the verb, not Go
    answer = ask("does she know Kafka or Flink?")
    assert answer.answered and answer.text.startswith("The portfolio doesn't mention Flink.")
    assert "Kafka" in answer.text and answer.cited
