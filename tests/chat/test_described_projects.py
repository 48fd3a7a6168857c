"""Projects compared by what they are ("the trace viewer or the Rust log library"), not only by name."""

from __future__ import annotations

from heyfolio.chat.ranking import compared_projects
from heyfolio.search.chunks import Chunk
from tests.chat.test_offline_answers import ask


def _project(name: str, text: str) -> Chunk:
    ident = f"projects/{name}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="project", title=name, text=text)


CHUNKS = [
    _project(
        "shoal", "Project: shoal — A fast in-browser viewer for OpenTelemetry traces.\nLanguages: TypeScript"
    ),
    _project("ledgerline", "Project: ledgerline — An embeddable append-only log in Rust.\nLanguages: Rust"),
    _project(
        "ebbflow",
        "Project: ebbflow — A Kubernetes operator in Go that scales queue workers.\nTopics: Kubernetes, autoscaling",
    ),
    _project("tidy", "Project: tidy — A Rust formatter.\nLanguages: Rust"),
]


def test_each_side_of_the_comparison_is_the_project_it_describes() -> None:
    question = "Which repo is more starred on GitHub, the trace viewer or the Rust log library?"
    assert compared_projects(CHUNKS, question) == ["shoal", "ledgerline"]


def test_a_word_the_stemmer_cuts_differently_still_describes() -> None:
    # "autoscaler" and "autoscaling" stem apart; their shared beginning names the same thing
    question = "Which got more traction, her browser trace viewer or the k8s autoscaler?"
    assert compared_projects(CHUNKS, question) == ["shoal", "ebbflow"]


def test_a_side_two_projects_fit_equally_describes_none() -> None:
    assert compared_projects(CHUNKS, "Is the Rust one or the trace viewer more popular?") == []
    assert compared_projects(CHUNKS, "What did she build?") == []
    assert compared_projects(CHUNKS, "Is she better at TypeScript or Go?") == []  # skills, one word each


def test_the_reply_compares_the_described_projects_by_their_stars() -> None:
    answer = ask("Which got more traction on GitHub, her browser trace viewer or the k8s autoscaler?")
    assert answer.answered and answer.text.startswith("Compared by what the portfolio reports")
    assert "1,100 GitHub stars" in answer.text and "600 GitHub stars" in answer.text
