"""The tool an ask is done with: when the content never names it, the ask is not shown.

Recruiters name the tool that defines the work last ("Linux performance tuning with eBPF", "deploy ML
models using PyTorch"): Linux and models shown elsewhere are context, not related evidence of eBPF or
PyTorch work, so the requirement is missing rather than partial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.terms import Unit

__all__ = ["instrument_unshown"]

# A capitalised name (or an inner-capital one: "eBPF") closing the ask after "with", "using", "via".
_INSTRUMENT = re.compile(
    r"\b(?:with|using|via|through)\s+((?:[A-Z][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)(?:\s+[A-Z][\w.+#-]*)*)"
    r"\s*[.!]?\s*$"
)


def instrument_unshown(
    text: str, named: Sequence[Unit], nres: Sequence[tuple[float, list[int], str]]
) -> str | None:
    """The tool closing an ask ("... with eBPF") when it is one of the named things asked and the
    content never names it; None otherwise (no closing tool, or the tool is shown)."""
    m = _INSTRUMENT.search(text)
    if m is None:
        return None
    tool = set(m.group(1).casefold().split())
    for unit, (credit, _, _) in zip(named, nres, strict=True):
        words = {w.casefold() for w in unit.alternatives[0]} if unit.alternatives else set()
        if words and words <= tool:
            return m.group(1) if credit == 0 else None
    return None
