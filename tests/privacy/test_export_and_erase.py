"""A visitor's data, created through the product's own paths, exported and then erased everywhere.

The visitor chats (offline model: session, conversation, messages, question log, usage, long-term
memories in the local vector index), asks to be put in touch (a lead), and uses the visitor token
the chat handed them. After ``DELETE /api/me`` every table is scanned item by item, and the vector
file byte by byte, for the visitor id and for each thing they said.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from heyfolio.dev.apigw_events import build_event
from tests.chat.conftest import one, post

NAME, COMPANY = "Zoltan Brightwater", "Quillfeather Labs"
EMAIL = "zoltan@quillfeather.example"
LEAD_MESSAGE = "Let us talk about the platform role, ping me on Thursday"


@pytest.fixture
def client(local_stack: None) -> Iterator[TestClient]:
    from heyfolio.chat.asgi import create_app
    from heyfolio.chat.engine import Chat
    from heyfolio.memory.store import reset

    reset()
    with TestClient(create_app(Chat())) as c:
        yield c
    reset()


def _visit(client: TestClient, words: list[str]) -> tuple[str, str]:
    """Chat a few turns; returns (visitor token, session id)."""
    _, events = post(client, words[0])
    session = one(events, "session")
    for message in words[1:]:
        post(client, message, session["session_id"])
    return session["visitor_token"], session["session_id"]


def _call(method: str, path: str, token: str | None, *, cookie: bool = False) -> tuple[int, Any]:
    from heyfolio.stack.local_invoke import invoke_local

    headers = []
    if token is not None:
        headers.append(
            ("Cookie", f"heyfolio_visitor={token}") if cookie else ("Authorization", f"Bearer {token}")
        )
    event = build_event(
        method=method,
        path=path,
        resource=path,
        path_parameters={},
        query_string="",
        headers=headers,
        body=b"",
    )
    result = invoke_local("visitor_data", event)
    return result["statusCode"], json.loads(result["body"])


def _scan_everything() -> list[str]:
    """Every item of both tables as JSON text (raw scan: no model, no index, no expiry filter)."""
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings

    settings = get_settings()
    out = []
    for table in (settings.table_name, settings.events_table_name):
        kwargs: dict[str, Any] = {"TableName": table}
        while True:
            page = client("dynamodb").scan(**kwargs)
            out += [json.dumps(item, sort_keys=True) for item in page["Items"]]
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    return out


def _vectors_file() -> str:
    from heyfolio.config import get_settings

    path = Path(get_settings().data_dir) / "memory" / "vectors.json"
    return path.read_text() if path.exists() else ""


def test_export_then_erase_leaves_nothing_in_any_store(client: TestClient) -> None:
    from heyfolio.security.visitor import verify_visitor_session
    from heyfolio.storage import leads

    token, session_id = _visit(
        client,
        [
            f"Hi, I'm {NAME} from {COMPANY}, hiring for a staff platform engineer.",
            "What has she built with Rust?",
            "Does she know anything about quantum basket weaving?",
        ],
    )
    visitor_id = verify_visitor_session(token).visitor_id
    leads.create_once(
        "form-1", name=NAME, email=EMAIL, message=LEAD_MESSAGE, consent=True, visitor_id=visitor_id
    )
    other_token, _ = _visit(
        client, ["I'm Priya Raman from Heronsgate, hiring a data engineer. Where is she based?"]
    )
    other_id = verify_visitor_session(other_token).visitor_id

    # -- export: everything, and only this visitor's --------------------------------------
    status, exported = _call("GET", "/api/me/export", token)
    assert status == 200
    assert exported["visitor_id"] == visitor_id
    assert [s["session_id"] for s in exported["sessions"]] == [session_id]
    [conversation] = exported["conversations"]
    said = [m["content"] for m in conversation["messages"] if m["role"] == "user"]
    assert said[0].startswith(f"Hi, I'm {NAME}") and len(conversation["messages"]) == 6
    assert {(m["kind"], m["value"]) for m in exported["memories"]} >= {("name", NAME), ("company", COMPANY)}
    [lead] = exported["leads"]
    assert (lead["name"], lead["email"], lead["message"]) == (NAME, EMAIL, LEAD_MESSAGE)  # decrypted
    assert any("quantum basket weaving" in (q["question"] or "") for q in exported["questions"])
    assert exported["usage"], "model usage records are the visitor's too"
    assert "Priya" not in json.dumps(exported) and other_id not in json.dumps(exported)
    assert _call("GET", "/api/me/export", token, cookie=True)[0] == 200  # the cookie works as well

    before = "\n".join(_scan_everything()) + _vectors_file()
    for needle in (visitor_id, NAME, COMPANY, "quantum basket weaving"):
        assert needle in before, f"the test data should contain {needle!r} before the erase"

    # -- erase ---------------------------------------------------------------------------------
    status, report = _call("DELETE", "/api/me", token)
    assert status == 200 and report["complete"] is True, report
    assert report["leads_anonymised"] == 1 and report["remaining"] == []
    assert report["deleted"]["message"] == 6 and report["deleted"]["session"] == 1

    items = _scan_everything()
    vectors = _vectors_file()
    everything = "\n".join(items) + vectors
    for needle in (visitor_id, session_id, NAME, "Zoltan", COMPANY, EMAIL, LEAD_MESSAGE, "quantum basket weaving",
                   "staff platform engineer"):  # fmt: skip
        assert needle not in everything, f"{needle!r} survived the erase"
    # The other visitor is untouched; the lead stays as a statistic without personal fields.
    assert other_id in everything and "Priya Raman" in vectors
    [kept] = [json.loads(i) for i in items if '"LEAD#' in i]
    assert kept["status"]["S"] == "new" and "erased_at" in kept and "email" not in kept and "name" not in kept
    # Export and erase are audited under a pseudonym.
    from heyfolio.security.audit_log import visitor_ref
    from heyfolio.storage import audit

    actions = {(e.action, e.actor) for e in audit.list_recent(limit=100)}
    assert ("privacy.export", visitor_ref(visitor_id)) in actions
    assert ("privacy.erase", visitor_ref(visitor_id)) in actions
    # And the export is empty afterwards.
    status, after = _call("GET", "/api/me/export", token)
    assert status == 200
    assert not any(after[k] for k in ("sessions", "conversations", "memories", "leads", "questions", "usage"))


@pytest.mark.parametrize("token", [None, "garbage", "a.b.c"])
def test_me_routes_need_a_visitor_session(local_stack: None, token: str | None) -> None:
    for method, path in (("GET", "/api/me/export"), ("DELETE", "/api/me")):
        status, body = _call(method, path, token)
        assert status == 401 and "visitor token" in body["message"]


def test_an_owner_token_is_not_a_visitor_session(local_stack: None) -> None:
    from heyfolio.security.tokens import mint_token
    from heyfolio.storage import audit

    assert _call("DELETE", "/api/me", mint_token("owner"))[0] == 401
    assert [e.action for e in audit.list_recent(limit=10)] == ["auth.failure"]


def test_erase_is_idempotent_and_reports_nothing_left(local_stack: None) -> None:
    from heyfolio.privacy.erase import erase_visitor

    first = erase_visitor("f" * 32).to_dict()
    assert first == {
        "deleted": {},
        "leads_anonymised": 0,
        "memories_forgotten": True,
        "analytics_rows_removed": 0,
        "analytics_erased": True,
        "remaining": [],
        "complete": True,
    }
