"""A thing asked as compatible with a named product ("Redis-compatible caches") is shown by the product itself,
over two made-up owners: one who ran Redis, one who never did."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)


def _owner(highlight: str) -> dict[str, Any]:
    """A made-up backend engineer since 2020 with one highlight."""
    return {
        "basics": {"name": "Oskar Bellweather-Anand", "label": "Backend Engineer"},
        "work": [
            {
                "name": "Quillmoor Tickets",
                "position": "Backend Engineer",
                "startDate": "2020-02",
                "highlights": [highlight],
            }
        ],
    }


REDIS = _owner("Ran the seat-hold cache on Redis for 30,000 requests a second in production")
MEMCACHED = _owner("Ran the seat-hold cache on Memcached for 30,000 requests a second in production")


def test_a_product_shows_what_is_compatible_with_it() -> None:
    line = "Production experience with Redis-compatible caches"
    assert assessed(REDIS, line, today=TODAY)["status"] == "matched"


def test_another_product_does_not_show_it() -> None:
    line = "Production experience with Redis-compatible caches"
    assert assessed(MEMCACHED, line, today=TODAY)["status"] != "matched"
