"""A count of a thing asked of one named entry that never writes that thing: "how many weather services
use <library>?" when the library's passages speak of stars and labs, never of services.

Why: such a question shares the entry's name, so the entry ranks first and looks like a strong answer,
yet a résumé states the counts it has and not others - the stars, labs or vehicles it writes are not
weather services, and another entry's figure is not this entry's. ``figures`` reads the measures an
entry is counted by (stars, downloads, users, ...); this reads any other thing counted, narrowly: the
entry answers when any of its passages, or a line elsewhere writing its name, writes the thing at all
(in any form or a related word: "DAGs" stand for nothing, but "pipelines" for "ETL" do), so a count said
in words the question does not use ("a team of six", "a fleet of 12,000 devices") is left to ranking
and only a thing the entry never mentions comes back weak. Counted units (days, euros, points) are left
out: a duration or a sum is stated as dates or an amount, not by the unit's word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.search.counts import counted_head, states_count
from heyfolio.search.figures import asked_measure, measure_words
from heyfolio.search.text import analyze, expand, fold, normalize_token

__all__ = ["counted_thing", "writes_thing"]

_WORD = re.compile(r"\w+")
_MIN_THING = 3  # "labs", "apps", "VMs": of one named entry a short word says what is counted too
# Units a count is made in rather than things the entry would name: time, money, shares.
_UNITS = frozenset((
    "day", "hour", "minute", "second", "week", "month", "year", "decade", "euro", "dollar", "pound", "franc",
    "yen", "rupee", "krona", "krone", "real", "peso", "percent", "percentage", "point", "time",
))  # fmt: skip


def counted_thing(question: str) -> str | None:
    """The (singular, folded) thing a "how many" question counts when it is no measure an entry is
    counted by (``figures``), no unit and no member of a team ("how many weather services use X?" ->
    "service"), else None."""
    if asked_measure(question) is not None:
        return None
    thing = counted_head(question, _MIN_THING)
    if thing is None or thing in _UNITS or thing in measure_words("team"):
        return None
    return thing


def writes_thing(texts: Iterable[str], thing: str) -> bool:
    """Whether ``texts`` write ``thing`` in any form (a word starting with it, its stem or a related
    word of the search vocabulary) or state a number of it (``counts.states_count``)."""
    texts = list(texts)
    if states_count(texts, thing):
        return True
    forms = {t for t, _ in expand(normalize_token(thing)) if not t.startswith("kind:")}
    forms.update(analyze(thing))
    for text in texts:
        if forms & set(analyze(text)):
            return True
        if any(w.startswith(thing) for w in _WORD.findall(fold(text))):
            return True
    return False
