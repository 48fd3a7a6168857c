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
    def unwritten(word: str) -> bool:
        return False

    def cloud_written(word: str) -> bool:
        return word.casefold() == "cloud"

    def nomad_written(word: str) -> bool:
        return word.casefold() == "nomad"

    def pipelines_written(word: str) -> bool:
        return word.casefold() == "pipelines"

    aws = ((("AWS",),), True)
    # initials or a coined word name a kind the setting may be an instance of: other checks read them
    assert not shown_only_as_setting("OLAP on BigQuery", [((("OLAP",),), False), aws], unwritten)
    assert shown_only_as_setting("Nomad jobs on AWS", [((("Nomad",),), False), aws], unwritten)
    # the vendor is no word of the product's own; a vendor and a generic word alone are no product
    assert shown_only_as_setting(
        "HashiCorp Nomad on AWS", [((("HashiCorp", "Nomad"),), False), aws], unwritten
    )
    assert not shown_only_as_setting(
        "Google Cloud with AWS", [((("Google", "Cloud"),), False), aws], unwritten
    )
    # a product whose own word the owner writes elsewhere is left to the other checks
    assert not shown_only_as_setting("Nomad jobs on AWS", [((("Nomad",),), False), aws], nomad_written)
    # ... but another word of its name may be written ("Cloud", "Pipelines")
    assert shown_only_as_setting(
        "Kubeflow Pipelines on AWS", [((("Kubeflow", "Pipelines"),), False), aws], pipelines_written
    )
    assert shown_only_as_setting("Nomad Cloud on AWS", [((("Nomad", "Cloud"),), False), aws], cloud_written)
    # "and" or a comma between: both asked
    assert not shown_only_as_setting("Nomad, with AWS", [((("Nomad",),), False), aws], unwritten)


# A made-up owner: an SRE who cut a cloud bill but never says she owned a budget, and holds short-named
# certificates (one expired).
SRE: dict[str, Any] = {
    "basics": {"name": "Tilde Muster", "summary": "Site reliability engineer running Kubernetes on AWS."},
    "work": [
        {
            "name": "Kaiwerk Payments",
            "position": "Senior Site Reliability Engineer",
            "startDate": "2020-02",
            "highlights": ["Cut the AWS bill by 28% with spot instances and right-sized databases"],
        }
    ],
    "skills": [{"name": "Cloud", "level": "Advanced", "keywords": ["AWS", "Kubernetes", "Terraform"]}],
    "certificates": [
        {"name": "AWS Certified SysOps Administrator - Associate (expired 2023)", "date": "2020-05"},
        {
            "name": "Certified Kubernetes Administrator (CKA)",
            "date": "2021-03",
            "issuer": "The Linux Foundation",
        },
    ],
}


def _sre(line: str) -> str:
    return str(assessed(SRE, line, today=TODAY)["status"])


def test_money_saved_is_no_budget_owned() -> None:
    assert _sre("Own the cloud budget") == "partial"
    assert _sre("Reduce cloud spend on AWS") == "matched"  # the saving itself is what is asked


def test_a_certificate_named_short_is_the_one_held() -> None:
    assert _sre("AWS SysOps certification") == "partial"  # held, expired
    assert _sre("Kubernetes CKA") == "matched"
    assert _sre("AWS Solutions Architect certification") == "missing"
