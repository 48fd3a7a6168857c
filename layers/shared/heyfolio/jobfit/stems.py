"""Index terms the analyzer splits for one word: a British "-ise" form keeps its ending
("containerised" -> "containeris", "containerized" -> "container"), and "autoscaling" and
"autoscaler" fall to "autosc" and "autoscal", "queuing" and "queue" to "queu" and "queue".

Why: the stemmer's rules are not the language's, so "Containerised services" was not shown by
"containerized the billing services" and "Kubernetes autoscaling" not by "wrote a custom autoscaler".
A doubled consonant ("debugger", "debug") is left apart: "programmes" read as "program" moved evidence
onto other pages. The other stems are only looked up when the term itself is absent from the content.
"""

from __future__ import annotations

from heyfolio.search.text import analyze

__all__ = ["stem_variants"]

# stems the analyzer gives one word that no regular ending explains
_IRREGULAR = {"autosc": "autoscal", "autoscal": "autosc", "queu": "queue", "queue": "queu"}


# A noun an ad asks for and the verb a résumé does it with, stemmed apart ("maintenance" -> "mainten",
# "maintained" -> "maintain"): "open-source maintenance" is shown by "I maintain an open-source library".
# One way, noun to verb; only nouns that name the doing itself (not "publication": "public" is another word).
_VERB_OF_NOUN = {
    "mainten": ("maintain",),
    "analysi": ("analys", "analyz"),
    "reduct": ("reduc",),
    "retent": ("retain",),
    "resolut": ("resolv",),
    "descript": ("describ",),
    "decis": ("decid",),
    "administr": ("administ",),
    "growth": ("grow",),  # "subscription growth" is shown by "grew the subscription conversion"
    "deliveri": ("deliv",),  # "own delivery of the API" is shown by "delivered the API platform"
    "creation": ("creat",),
    "expans": ("expand",),
    "recoveri": ("recov",),
    "discoveri": ("discov",),
}


def stem_variants(term: str) -> tuple[str, ...]:
    """The other index terms of the word ``term`` was stemmed from (none for most terms)."""
    if not term.isalpha():
        return ()
    out: list[str] = []
    if term in _IRREGULAR:
        out.append(_IRREGULAR[term])
    out.extend(_VERB_OF_NOUN.get(term, ()))
    if len(term) >= 8 and term.endswith("is") and not term.endswith("sis"):
        out.append(term[:-2])  # "virtualis" (virtualisation) is "virtual" (virtualization)
    if len(term) >= 8 and term.endswith("ship"):
        # "mentorship" is shown by "mentored", "internship" by "intern": the state of being one is being one
        out.extend(t for t in analyze(term[:-4]) if t != term)
    return tuple(out)
