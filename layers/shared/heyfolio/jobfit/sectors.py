"""Years asked in a sector ("5+ years in payments or fintech", "3+ years of healthcare experience"): counted
from the jobs held in it, not from projects that touch it.

Why: years are read from every dated entry that mentions the thing asked, so an open-source operator whose
write-up scales "payment workers" (2019 to now) made an engineer with under four years at a payments
company read as ten years in payments. A sector is where one was employed; a side project written for it
is not a year in it, as a hobby project is no year of professional work.
"""

from __future__ import annotations

import re

__all__ = ["sector_years_asked"]

_SECTOR = (
    r"(?:payments?|fintech|banking|bank|financial services|finance|insurance|insurtech|healthcare|health care|"
    r"healthtech|health tech|medtech|medical devices?|pharma\w*|life sciences|logistics|freight|shipping|"
    r"supply chain|e-?commerce|retail|gaming|games industry|automotive|aerospace|avionics|telecoms?|"
    r"telecommunications|energy|utilities|public sector|government|govtech|edtech|education|media|adtech|"
    r"real estate|proptech|travel|hospitality|agri(?:culture|tech)|crypto|blockchain|defen[cs]e|manufacturing)"
)
_YEARS = r"\d{1,2}\s*\+?\s*(?:or more\s+)?(?:years?|yrs)"
_SECTOR_YEARS = re.compile(
    rf"\b{_YEARS}\s+(?:of\s+)?(?:(?:professional|relevant|work|working)\s+)?(?:experience\s+)?"
    rf"(?:in|within|across)\s+(?:the\s+)?{_SECTOR}\b(?!\s+(?:apis?|integrations?|systems?|software|code)\b)"
    rf"|\b{_YEARS}\s+(?:of\s+)?{_SECTOR}\s+(?:industry\s+|domain\s+|sector\s+)?experience\b",
    re.IGNORECASE,
)


def sector_years_asked(text: str) -> bool:
    """Whether ``text`` asks years spent in a sector ("5+ years in payments", "4 years of fintech
    experience"), not years of a technology or a kind of work done for it ("payments APIs")."""
    return bool(_SECTOR_YEARS.search(text))
