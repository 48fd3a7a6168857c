"""Session 24: missing asks read as partial. A cross-platform framework opening a line ("Flutter apps with
offline sync") read as a plain word, so the rest of the line carried it; the thing a line is about never
named while what follows "with" / "on" is shown ("Xamarin apps with Firebase", "Pulumi stacks on AWS")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.setting_only import shown_only_as_setting
from heyfolio.jobfit.terms import units
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a native mobile engineer in Ghent who also runs the team's cloud.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Ines Voorbeeld",
        "summary": "Native iOS and Android engineer; I care about offline-first apps and calm release trains.",
    },
    "work": [
        {
            "name": "Leie Mobility",
            "position": "Senior Mobile Engineer",
            "startDate": "2019-03",
            "highlights": [
                "Built offline sync for the rider app in Kotlin, so tickets work with no signal",
                "Moved push notifications to Firebase and the app's backend to AWS with Terraform",
            ],
        }
    ],
    "skills": [
        {"name": "Mobile", "level": "Expert", "keywords": ["Swift", "Kotlin", "Firebase", "Offline sync"]},
        {"name": "Cloud", "level": "Advanced", "keywords": ["AWS", "Terraform", "Kubernetes"]},
    ],
}


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


def test_cross_platform_frameworks_are_named_at_the_start_of_a_line() -> None:
    for word in ("Flutter", "Dart", "Xamarin", "Ionic"):
        assert any(u.named for u in units(f"{word} apps with offline sync", frozenset())), word
    assert _status("Flutter apps with offline sync") == "missing"
    assert _status("Ionic apps with offline sync") == "missing"
    assert _status("Kotlin apps with offline sync") == "matched"  # a language she writes still carries it


def test_a_brand_opening_the_line_is_its_own_product() -> None:
    assert _status("Tailwind CSS") == "missing"


def test_the_setting_of_a_thing_never_named_is_no_share_of_it() -> None:
    assert _status("Xamarin apps with Firebase") == "missing"
    assert _status("Experience with Pulumi stacks on AWS") == "missing"
    assert _status("Istio or Linkerd on Kubernetes") == "missing"


def test_things_joined_or_shown_keep_their_share() -> None:
    assert _status("Xamarin and Firebase") == "partial"  # each is asked
    assert _status("Kubernetes on Google Cloud") != "matched"
    assert _status("Terraform on AWS") == "matched"


def test_only_a_product_name_heads_the_padded_reading() -> None:
    # initials or a coined word name a kind the setting may be an instance of: other checks read them
    assert not shown_only_as_setting(
        "OLAP on BigQuery", [((("OLAP",),), False, False), ((("BigQuery",),), True, True)]
    )
    assert shown_only_as_setting(
        "Nomad jobs on AWS", [((("Nomad",),), False, False), ((("AWS",),), True, True)]
    )
    # a head with some word written elsewhere ("Google Cloud" beside "cloud") is not read so
    assert not shown_only_as_setting(
        "Nomad jobs on AWS", [((("Nomad",),), False, True), ((("AWS",),), True, True)]
    )
    # "and" or a comma between: both asked
    assert not shown_only_as_setting(
        "Nomad, with AWS", [((("Nomad",),), False, False), ((("AWS",),), True, True)]
    )
