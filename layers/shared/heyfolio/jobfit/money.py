"""An amount of money asked ("a budget of €1M+", "EUR 2M+ of annual spend") read as a quantity, checked
against the amounts the content states for the same thing ("a yearly budget of $1.2 million").

Why: the amount was read as a name ("1M+", "EUR 2M+") the content had to write, so a budget owned at a
larger size was "not shown". Euros, dollars, pounds and Swiss francs are read as one scale: a recruiter
compares the order of magnitude, not the exchange rate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.jobfit.terms import Unit, word_list

__all__ = ["amount_asked", "amounts_shown", "measured_thing", "money_budget", "says_money", "without_amounts"]

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_CODE = r"(?:EUR|USD|GBP|CHF|US\$|€|\$|£)"
_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|thousand|mn|m|million|bn|b|billion)?\b"
_AMOUNT = re.compile(
    rf"(?<![\w.]){_CODE}\s?{_FIGURE}\s*\+?|(?<![\w.]){_FIGURE}\s*\+?\s?(?:EUR|USD|GBP|CHF|euros?|dollars?|pounds)\b",
    re.IGNORECASE,
)
# The currency and the period an amount is counted over ("an annual budget above $1 million"): how the
# amount is written, compared as the amount ("a yearly budget of $1.2 million" states the same).
_CURRENCY_WORD = re.compile(
    r"^(?:EUR|USD|GBP|CHF|US\$|€|\$|£|annual|annually|yearly|monthly|quarterly|million|thousand|billion)$",
    re.IGNORECASE,
)
_AMOUNT_TOKEN = re.compile(r"^[€$£]?\d[\d,.]*(?:k|m|mn|b|bn)?\+?$", re.IGNORECASE)


def _value(m: re.Match[str]) -> float:
    num, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return float(num.replace(",", "")) * _SCALE.get((scale or "").casefold(), 1.0)


# Money named without an amount: what is spent or earned ("the AWS bill", "cloud spend", "fee income").
_MONEY_WORD = re.compile(
    r"\b(?:bills?|costs?|spend(?:ing)?|spent|expens\w*|budgets?|fees?|revenue|income|p&l|profit|savings of)\b",
    re.IGNORECASE,
)


def says_money(text: str) -> bool:
    """Whether ``text`` speaks of money (an amount, or a bill, spend, fees). Why: "saving 120 hours a month"
    saves time; only money saved or spent is related to a budget."""
    return bool(_AMOUNT.search(text) or _MONEY_WORD.search(text))


def amount_asked(text: str) -> float | None:
    """The amount of money ``text`` asks (the first), or None."""
    m = _AMOUNT.search(text)
    return _value(m) if m else None


_OF_AMOUNT = re.compile(
    rf"\b([A-Za-z][\w-]*)\s+of\s+(?:(?:about|around|over|at least|up to)\s+)?(?={_CODE}|\d)", re.I
)
_AMOUNT_THEN = re.compile(
    rf"(?:{_CODE}\s?\d[\d,.]*\s?(?:k|m|mn|million|bn|b|billion)?\+?|\d[\d,.]*\s?(?:k|m|mn|million|bn|b|billion)?\+?\s?(?:EUR|USD|GBP|CHF))\s+(?:(?:yearly|annual|monthly|a year)\s+)?([a-z][\w-]*)",
    re.I,
)


# Words after an amount that are not what it is of: the period it is counted over ("€1M a year", "$2M per
# quarter") or a preposition opening the rest ("€1M in savings", "$5M across three teams").
_NOT_A_THING = frozenset(
    word_list(
        "a an the per each every in of on for to over across at by with from within and or year month quarter"
    )
)


def measured_thing(text: str) -> str | None:
    """The noun the amount is of ("budget" in "a budget of €1M+", "a €2M budget"), or None (also for
    "cutting cloud spend by €1M a year": "a year" is the period, not a thing the content must show)."""
    for m in (_OF_AMOUNT.search(text), _AMOUNT_THEN.search(text)):
        if m and m.group(1).casefold() not in _NOT_A_THING:
            return m.group(1)
    return None


def without_amounts(us: Sequence[Unit]) -> list[Unit]:
    """``us`` without the words that only write an amount ("EUR", "2M+"): a number to compare, not a name."""
    out: list[Unit] = []
    for u in us:
        alts = tuple(
            kept
            for alt in u.alternatives
            if (kept := tuple(w for w in alt if not (_CURRENCY_WORD.match(w) or _AMOUNT_TOKEN.match(w))))
        )
        if alts:
            out.append(u if alts == u.alternatives else Unit(alts, u.named))
    return out


def amounts_shown(texts: Sequence[str], about: Callable[[int], bool]) -> list[tuple[float, int]]:
    """(amount, sentence) for each amount of money stated in a sentence ``about`` says is of the thing."""
    return [(_value(m), n) for n, t in enumerate(texts) if about(n) for m in _AMOUNT.finditer(t)]


# A budget of a measure that is not money: a figure of time, size or power before "budget" ("a 300 ms latency
# budget", "a 16 ms frame budget", "a 200 KB budget") or after it ("a budget of 50 ms").
_MEASURE = r"\d[\d,.]*\s?(?:ms|msec|milliseconds?|µs|us|s|secs?|seconds?|mins?|minutes?|kb|mb|gb|kib|mib|gib|fps|mw|w|watts?)\b"
_MEASURED_BUDGET = re.compile(
    rf"{_MEASURE}(?:[\s-]+[a-z][\w-]*){{0,2}}?\s+budgets?\b|\bbudgets?\s+of\s+(?:under\s+|at most\s+)?{_MEASURE}",
    re.IGNORECASE,
)


def money_budget(text: str) -> bool:
    """False when the budget ``text`` asks is a figure of time, size or power ("within a 300 ms latency
    budget"). Why: such a budget is met by the content's own figure of that measure, which the quantity check
    compares; read as money, it was "not shown" by an owner whose p95 is under it."""
    return not _MEASURED_BUDGET.search(text)
