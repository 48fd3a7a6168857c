"""Whether the named things an owner shows are only the setting of the one the requirement is about.

"Xamarin apps with Firebase", "Nomad jobs on AWS", "Pulumi stacks on AWS": the line asks for the first
thing it names; what follows "with", "on" or "using" says where or with what it is done. An owner who
shows Firebase or AWS but never the thing itself has not done it, and a job ad padded with
the owner's own words is no partial fit (a technology never named is missing, however close its
setting). Things joined by "and" or a comma are each asked ("Xamarin and Firebase"): one shown there is a
share of the ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.jobfit.terms import TRAILING_GENERIC, word_list
from heyfolio.jobfit.vendor_words import VENDORS
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import normalize_token

__all__ = ["shown_only_as_setting"]

# Words that make what follows the setting of what precedes ("Nomad clusters *on* AWS").
_SETTING = frozenset(word_list("with on for using via atop onto into over"))
# A joining word or mark between the two: both are asked, so neither is only the other's setting.
_JOINED = re.compile(r"\band\b|\bor\b|\bplus\b|\bas well as\b|[,;/&(]|\balong(?:side)?\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w.+#-]*")
# A product's name as written: capitalised words ("Xamarin", "Pulumi", "Prisma Cloud"). Initials and coined
# words ("OLAP", "FinOps", "GenAI") more often name a kind of work the setting is an instance of ("OLAP on
# BigQuery"), so they are left to the other checks unless known as products.
_PROPER = re.compile(r"[A-Z][a-z]+")


def _distinctive(alternatives: Sequence[Sequence[str]]) -> list[str] | None:
    """The words that make each alternative a product's name ("Nomad" of "HashiCorp Nomad", "Prisma" of
    "Prisma Cloud"), or None when one is no product's name: a word not capitalised as a name ("OLAP",
    "FinOps", "GenAI") and unknown as one, or only a vendor and generic words ("Google Cloud")."""
    out: list[str] = []
    for words in alternatives:
        rest = [w for w in words if w.casefold() not in VENDORS]
        if not rest or not all(_PROPER.fullmatch(w) or w.casefold() in TECHNOLOGY_NAMES for w in rest):
            return None
        own = [w for w in rest if normalize_token(w.casefold()) not in TRAILING_GENERIC]
        if not own:
            return None
        out.extend(own)
    return out or None


def _span(text: str, alternatives: Sequence[Sequence[str]]) -> tuple[int, int] | None:
    """Where a named thing stands in ``text``: from the first of its alternatives to the end of the last
    ("Istio or Linkerd"), or None when one is not written as such."""
    spans = []
    for words in alternatives:
        pattern = r"(?<![\w.+#-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w+#])"
        m = re.search(pattern, text, re.IGNORECASE)
        if m is None:
            return None
        spans.append(m.span())
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


def shown_only_as_setting(
    text: str, things: Sequence[tuple[Sequence[Sequence[str]], bool]], written: Callable[[str], bool]
) -> bool:
    """Whether the first named thing of ``text`` is a product whose brand (its first own word: "Kubeflow"
    of "Kubeflow Pipelines") is never written and every shown one comes after it, past a setting word
    ("with", "on", "using") and with no "and"/"or"/comma between. ``things``: each named thing's
    alternatives (the words of each, as written) and whether the owner shows it at all; ``written``:
    whether the owner writes a word anywhere (a brand written is left to the other checks)."""
    placed = [(span, shown, alts) for alts, shown in things if (span := _span(text, alts)) is not None]
    if len(placed) != len(things) or len(placed) < 2:
        return False
    placed.sort(key=lambda p: p[0])
    (_, head_end), head_shown, head_alts = placed[0]
    own = _distinctive(head_alts)
    if head_shown or own is None or written(own[0]) or not any(p[1] for p in placed[1:]):
        return False
    first_shown = min(start for (start, _), shown, _ in placed if shown)
    between = text[head_end:first_shown]
    if _JOINED.search(between):
        return False
    return any(w.casefold() in _SETTING for w in _WORD.findall(between))
