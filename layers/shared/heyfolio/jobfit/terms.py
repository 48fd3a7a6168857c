"""What a requirement names: the things it asks for, split from the way job ads talk.

Why: "Run performance investigations on NVMe-backed storage nodes" asks for NVMe storage work;
"investigations" is how the ad phrases it. Requiring every word of a requirement to appear in the
content turned good fits into "partial"; letting any word carry it turned decoys into "matched".
So a requirement is read as *units*: a named thing (a product, a language, an acronym, a proper
noun, a known technology: "Kafka", "PCI DSS", "Google Cloud Platform", "io_uring") must be shown
itself or by a true equivalent; a plain word ("storage", "investigations") only adds weight.
Alternatives are one unit ("Raft or Paxos", "experiment tracking (MLflow, Weights & Biases)",
"frameworks such as PyTorch or TensorFlow"): any one of them shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from heyfolio.jobfit.evidence import norm_text, number_value
from heyfolio.jobfit.issuers import unbracketed
from heyfolio.jobfit.makers import MAKERS
from heyfolio.jobfit.vendor_words import VENDORS
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import FIELD_CONCEPTS, STOP_WORDS, analyze, normalize_token

__all__ = [
    "TECH_WORDS",
    "TRAILING_GENERIC",
    "Unit",
    "folds_plain_verbs",
    "joined_pairs",
    "layout",
    "units",
    "word_list",
]


def word_list(text: str) -> tuple[str, ...]:
    """A table written as space-separated words."""
    return tuple(text.split())


# Technology and domain nouns named in lower case ("experience with kafka"): a named thing wherever
# it stands. General engineering vocabulary, not any one job's words.
_TECH_WORDS = frozenset(
    normalize_token(w)
    for w in word_list("""
    kubernetes docker kafka redpanda rabbitmq pulsar kinesis nats sqs redis memcached postgresql postgres mysql
    sqlite mongodb dynamodb cassandra elasticsearch opensearch clickhouse snowflake bigquery redshift databricks
    spark flink airflow dagster dbt hadoop terraform pulumi cloudformation ansible puppet chef helm istio linkerd
    envoy nginx prometheus grafana datadog opentelemetry jaeger splunk aws gcp azure eks gke aks lambda s3 ec2
    python rust go golang java kotlin scala clojure elixir erlang haskell ocaml ruby php perl swift objective-c
    javascript typescript react angular vue svelte node.js deno graphql grpc protobuf rest webgl webassembly wasm
    django flask fastapi rails spring laravel pandas polars numpy scipy pytorch tensorflow keras jax lightgbm
    xgboost scikit mlflow kubeflow sagemaker tokio io_uring linux unix windows macos ios android esp32 stm32
    arduino micropython fpga verilog vhdl cuda gpu gpus tla+ coq raft paxos kubebuilder operator operators
    rfc rfcs sql nosql etl elt ci cd cicd gitops devops sre mlops llm llms nlp blockchain solidity
    iac bioinformatics designsystem flutter dart xamarin ionic tailwind
    """)
)
TECH_WORDS = _TECH_WORDS
# Words that end a named phrase's run but never start or make one ("Google Cloud *Platform*").
_TRAILING_GENERIC = frozenset(
    normalize_token(w)
    for w in word_list("api apis sdk platform platforms framework library service services cloud")
)
TRAILING_GENERIC = _TRAILING_GENERIC
_TOKEN = re.compile(r"[A-Za-z0-9][\w.+#'’/-]*[\w+#]|[A-Za-z0-9]|[,;()&:]|/")
# "like" introduces examples unless it is the verb of wanting ("They'd like 10+ years in data engineering").
_LIKE_VERB = r"(?<!\bwould )(?<!['’]d )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bi )(?<!\bwho )(?<!\balso )"
_EXAMPLES = re.compile(
    r"\b(?:such as|e\.g\.?|for example|for instance|" + _LIKE_VERB + r"like|including|ideally)\s+", re.I
)
_STOP = frozenset(STOP_WORDS)


@dataclass(frozen=True)
class Unit:
    """One thing the requirement asks for: any alternative shows it. ``named``: it must be shown."""

    alternatives: tuple[tuple[str, ...], ...]  # each: the words of a phrase, as written
    named: bool


# Plain words the stemmer folds onto a technology's term ("operating", "operations" -> "oper", as "operator").
_STEMMED_ONTO_TECH = frozenset(
    word_list("operate operates operated operating operation operations operational operationally")
)


_VERB_STEMS = frozenset(normalize_token(w) for w in _STEMMED_ONTO_TECH)


def folds_plain_verbs(term: str) -> bool:
    """Whether a technology's term is also what plain verbs stem to ("operator" and "operating" both index
    as "oper"): the technology is then shown only where its own word is written."""
    return term in _VERB_STEMS


def _is_named(tok: str, initial: bool, weak: frozenset[str]) -> bool:
    if not any(c.isalpha() for c in tok):
        return False
    low = tok.casefold()
    term = normalize_token(low)
    if any(c.isdigit() for c in tok) or any(c in tok for c in "+#_") or "." in tok:
        return True  # S3, C++, C#, io_uring, Node.js
    if len(tok) >= 2 and any(c.isupper() for c in tok[1:]):
        return True  # AWS, PCI, GoogleMaps, iOS, MLflow
    if initial and term in _AD_WORDS:
        return False  # "Solid understanding of ...": the ad's praise opening a line, not SolidJS
    if low in _STEMMED_ONTO_TECH:
        return False  # "operating Kafka": the verb, which the stemmer folds onto "operator"
    if term in _TECH_WORDS:
        return True
    if low in _STOP or term in weak:
        return False
    return tok[0].isupper() and not initial  # Berlin, Rust, Bluetooth Low Energy


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if "/" in tok and tok != "/" and len(tok) > 5:  # "Go/Rust" are two; "CI/CD", "UI/UX", "I/O" one
            for i, p in enumerate(tok.split("/")):
                if i:
                    out.append("/")
                if p:
                    out.append(p)
            continue
        out.append(tok.rstrip("'’"))
    return out


def _alpha(tok: str) -> bool:
    return any(c.isalpha() for c in tok)


def _verb_before_technology(first: str, nxt: str) -> bool:
    """ "Tune Spark jobs", "Profile Kafka consumers": a line's first word before a technology known by its
    own name is the verb acting on it, not the first word of a longer name; a vendor before it ("Apache
    Spark") is part of its name, and so is any word before a name not known alone ("Jetpack Compose")."""
    low = nxt.casefold()
    known = normalize_token(low) in _TECH_WORDS or low in TECHNOLOGY_NAMES
    return known and _owner_of(first) not in VENDORS


def _maker(word: str) -> bool:
    """A word that opens a product's name as its maker ("Amazon EKS", "Google's Firebase", "Meta's PyTorch"):
    a known vendor, or any capitalised name in the possessive, which is never a verb."""
    return _owner_of(word) in MAKERS or bool(re.fullmatch(r"[A-Z][\w.-]*['’]s", word))


def _owner_of(word: str) -> str:
    """A word as a maker's name: "Google's" is Google (the possessive says whose product follows)."""
    return re.sub(r"['’]s$", "", word).casefold()


def _phrases(
    tokens: list[str], weak: frozenset[str], initial_first: bool
) -> list[tuple[tuple[str, ...], bool]]:
    """Runs of named tokens joined into phrases ("Google Cloud Platform", "Weights & Biases"); every
    other word alone, punctuation kept as one-token markers. (phrase, named)."""
    out: list[tuple[tuple[str, ...], bool]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            while (
                len(run) > 1
                and normalize_token(run[-1].casefold()) in _TRAILING_GENERIC
                and (run[-1][:1].islower() or run[-1].casefold() in ("apis", "sdks"))
            ):
                run.pop()
            out.append((tuple(run), True))
            run.clear()

    for i, tok in enumerate(tokens):
        initial = i == 0 and initial_first
        if tok == "&" and run and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            run.append(tok)
            continue
        named = _is_named(tok, initial, weak)
        if (
            not named
            and initial
            and tok[:1].isupper()
            and tok.casefold() not in _STOP
            and i + 1 < len(tokens)
        ):
            # "Bluetooth Low Energy", "Google Cloud Platform": a capitalised first word opening a name
            nxt = tokens[i + 1]
            named = (
                nxt[:1].isupper() and nxt[1:2].islower() and _alpha(nxt)
                and normalize_token(tok.casefold()) not in weak
                and not _verb_before_technology(tok, nxt)
            ) or (_maker(tok) and _is_named(nxt, False, weak))  # fmt: skip
        cap_generic = bool(run) and tok[:1].isupper() and tok.isalpha()
        if named or cap_generic:
            run.append(tok)
            continue
        close()
        out.append(((tok,), False))
    close()
    return out


def _content(phrase: tuple[str, ...], weak: frozenset[str]) -> bool:
    if any(_is_named(t, True, weak) for t in phrase):
        return True  # "OR-Tools" is a name even though its words are "or" and "tools"
    terms = analyze(" ".join(phrase))
    return any(t not in weak for t in terms)


_FILLER = frozenset(
    {"a", "an", "another", "other", "any", "some", "the", "similar", "equivalent", "comparable"}
)
_HEAD_GENERIC = frozenset(
    word_list(
        "frameworks framework tools tool libraries library technologies technology platforms platform languages "
        "systems solutions products experience skills knowledge"
    )
)


# "e.g.", "i.e.", "eg." opening examples inside brackets
_EXAMPLE_MARK = re.compile(r"(?<![\w.])(?:e\.\s?g|i\.\s?e)\.?(?![\w])|(?<![\w.])eg\.(?!\w)", re.IGNORECASE)


def _stop(tok: str, shouting: bool) -> bool:
    """A stop word, unless written as an acronym in text that is not all capitals ("CAN, LIN, FlexRay":
    the CAN bus, not the verb)."""
    return tok.casefold() in _STOP and (shouting or not (tok.isupper() and len(tok) >= 2))


def _examples(piece: str, weak: frozenset[str]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    piece = _EXAMPLE_MARK.sub(" ", piece)  # "(e.g. PostgreSQL, MySQL)": the mark is no part of a name
    shouting = bool(re.search(r"\b[A-Z]{6,}\b", piece))  # all capitals: its acronyms are not told apart
    for part in re.split(r",|;|\bor\b|\band\b|(?<!\w)/(?!\w)", piece):
        # "JPA/Hibernate": two examples, split as the main phrase splits them ("CI/CD" stays one)
        pieces: list[list[str]] = [[]]
        for t in _tokens(part):
            if t == "/":
                pieces.append([])
            else:
                pieces[-1].append(t)
        for toks_of in pieces:
            words: list[str] = []
            for t in toks_of:
                if _stop(t, shouting) and words:
                    break  # "TensorFlow is required"
                if _alpha(t) and not _stop(t, shouting) and t != "&":
                    words.append(t)
            toks = tuple(words)
            if toks and _content(toks, weak) and toks[0].casefold() not in _FILLER:
                out.append(toks)
    return out


def _head(piece: str, weak: frozenset[str]) -> tuple[str, ...]:
    """The thing examples illustrate: the last one or two words before them ("deep learning frameworks")."""
    toks = [t for t in _tokens(piece) if _alpha(t)]
    while toks and (toks[-1].casefold() in _STOP or toks[-1].casefold() in _HEAD_GENERIC):
        toks.pop()
    head: list[str] = []
    for t in reversed(toks):
        if t.casefold() in _STOP or len(head) == 2:
            break
        head.insert(0, t)
    return tuple(head)


_TOOLS = frozenset(word_list("frameworks framework libraries library tools tool"))


def _tools_for(piece: str, head: tuple[str, ...], weak: frozenset[str]) -> bool:
    """ "A JavaScript framework (React, Vue or Angular)", "Python libraries such as pandas": the examples
    are tools made for the technology the head names, not that technology, which the owner may show
    without any of them; "deep learning frameworks (PyTorch)" names a field, which they do show."""
    toks = [t for t in _tokens(piece) if _alpha(t) and t.casefold() not in _STOP]
    return bool(toks) and toks[-1].casefold() in _TOOLS and len(head) == 1 and _is_named(head[0], False, weak)


_DETERMINERS = frozenset(
    word_list("our the a an your their its this these those new existing all every internal large complex")
)


def _main_units(piece: str, weak: frozenset[str], initial: bool) -> list[Unit]:
    toks = _tokens(piece)
    if (
        initial
        and len(toks) >= 2
        and toks[1].casefold() in _DETERMINERS
        and not _is_named(toks[0], True, weak)
    ):
        toks = toks[1:]  # "Evolve our platform": an imperative verb, then what it acts on
    phrases = _phrases(toks, weak, initial)
    out: list[Unit | None] = []  # None: a comma, kept so "Rust, C or C++" can be read as one choice
    i = 0
    while i < len(phrases):
        ph, named = phrases[i]
        word = ph[0].casefold() if len(ph) == 1 else ""
        if word in (",", ";", "(", ")", ":"):
            out.append(None if word == "," else Unit((), False))
            i += 1
            continue
        if word in ("or", "/"):
            left: list[tuple[str, ...]] = []
            if out and out[-1] is None:
                out.pop()  # "AWS, GCP, or Azure"
            while out and out[-1] is not None and out[-1].alternatives:
                last = out.pop()
                assert last is not None
                left = list(last.alternatives) + left
                if len(out) >= 2 and out[-1] is None and out[-2] is not None and out[-2].alternatives:
                    out.pop()
                    continue
                break
            before = phrases[i - 1][0] if i > 0 else ()
            plain = not left and word == "or" and _plain_alternative(before, weak)
            i += 1
            right: list[str] = []
            while i < len(phrases):
                cand, _ = phrases[i]
                w = cand[0].casefold()
                if len(cand) == 1 and (w in _FILLER and not right):
                    i += 1
                    continue
                if len(cand) == 1 and (w in _STOP or w in (",", ";", "(", ")", ":", "/", "or", "and")):
                    break
                right += list(cand)
                i += 1
                if len(right) >= 3:
                    break
            if plain and right and _is_named_phrase(tuple(right), weak):
                left = [before]  # "platform or SRE roles": a plain word beside a name is a choice too
            alts = [*left, tuple(right)] if right else left
            alts = [
                a for a in alts if not (len(a) == 1 and len(a[0]) == 1 and a[0].casefold() not in ("c", "r"))
            ]
            if any(_content(a, weak) for a in alts):  # "platform or infrastructure team": either
                out.append(Unit(tuple(alts), any(_is_named_phrase(a, weak) for a in alts)))
            continue
        single_letter = len(ph) == 1 and len(ph[0]) == 1 and ph[0].casefold() not in ("c", "r")
        if (
            _alpha(ph[0])
            and _content(ph, weak)
            and not single_letter
            and not (len(ph) == 1 and number_value(ph[0]) is not None)
        ):
            out.append(Unit((ph,), named))
        i += 1
    return [u for u in out if u is not None and u.alternatives]


_AD_WORDS = frozenset(
    normalize_token(w)
    for w in word_list(
        "experience skills skill knowledge strong deep solid proven excellent ability understanding required "
        "preferred years plus working familiarity proficiency background track record"
    )
)
_CAPITALISED = re.compile(r"\b([A-Z])([a-z]+)\b")


def _untitle(text: str) -> str:
    """A Title Case Line ("Experience With Distributed Systems") says nothing by its capitals: its
    ordinary words are read in lower case (acronyms, CamelCase and known technologies stay)."""
    tokens = re.findall(r"[A-Za-z][\w'-]*", text)
    words = [w for w in tokens if w.casefold() not in _STOP and len(w) > 1]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return text
    # Only a heading style capitalises small and job-ad words ("With", "Of", "Skills"); a name does not.
    signal = [
        w
        for w in tokens[1:]
        if w[:1].isupper()
        and w[1:].islower()
        and (w.casefold() in _STOP or normalize_token(w.casefold()) in _AD_WORDS)
    ]
    if not signal:
        return text

    def lower(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if normalize_token(word.casefold()) in _TECH_WORDS else word.casefold()

    return _CAPITALISED.sub(lower, text)


_CLAUSE = re.compile(r"\b(?:is|are|was|were|we|our|you|will|has|have)\b", re.IGNORECASE)
# A bracket that only says what would be preferred ("EKS preferred", "ideally GKE", "CKA a plus").
_PREFERENCE = re.compile(
    r"\b(?:preferred|ideally|a plus|(?:a )?bonus|nice to have|desirable|an advantage|welcome)\b",
    re.IGNORECASE,
)


# The accounts a customer-facing role looks after, counted as a collection ("a portfolio of enterprise
# customers", "a book of key accounts"): how many, not a thing of its own the content must name. Only before
# customers, clients or accounts: "a portfolio of products" is a product manager's thing.
_COLLECTION_OF = re.compile(
    r"\b(?:a|an|the|our|your)\s+(?:(?:wide|broad|large|diverse|varied)\s+)?"
    r"(?:portfolio|range|variety|mix|book)\s+of\s+(?=(?:[\w+-]+\s+){0,2}?(?:customers|clients|accounts)\b)",
    re.IGNORECASE,
)


def units(text: str, weak: frozenset[str]) -> list[Unit]:
    """The units of a requirement (``weak``: index terms of job-ad phrasing, never a thing alone)."""
    text = _untitle(norm_text(unbracketed(_COLLECTION_OF.sub("", text)), keep=False))
    out: list[Unit] = []
    rest, first = text, True
    while rest:
        paren = re.search(r"\(([^()]*)\)", rest)
        such = _EXAMPLES.search(rest)
        if (
            paren
            and (not such or paren.start() < such.start())
            and (_CLAUSE.search(paren.group(1)) or _PREFERENCE.search(paren.group(1)))
        ):
            # "(our encoder and MP4 tooling are in Rust)": an aside about the job, not examples of the ask;
            # "(EKS preferred)": a wish on top of the ask, never part of what must be shown
            rest = rest[: paren.start()] + " " + rest[paren.end() :]
            continue
        if paren and (not such or paren.start() < such.start()):
            main, examples, rest = rest[: paren.start()], paren.group(1), rest[paren.end() :]
        elif such:
            tail = rest[such.end() :]
            stop = re.search(r"[.;]\s|[.;]?$", tail)
            cut = stop.start() if stop else len(tail)
            main, examples, rest = rest[: such.start()], tail[:cut], tail[cut:]
        else:
            main, examples, rest = rest, "", ""
        main_units = _main_units(main, weak, first)
        first = False
        alts = _examples(examples, weak) if examples else []
        if alts:
            head = _head(main, weak)
            heads_examples = bool(head) and _content(head, weak) and not _tools_for(main, head, weak)
            if head and main_units:
                # "JVM languages (Java or Kotlin)": the generic word after the head ("languages") goes with
                # it, so the head is asked once, with its examples, not once more on its own
                while (
                    main_units
                    and len(main_units[-1].alternatives) == 1
                    and (
                        set(main_units[-1].alternatives[0]) & set(head)
                        or (heads_examples and _generic_after_head(main_units[-1]))
                    )
                ):
                    main_units.pop()
            if heads_examples:
                alts = [head, *alts]
            out += main_units
            out.append(Unit(tuple(alts), any(_is_named_phrase(a, weak) for a in alts)))
        else:
            out += main_units
    return _dedupe(_fields_joined(out))


def _generic_after_head(u: Unit) -> bool:
    """A plain unit of one word that only says the head is a kind of thing ("languages", "tools"), which
    ``_head`` skips when reading the thing the examples illustrate."""
    (words,) = u.alternatives
    return not u.named and len(words) == 1 and words[0].casefold() in _HEAD_GENERIC


def _fields_joined(us: list[Unit]) -> list[Unit]:
    """Two single-word units that name one field ("Computer vision", "reinforcement learning") as one unit
    of both words. Why: the field is one idea; read apart, "computer science" and "low-vision riders" in two
    places, or "machine learning" alone, would show it."""
    return joined_pairs(us, lambda a, b: bool(FIELD_CONCEPTS.intersection(analyze(f"{a} {b}"))))


def joined_pairs(
    us: list[Unit], names_one: Callable[[str, str], bool], *, choice: bool = False
) -> list[Unit]:
    """Two plain single-word units read as one phrase where ``names_one(first, second)`` says the pair names
    one thing; with ``choice`` the second may open a choice ("vehicle routing or scheduling optimisation"),
    kept after the phrase. One reading for the fields of search's vocabulary and the job-fit concepts."""
    out: list[Unit] = []
    for u in us:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.named
            and len(prev.alternatives) == 1
            and len(prev.alternatives[0]) == 1
            and len(u.alternatives[0]) == 1
            and (choice or (not u.named and len(u.alternatives) == 1))
            and names_one(prev.alternatives[0][0], u.alternatives[0][0])
        ):
            out[-1] = Unit(((prev.alternatives[0][0], u.alternatives[0][0]), *u.alternatives[1:]), u.named)
            continue
        out.append(u)
    return out


def _is_named_phrase(phrase: tuple[str, ...], weak: frozenset[str]) -> bool:
    return any(_is_named(t, True, weak) or (t[:1].isupper() and _is_named(t, False, weak)) for t in phrase)


def _plain_alternative(ph: tuple[str, ...], weak: frozenset[str]) -> bool:
    """A lone plain word before "or" that is no stop word ("platform" in "platform or SRE roles"). Before a
    name it is a choice of its own: dropped as an ad's word, the ask read as SRE alone and its years as the
    SRE role's only. (Before plain words, "software or data roles", it stays dropped: measured, one set's
    career then counted for a data role.)"""
    return len(ph) == 1 and ph[0].isalpha() and ph[0].casefold() not in _STOP and not _content(ph, weak)


def _dedupe(us: list[Unit]) -> list[Unit]:
    seen: set[tuple[tuple[str, ...], ...]] = set()
    out: list[Unit] = []
    for u in us:
        key = tuple(tuple(w.casefold() for w in a) for a in u.alternatives)
        if key not in seen:
            seen.add(key)
            out.append(u)
    return out


# Words after which a run of plain words starts with a verb ("you have cut cloud costs", "that detects
# copyright infringement", a bullet's first word): only the words after that verb make a compound.
_VERB_OPENERS = frozenset(
    word_list(
        "you we i they he she it who that which have has had will would can could should must shall may "
        "might be been is are was were do does did to not never also and or"
    )
)


def _gerund_after_noun(groups: list[list[Unit]], low: str) -> bool:
    """A line's first word followed by an -ing word ("Threat modelling", "Capacity planning") is the object
    of that activity, not an imperative verb and its object: no ad writes "Build designing"."""
    return len(groups) == 1 and len(groups[0]) == 1 and len(low) > 5 and low.endswith("ing")


def layout(text: str, us: list[Unit]) -> list[tuple[Unit, ...]]:
    """The plain (unnamed) units of ``us`` in reading order, adjacent single words after a noun-phrase
    opener ("a", "of", "running") joined into one noun compound ("penetration tests", "object store": the
    first words say which kind of the last one is asked)."""
    singles: dict[str, Unit] = {}
    for u in us:
        if not u.named and len(u.alternatives) == 1 and len(u.alternatives[0]) == 1:
            singles.setdefault(u.alternatives[0][0].casefold(), u)
    groups: list[list[Unit]] = []
    prev_plain, run_is_noun, after_noun_opener = False, False, False
    placed: set[int] = set()
    for tok in _tokens(_untitle(norm_text(text, keep=False))):
        low = tok.casefold()
        unit = singles.get(low)
        if unit is not None and id(unit) not in placed:
            placed.add(id(unit))
            if prev_plain and groups and (run_is_noun or _gerund_after_noun(groups, low)):
                groups[-1].append(unit)
            elif prev_plain and groups:
                groups.append([unit])  # "cut cloud costs": a verb, then its object
                run_is_noun = True
            else:
                groups.append([unit])
                run_is_noun = after_noun_opener
            prev_plain = True
            continue
        prev_plain = False
        after_noun_opener = low not in _VERB_OPENERS and _alpha(tok)
    rest = [(u,) for u in us if not u.named and id(u) not in placed]
    return [tuple(g) for g in groups] + rest
