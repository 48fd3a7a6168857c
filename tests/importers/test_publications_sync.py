"""The scheduled ORCID sync (``functions/publications_sync``): ORCID faked at the HTTP boundary;
works the published résumé lacks are reported to the owner once and recorded as a change."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from heyfolio.importers import sync

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "publications"
ORCID = "0000-0002-1825-0097"


def _client(requests: list[str], status: int = 200) -> httpx.Client:
    body = json.loads((FIXTURES / "orcid-works.json").read_text())

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(str(request.url))
        return httpx.Response(status, json=body if status == 200 else {"error": "x"})

    return httpx.Client(transport=httpx.MockTransport(answer))


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import heyfolio.limits.alerts as alerts_module

    sent: list[str] = []
    monkeypatch.setattr(alerts_module, "notify_owner", lambda subject, message, **kw: sent.append(message))
    return sent


@pytest.mark.usefixtures("local_stack")
def test_new_works_are_reported_once(alerts: list[str]) -> None:
    from heyfolio.changes.events import changes_since

    requests: list[str] = []
    report = sync.run_sync(_client(requests), orcid=ORCID)
    assert requests == [f"https://pub.orcid.org/v3.0/{ORCID}/works"]
    # The sample résumé already lists the maritime paper; the snapshots article is new.
    assert report == {
        "works": 2,
        "notInResume": 1,
        "newlyNotified": ["Consistent snapshots of partitioned logs without stopping writers"],
    }
    assert len(alerts) == 1 and f"heyfolio import orcid {ORCID}" in alerts[0]
    events, _ = changes_since(None)
    assert [e.uri for e in events] == ["portfolio://profile"]
    record: Any = sync.latest()
    assert record["orcid"] == ORCID and len(record["works"]) == 2
    again = sync.run_sync(_client([]), orcid=ORCID)
    assert again["newlyNotified"] == [] and len(alerts) == 1  # told once
    assert len(changes_since(None)[0]) == 1


@pytest.mark.usefixtures("local_stack")
def test_unconfigured_or_failing_orcid_changes_nothing(
    alerts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(sync.ORCID_ENV, raising=False)
    assert "no ORCID iD configured" in sync.run_sync(_client([]))["skipped"]
    assert "answered HTTP 503" in sync.run_sync(_client([], status=503), orcid=ORCID)["error"]
    assert sync.latest() is None and alerts == []


def test_the_function_handler_runs_the_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.stack.local_functions import load_function_module
    from heyfolio.stack.template import function_spec

    module = load_function_module(function_spec("publications_sync"))
    monkeypatch.setattr(module, "run_sync", lambda: {"skipped": "test"})
    assert module.handler({"detail-type": "Scheduled Event"}, None) == {"skipped": "test"}
