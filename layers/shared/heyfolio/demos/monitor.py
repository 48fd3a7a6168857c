"""Run every demo's check, keep state, and tell listeners and the owner about incidents."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from heyfolio.demos.probe import Probe, probe
from heyfolio.demos.store import append_check, load_state, save_state
from heyfolio.storage import clock, keys

log = logging.getLogger(__name__)

DOWN_AFTER = 2
"""Failed checks in a row before a demo counts as down: one blip is not an outage."""
TLS_WARN_DAYS = 14


def _project_uri(slug: str) -> str:
    return f"portfolio://projects/{slug}"


def apply_probe(slug: str, result: Probe, state: dict[str, Any] | None) -> tuple[dict[str, Any], list[str]]:
    """The new state after ``result`` and what happened (``"down"``, ``"up"``) - pure, for tests."""
    old = dict(state or {})
    now = result.checked_at
    events: list[str] = []
    failures = 0 if result.up else int(old.get("failures", 0)) + 1
    new: dict[str, Any] = {
        "url": result.url,
        "slug": slug,
        "checkedAt": now,
        "up": result.up,
        "status": result.status,
        "latencyMs": result.latency_ms,
        "error": result.error,
        "failures": failures,
        "tlsExpiresAt": result.tls_expires_at
        if result.tls_expires_at is not None
        else old.get("tlsExpiresAt"),
        "preview": result.preview or old.get("preview"),
        "digest": result.digest or old.get("digest"),
        "lastChange": old.get("lastChange"),
        "failingSince": None if result.up else old.get("failingSince") or now,
        "upSince": (old.get("upSince") if old.get("up") else now) if result.up else None,
        "incident": old.get("incident"),
    }
    if result.digest and result.digest != old.get("digest"):
        new["lastChange"] = now
    if not result.up and failures >= DOWN_AFTER and not old.get("incident"):
        new["incident"] = {"id": uuid.uuid4().hex[:12], "since": new["failingSince"], "reason": result.error}
        events.append("down")
    if result.up and old.get("incident"):
        new["incident"] = None
        new["lastIncident"] = {**old["incident"], "until": now}
        events.append("up")
    return new, events


def check_all(portfolio: Any, client: Any, *, now: float | None = None) -> list[dict[str, Any]]:
    """Check every demo of every project once; returns a line per demo (for the function's log)."""
    from heyfolio.changes.events import publish_change
    from heyfolio.limits.alerts import notify_owner

    out = []
    for project in portfolio.projects:
        for url in getattr(project, "demos", ()):
            at = clock.now() if now is None else now
            result = probe(url, client, now=at)
            state, events = apply_probe(project.slug, result, load_state(url))
            append_check(url, result.to_dict(), at)
            save_state(url, state)
            if "down" in events:
                summary = f"demo {url} of {project.title} is down ({result.error})"
                publish_change(_project_uri(project.slug), summary=summary)
                notify_owner(
                    f"heyfolio: demo down - {project.title}",
                    f"{summary} since {keys.iso(state['incident']['since'])}. You will hear nothing more "
                    "about this incident; the project's page shows when it is back.",
                )
            if "up" in events:
                minutes = round((at - state["lastIncident"]["since"]) / 60)
                publish_change(
                    _project_uri(project.slug),
                    summary=f"demo {url} of {project.title} is back up after {minutes} min",
                )
            out.append({"slug": project.slug, "url": url, "up": result.up, "events": events})
    log.info("demo checks: %s", out)
    return out


def health_for(project: Any, *, now: float | None = None) -> list[dict[str, Any]]:
    """What the project's cards show for each demo (``state: "unknown"`` before the first check)."""
    out = []
    for url in getattr(project, "demos", ()):
        state = load_state(url)
        if not state:
            out.append({"url": url, "state": "unknown", "up": None})
            continue
        incident = state.get("incident")
        expires = state.get("tlsExpiresAt")
        entry: dict[str, Any] = {
            "url": url,
            "state": "down" if incident else "up" if state.get("up") else "degraded",
            "up": not incident and bool(state.get("up")),
            "status": state.get("status"),
            "latencyMs": state.get("latencyMs"),
            "checkedAt": keys.iso(state["checkedAt"]),
            "since": keys.iso(incident["since"])
            if incident
            else (keys.iso(state["upSince"]) if state.get("upSince") else None),
            "lastChange": keys.iso(state["lastChange"]) if state.get("lastChange") else None,
            "tlsExpiresAt": keys.iso(expires) if expires else None,
            "preview": state.get("preview"),
        }
        if expires and (expires - (clock.now() if now is None else now)) < TLS_WARN_DAYS * 86400:
            entry["tlsWarning"] = f"certificate expires {keys.iso(expires)[:10]}"
        out.append(entry)
    return out


def run_scheduled(client: Any = None) -> dict[str, Any]:
    """The scheduled entry (``functions/demo_checker``)."""
    from heyfolio.published import get_published

    owned = client is None
    if owned:
        import httpx

        client = httpx.Client(timeout=10.0, follow_redirects=True, max_redirects=5)
    try:
        return {"checks": check_all(get_published().portfolio, client)}
    finally:
        if owned:
            client.close()


def health_by_project(portfolio: Any) -> dict[str, list[dict[str, Any]]]:
    """``{slug: health_for(project)}`` for every visible project that declares demos (``GET /api/demos``)."""
    from heyfolio.public_view import public_projects

    return {p.slug: health_for(p) for p, _ in public_projects(portfolio) if p.demos}
