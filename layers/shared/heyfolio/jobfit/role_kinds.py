"""The kinds of role a years ask accepts ("5+ years in an SRE or platform role").

Why: "an SRE or platform role" asks for years in either kind of role, not in a role that is both, and
a role's short form is its spelled-out title ("SRE" is the "Site Reliability Engineer" of a résumé).
Only one-word kinds are taken apart: "a data engineer or data scientist" is read whole, since an entry's
words are a bag ("data" in one line and "engineer" in another are no data engineer).
A "customer-facing role" is no title anyone holds: it is shown by the roles that face customers by their
kind (a consultant, a presales or customer-success role, an account manager).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from heyfolio.jobfit.vocabulary import ABBREVIATIONS
from heyfolio.search.text import analyze

__all__ = ["role_alternatives"]

_OR = re.compile(r"\s+or\s+|\s*/\s*|\s*,\s*", re.IGNORECASE)
_SPELLED = {short: phrase for phrase, short in ABBREVIATIONS.items()}
_FACING = re.compile(r"\b(?:customer|client)[- ]?facing\b", re.IGNORECASE)
# Roles whose work is with the customer ("Implementation Consultant", "Presales Engineer", "Account Manager").
_FACING_ROLES = (
    "consultant",
    "presales",
    "pre-sales",
    "customer success",
    "account manager",
    "account executive",
    "client services",
    "sales engineer",
    "solutions engineer",
)


def role_alternatives(role: str, not_field: Collection[str]) -> list[frozenset[str]]:
    """The index terms of each kind of role ``role`` names (``not_field``: words naming no field)."""
    whole = frozenset(t for t in analyze(role) if t not in not_field)
    parts = [frozenset(t for t in analyze(p) if t not in not_field) for p in _OR.split(role)]
    parts = [p for p in parts if p]
    if not parts or any(len(p) != 1 for p in parts):
        parts = [whole]
    out = list(parts)
    if _FACING.search(role):
        out += [frozenset(analyze(kind)) for kind in _FACING_ROLES]
    for p in parts:
        if len(p) == 1 and (spelled := _SPELLED.get(next(iter(p)))) is not None:
            out.append(frozenset(analyze(spelled)))
    return out
