from __future__ import annotations

from typing import Any

import pytest

from heyfolio.storage import leads
from heyfolio.storage.clock import ManualClock
from heyfolio.storage.errors import Conflict, IllegalTransition, NotFound

FIELDS: dict[str, Any] = {
    "name": "Grace",
    "email": "grace@example.org",
    "message": "Let's talk",
    "consent": True,
}


def test_create_once_returns_the_first_lead_on_retry(tables: None, clock: ManualClock) -> None:
    lead, created = leads.create_once("form-123", visitor_id="v1", source="web", **FIELDS)
    assert created and lead.status == "new" and lead.consent and lead.consent_at == clock()
    clock.advance(10)
    again, created_again = leads.create_once(
        "form-123", name="Someone Else", email="x@y.z", message="different", consent=True
    )
    assert not created_again
    assert again == lead, "a retry gets the original lead, unchanged"
    other, created_other = leads.create_once("form-456", **FIELDS)
    assert created_other and other.lead_id != lead.lead_id
    assert len(leads.list_by_status("new")) == 2


def test_create_once_after_expiry_creates_anew(tables: None, clock: ManualClock) -> None:
    first, _ = leads.create_once("k", retention_seconds=10, **FIELDS)
    clock.advance(11)
    second, created = leads.create_once("k", **FIELDS)
    assert created and second.lead_id == first.lead_id and second.created_at == clock()


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"consent": False}, "consent"),
        ({"email": "not-an-address"}, "email"),
        ({"name": "   "}, "name"),
    ],
)
def test_invalid_leads_refused(
    tables: None, clock: ManualClock, override: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        leads.create_once("k", **{**FIELDS, **override})
    assert leads.list_by_status("new") == []


def test_empty_idempotency_key_refused(tables: None, clock: ManualClock) -> None:
    with pytest.raises(ValueError):
        leads.create_once("", **FIELDS)


def test_list_by_status_newest_first(tables: None, clock: ManualClock) -> None:
    ids = []
    for i in range(5):
        clock.advance(60)
        ids.append(leads.create_once(f"k{i}", **FIELDS)[0].lead_id)
    assert [x.lead_id for x in leads.list_by_status("new")] == ids[::-1]
    assert [x.lead_id for x in leads.list_by_status("new", limit=2)] == ids[:-3:-1]
    with pytest.raises(ValueError):
        leads.list_by_status("bogus")  # type: ignore[arg-type]


def test_transition_once_and_moves_between_lists(tables: None, clock: ManualClock) -> None:
    lead, _ = leads.create_once("k", **FIELDS)
    clock.advance(3600)
    approved = leads.transition(lead.lead_id, "new", "approved", reply="Happy to chat on Friday")
    assert approved.status == "approved" and approved.reply == "Happy to chat on Friday"
    assert approved.decided_at == clock() and approved.name == "Grace"
    assert leads.get(lead.lead_id) == approved
    assert leads.list_by_status("new") == []
    assert [x.lead_id for x in leads.list_by_status("approved")] == [lead.lead_id]
    # A second decision from a stale view loses, and changes nothing.
    with pytest.raises(Conflict, match="approved"):
        leads.transition(lead.lead_id, "new", "declined")
    assert leads.get(lead.lead_id) == approved


@pytest.mark.parametrize(
    ("start", "target"),
    [
        ("approved", "declined"),
        ("declined", "approved"),
        ("expired", "new"),
        ("new", "new"),
        ("approved", "new"),
    ],
)
def test_illegal_transitions_refused(tables: None, clock: ManualClock, start: str, target: str) -> None:
    lead, _ = leads.create_once("k", **FIELDS)
    if start != "new":
        leads.transition(lead.lead_id, "new", start)  # type: ignore[arg-type]
    with pytest.raises(IllegalTransition):
        leads.transition(lead.lead_id, start, target)  # type: ignore[arg-type]
    current = leads.get(lead.lead_id)
    assert current is not None and current.status == start


def test_transition_of_unknown_lead(tables: None, clock: ManualClock) -> None:
    with pytest.raises(NotFound):
        leads.transition("missing", "new", "declined")
    with pytest.raises(IllegalTransition):
        leads.transition("missing", "new", "bogus")  # type: ignore[arg-type]


def test_erase_personal_keeps_status(tables: None, clock: ManualClock) -> None:
    lead, _ = leads.create_once("k", visitor_id="v1", **FIELDS)
    leads.transition(lead.lead_id, "new", "declined", reply="Not now, thanks")
    clock.advance(5)
    erased = leads.erase_personal(lead.lead_id)
    assert erased is not None
    assert (erased.name, erased.email, erased.message, erased.reply) == (None, None, None, None)
    assert erased.status == "declined" and erased.erased_at == clock()
    assert leads.get(lead.lead_id) == erased
    assert leads.erase_personal("missing") is None
    assert leads.get("missing") is None
