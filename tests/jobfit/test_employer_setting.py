"""The employer's own setting (session 16): "into our booking app", "at our meetups" say where the work
happens, not a thing the owner must have shown; "of our ..." and "for our ..." stay asked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.setting import employer_setting
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a web developer in Aarhus who integrates payments and runs workshops.
OWNER: dict[str, Any] = {
    "basics": {"name": "Freja Prøve", "summary": "Web developer."},
    "work": [
        {
            "name": "Molslinjen Digital",
            "position": "Web Developer",
            "startDate": "2020-02",
            "highlights": [
                "Integrated the Stripe payment APIs in the customer web shop",
                "Coached beginners in HTML and CSS at weekend workshops",
            ],
        }
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_setting_words() -> None:
    assert employer_setting("Integrate Stripe APIs into our booking app") == frozenset({"book", "app"})
    assert employer_setting("Coach beginners at our meetups") == frozenset({"meetup"})
    # session 20: the owner of a part is the setting too ("the Kubernetes clusters of our lending platform")
    assert employer_setting("Own the reliability of our booking app") == frozenset({"book", "app"})
    assert employer_setting("Design caching for our booking app") == frozenset()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Integrate Stripe APIs into our booking app", "matched"),  # the app is the employer's
        ("Coach beginners at our meetups", "matched"),
        ("Integrate Adyen APIs into our booking app", "missing"),  # the named thing is still asked
    ],
)
def test_the_setting_is_not_asked(line: str, want: str) -> None:
    assert _status(line) == want
