"""Sliding-window limits: the real upstash-ratelimit library over the shim and real Redis,
the in-process window that must decide the same, the per-surface policy and its failure modes."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import redis

from heyfolio.limits.backend import upstash_client
from heyfolio.limits.decision import Decision, combine
from heyfolio.limits.ratelimit import (
    AllOf,
    LimiterUnavailable,
    MemorySlidingWindow,
    SurfaceLimiter,
    UpstashSlidingWindow,
)
from heyfolio.limits.rules import Window

T0 = 1_800_000_000_000  # ms; a window boundary for every window used here (divisible by 86_400_000)


class Clock:
    """Milliseconds, moved by hand; patched into the library and given to the memory window."""

    def __init__(self, start: int = T0) -> None:
        self.ms = start

    def __call__(self) -> int:
        return self.ms

    def seconds(self) -> float:
        return self.ms / 1000


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr("upstash_ratelimit.limiter.now_ms", c)
    return c


def upstash_window(client: Any, window: Window, clock: Clock) -> UpstashSlidingWindow:
    return UpstashSlidingWindow(client, window, now=clock.seconds)


def test_five_per_minute_then_429_with_retry_after(upstash: Any, clock: Clock) -> None:
    limiter = upstash_window(upstash, Window(60, 5), clock)
    decisions = [limiter.limit("visitor") for _ in range(5)]
    assert all(d.allowed for d in decisions)
    assert [d.remaining for d in decisions] == [4, 3, 2, 1, 0]
    clock.ms += 15_000
    refused = limiter.limit("visitor")
    assert not refused.allowed and refused.retry_after_seconds == 45 and refused.limit == 5
    assert limiter.limit("someone-else").allowed, "identities are counted separately"


def test_window_slides_instead_of_resetting(upstash: Any, clock: Clock) -> None:
    limiter = upstash_window(upstash, Window(60, 10), clock)
    clock.ms += 30_000
    assert all(limiter.limit("v").allowed for _ in range(10))
    # 45 s into the next window, a quarter of the previous window's 10 still counts (floor 2.5 = 2).
    clock.ms = T0 + 60_000 + 45_000
    allowed = [limiter.limit("v").allowed for _ in range(10)]
    assert allowed == [True] * 8 + [False] * 2
    clock.ms = T0 + 120_000 + 1
    assert limiter.limit("v").allowed


def test_refused_requests_do_not_count(upstash: Any, clock: Clock, direct: redis.Redis) -> None:
    limiter = upstash_window(upstash, Window(60, 2), clock)
    for _ in range(10):
        limiter.limit("v")
    counts = [int(direct.get(k) or 0) for k in direct.keys("heyfolio:rl:*")]
    assert counts == [2]


def test_keys_hold_no_raw_identity(upstash: Any, clock: Clock, direct: redis.Redis) -> None:
    chat = SurfaceLimiter("chat", upstash_window(upstash, Window(60, 5), clock), fail_open=False)
    chat.check(ip="203.0.113.7", session="sess-abc")
    keys = [k.decode() for k in direct.keys("*")]
    assert len(keys) == 2
    assert not any("203.0.113.7" in k or "sess-abc" in k for k in keys)


def test_all_windows_must_pass(upstash: Any, clock: Clock) -> None:
    limiter = AllOf([upstash_window(upstash, w, clock) for w in (Window(60, 5), Window(3600, 7))])
    assert all(limiter.limit("v").allowed for _ in range(5))
    assert not limiter.limit("v").allowed  # the minute
    clock.ms += 60_000 * 3
    assert [limiter.limit("v").allowed for _ in range(3)] == [True, True, False]
    refused = limiter.limit("v")
    assert refused.rule == "7/h" and refused.retry_after_seconds > 3000


def test_ip_and_session_are_limited_separately(upstash: Any, clock: Clock) -> None:
    chat = SurfaceLimiter("chat", upstash_window(upstash, Window(60, 3), clock), fail_open=False)
    assert all(chat.check(ip="198.51.100.1", session=f"s{i}").allowed for i in range(3))
    by_ip = chat.check(ip="198.51.100.1", session="fresh")
    assert not by_ip.allowed and by_ip.rule == "3/m per ip"
    # One session hopping between addresses is caught by the session limit.
    assert all(chat.check(ip=f"192.0.2.{i}", session="roamer").allowed for i in range(3))
    by_session = chat.check(ip="192.0.2.99", session="roamer")
    assert not by_session.allowed and by_session.rule == "3/m per session"
    mcp = SurfaceLimiter("mcp", upstash_window(upstash, Window(60, 3), clock), fail_open=True)
    assert mcp.check(ip="198.51.100.1").allowed, "chat and MCP are counted separately"


def test_memory_window_decides_exactly_like_the_library(upstash: Any, clock: Clock) -> None:
    window = Window(60, 7)
    real = upstash_window(upstash, window, clock)
    local = MemorySlidingWindow(window, clock_ms=clock)
    # A deterministic irregular schedule over four windows, two identities.
    steps = [(i * 7919) % 4100 for i in range(120)]
    for i, step in enumerate(steps):
        clock.ms += step
        who = "a" if i % 3 else "b"
        assert real.limit(who) == local.limit(who), f"step {i} at +{clock.ms - T0} ms"


def test_unreachable_store_chat_fails_closed_mcp_fails_open() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dead = upstash_client(f"http://127.0.0.1:{port}", "t", timeout=1)
    window = UpstashSlidingWindow(dead, Window(60, 5))
    with pytest.raises(LimiterUnavailable):
        window.limit("x")
    chat = SurfaceLimiter("chat", window, fail_open=False).check(ip="1.2.3.4", session="s")
    assert not chat.allowed and chat.unavailable and chat.retry_after_seconds > 0
    mcp = SurfaceLimiter("mcp", window, fail_open=True).check(ip="1.2.3.4")
    assert mcp.allowed and mcp.unavailable


class SilentServer:
    """Accepts connections and never answers (a hung limiter); counts the connections it got."""

    def __init__(self) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port: int = self._sock.getsockname()[1]
        self._accepted: list[socket.socket] = []

    def connections(self) -> int:
        """Every connection made so far: accepted ones plus those still in the kernel's backlog."""
        self._sock.setblocking(False)
        while True:
            try:
                self._accepted.append(self._sock.accept()[0])
            except BlockingIOError:
                return len(self._accepted)

    def close(self) -> None:
        for conn in self._accepted:
            conn.close()
        self._sock.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def test_a_hung_store_fails_within_the_timeout(silent_server: SilentServer) -> None:
    hung = upstash_client(f"http://127.0.0.1:{silent_server.port}", "t", timeout=0.5)
    chat = SurfaceLimiter("chat", UpstashSlidingWindow(hung, Window(60, 5)), fail_open=False)
    decisions: list[Decision] = []
    worker = threading.Thread(target=lambda: decisions.append(chat.check(ip="1.2.3.4")), daemon=True)
    worker.start()
    # The client's own 0.5 s timeout ends the call; without one it would wait forever (the library's
    # default). 60 s is only the test's patience on a loaded machine, not a measured bound.
    worker.join(timeout=60)
    assert not worker.is_alive(), "the limiter waited on a store that never answers"
    assert not decisions[0].allowed and decisions[0].unavailable
    # Every connect() finished before check() returned, so the count is complete: no retry.
    assert silent_server.connections() == 1, "one attempt, no retry"


def test_wrong_token_is_unavailable_not_allowed(shim: Any, direct: redis.Redis) -> None:
    bad = upstash_client(shim.url, "not-the-token")
    decision = SurfaceLimiter("chat", UpstashSlidingWindow(bad, Window(60, 5)), fail_open=False).check(ip="x")
    assert not decision.allowed and decision.unavailable


def test_concurrent_requests_never_exceed_the_limit(shim: Any, direct: redis.Redis, clock: Clock) -> None:
    # 8 threads x 10 requests, each thread with its own client (connection), one fixed instant.
    results: list[bool] = []
    lock = threading.Lock()

    def hammer() -> None:
        client = upstash_client(shim.url, shim.token)
        own = UpstashSlidingWindow(client, Window(3600, 25), now=clock.seconds)
        for _ in range(10):
            allowed = own.limit("burst").allowed
            with lock:
                results.append(allowed)
        client.close()

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert len(results) == 80
    assert sum(results) == 25, "the Lua script makes check-and-count atomic"


def test_combine_prefers_refusal_and_tightest() -> None:
    ok_a = Decision(True, 0, 5, 4, "5/m")
    ok_b = Decision(True, 0, 40, 1, "40/h")
    no = Decision(False, 30, 5, 0, "5/m")
    longer = Decision(False, 3000, 40, 0, "40/h")
    assert combine([ok_a, ok_b]) == ok_b
    assert combine([ok_a, no, longer]) == longer
    with pytest.raises(ValueError):
        combine([])
    assert Decision.retry_after(100.2, 100.0) == 1 and Decision.retry_after(99, 100) == 1
