"""A hyphenated word the content writes another way: closed up ("health-care" as "healthcare", "e-mail" as
"email") or, for "cross-", as "across" the plural ("cross-site" as "across the Munich and Brno sites",
"cross-squad" as "across three squads" or "engineers from three squads").

Why: the index splits a hyphenated word into its parts, and a part alone ("care", "cross") is rarely written,
so an ad's "regulated health-care environment" or "cross-squad migrations" read as not shown for a résumé
that says "healthcare" or "led nine engineers across three squads". Looked up only when the word as written
is not shown, and "cross-" only where "across" leads to the noun, so "cross-site scripting" is not shown by
any page that names a site.
"""

from __future__ import annotations

import re

__all__ = ["across_form", "closed_compound"]

# "engineers from three squads", "between two sites": people or work of several, as "across" them
_SEVERAL = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|[2-9]|[1-9]\d)"
# A verb and its particle closed up is often another word: "start-up" time is no "startup", "check-out" no
# "checkout" page; those are left to their parts.
_PARTICLES = frozenset(["up", "out", "down", "off", "in", "on", "over", "back", "through", "away"])
_PARTS = re.compile(r"([A-Za-z]{2,})-([A-Za-z]{2,})")


def closed_compound(word: str) -> str | None:
    """ "health-care" -> "healthcare": the word closed up, or None when it is not two parts joined by a hyphen
    (or is a "cross-" word, read by ``across_form``)."""
    m = _PARTS.fullmatch(word)
    if m is None or m.group(1).casefold() == "cross" or m.group(2).casefold() in _PARTICLES:
        return None
    return m.group(1) + m.group(2)


def across_form(word: str) -> re.Pattern[str] | None:
    """ "cross-site" -> a pattern for "across" followed, within four words, by "site" or "sites"; None for a
    word that is not "cross-" and a noun."""
    m = _PARTS.fullmatch(word)
    if m is None or m.group(1).casefold() != "cross":
        return None
    noun = re.escape(m.group(2))
    return re.compile(
        rf"\b(?:across\s+(?:[\w'’.-]+,?\s+){{0,4}}?|(?:from|between)\s+{_SEVERAL}\s+(?:[\w-]+\s+)?){noun}(?:s|es)?\b",
        re.IGNORECASE,
    )
