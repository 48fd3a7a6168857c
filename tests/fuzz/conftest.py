"""The fuzzers' shared stack: the dev server's app in process on moto, tokens, and state snapshots.

Routes come from ``template.yaml`` exactly as the dev server reads them, so a new route is
fuzzed the day it is added. The two streams (``/mcp/subscriptions``, ``/api/changes``) are
given a short listen window here so a request the fuzzer gets right ends instead of waiting
out the 600 s default; nothing is excluded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from moto.core import DEFAULT_ACCOUNT_ID
from moto.dynamodb.models import dynamodb_backends
from starlette.testclient import TestClient

WEBHOOK_SECRET = "fuzz-webhook-secret-9c1e"
_ENV = {
    # Rate limits high enough that the fuzzer reaches the handlers, not only the 429 path.
    "HEYFOLIO_MCP_LIMITS": "100000/m",
    "HEYFOLIO_CHAT_LIMITS": "100000/m",
    "GITHUB_WEBHOOK_SECRET": WEBHOOK_SECRET,
    # The test client's Host: without it /mcp answers 421 before any handler runs.
    "HEYFOLIO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
}
TEST_HOST = "testserver"
# What a refused request may still write: the audit trail of refusals, by design.
# An owner's authenticated access is audited before the request's parameters are checked.
# A refused lead review is recorded too (who tried to decide what, and why it was refused).
AUDITED_REFUSALS = ('"auth.failure"', '"webhook.rejected"', '"owner.access"', '"lead.review"')


def template_routes() -> list[Any]:
    """Every API route of ``template.yaml`` (``heyfolio.stack.template``, as the dev server reads it)."""
    from heyfolio.stack.template import function_specs

    return [route for spec in function_specs() for route in spec.routes]


def _fit_to_the_fuzzer(app: Any) -> list[tuple[Any, str, Any]]:
    """Short stream windows, and the test client's Host allowed on every MCP server; returns the undo.

    Function modules are loaded once per process (``heyfolio.stack.local_functions``, like a
    Lambda's init phase) and the MCP server takes its Host allowlist from the settings at that
    moment, so a module an earlier test loaded does not see ``HEYFOLIO_ALLOWED_HOSTS`` set here;
    the same modules serve later tests, so everything changed here is put back afterwards.
    """
    from mcp_handlers.subscriptions.stream import StreamLimits

    undo: list[tuple[Any, str, Any]] = []
    for target in app._targets:
        inner = getattr(target.asgi, "app", None)
        if inner is None:
            continue
        if hasattr(inner, "_limits") and target.route.path in ("/mcp/subscriptions", "/api/changes"):
            undo.append((inner, "_limits", inner._limits))
            inner._limits = StreamLimits(max_seconds=0.3, poll_interval=0.05)
        server = getattr(inner, "_server", None)
        hosts = getattr(server, "allowed_hosts", None)
        if isinstance(hosts, list) and TEST_HOST not in hosts:
            undo.append((server, "allowed_hosts", hosts))
            server.allowed_hosts = [*hosts, TEST_HOST]
    return undo


@pytest.fixture(scope="module")
def stack() -> Iterator[TestClient]:
    from moto import mock_aws

    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app
    from heyfolio.published import reload
    from heyfolio.storage.tables import ensure_tables

    saved = {k: os.environ.get(k) for k in _ENV}
    os.environ.update(_ENV)
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        from heyfolio.aws.clients import clear_cache

        clear_cache()
        get_settings.cache_clear()
        reload()
        ensure_tables()
        app = build_app(get_settings())
        undo = _fit_to_the_fuzzer(app)
        try:
            with TestClient(app, raise_server_exceptions=False) as client:
                yield client
        finally:
            for owner, name, value in reversed(undo):
                setattr(owner, name, value)
        clear_cache()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()


def snapshot() -> list[str]:
    """Every item of both tables, as sorted JSON lines (DynamoDB's wire form of each item).

    Read from moto's in-process tables (the fuzzers' stack is ``mock_aws``): the same items a
    paginated ``Scan`` returns, without serializing every table through the DynamoDB API before
    and after each of thousands of requests (that round trip was most of the fuzzers' time)."""
    from heyfolio.config import get_settings

    s = get_settings()
    items: list[str] = []
    for table in (s.table_name, s.events_table_name):
        items += sorted(json.dumps(i, sort_keys=True) for i in _table_items(table, s.region))
    return items


def _table_items(name: str, region: str) -> list[dict[str, Any]]:
    """Every item of table ``name``: from moto's backend when the table is in this process, else a
    paginated ``Scan`` (a table behind an emulator on loopback)."""
    from heyfolio.aws.clients import client

    tables = dynamodb_backends[DEFAULT_ACCOUNT_ID][region].tables
    if name in tables:
        return [item.to_json()["Attributes"] for item in tables[name].all_items()]
    pages = client("dynamodb").get_paginator("scan").paginate(TableName=name)
    return [item for page in pages for item in page["Items"]]


def audited_refusal(item: str) -> bool:
    """Whether a stored item is an audit line a refusal is allowed (required) to leave."""
    return any(marker in item for marker in AUDITED_REFUSALS)


def rejected(status: int, body: bytes) -> bool:
    if status >= 400:
        return True
    try:
        decoded = json.loads(body)
    except ValueError:
        return False
    return isinstance(decoded, dict) and "error" in decoded
