"""Years asked after a professional qualification ("5+ years' post-qualification experience", "3 years PQE").

Why: accountancy and law count experience from the day one qualified (ACA, ACCA, CPA, admission as a
solicitor), not from the first job. The ask names no topic a résumé writes ("post-qualification" is nowhere in
it), so it read as not shown; what shows it is the date of the qualification still held: a certificate line
dated and never said to lapse, or a sentence saying when the owner qualified ("Qualified as a chartered
accountant in 2014"). The years are counted from the earliest such date to now.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.jobfit.lapsed import CERT_EXPIRED

__all__ = ["asks_post_qualification", "qualified_since"]

_ASKED = re.compile(r"\bpost[- ]?qualifi\w*|\bPQE\b|\bsince qualifying\b|\bqualified for\b", re.IGNORECASE)
# "Qualified as a chartered accountant (ACA) in 2014", "admitted as a solicitor in 2016"
_QUALIFIED_IN = re.compile(
    r"\b(?:qualified|admitted|called to the bar)\b[^.;]{0,80}?\b(?:in|since)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A certificate line's own date, as the page writes it last: "... issued by ICAEW (2014-10)"
_CERT_DATE = re.compile(r"\(((?:19|20)\d\d)(?:-(\d\d))?\)\s*$")


def asks_post_qualification(text: str) -> bool:
    """Whether an ask counts its years from a professional qualification."""
    return bool(_ASKED.search(text))


def qualified_since(sentences: Iterable[tuple[int, str, str]]) -> tuple[float, int] | None:
    """The earliest date (fractional year) a qualification still held was gained, with its sentence, from
    (number, kind, text) sentences; None when none is dated."""
    found: list[tuple[float, int]] = []
    for n, kind, text in sentences:
        if CERT_EXPIRED.search(text):
            continue  # a lapsed practising certificate is no qualification held
        if kind == "certificate" and (m := _CERT_DATE.search(text)):
            found.append((int(m.group(1)) + (int(m.group(2) or 1) - 1) / 12, n))
        elif kind != "certificate" and (m := _QUALIFIED_IN.search(text)):
            found.append((float(m.group(1)), n))
    return min(found) if found else None
