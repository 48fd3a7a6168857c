"""Hostile values in every position of every route: a deterministic sweep, then a random one.

Each route of ``template.yaml`` starts from a request it accepts (its sample event's query and
body, a real slug, a valid owner or visitor token where the route needs one); then one position
at a time - each path parameter, each query parameter (the route's own and the filters other
routes take), each string and number in the JSON body, and the body as a whole - is replaced by
a hostile value: lone surrogates, NUL, ``NaN``/``Infinity``, numbers out of range, nesting 5,000
deep, a long string. Properties:

- never a 5xx;
- every refusal (4xx) is a JSON object whose message says what was wrong (a JSON-RPC error on
  ``/mcp``; the chat's one ``error`` event when the chat itself refuses);
- every JSON answer is strict JSON (no ``NaN`` or lone surrogate echoed back);
- a refusal changes no stored state (only the audit lines refusals are meant to leave).
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.fuzz.conftest import WEBHOOK_SECRET, audited_refusal, snapshot, template_routes

ROOT = Path(__file__).resolve().parents[2]
DEEP = "[" * 5000 + "]" * 5000
# One value per hostile class for the sweep (the random test below draws from all of them and more).
HOSTILE_TEXT = ["\ud800", "a\x00b", "-Infinity", "9" * 400]
ALL_HOSTILE_TEXT = [*HOSTILE_TEXT, "NaN", "1e999", "x" * 3000, "[" * 40]
# Raw JSON tokens for a number (or any value) position.
HOSTILE_TOKENS = ["NaN", "1e999", DEEP, '"\\ud800"', str(2**64 + 1)]
ALL_HOSTILE_TOKENS = [*HOSTILE_TOKENS, "-Infinity", "9" * 400, '"a\\u0000b"']
# A filter sent to every route: a route that does not take it must say so (the query module
# refuses every unknown name the same way, so one stands for all).
EXTRA_QUERY = "status"
MCP_HEADERS = {"content-type": "application/json", "accept": "application/json, text/event-stream"}


def _sample_events() -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    # events/ first (each succeeds as written); tests/fuzz/samples for routes whose valid request cannot
    # stand alone (a token exchange needs a code this server sealed, a contact form makes a lead).
    paths = sorted((ROOT / "events").rglob("*.json")) + sorted(
        (Path(__file__).parent / "samples").glob("*.json")
    )
    for path in paths:
        event = json.loads(path.read_text())
        if "httpMethod" in event and "resource" in event:
            found.setdefault((event["httpMethod"], event["resource"]), event)
    return found


@pytest.fixture(scope="module")
def seeds(stack: TestClient) -> dict[str, Any]:
    """What a valid request fills in: tokens and real path parameters."""
    from heyfolio.published import get_published
    from heyfolio.security.tokens import mint_token
    from heyfolio.security.visitor import mint_visitor_session

    portfolio = get_published().portfolio
    return {
        "owner": mint_token("owner", ttl_seconds=24 * 3600),
        "visitor": mint_visitor_session("v" * 32, "a" * 32),
        "slug": portfolio.projects[0].slug,
        "post": portfolio.posts[0].slug if portfolio.posts else "none",
    }


def _path_values(path: str, seeds: dict[str, Any]) -> dict[str, str]:
    values: dict[str, str] = {}
    for name in ("slug", "lead_id", "proxy+", "name"):
        if "{" + name + "}" in path:
            values[name] = {
                "slug": seeds["post"] if path.startswith("/api/posts") else seeds["slug"],
                "lead_id": "lead-0000",
                "proxy+": "app.js",
                "name": "photo.svg",
            }[name]
    return values


class Request:
    """One request to build: method, path template and values, query, headers, body (JSON text)."""

    def __init__(
        self, method: str, template: str, seeds: dict[str, Any], sample: dict[str, Any] | None
    ) -> None:
        self.method = method
        self.template = template
        self.path_values = _path_values(template, seeds)
        self.query: dict[str, str] = dict((sample or {}).get("queryStringParameters") or {})
        self.headers: dict[str, str] = {}
        if template.startswith("/api/owner"):
            self.headers["authorization"] = f"Bearer {seeds['owner']}"
        if template.startswith("/api/me"):
            self.headers["authorization"] = f"Bearer {seeds['visitor']}"
        if template.startswith("/mcp"):
            self.headers.update(MCP_HEADERS)
            self.headers["mcp-protocol-version"] = "2025-11-25"
        body = (sample or {}).get("body")
        sample_headers = {k.lower(): v for k, v in ((sample or {}).get("headers") or {}).items()}
        # A form route (``/oauth/token``, RFC 6749) is fuzzed field by field, as form text.
        self.form = sample_headers.get("content-type", "").startswith("application/x-www-form-urlencoded")
        if self.form:
            self.headers["content-type"] = "application/x-www-form-urlencoded"
        self.body: Any = (
            (dict(parse_qsl(body, keep_blank_values=True)) if self.form else json.loads(body))
            if body
            else None
        )
        if template == "/api/owner/leads/{lead_id}/review":
            self.body = {"decision": "approve", "reply": "Thanks, let's talk."}
        if template == "/webhooks/github":
            self.headers.update({"x-github-event": "ping", "x-github-delivery": "fuzz-1"})
        if self.body is not None:
            self.headers.setdefault("content-type", "application/json")

    def positions(self) -> Iterator[tuple[str, Any]]:
        """Every place a hostile value can go: ``("path", name)``, ``("query", name)``, ``("body", json_path)``."""
        for name in self.path_values:
            yield ("path", name)
        for name in sorted({*self.query, EXTRA_QUERY}):
            yield ("query", name)
        if self.body is not None:
            yield ("body", ())
            yield from (("body", p) for p in _leaves(self.body))

    def send(self, client: TestClient, where: str = "", key: Any = None, value: Any = None) -> Any:
        path_values, query, body_text = dict(self.path_values), dict(self.query), None
        if where == "path":
            path_values[key] = value
        elif where == "query":
            query[key] = value
        path = self.template
        for name, raw in path_values.items():
            path = path.replace("{" + name + "}", _encode(raw, safe="" if name != "proxy+" else "/"))
        if self.body is not None and self.form:
            body_text = (
                _form_with(self.body, key, value) if where == "body" else _form_with(self.body, None, "")
            )
        elif self.body is not None:
            body_text = _json_with(self.body, key, value) if where == "body" else json.dumps(self.body)
        url = path + ("?" + "&".join(f"{_encode(k)}={_encode(v)}" for k, v in query.items()) if query else "")
        headers = dict(self.headers)
        content = body_text.encode("utf-8", "surrogatepass") if body_text is not None else None
        if self.template == "/webhooks/github" and content is not None:
            digest = hmac.new(WEBHOOK_SECRET.encode(), content, hashlib.sha256).hexdigest()
            headers["x-hub-signature-256"] = f"sha256={digest}"
        return client.request(self.method, url, headers=headers, content=content)


def _encode(text: str, safe: str = "") -> str:
    return quote(text.encode("utf-8", "surrogatepass"), safe=safe)


def _leaves(value: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """JSON paths of every string and number in ``value`` (and of every key's value)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*here, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*here, i))
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        yield here


MARK = "\u2063HOSTILE\u2063"


def _json_with(body: Any, where: tuple[Any, ...], token: str) -> str:
    """``body`` as JSON text with the value at ``where`` replaced by the raw JSON ``token``."""
    if not where:
        return token
    changed = copy.deepcopy(body)
    target = changed
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = MARK
    return json.dumps(changed).replace(json.dumps(MARK), token)


def _form_with(body: dict[str, str], where: tuple[Any, ...] | None, value: str) -> str:
    """``body`` as form text with the field at ``where`` set to ``value`` (``()``: the whole body)."""
    if where == ():
        return value
    fields = {**body, where[0]: value} if where else body
    return "&".join(f"{_encode(k)}={_encode(v)}" for k, v in fields.items())


def _strict(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"the answer holds {name}: not JSON")

    return json.loads(text, parse_constant=refuse)


def check_answer(response: Any, before: list[str], what: str) -> list[str]:
    """The properties every answer to a hostile request must have; returns the state after it."""
    status, kind = response.status_code, response.headers.get("content-type", "")
    assert status < 500, (what, status, response.text[:300])
    if "json" in kind:
        decoded = _strict(response.text)
        if status >= 400:
            error = decoded.get("error") if isinstance(decoded, dict) else None
            message = (error.get("message") if isinstance(error, dict) else None) or decoded.get("message")
            assert isinstance(message, str) and len(message) >= 15, (what, status, decoded)
    elif "event-stream" in kind:
        if status >= 400:
            from heyfolio.chat.sse import parse

            events = parse(response.content)
            assert [e.name for e in events] == ["error"] and len(events[0].data["message"]) >= 15, what
    else:
        assert status < 400, (what, status, kind, response.text[:200])
    after = snapshot()
    if status >= 400 or (isinstance(decoded := _maybe_json(response), dict) and "error" in decoded):
        known = set(before)
        added = [i for i in after if i not in known]
        assert all(audited_refusal(i) for i in added), (what, added)
        assert known <= set(after), (what, "a refusal removed state")
    return after


def _maybe_json(response: Any) -> Any:
    try:
        return json.loads(response.text)
    except ValueError:
        return None


def _cases() -> list[tuple[str, str]]:
    out = []
    for route in template_routes():
        out.append((route.method if route.method != "ANY" else "POST", route.path))
    return out


@pytest.mark.parametrize(("method", "template"), _cases(), ids=lambda v: v)
def test_every_position_of_every_route_refuses_hostile_values(
    stack: TestClient, seeds: dict[str, Any], method: str, template: str
) -> None:
    request = Request(method, template, seeds, _sample_events().get((method, template)))
    baseline = request.send(stack)
    assert baseline.status_code < 500, (template, baseline.text[:300])
    state = snapshot()
    for where, key in request.positions():
        values = HOSTILE_TOKENS if where == "body" else HOSTILE_TEXT
        for hostile in values:
            response = request.send(stack, where, key, hostile)
            state = check_answer(response, state, f"{method} {template} {where}={key!r} <- {hostile[:30]!r}")


# POST routes that read no body: ``/api/me/session`` keeps the bearer visitor token as a cookie.
POSTS_WITHOUT_BODY = ("/mcp/subscriptions", "/api/me/session")


def test_the_sweep_covers_every_route_and_position(seeds: dict[str, Any]) -> None:
    """Nothing excluded: every template route is swept, and body routes have body positions."""
    cases = _cases()
    assert len(cases) == len(template_routes()) >= 25
    samples = _sample_events()
    for method, template in cases:
        request = Request(method, template, seeds, samples.get((method, template)))
        kinds = {where for where, _ in request.positions()}
        assert "query" in kinds
        if method in ("POST",) and template not in POSTS_WITHOUT_BODY:
            assert "body" in kinds, f"{method} {template} has no sample body to mutate"


RANDOM = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@RANDOM
@given(data=st.data())
def test_random_hostile_combinations(stack: TestClient, seeds: dict[str, Any], data: st.DataObject) -> None:
    method, template = data.draw(st.sampled_from(_cases()))
    request = Request(method, template, seeds, _sample_events().get((method, template)))
    positions = list(request.positions())
    where, key = data.draw(st.sampled_from(positions))
    text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=20)  # surrogates included
    if where == "body":
        number = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**40), 10**40)
        value = data.draw(
            st.sampled_from(ALL_HOSTILE_TOKENS)
            | number.map(lambda n: json.dumps(n) if not (isinstance(n, float) and math.isnan(n)) else "NaN")
            | text.map(lambda s: json.dumps(s))
        )
    else:
        value = data.draw(st.sampled_from(ALL_HOSTILE_TEXT) | text)
    before = snapshot()
    response = request.send(stack, where, key, value)
    check_answer(response, before, f"{method} {template} {where}={key!r} <- {value[:30]!r}")
