"""The country a citizenship names, for a work-authorization ask.

Why: a résumé says "Canadian citizen" or "German citizen", an ad asks "authorized to work in Canada" or "right to
work in Germany". A citizen may work in their own country (and an EU citizen anywhere in the EU), but the
adjective and the country's name share no word, so the owner's own statement read as "not stated there". Only
a citizenship (the adjective next to "citizen"/"citizenship"/"national"/"passport") is read this way: "German
speaker" or "French B1" says nothing of where one may work.
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["citizenship_terms"]

# adjective -> the country's name (as an ad writes it), with its usual short forms
_COUNTRIES: dict[str, str] = {
    "canadian": "Canada",
    "american": "United States US USA",
    "british": "United Kingdom UK Britain",
    "irish": "Ireland",
    "australian": "Australia",
    "new zealand": "New Zealand",
    "german": "Germany",
    "french": "France",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "italian": "Italy",
    "dutch": "Netherlands",
    "belgian": "Belgium",
    "austrian": "Austria",
    "swiss": "Switzerland",
    "polish": "Poland",
    "czech": "Czech Republic Czechia",
    "swedish": "Sweden",
    "danish": "Denmark",
    "finnish": "Finland",
    "norwegian": "Norway",
    "greek": "Greece",
    "romanian": "Romania",
    "hungarian": "Hungary",
    "estonian": "Estonia",
    "japanese": "Japan",
    "korean": "Korea",
    "south korean": "South Korea Korea",
    "indian": "India",
    "singaporean": "Singapore",
    "brazilian": "Brazil",
    "mexican": "Mexico",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "chilean": "Chile",
    "colombian": "Colombia",
}
_EU = frozenset(
    [
        "german",
        "french",
        "spanish",
        "portuguese",
        "italian",
        "dutch",
        "belgian",
        "austrian",
        "polish",
        "czech",
        "swedish",
        "danish",
        "finnish",
        "greek",
        "romanian",
        "hungarian",
        "estonian",
        "irish",
    ]
)
_EU_NAMES = "EU European Union Europe EEA"
# an EU citizen may work in any member state
_EU_MEMBERS = (
    " ".join(_COUNTRIES[a] for a in sorted(_EU))
    + " Luxembourg Slovakia Slovenia Croatia Bulgaria Latvia Lithuania Malta Cyprus"
)
_CITIZEN = re.compile(
    r"\b(" + "|".join(sorted(_COUNTRIES, key=len, reverse=True)) + r"|eu)\s+(?:and\s+\w+\s+)?"
    r"(?:citizen\w*|national(?:ity)?|passport(?:\s+holder)?)\b|"
    r"\b(?:citizen\w*|national(?:ity)?)\s+of\s+(?:the\s+)?(\w[\w ]{1,30}?)\b(?=[,.;)]|$|\s+(?:and|with|living)\b)",
    re.IGNORECASE,
)


def citizenship_terms(text: str) -> set[str]:
    """The index terms of the countries whose citizen ``text`` says someone is ("Canadian citizen" ->
    Canada's terms; a citizen of an EU country -> the EU's and its member states' as well); empty when no citizenship is stated."""
    out: set[str] = set()
    for m in _CITIZEN.finditer(text):
        if m.group(1):
            adjective = m.group(1).casefold()
            if adjective == "eu":
                out |= set(analyze(_EU_NAMES + " " + _EU_MEMBERS))
                continue
            out |= set(analyze(_COUNTRIES[adjective]))
            if adjective in _EU:
                out |= set(analyze(_EU_NAMES + " " + _EU_MEMBERS))
        elif m.group(2):
            out |= set(analyze(m.group(2)))
    return out
