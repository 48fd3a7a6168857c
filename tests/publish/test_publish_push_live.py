"""Content without a redeploy, from a push: a commit that changes the résumé in the owner's content
repository reaches an open listen stream and the next tool call.

The dev app runs on loopback over the in-process moto with the flows' queue poller (Lambda's event
source mapping); the push is signed and POSTed to ``/webhooks/github`` like GitHub sends it, the
GitHub worker fetches the commit from a fake api.github.com (HTTP boundary) and publishes it with
the publisher ``heyfolio publish`` uses; the stream open on the profile must be told
``resources/updated`` for ``portfolio://profile``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.github.content_repo import CONTENT_REPO, FakeContentRepo, example_files, push_delivery, with_resume
from tests.github.support import SECRET
from tests.mcp_subscriptions.test_listen import LISTEN_HEADERS, RawStream, listen_body
from tests.mcp_tasks.support import McpWire, live_stack

BUCKET = "heyfolio-content-test"
NEW_LABEL = "Principal Engineer — storage engines and the teams that build them"


@pytest.fixture
def stack(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, FakeContentRepo]]:
    from heyfolio.config import get_settings
    from heyfolio.github import content_push, secrets
    from heyfolio.publish.store import ensure_local_bucket
    from heyfolio.published import reload

    monkeypatch.setenv("GITHUB_WEBHOOK_SECRET", SECRET.decode())
    monkeypatch.setenv("HEYFOLIO_CONTENT_REPOSITORY", CONTENT_REPO)
    monkeypatch.setenv("HEYFOLIO_CONTENT_BUCKET", BUCKET)
    monkeypatch.setenv("HEYFOLIO_CONTENT_CHECK_SECONDS", "0")
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    get_settings.cache_clear()
    secrets.clear_cache()
    reload()
    ensure_local_bucket()
    repo = FakeContentRepo()  # a public content repository: no token
    monkeypatch.setattr(content_push, "_transport", repo.transport())
    with live_stack() as base:
        yield base, repo
    reload()


def _push(base: str, body: bytes, delivery: str) -> None:
    from heyfolio.github.signature import sign

    answer = httpx.post(
        f"{base}/webhooks/github",
        content=body,
        headers={"Content-Type": "application/json", "User-Agent": "GitHub-Hookshot/044aadd",
                 "X-GitHub-Event": "push", "X-GitHub-Delivery": delivery,
                 "X-Hub-Signature-256": sign(SECRET, body)},
        timeout=30,
    )  # fmt: skip
    assert answer.status_code == 202 and answer.json()["accepted"] is True, answer.text


def _generation(wanted: int, timeout: float = 60.0) -> None:
    """Wait for the queue poller's worker to move the pointer (patience, not a bound)."""
    from heyfolio.config import get_settings
    from heyfolio.publish.store import current_generation

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        pointer = current_generation(get_settings())
        if pointer is not None and pointer.generation >= wanted:
            return
        time.sleep(0.05)
    raise AssertionError(
        f"generation {wanted} was not published (pointer: {current_generation(get_settings())})"
    )


def test_a_pushed_resume_reaches_the_listen_stream_and_the_next_tool_call(
    stack: tuple[str, FakeContentRepo],
) -> None:
    base, repo = stack
    files = example_files()
    first = repo.commit(files, message="Portfolio content")
    _push(base, push_delivery(repo, first), "push-live-1")
    _generation(1)  # what the site serves now
    wire = McpWire(base)
    assert NEW_LABEL not in json.dumps(wire.call_tool("get_profile", {}), ensure_ascii=False)
    stream = RawStream(
        f"{base}/mcp/subscriptions",
        body=listen_body(1, {"resourceSubscriptions": ["portfolio://profile"], "resourcesListChanged": True}),
        headers=LISTEN_HEADERS,
    )
    try:
        assert stream.wait_for(1)[0]["method"] == "notifications/subscriptions/acknowledged"
        second = repo.commit(with_resume(files, label=NEW_LABEL), parent=first, message="New title")
        _push(base, push_delivery(repo, second), "push-live-2")
        told = stream.wait_for(2, timeout=60)[1]
        assert told["method"] == "notifications/resources/updated"
        assert told["params"]["uri"] == "portfolio://profile"
    finally:
        stream.close()
    after = wire.call_tool("get_profile", {})
    assert NEW_LABEL in json.dumps(after, ensure_ascii=False)
    assert repo.requests and all("/repos/mira-okafor/portfolio-content/" in r.url.path for r in repo.requests)
