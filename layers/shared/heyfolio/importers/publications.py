"""Publications from ORCID, BibTeX or CSL-JSON as JSON Resume ``publications`` entries.

- **ORCID**: the public API's works list (``GET https://pub.orcid.org/v3.0/<id>/works``, JSON),
  fetched with ``fetch_orcid_works`` (the CLI with an iD, the scheduled ``publications_sync``
  function on AWS) or read from a saved copy of that response (offline).
- **BibTeX** (``.bib``): ``@article``, ``@inproceedings``, ``@misc``... with braced or quoted values.
- **CSL-JSON** (``.json``, a list of items: what Zotero and most reference managers export).

Each becomes ``{name, publisher, releaseDate, url, summary}``; the DOI gives the URL when there
is no other.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from heyfolio.importers.errors import SourceError

ORCID_API = "https://pub.orcid.org/v3.0"
_ORCID_ID = re.compile(r"(?:https?://orcid\.org/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])")


def orcid_id(value: str) -> str | None:
    """The iD in ``value`` (bare or as an orcid.org URL) when its ISO 7064 check digit is right."""
    m = _ORCID_ID.fullmatch(value.strip())
    if not m:
        return None
    digits = m.group(1).replace("-", "")
    total = 0
    for ch in digits[:-1]:
        total = (total + int(ch)) * 2
    check = (12 - total % 11) % 11
    return m.group(1) if digits[-1] == ("X" if check == 10 else str(check)) else None


def _doi_url(doi: str | None) -> str | None:
    if not doi:
        return None
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", doi.strip(), flags=re.I)
    return f"https://doi.org/{doi}" if doi else None


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v not in (None, "")}


def _date(year: Any, month: Any = None, day: Any = None) -> str | None:
    try:
        y = int(str(year))
    except (TypeError, ValueError):
        return None
    out = f"{y:04d}"
    try:
        if month:
            out += f"-{int(str(month)):02d}"
            if day:
                out += f"-{int(str(day)):02d}"
    except ValueError:
        pass
    return out


# ---------------------------------------------------------------- ORCID


def _value(node: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def from_orcid_works(document: Any) -> list[dict[str, Any]]:
    """The works of an ORCID ``/works`` response (the preferred summary of each group)."""
    if not isinstance(document, dict) or not isinstance(document.get("group"), list):
        raise SourceError(
            "not an ORCID works response: expected an object with a 'group' list (GET /v3.0/<iD>/works)"
        )
    out = []
    for group in document["group"]:
        summaries = _value(group, "work-summary") or []
        if not summaries:
            continue
        work = summaries[0]
        title = _value(work, "title", "title", "value")
        if not title:
            continue
        ids = _value(work, "external-ids", "external-id") or []
        doi = next(
            (
                i.get("external-id-value")
                for i in ids
                if isinstance(i, dict) and i.get("external-id-type") == "doi"
            ),
            None,
        )
        date = work.get("publication-date") or {}
        out.append(
            _clean(
                {
                    "name": title,
                    "publisher": _value(work, "journal-title", "value"),
                    "releaseDate": _date(
                        _value(date, "year", "value"),
                        _value(date, "month", "value"),
                        _value(date, "day", "value"),
                    ),
                    "url": _value(work, "url", "value") or _doi_url(doi),
                }
            )
        )
    return out


def fetch_orcid_works(identifier: str, client: Any) -> list[dict[str, Any]]:
    """The public works of ``identifier`` through ``client`` (an ``httpx.Client``)."""
    checked = orcid_id(identifier)
    if checked is None:
        raise SourceError(
            f"{identifier!r} is not a valid ORCID iD (format 0000-0002-1825-0097, with its check digit)"
        )
    response = client.get(f"{ORCID_API}/{checked}/works", headers={"Accept": "application/json"})
    if response.status_code == 404:
        raise SourceError(f"ORCID has no public record {checked}")
    if response.status_code != 200:
        raise SourceError(f"ORCID answered HTTP {response.status_code} for {checked}; try again later")
    return from_orcid_works(response.json())


# ---------------------------------------------------------------- BibTeX


def _bib_value(text: str, i: int) -> tuple[str, int]:
    """One field value starting at ``text[i]``: ``{...}`` (nested), ``"..."`` or a bare word/number."""
    if text[i] == "{":
        depth, j = 0, i
        while j < len(text):
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    return text[i + 1 : j], j + 1
            j += 1
        raise SourceError("unbalanced braces in a BibTeX value")
    if text[i] == '"':
        j = i + 1
        depth = 0
        while j < len(text) and not (text[j] == '"' and depth == 0):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        return text[i + 1 : j], j + 1
    m = re.match(r"[^,}\s]+", text[i:])
    word = m.group(0) if m else ""
    return word, i + len(word)


def _latex(text: str) -> str:
    text = re.sub(r"\\[a-zA-Z]+\{([^{}]*)\}", r"\1", text)  # \emph{x} -> x
    text = re.sub(r"\\['`^\"~=.]\{?([a-zA-Z])\}?", r"\1", text)  # accents -> base letter
    text = re.sub(r"\\[a-zA-Z]+\s+", "", text)  # {\em x} -> x
    text = text.replace("{", "").replace("}", "").replace("\\&", "&").replace("--", "–")
    return re.sub(r"\s+", " ", text).strip()


def parse_bibtex(text: str) -> list[dict[str, str]]:
    """Each entry as ``{"type", "key", field: value}`` (fields lower-cased, LaTeX braces removed)."""
    entries = []
    for m in re.finditer(r"@(\w+)\s*\{\s*([^,\s]+)\s*,", text):
        kind = m.group(1).lower()
        if kind in ("comment", "preamble", "string"):
            continue
        entry = {"type": kind, "key": m.group(2)}
        i = m.end()
        while i < len(text):
            f = re.compile(r"\s*(\w[\w-]*)\s*=\s*").match(text, i)
            if not f:
                break
            value, i = _bib_value(text, f.end())
            entry[f.group(1).lower()] = _latex(value)
            c = re.compile(r"\s*,?\s*").match(text, i)
            i = c.end() if c else i
            if i < len(text) and text[i] == "}":
                break
        entries.append(entry)
    return entries


_BIB_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def from_bibtex(text: str) -> list[dict[str, Any]]:
    entries = parse_bibtex(text)
    if not entries and "@" in text:
        raise SourceError(
            "no BibTeX entry could be read (expected entries like @article{key, title = {...}, ...})"
        )
    out = []
    for e in entries:
        if not e.get("title"):
            continue
        month = e.get("month", "").strip().lower()[:3]
        out.append(
            _clean(
                {
                    "name": e["title"],
                    "publisher": e.get("journal")
                    or e.get("booktitle")
                    or e.get("publisher")
                    or e.get("howpublished"),
                    "releaseDate": _date(
                        e.get("year"), _BIB_MONTHS.get(month) or (month if month.isdigit() else None)
                    ),
                    "url": e.get("url") or _doi_url(e.get("doi")),
                    "summary": e.get("abstract") or e.get("note"),
                }
            )
        )
    return out


# ---------------------------------------------------------------- CSL-JSON


def from_csl_json(document: Any) -> list[dict[str, Any]]:
    items = (
        document
        if isinstance(document, list)
        else (document.get("items") if isinstance(document, dict) else None)
    )
    if not isinstance(items, list):
        raise SourceError("not CSL-JSON: expected a list of items with 'title', 'issued', 'container-title'")
    out = []
    for item in items:
        if not isinstance(item, dict) or not item.get("title"):
            continue
        parts = (_value(item, "issued") or {}).get("date-parts") or [[]]
        first = parts[0] if parts and isinstance(parts[0], list) else []
        container = item.get("container-title")
        out.append(
            _clean(
                {
                    "name": item["title"],
                    "publisher": (container[0] if isinstance(container, list) and container else container)
                    or item.get("publisher")
                    or item.get("event"),
                    "releaseDate": _date(*[*first, None, None, None][:3]) if first else None,
                    "url": item.get("URL") or _doi_url(item.get("DOI")),
                    "summary": item.get("abstract"),
                }
            )
        )
    return out


def from_file(path: Path) -> list[dict[str, Any]]:
    """Publications from a saved ORCID works response, a CSL-JSON export or a BibTeX file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read it ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise SourceError(f"{path}: not UTF-8 text") from None
    if path.suffix.lower() in (".bib", ".bibtex") or text.lstrip().startswith("@"):
        return from_bibtex(text)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"{path}: not JSON or BibTeX (JSON error at line {exc.lineno}: {exc.msg})"
        ) from None
    if isinstance(document, dict) and "group" in document:
        return from_orcid_works(document)
    return from_csl_json(document)
