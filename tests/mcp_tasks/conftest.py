"""Fixtures: the dev app over HTTP with the approval state machine executing in moto, and tokens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mcp_tasks.support import live_stack


@pytest.fixture
def base_url(local_stack: None) -> Iterator[str]:
    with live_stack() as base:
        yield base


@pytest.fixture
def owner_token(local_stack: None) -> str:
    from heyfolio.security.tokens import mint_token

    return mint_token("owner")


@pytest.fixture
def visitor_token(local_stack: None) -> str:
    from heyfolio.security.tokens import mint_token

    return mint_token("visitor")
