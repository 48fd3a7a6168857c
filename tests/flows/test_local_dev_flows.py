"""`make dev`'s wiring, over real HTTP: the moto server executes the ASL, the queue poller plays
the SQS event sources, and a signed push reaches the project's page with its automated summary."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from heyfolio.github.signature import sign
from tests.github.support import SECRET, WEBHOOK_FIXTURES, write_content
from tests.support.live_server import serve


@pytest.fixture
def dev_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_settings: None) -> Iterator[str]:
    from heyfolio.config import get_settings
    from heyfolio.dev.local_flows import stop_local_flows
    from heyfolio.dev.server import build_app, prepare_local_stack
    from heyfolio.published import reload

    monkeypatch.setenv("HEYFOLIO_CONTENT", str(write_content(tmp_path / "content")))
    monkeypatch.setenv("GITHUB_WEBHOOK_SECRET", SECRET.decode())
    get_settings.cache_clear()
    reload()
    emulator = prepare_local_stack(get_settings())
    try:
        with serve(build_app(get_settings())) as url:
            yield url
    finally:
        stop_local_flows()
        emulator.stop()
        get_settings.cache_clear()


def test_signed_push_updates_the_project_and_its_summary_over_http(dev_server: str) -> None:
    payload = json.loads((WEBHOOK_FIXTURES / "push.with-new-branch.payload.json").read_bytes())
    payload["head_commit"]["message"] = payload["commits"][0]["message"] = "Add the flux capacitor"
    body = json.dumps(payload).encode()
    headers = {
        "Content-Type": "application/json",
        "X-GitHub-Event": "push",
        "X-GitHub-Delivery": "dev-push-1",
        "X-Hub-Signature-256": sign(SECRET, body),
    }
    # The work happens behind the queue: with the queue's consumer held, the webhook still answers.
    from heyfolio.dev.local_flows import _running

    poller = _running[-1].poller
    assert poller is not None
    held = threading.Event()
    routes = poller._routes
    for url, handler in list(routes.items()):

        def gated(event: dict[str, Any], context: Any, _handler: Any = handler) -> Any:
            assert held.wait(timeout=120), "the test never released the queue"
            return _handler(event, context)

        routes[url] = gated
    try:
        answer = httpx.post(f"{dev_server}/webhooks/github", content=body, headers=headers, timeout=60)
        assert answer.status_code == 202, answer.text
        before = httpx.get(f"{dev_server}/api/projects/hello-world", timeout=60).json().get("live") or {}
        assert (before.get("headCommit") or {}).get("message") != "Add the flux capacitor", (
            "applied before the queue delivered it"
        )
    finally:
        held.set()
    forged = httpx.post(
        f"{dev_server}/webhooks/github",
        content=body,
        headers={**headers, "X-Hub-Signature-256": "sha256=" + "0" * 64},
    )
    assert forged.status_code == 401
    deadline = time.monotonic() + 60  # another thread's progress: patience, not a bound
    live: Any = None
    while time.monotonic() < deadline:
        project = httpx.get(f"{dev_server}/api/projects/hello-world", timeout=10).json()
        live = project.get("live")
        if live and live.get("insight"):
            break
        time.sleep(0.25)
    assert live is not None and live["headCommit"]["message"] == "Add the flux capacitor"
    assert live["insight"]["label"] == "automated summary"
    assert "Add the flux capacitor" in live["insight"]["text"]
