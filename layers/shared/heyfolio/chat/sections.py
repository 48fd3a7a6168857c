"""Which section of the résumé a question asks about, read from the words that name the section.

Why: "any community involvement?", "does she have a computer science degree?" name a kind of
entry - volunteering, education - rather than what the entries say ("Co-organiser at PyData
Kraków", "Bachelor in Econometrics"), and search, weighing the words, can find nothing above its
floor. The entries of the section asked about are the answer: what she volunteered for, what she
studied. Only when the question's other words are words the portfolio uses (or name a subject of
study): a thing it never names ("a Nobel prize") is not answered with the closest entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.chat.support import vocabulary
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["section_entries"]

# (kind of passage, how a question names the section); the first section named is the one asked
_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "education",
        re.compile(
            r"\b(?:degrees?|stud(?:y|ied|ying)|universit(?:y|ies)|college|schooling|graduat\w*|education|"
            r"academic\w*|qualifications?|classes|class|courses?|coursework|major(?:ed)?)\b",
            re.I,
        ),
    ),
    (
        "volunteer",
        re.compile(
            r"\b(?:volunteer\w*|community|communities|charit(?:y|ies|able)|non-?profits?|giv(?:e|ing) back|"
            r"pro bono)\b",
            re.I,
        ),
    ),
    (
        # "what did she go to school for?": schooling asked in plain words (not a school she worked at);
        # unlike a subject of study, its other words are ones the portfolio uses ("in Boston" is not)
        "schooling",
        re.compile(
            r"\b(?:uni|(?:go|goes|went|gone) to (?:a |the )?(?:school|uni|grad school|college|university))\b",
            re.I,
        ),
    ),
    ("certificate", re.compile(r"\b(?:certs?|certifications?|certificates?|certified)\b", re.I)),
    (
        "publication",
        re.compile(r"\b(?:talks?|publications?|published|papers?|speak(?:s|ing)?|spoke|articles?)\b", re.I),
    ),
    ("award", re.compile(r"\b(?:awards?|prizes?|honou?rs|recognition)\b", re.I)),
    (
        "interest",
        re.compile(
            r"\b(?:hobb(?:y|ies)|interests|free time|spare time|outside (?:of )?work|for fun)\b", re.I
        ),
    ),
)
# Words that ask about a section without saying anything of its entries.
_PHRASING = frozenset(
    analyze(
        "any involvement involved experience activities activity done history background list take win won "
        "hold holds held earned obtained received got "
        # how an entry is ranked when the portfolio states no rank ("her most prestigious award")
        "most biggest greatest best top highest proudest prestigious notable noteworthy significant important "
        "impressive major pick picked"
    )
)


def section_entries(question: str, chunks: Sequence[Chunk]) -> list[Chunk]:
    """The entries of the résumé section ``question`` names, in the résumé's order; ``[]`` when it
    names none, the portfolio has none, or it also names a thing the portfolio never says."""
    for kind, names in _SECTIONS:
        if not names.search(question):
            continue
        entries = [c for c in chunks if c.kind == ("education" if kind == "schooling" else kind)]
        if not entries:
            return []
        if kind != "education":  # a subject of study asked about is answered by what was studied
            said = vocabulary(chunks).terms
            cue = set(analyze(" ".join(m.group(0) for m in names.finditer(question))))
            other = [t for t in analyze(question) if t not in cue and t not in _PHRASING]
            if any(t not in said for t in other):
                return []
        return entries
    return []
