"""A throwaway ``redis-server`` on a free loopback port, for tests and the limits benchmark.

Started with persistence off (``--save "" --appendonly no``) in a temporary directory and
stopped (then killed if it lingers) when the block exits. ``redis-server`` comes from the
Debian package that ``tests/install_system_deps.sh`` installs.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


class RedisServerMissing(RuntimeError):
    """``redis-server`` is not installed."""


@dataclass(frozen=True)
class RedisServer:
    host: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def redis_server(*, startup_timeout: float = 10.0) -> Iterator[RedisServer]:
    """Run ``redis-server`` on 127.0.0.1 until the block exits."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RedisServerMissing(
            "redis-server is not installed: run `make system-deps` (apt-get install redis-server)"
        )
    with tempfile.TemporaryDirectory(prefix="heyfolio-redis-") as workdir:
        for _attempt in range(3):  # another process may grab the port between probe and bind
            port = _free_port()
            process = subprocess.Popen(
                [
                    binary,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    workdir,
                    "--daemonize",
                    "no",
                    "--loglevel",
                    "warning",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + startup_timeout
            while process.poll() is None and not _ping(port) and time.monotonic() < deadline:
                time.sleep(0.02)
            if process.poll() is None and _ping(port):
                break
            process.kill()
            process.wait()
        else:
            raise RuntimeError("redis-server did not start on a free loopback port")
        try:
            yield RedisServer("127.0.0.1", port, process)
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
