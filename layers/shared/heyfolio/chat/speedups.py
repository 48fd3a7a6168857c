"""How many times faster a sentence says something got: read in ``search.speedups`` (one copy for
search, which ranks the owner's speed-ups, and the offline answerer, which states them)."""

from __future__ import annotations

from heyfolio.search.speedups import asks_speedup, speedup_factor

__all__ = ["asks_speedup", "speedup_factor"]
