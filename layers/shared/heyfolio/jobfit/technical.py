""" "Technical" as an ad writes it ("technical blog writing", "published technical work"): the rest of the
ask done by someone whose work is technical, which an engineer's entries say by naming what they are about,
not by the word.

Why: a résumé never writes "technical" before its own blog or paper ("Video compression for 3D media");
the ad's adjective only says the writing, the talk or the work is about technology. So the word is shown by
every entry (a job, a project, a publication) that names a technology or an engineering word; the other
words of the ask must still be shown, together, as always. An owner with no technical entry (a hotel
manager's blog) does not show it. "Non-technical" (an audience, not the work's kind) is not read so.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.evidence import Corpus, norm_text
from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.search.text import analyze

__all__ = ["ENGINEERING_WORDS", "TECHNICAL_TERM", "technical_sentences"]

TECHNICAL_TERM = analyze("technical")[0]

# What makes a page technical: a technology, or a word of engineering work.
_ENGINEERING = TECH_WORDS | frozenset(
    analyze(
        "engineer engineering developer software platform infrastructure database security devops reliability "
        "frontend backend mobile cloud architect architecture code coding programming program algorithm "
        "compression codec api server web app apps open-source github library framework machine learning "
        "network hardware firmware computing computer kernel compiler deployment latency pipeline"
    )
)
ENGINEERING_WORDS = _ENGINEERING
# "non-technical stakeholders", "non technical audiences": the audience asked is not the work's kind
_NOT_TECHNICAL = re.compile(r"\bnon[- ]?technical\b", re.IGNORECASE)


def _page(uri: str) -> str:
    return (
        uri.split("#")[0]
        if uri.startswith("portfolio://projects/") or uri.startswith("portfolio://posts/")
        else uri
    )


def _technical_pages(corpus: Corpus) -> frozenset[str]:
    words: dict[str, set[str]] = {}
    for s in corpus.sentences:
        if s.kind in ("reference", "interest", "basics"):
            continue
        words.setdefault(_page(s.uri), set()).update(analyze(norm_text(s.text)))
    return frozenset(page for page, ws in words.items() if ws & _ENGINEERING)


def technical_sentences(ask: str, corpus: Corpus) -> list[int]:
    """The sentences on pages about technology, which show an ask's "technical"; none for "non-technical"."""
    if _NOT_TECHNICAL.search(ask):
        return []
    pages = _technical_pages(corpus)
    return [
        n
        for n, s in enumerate(corpus.sentences)
        if _page(s.uri) in pages and s.kind not in ("reference", "interest", "basics")
    ]
