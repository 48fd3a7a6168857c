"""Where and how often the owner can be: office days, travel, and the time zone they live in.

Why its own rules: "three days a week in our Berlin office", "visit our Hamburg office once a quarter" and
"Pacific Time hours" are screening asks. Their words ("office", "days", "Berlin") appear all over a
portfolio (an office in a job summary, Berlin as a former employer's city), so a word match says nothing:
only what the owner says about their own presence answers them (the FAQ's remote and travel answers, the
location on the résumé), and a number asked (days a week, trips a year) is compared with the number said.

Each check returns ``(status, sentence numbers, reason)`` or None when the ask is not of its kind or the
portfolio says nothing on it (then the ordinary matcher reads the requirement).
"""

from __future__ import annotations

import re
import unicodedata

from heyfolio.jobfit.evidence import NUMBER, Corpus, number_value
from heyfolio.jobfit.terms import word_list
from heyfolio.search.countries import COUNTRIES

__all__ = ["home_asked", "location_zone", "office", "residence", "travel", "zones"]

Verdict = tuple[str, list[int], str]

_TRAVEL_ASKED = re.compile(r"\b(travel\w*|visit\w*|trips?|offsites?|on the road)\b", re.IGNORECASE)
# An ask that is travel itself ("Travel up to 30%", "Willingness to travel to client sites"), not a duty
# that involves visits ("visit customers to gather requirements").
_TRAVEL_IS_THE_ASK = re.compile(
    r"^[\W\d]*(?:(?:the\s+)?(?:willing(?:ness)?|able|ability|readiness|ready|open(?:ness)?|happy)\s+to\s+)?"
    r"(?:frequent\s+|occasional\s+|some\s+|regular\s+)?travel(?:l?ing)?\b",
    re.IGNORECASE,
)
_TRAVEL_SAID = re.compile(r"\btravel\w*\b", re.IGNORECASE)
# "remote with an office visit about once a month": trips to an office, said without the word travel
_OFFICE_VISIT = re.compile(r"\b(?:office visits?|visits? (?:to )?(?:the |an? |our )?office)\b", re.IGNORECASE)
_OFFICE_WORD = re.compile(r"\boffices?\b", re.IGNORECASE)
# The negation bears on travel itself: not on another clause before it ("not planning to relocate, but I travel
# to client sites" says she travels).
_NO_TRAVEL = re.compile(
    r"\b(not|no|never|unable|cannot|can't|won't|don't|doesn't)\b(?:(?![,;]|\bbut\b)[^.]){0,30}\btravel",
    re.IGNORECASE,
)
_OFFICE_ASKED = re.compile(
    r"\b(on-?site|in[- ]office|in[- ]person|(?<!back )(?<!Microsoft )office(?! 365)|days? (?:a|per) week)\b",
    re.IGNORECASE,
)
_PRESENCE_SAID = re.compile(r"\b(office|on-?site|hybrid|remote|in[- ]person|relocat\w*)\b", re.IGNORECASE)
_NO_RELOCATE = re.compile(
    r"\b(not|no|never|unable|unwilling|cannot|can't|won't)\b(?:(?![,;]|\bbut\b)[^.]){0,40}\breloca\w*",
    re.IGNORECASE,
)
_DAYS = re.compile(NUMBER + r"\s+(?:full\s+)?days?\s+(?:a|per|each|every)\s+week", re.IGNORECASE)
_EVERY_DAY = re.compile(
    r"\b(fully on-?site|on-?site only|full[- ]time in (?:the|our) office|every (?:work)?day|daily|"
    r"five days|on-?site\b(?![^.]*\b(?:hybrid|remote)\b))",
    re.IGNORECASE,
)
# How often, as times a year: "once a quarter", "every month", "twice a year", "quarterly".
_PERIODS = {"week": 52.0, "month": 12.0, "quarter": 4.0, "year": 1.0}
_ONCE = re.compile(r"\b(once|one time|twice|every|each)\s+(?:a\s+|per\s+)?(week|month|quarter|year)\b", re.I)
_LY = re.compile(r"\b(weekly|monthly|quarterly|yearly|annually)\b", re.I)
_TIMES = re.compile(
    NUMBER + r"\s+(?:times|trips|visits|weeks?)\s+(?:a|per|each|every)\s+(year|quarter|month)", re.I
)
_PER = {"year": 1.0, "quarter": 4.0, "month": 12.0}
_PERCENT = re.compile(r"(\d{1,3})\s*%")
# A capitalised name, accents and all ("Montréal", "Kraków", "Łódź", "Évora").
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"
_PLACE = re.compile(
    rf"(?<![.!?]\s)(?<!^)(?<![\w-])({_CAPITAL}[^\W\d_A-Z]+(?:\s+{_CAPITAL}[^\W\d_A-Z]+)?)(?![\w-])"
)
_NOT_PLACES = frozenset(
    word_list("I We You Our The A An Monday Tuesday Wednesday Thursday Friday Saturday Sunday Q")
)


def _times_a_year(text: str) -> float | None:
    m = _TIMES.search(text)
    if m:
        v = number_value(m.group(1))
        if v is not None:
            return v * _PER[m.group(2).casefold()]
    m = _ONCE.search(text)
    if m:
        return _PERIODS[m.group(2).casefold()] * (2.0 if m.group(1).casefold() == "twice" else 1.0)
    m = _LY.search(text)
    if m:
        word = m.group(1).casefold()
        return 1.0 if word == "annually" else _PERIODS[word[:-2] if word != "quarterly" else "quarter"]
    return None


def _said(corpus: Corpus, pattern: re.Pattern[str]) -> list[int]:
    """The owner's own words about it: screening answers and the profile, never a job or a reference."""
    return [
        n
        for n, s in enumerate(corpus.sentences)
        if s.kind in ("faq", "basics") and pattern.search(s.text) and not s.uri.endswith("#profiles")
    ]


def travel(text: str, corpus: Corpus) -> Verdict | None:
    """ "Travel to our Singapore office twice a year" against "travel for about one week per quarter"."""
    if not _TRAVEL_ASKED.search(text):
        return None
    said = _said(corpus, _TRAVEL_SAID)
    # "occasional trips to the office": the owner's office visits are such trips
    if _OFFICE_WORD.search(text):
        said = sorted({*said, *_said(corpus, _OFFICE_VISIT)})
    if not said:
        # "Travel to customer sites up to 30% of the time": travel is the whole ask, and the owner never
        # writes of it; the other words (sites, time) are no part of it
        return ("missing", [], "no travel in the portfolio") if _TRAVEL_IS_THE_ASK.search(text) else None
    if any(_NO_TRAVEL.search(corpus.sentences[n].text) for n in said):
        return "missing", [], "the owner says they do not travel"
    asked = _times_a_year(text)
    percent = _PERCENT.search(text)
    have = max((t for n in said if (t := _times_a_year(corpus.sentences[n].text)) is not None), default=None)
    if percent and int(percent.group(1)) > 10:
        return (
            "partial",
            said,
            f"travel {percent.group(1)}% of the time asked: compare with the owner's words",
        )
    if asked is not None and have is not None and asked > have:
        return "partial", said, f"travel asked {asked:.0f} times a year, the owner says {have:.0f}"
    return "matched", said, ""


def _unaccented(name: str) -> str:
    """``name`` folded and without its accents ("Montréal" -> "montreal", "Kraków" -> "krakow"): ads write a
    city in plain letters as often as a résumé writes it in its own."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def places(text: str) -> set[str]:
    """Capitalised place names in ``text`` (not its first word, not a heading word), folded and unaccented."""
    return {
        _unaccented(m.group(1))
        for m in _PLACE.finditer(text)
        if m.group(1).split()[0] not in _NOT_PLACES and not m.group(1).isupper()
    }


def office(text: str, corpus: Corpus) -> Verdict | None:
    """Days in an office (and where) against the days and places the owner says they can be there; a place
    the owner does not name, from an owner who says they are not relocating, is missing."""
    if not _OFFICE_ASKED.search(text) or _TRAVEL_ASKED.search(text):
        return None
    said = _said(corpus, _PRESENCE_SAID)
    if not said:
        return None
    texts = [corpus.sentences[n].text for n in said]
    location = [s.text for s in corpus.sentences if s.kind == "basics" and s.text.startswith("Location:")]
    owner_places = set().union(*(places(t) for t in texts + location))
    asked_places = {p for p in places(text) if p not in ("office", "hybrid", "remote")}
    m = _DAYS.search(text)
    asked_days = number_value(m.group(1)) if m else (5 if _EVERY_DAY.search(text) else None)
    days_said = [v for t in texts for d in _DAYS.finditer(t) if (v := number_value(d.group(1))) is not None]
    have_days = max(days_said, default=None)
    if asked_places and not asked_places & owner_places:
        if any(_NO_RELOCATE.search(t) for t in texts):
            return (
                "missing",
                [],
                f"the owner names other places and is not relocating ({', '.join(texts)[:160]})",
            )
        return "partial", said, "that office is not among the places the owner names"
    if asked_days is not None and have_days is not None and asked_days > 2 * have_days:
        # five days on site from someone who says two at most is another way of working, not less of it
        return "missing", [], f"{asked_days} office days a week asked, the owner says up to {have_days}"
    if asked_days is not None and have_days is not None and asked_days > have_days:
        return "partial", said, f"{asked_days} office days a week asked, the owner says up to {have_days}"
    if (
        asked_days is not None
        and asked_days < 5
        and have_days is None
        and re.search(r"\bhybrid\b", " ".join(texts), re.I)
    ):
        return "matched", said, ""  # "happy with hybrid work in the Munich area": some office days a week
    if asked_days is not None and have_days is None and re.search(r"\bremote\b", " ".join(texts), re.I):
        return "partial", said, "the owner prefers remote work: compare with the days asked"
    return "matched", said, ""


# A country as a posting names it, folded and unaccented -> its ISO code (what a résumé's location gives).
_COUNTRY_CODE = {_unaccented(n): code for name, (code, other) in COUNTRIES.items() for n in (name, *other)}
_EITHER = re.compile(r"\bor\b", re.IGNORECASE)
_RESIDENCE_ASKED = re.compile(
    r"\b(?:based|located|living|live|lives|resident|reside)\s+(?:in|near)\b|"
    # "Remote from Portugal": working remotely from a place is living there
    r"\b(?:remote|remotely)\s+from\b|"
    # "live within commuting distance of Munich": near the place, which living there is
    r"\b(?:within|in)\s+(?:a\s+)?(?:reasonable\s+|easy\s+)?(?:commuting|commutable|travel(?:l?ing)?)\s+"
    r"(?:distance|range)\s+(?:of|to|from)\b",
    re.I,
)


def residence(text: str, corpus: Corpus) -> Verdict | None:
    """ "Based in Lisbon" against where the owner says they live (the résumé's location, their own answers):
    matched when every place asked is a place they name; None otherwise, for the ordinary reading (a region
    such as "the Bay Area" may hold the city they name)."""
    if not _RESIDENCE_ASKED.search(text) or _OFFICE_ASKED.search(text):
        return None
    asked = {p for p in places(text) if p not in ("office", "hybrid", "remote")}
    said = [
        n
        for n, s in enumerate(corpus.sentences)
        if (s.kind == "basics" and s.text.startswith("Location:")) or n in _said(corpus, _PRESENCE_SAID)
    ]
    named = set().union(*(places(corpus.sentences[n].text) for n in said)) if said else set()
    home = _home_country(corpus)
    # "Based in Portugal" from "Location: Lisbon, PT": the country asked is the location's code
    met = {p for p in asked if p in named or (home is not None and _COUNTRY_CODE.get(p) == home[0])}
    # "Based in Portugal or Spain": one of the places offered is enough
    if asked and (met == asked or (met and _EITHER.search(text))):
        where = [n for n in said if met & places(corpus.sentences[n].text)]
        return "matched", where or ([home[1]] if home is not None else []), ""
    if (region_home := _home_in_region(text, corpus)) is not None:
        return "matched", [region_home], ""
    return None


# Regions a posting asks the owner to live in, by the country codes of a résumé's location.
_EU_CODES = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
_SOUTH_AMERICA_CODES = "AR BO BR CL CO EC GY PY PE SR UY VE"
_ASIA_CODES = "KR JP CN TW HK SG IN VN TH ID MY PH"
_REGIONS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(pattern), frozenset(codes.split()))
    for pattern, codes in (
        (r"\b(?:EU|European Union)\b", _EU_CODES),
        (r"\b(?:Europe|EMEA)\b", _EU_CODES + " GB UK CH NO IS"),
        (r"\bNorth America\b", "CA US MX"),
        (r"\bSouth America\b", _SOUTH_AMERICA_CODES),
        (r"\b(?:Latin America|LATAM|LatAm)\b", _SOUTH_AMERICA_CODES + " MX CR SV GT HN NI PA"),
        (r"\b(?:East Asia)\b", "KR JP CN TW HK"),
        (r"\b(?:APAC|Asia[- ]Pacific)\b", _ASIA_CODES + " AU NZ"),
        (r"\bAsia\b(?![- ]Pacific)", _ASIA_CODES),
    )
)


def _home_country(corpus: Corpus) -> tuple[str, int] | None:
    """The country code of the résumé's location line and that line's sentence, None without one."""
    for n, s in enumerate(corpus.sentences):
        if s.kind == "basics" and s.text.startswith("Location:"):
            return s.text.rsplit(",", 1)[-1].strip().upper(), n
    return None


def _home_in_region(text: str, corpus: Corpus) -> int | None:
    """The résumé's location line when its country is in every region ``text`` asks the owner to live in
    ("Based in APAC" from "Location: Seoul, KR"). Why: a résumé names its city and country, never the
    region a posting writes; read word by word, "relocation to the EU" had stood for living there."""
    codes = [c for pattern, c in _REGIONS if pattern.search(text)]
    home = _home_country(corpus)
    if not codes or home is None:
        return None
    return home[1] if all(home[0] in c for c in codes) else None


def _region_codes(text: str) -> set[str]:
    """The country codes of every region ``text`` names ("the EU or Singapore" -> the EU's codes)."""
    return set().union(*(codes for pattern, codes in _REGIONS if pattern.search(text)))


def move_reaches(asked: str, offer: str) -> bool:
    """Whether a move the owner offers (``offer``: their words from "relocation" on) reaches every place
    ``asked`` names: a place both name, a country inside a region or country the offer names ("relocate to
    Berlin, Germany" from "relocation to the EU or Singapore"), and a city beside such a country. Why: an
    owner offers a move to a region or country, a posting names its city and country; the words never meet.
    An ask naming no place ("Willingness to relocate") is reached by any move offered."""
    asked_places = {p for p in places(asked) if p not in ("office", "hybrid", "remote")}
    offered = places(offer)
    reach = _region_codes(offer) | {c for p in offered if (c := _COUNTRY_CODE.get(p)) is not None}
    if not asked_places:
        # "relocate within the EU": a region asked, the same region (or a wider one) offered
        # "Willingness to relocate": no place asked, so any move the owner offers is one
        asked_codes = _region_codes(asked)
        return asked_codes <= reach
    countries = {p for p in asked_places if p in _COUNTRY_CODE}
    country_met = bool(countries) and all(p in offered or _COUNTRY_CODE[p] in reach for p in countries)
    # "Berlin, Germany": the city is met by the country it is written beside, when the offer names no city
    offer_cities = {p for p in offered if p not in _COUNTRY_CODE}
    return all(
        p in offered or (p in countries and country_met) or (country_met and not offer_cities)
        for p in asked_places
    )


def home_asked(text: str, corpus: Corpus) -> list[int]:
    """The résumé's location line when every place ``text`` asks a move to (or residence in) is a place it
    names ("Based in or willing to relocate to Munich" from an owner in Munich), else []. Why: no move is
    needed to be where one lives, so a relocation ask is met by the location, whatever the owner says of
    moving elsewhere."""
    asked = {p for p in places(text) if p not in ("office", "hybrid", "remote")}
    if not asked:
        return []
    home = [
        n for n, s in enumerate(corpus.sentences) if s.kind == "basics" and s.text.startswith("Location:")
    ]
    return [n for n in home if asked <= places(corpus.sentences[n].text)]


# Time zones by region, most specific first ("Central European" is not US Central).
_ZONES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cet", re.compile(r"\bCentral European\b|\bCES?T\b", re.I)),
    ("us-east", re.compile(r"\b(?:US )?Eastern\b|\bEast Coast\b|\bE[SD]?T\b")),
    ("us-central", re.compile(r"\b(?:US )?Central(?! European)\b|\bC[SD]T\b")),
    ("us-mountain", re.compile(r"\b(?:US )?Mountain\b|\bM[SD]T\b")),
    ("us-west", re.compile(r"\b(?:US )?Pacific\b|\bWest Coast\b|\bP[SD]?T\b")),
    ("india", re.compile(r"\bIndia\b|\bIST\b")),
    ("uk", re.compile(r"\bUK\b|\bGMT\b|\bBST\b|\bLondon\b")),
)


# A country or continent asked for as a whole ("a US time zone", "European hours"): any of its zones.
_BROAD_ZONES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        frozenset({"us-east", "us-central", "us-mountain", "us-west"}),
        re.compile(r"\b(?:US|U\.S\.|USA|American|North America\w*|United States)\b"),
    ),
    (frozenset({"cet", "uk"}), re.compile(r"\b(?:Europe\w*|EU|EMEA)\b")),
)


def broad_zones(text: str) -> set[str]:
    """The zones of a country or continent ``text`` names as a whole (none when it names a zone)."""
    if zones(text):
        return set()
    return set().union(*(z for z, pattern in _BROAD_ZONES if pattern.search(text)))


def zones(text: str) -> set[str]:
    """The time zones ``text`` names."""
    found = set()
    for code, pattern in _ZONES:
        if pattern.search(text):
            found.add(code)
            text = pattern.sub(" ", text)
    return found


# Where a region or country keeps its clocks: a general table (US states by zone, European countries).
_REGION_ZONES: dict[str, tuple[str, ...]] = {
    "us-west": ("california", "washington", "oregon", "nevada", "ca", "wa", "or", "nv"),
    "us-mountain": ("colorado", "arizona", "utah", "new mexico", "idaho", "montana", "wyoming", "co", "az", "ut"),
    "us-central": (
        "texas", "illinois", "minnesota", "missouri", "wisconsin", "iowa", "oklahoma", "kansas", "louisiana",
        "alabama", "tennessee", "arkansas", "nebraska", "tx", "il", "mn", "mo", "wi", "ok",
    ),
    "us-east": (
        "new york", "massachusetts", "florida", "georgia", "pennsylvania", "virginia", "north carolina",
        "new jersey", "ohio", "michigan", "maryland", "ny", "ma", "fl", "ga", "pa", "va", "nc", "nj",
    ),
    "cet": (
        "nl", "netherlands", "de", "germany", "fr", "france", "be", "belgium", "es", "spain", "it", "italy",
        "at", "austria", "ch", "switzerland", "pl", "poland", "se", "sweden", "dk", "denmark", "no", "norway",
        "cz", "czechia",
    ),
    "uk": ("gb", "uk", "united kingdom", "england", "scotland", "ie", "ireland", "pt", "portugal"),
    "india": ("in", "india"),
}  # fmt: skip


def location_zone(corpus: Corpus) -> tuple[str, int] | None:
    """The owner's time zone from the location on their profile ("Location: San Francisco, California, US"):
    the most specific part (a region before a country) that the table knows."""
    for n, s in enumerate(corpus.sentences):
        if s.kind != "basics" or not s.text.startswith("Location:"):
            continue
        parts = [p.strip().casefold() for p in s.text[len("Location:") :].split(",") if p.strip()]
        for part in parts[1:] or parts:
            for zone, regions in _REGION_ZONES.items():
                if part in regions:
                    return zone, n
    return None
