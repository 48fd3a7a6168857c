"""The whole of one résumé section, when the question asks for all of it or how many.

Why a field reader: "what has she published?", "how many publications does she have?", "list her
talks" ask for every entry of a section, and search shows the few passages that rank best - a
work highlight that says "published" can push one of the publications out. The section's entries,
counted and named with where and when (a talk when the question asks for talks), answer it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.chat.sections import section_entries
from heyfolio.chat.sources import Said
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["asks_talks", "asks_top_award", "talks_given", "whole_section"]

# "the most prestigious award he's received", "her biggest prize": an award ranked by what no entry states
_TOP_AWARD = (
    r"\b(?:most|biggest|greatest|best|top|highest|proudest)\b(?: [\w-]+){0,2} (?:awards?|prizes?|honou?rs?|"
    r"accolades?)\b"
)
_TOP_AWARD_Q = re.compile(_TOP_AWARD, re.IGNORECASE)
# A question for all of a section: a count, a list, or "what has she published/given?".
_WHOLE = re.compile(
    r"\bhow many\b|\blist\b|\ball (?:of )?(?:her|his|their|the)\b|\bevery\b|"
    r"\bwhich (?:conferences?|events?|meetups?|venues?)\b|"
    r"\bwhat (?:\w+ ){0,2}(?:has|have|did) (?:she|he|they|\w+) (?:ever )?"
    r"(?:published?|written|wrote|given|gave|presented)\b|"
    # "where has she spoken?", "has he spoken at conferences or written anything?", "does she give
    # talks?": where the owner spoke is the talks listed, however many (a language is not asked)
    r"\bwhere (?:has|have|did|does|do) (?:she|he|they|\w+) (?:ever )?(?:spoken|spoke|speak|talked|presented)\b|"
    r"\b(?:has|have|did|does|do) (?:she|he|they|\w+) (?:ever )?(?:spoken|spoke|speak|talked|presented) "
    r"(?:at|in public|publicly)\b|\b(?:gives?|giving|given|do|does|done) (?:any )?(?:public )?talks\b|"
    r"\b(?:written|wrote|published) anything\b|"
    # "which certs does she have?", "what awards has he won?": the section's entries, all of them
    r"\b(?:which|what) (?:\w+ )?(?:certs?|certifications?|certificates?|awards?|prizes?|publications?) "
    r"(?:does|do|has|have|did) (?:she|he|they|\w+)\b|" + _TOP_AWARD,
    # "her most prestigious award?": the portfolio ranks no awards, so each one it lists is shown
    re.IGNORECASE,
)
# The sections whose entries are listed whole (education and work have readers of their own), and
# those counted whole when the question asks how many ("how many degrees does he have?": no reader of
# degrees counts them, and no sentence states the number)
_KINDS = frozenset({"publication", "award", "certificate", "volunteer"})
_COUNTED_KINDS = _KINDS | {"education", "interest"}
_HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
# Words that ask for the list, not what its entries are about.
_ASKING = frozenset(
    analyze(
        "how many much list all every what which has have had did does do she he they her his their "
        "published publish written write wrote given give gave presented present done ever so far "
        "total number count conference conferences public publicly speak spoke spoken talk talks at "
        "where anything anywhere any or and event events talked "
        # the verbs a section's entries are had with: awards won, certificates held, roles taken on
        "won win wins received receive earned earn got get hold holds held obtained gained "
        # what a section is called for short ("which certs does she have?", "how many degrees?")
        "cert certs certification certifications degree degrees qualification qualifications "
        # how an award is ranked when the portfolio states no rank ("her most prestigious award")
        "most biggest greatest best top highest proudest prestigious notable noteworthy significant important "
        "impressive major pick picked up"
    )
)
_TALK = re.compile(
    r"\b(?:talks?|talked|keynotes?|presentations?|presented|spoke|spoken|speak(?:s|ing)?)\b", re.IGNORECASE
)
# A talk as a publication names its venue ("RustConf 2024", "PyData meetup") or says it is one.
_TALK_SAID = re.compile(
    r"\b(?:talks?|keynotes?|summit|meetup|presentation|webinar|workshop|panel)\b|conf(?:erence)?s?\b",
    re.IGNORECASE,
)
_WRITTEN = re.compile(r"\b(?:papers?|articles?|posts?|essays?|blog\w*)\b", re.IGNORECASE)
_WROTE = re.compile(r"\b(?:written|wrote)\b", re.IGNORECASE)  # asks for the publications, talks too
# A verb of speech in the sense of a talk given ("spoken at", "where has he spoken?"), not of a
# language ("does she speak Spanish?")
_TALK_ASKED = re.compile(
    r"\b(?:talks?|keynotes?|presentations?|public speaking)\b|"
    r"\b(?:spoken|spoke|speak|speaks|speaking|presented|presenting) (?:at|on stage|in public|publicly)\b|"
    r"\bwhere (?:has|have|did|does|do) (?:she|he|they|\w+) (?:ever )?(?:spoken|spoke|speak|talked|presented)\b",
    re.IGNORECASE,
)
_LANGUAGE = re.compile(r"\blanguages?\b|\bfluent\w*", re.IGNORECASE)
# A question that asks where or whether the owner spoke or wrote: one entry of that kind answers it.
_ONE_ASKED = re.compile(
    r"\bwhere\b|\b(?:spoken|spoke|speak|talked|presented) (?:at|in public|publicly)\b|\btalks\b|\banything\b|"
    r"\b(?:written|wrote)\b",
    re.IGNORECASE,
)
_MAX = 8
_NOUN = {
    "publication": "publications",
    "award": "awards",
    "certificate": "certificates",
    "volunteer": "volunteer roles",
    "education": "education entries",
    "interest": "interests",
}


def asks_top_award(question: str) -> bool:
    """Whether ``question`` asks for the owner's top award ("his most prestigious award?"): no entry states
    how awards rank, so the awards listed answer it, however well another passage shares its words."""
    return bool(_TOP_AWARD_Q.search(question))


def asks_talks(question: str) -> bool:
    """Whether ``question`` asks where or whether the owner spoke ("where has she spoken?", "has he
    spoken at conferences?"): talks, not the languages a résumé lists as spoken."""
    return bool(_TALK_ASKED.search(question)) and not _LANGUAGE.search(question)


# A sentence saying the owner gave a talk, wherever it is written (a job's highlight, volunteering, a project):
# "spoke at KubeCon", "gave two talks", "presented at", "keynote", "speaker at"; not a talk heard or captioned.
_GAVE_TALK = re.compile(
    r"\b(?:spoke|speaker (?:at|on|for)|(?:guest|invited|keynote|conference|featured) speaker|speaking at|gave (?:\w+ ){0,2}(?:talks?|presentations?|keynotes?|lectures?)|"
    r"presented (?:at|to|our|my|her|his|the)|keynotes?|panel(?:ist)?s?|webinars?|(?:a|my|her|his|our) talk)\b",
    re.IGNORECASE,
)


def talks_given(chunks: Sequence[Chunk]) -> bool:
    """Whether the portfolio may show a talk the owner gave: any publication (a conference paper is
    presented), or a passage saying so. False only when nothing could answer "where has she spoken?"."""
    return any(c.kind == "publication" or _GAVE_TALK.search(c.text) for c in chunks)


def whole_section(
    question: str, chunks: Sequence[Chunk], first: str, owner: Sequence[str] = ()
) -> list[Said]:
    """Every entry of the section ``question`` asks for in full, counted ("what has she published?":
    each publication; "list her talks": the publications that are talks), each cited; [] when the
    question asks of one topic ("what has she published on tracing?"), asks no whole section, or the
    section has fewer than two entries (search shows one entry whole)."""
    if not _WHOLE.search(question):
        return []
    entries = section_entries(question, chunks)
    if not entries and (_TALK.search(question) or _WRITTEN.search(question) or _WROTE.search(question)):
        # "which conferences has she spoken at?", "what has she written?"
        entries = [c for c in chunks if c.kind == "publication"]
    one = bool(entries) and (
        (entries[0].kind == "publication" and bool(_ONE_ASKED.search(question)))
        # "his most prestigious award?" of a résumé listing one: that award is the answer
        or (entries[0].kind == "award" and bool(_TOP_AWARD_Q.search(question)))
    )
    kinds = _COUNTED_KINDS if _HOW_MANY.search(question) else _KINDS
    if not entries or entries[0].kind not in kinds or (len(entries) < 2 and not one):
        return []
    names = {t for w in owner for t in analyze(w)}
    cue = set(analyze(" ".join(_TALK.findall(question) + _WRITTEN.findall(question))))
    kind_words = set(analyze(f"{entries[0].kind} {_NOUN[entries[0].kind]}"))
    other = [t for t in analyze(question) if t not in _ASKING | names | cue | kind_words]
    if other:
        return []
    noun = _NOUN[entries[0].kind]
    if entries[0].kind == "publication" and (_TALK.search(question) or _WRITTEN.search(question)):
        talks = [c for c in entries if _TALK_SAID.search(f"{c.title} {c.text}")]
        written = _WRITTEN.search(question) or _WROTE.search(question)
        if not (_TALK.search(question) and written):  # "articles or talks", "spoken or written": all
            entries = talks if _TALK.search(question) else [c for c in entries if c not in talks]
            noun = "talks" if _TALK.search(question) else "written publications"
        # one talk is the answer to "where has she spoken?" (a list of one entry is not otherwise
        # worth a count: search shows it whole)
        if not entries or (len(entries) < 2 and not one):
            return []
    shown = entries[:_MAX]
    said = [Said(f"{c.title};" if i < len(shown) - 1 else f"{c.title}.", c) for i, c in enumerate(shown)]
    noun = noun[:-1] if len(entries) == 1 else noun
    head = f"{first}'s résumé lists {'one' if len(entries) == 1 else len(entries)} {noun}:"
    said[0] = Said(f"{head} {said[0].text}", said[0].chunk)
    return said
