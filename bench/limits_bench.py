"""Limiter decision latency: upstash-ratelimit through the Upstash REST shim vs a direct Redis INCR.

Both run against the same local ``redis-server`` in the same run, so the ratio is what the
REST protocol + the sliding-window Lua script cost over the cheapest possible Redis round
trip (on AWS, the network to Upstash adds to both). Also: the in-process window (``make dev``)
and a budget reserve+settle. Writes the "Limits" section of bench/RESULTS.md.

    .venv/bin/python bench/limits_bench.py [--n 2000] [--no-write]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "layers" / "shared"))

import redis  # noqa: E402

from bench.results import machine_line, update_section  # noqa: E402
from heyfolio.limits.backend import upstash_client  # noqa: E402
from heyfolio.limits.budget import BudgetGuard, RedisBudgetStore  # noqa: E402
from heyfolio.limits.ratelimit import AllOf, MemorySlidingWindow, UpstashSlidingWindow  # noqa: E402
from heyfolio.limits.rules import parse_limits  # noqa: E402
from tests.support.redis_server import redis_server  # noqa: E402
from tests.support.upstash_rest_shim import upstash_shim  # noqa: E402


def timed(fn: Callable[[int], object], n: int) -> list[float]:
    for i in range(min(50, n)):  # warm up connections and script caches
        fn(i)
    out = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    n = args.n
    windows = parse_limits("1000000/m,1000000/h,1000000/d")  # never refuse: measure the allowed path
    with redis_server() as server, upstash_shim(server.url) as shim:
        direct = redis.Redis.from_url(server.url)
        client = upstash_client(shim.url, shim.token)
        one = UpstashSlidingWindow(client, windows[0])
        three = AllOf([UpstashSlidingWindow(client, w) for w in windows])
        memory = AllOf([MemorySlidingWindow(w) for w in windows])
        guard = BudgetGuard(
            RedisBudgetStore(client), daily_usd=1e6, monthly_usd=1e7, notify=lambda s, m: None
        )

        def reserve_settle(i: int) -> None:
            r = guard.reserve(0.01)
            assert r is not None
            r.settle(0.004)

        rows = {
            "direct redis INCR (redis-py)": timed(lambda i: direct.incr(f"bench:{i % 64}"), n),
            "1 window via REST shim (upstash-ratelimit)": timed(lambda i: one.limit(f"id{i % 64}"), n),
            "chat check: 3 windows via REST shim": timed(lambda i: three.limit(f"id{i % 64}"), n),
            "3 windows in process (make dev)": timed(lambda i: memory.limit(f"id{i % 64}"), n),
            "budget reserve + settle via REST shim": timed(reserve_settle, n),
        }
        direct.close()
        client.close()
    base = summary(rows["direct redis INCR (redis-py)"])[0]
    lines = [
        machine_line(),
        "",
        f"{n} calls each after warm-up, one thread, loopback `redis-server` 7 behind the shim; "
        "ratio = median / median of a direct INCR.",
        "",
        "| operation | median ms | p95 ms | ratio |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, samples in rows.items():
        median, p95 = summary(samples)
        lines.append(f"| {name} | {median:.3f} | {p95:.3f} | {median / base:.1f}x |")
    lines += [
        "",
        "A chat request is checked against 3 windows x 2 identities (IP, session) = 6 limiter calls, "
        "stopping at the first refusal; on AWS each is one HTTPS round trip to Upstash.",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        update_section("Limits", text)


if __name__ == "__main__":
    main()
