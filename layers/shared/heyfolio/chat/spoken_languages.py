"""The spoken languages a résumé lists, read from its ``languages`` field to answer a visitor.

Why a field reader: "spanish level?" names one language and asks for its fluency, which the
résumé states as a field, not as prose that search could weigh; "which languages does she speak
besides English?" asks for the others. The reply names only the languages listed (never the
words a visitor asks with) and cites the languages passage, so it holds for any résumé that
fills the field. "Which languages?" about code is left to search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["LANGUAGES_PASSAGE", "languages_reply"]

LANGUAGES_PASSAGE = "profile#languages"
"""The id of the passage that lists the languages (``heyfolio.search.chunks``)."""

_LANGUAGE_CUE = re.compile(
    r"\b(?:level|fluen\w*|speak\w*|spoken|proficien\w*|natives?|natively|bilingual|cefr|"
    r"mother tongue|conversational|how good|how well|languages?|(?:good|well|strong|fluent) enough)\b"
)
# "which languages?" alone may mean programming ones: the spoken ones are asked for with a verb of speech
_ALL_LANGUAGES = re.compile(
    r"\blanguages?\b.*\b(?:speak|speaks|spoken|fluent|fluently)\b|\b(?:speak|speaks|fluent)\b.*\blanguages\b|"
    r"\b(?:bilingual|multilingual|polyglot)\b|\b(?:spoken|foreign|human) languages\b"
)
_EXCEPT = r"\b(?:besides|other than|apart from|aside from|except(?: for)?|in addition to|beyond|as well as)"
_CODE_CUE = re.compile(r"\b(?:programming|coding|code|codes|scripting|tech|framework|frameworks|stack)\b")
_WORD = re.compile(r"[a-z0-9]+")
_SHORT = 4  # "spanish?", "spanish level?", "does she know spanish": a language named is the question


def _listed(langs: Sequence[tuple[str, str | None]]) -> str:
    return "; ".join(f"{name} ({fluency})" if fluency else name for name, fluency in langs)


def languages_reply(message: str, resume: Resume, lookup: Callable[[str], Chunk | None]) -> list[Said] | None:
    """The fluency of each listed language ``message`` names, the others when it asks "besides"
    one, or all of them when it asks which are spoken; None when it asks none of these (or about
    code). ``lookup`` finds a passage by id, for the citation."""
    text = message.casefold()
    langs = [(lang.language, lang.fluency) for lang in resume.languages if lang.language]
    chunk = lookup(LANGUAGES_PASSAGE)
    if not langs or chunk is None or _CODE_CUE.search(text):
        return None
    named = [(n, f) for n, f in langs if re.search(rf"\b{re.escape(n.casefold())}\b", text)]
    # "spanish level?", "german ok?": short, and naming little besides the language; "french speech
    # corpus" is a keyword search for a project, which search answers
    besides_named = set(analyze(text)) - {w for n, _ in named for w in analyze(n)}
    short = len(_WORD.findall(text)) <= _SHORT and len(besides_named) <= 1
    besides = [(n, f) for n, f in named if re.search(rf"{_EXCEPT} {re.escape(n.casefold())}\b", text)]
    if besides:  # "which languages besides english?": the others
        others = [lang for lang in langs if lang not in besides]
        names = ", ".join(n for n, _ in besides)
        if not others:
            return [Said(f"Languages spoken: only {names}.", chunk)]
        return [Said(f"Besides {names}: {_listed(others)}.", chunk)]
    if named and (short or _LANGUAGE_CUE.search(text)):
        return [Said(f"{n}: {f or 'listed, no level given'}.", chunk) for n, f in named]
    if not named and _ALL_LANGUAGES.search(text):
        return [Said(f"Languages spoken: {_listed(langs)}.", chunk)]
    return None
