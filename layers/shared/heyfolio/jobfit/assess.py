"""Decide matched / partial / missing for each requirement, on evidence quoted from the portfolio.

Why not a search score: a score says how similar two texts are, not whether the owner has
what is asked. Here a requirement's words are split into the things it names (key words:
"Kubernetes", "payments", "Snowflake") and the way job ads talk ("strong", "experience",
"production"); every key thing must be shown by the content itself, or by a true equivalent
(EKS for Kubernetes), for "matched" — a related thing (an operator for Kubernetes, a design
doc for an RFC) makes it "partial"; alternatives ("Go or Rust") need one. Quantities are
checked against what the content says: "10+ engineers" against the largest group led, "5 years"
against the years stated for that topic or the career's length, degrees and spoken languages
against the résumé's. A JSON skill's own name must be supported: its keywords cannot carry an
unrelated skill ("Quantum chemistry: Rust, Go" is missing for a Rust programmer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from heyfolio.jobfit.evidence import (
    Corpus,
    degree_rank,
    fluency_rank,
    norm_text,
    number_value,
    skill_level,
)
from heyfolio.jobfit.parse import Requirement
from heyfolio.search.text import STOP_WORDS, analyze, expand, normalize_token, tokenize

__all__ = ["Assessment", "assess_requirement"]

MATCHED, PARTIAL, MISSING = "matched", "partial", "missing"
_RANK = {MISSING: 0, PARTIAL: 1, MATCHED: 2}
RELATED_CREDIT = 0.6  # a related thing shows part of what is asked
QUANTITY_PARTIAL_SHARE = 0.6  # 12 of 15 years is partial, 40 of 80 engineers is not

# How job ads talk rather than what they ask for: never a key thing on their own.
_WEAK_WORDS = [
    "experience",
    "experienced",
    "strong",
    "deep",
    "solid",
    "proven",
    "excellent",
    "good",
    "great",
    "understanding",
    "knowledge",
    "ability",
    "able",
    "skill",
    "skills",
    "proficiency",
    "proficient",
    "familiarity",
    "familiar",
    "working",
    "work",
    "works",
    "hands",
    "production",
    "professional",
    "industry",
    "year",
    "years",
    "plus",
    "required",
    "require",
    "requirement",
    "requirements",
    "preferred",
    "prefer",
    "must",
    "nice",
    "bonus",
    "ideally",
    "candidate",
    "someone",
    "role",
    "etc",
    "related",
    "field",
    "similar",
    "equivalent",
    "background",
    "track",
    "record",
    "environment",
    "environments",
    "including",
    "include",
    "modern",
    "various",
    "concept",
    "concepts",
    "principle",
    "principles",
    "best",
    "practice",
    "practices",
    "high",
    "level",
    "quality",
    "build",
    "building",
    "built",
    "develop",
    "developing",
    "development",
    "design",
    "designing",
    "operate",
    "operating",
    "maintain",
    "maintaining",
    "run",
    "running",
    "deliver",
    "delivering",
    "ship",
    "shipped",
    "shipping",
    "fluent",
    "fluency",
    "speak",
    "team",
    "teams",
    "engineer",
    "engineers",
    "engineering",
    "system",
    "systems",
    "clusters",
    "cluster",
    "application",
    "applications",
    "platform",
    "platforms",
    "service",
    "services",
    "solution",
    "solutions",
    "tool",
    "tools",
    "technology",
    "technologies",
    "framework",
    "frameworks",
    "product",
    "products",
    "process",
    "processes",
    "large",
    "scale",
    "scalable",
    "complex",
    "company",
    "companies",
    "business",
    "customer",
    "customers",
    "stakeholders",
    "across",
    "within",
    "multiple",
    "new",
    "existing",
    "least",
    "minimum",
    "demonstrated",
    "demonstrable",
    "expertise",
    "exposure",
    "comfortable",
    "confident",
    "passion",
    "passionate",
    "love",
    "enjoy",
    "want",
    "join",
    "help",
    "helping",
    "ensure",
    "ensuring",
    "responsible",
    "responsibility",
    "own",
    "owning",
    "ownership",
    "take",
    "taking",
    "make",
    "making",
    "drive",
    "driving",
    "write",
    "writing",
    "written",
    "wrote",
    "apply",
    "level",
    "levels",
    "senior",
    "junior",
    "mid",
    "lead",
    "leading",
    "led",
    "manage",
    "managing",
    "management",
    "manager",
    "managers",
    "organization",
    "organisation",
    "org",
    "group",
    "groups",
    "people",
    "person",
    "member",
    "members",
    "hands-on",
    "another",
    "collaborate",
    "collaboration",
    "career_length",
    "software",
    "ideal",
]
_WEAK = frozenset(normalize_token(w) for w in _WEAK_WORDS) | frozenset(normalize_token(w) for w in STOP_WORDS)
_FILLER_BEFORE_ALT = frozenset({"another", "a", "an", "other", "similar", "equivalent", "any", "some"})

# Equivalents a requirement is fully shown by (one way: EKS is Kubernetes, not the reverse).
_EQUIVALENT: dict[str, tuple[str, ...]] = {
    "kubernetes": ("eks", "gke", "aks", "openshift", "cka", "ckad"),
    "container": ("docker", "kubernetes", "podman"),
    "rfc": ("design doc", "design document", "architecture decision record", "adr"),
    "design doc": ("rfc", "adr"),
    "observability": ("opentelemetry", "prometheus", "grafana", "tracing", "datadog", "jaeger"),
    "monitoring": ("prometheus", "grafana", "datadog", "observability", "opentelemetry"),
    "message_broker": ("kafka", "redpanda", "rabbitmq", "pulsar", "kinesis", "nats", "sqs"),
    "database": ("postgresql", "mysql", "mongodb", "sqlite", "dynamodb", "cassandra", "oracle"),
    "sql": ("postgresql", "mysql", "sqlite"),
    "cloud": ("aws", "gcp", "azure"),
    "incident": ("on-call", "on_call", "postmortem", "incident command", "incident review"),
    "on_call": ("on-call rotation", "incident command"),
    "mentor": ("mentored", "mentoring", "coach"),
    "ml": ("machine learning", "lightgbm", "scikit-learn", "xgboost", "pytorch", "tensorflow"),
    "time series": ("forecasting",),
    "payment": ("payments", "card", "bank-transfer"),
    "crossteam": ("across teams",),
    "frontend": ("react", "angular", "vue", "svelte"),
    "backend": ("api", "server-side"),
    "lossless": ("lossless compression",),
}
# Related things: partial evidence only.
_RELATED_JOB: dict[str, tuple[str, ...]] = {
    "eks": ("kubernetes",),
    "gke": ("kubernetes",),
    "kubernetes": ("operator", "helm", "kubebuilder", "controller-runtime"),
    "operator": ("kubernetes",),
    "web": ("frontend", "react", "typescript", "javascript", "html", "css", "angular", "browser", "webgl"),
    "javascript": ("typescript", "react", "angular", "node.js"),
    "typescript": ("javascript",),
    "node.js": ("javascript", "typescript"),
    "html": ("frontend", "web"),
    "css": (),
    "database": ("sql", "postgresql", "schema", "migrations"),
    "nosql": ("mongodb", "dynamodb", "redis", "cassandra"),
    "deep_learning": ("neural", "pytorch", "tensorflow"),
    "computer": ("information_technology",),
    "information_technology": ("computer",),
    "collaborate": ("crossteam", "across", "partner"),
    "budget": ("spend", "cost"),
    "hire": ("hiring", "interview"),
    "communication": ("writing", "talk", "blog", "rfc", "post", "speaking"),
    "azure": (),
    "gcp": (),
}
_LANGUAGES = frozenset(
    [
        "english",
        "dutch",
        "german",
        "french",
        "spanish",
        "italian",
        "portuguese",
        "mandarin",
        "chinese",
        "cantonese",
        "japanese",
        "korean",
        "hindi",
        "arabic",
        "russian",
        "polish",
        "swedish",
        "danish",
        "norwegian",
        "finnish",
        "turkish",
        "igbo",
        "yoruba",
        "hausa",
        "swahili",
        "greek",
        "hebrew",
        "czech",
        "hungarian",
        "romanian",
        "ukrainian",
        "vietnamese",
        "thai",
        "indonesian",
        "malay",
        "tagalog",
        "bengali",
        "urdu",
        "punjabi",
        "tamil",
        "persian",
        "farsi",
        "catalan",
    ]
)
_YEARS_REQ = re.compile(r"(\d{1,2}|[a-z]+)\s*\+?\s*(?:or more\s+)?(?:years?|yrs)\b", re.IGNORECASE)
_PEOPLE_REQ = re.compile(
    r"(\d{1,5}|[a-z]+)\s*\+?\s*(?:or more\s+)?(?:[\w-]+\s+)?"
    r"(engineers|people|developers|reports|direct reports|members|staff|employees|managers)\b",
    re.IGNORECASE,
)
_TEAM_OF = re.compile(r"team of (\d{1,4}|[a-z]+)\s*\+?", re.IGNORECASE)
_EXPERIENCE_LEVEL_YEARS = {
    "intern": 0, "entry": 0, "junior": 1, "graduate": 0, "mid": 2, "intermediate": 2,
    "senior": 5, "lead": 6, "staff": 8, "principal": 10, "distinguished": 15, "executive": 10,
}  # fmt: skip
_DEGREE_WORDS = re.compile(
    r"\b(degree|bachelor'?s?|master'?s?|ph\.?\s?d|doctorate|b\.?sc|m\.?sc|mba|diploma)\b", re.IGNORECASE
)
_AREA = re.compile(
    r"\bin ([A-Za-z][\w &-]{2,60}?)(?:\s+or\s+(?:a\s+)?(?:related|similar|equivalent)|[,.;]|$)"
)
_LENIENT_AREA = re.compile(r"\b(related|similar|equivalent|relevant|technical)\b", re.IGNORECASE)


@dataclass
class Assessment:
    """The verdict on one requirement."""

    requirement: Requirement
    status: str
    score: float
    evidence: list[dict[str, str]]
    reasons: list[str]

    def as_dict(self) -> dict[str, Any]:
        text = self.requirement.text
        if self.requirement.keywords:
            text += ": " + ", ".join(self.requirement.keywords)
        out: dict[str, Any] = {
            "requirement": text,
            "kind": self.requirement.kind,
            "status": self.status,
            "score": round(self.score, 4),
            "evidence": self.evidence,
        }
        if self.reasons:
            out["why"] = "; ".join(self.reasons)
        return out


def _terms(text: str) -> list[str]:
    return [t for t in analyze(norm_text(text, keep=False)) if t not in _WEAK and not _NUMERIC.fullmatch(t)]


_NUMERIC = re.compile(r"[\d.,]+\+?")


def _phrase_terms(phrase: str) -> frozenset[str]:
    return frozenset(analyze(norm_text(phrase, keep=False)))


def _norm_key(phrase: str) -> str:
    terms = analyze(phrase)
    return terms[0] if len(terms) == 1 else phrase


_EQUIV = {_norm_key(k): v for k, v in _EQUIVALENT.items()}
_REL = {_norm_key(k): v for k, v in _RELATED_JOB.items()}


class _Checker:
    """Credit for a term against the corpus: 1 shown, RELATED_CREDIT related, 0 absent, with the
    sentences that show it."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._cache: dict[str, tuple[float, list[int]]] = {}

    def _phrase_hits(self, phrase: str) -> list[int]:
        words = _phrase_terms(phrase)
        if not words:
            return []
        lists = [self.corpus.terms.get(w) for w in words]
        if not all(lists):
            return []
        common = set(lists[0] or ()).intersection(*(set(x or ()) for x in lists[1:]))
        return sorted(common)

    def credit(self, term: str) -> tuple[float, list[int]]:
        """(credit, sentence numbers of the evidence)."""
        cached = self._cache.get(term)
        if cached is not None:
            return cached
        result: tuple[float, list[int]] = (0.0, [])
        hits = list(self.corpus.terms.get(term, ()))
        for alias in _EQUIV.get(term, ()):
            hits += self._phrase_hits(alias)
        if hits:
            result = (1.0, sorted(set(hits)))
        else:
            related = list(_REL.get(term, ()))
            related += [t for t, w in expand(term) if w < 1.0 and not t.startswith("kind:")]
            for rel in related:
                found = self._phrase_hits(rel)
                if found:
                    result = (RELATED_CREDIT, found)
                    break
        self._cache[term] = result
        return result


@dataclass
class _Group:
    alternatives: list[list[str]]  # any alternative; an alternative is shown by its best term
    key: bool


def _groups(text: str) -> list[_Group]:
    """The things a requirement names: one group per key word, alternatives joined."""
    text = norm_text(text, keep=False)
    groups: list[_Group] = []
    used: set[str] = set()
    # "deep learning frameworks such as PyTorch or TensorFlow": the head or any example.
    m = re.search(r"\b(?:such as|e\.g\.|for example|like|including)\s+(.+?)(?:[.;)]|$)", text, re.IGNORECASE)
    if m:
        examples = [e for e in re.split(r",|\bor\b|\band\b|/", m.group(1)) if e.strip()]
        head_words = text[: m.start()].split()[-3:]
        head = [t for t in _terms(" ".join(head_words))]
        alts = [[t] for t in head[:1]] + [_terms(e) for e in examples if _terms(e)]
        if alts:
            groups.append(_Group(alts, True))
            used.update(t for a in alts for t in a)
            used.update(head)
        text = text[: m.start()] + " " + text[m.end() :]
    tokens = re.findall(r"[\w.+#-]+|[,/;()]", text)
    i = 0
    while i < len(tokens):
        if tokens[i].casefold() == "or" or tokens[i] == "/":
            left: list[list[str]] = []
            j = i - 1
            while j >= 0:
                terms = _terms(tokens[j]) if tokens[j] not in ",/" else []
                if terms:
                    left.append(terms)
                    j -= 1
                    if j >= 0 and tokens[j] == ",":
                        j -= 1
                        continue
                break
            k = i + 1
            while k < len(tokens) and tokens[k].casefold() in _FILLER_BEFORE_ALT:
                k += 1
            right: list[str] = []
            while k < len(tokens) and len(right) < 3 and tokens[k] not in ",;()/":
                if tokens[k].casefold() in ("and", "or"):
                    break
                right += _terms(tokens[k])
                k += 1
            alts = [a for a in [*left, right] if a]
            if len(alts) >= 2:
                groups.append(_Group(alts, True))
                used.update(t for a in alts for t in a)
        i += 1
    for term in _terms(text):
        if term in used:
            continue
        used.add(term)
        groups.append(_Group([[term]], term not in _WEAK))
    weak = [normalize_token(w) for w in tokenize(text)]
    for term in weak:
        if term in _WEAK and term not in used and term not in _WEAK_STOP:
            used.add(term)
            groups.append(_Group([[term]], False))
    return groups


_WEAK_STOP = frozenset(normalize_token(w) for w in STOP_WORDS)


def _lexical(groups: Sequence[_Group], checker: _Checker) -> tuple[str, float, list[int], list[str]]:
    """Status from the things named: (status, score, evidence sentences, reasons).

    "Matched" needs every key thing shown, and shown together: in one passage, or each among the
    listed skills (a "power budget" in a hobby write-up and "hiring" in a job do not add up to
    owning a budget and hiring managers)."""
    corpus = checker.corpus
    key = [g for g in groups if g.key]
    evidence: list[int] = []
    credits: list[float] = []
    places: list[set[str]] = []
    missing: list[str] = []
    for g in key or groups:
        best, where = 0.0, []
        for alt in g.alternatives:
            for term in alt:
                c, ns = checker.credit(term)
                if c > best:
                    best, where = c, list(ns)
                elif c == best and c > 0:
                    where += ns
        credits.append(best)
        places.append({corpus.sentences[n].uri for n in where} if best >= 1.0 else set())
        evidence += where[:1]
        if best == 0.0:
            missing.append(" or ".join(a[0] for a in g.alternatives if a))
    if not credits:
        return MISSING, 0.0, [], ["nothing in the requirement to check"]
    score = sum(credits) / len(credits)
    reasons = [f"not shown: {', '.join(missing)}"] if missing and key else []
    if key:
        if all(c >= 1.0 for c in credits):
            counts: dict[str, int] = {}
            for p in places:
                for u in p:
                    counts[u] = counts.get(u, 0) + 1
            best_uri = min(counts, key=lambda u: (-counts[u], u)) if counts else ""
            together = counts.get(best_uri, 0) * 3 >= 2 * len(places) and (
                len(places) < 3 or counts[best_uri] >= 2
            )
            if len(places) == 2:
                together = counts.get(best_uri, 0) == 2
            skills = all(any(u.startswith(_SKILL_URI) for u in p) for p in places)
            if together or skills or len(places) == 1:
                if together:
                    evidence = [n for g in key for n in _sentences_in(checker, g, best_uri)] or evidence
                return MATCHED, score, evidence, reasons
            reasons.append("shown only in separate places")
            return PARTIAL, score, evidence, reasons
        if score >= 0.5 and max(credits) >= RELATED_CREDIT:
            return PARTIAL, score, evidence, reasons
        return MISSING, score, evidence, reasons
    if score >= 0.75:
        return MATCHED, score, evidence, reasons
    if score >= 0.4:
        return PARTIAL, score, evidence, reasons
    return MISSING, score, evidence, reasons


_SKILL_URI = "portfolio://profile#skills/"


def _sentences_in(checker: _Checker, group: _Group, uri: str) -> list[int]:
    for alt in group.alternatives:
        for term in alt:
            c, ns = checker.credit(term)
            hit = [n for n in ns if checker.corpus.sentences[n].uri == uri]
            if c >= 1.0 and hit:
                return hit[:1]
    return []


def _quantity(have: float, need: float, share: float = QUANTITY_PARTIAL_SHARE) -> str:
    if have >= need:
        return MATCHED
    if have >= share * need:
        return PARTIAL
    return MISSING


def _worse(a: str, b: str) -> str:
    return a if _RANK[a] <= _RANK[b] else b


def _evidence(corpus: Corpus, numbers: Sequence[int], limit: int = 2) -> list[dict[str, str]]:
    """Quote and cite the sentences, the most frequently pointed-at first, one per passage."""
    counts: dict[int, int] = {}
    for n in numbers:
        counts[n] = counts.get(n, 0) + 1
    ordered = sorted(counts, key=lambda n: (-counts[n], n))
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for n in ordered:
        s = corpus.sentences[n]
        if s.uri in seen:
            continue
        seen.add(s.uri)
        quote = s.text if len(s.text) <= 240 else s.text[:237].rsplit(" ", 1)[0] + "…"
        out.append({"uri": s.uri, "title": s.title, "quote": quote, "snippet": quote})
        if len(out) == limit:
            break
    return out


def _best_sentences(corpus: Corpus, groups: Sequence[_Group], checker: _Checker) -> list[int]:
    """Sentences that show the most of the requirement's key things at once."""
    wanted: set[str] = set()
    for g in groups:
        if g.key:
            for alt in g.alternatives:
                wanted.update(t for t in alt if checker.credit(t)[0] >= 1.0)
    if not wanted:
        return []
    scores: dict[int, int] = {}
    for t in wanted:
        for n in corpus.terms.get(t, ()):
            scores[n] = scores.get(n, 0) + 1
    return sorted(scores, key=lambda n: (-scores[n], n))[:2]


def _skill(req: Requirement, corpus: Corpus, checker: _Checker) -> Assessment:
    """A JSON skill: its name must be shown; its level is checked when the résumé states one."""
    name_terms = frozenset(_terms(req.text)) or frozenset(analyze(req.text))
    reasons: list[str] = []
    listed = next(
        (
            (lvl, n)
            for names, (lvl, n) in corpus.skills.items()
            if names and names == frozenset(analyze(req.text))
        ),
        None,
    )
    kw_hits = []
    kw_numbers: list[int] = []
    for kw in req.keywords:
        terms = analyze(kw)
        credits = [checker.credit(t) for t in terms]
        if terms and all(c >= 1.0 for c, _ in credits):
            kw_hits.append(kw)
            kw_numbers += [ns[0] for _, ns in credits if ns]
    if listed is not None:
        have_level, n = listed
        status, numbers = MATCHED, [n]
        need = skill_level(req.level)
        if need is not None and have_level is not None and have_level < need:
            status = PARTIAL
            reasons.append(f"listed at a lower level than {req.level}")
        return Assessment(req, status, 1.0, _evidence(corpus, numbers + kw_numbers), reasons)
    status, score, numbers, name_reasons = _lexical([_Group([[t]], True) for t in name_terms], checker)
    reasons += name_reasons
    if status == MISSING:
        return Assessment(req, MISSING, score, [], reasons or [f"{req.text} is not shown"])
    need_level = skill_level(req.level)
    if req.keywords and not kw_hits:
        status = _worse(status, PARTIAL)
        reasons.append("none of its keywords is shown")
    elif req.keywords and need_level is not None and need_level >= 3 and 2 * len(kw_hits) < len(req.keywords):
        status = _worse(status, PARTIAL)
        reasons.append(f"at {req.level} level, most of its keywords are not shown")
    elif kw_hits:
        reasons.append("shown: " + ", ".join(kw_hits))
    return Assessment(req, status, score, _evidence(corpus, numbers + kw_numbers), reasons)


def _degree(req: Requirement, corpus: Corpus, checker: _Checker) -> Assessment | None:
    text = req.text
    if not _DEGREE_WORDS.search(text):
        return None
    need = degree_rank(text)
    if need is None:
        return None
    if not corpus.degrees:
        return Assessment(req, MISSING, 0.0, [], ["no degree in the portfolio"])
    best = max(corpus.degrees, key=lambda d: d[1])
    area = _AREA.search(text)
    area_ok = True
    if area:
        wanted = [t for t in analyze(norm_text(area.group(1), keep=False)) if t not in _WEAK]
        lenient = bool(_LENIENT_AREA.search(text[area.start() :]))
        have_terms = best[2]
        shown = [t for t in wanted if t in have_terms]
        related = [t for t in wanted if any(set(analyze(r)) & have_terms for r in _REL.get(t, ()))]
        area_ok = bool(not wanted or len(shown) == len(wanted) or (lenient and (shown or related)))
    if best[1] >= need[1] and area_ok:
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, [best[3]]), [])
    if best[1] >= need[1]:
        return Assessment(req, PARTIAL, 0.5, _evidence(corpus, [best[3]]), ["a degree in another field"])
    return Assessment(req, MISSING, 0.0, _evidence(corpus, [best[3]]), [f"highest degree: {best[0]}"])


def _language(req: Requirement, corpus: Corpus) -> Assessment | None:
    words = [w for w in tokenize(req.text) if w in _LANGUAGES]
    if not words or len(tokenize(req.text)) > 14:
        return None
    need = fluency_rank(req.text) or 3
    status = MATCHED
    numbers = []
    for w in words:
        have = corpus.languages.get(normalize_token(w))
        if have is None:
            return Assessment(req, MISSING, 0.0, [], [f"{w.title()} is not listed"])
        numbers.append(have[1])
        status = _worse(status, MATCHED if have[0] >= need else PARTIAL if have[0] >= 2 else MISSING)
    return Assessment(req, status, 1.0 if status == MATCHED else 0.5, _evidence(corpus, numbers), [])


def _experience_level(req: Requirement, corpus: Corpus) -> Assessment:
    words = re.findall(r"[a-z]+", req.text.casefold())
    need = max((_EXPERIENCE_LEVEL_YEARS[w] for w in words if w in _EXPERIENCE_LEVEL_YEARS), default=None)
    if need is None:
        return Assessment(req, PARTIAL, 0.5, [], ["level not understood"])
    status = _quantity(corpus.career_years, need)
    n = corpus.find("portfolio://profile#work/")
    return Assessment(
        req, status, 1.0, _evidence(corpus, [n] if n is not None else []),
        [f"about {corpus.career_years:.0f} years of work shown"],
    )  # fmt: skip


_MANAGE = re.compile(r"\b(manag\w*|direct reports?|line manag\w*|people lead\w*)\b", re.IGNORECASE)


def _number(word: str) -> int | None:
    return number_value(word)


def assess_requirement(req: Requirement, corpus: Corpus) -> Assessment:
    """The verdict on one requirement, with the sentences that show it."""
    checker = _Checker(corpus)
    if req.kind == "skill":
        return _skill(req, corpus, checker)
    if req.kind == "experience":
        return _experience_level(req, corpus)
    for special in (_degree(req, corpus, checker), _language(req, corpus)):
        if special is not None:
            return special
    groups = _groups(req.text)
    status, score, numbers, reasons = _lexical(groups, checker)
    numbers = _best_sentences(corpus, groups, checker) + numbers
    # Quantities: years and the size of the group led.
    years = _YEARS_REQ.search(req.text)
    need_years = _number(years.group(1)) if years else None
    if need_years:
        topic = {t for g in groups if g.key for a in g.alternatives for t in a}
        stated = [(y, n) for y, terms, n in corpus.stated_years if topic & terms]
        if stated:
            have, n = max(stated)
            numbers.insert(0, n)
            q = _quantity(have, need_years)
            reasons.append(f"{have} years stated")
        elif topic:
            q = PARTIAL if status != MISSING else MISSING
            reasons.append("years not stated for this")
        else:
            q = _quantity(corpus.career_years, need_years)
            status = MATCHED if status != MISSING or q == MATCHED else status
            reasons.append(f"about {corpus.career_years:.0f} years of work shown")
        status = _worse(status, q)
    people = _TEAM_OF.search(req.text) or _PEOPLE_REQ.search(req.text)
    need_people = _number(people.group(1)) if people else None
    if need_people and need_people > 1:
        managing = bool(_MANAGE.search(req.text))
        have_people = max(corpus.people_managed if managing else corpus.people_led, default=(0, None))
        if have_people[1] is not None:
            numbers.insert(0, have_people[1])
        q = _quantity(have_people[0], need_people, 0.75)
        reasons.append(f"largest group led: {have_people[0] or 'not stated'}")
        status = _worse(status, q) if status != MISSING or q == MISSING else PARTIAL
        if q == MATCHED and status == MISSING:
            status = PARTIAL
    evidence = [] if status == MISSING else _evidence(corpus, numbers)
    return Assessment(req, status, score, evidence, reasons)
