"""A noun made of a verb and its particle and the verb written open: "rollout" and "rolled out", "setup"
and "set up", "failover" and "fail over", "handover" and "handed over", "cleanup" and "cleaned up".

Why: a job ad names the work ("SAST rollout across 100+ repositories"), a résumé says what was done
("Rolled out Semgrep in CI across 180 repositories"); the index reads "rollout" as one word and "rolled
out" as "roll", so the rollout was never shown. Only pairs whose noun means the act of the verb are
listed (not "startup", "backup", "checkout" or "breakdown", whose open form often means something else),
and a form is looked up only when the word itself is absent from the content.
"""

from __future__ import annotations

import re
from functools import cache

from heyfolio.search.text import analyze

__all__ = ["closed_form", "open_terms"]

# (the noun, the verb's forms, its particle)
_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("rollout", "roll rolls rolled rolling", "out"),
    ("rollback", "roll rolls rolled rolling", "back"),
    ("setup", "set sets setting", "up"),
    ("signup", "sign signs signed signing", "up"),
    ("login", "log logs logged logging", "in"),
    ("cleanup", "clean cleans cleaned cleaning", "up"),
    ("shutdown", "shut shuts shutting", "down"),
    ("teardown", "tear tears tore torn tearing", "down"),
    ("failover", "fail fails failed failing", "over"),
    ("cutover", "cut cuts cutting", "over"),
    ("handover", "hand hands handed handing", "over"),
    ("handoff", "hand hands handed handing", "off"),
    ("kickoff", "kick kicks kicked kicking", "off"),
    ("signoff", "sign signs signed signing", "off"),
    ("buildout", "build builds built building", "out"),
    ("writeup", "write writes wrote written writing", "up"),
    ("walkthrough", "walk walks walked walking", "through"),
)


@cache
def _table() -> dict[str, tuple[re.Pattern[str], str]]:
    """The noun's index term -> (its open form, the verb's index term)."""
    out: dict[str, tuple[re.Pattern[str], str]] = {}
    for noun, forms, particle in _PAIRS:
        terms, verb = analyze(noun), analyze(forms.split()[0])
        if len(terms) != 1 or len(verb) != 1:
            continue
        pattern = re.compile(rf"\b(?:{'|'.join(forms.split())})[\s-]+{particle}\b", re.IGNORECASE)
        out[terms[0]] = (pattern, verb[0])
    return out


def open_terms(text: str) -> frozenset[str]:
    """The nouns' index terms ("rollout") for every verb written open in ``text`` ("Rolled out Semgrep"):
    read into the content's index, so the figures and words of that sentence are the rollout's too."""
    return frozenset(noun for noun, (pattern, _) in _table().items() if pattern.search(text))


def closed_form(term: str, ask: str) -> str | None:
    """The noun's index term ("rollout") when ``ask`` writes the verb ``term`` ("roll") open ("roll out
    SAST"), else None: the content may name the act where the ad names the doing."""
    for noun, (pattern, verb) in _table().items():
        if verb == term and pattern.search(ask):
            return noun
    return None
