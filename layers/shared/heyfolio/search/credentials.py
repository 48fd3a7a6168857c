"""Whether the owner holds the credential a question names ("is she CISM certified?").

Why: a question about a certification names words the portfolio has elsewhere - "Kubernetes" in the
skills, "Google" on another certificate, "developer" in a job title - so the closest passages rank
high and read as a yes, though no one certificate names the credential asked. A credential is held
only when one certificate, award or education entry names every name-like word of it. Read here, in
search, so the hits for such a question come back weak; the offline answerer reads the same words to
say which credential the portfolio does not mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import STOP_WORDS, analyze, expand, fold, normalize_token

__all__ = [
    "CREDENTIAL_CUE",
    "CREDENTIAL_KINDS",
    "DETERMINERS",
    "GENERIC_WORDS",
    "LEVELLED_CREDENTIAL",
    "LICENCE_CUE",
    "NAME_WORD",
    "ROLE_NOUNS",
    "absent_credential",
    "absent_field_certification",
]

DETERMINERS = frozenset({"a", "an", "the", "any", "some", "her", "his", "their", "its", "my", "our", "your"})
# words that qualify a name without being one ("a good university", "a cloud certification")
GENERIC_WORDS = frozenset(
    {
        "university", "college", "school", "uni", "institute", "top", "good", "great", "well", "known", "cloud",
        "professional", "official", "industry", "relevant", "other", "same", "this", "that", "these", "those",
        "team", "teams", "person", "office", "role", "roles", "company", "startup", "tech", "software",
        "engineering", "computer", "science", "big", "small", "large", "local", "remote", "public", "work",
        "conference", "conferences", "meetups", "events",
    }
)  # fmt: skip
# the passages a credential is held by: "TOEIC 965" is a language's
CREDENTIAL_KINDS = ("certificate", "award", "education", "language")


def _words(text: str) -> tuple[str, ...]:
    """A table written as space-separated words."""
    return tuple(text.split())


CREDENTIAL_CUE = re.compile(r"\b(?:certifications?|certificates?|certs?|certified|credentials?)\b", re.I)
# a licence is a credential too ("does she hold a pilot licence?"), named by what it licenses
LICENCE_CUE = re.compile(r"\blicen[cs]es?\b", re.I)
_HELD_CUE = re.compile(CREDENTIAL_CUE.pattern + "|" + LICENCE_CUE.pattern, re.I)
# a licence of software, not of a person ("the MIT license", "licence keys", "open-source licenses")
_SOFTWARE_LICENCE = re.compile(
    r"\b(?:software|open[- ]?source|oss|mit|gpl|lgpl|apache|bsd|mpl|commercial|enterprise|product|seat|site|"
    r"volume|user|creative commons|permissive|copyleft)\s+licen[cs]|"
    r"\blicen[cs]es?\s+(?:keys?|compliance|management|server|fees?|costs?|terms|agreements?|files?|audits?|"
    r"models?|revenue|sales|tiers?)\b",
    re.I,
)
# words that say what a credential is like, not which one ("any fancy certifications?", "a real licence")
_EVALUATIVE = frozenset(
    _words(
        "fancy useful impressive notable cool nice interesting real actual formal valid current recent new old "
        "extra additional serious main major key important recognised recognized legit proper specific "
        "particular special basic higher further relevant vocational full own"
    )
)
_ADJECTIVE_ENDING = re.compile(r"\w+(?:ful|ive|ous|able|ible|al|ic|ish|less|ed|ing)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_JOINERS = frozenset({"or", "and", "nor"})
# what a credential makes its holder, not what it is in: "a certified Apple developer" is about Apple
ROLE_NOUNS = frozenset(
    w + plural
    for w in _words(
        "developer engineer tester architect administrator admin professional specialist expert associate "
        "practitioner analyst manager consultant instructor master trainer auditor assessor designer"
    )
    for plural in ("", "s")
)  # as written: "engine" is not "engineer", though they share a stem
_SENTENCE_START = re.compile(r"(^\W*|[.?!;:]\s+|\s[-–—]\s+)([A-Z])(?=[a-z]+\b)")
# a credential named by its initials, then described ("the CKS, the Kubernetes security specialist cert")
_NAMED_THEN_DESCRIBED = re.compile(
    r"\b(?:the|a|an|her|his|their)\s+(?P<name>[A-Z][A-Z0-9+]{1,9})\s*(?:,|\(|[-–—])\s*(?:the|a|an|i\.?e\.?)?\s*"
    r"[^,.;:?!()]{0,60}?\b(?:certifications?|certificates?|certs?|credentials?|exams?)\b"
)
_EXAMPLES = frozenset({"like", "such", "including", "especially", "e", "eg", "particularly", "say"})
_HOLDER = re.compile(r"\b(?:she|he|they|her|his|their|hers|him|them)\b", re.I)
NAME_WORD = re.compile(r"[^\W_][\w+#]*")  # any script: "Noémie", "Bereś" are one word each
# a certification of a product, a company or a team, not a credential of the owner's
_ORG_CERT_AFTER = re.compile(
    r"\s+(?:audits?|process(?:es)?|projects?|requirements?|efforts?|programmes?|programs?|readiness|work|code|"
    r"software|products?|devices?|components?|hardware|firmware|systems?|environments?|compliance)\b",
    re.I,
)
_ORG_CERT_BEFORE = re.compile(
    r"\b(?:team|teams|company|companies|organi[sz]ation|product|products|device|devices|firm|employer|client|"
    r"worked on|work on|working on|helped|help|through|towards?|supported|support|led|lead|drove|drive|prepared|"
    r"prepare|achieved|achieve|get|got|getting)\b(?:\W+\w+){0,4}\W*$",
    re.I,
)
_TECHNICAL_CERT = re.compile(
    r"\b(?:tls|ssl|x\.?509|mtls|https|code[- ]signing|root|client|server|self[- ]signed|signing)\s+certific|"
    r"\bcertificates?\s+(?:pinning|authorit|rotation|management|chain|transparency|signing|store|renewal|expiry)",
    re.I,
)
# A credential held, named by its level after its field ("the AWS Developer Associate", "the GCP
# Professional Data Engineer"): read as "<it> certification".
# Asked of the holder as what she is ("is she a Google Cloud Professional Machine Learning Engineer?",
# "is Bo an Azure Developer Associate?"): two name words at least, the first no rung of a job title
# ("a Senior Frontend Expert" is a seniority, not a credential).
# (a name word has a capital, "iSAQB" too; an acronym alone before the level names the scheme: "an ISTQB
# Advanced Level Test Analyst")
LEVELLED_CREDENTIAL = re.compile(
    r"(?:\b(?:hold|holds|held|have|has|had|earned|passed|got|completed|obtained)\s+(?:the|an?|any)\s+"
    r"(?:[a-z]?[A-Z][\w+./-]*\s+){1,5}?"
    r"|\b(?:[Ii]s|[Ww]as)\s+(?:she|he|[A-Z][\w'’-]*)\s+an?\s+"
    r"(?!(?:Senior|Junior|Lead|Staff|Principal|Chief|Head|Mid|Entry)\b)"
    r"(?:(?:[A-Z][\w+./-]*\s+){2,5}?|[a-z]?[A-Z]{2,}[\w+./-]*\s+))"
    r"(?:Associate|Professional|Specialty|Practitioner|Foundation|Expert|Advanced)\b"
    r"(?>(?:\s+[A-Z][\w+./-]*){0,3})(?!\s+(?:certific\w*|certs?|exams?|credentials?)\b)"
)
# The level of a credential, part of its name after the scheme's ("Terraform Associate" and "Terraform
# Professional" are two credentials); alone or first ("any Professional certifications?") it says nothing.
_LEVEL_WORDS = frozenset(
    {"associate", "professional", "specialty", "practitioner", "foundation", "expert", "advanced"}
)
# words of a credential's name that say what kind of credential it is, not which one
_CREDENTIAL_GENERIC = frozenset({"professional", "cloud", "exam", "course", "training", "level", "official"})


def _credential_words(message: str, cue: re.Match[str], owner: set[str]) -> list[list[str]]:
    """The credentials a question names around one of its cues, each as its words: the run of words
    before the cue ("the Google Cloud Professional Data Engineer certification") joined, after
    "certified", with the run after it ("a certified Apple developer", "Certified Kubernetes
    Administrator"); credentials offered as alternatives ("AWS or GCP certs") are each one. A run ends
    at a stop word, a determiner or punctuation."""
    spans = [(m.start(), m.end(), m.group()) for m in NAME_WORD.finditer(message)]

    def stops(i: int) -> bool:
        folded = fold(spans[i][2])
        return (
            folded in STOP_WORDS
            or folded in DETERMINERS
            or folded in owner
            or folded in _EXAMPLES  # "certified in accessibility, like WCAG": the rest are examples
            or bool(CREDENTIAL_CUE.fullmatch(spans[i][2]))
        )

    def run(order: list[int], gap_of: Callable[[int], str]) -> list[list[str]]:
        alts: list[list[str]] = [[]]
        for i in order:
            gap = gap_of(i)
            joined = fold(spans[i][2]) in _JOINERS or "/" in gap or "," in gap
            if joined and alts[-1] and len(alts) < 3:
                if fold(spans[i][2]) in _JOINERS:
                    alts.append([])
                    continue
                alts.append([])
            elif stops(i) or any(ch in gap for ch in ";:?!.()'’\"“”") or (joined and not alts[-1]):
                break
            if len(alts[-1]) < 5:
                alts[-1].append(spans[i][2])
        return [a for a in alts if a]

    back = [i for i, (_, end, _) in enumerate(spans) if end <= cue.start()]
    before = run(
        list(reversed(back)),
        lambda i: message[spans[i][1] : (spans[i + 1][0] if i + 1 < len(spans) else cue.start())],
    )
    before = [list(reversed(a)) for a in before]
    after: list[list[str]] = []
    if cue.group().casefold() == "certified":
        ahead = [i for i, (start, _, _) in enumerate(spans) if start >= cue.end()]
        while ahead and fold(spans[ahead[0]][2]) in ("in", "on", "as", "for", "a", "an"):
            ahead = ahead[1:]
        after = run(ahead, lambda i: message[spans[i - 1][1] : spans[i][0]] if i else "")
    central = (before[0] if before else []) + (after[0] if after else [])
    alternatives = [central, *before[1:], *after[1:]]
    return [[w for w in a if not _YEAR.fullmatch(w)] for a in alternatives if a]


# Certifications asked by their field ("any cloud certifications?", "security certs?"), and the words a
# certificate of that field is named with (its vendors, bodies and best-known credentials): a general
# reading of how certifications are named, read broadly on the stating side.
_FIELDS: dict[str, re.Pattern[str]] = {
    "cloud": re.compile(
        r"\b(?:cloud|aws|amazon web services|azure|microsoft|gcp|google|kubernetes|cka|ckad|cks|terraform|"
        r"hashicorp|openstack|red hat|linux foundation|devops)\b",
        re.I,
    ),
    "security": re.compile(
        r"\b(?:secur\w*|cyber\w*|oscp|oswe|osce\w*|cissp|ceh|cism|cisa|gsec|giac|comptia|crest|pentest\w*|"
        r"penetration|offensive|ethical hack\w*|iso 27001|privacy|cks)\b",
        re.I,
    ),
    "data": re.compile(
        r"\b(?:data|analytics|databricks|snowflake|sql|bigquery|tableau|power bi|spark|machine learning)\b",
        re.I,
    ),
    "agile": re.compile(r"\b(?:agile|scrum|psm|csm|cspo|safe|kanban|pmp|prince2|product owner)\b", re.I),
    "project management": re.compile(r"\b(?:project|pmp|prince2|capm|agile|scrum|psm|csm|programme)\b", re.I),
    "networking": re.compile(r"\b(?:network\w*|ccna|ccnp|ccie|cisco|juniper|comptia)\b", re.I),
    "accessibility": re.compile(r"\b(?:accessib\w*|a11y|cpacc|iaap|wcag|was)\b", re.I),
    "testing": re.compile(r"\b(?:test\w*|istqb|qa|quality)\b", re.I),
    "machine learning": re.compile(
        r"\b(?:machine learning|ml|ai|artificial intelligence|deep learning|tensorflow|pytorch|data scien\w*)\b",
        re.I,
    ),
}
_FIELD_ALIASES = {"scrum": "agile", "qa": "testing", "ml": "machine learning", "ai": "machine learning"}
_FIELD_ASKED = re.compile(
    r"\b(?P<before>"
    + "|".join(sorted({*_FIELDS, *_FIELD_ALIASES}, key=len, reverse=True))
    + r")[- ](?:certifications?|certificates?|certs?|credentials?)\b|"
    r"\b(?:certifications?|certificates?|certs?|certified|credentials?) in (?P<after>"
    + "|".join(sorted({*_FIELDS, *_FIELD_ALIASES}, key=len, reverse=True))
    + r")\b",
    re.I,
)


def absent_field_certification(message: str, chunks: Sequence[Chunk]) -> str | None:
    """The field of certification a question asks about ("any cloud certifications?") when no
    certificate, award or education entry is named with a word of that field ("Certified Instructor"
    is no cloud certification), else None - also when the question names no field of the table."""
    m = _FIELD_ASKED.search(message)
    if m is None:
        return None
    asked = (m.group("before") or m.group("after")).casefold()
    field = _FIELD_ALIASES.get(asked, asked)
    said = _FIELDS[field]
    entries = [c for c in chunks if c.kind in ("certificate", "award", "education")]
    if any(said.search(f"{c.title}\n{c.text}") for c in entries):
        return None
    return f"{asked} certifications"


def absent_credential(
    message: str,
    chunks: Sequence[Chunk],
    owner_words: Iterable[str] = (),
    technologies: Callable[[str], bool] = lambda term: False,
    written: Callable[[str], bool] | None = None,
) -> str | None:
    """The credential a question names ("Certified Kubernetes Administrator", "IEC 62304 certified",
    "a certified Apple developer") when no one certificate, award or education entry names every
    name-like word of it (of any of the ones offered as alternatives: "AWS or GCP certs"), else None.
    Why one entry: each word may be in the portfolio on other credentials ("Kubernetes" on her
    Application Developer certificate, "Engineer" on a safety one), and a credential is held only
    when one entry names it. ``owner_words``: the words of the owner's name; ``technologies``: whether
    an index term is a technology's name, a credential's topic though written in lower case ("aws
    certified"); ``written``: whether the portfolio writes an index term anywhere (given, a licence is
    a credential too, and one named by a plain word the portfolio never writes - "a certified equine
    vet", "a pilot licence" - is not held, whatever its other word shares with a held one)."""
    owner = {fold(w) for w in owner_words}
    entries = [c for c in chunks if c.kind in CREDENTIAL_KINDS]
    field = absent_field_certification(message, entries)
    if field is not None:  # "any cloud certifications?" of a Certified Instructor only
        return field
    # a sentence's first word is capitalised by grammar ("Technical certifications?"), not as a name
    message = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).lower(), message)
    owner = owner | {fold(w) for name in owner for w in NAME_WORD.findall(name)}
    terse = len(NAME_WORD.findall(message)) <= 5  # "CISM cert?": a keyword search is about the owner
    if (
        not terse
        and not _HOLDER.search(message)
        and not any(re.search(rf"\b{re.escape(w)}\b", fold(message)) for w in owner)
    ):
        return None  # a certification asked of no one ("is Corvelo PCI DSS certified?") is not hers to hold
    named = _NAMED_THEN_DESCRIBED.search(message)
    if named is not None and not any(_entry_names(c, named.group("name")) for c in entries):
        # "the CKS, the Kubernetes security specialist cert?": the credential is the name before the
        # description, which may share its words with one held (the CKA's "Kubernetes")
        return named.group("name")
    # "does she hold the AWS Developer Associate?": a credential named by its level, with no cue word;
    # named so, it is one credential, held only when one entry names all of it
    levelled = bool(LEVELLED_CREDENTIAL.search(message))
    message = LEVELLED_CREDENTIAL.sub(r"\g<0> certification", message)
    for cue in (CREDENTIAL_CUE if written is None else _HELD_CUE).finditer(message):
        if _TECHNICAL_CERT.search(message[max(0, cue.start() - 12) : cue.end() + 14]):
            continue  # "certificate pinning", "TLS certificates": a certificate of software, not a credential
        if _SOFTWARE_LICENCE.search(message[max(0, cue.start() - 20) : cue.end() + 14]):
            continue  # "the MIT license", "licence keys": a licence of software, not the owner's
        before = message[: cue.start()]
        theirs = _ORG_CERT_BEFORE.search(before) and not _owner_got(before, owner)
        if _ORG_CERT_AFTER.match(message, cue.end()) or theirs:
            continue  # "ISO 27001 certification audits", "her team passed MDR certification": not hers
        runs = _credential_words(message, cue, owner)
        topics = [
            [
                w
                for w in run
                if w == fold(w)
                and fold(w) not in STOP_WORDS
                and fold(w) not in GENERIC_WORDS
                and fold(w) not in ROLE_NOUNS
            ]
            for run in runs
        ]
        # (its names too: "a Google Cloud machine learning certification" is not her AWS machine learning one)
        names = [
            [
                w
                for w in run
                if w != fold(w) and fold(w) not in GENERIC_WORDS and fold(w) not in _CREDENTIAL_GENERIC
            ]
            for run in runs
        ]
        if any(
            t and any(all(_entry_names(c, w) for w in [*t, *n]) for c in entries)
            for t, n in zip(topics, names, strict=True)
        ):
            continue  # "certified in accessibility (WCAG)": her accessibility certificate is the one asked
        if written is not None and topics and all(any(_unwritten(w, written) for w in t) for t in topics):
            # "a certified equine vet": no passage says equine, so no credential of hers is one
            return " or ".join(" ".join(run) for run in runs)
        asked = [
            [
                w
                for k, w in enumerate(alternative)
                if (
                    (fold(w) not in GENERIC_WORDS and fold(w) not in _CREDENTIAL_GENERIC)
                    or (k > 0 and w[:1].isupper() and fold(w) in _LEVEL_WORDS)
                )
                and (not w.islower() or w.isdigit() or technologies(normalize_token(fold(w))))
            ]
            for alternative in runs
        ]
        asked = [a for a in asked if a]
        holder = _holder_noun(cue, runs, message)
        if holder is not None and not any(_entry_names(c, holder) for c in entries):
            return " ".join(runs[0])  # "a certified flight dispatcher": no credential names a dispatcher
        if not asked:
            continue
        # held when one entry names every word of it; absent when some word is on no entry at all
        if not any(all(any(_entry_names(c, w) for c in entries) for w in words) for words in asked):
            return " or ".join(" ".join(words) for words in asked)
        # named with its level ("the Terraform Professional certification"), it is one credential
        ranked = any(k > 0 and fold(w) in _LEVEL_WORDS for words in asked for k, w in enumerate(words))
        if (levelled or ranked) and not any(
            any(all(_entry_names(c, w) for w in words) for c in entries) for words in asked
        ):
            return " or ".join(" ".join(words) for words in asked)
    return None


# the nouns of what a credential makes its holder ("a certified dispatcher", "a certified accountant",
# "a certified arborist"): an agent's ending, as written in lower case
_HOLDER_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant)s?")


def _holder_noun(cue: re.Match[str], runs: list[list[str]], message: str) -> str | None:
    """The last word of "certified <words>" when it names a holder in plain words ("is she a certified
    flight dispatcher?"), not a job title any credential could qualify ("a certified developer":
    ``ROLE_NOUNS``) nor a name (read with the name words): such a credential is held only when some
    credential entry names its holder, whatever the portfolio says of the trade elsewhere."""
    if cue.group().casefold() != "certified" or not runs or not runs[0]:
        return None
    last = runs[0][-1]
    if not re.search(rf"\b{re.escape(last)}\b", message[cue.end() :]):
        return None  # "is the dispatcher certified?" asks of someone else
    if last in ROLE_NOUNS or last in GENERIC_WORDS or not _HOLDER_NOUN.fullmatch(last):
        return None
    return last


def _unwritten(word: str, written: Callable[[str], bool]) -> bool:
    """Whether a plain word naming a credential's topic ("equine", "pilot") is one the portfolio never
    writes, by itself or an alias; a word saying what a credential is like ("fancy", "formal") names none."""
    folded = fold(word)
    if (
        folded in _EVALUATIVE
        or _ADJECTIVE_ENDING.fullmatch(folded)
        or not folded.isalpha()
        or len(folded) < 3
    ):
        return False
    term = normalize_token(folded)
    aliases = [t for t, w in expand(term) if w >= 1.0 and not t.startswith("kind:")]
    return not any(written(t) for t in [term, folded, *aliases])


_GOT = re.compile(r"\b(\w+)\s+(?:got|get|gets|gotten|achieved|achieve)\b", re.IGNORECASE)


def _owner_got(before: str, owner: set[str]) -> bool:
    """Whether the owner is who got the credential ("has Odile got the X certification?", "did she get
    ..."), not a team or a product she helped."""
    return any(fold(m.group(1)) in owner or _HOLDER.fullmatch(m.group(1)) for m in _GOT.finditer(before))


_LINKING = frozenset({"of", "in", "for", "and", "the", "&"})


def _initialisms(text: str) -> set[str]:
    """The initials of each run of capitalised words in ``text`` ("International Association of
    Accessibility Professionals" -> "iaap"), linking words ("of", "and") skipped."""
    out: set[str] = set()
    run: list[str] = []
    for word in [*re.findall(r"[\w&]+", text), "."]:
        if word[:1].isupper():
            run.append(word[0].casefold())
            continue
        if word.casefold() in _LINKING and run:
            continue
        if len(run) >= 3:
            out.add("".join(run))
        run = []
    return out


def _entry_names(chunk: Chunk, word: str) -> bool:
    """Whether one passage names ``word`` as written or by an alias ("k8s" -> Kubernetes)."""
    text = f"{chunk.title}\n{chunk.text}\n{' '.join(chunk.keywords)}"
    folded = fold(word)
    if folded in _written_words(text):
        return True
    if word.isupper() and len(word) >= 3 and folded in _entry_initialisms(text):
        return True
    term = normalize_token(folded)
    aliases = [t for t, w in expand(term) if w >= 1.0 and not t.startswith("kind:")][:1]
    said = _entry_terms(text)
    return any(t in said for t in [*aliases, term, folded])  # a stem counts: "Associates" of Associate


# An entry's words, initials and terms, each read once per entry text: a credential question reads the same
# certificates, awards and degrees as the last one did, and analysing an entry (stemming every word) was most
# of such a question's check (~0.3 ms at 10k passages). Pure functions of the text, so the answers are the same.
@lru_cache(maxsize=2048)
def _written_words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in NAME_WORD.findall(text))


@lru_cache(maxsize=2048)
def _entry_initialisms(text: str) -> frozenset[str]:
    return frozenset(_initialisms(text))


@lru_cache(maxsize=2048)
def _entry_terms(text: str) -> frozenset[str]:
    return frozenset(analyze(text))
