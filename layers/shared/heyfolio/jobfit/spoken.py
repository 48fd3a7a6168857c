"""Spoken languages a job asks for, by name ("Polish", "German").

Why a module of its own: the parser splits a bare list of them ("Polish and German") into one ask each, as an
inline list of tools is split, and the matcher reads each language at its level; both need the names.
"""

from __future__ import annotations

import re

__all__ = ["SPOKEN_LANGUAGES", "language_list", "working_language"]

SPOKEN_LANGUAGES = frozenset(
    str.split(
        """
    english dutch german french spanish italian portuguese mandarin chinese cantonese japanese
    korean hindi arabic russian polish swedish danish norwegian finnish turkish igbo yoruba hausa
    swahili greek hebrew czech hungarian romanian ukrainian vietnamese thai indonesian malay
    tagalog bengali urdu punjabi tamil persian farsi catalan
        """
    )
)

_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)


def language_list(text: str) -> list[str] | None:
    """ "Polish and German", "Polish, English and German": two languages or more named and nothing else, each
    an ask of its own (one may be held and the other not); None for anything else ("Fluent Polish and
    English" asks a level of both, "Polish or German" is met by either)."""
    items = [i for i in _SEPARATOR.split(text.strip().rstrip(".")) if i]
    if len(items) < 2 or not all(i.casefold() in SPOKEN_LANGUAGES and i[:1].isupper() for i in items):
        return None
    return items


_LANGUAGE_NAME = r"(?:" + "|".join(sorted(SPOKEN_LANGUAGES, key=len, reverse=True)) + r")"
# The language the work is done in, said of the workplace ("German is our office language", "Our working
# language is English", "English is the company language").
_WORKING_LANGUAGE = re.compile(
    rf"^(?:{_LANGUAGE_NAME})\s+is\s+(?:our|the)\s+(?:[\w-]+\s+){{0,2}}?language\b"
    rf"|^(?:our|the)\s+(?:[\w-]+\s+){{0,2}}?language\s+is\s+(?:{_LANGUAGE_NAME})\b",
    re.IGNORECASE,
)


def working_language(sentence: str) -> bool:
    """Whether ``sentence`` names the language the workplace works in: the hire must speak it, an ask put as
    a fact of the employer ("German is our office language"), not a line about the company."""
    return bool(_WORKING_LANGUAGE.match(sentence.strip()))
