"""An employer asked of the owner that no job names: "Has she worked at Amazon?" of an AWS engineer.

Why: the organisation's name is often written elsewhere in a résumé - a certificate's issuer
("Google Cloud Professional Data Engineer"), a product ("Amazon EKS"), a client's platform - so
those passages rank first and read as a yes, though no job was ever there. An employer is listed
only when a job, volunteering, reference or the owner's own summary names every word of it, as
itself rather than as part of a longer name ("Google Play", "Infineon AURIX"), or it starts an
employer's name ("Loadstar" of Loadstar Freight). Read by search, whose hits then come back weak,
and by the offline answerer, which says which employer the portfolio does not list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.promotion import employer_of
from heyfolio.search.text import analyze

__all__ = ["EMPLOYER_ASKED", "unlisted_employer"]

EMPLOYER_ASKED = re.compile(
    r"\b(?:work(?:ed|s|ing)?|employed|intern(?:ed)?|been) (?:at|for|by) ((?:[A-Z][\w&'.-]*)(?: [A-Z][\w&'.-]*)*)"
    # a stay at an organisation asked of the owner: "how long was she at Google?", "when did he join SAP?"
    r"|\b(?:(?:was|were|is) (?:she|he|they)(?: ever)? at|(?:did|does) (?:she|he|they) (?:do|build|ship|work on|lead) at|"
    r"(?:her|his|their) (?:time|role|job|position|tenure|stint|years?|work) at|(?:did|does) (?:she|he|they) "
    r"(?:ever )?join|(?:she|he|they) (?:joined|left)) ((?:[A-Z][\w&'.-]*)(?: [A-Z][\w&'.-]*)*)"
)
_EMPLOYER_KINDS = ("work", "volunteer", "basics", "reference")
_NAME_GOES_ON = re.compile(r" [A-Z]")  # "Google Play": the next word is of the same name
_NAME_WENT_ON = re.compile(r"[A-Z][\w&'.-]* $")


def _names_whole(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` names the organisation ``words`` as itself: its words in a row, not the head
    or tail of a longer name ("Google" of "Google Play", "Infineon" of "Infineon AURIX TC3xx")."""
    pattern = r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if _NAME_GOES_ON.match(text, m.end()) or _NAME_WENT_ON.search(text[: m.start()]):
            continue
        return True
    return False


def unlisted_employer(message: str, chunks: Sequence[Chunk]) -> str | None:
    """The organisation ``message`` asks the owner worked at ("Has she worked at Amazon?") when no
    job, volunteering, reference or summary lists it (a stay anywhere - "was she at X?" - may be a
    school or an event too), else None."""
    m = EMPLOYER_ASKED.search(message)
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).rstrip(".'")
    words = [w for w in analyze(name) if len(w) >= 3]
    typed = [w for w in re.findall(r"[\w&'-]+", name) if len(w) >= 2]
    if not words or not typed:
        return None
    broad = m.group(2) is not None
    for chunk in chunks:
        if not broad and chunk.kind not in _EMPLOYER_KINDS:
            continue
        said = f"{chunk.title}\n{chunk.text}"
        if not set(words) <= set(analyze(said)):
            continue
        employer = employer_of(chunk)
        if employer is not None and set(words) <= set(analyze(employer)):
            return None
        if chunk.kind in ("education", "volunteer") and set(words) <= set(analyze(chunk.title)):
            return None
        if _names_whole(said, typed):
            return None
    return name
