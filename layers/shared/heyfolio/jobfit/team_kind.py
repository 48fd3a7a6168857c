"""Leading a kind of team ("lead a platform team") against being a member of one.

Why: "leading" is ad wording, so "Leading a platform team" was met by "Member of a six-person platform
team". A résumé shows a team of that kind led where a sentence leads a team (or a lead title is held)
and the kind is named there or in that entry's title; leading some other team (a hotel front desk), or
being on that kind of team, is partial.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.jobfit.evidence import Corpus
from heyfolio.search.text import analyze

__all__ = ["team_kind_not_led"]

_ASK = re.compile(
    r"\b(?:lead|leads|leading|led|head|heads|heading|headed|manage|manages|managing|managed|run|runs|running|ran)\s+"
    r"(?:(?:a|an|the|our|your|their|its)\s+)?((?:[\w-]+\s+){1,3}?)(?:team|squad)s?\b(?!['’])",
    re.IGNORECASE,
)
# Words that say how a team is, not what kind of work it does.
_GENERIC = frozenset(
    analyze(
        "small large big growing new existing whole entire own high-performing performing high cross-functional "
        "cross functional distributed remote global international hybrid diverse agile talented strong "
        "world-class engineering technical software development dev multidisciplinary product delivery "
        "project scrum mixed full-stack fullstack mid-sized sized person people member members local "
        "dedicated core great best small-to-medium medium multiple several many more than one two three both "
        "various different few"
    )
)
_LEADS = re.compile(
    r"\b(?:led|lead|leads|leading|manag\w+|head\w*|ran|run|runs|running|oversaw|oversee\w*|supervis\w+|"
    r"director)\b",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"\b(?:teams?|squads?|groups?|engineers|people|reports|developers|staff|crew)\b|"
    # people counted by what they are ("two assistant quantity surveyors", "6 analysts", "3 technicians")
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\s+(?:[\w-]+\s+){0,2}"
    r"[a-z]+(?:ors|ists|ants|ians|eers)\b",
    re.I,
)


def team_kind_not_led(text: str, corpus: Corpus, credit: Callable[[str], Sequence[int]]) -> str | None:
    """The kind of team asked as led ("platform") when no entry that leads a team shows that kind, else
    None (``credit``: the sentences showing an index term, equivalents included: "backend" by an API)."""
    m = _ASK.search(text)
    if m is None or re.search(r"\d", m.group(1)):
        return None
    # the word next to "team" says its kind ("a cross-platform mobile team" is a mobile team)
    kind = frozenset(analyze(m.group(1).split()[-1])) - _GENERIC
    if not kind:
        return None
    led: set[str] = set()
    seen: set[str] = set()
    for s in corpus.sentences:
        title = s.uri not in seen  # an entry's first sentence names its role
        seen.add(s.uri)
        if s.kind != "reference" and _LEADS.search(s.text) and (title or _GROUP.search(s.text)):
            led.add(s.uri)
    for term in kind:
        shown = {n for n, s in enumerate(corpus.sentences) if term in s.terms} | set(credit(term))
        if not any(corpus.sentences[n].uri in led for n in shown):
            return f"no {m.group(1).strip()} team led"
    return None
