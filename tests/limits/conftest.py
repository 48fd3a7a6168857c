"""A real redis-server behind the Upstash REST shim, shared by the limits tests.

One server per test session (starting one takes ~50 ms, but there is no reason to pay it
per test); every test starts from an empty database.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import redis

from heyfolio.limits import backend
from tests.support.redis_server import RedisServer, redis_server
from tests.support.upstash_rest_shim import UpstashRestShim, upstash_shim


@pytest.fixture(scope="session")
def redis_srv() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


@pytest.fixture(scope="session")
def shim(redis_srv: RedisServer) -> Iterator[UpstashRestShim]:
    with upstash_shim(redis_srv.url, token="shim-token") as running:
        yield running


@pytest.fixture
def direct(redis_srv: RedisServer) -> Iterator[redis.Redis]:
    """A plain redis-py client on the same server, for setup and inspection (flushed first)."""
    client = redis.Redis.from_url(redis_srv.url)
    client.flushall()
    yield client
    client.close()


@pytest.fixture
def upstash(shim: UpstashRestShim, direct: redis.Redis) -> Iterator[Any]:
    """An ``upstash_redis.Redis`` client (built as production builds it) talking to the shim."""
    client = backend.upstash_client(shim.url, shim.token)
    yield client
    client.close()


@pytest.fixture(autouse=True)
def _fresh_backend() -> Iterator[None]:
    backend.reset()
    yield
    backend.reset()
