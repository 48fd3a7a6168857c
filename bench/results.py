"""Write one benchmark's section of bench/RESULTS.md without touching the others."""

from __future__ import annotations

import os
import platform
import re
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = "# Benchmark results\n\nEach section is rewritten by its benchmark script; re-run `make bench` to refresh.\n"


def machine_line() -> str:
    """Where and when the figures were taken (these machines are noisy: compare ratios)."""
    return (
        f"_{time.strftime('%Y-%m-%d')} · Python {platform.python_version()} · "
        f"{platform.machine()} · {os.cpu_count()} cores_"
    )


def update_section(title: str, body: str, path: Path = RESULTS) -> None:
    """Replace (or append) the ``## title`` section of RESULTS.md with ``body``."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")
