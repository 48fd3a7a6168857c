"""The importers' progress bar: redrawn in place on a terminal, a line per step otherwise, silent when quiet."""

from __future__ import annotations

import io

from heyfolio.importers.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_and_in_a_log() -> None:
    tty = Terminal()
    with Progress("github", 4, stream=tty) as bar:
        for name in ("a", "b", "c", "d"):
            bar.advance(name)
    frames = tty.getvalue().split("\r")[1:]
    assert len(frames) == 4 and frames[-1].startswith("github [########################] 4/4 d")
    assert frames[1].startswith("github [############------------] 2/4 b")
    assert tty.getvalue().endswith("\n")
    log = io.StringIO()
    with Progress("linkedin", 2, stream=log) as bar:
        bar.advance("Profile")
        bar.advance("Positions")
    assert log.getvalue().splitlines() == [
        "linkedin [############------------] 1/2 Profile",
        "linkedin [########################] 2/2 Positions",
    ]
    quiet = Terminal()
    with Progress("x", 1, stream=quiet, quiet=True) as bar:
        bar.advance()
    assert quiet.getvalue() == ""
