"""Countries by name, with their ISO code and the other names people write: one table for search
(a résumé gives its country as a code, "CA", and a question names it, "is he in canada") and for
the chat's place questions."""

from __future__ import annotations

__all__ = ["COUNTRIES", "country_name"]

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

_BY_CODE = {code: name for name, (code, _) in COUNTRIES.items()}


def country_name(code: str | None) -> str | None:
    """The name of the country whose ISO code is ``code`` ("CA" -> "Canada"), None when unknown."""
    return _BY_CODE.get(code.strip().upper()) if code else None
