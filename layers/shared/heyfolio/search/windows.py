"""Windows of a long passage, embedded beside it so the dense stage sees its whole text.

Why: the dense model reads a passage's first 256 word pieces (MiniLM) and drops the rest, so a fact
near the end of a long passage ("Mentored five engineers", the last highlight of a job) is invisible
to it. Each window is the passage's title and first line (what the passage is about: "Work
experience: ... at Tidewater Labs", a section's heading) and a run of whole lines that fits the model;
a passage's similarity to a question is the best of its own and its windows' (the passage is still
what is ranked and cited). Short passages get no windows: the model already reads them whole.
"""

from __future__ import annotations

__all__ = ["LONG_PASSAGE_CHARS", "WINDOW_CHARS", "passage_windows"]

LONG_PASSAGE_CHARS = 1000  # about 240 word pieces of English prose: below, the model reads it all
WINDOW_CHARS = 600  # the lines a window holds besides the title and first line (~150 word pieces)


def passage_windows(title: str, text: str) -> list[str]:
    """The windows of passage ``title``/``text`` (each "title\\nfirst line\\nlines..."), in text
    order; ``[]`` for a passage short enough to be read whole or with a single window's worth."""
    if len(title) + 1 + len(text) <= LONG_PASSAGE_CHARS:
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return []
    head, body = lines[0], lines[1:]
    blocks: list[list[str]] = []
    block: list[str] = []
    size = 0
    for line in body:
        if block and size + len(line) > WINDOW_CHARS:
            blocks.append(block)
            block, size = [], 0
        block.append(line)
        size += len(line) + 1
    if block:
        blocks.append(block)
    if len(blocks) < 2:
        return []
    return [f"{title}\n{head}\n" + "\n".join(b) for b in blocks]
