"""Countries by name, with their ISO code and the other names people write: one table for search
(a résumé gives its country as a code, "CA", and a question names it, "is he in canada") and for
the chat's place questions."""

from __future__ import annotations

__all__ = ["COUNTRIES", "REGIONS", "country_name"]

# country -> (ISO code, other names people write); a general list, not the owners' countries
COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "United States": (
        "US",
        ("USA", "US", "U.S.", "U.S.A.", "America", "the States", "United States of America"),
    ),
    "United Kingdom": ("GB", ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales")),
    "Canada": ("CA", ()),
    "Mexico": ("MX", ()),
    "Brazil": ("BR", ()),
    "Argentina": ("AR", ()),
    "Chile": ("CL", ()),
    "Colombia": ("CO", ()),
    "Peru": ("PE", ()),
    "Uruguay": ("UY", ()),
    "Ireland": ("IE", ()),
    "France": ("FR", ()),
    "Germany": ("DE", ()),
    "Austria": ("AT", ()),
    "Switzerland": ("CH", ()),
    "Netherlands": ("NL", ("Holland", "the Netherlands")),
    "Belgium": ("BE", ()),
    "Luxembourg": ("LU", ()),
    "Spain": ("ES", ()),
    "Portugal": ("PT", ()),
    "Italy": ("IT", ()),
    "Greece": ("GR", ()),
    "Poland": ("PL", ()),
    "Czech Republic": ("CZ", ("Czechia",)),
    "Slovakia": ("SK", ()),
    "Hungary": ("HU", ()),
    "Romania": ("RO", ()),
    "Bulgaria": ("BG", ()),
    "Croatia": ("HR", ()),
    "Serbia": ("RS", ()),
    "Slovenia": ("SI", ()),
    "Ukraine": ("UA", ()),
    "Russia": ("RU", ()),
    "Turkey": ("TR", ("Türkiye",)),
    "Denmark": ("DK", ()),
    "Sweden": ("SE", ()),
    "Norway": ("NO", ()),
    "Finland": ("FI", ()),
    "Iceland": ("IS", ()),
    "Estonia": ("EE", ()),
    "Latvia": ("LV", ()),
    "Lithuania": ("LT", ()),
    "Israel": ("IL", ()),
    "Lebanon": ("LB", ()),
    "Egypt": ("EG", ()),
    "Morocco": ("MA", ()),
    "Tunisia": ("TN", ()),
    "Nigeria": ("NG", ()),
    "Ghana": ("GH", ()),
    "Kenya": ("KE", ()),
    "South Africa": ("ZA", ()),
    "United Arab Emirates": ("AE", ("UAE", "Dubai")),
    "Saudi Arabia": ("SA", ()),
    "India": ("IN", ()),
    "Pakistan": ("PK", ()),
    "China": ("CN", ()),
    "Hong Kong": ("HK", ()),
    "Taiwan": ("TW", ()),
    "Japan": ("JP", ()),
    "South Korea": ("KR", ("Korea",)),
    "Singapore": ("SG", ()),
    "Vietnam": ("VN", ()),
    "Thailand": ("TH", ()),
    "Malaysia": ("MY", ()),
    "Indonesia": ("ID", ()),
    "Philippines": ("PH", ()),
    "Australia": ("AU", ()),
    "New Zealand": ("NZ", ()),
}

# a region a question names ("has she worked in Europe?") -> its countries, as a résumé writes a place
# ("Mannheim, Germany"); a general list, not the owners' places
_EUROPE = ("United Kingdom", "Ireland", "France", "Germany", "Austria", "Switzerland", "Netherlands", "Belgium",
           "Luxembourg", "Spain", "Portugal", "Italy", "Greece", "Poland", "Czech Republic", "Slovakia", "Hungary",
           "Romania", "Bulgaria", "Croatia", "Serbia", "Slovenia", "Ukraine", "Denmark", "Sweden", "Norway",
           "Finland", "Iceland", "Estonia", "Latvia", "Lithuania")  # fmt: skip
_NORDICS = ("Denmark", "Sweden", "Norway", "Finland", "Iceland")
_LATIN_AMERICA = ("Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Peru", "Uruguay")
REGIONS: dict[str, tuple[str, ...]] = {
    "Europe": _EUROPE,
    "Scandinavia": _NORDICS,
    "Nordics": _NORDICS,
    "Asia": ("China", "Hong Kong", "Taiwan", "Japan", "South Korea", "Singapore", "Vietnam", "Thailand", "Malaysia",
             "Indonesia", "Philippines", "India", "Pakistan"),
    "Africa": ("Egypt", "Morocco", "Tunisia", "Nigeria", "Ghana", "Kenya", "South Africa"),
    "Latin America": _LATIN_AMERICA,
    "South America": ("Brazil", "Argentina", "Chile", "Colombia", "Peru", "Uruguay"),
    "North America": ("United States", "Canada", "Mexico"),
    "Middle East": ("Israel", "Lebanon", "United Arab Emirates", "Saudi Arabia", "Turkey", "Egypt"),
}  # fmt: skip

_BY_CODE = {code: name for name, (code, _) in COUNTRIES.items()}


def country_name(code: str | None) -> str | None:
    """The name of the country whose ISO code is ``code`` ("CA" -> "Canada"), None when unknown."""
    return _BY_CODE.get(code.strip().upper()) if code else None
