"""The live-demo checker against demo servers on 127.0.0.1 that go up and down: state, time
series, one owner alert per incident, down/up changes on the project's URI (what listen streams
hear), TLS expiry, Open Graph previews, and health on get_project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from heyfolio.content.model import Project
from heyfolio.demos import monitor
from heyfolio.demos.probe import open_graph_image, probe
from heyfolio.demos.store import load_state, series
from tests.demos.servers import DemoApp, self_signed, serve
from tests.support.live_server import free_port

T0 = 1_796_000_000.0  # checks happen at fake times a minute apart; only the checks themselves are real


@pytest.fixture
def demo() -> Iterator[tuple[DemoApp, str]]:
    app = DemoApp()
    with serve(app) as url:
        yield app, url


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    sent: list[tuple[str, str]] = []
    import heyfolio.limits.alerts as alerts_module

    monkeypatch.setattr(
        alerts_module, "notify_owner", lambda subject, message, **kw: sent.append((subject, message))
    )
    return sent


def _portfolio(url: str) -> Any:
    project = Project(
        slug="tram-board", title="tram-board", summary="Live departures.", body="", demos=(url + "/",)
    )
    return SimpleNamespace(projects=[project]), project


def _changes() -> list[dict[str, Any]]:
    from heyfolio.changes.events import changes_since

    events, _ = changes_since(None)
    return [e.to_dict() for e in events]


def test_probe_reads_status_latency_digest_and_preview(demo: tuple[DemoApp, str]) -> None:
    app, url = demo
    with httpx.Client(follow_redirects=True) as client:
        result = probe(url + "/", client, now=T0)
        assert result.up and result.status == 200 and result.error is None
        assert isinstance(result.latency_ms, int) and result.latency_ms >= 0
        assert result.preview == f"{url}/static/preview-1.png"  # relative og:image made absolute
        assert result.tls_expires_at is None  # plain HTTP
        app.mode = "503"
        down = probe(url + "/", client, now=T0)
        assert not down.up and down.status == 503 and down.error == "HTTP 503" and down.digest is None
    refused = probe(f"http://127.0.0.1:{free_port()}/", httpx.Client(), now=T0)
    assert not refused.up and refused.error == "connection refused or unreachable"


def test_open_graph_variants() -> None:
    html = '<meta name="twitter:image" content="https://cdn.example.org/t.png"><meta property=og:image content=/a.png>'
    assert open_graph_image(html, "https://demo.example.org/app/") == "https://demo.example.org/a.png"
    assert (
        open_graph_image('<meta property="og:image" content="javascript:alert(1)">', "https://x.example")
        is None
    )
    assert open_graph_image("<title>no preview</title>", "https://x.example") is None


@pytest.mark.usefixtures("local_stack")
def test_an_outage_is_one_incident_one_alert_and_two_changes(
    demo: tuple[DemoApp, str], alerts: list[tuple[str, str]]
) -> None:
    app, url = demo
    portfolio, project = _portfolio(url)
    demo_url = url + "/"
    with httpx.Client(follow_redirects=True) as client:
        run = lambda minute: monitor.check_all(portfolio, client, now=T0 + 60 * minute)  # noqa: E731

        assert run(0)[0]["up"] is True
        first = load_state(demo_url)
        assert first is not None and first["lastChange"] == T0 and first["incident"] is None

        app.mode = "503"
        assert run(1)[0]["events"] == []  # one failed check is a blip, not an outage
        assert alerts == [] and _changes() == []
        assert run(2)[0]["events"] == ["down"]
        assert run(3)[0]["events"] == []  # still down: no second alert
        assert len(alerts) == 1 and "tram-board" in alerts[0][0] and "HTTP 503" in alerts[0][1]
        state = load_state(demo_url)
        assert state is not None and state["incident"]["since"] == T0 + 60  # down since the first failure
        health = monitor.health_for(project, now=T0 + 240)
        assert health[0]["state"] == "down" and health[0]["up"] is False and health[0]["status"] == 503

        app.mode, app.version = "ok", 2
        assert run(4)[0]["events"] == ["up"]
        assert len(alerts) == 1  # recovery is not another alert
    changes = _changes()
    assert [c["uri"] for c in changes] == ["portfolio://projects/tram-board"] * 2
    assert "is down (HTTP 503)" in changes[0]["summary"] and "back up after 3 min" in changes[1]["summary"]
    state = load_state(demo_url)
    assert state is not None and state["lastChange"] == T0 + 240  # the page changed (version 2)
    assert state["preview"].endswith("/static/preview-2.png")
    checks = series(demo_url, now=T0 + 300)
    assert [c["up"] for c in checks] == [True, False, False, False, True]  # newest first
    health = monitor.health_for(project, now=T0 + 300)[0]
    assert health["state"] == "up" and health["latencyMs"] is not None and health["since"].startswith("2026")


@pytest.mark.usefixtures("local_stack")
def test_a_second_incident_alerts_again(demo: tuple[DemoApp, str], alerts: list[tuple[str, str]]) -> None:
    app, url = demo
    portfolio, _ = _portfolio(url)
    with httpx.Client() as client:
        for minute, mode in enumerate(["500", "500", "ok", "500", "500", "500"]):
            app.mode = mode
            monitor.check_all(portfolio, client, now=T0 + 60 * minute)
    assert len(alerts) == 2
    assert [c["summary"].split(" is ")[1][:4] for c in _changes()] == ["down", "back", "down"]


@pytest.mark.usefixtures("local_stack")
def test_tls_expiry_is_read_and_warned_about(tmp_path: Path) -> None:
    not_after = dt.datetime(2026, 12, 10, 12, 0, tzinfo=dt.UTC)
    certfile, keyfile, context = self_signed(tmp_path, not_after)
    app = DemoApp()
    with serve(app, certfile=certfile, keyfile=keyfile) as url, httpx.Client(verify=context) as client:
        portfolio, project = _portfolio(url)
        now = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC).timestamp()
        result = probe(url + "/", client, now=now)
        assert result.up and result.tls_expires_at == not_after.timestamp()
        monitor.check_all(portfolio, client, now=now)
        health = monitor.health_for(project, now=now)[0]
        assert health["tlsExpiresAt"].startswith("2026-12-10T12:00:00")
        assert health["tlsWarning"] == "certificate expires 2026-12-10"
    # A certificate the client does not trust is a clear failure, not a crash.
    with serve(app, certfile=certfile, keyfile=keyfile) as url, httpx.Client() as strict:
        untrusted = probe(url + "/", strict, now=T0)
        assert not untrusted.up and untrusted.error == "TLS certificate problem"


def test_demos_in_front_matter_are_validated() -> None:
    from heyfolio.content.documents import parse_project

    text = "---\ntitle: tram-board\nsummary: Live departures.\ndemos: [https://trams.example.org, 'ftp://x']\n---\nBody\n"
    project, problems = parse_project(text, "tram-board", "projects/tram-board.md")
    assert project is None and problems and "$.demos[1]" in str(problems[0])
    ok, problems = parse_project(text.replace(", 'ftp://x'", ""), "tram-board", "projects/tram-board.md")
    assert problems == [] and ok is not None and ok.demos == ("https://trams.example.org",)


@pytest.mark.usefixtures("local_stack")
def test_get_project_shows_demo_health(monkeypatch: pytest.MonkeyPatch, demo: tuple[DemoApp, str]) -> None:
    from dataclasses import replace

    import heyfolio.public_view as public_view
    from mcp_handlers.catalog import call_tool

    _, url = demo
    real = public_view.public_project

    def with_demo(portfolio: Any, slug: str) -> Any:
        found = real(portfolio, slug)
        return (replace(found[0], demos=(url + "/",)), found[1]) if found else None

    monkeypatch.setattr(public_view, "public_project", with_demo)
    monkeypatch.setattr("mcp_handlers.tools.get_project.public_project", with_demo)  # imported by name
    before = call_tool("get_project", {"slug": "shoal"})
    assert before.structured["project"]["demos"] == [{"url": url + "/", "state": "unknown", "up": None}]  # type: ignore[index]
    portfolio = SimpleNamespace(projects=[replace(real(_published(), "shoal")[0], demos=(url + "/",))])
    with httpx.Client() as client:
        monitor.check_all(portfolio, client, now=T0)
    after = call_tool("get_project", {"slug": "shoal"})
    (health,) = after.structured["project"]["demos"]  # type: ignore[index]
    assert health["state"] == "up" and health["status"] == 200


def _published() -> Any:
    from heyfolio.published import get_published

    return get_published().portfolio
