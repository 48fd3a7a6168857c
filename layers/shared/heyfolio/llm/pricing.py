"""Prices per model, in one table, for the ``cost_usd`` of every chat turn.

US dollars per million tokens (Anthropic's list prices, standard tier). Prompt caching
bills cache writes (5-minute) and cache reads separately from plain input, so a turn's
cost needs all four counts. A model not in the table is priced at the dearest row and
flagged, so a renamed model never shows up as free.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Price:
    """USD per million tokens."""

    input: float
    output: float
    cache_write: float
    cache_read: float


PRICES: dict[str, Price] = {
    "claude-haiku-4-5": Price(1.00, 5.00, 1.25, 0.10),
    "claude-sonnet-4-5": Price(3.00, 15.00, 3.75, 0.30),
    "claude-sonnet-4-6": Price(3.00, 15.00, 3.75, 0.30),
    "claude-opus-4-5": Price(5.00, 25.00, 6.25, 0.50),
    "claude-opus-4-6": Price(5.00, 25.00, 6.25, 0.50),
    "claude-opus-4-7": Price(5.00, 25.00, 6.25, 0.50),
    "offline": Price(0.0, 0.0, 0.0, 0.0),
}
"""Model id (without a date suffix) -> price. ``offline`` is the search-only answerer."""

_FALLBACK = max(PRICES.values(), key=lambda p: p.output)


def price_of(model: str) -> tuple[Price, bool]:
    """The price row for ``model`` and whether it was known (dated ids match their alias)."""
    if model in PRICES:
        return PRICES[model], True
    for name, price in PRICES.items():
        if model.startswith(name + "-"):  # "claude-haiku-4-5-20251001"
            return price, True
    return _FALLBACK, False


def cost_usd(
    model: str,
    *,
    input_tokens: int = 0,
    output_tokens: int = 0,
    cache_write_tokens: int = 0,
    cache_read_tokens: int = 0,
) -> float:
    """The cost of one or more calls to ``model``, rounded to a millionth of a dollar."""
    price, _ = price_of(model)
    total = (
        input_tokens * price.input
        + output_tokens * price.output
        + cache_write_tokens * price.cache_write
        + cache_read_tokens * price.cache_read
    ) / 1_000_000
    return round(total, 6)
