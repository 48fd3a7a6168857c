"""Under-calls (session 13): requirements the content meets, or partly meets, read one level too low."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.optional import optional_pieces
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a backend developer in Lisbon with Portuguese, English, some Italian and little Spanish.
OWNER: dict[str, Any] = {
    "basics": {"name": "Ana Teste", "summary": "Backend developer who writes Go and runs Kubernetes."},
    "work": [
        {
            "name": "Faro Pay",
            "position": "Backend Developer",
            "startDate": "2019-03",
            "highlights": ["Built the payouts service in Go on Kubernetes"],
        }
    ],
    "languages": [
        {"language": "Portuguese", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent (C1)"},
        {"language": "Italian", "fluency": "Intermediate (B1)"},
        {"language": "Spanish", "fluency": "Elementary (A2)"},
    ],
}


def _status(line: str, doc: dict[str, Any] = OWNER) -> str:
    item = assessed(doc, line, today=TODAY)
    return str(item["status"])


def test_a_wished_for_clause_is_found_apart_from_the_must() -> None:
    assert optional_pieces("Fluent English; Dutch is nice to have") == ["Dutch is nice to have"]
    assert optional_pieces("Fluent English, ideally also French") == ["ideally also French"]
    assert optional_pieces("Dutch is a plus") == []  # all wish: judged on its own words
    assert optional_pieces("Fluent Portuguese and English") == []


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Fluent English; Italian is nice to have", "matched"),  # Italian B1 is below "fluent"
        ("Fluent English; Dutch is a plus", "matched"),  # no Dutch: a wish, not the ask
        ("Fluent English, ideally also German", "matched"),
        ("Fluent Italian; English is a plus", "partial"),  # the must is the one below the level
        ("Fluent Dutch; English is a plus", "missing"),
    ],
)
def test_a_language_only_wished_for_does_not_weigh_on_the_one_asked(line: str, want: str) -> None:
    assert _status(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Spanish at professional working proficiency", "partial"),  # A2: some of it, less than asked
        ("Fluent Spanish", "partial"),  # A2 listed: not at the level asked (session 18)
        ("Spanish at B2 level", "partial"),
        ("Basic Spanish", "matched"),
        ("Fluent Dutch", "missing"),  # not listed at all
    ],
)
def test_a_language_listed_below_the_level_asked_is_partial(line: str, want: str) -> None:
    assert _status(line) == want


# A made-up owner whose video work is a skill line, and who wrote about video elsewhere.
CODEC_OWNER: dict[str, Any] = {
    "basics": {"name": "Vic Test", "summary": "Engineer who likes small files."},
    "work": [
        {
            "name": "Frame Labs",
            "position": "Software Engineer",
            "startDate": "2020-01",
            "highlights": ["Wrote a video player for set-top boxes"],
        }
    ],
    "skills": [{"name": "Compression", "level": "Advanced", "keywords": ["H.264", "MP4", "WebP"]}],
}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Video compression formats such as H.264 and MP4", "matched"),  # the examples are the video kind
        ("Image compression formats like WebP", "matched"),
        ("Audio compression formats such as MP3 or AAC", "missing"),  # no example shown
        (
            "Audio compression formats (MP4, H.264)",
            "partial",
        ),  # a list in brackets says no more than it names
    ],
)
def test_examples_shown_show_the_kind_they_exemplify(line: str, want: str) -> None:
    assert _status(line, CODEC_OWNER) == want


APP_OWNER: dict[str, Any] = {
    "basics": {"name": "Mo Test", "summary": "React Native developer."},
    "work": [{"name": "Appy", "position": "Mobile Developer", "startDate": "2021-01"}],
    "skills": [{"name": "Delivery", "keywords": ["Fastlane", "Sentry"]}],
}


def test_mobile_ci_cd_is_shown_by_the_tools_made_for_app_releases() -> None:
    assert _status("Mobile CI/CD", APP_OWNER) == "matched"  # Fastlane is a mobile release pipeline
    assert _status("Mobile CI/CD", CODEC_OWNER) == "missing"


def test_how_a_recruiter_asks_is_not_a_thing_to_show() -> None:
    assert _status("They need deep experience with Go and Kubernetes") == "matched"
    assert _status("Additionally, they need hands-on Kubernetes") == "matched"
    assert _status("They need deep experience with Rust") == "missing"
