"""A requirement written in two languages is one requirement: keep the English line, drop its translation.

Why: a Brazilian or German posting often lists each requirement twice ("3+ anos de experiência com Java" /
"3+ years of experience with Java"). Judged twice, one ask would count double in the report. Twins are
told by what a translation keeps: the numbers, the technologies and other names, the languages asked for.
A line in another language with no English twin is still a requirement of its own and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TypeVar

from heyfolio.jobfit.terms import TECH_WORDS, word_list
from heyfolio.search.text import normalize_token

__all__ = ["drop_translations", "english_side", "language_of"]

T = TypeVar("T")

# Words of Portuguese, Spanish, French and German that an English requirement never uses.
_FOREIGN_WORDS = frozenset(
    word_list(
        "de da do dos das com em para ou os um uma na nos nas ao e é con y el los las en del al es una por "
        "und mit von der für oder im bei zu ein eine einer sehr gute gut et les des du avec pour une dans sur au "
        "aux anos ano años año ans jahre jahren experiência experiencia expérience erfahrung erfahrungen "
        "conhecimento conhecimentos conocimiento conocimientos connaissance connaissances kenntnisse kenntnissen "
        "sólida sólido sólidos sólidas boa bom buena bueno bonne bon maîtrise domínio dominio fluente fluido "
        "avançado avanzado avancé fließend verhandlungssicher desejável deseable souhaité wünschenswert "
        "diferencial mínimo mínima minimo mindestens idealmente vivência capacidade capacidad capacité "
        "fähigkeit habilidade habilidades inglés inglês anglais englisch español espanhol espagnol spanisch "
        "português portugués portugais portugiesisch alemão alemán allemand deutsch francês francés français "
        "französisch"
    )
)
# Words every English requirement is made of.
_ENGLISH_WORDS = frozenset(
    word_list(
        "the of with and or to for on at as is are be have has years year experience experienced knowledge "
        "skills skill strong solid good ability able fluent fluency degree proficiency proficient understanding "
        "familiarity familiar working building using hands-on plus preferred required least nice written spoken "
        "english spanish portuguese german french"
    )
)
# A language asked for, whatever language names it: the one anchor "Inglês fluente" and "Fluent English" share.
_LANGUAGE_NAMES = {
    **dict.fromkeys(("english", "inglês", "ingles", "inglés", "anglais", "englisch"), "english"),
    **dict.fromkeys(("spanish", "espanhol", "español", "espagnol", "spanisch"), "spanish"),
    **dict.fromkeys(
        ("portuguese", "português", "portugues", "portugués", "portugais", "portugiesisch"), "portuguese"
    ),
    **dict.fromkeys(("german", "alemão", "alemao", "alemán", "allemand", "deutsch"), "german"),
    **dict.fromkeys(("french", "francês", "frances", "francés", "français", "französisch"), "french"),
}
_ACCENT = re.compile(r"[ãõçñßäöüâêîôûàèùëïœáíóúé]", re.IGNORECASE)
_TOKEN = re.compile(r"[\w.+#/-]*\w[+#]*|\d+")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def language_of(text: str) -> str | None:
    """ "en" when a line reads as English, "other" when it reads as another language, None when it cannot
    be told ("Python", "AWS Glue")."""
    words = [w.casefold() for w in _words(text)]
    foreign = sum(w in _FOREIGN_WORDS for w in words) + (1 if _ACCENT.search(text) else 0)
    english = sum(w in _ENGLISH_WORDS and w not in _FOREIGN_WORDS for w in words)
    if english > foreign:
        return "en"
    if foreign > english:
        return "other"
    return None


def anchors(text: str) -> frozenset[str]:
    """What a translation keeps: numbers, technologies, names written with a capital inside the line, and
    the languages asked for (named in any language)."""
    found: set[str] = set()
    for at, word in enumerate(_words(text)):
        folded = word.casefold()
        if folded in _LANGUAGE_NAMES:
            found.add(_LANGUAGE_NAMES[folded])
        elif folded in _FOREIGN_WORDS or folded in _ENGLISH_WORDS:
            continue
        elif word.isdigit() or normalize_token(folded) in TECH_WORDS:
            found.add(normalize_token(folded))
        elif at > 0 and any(c.isupper() for c in word):
            found.add(folded)
    return frozenset(found)


def english_side(text: str) -> str:
    """ "Experiência com Java / Experience with Java" (or set apart by a bar or a dash): a line holding both
    languages, read as its English side; ``text`` when it is not such a line."""
    sides = [s.strip() for s in re.split(r"\s+[/|—–-]\s+", text) if s.strip()]
    if len(sides) != 2:
        return text
    langs = [language_of(s) for s in sides]
    # one side in another language, the other English or too short to tell ("Advanced native Kotlin")
    pair = sorted(map(str, langs))
    shared = anchors(sides[0])
    if shared != anchors(sides[1]) or pair not in (["en", "other"], ["None", "other"]):
        return text
    if pair[0] == "None" and not shared:
        return text
    return sides[1 - langs.index("other")]


def _parallel(first: Sequence[str], second: Sequence[str]) -> bool:
    """Two sections listing the same asks in two languages ("Requisitos" then "Requirements"): as many items,
    the first in another language and the second in English, most of them with the same anchors."""
    if len(first) != len(second) or not first:
        return False
    if any(language_of(t) == "en" for t in first) or not any(language_of(t) == "other" for t in first):
        return False
    if any(language_of(t) == "other" for t in second) or not any(language_of(t) == "en" for t in second):
        return False
    same = sum(anchors(a) == anchors(b) for a, b in zip(first, second, strict=True))
    return same * 2 >= len(first)


def _alternating(texts: Sequence[str]) -> bool:
    """A section listing each ask twice in a row, once per language (other, English, other, English, ...)."""
    langs = [language_of(t) for t in texts]
    if len(langs) < 4 or len(langs) % 2 or None in langs:
        return False
    return all(a != b for a, b in pairwise(langs)) and "en" in langs


def drop_translations(
    items: Sequence[T], text_of: Callable[[T], str], section_of: Callable[[T], int] = lambda _: 0
) -> list[T]:
    """``items`` without the lines in another language whose English twin is also listed (same anchors,
    at least one), without a section that translates an English section (the one next to it, or any
    other sharing an anchor), and without the translated halves of a section alternating languages."""
    sections: dict[int, list[T]] = {}
    for item in items:
        sections.setdefault(section_of(item), []).append(item)
    order = sorted(sections)
    texts = {k: [text_of(i) for i in sections[k]] for k in order}
    dropped: set[int] = set()
    for at, one in enumerate(order):
        for two in order:
            if one == two or not _parallel(texts[one], texts[two]):
                continue
            shared = any(
                anchors(a) and anchors(a) == anchors(b) for a, b in zip(texts[one], texts[two], strict=True)
            )
            if abs(order.index(two) - at) == 1 or shared:
                dropped.add(one)
    halves = {
        id(i)
        for k in order
        if _alternating(texts[k])
        for i in sections[k]
        if language_of(text_of(i)) == "other"
    }
    kept = [i for i in items if section_of(i) not in dropped and id(i) not in halves]
    english = {anchors(text_of(i)) for i in kept if language_of(text_of(i)) == "en"}
    return [
        i
        for i in kept
        if not (language_of(text_of(i)) == "other" and (a := anchors(text_of(i))) and a in english)
    ]
