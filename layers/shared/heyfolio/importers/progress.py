"""A small progress bar on stderr for long imports (no dependency): redrawn in place on a terminal,
one line per step otherwise, silent when ``quiet``."""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """``with Progress("repositories", total) as bar: bar.advance(label)``."""

    def __init__(self, what: str, total: int, *, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.what = what
        self.total = max(total, 0)
        self.done = 0
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.quiet and self._tty:
            self.stream.write("\n")
            self.stream.flush()

    def advance(self, label: str = "") -> None:
        self.done += 1
        if self.quiet:
            return
        width = 24
        filled = width * self.done // self.total if self.total else width
        bar = "#" * filled + "-" * (width - filled)
        line = f"{self.what} [{bar}] {self.done}/{self.total} {label}"[:100]
        if self._tty:
            self.stream.write("\r" + line.ljust(100))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
