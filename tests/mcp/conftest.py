"""Fixtures for the MCP tests: the endpoint in process (moto-backed storage) and SDK clients for both eras."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_JOB = ROOT.parent / "shared" / "fixtures" / "jsonresume" / "sample.job.json"
BASE = "http://127.0.0.1:8000"


def load_endpoint_module() -> Any:
    """``functions/mcp_endpoint/app.py`` imported fresh (it builds its server from the current settings)."""
    name = "heyfolio_test_mcp_endpoint"
    sys.modules.pop(name, None)
    spec = importlib.util.spec_from_file_location(name, ROOT / "functions" / "mcp_endpoint" / "app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def endpoint(local_stack: None) -> Any:
    """The endpoint function module: ``server``, ``app`` and ``handler``, over moto storage."""
    return load_endpoint_module()


@pytest.fixture
def server(endpoint: Any) -> Any:
    return endpoint.server


@pytest.fixture
def owner_token(endpoint: Any) -> str:
    from heyfolio.security.tokens import mint_token

    return mint_token("owner")


ClientFactory = Callable[..., Any]


@asynccontextmanager
async def sdk_client(
    app: Any, *, mode: str = "auto", url: str | None = None, token: str | None = None, **kw: Any
) -> AsyncIterator[Any]:
    """The official SDK ``Client`` against ``app`` in process (ASGI) or against ``url`` over HTTP."""
    import httpx2
    from mcp.client.client import Client
    from mcp.client.streamable_http import streamable_http_client

    headers = {"authorization": f"Bearer {token}"} if token else {}
    if url is None:
        http = httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url=BASE, headers=headers)
        target = f"{BASE}/mcp"
    else:
        http = httpx2.AsyncClient(headers=headers, timeout=30)
        target = url
    async with http, Client(streamable_http_client(target, http_client=http), mode=mode, **kw) as client:
        yield client


@pytest.fixture
def live_url(endpoint: Any) -> Iterator[str]:
    """The endpoint's ASGI app served by uvicorn on an ephemeral loopback port."""
    from tests.support.live_server import serve

    with serve(endpoint.app) as base:
        yield f"{base}/mcp"
