"""The sources of one answer: numbered as tools return them, cited by ``[n]`` markers.

Every tool result the model sees lists its passages as ``[n] title — snippet (uri)``; the
model writes ``[n]`` after a sentence that uses passage n; after the answer, the chat sends
one ``citation`` event per source the text cites, carrying the same ``n``. Sources are found
in any tool's structured result (anything with a ``portfolio://`` ``uri`` and a ``title``),
so a new tool gets citations without code here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heyfolio.search.chunks import Chunk

_MARKER_RE = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
SNIPPET_CHARS = 240


@dataclass(frozen=True)
class Said:
    """One sentence of a reply and the passage it cites (a field reader's answer, cited as read)."""

    text: str
    chunk: Chunk


@dataclass(frozen=True)
class Source:
    n: int
    uri: str
    title: str
    snippet: str

    def citation(self) -> dict[str, Any]:
        """The ``citation`` event's data."""
        return {"uri": self.uri, "title": self.title, "snippet": self.snippet, "n": self.n}


class Sources:
    """The numbered sources of one turn (deduplicated by URI)."""

    def __init__(self) -> None:
        self._by_uri: dict[str, Source] = {}
        self._order: list[Source] = []

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[Source]:
        return iter(self._order)

    def add(self, uri: str, title: str, snippet: str = "") -> Source:
        """The source for ``uri``, numbered on first sight."""
        found = self._by_uri.get(uri)
        if found is None:
            found = Source(len(self._order) + 1, uri, title.strip() or uri, _trim(snippet))
            self._by_uri[uri] = found
            self._order.append(found)
        return found

    def preload(self, passages: Sequence[Chunk]) -> None:
        """Number the cached prefix's passages 1..N in order, as the prefix shows them, so an
        answer's handle ``[n]`` resolves to the same ``portfolio://`` passage a tool would cite.

        The numbered sources of one set of passages are made once (:func:`_numbered`; they change
        only with the published content), not on every turn: this runs before the first token."""
        if self._order:
            for chunk in passages:
                self.add(chunk.uri, chunk.title, chunk.text)
            return
        order = _numbered(passages)
        self._order = list(order)
        self._by_uri = {s.uri: s for s in order}

    def from_result(self, tool: str, arguments: Mapping[str, Any], structured: Any) -> list[Source]:
        """Register the passages a tool returned; ``get_profile`` cites the résumé (section)."""
        found = [self.add(uri, title, snippet) for uri, title, snippet in _walk(structured)]
        if not found and tool == "get_profile":
            section = arguments.get("section")
            uri = "portfolio://profile" + (f"#{section}" if section else "")
            found.append(self.add(uri, f"Résumé ({section})" if section else "Résumé", ""))
        return list(dict.fromkeys(found))

    def has(self, n: int) -> bool:
        """Whether ``[n]`` names one of these sources (they are numbered 1..N, in order)."""
        return 1 <= n <= len(self._order)

    def cited(self, text: str) -> list[Source]:
        """The sources ``text`` cites with ``[n]`` markers, in order of first citation."""
        by_n = {s.n: s for s in self._order}
        out: dict[int, Source] = {}
        for m in _MARKER_RE.finditer(text):
            for part in m.group(1).split(","):
                n = int(part.strip())
                if n in by_n:
                    out.setdefault(n, by_n[n])
        return list(out.values())


def renumbered(text: str, cited: Sequence[Source], into: Sources) -> str:
    """``text``, whose ``[n]`` markers number ``cited``, rewritten to cite the same passages as
    ``into`` numbers them (added there on first sight): a reply joined from two answers cites one
    list, so each marker still names the passage its own answer meant."""
    moved = {s.n: into.add(s.uri, s.title, s.snippet).n for s in cited}

    def marker(m: re.Match[str]) -> str:
        ns = [moved.get(int(part.strip())) for part in m.group(1).split(",")]
        kept = [str(n) for n in dict.fromkeys(ns) if n is not None]
        return f"[{', '.join(kept)}]" if kept else ""

    return _MARKER_RE.sub(marker, text)


_numbered_for: dict[int, tuple[Sequence[Chunk], tuple[Source, ...]]] = {}


def _numbered(passages: Sequence[Chunk]) -> tuple[Source, ...]:
    """The sources 1..N of ``passages`` (one set per published content: only the latest is kept)."""
    found = _numbered_for.get(id(passages))
    if found is not None and found[0] is passages:
        return found[1]
    fresh = Sources()
    for chunk in passages:
        fresh.add(chunk.uri, chunk.title, chunk.text)
    numbered = tuple(fresh)
    _numbered_for.clear()
    _numbered_for[id(passages)] = (passages, numbered)
    return numbered


def render(sources: list[Source]) -> str:
    """Numbered passages, as the model reads them in a tool result."""
    return "\n".join(f"[{s.n}] {s.title} — {s.snippet} ({s.uri})" for s in sources)


def _trim(text: str) -> str:
    flat = re.sub(r"\s+", " ", text or "").strip()
    if len(flat) <= SNIPPET_CHARS:
        return flat
    cut = flat[:SNIPPET_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _walk(value: Any, depth: int = 0) -> Iterator[tuple[str, str, str]]:
    if depth > 5:
        return
    if isinstance(value, Mapping):
        uri, title = value.get("uri"), value.get("title") or value.get("name")
        if isinstance(uri, str) and uri.startswith("portfolio://") and isinstance(title, str):
            snippet = next(
                (
                    value[k]
                    for k in ("snippet", "summary", "description", "text")
                    if isinstance(value.get(k), str)
                ),
                "",
            )
            yield uri, title, snippet
        for v in value.values():
            if isinstance(v, Mapping | list):
                yield from _walk(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, depth + 1)
