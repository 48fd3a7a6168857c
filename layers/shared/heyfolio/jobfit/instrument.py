"""The tool an ask is done with: when the content never names it, the ask is not shown.

Recruiters name the tool that defines the work last ("Linux performance tuning with eBPF", "deploy ML
models using PyTorch", "ML pipelines on Kubeflow") or first, with what it is for ("Scala for Spark jobs",
"Cypress end-to-end tests"): the rest (Linux, models, Spark jobs, end-to-end tests) is context, shown
elsewhere with other tools, not related evidence of work with the tool asked, so the requirement is
missing rather than partial.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.jobfit.terms import Unit

__all__ = ["instrument_unshown"]

_NAME = r"(?:[A-Z][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)"

# A capitalised name (or an inner-capital one: "eBPF") closing the ask after "with", "using", "via", "on", "over"
# (the protocol a thing is done over: "Expose internal APIs over gRPC"), or
# followed only by the platform it runs on ("partitioning with PikeOS on ARM Cortex-M"): the platform is context.
# Its words run on through inner-capital ones ("with Apollo iOS" names Apollo iOS, not Apollo alone).
_INSTRUMENT = re.compile(
    rf"\b(?:with|using|via|through|on|over)\s+({_NAME}(?:\s+{_NAME})*)"
    rf"(?:\s+on\s+{_NAME}[^.;]*)?\s*[.!]?\s*$"
)

# The language or toolkit a piece of work is written in, closing the ask: "GPU programming in CUDA". Only a
# technology's name: "in" also closes an ask with a place.
_WRITTEN_IN = re.compile(rf"\bin\s+({_NAME}(?:\s+[A-Z][\w.+#-]*)*)\s*[.!]?\s*$")

# General-purpose languages: work "in Python" shown in Go is the same work in another language, unlike work in
# a platform or toolkit that defines it ("GPU programming in CUDA").
_GENERAL_LANGUAGES = frozenset(
    (
        "python", "java", "go", "golang", "rust", "c", "c++", "c#", "kotlin", "scala", "ruby", "php",
        "javascript", "typescript", "swift", "julia", "r", "matlab", "perl", "elixir", "erlang", "haskell",
        "fortran", "dart", "lua", "clojure", "ocaml", "f#", "groovy",
    )
)  # fmt: skip

# A name followed by what it is for: "Scala for Spark jobs", "... with Dask for distributed computing".
_FOR_PURPOSE = re.compile(rf"(?:^|\b(?:with|using|in|on)\s+)({_NAME})\s+for\s+[a-z]")

# The full stop or exclamation closing a sentence-shaped ask ("You have written GPU kernels in CUDA.").
_CLOSING_STOP = re.compile(r"\s*[.!]+\s*$")

# An area, a colon, then the one tool asked in it and nothing else: "Linux internals: eBPF", "Observability:
# OpenTelemetry". The area is context (shown by other work in it); the tool after the colon is what is asked.
_AFTER_COLON = re.compile(rf"^[^:]*[a-z][^:]*:\s*({_NAME}(?:\s+{_NAME})*)\s*[.!]?\s*$")

# One name opening the ask, followed by a plain word saying which work: "Cypress end-to-end tests".
_OPENING = re.compile(rf"^({_NAME})\s+(?=[a-z])(?!and\b|or\b)")


def _tool_unit(
    tool: str, named: Sequence[Unit], nres: Sequence[tuple[float, list[int], str]]
) -> float | None:
    """The credit of the named unit ``tool`` spells, or None when no named unit is that tool."""
    words_tool = set(tool.casefold().split())
    for unit, (credit, _, _) in zip(named, nres, strict=True):
        words = {w.casefold() for w in unit.alternatives[0]} if unit.alternatives else set()
        if words and words <= words_tool:
            return credit
    return None


def instrument_unshown(
    text: str,
    named: Sequence[Unit],
    nres: Sequence[tuple[float, list[int], str]],
    is_name: Callable[[str], bool] = lambda _w: False,
) -> str | None:
    """The tool an ask is done with ("... with eBPF", "Scala for ...") when it is one of the named things
    asked and the content never names it; None otherwise (no such tool, or the tool is shown).
    ``is_name``: whether a word opening the ask is a technology's name; a capital at the start of a line
    does not make one ("Secure coding", "Organise sessions")."""
    # "... in CUDA.": the full stop is no part of the language's name (after "with", a closing stop is read
    # as part of the name still: labelled sets read those both ways)
    m = (
        _INSTRUMENT.search(text)
        or _WRITTEN_IN.search(_CLOSING_STOP.sub("", text))
        or _AFTER_COLON.search(text.strip())
    )
    if (
        m is not None
        and m.re is _WRITTEN_IN
        and (not all(is_name(w) for w in m.group(1).split()) or m.group(1).casefold() in _GENERAL_LANGUAGES)
    ):
        # "in Lisbon", "in Masterstudiengang": a place or a noun, not what the work is written in; "ETL in
        # Python": the work done in another general-purpose language is related evidence of it
        m = None
    if m is not None:
        credit = _tool_unit(m.group(1), named, nres)
        if credit is not None:
            return m.group(1) if credit == 0 else None
    for pattern, opening in ((_FOR_PURPOSE, False), (_OPENING, True)):
        m = pattern.search(text.strip())
        if m is None or (m.start(1) == 0 and not is_name(m.group(1))):
            continue
        credit = _tool_unit(m.group(1), named, nres)
        if credit == 0:
            return m.group(1)
        if credit is not None or not opening:
            return None
    return None
