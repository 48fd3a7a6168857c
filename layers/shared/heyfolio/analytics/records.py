"""The records the owner's analytics read: one per MCP tool call, resource read and chat turn.

There is exactly one call site per surface, so nothing can call a tool without leaving a record:

- MCP: ``McpServer.answer`` runs its dispatch through :func:`record_mcp` (tools/call and
  resources/read are recorded; the protocol's own methods are not);
- chat: ``Chat.turn`` hands its event stream through :func:`record_chat_turn`.

A record holds the latency, the outcome, the tool (or resource family), the caller kind
(anonymous, visitor, owner), the MCP client's name from ``clientInfo`` when it gave one, the
``portfolio://`` passages the answer cited and the projects it viewed, cited or was asked
about (``heyfolio.storage.invocations``, 90-day TTL). Recording is best effort: a storage
hiccup is logged and never changes what the caller gets.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

logger = logging.getLogger("heyfolio.analytics")

CLIENT_INFO_META = "io.modelcontextprotocol/clientInfo"
PROJECT_PREFIX = "portfolio://projects/"
MAX_CITED = 50
_URI = re.compile(r"portfolio://[A-Za-z0-9._~/#%-]+")
_TEXT_ARGUMENTS = ("query", "job", "question", "message", "topic")
"""Tool arguments whose text can name a project (what the caller asked about)."""


def project_of(uri: str) -> str | None:
    """The project slug a ``portfolio://projects/<slug>[#...]`` URI belongs to, else ``None``."""
    if not uri.startswith(PROJECT_PREFIX):
        return None
    slug = uri[len(PROJECT_PREFIX) :].split("#", 1)[0].split("/", 1)[0]
    return slug or None


def cited_uris(value: Any) -> list[str]:
    """Every ``portfolio://`` URI in a result (structured content first), once each, in order."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if len(found) >= MAX_CITED:
            return
        if isinstance(node, str):
            for match in _URI.findall(node):
                uri = match.rstrip(".,;:")
                if uri not in found:
                    found.append(uri)
        elif isinstance(node, Mapping):
            for item in node.values():
                walk(item)
        elif isinstance(node, list | tuple):
            for item in node:
                walk(item)

    if isinstance(value, Mapping) and value.get("structuredContent") is not None:
        walk(value["structuredContent"])
    else:
        walk(value)
    return found[:MAX_CITED]


def projects_named(text: str, vocabulary: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """Project slugs whose slug or title appears in ``text`` (word-bounded, case-insensitive)."""
    vocab = project_vocabulary() if vocabulary is None else vocabulary
    folded = f" {re.sub(r'[^0-9a-z]+', ' ', text.casefold())} "
    named = []
    for slug, names in vocab.items():
        for name in names:
            needle = re.sub(r"[^0-9a-z]+", " ", name.casefold()).strip()
            if needle and f" {needle} " in folded:
                named.append(slug)
                break
    return named


_vocabulary: tuple[object, dict[str, list[str]]] | None = None


def project_vocabulary() -> dict[str, list[str]]:
    """slug -> [slug, title] for every published project (empty when the content cannot load).

    The published portfolio is used when this process has it; otherwise only the content is
    read (no search index), once per content path: the endpoint's tool calls must not pay for
    an index they never query."""
    global _vocabulary
    try:
        from heyfolio import published

        current = published._current
        if current is not None:
            return {p.slug: [p.slug, p.title] for p in current.portfolio.projects}
        from heyfolio.config import get_settings

        path = get_settings().content_path
        if _vocabulary is None or _vocabulary[0] != path:
            from heyfolio.content.loader import load_portfolio

            portfolio = load_portfolio(path)
            _vocabulary = (path, {p.slug: [p.slug, p.title] for p in portfolio.projects})
        return _vocabulary[1]
    except Exception:
        logger.warning("project vocabulary unavailable", exc_info=True)
        return {}


def client_name(params: Mapping[str, Any]) -> str | None:
    """``clientInfo.name`` from a 2026-07-28 request's ``_meta`` (legacy requests carry none)."""
    meta = params.get("_meta")
    info = meta.get(CLIENT_INFO_META) if isinstance(meta, Mapping) else None
    name = info.get("name") if isinstance(info, Mapping) else None
    return str(name)[:200] if isinstance(name, str) and name.strip() else None


def _resource_family(uri: str) -> str:
    """What a resource read is grouped under: the template for per-slug URIs, else the URI."""
    for prefix in (PROJECT_PREFIX, "portfolio://posts/", "analytics://insights/", "analytics://projects/"):
        if uri.startswith(prefix) and uri != prefix:
            return f"{prefix}{{...}}"
    return uri.split("#", 1)[0][:200]


def _outcome(result: Mapping[str, Any]) -> str:
    if result.get("isError"):
        return "error"
    if result.get("resultType") == "input_required":
        return "input_required"
    return "ok"


def describe_mcp(method: str, params: Mapping[str, Any], result: Mapping[str, Any] | None) -> dict[str, Any]:
    """What one MCP call tells the analytics: tool (or resource family), cited passages, projects."""
    if method == "resources/read":
        uri = str(params.get("uri") or "")
        slug = project_of(uri)
        return {
            "tool": _resource_family(uri),
            "surface": "resource",
            "cited": [],
            "projects": {"viewed": [slug] if slug else []},
        }
    name = str(params.get("name") or "")
    raw = params.get("arguments")
    arguments: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    cited = cited_uris(result) if result is not None else []
    viewed: list[str] = []
    if name == "get_project" and isinstance(arguments.get("slug"), str):
        viewed = [arguments["slug"]]
    asked: list[str] = []
    texts = [str(arguments[k]) for k in _TEXT_ARGUMENTS if isinstance(arguments.get(k), str)]
    if texts:
        asked = projects_named(" ".join(texts))
    cited_projects = list(dict.fromkeys(p for p in map(project_of, cited) if p))
    return {
        "tool": name[:200],
        "surface": "tool",
        "cited": cited,
        "projects": {
            "viewed": viewed,
            "cited": [p for p in cited_projects if p not in viewed],
            "asked": asked,
        },
    }


_REFUSALS = frozenset({-32700, -32600, -32601, -32602})
"""JSON-RPC parse error, invalid request, method not found, invalid params."""


def record_mcp(
    method: str, params: Mapping[str, Any], role: str, dispatch: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """Run ``dispatch`` (the endpoint's handling of one request) and record it if it is a tool call
    or a resource read; the result or the exception passes through unchanged."""
    if method not in ("tools/call", "resources/read"):
        return dispatch()
    started = time.monotonic()
    result: dict[str, Any] | None = None
    outcome, error, refused = "error", None, False
    try:
        result = dispatch()
        outcome = _outcome(result)
        return result
    except Exception as exc:
        status = getattr(exc, "status", None)
        outcome = "denied" if status in (401, 403) else "error"
        error = str(exc)[:300]
        # A request refused as malformed (unknown tool, bad params) ran nothing: no record of a call
        # whose name the client made up (and a hostile client writes nothing).
        # (A call refused for want of the owner's token is kept: "denied" tells the owner who tried.)
        refused = outcome != "denied" and getattr(exc, "code", None) in _REFUSALS
        raise
    finally:
        latency = (time.monotonic() - started) * 1000
        try:
            if not refused:
                described = describe_mcp(method, params, result)
                _store(
                    described["tool"],
                    role,
                    latency,
                    outcome,
                    error=error or (_error_text(result) if outcome == "error" else None),
                    surface=described["surface"],
                    client=client_name(params),
                    cited=described["cited"],
                    projects=described["projects"],
                )
        except Exception:
            logger.warning("could not record an MCP %s", method, exc_info=True)


def _error_text(result: Mapping[str, Any] | None) -> str | None:
    content = (result or {}).get("content")
    if isinstance(content, list) and content and isinstance(content[0], Mapping):
        return str(content[0].get("text") or "")[:300] or None
    return None


def _store(
    tool: str,
    role: str,
    latency_ms: float,
    outcome: str,
    *,
    error: str | None = None,
    surface: str,
    client: str | None = None,
    cited: list[str] | None = None,
    projects: Mapping[str, list[str]] | None = None,
    session_id: str | None = None,
    visitor_id: str | None = None,
    conversation_id: str | None = None,
) -> None:
    from heyfolio.storage import invocations

    invocations.record(
        tool,
        role if role in ("anonymous", "visitor", "owner") else "anonymous",
        max(latency_ms, 0.0),
        outcome,  # type: ignore[arg-type]
        error=error,
        surface=surface,
        client_name=client,
        cited=cited or (),
        projects=projects,
        session_id=session_id,
        visitor_id=visitor_id,
        conversation_id=conversation_id,
    )


CHAT_TOOL = "chat"


def record_chat_turn(events: Iterator[Any], message: str) -> Iterator[Any]:
    """Pass a chat turn's events through unchanged, and record the turn once it ends (however it ends:
    ``done``, ``error``, or the visitor going away). The caller kind of the web chat is ``visitor``."""
    started = time.monotonic()
    session_id: str | None = None
    cited: list[str] = []
    outcome = "error"
    error: str | None = "the visitor went away before the answer ended"
    latency: float | None = None
    try:
        for event in events:
            name, data = getattr(event, "name", ""), getattr(event, "data", {}) or {}
            if name == "session":
                session_id = data.get("session_id")
            elif name == "citation" and isinstance(data.get("uri"), str) and len(cited) < MAX_CITED:
                if data["uri"] not in cited:
                    cited.append(data["uri"])
            elif name == "done":
                outcome, error = "ok", None
                latency = float(data.get("latency_ms") or 0.0)
            elif name == "error":
                outcome, error = "error", str(data.get("code") or "error")
            yield event
    finally:
        # Close the turn first, as closing it directly would: its own clean-up (settling the spend
        # reservation, the last writes) must not wait for this record.
        close = getattr(events, "close", None)
        if close is not None:
            close()
        elapsed = latency if latency is not None else (time.monotonic() - started) * 1000
        try:
            cited_projects = list(dict.fromkeys(p for p in map(project_of, cited) if p))
            _store(
                CHAT_TOOL,
                "visitor",
                elapsed,
                outcome,
                error=error,
                surface="chat",
                cited=cited,
                projects={"cited": cited_projects, "asked": projects_named(message)},
                session_id=session_id,
                **_session_owner(session_id),
            )
        except Exception:
            logger.warning("could not record a chat turn", exc_info=True)


def _session_owner(session_id: str | None) -> dict[str, str | None]:
    """The visitor and conversation behind a chat session (so a visitor's erasure reaches their records,
    and the daily flow finds the day's conversations)."""
    if not session_id:
        return {}
    from heyfolio.storage import sessions

    session = sessions.get(session_id)
    if session is None:
        return {}
    return {"visitor_id": session.visitor_id, "conversation_id": session.data.get("conversation_id")}


def summary(records: Iterable[Any]) -> dict[str, Any]:
    """Counts per surface, caller kind and client: what the dashboard's "calls" panel shows."""
    by: dict[str, dict[str, int]] = {"surface": {}, "caller": {}, "client": {}, "tool": {}}
    total = 0
    for r in records:
        total += 1
        for key, value in (
            ("surface", r.surface),
            ("caller", r.caller),
            ("client", r.client_name or "(not given)"),
            ("tool", r.tool),
        ):
            by[key][value] = by[key].get(value, 0) + 1
    return {"total": total, **{k: dict(sorted(v.items(), key=lambda kv: -kv[1])) for k, v in by.items()}}


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
