"""A standard asked by its number ("ISO/SAE 21434", "IEC 61508", "DO-178C", "IFRS 9"): shown only where the content
writes that number.

Why: the matcher reads numbers as figures, never as names, so "ISO 27701" was the word ISO and was met by
any ISO standard the owner had worked to (ISO 27001), and "IEC 61508" by IEC 62304. A standard is named by
its body and its number together; a neighbouring standard of the same body is another standard, as a
neighbouring tool is another tool. Where the ad offers several ("ISO 27001 or SOC 2"), any one written
shows the ask; standards given as examples ("frameworks such as ISO 27001") are not checked. The matcher
turns a match through another standard into missing, and a partial one too when every line quoted for it
writes another standard ("Cybersecurity per ISO/SAE 21434" against ISO 26262 work only); an ask partial
through its other words on a line of its own is left partial (labelled sets read "Automotive
cybersecurity per ISO/SAE 21434" against automotive work both ways).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["another_standard_only", "unwritten_standards"]

# A standards body (or two, "ISO/SAE"), then the standard's number ("21434", "802.11", "178C", "800-53").
_STANDARD = re.compile(
    # accounting standards by their number too ("IFRS 9" is not IFRS 16, "ASC 606", "FRS 102", "IAS 36")
    r"\b((?:ISO|IEC|EN|IEEE|NIST(?:\s+SP)?|SAE|DIN|ANSI|ETSI|RFC|DO|ARINC|MIL-STD|UL|SOC|IFRS|IAS|ASC|FRS|IPSAS)"
    r"(?:/(?:ISO|IEC|SAE|IEEE|EN|ASTM))*)[\s-]?(\d+(?:[.-]\d+)*[A-Z]?)\b"
)
# Standards given as examples of a kind ("frameworks such as ISO 27001"), or with room for another.
_OFFERED = re.compile(
    r"\b(?:e\.g\.?|such as|for example|for instance|like|including|or (?:similar|equivalent|comparable))\b",
    re.IGNORECASE,
)


def _number(body: str, written: str) -> re.Pattern[str]:
    """The number as the content may write it: alone when it is long enough to be no other figure
    ("21434", "802.11"), else after its body ("SOC 2")."""
    if sum(c.isdigit() for c in written) >= 3:
        return re.compile(rf"(?<![\w.]){re.escape(written)}(?!\w)", re.IGNORECASE)
    last = re.escape(body.split("/")[-1].split()[-1])
    return re.compile(rf"\b{last}[\s-]?{re.escape(written)}(?!\w)", re.IGNORECASE)


def unwritten_standards(text: str, content: Iterable[str]) -> list[str]:
    """The standards ``text`` asks by number when the content writes none of their numbers; an empty list
    when it asks none, or when one of them is written."""
    asked = [m for m in _STANDARD.finditer(text)]
    if not asked or _OFFERED.search(text):
        return []
    texts = list(content)
    if any(_number(m.group(1), m.group(2)).search(t) for m in asked for t in texts):
        return []
    return [m.group(0) for m in asked]


def another_standard_only(text: str, sentence: str) -> bool:
    """Whether ``sentence`` writes standards, none of them one ``text`` asks by number ("Safety work to ISO
    26262" for "Development under IEC 62304 or ISO 13485"): a quote of another standard is no evidence of
    the ask, however many of its words it holds. False where the ask offers room for others."""
    asked = list(_STANDARD.finditer(text))
    if not asked or _OFFERED.search(text) or not _STANDARD.search(sentence):
        return False
    return not any(_number(m.group(1), m.group(2)).search(sentence) for m in asked)
