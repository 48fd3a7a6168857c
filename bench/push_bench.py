"""Change → notification latency on the local stack: pushed (Upstash REST → redis-server, in process) vs polled.

One ``subscriptions/listen`` stream is opened on the real subscriptions ASGI app (uvicorn on
loopback, moto for DynamoDB), and the bench times each ``publish_change`` from the call to the
moment the notification's frame is read off the socket. Modes, in the same run:

- ``upstash``: the function's own Upstash REST code (``PUBLISH``, the SSE ``/subscribe``) against
  the Upstash REST shim in front of a real ``redis-server`` (what runs on AWS, minus the network);
- ``memory``: the in-process backend (``make dev``);
- ``poll 1 s``: push off, the change table read every second (how streams worked on AWS before);
- ``poll 0.2 s``: push off, read every 0.2 s (how they worked locally before).

Publishes are spaced at random, so a poll's phase is uniform. Also prints (and writes) the cost
of one open stream per hour on AWS, old polling vs push. Writes the "Push" section of
bench/RESULTS.md.

    .venv/bin/python bench/push_bench.py [--n 60] [--n-poll 20] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "layers" / "shared"))

from bench.results import machine_line, update_section  # noqa: E402
from tests.support.live_server import serve  # noqa: E402
from tests.support.redis_server import redis_server  # noqa: E402
from tests.support.upstash_rest_shim import upstash_shim  # noqa: E402

# Prices (us-east-1, checked November 2026): DynamoDB on-demand, Upstash Redis pay as you go.
DDB_USD_PER_MILLION_READS = 0.125
"""On-demand read request units; a strongly consistent Query of a small page is 1 RRU."""
UPSTASH_USD_PER_100K_COMMANDS = 0.20
LAMBDA_USD_PER_GB_SECOND_ARM = 0.0000133334
STREAM_MEMORY_GB = 0.5  # template.yaml's Globals MemorySize (512 MB)
STREAM_MAX_SECONDS = 600  # a stream ends gracefully after 10 minutes; the client re-listens
FALLBACK_POLL_SECONDS = 20.0  # heyfolio.changes.push.DEFAULT_FALLBACK_POLL_SECONDS
CHANGES_PER_HOUR = 10  # a busy hour for one portfolio (pushes, reconciles, publishes)

LISTEN = {
    "jsonrpc": "2.0",
    "id": "bench",
    "method": "subscriptions/listen",
    "params": {
        "_meta": {
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientCapabilities": {},
        },
        "notifications": {"resourceSubscriptions": ["portfolio://faq"]},
    },
}
HEADERS = {
    "content-type": "application/json",
    "accept": "text/event-stream, application/json",
    "mcp-protocol-version": "2026-07-28",
    "mcp-method": "subscriptions/listen",
}


@contextmanager
def local_aws() -> Iterator[None]:
    """moto with the project's tables, settings in a temporary data folder."""
    for key, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "HEYFOLIO_ENV": "local",
    }.items():
        os.environ[key] = value
    from moto import mock_aws

    from heyfolio.aws.clients import clear_cache
    from heyfolio.config import get_settings
    from heyfolio.storage.tables import ensure_tables

    with tempfile.TemporaryDirectory(prefix="heyfolio-push-bench-") as data:
        os.environ["HEYFOLIO_DATA_DIR"] = data
        get_settings.cache_clear()
        clear_cache()
        with mock_aws():
            ensure_tables()
            yield
        clear_cache()


def configure(env: dict[str, str | None]) -> None:
    from heyfolio.changes import push
    from heyfolio.config import get_settings

    for key, value in env.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()
    push.reset()


class Listener:
    """A listen stream on a raw socket: frames are read as they arrive, nothing buffered in between."""

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        body = json.dumps(LISTEN).encode()
        head = "".join(f"{k}: {v}\r\n" for k, v in {**HEADERS, "host": f"{host}:{port}"}.items())
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        self.sock.sendall(
            f"POST /mcp/subscriptions HTTP/1.1\r\n{head}content-length: {len(body)}\r\n\r\n".encode()
        )
        self.sock.sendall(body)
        self.buffer = b""
        self.wait_for(b"acknowledged")

    def wait_for(self, marker: bytes) -> float:
        """Read until ``marker`` has arrived; the time it was read."""
        while marker not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError(f"the stream ended before {marker!r}")
            self.buffer += chunk
        at = time.perf_counter()
        self.buffer = self.buffer[self.buffer.index(marker) + len(marker) :]
        return at

    def close(self) -> None:
        self.sock.close()


def measure(n: int, limits: Any, spacing: float) -> list[float]:
    """``n`` changes → notifications on one listen stream, in milliseconds."""
    from heyfolio.changes import publish_change
    from mcp_handlers.subscriptions.asgi import SubscriptionsApp

    samples: list[float] = []
    with serve(SubscriptionsApp(limits=limits)) as base:
        listener = Listener(base)
        try:
            for i in range(n + 3):  # the first three warm connections and caches
                time.sleep(random.uniform(0.02, spacing))
                marker = f'bench change {i}"'.encode()
                start = time.perf_counter()
                publish_change("portfolio://faq", summary=f"bench change {i}")
                heard = listener.wait_for(marker)
                if i >= 3:
                    samples.append((heard - start) * 1000)
        finally:
            listener.close()
    return samples


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(len(ordered) * 0.95) - 1)]
    return statistics.median(ordered), p95, ordered[-1]


def costs() -> list[str]:
    """One open stream for an hour on AWS, by what it costs beyond the Lambda that holds it."""
    ddb = DDB_USD_PER_MILLION_READS / 1e6
    cmd = UPSTASH_USD_PER_100K_COMMANDS / 1e5
    streams_per_hour = 3600 / STREAM_MAX_SECONDS
    old_reads = 3600 / 1.0 + streams_per_hour  # a read a second, plus the starting cursor of each stream
    old = old_reads * ddb
    new_reads = 3600 / FALLBACK_POLL_SECONDS + streams_per_hour
    # Counted generously: one SUBSCRIBE per stream and every delivered message as one command,
    # plus the PUBLISH of each change (shared by all open streams, charged here to one).
    new_commands = streams_per_hour + 2 * CHANGES_PER_HOUR
    new = new_reads * ddb + new_commands * cmd
    lam = 3600 * STREAM_MEMORY_GB * LAMBDA_USD_PER_GB_SECOND_ARM
    return [
        "| per open stream per hour (AWS, us-east-1) | table reads | Upstash commands | USD |",
        "|---|---:|---:|---:|",
        f"| before: DynamoDB read every 1 s | {old_reads:.0f} | 0 | {old:.6f} |",
        f"| push: Upstash pub/sub + read every {FALLBACK_POLL_SECONDS:.0f} s | {new_reads:.0f} | "
        f"{new_commands:.0f} | {new:.6f} |",
        f"| both: the Lambda holding the stream (512 MB arm64) | | | {lam:.4f} |",
        "",
        f"DynamoDB on-demand ${DDB_USD_PER_MILLION_READS}/million reads (a consistent Query of a small page = 1 RRU); "
        f"Upstash pay as you go ${UPSTASH_USD_PER_100K_COMMANDS}/100K commands, with {CHANGES_PER_HOUR} changes an "
        f"hour, each delivered message counted as a command, streams re-listening every {STREAM_MAX_SECONDS // 60} "
        f"min. Push costs {old / new:.1f}x less than the 1 s poll for the change feed itself; the Lambda's own "
        "duration dominates both and does not change.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="changes per push mode")
    parser.add_argument("--n-poll", type=int, default=20, help="changes per polling mode")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    from mcp_handlers.subscriptions.stream import StreamLimits

    rows: list[tuple[str, list[float]]] = []
    never = 300.0  # push modes: no table read within the run, so every notification was pushed
    with local_aws(), redis_server() as server, upstash_shim(server.url) as shim:
        configure(
            {
                "HEYFOLIO_PUSH": "upstash",
                "UPSTASH_REDIS_REST_URL": shim.url,
                "UPSTASH_REDIS_REST_TOKEN": shim.token,
            }
        )
        rows.append(
            (
                "push: Upstash REST → redis-server",
                measure(args.n, StreamLimits(poll_interval=1.0, fallback_poll=never), 0.1),
            )
        )
        configure(
            {"HEYFOLIO_PUSH": "memory", "UPSTASH_REDIS_REST_URL": None, "UPSTASH_REDIS_REST_TOKEN": None}
        )
        rows.append(
            (
                "push: in process (make dev)",
                measure(args.n, StreamLimits(poll_interval=1.0, fallback_poll=never), 0.1),
            )
        )
        configure({"HEYFOLIO_PUSH": "off"})
        rows.append(
            (
                "before: poll every 1 s (AWS)",
                measure(args.n_poll, StreamLimits(poll_interval=1.0, fallback_poll=1.0), 1.0),
            )
        )
        rows.append(
            (
                "before: poll every 0.2 s (local)",
                measure(args.n_poll, StreamLimits(poll_interval=0.2, fallback_poll=0.2), 0.2),
            )
        )
        configure({"HEYFOLIO_PUSH": None})

    lines = [
        machine_line(),
        "",
        "`publish_change` → the `notifications/resources/updated` frame read by a listen client, on the real "
        "subscriptions ASGI app (uvicorn, loopback, moto DynamoDB). The push rows include the table write; "
        "on AWS add the network to Upstash (same region: a few ms each way). Target: p95 under 100 ms.",
        "",
        "| mode | n | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, samples in rows:
        p50, p95, worst = percentiles(samples)
        lines.append(f"| {name} | {len(samples)} | {p50:.1f} | {p95:.1f} | {worst:.1f} |")
    lines += ["", *costs()]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        update_section("Push (change → notification)", text)


if __name__ == "__main__":
    main()
