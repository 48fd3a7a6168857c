"""Study still in progress ("Postgraduate Certificate (in progress) in Distributed Systems") as evidence.

Why: the area of a course under way was read as the skill shown. Recruiters read an unfinished
certificate as intent: the owner is learning it. An ask shown only there (every part of it) is partial;
an ask for learning itself ("eager to learn", "exposure to") is what such study does show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.evidence import Sentence

__all__ = ["learning_asked", "only_in_progress"]

_IN_PROGRESS = re.compile(
    r"\b(?:in progress|ongoing|under way|underway|not yet (?:completed|finished)|currently (?:studying|"
    r"enrolled|pursuing)|expected (?:in )?(?:\w+ )?\d{4}|due (?:in )?\d{4})\b",
    re.IGNORECASE,
)


# An ask for learning itself ("eager to learn Rust", "interest in ML"): study under way shows just that.
_LEARNING_ASK = re.compile(
    r"(?<!machine )(?<!deep )(?<!reinforcement )\b(?:learn\w*|interest\w*|curio\w*|eager\w*|willing\w*|keen|passion\w*|exposure|familiar\w*|basic\w*|"
    r"awareness|introduct\w*|study\w*|studies|course\w*|student|pursuing|enrolled|certificat\w*|degree|"
    r"diploma|qualification\w*)\b",
    re.IGNORECASE,
)


def learning_asked(text: str) -> bool:
    """Whether the ask is for learning or study, which an unfinished course does show."""
    return bool(_LEARNING_ASK.search(text))


def only_in_progress(shown: Sequence[Sequence[int]], sentences: Sequence[Sentence]) -> bool:
    """Whether the whole ask is shown only by study still under way (``shown``: the sentences showing
    each part, all of them: a project naming it elsewhere is no study)."""
    unfinished = {
        s.uri for s in sentences if s.kind in ("education", "certificate") and _IN_PROGRESS.search(s.text)
    }
    if not unfinished:
        return False
    return bool(shown) and all(ns and all(sentences[n].uri in unfinished for n in ns) for ns in shown)
