"""The body that issued a certificate, named by its initials.

Why: ads name a credential by its issuer's initials ("IAAP CPACC certification", "an IAAP certification",
"(ISC)2 CISSP"), while a résumé writes the issuer out in full ("issued by International Association of
Accessibility Professionals"). Read word by word, "IAAP" is nowhere in the portfolio and a certificate the
owner holds reads as missing. The initials stand for that one issuer, so they are shown exactly where a
certificate line names it, and nowhere else (no other phrase is read as an acronym).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "credential_after_issuer",
    "credential_initials",
    "credential_words_held",
    "issuer_initials",
    "unbracketed",
]

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


# A credential's short form, the last word of a name ("CPACC", "OSCP", "PSM"), and the words before it, each
# capitalised as an issuer's name is ("IAAP", "Linux Foundation", "Offsec").
_SHORT_FORM = re.compile(r"[A-Z][A-Z0-9]{2,7}\+?")
_ISSUER_WORD = re.compile(r"[A-Z][\w.&-]*")


def credential_after_issuer(words: Sequence[str], certificates: Iterable[tuple[int, str]]) -> list[int]:
    """The certificate sentences (``certificates`` as (number, text)) that write the credential ``words``
    end on, when the words before it only name who issued it ("IAAP CPACC", "Linux Foundation CKA",
    "Offsec OSCP"); [] otherwise. Why: an ad puts the issuer before the short form in its own spelling (a
    brand, initials, a short name), and a résumé writes the issuer its own way or not at all; the short
    form on a certificate line is the credential held, whoever the ad says issued it."""
    if not 2 <= len(words) <= 4 or not _SHORT_FORM.fullmatch(words[-1]):
        return []
    if not all(_ISSUER_WORD.fullmatch(w) for w in words[:-1]):
        return []
    short = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
    return [n for n, text in certificates if short.search(text)]


def credential_words_held(words: Sequence[str], certificates: Iterable[tuple[int, str]]) -> list[int]:
    """The certificate sentences (``certificates`` as (number, text)) that write every word of a short
    credential name, in any order ("AWS SysOps" on "AWS Certified SysOps Administrator", "Kubernetes CKA"
    on "Certified Kubernetes Administrator (CKA)"); [] otherwise. Why: an ad shortens a certificate's
    name, and the words around ("Certified", the tier) then sit between the ones it keeps, so the name
    read as a product of the vendor (another AWS product than the one held) was shown nowhere."""
    if not 2 <= len(words) <= 4:
        return []
    patterns = [re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.IGNORECASE) for w in words]
    return [n for n, text in certificates if all(p.search(text) for p in patterns)]


# A credential's initials as an ad writes them, a tier after a hyphen included ("CPSA-F", "CPRE-FL").
_INITIALS = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,2})?")
# The credential's name on a certificate line: after the label, before its issuer or its dates.
_CERT_NAME = re.compile(r"^\s*Certificate:\s*(.+?)(?:\s+issued by\b|\s*\(|$)")


def credential_initials(words: Sequence[str], certificates: Iterable[tuple[int, str]]) -> list[int]:
    """The certificate sentences (``certificates`` as (number, text)) whose credential name the initials
    ``words`` end on spell, its issuer's name before them or not ("iSAQB CPSA-F" on "Certified
    Professional for Software Architecture - Foundation Level"); [] otherwise. Why: an ad names a
    credential by its initials where the résumé writes it out without them, so the credential held read
    as nowhere in the portfolio. Only the capitalised words of one certificate name are read, in order."""
    if not 1 <= len(words) <= 3 or not _INITIALS.fullmatch(words[-1]):
        return []
    if not all(_ISSUER_WORD.fullmatch(w) or w[:1].islower() for w in words[:-1]):
        return []
    letters = words[-1].replace("-", "").casefold()
    if len(letters) < 4:
        return []  # three letters spell too many names ("SAA" is in "SysOps Administrator - Associate")
    out = []
    for n, text in certificates:
        m = _CERT_NAME.match(text)
        if m is None:
            continue
        caps = [w[0].casefold() for w in re.findall(r"[A-Za-z][\w'&]*", m.group(1)) if w[0].isupper()]
        spelled = "".join(caps)
        if any(spelled[i : i + len(letters)] == letters for i in range(len(spelled) - len(letters) + 1)):
            out.append(n)
    return out
