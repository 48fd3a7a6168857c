"""Whether a certificate's validity, asked about, is stated: "is her CKA still valid?", "when does it expire?".

Why: a question about a certificate's validity names the certificate, so its entry ranks first and
reads as an answer ("Certified Kubernetes Administrator, 2020-06"), though a date earned says nothing
of whether it still holds: many certificates lapse after two or three years, some never do, and only
the owner knows whether she renewed. A recruiter reads the date as a yes. So the validity of a
certificate is answered only where a passage states it - expired, valid until, renewed, in progress -
for the certificate asked about (or any, when the question names none); a certificate the question
names that no certificate entry lists has no validity to state at all.

Read narrowly on the asking side (a validity word with a credential, not "is her React still
current?") and broadly on the stating side (any word that may carry it), so an answerable question is
never turned down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.credentials import CREDENTIAL_CUE, GENERIC_WORDS, NAME_WORD, ROLE_NOUNS
from heyfolio.search.text import STOP_WORDS, fold

__all__ = ["asked_certificates", "asks_validity", "mentions_validity", "validity_unstated"]

# "still valid", "expire", "renewed", "lapsed": said of a credential whatever the question's wording
_VALIDITY = re.compile(
    r"\b(?:(?:still|currently|yet) (?:valid|active|in force|good)|valid (?:until|till|through|to)|"
    r"expir\w*|renew\w*|lapsed?|recertif\w*|valid(?:ity)?|kept up)\b",
    re.IGNORECASE,
)
# "still current", "up to date": validity only when a credential word is there ("is her React current?"
# asks whether she still uses it)
_CURRENT = re.compile(r"\b(?:still current|current|up to date|up-to-date|in date)\b", re.IGNORECASE)
# papers of a person's status, not a credential: answered by what the summary says of work rights
_STATUS = re.compile(
    r"\b(?:visa|permit|passport|work authori[sz]ation|residen\w*|citizenship|green card|clearance)\b",
    re.IGNORECASE,
)
# any word that may carry a credential's validity, on the stating side
_STATED = re.compile(
    r"\b(?:expir\w*|valid\w*|renew\w*|recertif\w*|lapsed?|in progress|booked|until|till|through \d{4}|"
    r"active|current|ongoing|not renewed|revoked|maintain\w*)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(^\W*|[.?!;:]\s+)([A-Z])(?=[a-z]+\b)")


def _split(text: str) -> list[str]:
    """A table written as space-separated words."""
    return text.split()


_ASKING_WORDS = frozenset(
    fold(w)
    for w in _split(
        "is are was were does do did has have had her his their its still valid validity current expire expires "
        "expired expiry expiration when renew renewed renewal lapse lapsed active cert certs certificate "
        "certificates certification certifications certified credential credentials i what how long until date"
    )
)


def mentions_validity(question: str) -> bool:
    """Whether ``question`` has a word a validity question is asked with (cheap: read before the
    certificates are)."""
    return bool(_VALIDITY.search(question) or _CURRENT.search(question))


def asks_validity(question: str) -> bool:
    """Whether ``question`` asks whether a credential still holds (or when it ends): a validity word
    ("still valid", "expire", "renewed"), or "current" beside a credential word ("her AWS cert still
    current?"; not "the AWS bill at her current company")."""
    if _STATUS.search(question):
        return False
    if _VALIDITY.search(question):
        return True
    return bool(_CURRENT.search(question) and CREDENTIAL_CUE.search(question))


def _asked_words(question: str, owner: Iterable[str], certificates: Sequence[Chunk] = ()) -> list[str]:
    """The words naming the credential asked about: those written with a capital inside the sentence
    or in capitals ("AWS Cloud Practitioner", "CKA"), or in lower case as a certificate writes them
    ("istqb still valid?"), not the owner's name nor the asking words."""
    mine = {fold(w) for name in owner for w in NAME_WORD.findall(name)}
    text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).lower(), question)
    out = []
    for word in NAME_WORD.findall(text):
        folded = fold(word)
        if folded in mine or folded in STOP_WORDS or folded in _ASKING_WORDS:
            continue
        if word == folded and not (
            folded not in GENERIC_WORDS
            and folded not in ROLE_NOUNS
            and any(_names_all(c, [folded]) for c in certificates)
        ):
            continue
        out.append(folded)
    return out


def _named(certificates: Sequence[Chunk], words: Sequence[str]) -> list[Chunk]:
    """The certificates ``words`` name: every word on one ("Cloud Engineer"), else every word that is
    not a credential's kind ("professional", "engineer"), else any such word ("AWS" of "AWS ML")."""
    if not words:
        return list(certificates)
    named = [c for c in certificates if _names_all(c, words)]
    distinctive = [w for w in words if w not in GENERIC_WORDS and w not in ROLE_NOUNS]
    if not named and distinctive:
        named = [c for c in certificates if _names_all(c, distinctive)]
        named = named or [c for c in certificates if any(_names_all(c, [w]) for w in distinctive)]
    return named


def _names_all(chunk: Chunk, words: Sequence[str]) -> bool:
    said = {fold(w) for w in NAME_WORD.findall(f"{chunk.title}\n{chunk.text}\n{' '.join(chunk.keywords)}")}
    return all(w in said for w in words)


def asked_certificates(
    question: str, certificates: Sequence[Chunk], owner: Iterable[str] = ()
) -> list[Chunk]:
    """The certificates among ``certificates`` the question names ("is her CKA still valid?" -> the
    CKA), or [] when it names none of them (or no certificate by name at all)."""
    words = _asked_words(question, owner, certificates)
    return _named(certificates, words) if words else []


def validity_unstated(
    question: str, certificates: Sequence[Chunk], found: Sequence[Chunk] = (), owner: Iterable[str] = ()
) -> bool:
    """Whether ``question`` asks a credential's validity that no passage states: the certificate
    entries it names (all of ``certificates`` when it names none) and the passages search ``found``
    naming it state no expiry, renewal or status; or it names a credential no certificate lists."""
    if not asks_validity(question):
        return False
    words = _asked_words(question, owner, certificates)
    named = _named(certificates, words)
    cued = bool(CREDENTIAL_CUE.search(question))
    if not cued and (not words or not named):
        return False  # "was her contract renewed at X?", "when does it expire?": no credential asked about
    if not named:
        # "is her PMP certification still valid?" of no PMP: a credential not listed has no validity to
        # state; an owner with no certificates: nothing to read either
        return True
    if any(_STATED.search(f"{c.title}\n{c.text}") for c in named):
        return False
    # "renewed my CKA in 2024" in a job or the summary: a sentence naming it, stating its status
    for chunk in found:
        if chunk in named or not words:
            continue
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", chunk.text):
            said = {fold(w) for w in NAME_WORD.findall(sentence)}
            if all(w in said for w in words) and _STATED.search(sentence):
                return False
    return True
