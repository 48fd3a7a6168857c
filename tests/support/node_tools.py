"""Node tools the client tests run for real (the MCP Inspector CLI, mcp-remote), installed from the npm
registry into ``.tools/<name>`` once per checkout.

Why a lock: the suite runs on several xdist workers, and two workers reaching the same tool's first use
together ran ``npm install`` into one folder at once, which fails. The first takes an exclusive file
lock and installs; the others wait for it and then find the tool installed."""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def install_once(name: str, package: str, version: str, binary: str) -> Path:
    """``.tools/<name>/node_modules/.bin/<binary>`` of ``package@version``, installed if absent or another version."""
    prefix = ROOT / ".tools" / name
    prefix.mkdir(parents=True, exist_ok=True)
    executable = prefix / "node_modules" / ".bin" / binary
    manifest = prefix / "node_modules" / package / "package.json"
    with (prefix / ".install.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if (
            executable.exists()
            and manifest.exists()
            and json.loads(manifest.read_text())["version"] == version
        ):
            return executable
        npm = shutil.which("npm")
        assert npm, "npm is required (Node 20+): see the README's requirements"
        done = subprocess.run(
            [npm, "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", str(prefix),
             f"{package}@{version}"],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, f"npm install {package}@{version} failed: {done.stderr[-2000:]}"
    return executable
