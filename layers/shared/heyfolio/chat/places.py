"""Whether the portfolio places the owner in the country a question asks about.

Why: "has she ever lived in Spain?" finds what is close in meaning - her Spanish (a language), a
client's clinics in Spain, the time-zone overlap she keeps with US teams - and quoting it reads as
a yes. Having lived, worked or studied in a country is a fact of the résumé's entries: the owner's
location, a job's or a school's place, a line of the summary ("a postdoc in Germany"). When none of
them names the country (by name, a common short name or its country code), the honest reply is
that the portfolio does not say, with where the owner is based as the closest fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.countries import COUNTRIES as _COUNTRIES
from heyfolio.search.patterns import compiled

__all__ = [
    "absent_country",
    "absent_place",
    "citizenship_asked",
    "permit_covered",
    "silent_on_permit",
    "unstated_permit",
]

_NAMES = sorted(
    ((alias, country) for country, (_, aliases) in _COUNTRIES.items() for alias in (country, *aliases)),
    key=lambda item: -len(item[0]),
)
_COUNTRY_RE = "|".join(re.escape(a) for a, _ in _NAMES)
# a stay the question asks about, in the past or up to now: "has she lived in", "did he ever work in",
# "grew up in", "studied in" - not "could she work in" (a work permit or a move: screening's topics)
_STAY = re.compile(
    r"\b(?:(?:ha(?:s|ve)|did|does|do)\s+(?:\w+\s+){1,2}?(?:ever\s+)?(?:live|lived|work|worked|stud(?:y|ied)|"
    r"been\s+based|resided?|grow\s+up|grown\s+up|been\s+(?:living|working))|lived|grew\s+up|was\s+born|"
    r"been\s+(?:living|working)|studied)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?-i:(" + _COUNTRY_RE + r"))\b",
    re.I,
)
# passages that place the owner: where she is based, her jobs, schools and volunteering, the references
_PLACING_KINDS = ("basics", "work", "education", "volunteer", "reference")
# a stay in a place named with capitals, not a country of the list: "did she ever live in Barcelona?"
_STAY_IN_PLACE = re.compile(
    r"\b(?:(?:ha(?:s|ve)|did|does|do)\s+(?:\w+\s+){1,2}?(?:ever\s+)?(?:live|lived|stud(?:y|ied)|"
    r"been\s+based|resided?|grow\s+up|grown\s+up|been\s+living)|lived|grew\s+up|was\s+born|been\s+living)"
    r"\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?-i:([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))",
    re.I,
)
_WORD = re.compile(r"[^\W_][\w'’-]*")


def absent_country(question: str, chunks: Sequence[Chunk]) -> str | None:
    """The country ``question`` asks whether the owner has lived, worked or studied in when no
    passage placing the owner names it (by name, another name or its country code in a location
    line), else None - also when the question asks no such thing."""
    m = _STAY.search(question)
    if m is None:
        return None
    asked = next(country for alias, country in _NAMES if alias.casefold() == m.group(1).casefold())
    code, aliases = _COUNTRIES[asked]
    names = [n for n in (asked, *aliases) if len(n) > 2 or n.isupper()]
    named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    coded = re.compile(r"^Location:.*\b" + re.escape(code) + r"\s*$", re.M)
    for c in chunks:
        if c.kind not in _PLACING_KINDS:
            continue
        text = f"{c.title}\n{c.text}"
        if named.search(text) or coded.search(text):
            return None
    return asked


def absent_place(question: str, written: Callable[[str], bool]) -> str | None:
    """The place ``question`` asks whether the owner has lived or studied in ("did she ever live in
    Barcelona?") when the portfolio never writes its name at all (``written``: whether a folded word
    is in some passage), else None. Why: what search finds for it - where she is based, a job in
    another city - is the closest fact, not the answer. A country is read by ``absent_country``;
    working in a place is not read here ("has she worked in Fintech?", "in Rust?" name no place)."""
    m = _STAY_IN_PLACE.search(question)
    if m is None:
        return None
    name = m.group(1)
    if any(alias.casefold() == name.casefold() for alias, _ in _NAMES):
        return None
    words = [w.casefold() for w in _WORD.findall(name)]
    if not words or any(written(w) for w in words):
        return None
    return name


# what a country's people are called: "a German citizen" names Germany
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "United States": ("American",), "United Kingdom": ("British", "English", "Scottish", "Welsh"),
    "Canada": ("Canadian",), "Mexico": ("Mexican",), "Brazil": ("Brazilian",), "Argentina": ("Argentine", "Argentinian"),
    "Ireland": ("Irish",), "France": ("French",), "Germany": ("German",), "Austria": ("Austrian",),
    "Switzerland": ("Swiss",), "Netherlands": ("Dutch",), "Belgium": ("Belgian",), "Spain": ("Spanish",),
    "Portugal": ("Portuguese",), "Italy": ("Italian",), "Greece": ("Greek",), "Poland": ("Polish",),
    "Czech Republic": ("Czech",), "Sweden": ("Swedish",), "Norway": ("Norwegian",), "Denmark": ("Danish",),
    "Finland": ("Finnish",), "Israel": ("Israeli",), "Lebanon": ("Lebanese",), "India": ("Indian",),
    "China": ("Chinese",), "Japan": ("Japanese",), "South Korea": ("Korean", "South Korean"),
    "Singapore": ("Singaporean",), "Australia": ("Australian",), "New Zealand": ("New Zealander",),
    "Nigeria": ("Nigerian",), "South Africa": ("South African",), "Turkey": ("Turkish",), "Ukraine": ("Ukrainian",),
    "Bulgaria": ("Bulgarian",), "Croatia": ("Croatian",), "Estonia": ("Estonian",), "Hungary": ("Hungarian",),
    "Latvia": ("Latvian",), "Lithuania": ("Lithuanian",), "Luxembourg": ("Luxembourgish", "Luxembourger"),
    "Romania": ("Romanian",), "Slovakia": ("Slovak", "Slovakian"), "Slovenia": ("Slovenian", "Slovene"),
}  # fmt: skip
_EU = frozenset(
    {
        "Austria", "Belgium", "Bulgaria", "Croatia", "Czech Republic", "Denmark", "Estonia", "Finland", "France",
        "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Netherlands",
        "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
    }
)  # fmt: skip
_EU_SAID = re.compile(r"\b(?:EU|EEA|European Union|EU/EEA)\b")
# a citizen of a member state ("German citizen", "citizen of Portugal") may work in any other
_EU_NATIONALITY = "|".join(
    sorted((re.escape(n) for c in _EU for n in (c, *_DEMONYMS.get(c, ()))), key=len, reverse=True)
)
_EU_NATIONAL = re.compile(
    rf"\b(?:{_EU_NATIONALITY})\s+(?:citizen(?:ship)?|national|passport)\b|"
    rf"\b(?:citizen|national)\s+of\s+(?:the\s+)?(?:{_EU_NATIONALITY})\b"
)
# How a question asks whether the owner may work somewhere: by the paper ("a visa", "a work permit"),
# or by the permission in plain words ("is she allowed to work in Spain?", "can she legally work in
# France?", "able to work in Germany without a permit?", "can we hire her in Italy?", "without us
# handling immigration paperwork?", "can she work in Spain?") - asked so, the owner's words on work
# authorization answer, not a refusal for a country the portfolio never names.
PERMIT_ASKED = re.compile(
    # "sponsor" of a visa or of her ("need sponsorship?", "without us sponsoring her?"), not of a thing
    # ("who sponsors the meetup?", "sponsored by a bank")
    r"\b(?:visa|sponsor\w*\b(?!\s+(?:the|a|an|this|that|these|those|its|by)\s+(?!visas?\b))|"
    r"work (?:permit|authori[sz]ation)|right to work|authori[sz]ed to work|eligible to work|"
    r"green card|citizen\w*|passport|immigration|"
    r"(?:allowed|permitted|entitled|cleared)\s+to\s+(?:legally\s+)?work|"
    r"legal(?:ly)?\s+(?:\w+\s+){0,2}?(?:work|employ\w*|hire[ds]?)|work(?:ing)?\s+legally|"
    r"(?:a|any|the|without)\s+(?:work\s+)?permits?|"
    r"(?:able\s+to\s+work|hire\s+(?:her|him|them))\s+(?:in|from)\s+(?:the\s+)?(?-i:[A-Z])|"
    # "can she work in Spain?": whether she may work in a country the list knows by name ("can she
    # work in Java?" names none; "in US hours" is a time zone)
    r"(?:can|could|may)\s+(?:she|he|they)\s+(?:\w+\s+)?work\s+(?:in|from|out\s+of)\s+(?:the\s+)?"
    r"(?-i:(?:" + _COUNTRY_RE + r"))(?!\w|\s+(?:time|hours|business|office|shifts?)\b))",
    re.I,
)
_ALL_NAMES = sorted(
    (
        (n, country)
        for country, (_, aliases) in _COUNTRIES.items()
        for n in (country, *aliases, *_DEMONYMS.get(country, ()))
    ),
    key=lambda item: -len(item[0]),
)


def _names_country(text: str, country: str) -> bool:
    _, aliases = _COUNTRIES[country]
    names = [n for n in (country, *aliases, *_DEMONYMS.get(country, ())) if len(n) > 2 or n.isupper()]
    if re.search(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", text):
        return True
    return country in _EU and bool(_EU_SAID.search(text) or _EU_NATIONAL.search(text))


def unstated_permit(question: str, said: str) -> str | None:
    """The country a work-permit question names ("does he hold a US work permit?") when ``said`` -
    the owner's words on work authorization - names neither it (by name, short name or its people:
    "German citizen") nor, for a member state, the EU; else None. Why: "German citizen; not looking to
    relocate" is the closest fact to a question about the United States, not its answer."""
    if not PERMIT_ASKED.search(question):
        return None
    asked = [country for n, country in _ALL_NAMES if compiled(rf"\b{re.escape(n)}(?!\w)").search(question)]
    asked = list(dict.fromkeys(asked))
    if len(asked) != 1 or _covers(question, said, asked[0]):
        return None
    return asked[0]


def permit_covered(question: str, said: str) -> bool:
    """Whether a work-permit question names one country and the owner's words on work authorization
    ``said`` cover it (by its name or its people, or the EU for a member state): "the right to work
    in Germany?" of a Portuguese citizen "with the right to work anywhere in the EU" is answered by
    those words, though the portfolio never names Germany."""
    if not PERMIT_ASKED.search(question):
        return False
    asked = list(
        dict.fromkeys(
            country for n, country in _ALL_NAMES if compiled(rf"\b{re.escape(n)}(?!\w)").search(question)
        )
    )
    return len(asked) == 1 and _covers(question, said, asked[0])


def _covers(question: str, said: str, country: str) -> bool:
    """Whether ``said`` answers the permit ``question`` asks for ``country``: names it (or the EU of a
    member state) - or, asked of a citizenship, states that citizenship: a German citizen may work in
    Poland, but is no Polish citizen, and "code-switched French" names no French nationality."""
    if citizenship_asked(question) is not None:
        return _states_citizenship(said, country)
    return _names_country(said, country)


# words a passage states a nationality with ("Polish (Native speaker)" is a language, "Polish citizen" one)
_CITIZEN_WORD = re.compile(r"\b(?:citizen\w*|passports?|nationality|nationals?)\b", re.I)
_CITIZENSHIP = r"(?i:citizen\w*|passports?|nationals?|nationality)\b"


def _one_country(question: str) -> str | None:
    """The one country ``question`` names (by name, short name or its people), else None."""
    asked = list(
        dict.fromkeys(
            country for n, country in _ALL_NAMES if compiled(rf"\b{re.escape(n)}(?!\w)").search(question)
        )
    )
    return asked[0] if len(asked) == 1 else None


def citizenship_asked(question: str) -> str | None:
    """The one country whose citizenship or passport ``question`` asks about ("is she a Polish
    citizen?", "does she hold French citizenship?"), else None."""
    if not (PERMIT_ASKED.search(question) and _CITIZEN_WORD.search(question)):
        return None
    country = _one_country(question)
    # asked of that country's citizenship ("a Polish citizen"), not of a permit there that another
    # citizenship may give ("does her EU citizenship let her work in Germany?")
    return country if country is not None and _states_citizenship(question, country) else None


def silent_on_permit(question: str, text: str) -> bool:
    """Whether a passage ``text`` says nothing of the work permit ``question`` asks about: it names
    no country asked, or, asked of a citizenship, states no such citizenship (``unstated_permit``).
    Why: "Polish (Native speaker)" is a language she speaks, not a nationality, and quoting it to "is
    she a Polish citizen?" reads as a yes."""
    return unstated_permit(question, text) is not None


def _states_citizenship(text: str, country: str) -> bool:
    """Whether ``text`` states a citizenship or passport of ``country`` ("Polish citizen", "British and
    Dutch citizenship", "Portuguese (EU) citizen", "EU citizen (German)", "citizen of Italy")."""
    _, aliases = _COUNTRIES[country]
    names = "|".join(
        re.escape(n) for n in (country, *aliases, *_DEMONYMS.get(country, ())) if len(n) > 2 or n.isupper()
    )
    return bool(
        re.search(
            rf"\b(?:{names})(?:\s*\([^)]*\))?(?:\s*(?:,|and|&|/)\s*[A-Z][\w'’-]*)*\s+{_CITIZENSHIP}"
            rf"|{_CITIZENSHIP}\s*(?:of\s+(?:the\s+)?|\(\s*)(?:{names})\b",
            text,
        )
    )
