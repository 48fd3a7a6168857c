"""The body that issued a certificate, named by its initials.

Why: ads name a credential by its issuer's initials ("IAAP CPACC certification", "an IAAP certification",
"(ISC)2 CISSP"), while a résumé writes the issuer out in full ("issued by International Association of
Accessibility Professionals"). Read word by word, "IAAP" is nowhere in the portfolio and a certificate the
owner holds reads as missing. The initials stand for that one issuer, so they are shown exactly where a
certificate line names it, and nowhere else (no other phrase is read as an acronym).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["issuer_initials", "unbracketed"]

# "Certificate: CPACC issued by International Association of Accessibility Professionals (2022-10)"
_ISSUED_BY = re.compile(r"\bissued by ([^()]+)")
# Words an issuer's initials skip ("Association of ... Professionals": AP, not AOP).
_SKIPPED = frozenset(("of", "and", "for", "the", "in", "on", "&"))


def _initials(issuer: str) -> str:
    # words as written between spaces: "Scrum.org" is one name, not "Scrum" and "org"
    words = [w for w in re.findall(r"[A-Za-z][\w.'&-]*", issuer) if w.casefold() not in _SKIPPED]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def issuer_initials(certificates: Iterable[tuple[int, str]]) -> Mapping[str, list[int]]:
    """Initials (folded: "iaap") -> the numbers of the certificate sentences whose issuer they abbreviate,
    from ``certificates`` as (sentence number, text). An issuer of one word has no initials of its own."""
    out: dict[str, list[int]] = {}
    for n, text in certificates:
        m = _ISSUED_BY.search(text)
        if m is None:
            continue
        letters = _initials(m.group(1))
        if len(letters) >= 2:
            out.setdefault(letters, []).append(n)
    return out


# "(ISC)2", "(ISC)²": an issuer that writes its initials in brackets with a number after them; résumés and
# issuers' own pages write the same name "ISC2".
_BRACKETED_NAME = re.compile(r"\(([A-Z]{2,6})\)([2-9²³])(?!\d)")
_SUPERSCRIPTS = {"²": "2", "³": "3"}


def unbracketed(text: str) -> str:
    """ "(ISC)2 CISSP" -> "ISC2 CISSP": read word by word, the bracketed spelling is the initials alone
    and a number the reading drops, so an issuer the résumé names "ISC2" was never found."""
    return _BRACKETED_NAME.sub(lambda m: m.group(1) + _SUPERSCRIPTS.get(m.group(2), m.group(2)), text)
