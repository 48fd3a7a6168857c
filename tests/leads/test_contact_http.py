"""``POST /api/contact`` and the visitor's own routes over real HTTP (the dev app, flows in moto)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

FORM = {"name": "Ada Lovelace", "email": "ada@example.com", "message": "A staff role?", "consent": True}


def _leads() -> list[Any]:
    from heyfolio.storage import leads

    return [lead for status in leads.STATUSES for lead in leads.list_by_status(status)]  # type: ignore[arg-type]


def _post(
    http: httpx.Client, base: str, body: Any, key: str | None = "page-key-0001", **kw: Any
) -> httpx.Response:
    headers = {"content-type": "application/json", **({"idempotency-key": key} if key else {})}
    content = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return http.post(f"{base}/api/contact", content=content, headers=headers, **kw)


def test_one_submission_is_one_lead_however_often_it_is_sent(base_url: str) -> None:
    with httpx.Client(timeout=30) as http:
        first = _post(http, base_url, FORM)
        assert first.status_code == 201, first.text
        answer = first.json()
        assert answer["duplicate"] is False and answer["status"] == "new" and answer["flowStarted"] is True
        assert first.headers["cache-control"] == "no-store"
        cookie = first.headers["set-cookie"]
        assert cookie.startswith("heyfolio_visitor=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "Path=/api" in cookie and "Secure" not in cookie  # plain-HTTP loopback only
        again = _post(http, base_url, {**FORM, "message": "changed"})  # a retry: same key
        assert again.status_code == 200 and again.json()["leadId"] == answer["leadId"]
        assert again.json()["duplicate"] is True
    assert len(_leads()) == 1


@pytest.mark.parametrize(
    ("body", "key", "field"),
    [
        ({**FORM, "consent": False}, "page-key-0002", "consent"),
        ({k: v for k, v in FORM.items() if k != "consent"}, "page-key-0003", "consent"),
        ({**FORM, "email": "ada"}, "page-key-0004", "email"),
        (FORM, None, "idempotencyKey"),
        ([FORM], "page-key-0005", None),
        ("{not json", "page-key-0006", None),
    ],
)
def test_a_refused_form_says_what_to_fix_and_stores_nothing(
    base_url: str, body: Any, key: str | None, field: str | None
) -> None:
    with httpx.Client(timeout=30) as http:
        response = _post(http, base_url, body, key)
    assert response.status_code == 400, response.text
    assert response.json()["message"]
    if field is not None:
        assert response.json()["field"] == field
    assert _leads() == []


def test_the_body_is_capped(base_url: str) -> None:
    with httpx.Client(timeout=30) as http:
        response = _post(http, base_url, {**FORM, "message": "x" * 20_000})
    assert response.status_code == 413 and "KB" in response.json()["message"]
    assert _leads() == []


def test_the_form_is_rate_limited(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.config import get_settings
    from heyfolio.limits import backend
    from tests.mcp_tasks.support import live_stack

    monkeypatch.setenv("HEYFOLIO_CHAT_LIMITS", "3/m")
    get_settings.cache_clear()
    backend.reset()
    try:
        with live_stack() as base, httpx.Client(timeout=30) as http:
            codes = [_post(http, base, FORM, f"page-key-10{i:02d}").status_code for i in range(5)]
            refused = _post(http, base, FORM, "page-key-2000")
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
        backend.reset()
    assert codes[:3] == [201, 201, 201] and codes[3:] == [429, 429]
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert len(_leads()) == 3


def test_the_chat_visitor_owns_the_lead_then_exports_and_erases_it(base_url: str) -> None:
    """The token the chat issues is accepted where leads are made; the lead is in the export and erased."""
    from heyfolio.chat.sse import parse

    with httpx.Client(timeout=30) as http:
        chat = http.post(
            f"{base_url}/api/chat", json={"message": "Hi"}, headers={"accept": "text/event-stream"}
        )
        session = next(e for e in parse(chat.text) if e.name == "session").data
        token = session["visitor_token"]
        kept = http.post(f"{base_url}/api/me/session", headers={"authorization": f"Bearer {token}"})
        assert kept.status_code == 200
        assert "HttpOnly" in kept.headers["set-cookie"] and token in kept.headers["set-cookie"]
        # From here the browser sends the cookie (this client's jar keeps it too).
        assert http.cookies.get("heyfolio_visitor") == token
        cookie = {"cookie": f"heyfolio_visitor={token}"}
        sent = http.post(
            f"{base_url}/api/contact",
            content=json.dumps(FORM),
            headers={"content-type": "application/json", "idempotency-key": "chat-visitor-1", **cookie},
        )
        assert sent.status_code == 201 and "set-cookie" not in sent.headers  # already known
        lead_id = sent.json()["leadId"]
        mine = http.get(f"{base_url}/api/me/leads", headers=cookie).json()["leads"]
        assert [(m["leadId"], m["status"]) for m in mine] == [(lead_id, "new")]
        assert httpx.get(f"{base_url}/api/me/leads").json() == {"leads": []}  # no cookie: nothing

        export = http.get(f"{base_url}/api/me/export", headers=cookie).json()
        assert [(x["lead_id"], x["email"]) for x in export["leads"]] == [(lead_id, "ada@example.com")]

        erased = http.delete(f"{base_url}/api/me", headers=cookie)
        assert erased.status_code == 200 and erased.json()["leads_anonymised"] == 1
        assert "Max-Age=0" in erased.headers["set-cookie"]
        assert http.get(f"{base_url}/api/me/leads", headers=cookie).json() == {"leads": []}
    from heyfolio.storage import leads

    kept_lead = leads.get(lead_id)
    assert kept_lead is not None and kept_lead.name is None and kept_lead.email is None
    assert kept_lead.visitor_id is None and kept_lead.erased_at is not None


def test_keeping_a_session_needs_a_token_the_site_issued(base_url: str) -> None:
    with httpx.Client(timeout=30) as http:
        missing = http.post(f"{base_url}/api/me/session")
        forged = http.post(f"{base_url}/api/me/session", headers={"authorization": "Bearer a.b.c"})
    assert missing.status_code == 401 and forged.status_code == 401
    assert "set-cookie" not in missing.headers and "set-cookie" not in forged.headers


def test_the_chat_offers_the_form_when_asked_how_to_reach_the_owner(base_url: str) -> None:
    from heyfolio.chat.sse import parse

    with httpx.Client(timeout=30) as http:
        chat = http.post(
            f"{base_url}/api/chat",
            json={"message": "How can I contact her?"},
            headers={"accept": "text/event-stream"},
        )
    events = parse(chat.text)
    names = [e.name for e in events]
    assert names[0] == "session" and names[-1] == "done" and names.count("form") == 1
    assert names.index("form") > max(i for i, n in enumerate(names) if n == "token")
    form = next(e for e in events if e.name == "form").data
    assert form["form"] == "contact" and form["action"] == "/api/contact"
    assert set(form["fields"]) == {"name", "email", "message", "consent"}
    assert "contact form" in "".join(e.data["text"] for e in events if e.name == "token")
    assert _leads() == []  # offering the form stores nothing


def test_a_returning_visitor_keeps_their_conversation_and_memory(base_url: str) -> None:
    """The cookie names the visitor: a new tab (no session id) continues where the last visit was."""
    from heyfolio.chat.sse import parse
    from heyfolio.storage import conversations, sessions

    def ask(http: httpx.Client, message: str, session_id: str | None = None) -> dict[str, Any]:
        body = {"message": message, "session_id": session_id}
        reply = http.post(f"{base_url}/api/chat", json=body, headers={"accept": "text/event-stream"})
        return dict(next(e for e in parse(reply.text) if e.name == "session").data)

    with httpx.Client(timeout=30) as first_visit:
        first = ask(first_visit, "Hi, I'm Grace, a recruiter at Initech.")
        kept = first_visit.post(
            f"{base_url}/api/me/session", headers={"authorization": f"Bearer {first['visitor_token']}"}
        )
        assert kept.status_code == 200
        cookie = first_visit.cookies.get("heyfolio_visitor")
    assert cookie
    with httpx.Client(timeout=30, cookies={"heyfolio_visitor": cookie}) as next_visit:
        again = ask(next_visit, "What has she built with Rust?")  # a new tab: no session id
    assert again["session_id"] == first["session_id"]
    session = sessions.get(again["session_id"])
    assert session is not None
    history = conversations.newest(session.data["conversation_id"], 10)
    assert [m.role for m in history][:2] == ["user", "assistant"]
    assert "Grace" in history[0].content
    with httpx.Client(timeout=30) as stranger:  # no cookie: a new visitor, a new conversation
        other = ask(stranger, "What has she built with Rust?")
    assert other["session_id"] != first["session_id"]


def test_a_flow_that_cannot_start_is_a_503_and_leaves_nothing(
    base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.flows.coordinator import StepFunctionsFlowRunner

    def broken(self: Any, lead_id: str, *, source: str | None = None) -> str:
        raise RuntimeError("Step Functions is unreachable")

    monkeypatch.setattr(StepFunctionsFlowRunner, "start_approval", broken)
    with httpx.Client(timeout=30) as http:
        response = _post(http, base_url, FORM, "page-key-broken")
    assert response.status_code == 503 and "nothing was stored" in response.json()["message"]
    assert response.headers["retry-after"] == "30"
    assert _leads() == []
