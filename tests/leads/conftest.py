"""Fixtures: the local stack with the approval flow executing in moto, and the dev app on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def flows(local_stack: None) -> Iterator[object]:
    """Queues, topic and state machines in moto; no poller (tests drain the queue themselves)."""
    from heyfolio.dev.local_flows import start_local_flows

    started = start_local_flows(poll=False, timings={"WorkerTaskTimeoutSeconds": 30})
    yield started
    started.stop()


@pytest.fixture
def base_url(local_stack: None) -> Iterator[str]:
    """The dev app (every function, as API Gateway routes them) with the flows polled, on loopback."""
    from tests.mcp_tasks.support import live_stack

    with live_stack() as base:
        yield base


@pytest.fixture
def flow_worker() -> object:
    """The flow worker function's handler (what Lambda runs for the flow tasks queue)."""
    from heyfolio.dev.local_flows import worker_handler

    return worker_handler("flow_worker")


@pytest.fixture(scope="module")
def inspector_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The MCP Inspector CLI's config for the dev server (tests/mcp/test_inspector_cli.py)."""
    from tests.mcp.test_inspector_cli import inspector_config as make

    yield from make.__wrapped__(tmp_path_factory)  # type: ignore[attr-defined]
