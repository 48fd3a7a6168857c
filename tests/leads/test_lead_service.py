"""The one lead service (``heyfolio.leads.service``): checks, one lead per key, no orphan lead."""

from __future__ import annotations

import threading
from typing import Any

import pytest

FORM = {"name": "Grace Hopper", "email": "grace@example.com", "message": "A staff role?", "consent": True}


def _all_leads() -> list[Any]:
    from heyfolio.storage import leads

    return [lead for status in leads.STATUSES for lead in leads.list_by_status(status)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"consent": False}, "consent"),
        ({"consent": "yes"}, "consent"),
        ({"name": "  "}, "name"),
        ({"email": "grace at example"}, "email"),
        ({"email": "grace@example"}, "email"),
        ({"message": ""}, "message"),
        ({"message": "x" * 2001}, "message"),
        ({"name": 7}, "name"),
    ],
)
def test_a_bad_request_names_its_field_and_stores_nothing(
    flows: Any, change: dict[str, Any], field: str
) -> None:
    from heyfolio.leads import service

    with pytest.raises(service.InvalidContact) as problem:
        service.submit("key-12345678", {**FORM, **change}, source="web")
    assert problem.value.field == field and problem.value.message
    assert _all_leads() == []


def test_the_key_must_look_like_one() -> None:
    from heyfolio.leads import service

    for bad in (None, "", "short", "has space in it", "x" * 201, 12345678):
        with pytest.raises(service.InvalidContact) as problem:
            service.check_key(bad)
        assert problem.value.field == "idempotencyKey"
    assert service.check_key("0f9e8d7c-6b5a-4321-8000-abcdefabcdef")


def test_twenty_concurrent_retries_make_one_lead_and_one_flow(flows: Any) -> None:
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.leads import service

    results: list[Any] = []
    errors: list[BaseException] = []
    gate = threading.Barrier(20)

    def submit() -> None:
        gate.wait()
        try:
            results.append(service.submit("page-key-0001", FORM, source="web", visitor_id="v1"))
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=submit) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({r.lead_id for r in results}) == 1
    assert sum(r.created for r in results) == 1 and all(r.flow_started for r in results)
    stored = _all_leads()
    assert [(lead.name, lead.visitor_id, lead.source) for lead in stored] == [("Grace Hopper", "v1", "web")]
    assert get_runner().describe_approval(stored[0].lead_id) is not None


def test_the_same_key_from_two_entry_points_makes_two_leads(flows: Any) -> None:
    from heyfolio.leads import service

    web = service.submit("same-key-123", FORM, source="web")
    mcp = service.submit("same-key-123", FORM, source="mcp")
    assert web.lead_id != mcp.lead_id and len(_all_leads()) == 2


def test_a_flow_that_cannot_start_leaves_no_lead(flows: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.flows.coordinator import StepFunctionsFlowRunner
    from heyfolio.leads import service

    def broken(self: Any, lead_id: str, *, source: str | None = None) -> str:
        raise RuntimeError("Step Functions is unreachable")

    monkeypatch.setattr(StepFunctionsFlowRunner, "start_approval", broken)
    with pytest.raises(RuntimeError, match="unreachable"):
        service.submit("key-broken-1", FORM, source="web")
    assert _all_leads() == []
    monkeypatch.undo()
    again = service.submit("key-broken-1", FORM, source="web")  # the retry creates it afresh
    assert again.created and again.flow_started and len(_all_leads()) == 1


def test_without_a_flow_the_lead_is_kept_and_says_so(local_stack: None) -> None:
    from heyfolio.leads import service

    submitted = service.submit("key-noflow-1", FORM, source="chat")
    assert submitted.created and not submitted.flow_started
    assert len(_all_leads()) == 1


def test_a_visitor_sees_only_their_own_lead(flows: Any) -> None:
    from heyfolio.leads import service

    mine = service.submit("key-mine-001", FORM, source="web", visitor_id="visitor-a")
    assert service.visitor_view(mine.lead_id, "visitor-b") is None
    view = service.visitor_view(mine.lead_id, "visitor-a")
    assert view is not None and view.status == "new" and view.reply is None
    assert [v.lead_id for v in service.visitor_leads("visitor-a")] == [mine.lead_id]
    assert service.visitor_leads("visitor-b") == []


def test_the_link_prefills_the_message(fresh_settings: None) -> None:
    from heyfolio.leads.service import contact_page_url

    assert contact_page_url("Hi, a role?").endswith("/?contact=1&message=Hi%2C+a+role%3F#contact")
    assert contact_page_url().endswith("/?contact=1#contact")


@pytest.mark.parametrize(
    "message",
    [
        "How can I contact her?",
        "how do I reach Mira",
        "I'd like to get in touch",
        "Can I email her?",
        "contact form",
    ],
)
def test_the_chat_recognises_a_wish_to_reach_the_owner(message: str) -> None:
    from heyfolio.leads.intent import wants_contact

    assert wants_contact(message)


@pytest.mark.parametrize(
    "message", ["What did she build with Rust?", "Who were her contacts at the bank?", "Is she available?"]
)
def test_other_questions_stay_questions(message: str) -> None:
    from heyfolio.leads.intent import wants_contact

    assert not wants_contact(message)
