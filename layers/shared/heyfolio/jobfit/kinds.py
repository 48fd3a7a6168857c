"""A kind of technology asked by its kind ("a JVM language", "message queues", "an ORM", "in-memory data
stores"), read as the choice of its members ("Java, Kotlin, Scala, Clojure or Groovy").

Why: an ad asks for the kind when any member will do; a résumé names the member (Kotlin, Kafka, JPA,
Redis), never the kind, so the ask read word by word ("JVM", "queues", "in-memory") was not shown. Each
kind lists only what *is* that kind (Kotlin is a JVM language; Prometheus stores time series but is no
time-series database to a recruiter). A member asked by name is never shown by its kind-mates: that is
``vocabulary.CATEGORIES``, partial evidence at most.
"""

from __future__ import annotations

import functools
import re

__all__ = ["KINDS", "kind_members", "spell_kinds"]

_BROKERS = ("Kafka", "RabbitMQ", "SQS", "Pulsar", "Redpanda", "Kinesis", "NATS", "ActiveMQ", "Pub/Sub")
_IN_MEMORY = ("Redis", "Memcached", "Valkey", "Hazelcast")
# kind, as asked in the singular (the plural is read too) -> its members, as written
KINDS: dict[str, tuple[str, ...]] = {
    "message queue": _BROKERS,
    "message broker": _BROKERS,
    "JVM language": ("Java", "Kotlin", "Scala", "Clojure", "Groovy"),
    "statically typed language": (
        "Java", "Kotlin", "Scala", "Go", "Golang", "Rust", "C++", "C#", "TypeScript", "Swift", "Haskell", "OCaml",
    ),
    "compiled language": (
        "C", "C++", "Rust", "Go", "Golang", "Java", "Kotlin", "Swift", "C#", "Fortran", "Scala", "Zig", "Haskell",
    ),
    "in-memory data store": _IN_MEMORY,
    "in-memory store": _IN_MEMORY,
    "in-memory database": _IN_MEMORY,
    "in-memory cache": _IN_MEMORY,
    "ORM": (
        "JPA", "Hibernate", "SQLAlchemy", "Django ORM", "ActiveRecord", "Entity Framework", "Prisma", "TypeORM",
        "GORM", "Sequelize", "Ecto", "Diesel",
    ),
    "time-series database": ("TimescaleDB", "InfluxDB", "QuestDB", "VictoriaMetrics", "OpenTSDB"),
    "search engine": ("Elasticsearch", "OpenSearch", "Solr", "Meilisearch", "Typesense", "Lucene"),
}  # fmt: skip


def _pattern(kind: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s-]+", kind)]
    body = r"[\s-]+".join(words)
    # "message queues (RabbitMQ)", "an ORM such as Hibernate": the examples say which members, and are
    # judged as such (``assess``): the kind is spelled out only where the ad names none
    examples = r"(?!\s*\(|,?\s+(?:such as|like|e\.g\.|including|for example|especially|ideally)\b)"
    return re.compile(rf"(?<![\w/-])(?:an?\s+|any\s+)?{body}(?:e?s)?(?![\w/-]){examples}", re.IGNORECASE)


_PATTERNS = [(_pattern(kind), members) for kind, members in sorted(KINDS.items(), key=lambda kv: -len(kv[0]))]


def _choice(written: str, members: tuple[str, ...]) -> str:
    # a one-word kind ("ORM") is a name the content may write itself; a phrase ("JVM language") read word
    # by word is what went wrong, so only its members stand for it
    kind = written.split()[-1].removesuffix("s")
    names = [kind, *members] if kind in KINDS else list(members)
    return f" {', '.join(names[:-1])} or {names[-1]} "


# "time-series databases (e.g. InfluxDB)", "a JVM language such as Kotlin": examples that only illustrate
# (e.g., such as, like, for example), each a member of the kind. Bare brackets ("message queues (RabbitMQ)")
# say which members are wanted and stay as written.
_ILLUSTRATED = r"(?:\s*\(\s*(?:e\.g\.|eg\.?|for example|such as|like|including)\s*([^()]+)\)|,?\s+(?:such as|like|e\.g\.|for example)\s+([^.;:()]+))"


def _illustrated(kind: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s-]+", kind)]
    body = r"[\s-]+".join(words)
    return re.compile(rf"(?<![\w/-])(?:an?\s+|any\s+)?{body}(?:e?s)?(?![\w/-]){_ILLUSTRATED}", re.IGNORECASE)


_ILLUSTRATED_PATTERNS = [
    (_illustrated(kind), members)
    for kind, members in sorted(KINDS.items(), key=lambda kv: -len(kv[0]))
    if re.search(r"[\s-]", kind)  # a one-word kind ("ORM") is a name the content may write itself
]


def _examples_kind(members: tuple[str, ...], m: re.Match[str]) -> str:
    """The kind and its examples as the choice of all members, when every example is one of them (the ad
    names them to illustrate the kind, so any member meets it); else the text unchanged."""
    examples = m.group(1) or m.group(2) or ""
    names = [e.strip() for e in re.split(r",|\bor\b|\band\b|/", examples.rstrip(". ")) if e.strip()]
    known = {x.casefold() for x in members}
    if not names or any(n.casefold() not in known for n in names):
        return m.group(0)
    return _choice(m.group(0), members)


def spell_kinds(text: str) -> str:
    """``text`` with each kind it asks written as the choice of its members ("a JVM language" -> "Java,
    Kotlin, Scala, Clojure or Groovy"; "an ORM" -> "ORM, JPA, ... or Diesel": a one-word kind stays one)."""
    for pattern, members in _ILLUSTRATED_PATTERNS:
        text = pattern.sub(functools.partial(_examples_kind, members), text)
    for pattern, members in _PATTERNS:
        text = pattern.sub(functools.partial(_spelled, members), text)
    return text


def _spelled(members: tuple[str, ...], m: re.Match[str]) -> str:
    return _choice(m.group(0), members)


def kind_members(name: str) -> tuple[str, ...]:
    """The members of the kind a whole name is ("Message brokers" -> Kafka, RabbitMQ, ...; a JSON skill
    named by its kind), () when the name is no kind. Why: spelled out as a sentence's choice, the members
    became one name to find together ("Kafka RabbitMQ SQS ... is not shown"), so a skill of a kind was never
    met, whatever member the owner shows."""
    for pattern, members in _PATTERNS:
        m = pattern.fullmatch(name.strip())
        if m is not None:
            return members
    return ()
