"""A requirement written in another language (a bilingual posting's line) read in English (session 13)."""

from __future__ import annotations

import pytest

from heyfolio.jobfit.foreign import in_english
from tests.jobfit.test_under_calls import _status


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "Experiência com testes end-to-end (Playwright ou Cypress)",
            "experience with tests end-to-end (Playwright or Cypress)",
        ),
        (
            "Verhandlungssichere Deutschkenntnisse (mindestens C1)",
            "business fluent German knowledge (at least C1)",
        ),
        ("Veröffentlichte CVEs", "published CVEs"),
        ("Experiencia con Go y Kubernetes", "experience with Go and Kubernetes"),
    ],
)
def test_a_line_in_another_language_is_read_in_english(written: str, read: str) -> None:
    assert in_english(written) == read


@pytest.mark.parametrize(
    "line",
    ["Experience with Go or Rust", "No .com experience needed", "Results et al. in Go", "Café ordering apps"],
)
def test_an_english_line_is_read_as_written(line: str) -> None:
    assert in_english(line) == line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Experiência com Go e Kubernetes", "matched"),
        ("Conhecimentos de Rust", "missing"),
        ("Português nativo", "matched"),
        ("Fließende Englischkenntnisse", "matched"),
        (
            "Verhandlungssichere Italienischkenntnisse",
            "missing",
        ),  # a language name the glossary lacks: not shown
    ],
)
def test_a_requirement_in_another_language_is_judged_on_what_it_asks(line: str, want: str) -> None:
    assert _status(line) == want
