"""A figure asked with a qualifier the passages found state only a sibling of: "what is the p99
latency?" of "cut p95 latency to 210 ms".

Why: a figure is often stated for one member of a closed set of qualifiers - one percentile, one
severity, one safety integrity level, one year of a programme - and a recruiter asks about its neighbour ("the p99", "high-severity
findings", "in its second year"). The question shares every other word with the sentence, so the
passage ranks first and its figure reads as the answer, yet it is the figure of the other member. So
when the passages search found name a sibling of the qualifier asked and never the qualifier itself,
what search found is shown as weak (the closest passages, not an answer).

Read narrowly on the asking side (a question asking a value, the qualifier written as one) and broadly
on the stating side: the qualifier's word anywhere in the passages found ("high" in any sense) leaves
the question to the rest of the engine, so an answerable question is never turned down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["asks_store", "contrasted_qualifier"]

_WH = re.compile(r"\b(?:what|what's|whats|which|how|when|who)\b", re.IGNORECASE)

_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}
_ORDINAL_WORDS = "|".join(_ORDINALS)
_UNITS = r"year|month|quarter|week|semester|season|term"

# Each kind: how a qualifier of it is written, group "v" its value (read the same on both sides).
_PERCENTILE = re.compile(
    r"\bp(?P<v>50|75|90|95|99|99\.9|999)\b|\b(?P<w>50|75|90|95|99|99\.9)th[- ]percentile\b|\bmedian\b", re.I
)
_SEVERITY = re.compile(
    r"\b(?:rated|scored|severity|as) (?P<v>critical|high|medium|moderate|low)\b|"
    r"\b(?P<w>critical|high|medium|moderate|low)[- ](?:severity|risk|priority|impact)\b|"
    r"\b(?P<x>critical|high|medium|moderate|low)(?: and \w+)? (?:findings?|vulnerabilit(?:y|ies)|bugs?|cves?|issues?|"
    r"defects?|flaws?)\b",
    re.I,
)
_INCIDENT = re.compile(r"\bsev[- ]?(?P<v>[0-4])\b", re.I)
# functional-safety integrity levels: ISO 26262's ASIL A-D, IEC 61508's SIL 1-4 (read apart: "ASIL B"
# is no "SIL")
_SAFETY = re.compile(r"\b(?P<k>asil|sil)[- ]?(?P<v>[a-d1-4])\b", re.I)
# app stores, asked of a figure there ("its rating on Google Play") when only the other's is stated
_STORE = re.compile(r"\b(?P<v>app store|google play|play store)\b", re.I)
_STORE_FIGURE = re.compile(r"\b(?:rat(?:ed|ing|ings)|downloads?|installs?|reviews?|stars?|rank\w*)\b", re.I)
_STORES = {"play store": "google play"}
_PERIOD = re.compile(rf"\b(?P<v>{_ORDINAL_WORDS})[- ](?P<u>{_UNITS})s?\b", re.I)

# The word that writes each value anywhere (the broad stating side).
_ANY_PERCENTILE = {"50": r"\b(?:p50|50th|median)\b"}
_MODERATE = {"moderate": "medium"}


def _values(kind: str, text: str) -> set[str]:
    """The qualifiers of ``kind`` that ``text`` writes as such, each read to one value."""
    if kind == "percentile":
        found = set()
        for m in _PERCENTILE.finditer(text):
            v = m.group("v") or m.group("w") or "50"
            found.add({"999": "99.9"}.get(v, v))
        return found
    if kind == "severity":
        return {
            _MODERATE.get(v.casefold(), v.casefold())
            for m in _SEVERITY.finditer(text)
            if (v := m.group("v") or m.group("w") or m.group("x"))
        }
    if kind == "incident":
        return {m.group("v") for m in _INCIDENT.finditer(text)}
    if kind in ("asil", "sil"):  # each standard's levels are siblings of each other only
        return {
            f"{kind} {m.group('v').casefold()}"
            for m in _SAFETY.finditer(text)
            if m.group("k").casefold() == kind
        }
    if kind == "store":
        return {_STORES.get(v, v) for m in _STORE.finditer(text) if (v := m.group("v").casefold())}
    return {f"{_ORDINALS[m.group('v').casefold()]} {m.group('u').casefold()}" for m in _PERIOD.finditer(text)}


def _written(kind: str, value: str, text: str) -> bool:
    """Whether ``text`` writes the qualifier ``value`` of ``kind`` in any sense (read broadly)."""
    if kind == "percentile":
        word = _ANY_PERCENTILE.get(
            value, rf"\b(?:p{re.escape(value.replace('.', ''))}|p{re.escape(value)}|{re.escape(value)}th)\b"
        )
        return re.search(word, text, re.I) is not None
    if kind == "severity":
        words = {"medium": r"medium|moderate"}.get(value, value)
        return re.search(rf"\b(?:{words})\b", text, re.I) is not None
    if kind == "incident":
        return re.search(rf"\bsev[- ]?{value}\b", text, re.I) is not None
    if kind in ("asil", "sil"):
        level, grade = value.split()
        return re.search(rf"\b{level}[- ]?{grade}\b", text, re.I) is not None
    if kind == "store":
        return value in _values("store", text)
    n, unit = value.split()
    spelled = "|".join(w for w, i in _ORDINALS.items() if i == int(n))
    return re.search(rf"\b(?:{spelled})[- ]{unit}", text, re.I) is not None


def asks_store(question: str) -> bool:
    """Whether ``question`` asks a figure of one app store ("its rating on Google Play")."""
    return (
        bool(_WH.search(question))
        and len(_values("store", question)) == 1
        and bool(_STORE_FIGURE.search(question))
    )


_KINDS = ("percentile", "severity", "incident", "asil", "sil", "period", "store")


def contrasted_qualifier(question: str, texts: Iterable[str]) -> str | None:
    """The qualifier ``question`` asks a value under ("p99", "high", "2 year") when ``texts`` (the
    passages found) write a sibling of it of the same kind and never the qualifier itself, else None."""
    if not _WH.search(question):
        return None
    found = list(texts)
    if not found:
        return None
    for kind in _KINDS:
        asked = _values(kind, question)
        if len(asked) != 1 or (kind == "store" and not _STORE_FIGURE.search(question)):
            continue
        value = asked.pop()
        if any(_written(kind, value, t) for t in found):
            continue
        if any(_values(kind, t) - {value} for t in found):
            return value
    return None
