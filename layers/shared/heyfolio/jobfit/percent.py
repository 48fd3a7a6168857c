"""Percentages asked and shown: "cut cloud costs by at least 50%", "99.99% availability".

A percentage in an ask is a quantity like any count: a cut of 44% shows the work, not the 50% asked,
so the ask is partial, not matched. Résumés write a change either as a percentage ("by 31%", "(44%)")
or as its two ends ("from 46 to 12 pages a month", "from €84,000 to €47,000"): both are read. A level
("99.98% availability", "crash-free sessions from 98.1% to 99.7%") is compared as a level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MONEY_TERMS", "PercentAsk", "of_money", "percent_asks", "percents_shown"]

# What money spent is called (analysed stems): "warehouse costs" is shown by "the BigQuery bill", and a
# change in it is a change of money, not of a build's hours.
MONEY_TERMS = frozenset({"cost", "spend", "bill", "expens"})

_PCT = r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)"
# A sentence that speaks of money: a money word or an amount in a currency ("saved US$12k", "EUR 410,000").
_MONEY_SAID = re.compile(
    r"[$€£]|\b(?:US\$|CA\$|EUR|USD|GBP|CHF)\b|\b(?:costs?|spend\w*|bills?|expens\w*|budget\w*|sav(?:e|ed|es|ing|ings))\b",
    re.IGNORECASE,
)


def of_money(sentence: str) -> bool:
    """Whether a sentence speaks of money. Why: "cut database costs by 50%" is a change of money; the
    project "Database cost programme" also "cut the number of clusters from 22 to 9", a change of a count
    (59%), which is no cost cut of that size where the bill it cut is stated (-34%)."""
    return _MONEY_SAID.search(sentence) is not None


@dataclass(frozen=True)
class PercentAsk:
    """A percentage asked: ``change`` ("by 50%") or a level ("99.99% availability"); ``at_most`` for
    an upper bound ("under 1% errors")."""

    value: float
    change: bool
    at_most: bool
    written: str


# "by at least 50%", "by more than 60%", "by 30% or more", "by 25%+"
_BY = re.compile(
    r"\bby\s+(?:at\s+least\s+|more\s+than\s+|over\s+|around\s+|about\s+|roughly\s+|some\s+)?" + _PCT,
    re.IGNORECASE,
)
# "above 99.9%", "at least 99.95%", "99.99% availability", "99.9% uptime"
# "a cost reduction of 50% or more", "savings of at least 30%", "a 40%+ cut in build time": the change
# named as a noun, its size after "of" or before it
_CHANGE_NOUN = r"(?:reductions?|cuts?|savings?|improvements?|increases?|decreases?|drops?|gains?|uplifts?)"
_OF_CHANGE = re.compile(
    r"\b" + _CHANGE_NOUN + r"\s+of\s+(?:at\s+least\s+|more\s+than\s+|over\s+|around\s+|about\s+)?" + _PCT,
    re.IGNORECASE,
)
_PCT_CHANGE = re.compile(
    r"(?<![\d.])" + _PCT + r"\s*(?:\+|or\s+more)?\s+(?:[a-z-]+\s+)?" + _CHANGE_NOUN + r"\b", re.I
)
_LEVEL_BEFORE = re.compile(r"\b(?:above|over|at\s+least|of\s+at\s+least|minimum\s+of|>=?)\s*" + _PCT, re.I)
_LEVEL_NOUN = re.compile(_PCT + r"\s+(?:availability|uptime|crash-free|success|coverage|accuracy)\b", re.I)
# "availability at 99.99% or better", "uptime of at least 99.9%": the level after what it measures
_NOUN_LEVEL = re.compile(
    r"\b(?:availability|uptime|crash-free(?:\s+sessions|\s+users)?|success\s+rate|coverage|accuracy)\s+"
    r"(?:of|at|above|over|>=?)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?" + _PCT,
    re.IGNORECASE,
)
_AT_MOST = re.compile(r"\b(?:under|below|less\s+than|at\s+most|no\s+more\s+than)\s+" + _PCT, re.I)


def percent_asks(text: str) -> list[PercentAsk]:
    """The percentages ``text`` asks for, as quantities to compare; [] when it states none (a share of
    travel, "grew 40% last year" said of the employer are no bound on the owner's work)."""
    out: list[PercentAsk] = []
    seen: set[int] = set()
    for pattern, change, at_most in (
        (_BY, True, False),
        (_OF_CHANGE, True, False),
        (_PCT_CHANGE, True, False),
        (_AT_MOST, False, True),
    ):
        for m in pattern.finditer(text):
            if m.start(1) in seen:
                continue
            seen.add(m.start(1))
            out.append(PercentAsk(float(m.group(1)), change, at_most, m.group(0).strip()))
    for pattern in (_LEVEL_BEFORE, _LEVEL_NOUN, _NOUN_LEVEL):
        for m in pattern.finditer(text):
            if m.start(1) not in seen:
                seen.add(m.start(1))
                out.append(PercentAsk(float(m.group(1)), False, False, m.group(0).strip()))
    return out


_SHOWN_PCT = re.compile(r"(?<![\d.])" + _PCT)
_MONEY = r"(?:[$€£]|US\$|CA\$|EUR\s*|USD\s*|GBP\s*)?"
_AMOUNT = r"(\d[\d,]*(?:\.\d+)?)\s*(%|(?:thousand|million|billion|minutes?|hours?|days?|bn|ms|k|m|s)\b)?"
# "from 46 to 12", "from €84,000 to €47,000", "from 2.1 s to 160 ms" (units compared below)
_FROM_TO = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+)?" + _MONEY + _AMOUNT + r"\s+(?:down\s+|up\s+)?to\s+" + _MONEY + _AMOUNT,
    re.IGNORECASE,
)
_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "ms": 1e-3,
    "s": 1.0,
    "minute": 60.0,
    "minutes": 60.0,
    "hour": 3600.0,
    "hours": 3600.0,
    "day": 86400.0,
    "days": 86400.0,
}


def _value(number: str, unit: str | None) -> float:
    return float(number.replace(",", "")) * _SCALE.get((unit or "").casefold(), 1.0)


def percents_shown(sentence: str, *, money: bool = False) -> tuple[list[float], list[float]]:
    """(changes, levels) a sentence shows in percent: every "N%" is both a possible change and a
    possible level; a "from A to B" adds its change |A-B|/A (same kind of unit on both ends) and, for
    percentages, its end B as a level. ``money``: a change of money is asked, so a "from A to B" in
    units of time (a nightly build from six hours to 40 minutes) is another quantity."""
    changes: list[float] = []
    levels: list[float] = []
    for m in _SHOWN_PCT.finditer(sentence):
        v = float(m.group(1))
        changes.append(v)
        levels.append(v)
    for m in _FROM_TO.finditer(sentence):
        u1, u2 = (m.group(2) or "").casefold(), (m.group(4) or "").casefold()
        if (u1 == "%") != (u2 == "%"):
            continue
        time_units = {"ms", "s", "minute", "minutes", "hour", "hours", "day", "days"}
        if (u1 in time_units) != (u2 in time_units) and u1 and u2:
            continue
        if money and (u1 in time_units or u2 in time_units):
            continue
        a, b = _value(m.group(1), u1 or u2), _value(m.group(3), u2 or u1)
        if a > 0:
            changes.append(abs(a - b) / a * 100.0)
        if u1 == "%" and u2 == "%":
            levels.append(float(m.group(3).replace(",", "")))
    return changes, levels
