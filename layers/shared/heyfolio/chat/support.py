"""Whether the portfolio speaks to the thing a question names, in the sense the question asks.

Why: search ranks passages by closeness, so "did she study at Stanford?" finds the education
entries and "any Flink experience?" the streaming work - close in meaning, yet neither says a word
about Stanford or Flink, and quoting them reads as a yes. A question that *names* a thing (a
technology, a school, a certification, an industry) is answered only when the portfolio names it
too, and in the same sense: "MIT" of "a degree from MIT" must be in an education entry, not in
"the MIT licence" of a project. Otherwise the honest reply is that the portfolio does not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.jobfit.terms import TECH_WORDS, word_list
from heyfolio.search.chunks import KINDS, Chunk
from heyfolio.search.credentials import CREDENTIAL_CUE as _CERT_CUE
from heyfolio.search.credentials import DETERMINERS as _DETERMINERS
from heyfolio.search.credentials import GENERIC_WORDS as _SLOT_GENERIC
from heyfolio.search.credentials import LEVELLED_CREDENTIAL as _LEVELLED
from heyfolio.search.credentials import NAME_WORD as _NAME_WORD
from heyfolio.search.credentials import ROLE_NOUNS as _ROLE_NOUNS
from heyfolio.search.credentials import absent_credential
from heyfolio.search.numbered_names import absent_numbered_names, numbered_names
from heyfolio.search.schools import SCHOOL_KINDS, SCHOOL_SLOT, SCHOOLING, WENT_SLOT, unnamed_school
from heyfolio.search.text import STOP_WORDS, analyze, expand, fold, normalize_token

__all__ = [
    "Vocabulary",
    "missing_compounds",
    "missing_names",
    "only_missing_names",
    "unsupported",
    "vocabulary",
]

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#_]*")  # "io_uring" is one name, not "io" (of iOS)
# a name as a question writes it: "Next.js" is one name, not "Next" and the "js" of JavaScript
_NAME_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#_]*(?:\.js\b)?", re.IGNORECASE)
# Technology names that are also everyday words ("go to", "a swift reply", "REST"): a name only
# when written as one (capitalised).
_EVERYDAY = frozenset(
    {"go", "rest", "chef", "puppet", "spring", "rails", "operator", "operators", "lambda", "envoy"}
)
_EVERYDAY |= frozenset(
    {"raft", "ci", "cd", "rfc", "rfcs", "sql", "etl", "linux", "unix", "windows", "node.js"}
    | {"solid", "polar", "polars", "spark", "flask", "helm", "swift", "pandas", "nat", "window", "pulsar"}
)
# Disciplines, not names ("devops", "SRE", "ETL"): the portfolio shows them by other words.
_PRACTICES = frozenset(
    normalize_token(w)
    for w in word_list(
        "devops sre mlops gitops iac cicd ci cd etl elt nosql sql rest llm llms nlp crossteam designsystem gpu "
        "gpus operator operators rfc rfcs blockchain"
    )
)


@dataclass(frozen=True)
class Vocabulary:
    """What the portfolio says, as index terms and as words written (folded), overall and by the
    kind of passage that says them."""

    terms: frozenset[str]
    words: frozenset[str]
    by_kind: dict[str, frozenset[str]]

    def names(self, word: str, kinds: Sequence[str] = ()) -> bool:
        """Whether the portfolio (only passages of ``kinds``, if given) names ``word`` as written
        or by an alias ("k8s" -> Kubernetes) - not by a stem that merges senses ("iOS" is not the
        "io" of io_uring)."""
        folded = fold(word)
        pool = frozenset().union(*(self.by_kind.get(k, frozenset()) for k in kinds)) if kinds else None
        if folded in self.words and pool is None:
            return True
        term = normalize_token(folded)
        aliases = [t for t, w in expand(term) if w >= 1.0 and not t.startswith("kind:")][:1]
        if pool is not None and ({term, folded, *aliases} & pool):
            return True
        merged = term == folded.rstrip("s") and term != folded  # a plural stem, not an alias
        if merged or pool is not None:
            return False
        return any(t in self.terms for t in aliases or [term])


_CACHE: dict[tuple[int, ...], tuple[tuple[Chunk, ...], Vocabulary]] = {}


def vocabulary(chunks: Sequence[Chunk]) -> Vocabulary:
    """The vocabulary of ``chunks``, built once per set of passages.

    Remembered by the passages themselves, not by the list holding them: the offline answerer
    hands a freshly filtered list of the same passages for each question (projects without live
    figures withheld), and a cache keyed by the list rebuilt the vocabulary on every question -
    most of an answer's time. The passages are checked one by one to be the very same objects."""
    key = tuple(map(id, chunks))
    held = _CACHE.get(key)
    if held is not None and all(a is b for a, b in zip(held[0], chunks, strict=True)):
        return held[1]
    terms: set[str] = set()
    words: set[str] = set()
    by_kind: dict[str, set[str]] = {}
    for c in chunks:
        text = f"{c.title}\n{c.text}\n{' '.join(c.keywords)}"
        said = set(analyze(text))
        written = {fold(w) for w in _WORD.findall(text)}
        terms |= said
        words |= written
        by_kind.setdefault(c.kind, set()).update(said | written)
    vocab = Vocabulary(frozenset(terms), frozenset(words), {k: frozenset(v) for k, v in by_kind.items()})
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[key] = (tuple(chunks), vocab)
    return vocab


# The slots that name a thing of one kind: a school ("study at", "a degree from", "an MIT grad";
# ``schools``), a certification ("an Azure certification", "certified in"), an industry ("worked in
# healthcare").
_INDUSTRY = re.compile(
    r"\b(?:work(?:ed|s|ing)?|experience|background|career|jobs?|roles?)\s+in\s+(?:the\s+)?([a-z][\w-]*)"
    r"(?:\s+(?:industry|sector|space|domain|field))?\b"
    r"|\b([a-z][\w-]*)\s+(?:industry|sector)\b",
    re.IGNORECASE,
)
_PLACE_KINDS = (
    "education",
    "basics",
    "work",
    "volunteer",
    "award",
    "publication",
    "post",
    "faq",
    "reference",
)


def _slot_words(phrase: str) -> list[str]:
    words = [w for w in _WORD.findall(phrase) if fold(w) not in STOP_WORDS and fold(w) not in _DETERMINERS]
    return [w for w in words if fold(w) not in _SLOT_GENERIC and not w.isdigit()]


def _tech_names(message: str) -> list[str]:
    """The technology names the question writes ("Flink", "mongodb", "iOS"); a name that is also an
    everyday word counts when capitalised or listed with another name ("iOS or swift")."""
    out: list[str] = []
    raws = _NAME_TOKEN.findall(message)
    for i, raw in enumerate(raws):
        folded = fold(raw)
        dotted = folded.endswith(".js")  # "Next.js", "D3.js": a JavaScript library's name, whole
        if normalize_token(folded) not in TECH_WORDS and folded not in TECH_WORDS and not dotted:
            continue
        if _verb_form(folded):  # "money went to ...", "she reacted": a verb, not Go or React
            continue
        listed = any(
            0 <= j < len(raws) and fold(raws[j]) in ("or", "and") and _tech_word(raws[j + j - i])
            for j in (i - 1, i + 1)
            if 0 <= j + j - i < len(raws)
        )
        if (folded in _EVERYDAY and not raw[:1].isupper() and not listed) or normalize_token(
            folded
        ) in _PRACTICES:
            continue
        if folded not in (fold(w) for w in out):
            out.append(raw)
    return out


def _verb_form(folded: str) -> bool:
    """Whether a word only its lemma makes a technology's name is a verb's form: past or progressive
    ("reacted", "going") or irregular ("went" of "go")."""
    if folded in TECH_WORDS:
        return False
    lemma = normalize_token(folded)
    if not folded.startswith(lemma):
        return True
    rest = folded[len(lemma) :]
    rest = rest[1:] if rest[:1] == lemma[-1:] else rest  # "shipped", "running": a doubled letter
    return rest in ("ed", "d", "ing")  # "Dockerized" names Docker


def _tech_word(raw: str) -> bool:
    folded = fold(raw)
    return folded not in _EVERYDAY and (normalize_token(folded) in TECH_WORDS or folded in TECH_WORDS)


_AMOUNT_WENT = re.compile(r"\bhow (?:much|many)\b", re.IGNORECASE)


def unsupported(message: str, chunks: Sequence[Chunk], owner_words: Sequence[str] = ()) -> list[str]:
    """The things ``message`` names that the portfolio does not name in the sense asked - a
    school no education entry names, a certification no certificate names, an industry no
    passage names - else ``[]``. (A technology the portfolio never names: :func:`missing_names`
    says which, beside the closest evidence; refusing outright cost a never-tuned set an answer.)"""
    vocab = vocabulary(chunks)
    owner = {fold(w) for w in owner_words}
    credential = absent_credential(message, chunks, owner_words, TECH_WORDS.__contains__)
    if credential:
        return [credential]
    slots: list[tuple[re.Pattern[str], tuple[str, ...]]] = [(SCHOOL_SLOT, SCHOOL_KINDS)]
    slots.append((WENT_SLOT, SCHOOL_KINDS if SCHOOLING.search(message) else _PLACE_KINDS))
    for pattern, kinds in slots:
        for m in pattern.finditer(message):
            slot = next((g for g in m.groups() if g), "")
            if pattern is WENT_SLOT and (
                _AMOUNT_WENT.search(message, 0, m.start())
                or (m.group(0)[:5].casefold() == "going" and slot[:1].islower())
            ):
                # "how much money went to outside researchers?": an amount went, not the owner; "is she
                # going to need a visa?": what she will do, not a place she goes to
                continue
            words = [w for w in _slot_words(slot) if fold(w) not in owner and _name_like(w, vocab)]
            if words and not any(vocab.names(w, kinds) for w in words):
                return [" ".join(words)]
    # "did he study at Seoul National University?": each word may be named (his city, his school's
    # "National University"), but no one education entry names the school
    school = unnamed_school(message, chunks, owner_words)
    if school:
        return [school]
    for m in _INDUSTRY.finditer(message):
        word = m.group(1) or m.group(2) or ""
        if len(word) >= 4 and _slot_words(word) and not _known_idea(word, vocab, _WORKED_KINDS):
            return [word]
    return []


def _name_like(word: str, vocab: Vocabulary) -> bool:
    """A word that names something: written with a capital ("MIT", "Azure"), a technology, or a
    word the portfolio never uses ("stanford") - not an adjective like "recent"."""
    folded = fold(word)
    return word != folded or normalize_token(folded) in TECH_WORDS or folded not in vocab.words


def _known_idea(word: str, vocab: Vocabulary, kinds: Sequence[str] = ()) -> bool:
    """An industry is named by its word or a close relative ("fintech": payments), in passages of
    ``kinds`` when given (what she did, not what she likes: "board games" is no gaming industry)."""
    term = normalize_token(fold(word))
    if term in STOP_WORDS:
        return True
    pool = frozenset().union(*(vocab.by_kind.get(k, frozenset()) for k in kinds)) if kinds else None
    words, terms = (pool, pool) if pool is not None else (vocab.words, vocab.terms)
    folded = fold(word)
    if folded in words:
        return True
    if any(t in terms for t, w in expand(term) if not t.startswith("kind:") and w >= 0.5):
        return True
    # a compound opening with a word the portfolio has: "healthcare" of a health app's job
    return any(len(w) >= 5 and folded.startswith(w) and w.isalpha() for w in words)


# where a passage says in what industry the owner has worked (or in what language): not her interests
_WORKED_KINDS = tuple(k for k in KINDS if k != "interest")


def missing_names(message: str, chunks: Sequence[Chunk]) -> list[str]:
    """The technologies a question names that no passage names ("any Flink experience?"), to say
    so before the closest passages. Not a refusal: a question naming Java may still be answered
    by the TypeScript work, so the reader is told what is missing and shown what is there."""
    vocab = vocabulary(chunks)
    return [w for w in _tech_names(message) if not vocab.names(w)] + _absent_numbered(message, chunks)


def _absent_numbered(message: str, chunks: Sequence[Chunk]) -> list[str]:
    """The numbered names ("DO-254") ``message`` writes that no passage writes (``numbered_names``)."""
    return absent_numbered_names(message, (f"{c.title}\n{c.text}" for c in chunks))


# Technologies one of which is evidence for the other (TypeScript is JavaScript with types): asked
# about one, the portfolio naming the other speaks to it.
_FAMILY = {
    "javascript": ("typescript", "node.js"),
    "typescript": ("javascript",),
    "node.js": ("javascript", "typescript"),
}


# "Kafka Streams", "Terraform Cloud", "React Native": a product named by a technology's name and a
# word of its own. Each word may be in the portfolio ("Kafka" in the skills, "cloud" in a heading)
# while the product is not; a list of two technologies ("Python Django") names two things.
def missing_compounds(message: str, chunks: Sequence[Chunk]) -> list[str]:
    """The products a question names as a technology's name plus capitalised words of their own
    ("Kafka Streams", "Google Kubernetes Engine") that the portfolio never writes together, though it
    names the technology: asked about them, the technology's passages answer another question."""
    vocab = vocabulary(chunks)
    if _CERT_CUE.search(message) or _LEVELLED.search(message):
        return []  # a credential's name: the credential check reads it
    raws = _NAME_WORD.findall(message)
    out: list[str] = []
    for i, head in enumerate(raws):
        if not _tech_word(head) or not vocab.names(head):
            continue
        tail: list[str] = []
        for word in raws[i + 1 : i + 3]:
            if (
                not (word[:1].isupper() and word[1:2].islower())
                or _tech_word(word)
                or fold(word) in STOP_WORDS
            ):
                break
            tail.append(word)
        if not tail or fold(tail[-1]) in _ROLE_NOUNS:
            continue  # "AWS Solutions Architect" names a role or a credential, not a product
        if _written_together([head, *tail], chunks) or fold(tail[-1]) in _listed_items(chunks):
            continue  # "Python Celery" of a portfolio listing Celery: two technologies
        vendor = (
            raws[i - 1] if i and raws[i - 1][:1].isupper() and fold(raws[i - 1]) not in STOP_WORDS else ""
        )
        out.append(" ".join(w for w in (vendor, head, *tail) if w))
    # written as one word: "SwiftData", "JavaScript" of a portfolio naming Swift or Java but not them
    for raw in raws:
        m = _FUSED.fullmatch(raw)
        if m is None or raw in out or vocab.names(raw) or fold(raw) in _listed_items(chunks):
            continue
        head = fold(m.group(1))  # capitalised inside a name, "Swift" is the language, not "swift"
        if (head in TECH_WORDS or normalize_token(head) in TECH_WORDS) and vocab.names(m.group(1)):
            out.append(raw)
    return out


# A product named by a technology's name and a capitalised word of its own, fused ("SwiftData").
_FUSED = re.compile(r"([A-Z][a-z]+)(?:[A-Z][a-z]+)+")


_ITEM_SPLIT = re.compile(r"[,;:()\n]|\band\b")


def _listed_items(chunks: Sequence[Chunk]) -> frozenset[str]:
    """Every item the portfolio lists on its own (keywords, comma-separated lists), folded: a
    technology it names as one thing."""
    key = tuple(map(id, chunks))
    held = _ITEMS.get(key)
    if held is not None:
        return held
    items = {fold(k) for c in chunks for k in c.keywords}
    for c in chunks:
        items.update(fold(part.strip()) for part in _ITEM_SPLIT.split(c.text) if 0 < len(part.strip()) <= 40)
    out = frozenset(items)
    if len(_ITEMS) > 16:
        _ITEMS.clear()
    _ITEMS[key] = out
    return out


_ITEMS: dict[tuple[int, ...], frozenset[str]] = {}


def _written_together(words: Sequence[str], chunks: Sequence[Chunk]) -> bool:
    """Whether one passage writes ``words`` in a row, by their stems ("Kubernetes operators" is said by
    "a Kubernetes operator")."""
    asked = [t for w in words for t in analyze(w)]
    if not asked:
        return True
    n = len(asked)
    for c in chunks:
        said = analyze(f"{c.title}\n{c.text}\n{' '.join(c.keywords)}")
        if any(said[k : k + n] == asked for k in range(len(said) - n + 1)):
            return True
    return False


def only_missing_names(message: str, chunks: Sequence[Chunk]) -> list[str]:
    """The technologies ``message`` names when the portfolio names none of them (nor a close kin:
    TypeScript for JavaScript), else ``[]``. Asked "has she built stream processing jobs with Flink?",
    the streaming work is what the portfolio has, not what was asked: shown after "the portfolio
    doesn't mention Flink" it still reads as a yes. Checked only once nothing more specific (a
    ranking, a count, a screening fact) has answered."""
    vocab = vocabulary(chunks)
    compounds = missing_compounds(message, chunks)
    heads = {fold(c.split()[0]) for c in compounds} | {fold(w) for c in compounds for w in c.split()[1:]}
    named = [w for w in _tech_names(message) if fold(w) not in heads]
    numbered = _absent_numbered(message, chunks)
    if numbered and len(numbered) == len(numbered_names(message)) and not named and not compounds:
        return numbered  # "has she worked with DO-254?": DO-178C is another standard
    if compounds and not named:
        return compounds  # "has she used Kafka Streams?": Kafka is there, Kafka Streams is not
    if not named:
        return []
    kin = [k for w in named for k in _FAMILY.get(normalize_token(fold(w)), ())]
    if any(vocab.names(w) for w in [*named, *kin]) or any(_misspelt(w, vocab) for w in named):
        return []
    return [*compounds, *named]


def _misspelt(word: str, vocab: Vocabulary) -> bool:
    """Whether ``word`` is a misspelling of a technology the portfolio writes ("kubernets",
    "pyhton"): not itself a name ("Scala" is not a misspelt "scale"), and one edit from one (two for
    a long word), so the question asks about that one, not a new name."""
    folded = fold(word)
    if len(folded) < 5 or folded in TECH_WORDS:
        return False
    most = 1 if len(folded) < 8 else 2
    return any(
        abs(len(w) - len(folded)) <= most
        and w[:1] == folded[:1]
        and _edits(folded, w, most) <= most
        and (w in TECH_WORDS or normalize_token(w) in TECH_WORDS)
        for w in vocab.words
    )


def _edits(a: str, b: str, most: int) -> int:
    """The edit distance of ``a`` and ``b`` (a swap of two neighbours counts once), or ``most + 1``
    once it is sure to exceed ``most``."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > most:
            return most + 1
        prev2, prev = prev, cur
    return prev[-1]
