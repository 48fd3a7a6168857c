"""Named technologies listed inside one requirement line, each read as a requirement of its own.

Why: an ad lists the tools it uses on one line ("Stack we run: Kotlin, Ktor, Exposed", "Tracing with
Jaeger and Tempo"); read whole, the line is met through any one name, so a tool the candidate never used
is claimed through the others. Only named things split: a label naming a kind of technology, or a
phrase closing on three names or more; "Degree in Physics and Mathematics" or "Go or Rust" stay whole.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.terms import TECH_WORDS, word_list
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import normalize_token

__all__ = [
    "is_name",
    "is_technology",
    "labelled_names",
    "name_pair",
    "shared_head_names",
    "stack_names",
    "trailing_names",
]

# Labels that name a kind of technology ("Tech we use", "Message brokers", "Our stack").
_KIND_WORDS = frozenset(
    word_list(
        "tech technology technologies stack stacks tool tools tooling library libraries framework frameworks "
        "database databases datastore datastores broker brokers platform platforms testing"
    )
)
# Labels that name credentials ("Certifications: OSCP, OSEP, CRTO"): each one is held or not, so each is
# asked on its own; their names are acronyms, not technologies.
_CREDENTIAL_WORDS = frozenset(
    word_list("certification certifications certificate certificates certs credentials")
)
# Labels that name a field of technical work whose content is the names listed ("Streaming: Kafka, Flink",
# "Compliance experience: PCI DSS, SOC 2", "Cloud security experience: AWS, GCP"): each name is asked and
# each is held or not; the field is what groups them, not an ask of its own. A field the names only work in
# ("Quantum chemistry: Rust, Go", "Web development: HTML, CSS") is a skill with its keywords instead.
_FIELD_WORDS = frozenset(
    word_list(
        "cloud infrastructure infra event events streaming messaging queueing queues observability monitoring logging "
        "tracing alerting orchestration containers containerisation containerization compliance regulations "
        "regulatory standards frameworks security warehouse warehouses warehousing storage caching search "
        "ci cd devops iac programming scripting backend frontend mobile ios android data ml mlops analytics "
        "bi visualisation visualization automation release deployment build packaging accessibility "
        "networking protocols identity auth authentication integration integrations version control vcs "
        "code languages"
    )
)
# Head nouns of a label naming a class of named things ("Automotive bus protocols", "Real-time kernels",
# "Safety standards"): whatever words narrow it first, the names listed are members of that class, each held
# or not. A field the names only serve ends on another noun ("Marine biology", "Web development"); "languages"
# may be spoken ones, read elsewhere; kinds of technology ("tools", "databases") split wherever they stand.
_CLASS_HEADS = frozenset(word_list("protocols standards regulations networks buses kernels stores queues"))
# Words of a label that ask for experience of what it lists ("Orchestration experience: Airflow, Dagster").
_EXPERIENCE_WORDS = frozenset(
    word_list("experience expertise knowledge familiarity exposure proficiency background skills")
)
# Words of a lead that ask for nothing beyond the names after it ("Strong hands-on experience with").
_GENERIC_LEAD = frozenset(
    word_list(
        "experience experienced skills skill knowledge familiarity familiar proficiency proficient expertise "
        "strong solid deep good excellent proven practical hands on production professional working work "
        "comfortable fluent background understanding you are have has is be should must will a an and of the in with "
        "some any tools technologies "
        # how well, not what ("technically you should be credible in", "well versed in", "ideally confident with")
        "credible competent capable confident versed well technically ideally also"
    )
)
# Words of a lead that only say the ad wants a person ("Looking for a developer with: HTML, CSS, React",
# "We need someone with: Kafka, Flink"): what follows is asked, name by name.
_WANTED_LEAD = frozenset(
    word_list(
        "looking seeking searching want wanted need needs needed require requires someone somebody person "
        "candidate candidates developer developers engineer engineers who we re know knows expect expects"
    )
)
# A name word: capitalised, an acronym or spelled with inner capitals or dots ("Vue.js", "gRPC").
_NAME_WORD = re.compile(r"[A-Z][\w.+#/-]*|[a-z][\w.+#/-]*[A-Z.+#/][\w.+#/-]*")
# The words a phrase opens its list of names with ("experience with", "skills in", "such as").
_LIST_OPENER = re.compile(r"^(.*?\b(?:with|in|using|such as|like|including))\s+(?=\S)", re.IGNORECASE)
# A lead asking for knowledge of what follows ("Knowledge of PCI DSS, SOC 2", "Solid understanding of TCP and UDP").
_OF_OPENER = re.compile(r"^((?:[\w-]+\s+){0,3}?(?:knowledge|understanding|experience)\s+of)\s+(?=\S)", re.I)


def _technology(name: str) -> bool:
    """A spelled technology: a known tool word, or a name with inner capitals ("GraphQL", "NumPy")."""
    return any(
        normalize_token(t.casefold()) in TECH_WORDS
        or t.casefold() in TECHNOLOGY_NAMES
        or (any(c.isupper() for c in t[1:]) and any(c.islower() for c in t))
        for t in re.findall(r"[\w.+#-]+", name)
    )


def is_technology(name: str) -> bool:
    """Whether ``name`` spells a technology (a known tool word, or a name with inner capitals)."""
    return _technology(name)


def is_name(item: str) -> bool:
    """Whether ``item`` is a name of one to three words ("Spring Boot", "dbt", "Vue.js"), not opening on a
    word that only says how well it is wanted ("Strong Rust" is Rust)."""
    return _is_name(item) and item.split()[0].casefold() not in _GENERIC_LEAD


# Abbreviations of a practice, not names of a thing ("Linux, Git and CI" asks for a way of working).
_PRACTICES = frozenset(word_list("ci cd ci/cd qa ux ui tdd bdd ml ai sre devops agile scrum oop rest"))


def _is_name(item: str, *, numbered: bool = False) -> bool:
    """ "Spring Boot", "dbt", "Vue.js": one to three words, each a name word or a known tool word; not
    "HTML visualisations" or "PostgreSQL is essential". With ``numbered``, a number may follow the first word
    of a standard's name ("ISO 27001", "SOC 2")."""
    words = item.split()
    if item.casefold() in _PRACTICES:
        return False
    return 0 < len(words) <= 3 and all(
        _NAME_WORD.fullmatch(w)
        or normalize_token(w.casefold()) in TECH_WORDS
        or (numbered and i > 0 and _NUMBER_WORD.fullmatch(w) is not None)
        for i, w in enumerate(words)
    )


# The number of a standard or version after its name ("27001", "2", "62304", "2.1").
_NUMBER_WORD = re.compile(r"\d+(?:[.:-]\d+)*[A-Za-z]?")
# A word in capitals: an acronym, as standards and regulations are named ("PCI DSS", "HIPAA", "SOC 2").
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&-]*[A-Z0-9]\b")


def _names(text: str, *, least: int, credentials: bool = False, standards: bool = False) -> list[str] | None:
    """ "GraphQL, Vue.js and Storybook" -> the names; None unless there are ``least`` or more and every
    item is a name, one at least a known technology (any name, for ``credentials``: "OSCP, CISSP"; for
    ``standards``, names in capitals with their numbers too: "PCI DSS, ISO 27001, SOC 2")."""
    text = text.strip().rstrip(".").strip()
    if re.search(r"[()\[\]:;]", text):
        return None
    items = [i.strip() for i in re.split(r",\s*", text) if i.strip()]
    last = re.split(r"\s+(and|or|&)\s+", items[-1]) if items else []
    if len(last) == 3:
        items = [*items[:-1], last[0], last[2]]
    items = [re.sub(r"^(?:and|or|&)\s+", "", i) for i in items]
    if len(items) < max(least, 2):
        return None
    if not all(_is_name(i, numbered=standards) for i in items):
        return None
    if standards and all(_ACRONYM.search(i) for i in items):
        return items
    return items if credentials or any(_technology(i) for i in items) else None


def _class_head(words: list[str]) -> bool:
    """The label's last noun, past any experience word, names a class of named things: "Vehicle bus
    protocols", "Real-time kernels experience"."""
    heads = [w for w in words if w not in _EXPERIENCE_WORDS]
    return bool(heads) and normalize_token(heads[-1]) in {normalize_token(h) for h in _CLASS_HEADS}


def labelled_names(line: str) -> list[str] | None:
    """ "Tech we use: GraphQL, Vue.js, Storybook" -> each name; None when the label names no kind of
    technology ("Web development: HTML, CSS" is a skill with its keywords)."""
    head, colon, rest = line.partition(":")
    words = re.findall(r"[a-z]+", head.casefold())
    if not colon or not words or len(words) > 5:
        return None
    if _CREDENTIAL_WORDS & set(words):
        # "CISSP or CISM" is one ask met by either
        return None if re.search(r"\bor\b|/", rest) else _names(rest, least=2, credentials=True)
    if _KIND_WORDS & set(words):
        # the label says the names are technologies: "Release tooling: Fastlane, Bitrise" needs no known one
        return _names(rest, least=2, credentials=True)
    # "Streaming experience: Kafka, Flink", "Compliance: PCI DSS, SOC 2": a field of technical work, or
    # experience asked of the names; either is one ask when the names are alternatives ("AWS or GCP")
    if _class_head(words) and not re.search(r"\bor\b|/", rest):
        # the label says what the names are: "Fieldbus protocols: Modbus, PROFINET" needs no known one
        return _names(rest, least=2, credentials=True, standards=True)
    field = set(words) - {"as", "for", "to"} <= _FIELD_WORDS | _GENERIC_LEAD | _WANTED_LEAD
    if not (field or _EXPERIENCE_WORDS & set(words)) or re.search(r"\bor\b|/", rest):
        return None
    return _names(rest, least=2, standards=True)


# Contractions left by a lead's apostrophe ("You'll need", "You'd bring", "We're after").
_CONTRACTED = frozenset({"ll", "d", "ve", "re", "s"})
# A word closing a list of names that says only that they are asked ("Strong Kafka, Spark and Airflow skills").
_GENERIC_TAIL = re.compile(
    r"\s+(?:skills?|experience|expertise|knowledge|proficiency|background)\s*[.!]?\s*$", re.IGNORECASE
)


def _bare_lead_names(line: str) -> list[str] | None:
    """ "You'll need solid React, TypeScript, Next.js, Tailwind and GraphQL.", "Strong Kafka, Spark, Snowflake
    and Airflow skills": words that only say the names are wanted, then three names or more with no opening
    "with"/"in": each name is asked on its own; None for any other line."""
    words = line.strip().split()
    lead = 0
    while (
        lead < len(words)
        and re.fullmatch(r"[A-Za-z'’-]+", words[lead])
        and all(
            w in _GENERIC_LEAD or w in _WANTED_LEAD or w in _CONTRACTED
            for w in re.findall(r"[a-z]+", words[lead].casefold())
        )
    ):
        lead += 1
    if not 1 <= lead <= 6 or words[lead - 1].endswith((",", ".", ":")):
        return None
    rest = _GENERIC_TAIL.sub("", " ".join(words[lead:]))
    return _names(rest, least=3)


def trailing_names(line: str) -> list[str] | None:
    """ "Tracing with Jaeger, Tempo and Loki" -> "Tracing" and each name: the practice (unless the lead is a
    bare "experience with") and each of three names or more; None when the phrase closes on no such list.
    Two names stay one ask ("Native iOS experience with Swift and SwiftUI", "Go or Rust"): both read
    together, and one alone would carry the lead's practice it does not show."""
    opener = _LIST_OPENER.match(line.strip())
    if not opener:
        return _bare_lead_names(line)
    if len(opener.group(1).split()) > 8 or re.search(r"\d", opener.group(1)):
        return None  # "5+ years in Rust, C or C++": the amount is asked of the list as a whole
    lead = re.sub(r"\s+(?:with|in|using|such as|like|including)$", "", opener.group(1), flags=re.IGNORECASE)
    lead = re.sub(r"[\s,]+(?:e\.g|for example)\.?$", "", lead).strip(" ,")
    names = _names(line.strip()[opener.end() :], least=3)
    if not names:
        return None
    if set(re.findall(r"[a-z]+", lead.casefold())) <= _GENERIC_LEAD:
        return names  # "Experience with Kafka and Flink, Redis": the names are all that is asked
    return [lead, *names]  # "Secure coding in Rust, Go or Python": the practice is asked too


def name_pair(line: str) -> list[str] | None:
    """ "Production experience with Kafka and Flink" -> Kafka, Flink: two names joined by "and" or a comma
    after a lead that asks nothing else are two asks, each held or not (an ad's inline list, read one item
    at a time: "Knowledge of PCI DSS, SOC 2"); "Go or Rust" stays one (either meets it), and so does a
    practice's lead ("Native iOS experience with Swift and SwiftUI"). Read after a bilingual ad's twin lines
    are paired, so the English line still pairs with its translation. A pair after a field named in a word or two
    ("Observability with Prometheus and Datadog") is two asks as well; a bare pair ("Kotlin and Spring Boot")
    stays one, as older postings' lists were read. None when the line is not such a pair."""
    for opener in (_LIST_OPENER.match(line.strip()), _OF_OPENER.match(line.strip())):
        if not opener or len(opener.group(1).split()) > 8 or re.search(r"\d", opener.group(1)):
            continue
        lead = re.sub(r"\s+(?:with|in|using|of)$", "", opener.group(1), flags=re.IGNORECASE)
        rest = line.strip()[opener.end() :]
        if not set(re.findall(r"[a-z]+", lead.casefold())) <= _GENERIC_LEAD:
            continue
        joins = len(re.findall(r"\s(?:and|&)\s", rest)) + rest.count(",")
        if joins != 1 or re.search(r"\bor\b|/", rest):
            continue
        # a comma sets list items apart; "HTML5 and CSS3" may be read together, so only tools split at "and"
        names = _names(rest, least=2, standards="," in rest)
        if names:
            return names
    return _field_pair(line)


def _short_names(text: str) -> list[str] | None:
    """The two names of a pair, each a word or two ("Spring Boot"); None when one is longer: three name
    words and more are one product's or certificate's title ("Terraform Authoring and Operations
    Professional"), not a list."""
    names = _names(text, least=2)
    return names if names and all(len(n.split()) <= 2 for n in names) else None


# A field of work put before two tools with "with" ("Observability with Prometheus and Datadog", "Testing with
# JUnit and Testcontainers"): one or two words, none of them a verb's practice nor "experience".
_FIELD_PAIR = re.compile(r"^([\w-]+(?:\s+[\w-]+)?)\s+with\s+(?=\S)", re.IGNORECASE)


def _field_pair(line: str) -> list[str] | None:
    """ "Observability with Prometheus and Datadog" -> Prometheus, Datadog: a field named in a word or two and
    then two known tools, each of which the ad runs; one alone does not meet the other (a technology never
    named is missing even when an adjacent one is). A longer lead says a practice done with both ("Native
    Android experience with Kotlin and Compose") and stays whole. None for any other line."""
    opener = _FIELD_PAIR.match(line.strip())
    if not opener or _EXPERIENCE_WORDS & set(re.findall(r"[a-z]+", opener.group(1).casefold())):
        return None
    rest = line.strip()[opener.end() :].rstrip(".!")
    if len(re.findall(r"\s(?:and|&)\s", rest)) != 1 or re.search(r"\bor\b|/|,", rest):
        return None
    return _short_names(rest)


# The most words a lead before things written with one head noun may have ("has written", "Experience with").
_HEADED_LEAD_MOST_WORDS = 4


def _named_kind(words: str) -> bool:
    """The words naming one member of a kind: an acronym ("CAN"), a name with inner capitals ("iOS") or a
    known technology ("Android"); a plain word capitalised at the line's start is not one ("Unit tests")."""
    return bool(words) and all(_ACRONYM.fullmatch(w) or _technology(w) for w in words.split())


def _headed_items(text: str) -> list[str] | None:
    """ "CAN drivers and LIN drivers" -> each item, when every item is a name of a word or two and then one
    head noun, the same for all, joined by commas and one "and"; None otherwise."""
    if len(re.findall(r"\band\b", text)) != 1:
        return None
    items = [i.strip() for i in re.split(r",\s+(?:and\s+)?|\s+and\s+", text) if i.strip()]
    heads = {i.split()[-1] for i in items}
    if len(items) < 2 or len(heads) != 1 or not re.fullmatch(r"[A-Za-z][A-Za-z-]+", next(iter(heads))):
        return None
    if not all(2 <= len(i.split()) <= 3 and _named_kind(" ".join(i.split()[:-1])) for i in items):
        return None
    return items if len({i.casefold() for i in items}) == len(items) else None


def shared_head_names(line: str) -> list[str] | None:
    """ "has written CAN drivers and LIN drivers" -> "CAN drivers", "LIN drivers": the head noun written again
    after each name says the names are things of one kind, each asked; one shown does not show the other
    (a technology never named is missing even when an adjacent one is). The lead, a few words saying only
    that it was done or is wanted, is dropped as a pair's lead is. None for any other line: "or" offers a
    choice (read by the alternatives), and a head written once ("CAN and LIN drivers") is left to the pair
    rules."""
    text = line.strip().rstrip(".!;").strip()
    if re.search(r"\bor\b|[()\[\]:;/]|\b\d", text):
        return None
    words = text.split()
    for lead in range(min(_HEADED_LEAD_MOST_WORDS, len(words) - 3) + 1):
        if lead and words[lead - 1].endswith(","):
            return None
        items = _headed_items(" ".join(words[lead:]))
        if items:
            return items
    return None


# The employer naming what its own systems are made of or run on ("Our stack is Go, Java and Elixir on AWS",
# "our services are event-driven on Kafka", "Our older workloads still run on GKE", "all our dashboards live in
# Datadog"): "our", a few words saying which systems, then a verb of being, running or living, then the names.
_STACK_LEAD = re.compile(
    r"^(?:all\s+)?our\s+(?:[\w-]+\s+){0,3}?(?:"
    r"(?:is|are)\s+(?:(?:mostly|mainly|largely|entirely|all)\s+)?"
    r"(?:(?:written|built|hosted|deployed|running|based)\s+(?:in|on|with)\s+|[\w-]+\s+on\s+)?"
    r"|(?:(?:still|mostly|mainly|all|now)\s+)?(?:run|runs|live|lives|sit|sits)\s+(?:on|in)\s+"
    r"|(?:includes?|consists?\s+of|spans?)\s+"
    # the people who build it and what they build in ("Our player team works in HTML, CSS and JavaScript",
    # "our data engineers build with dbt and Snowflake"): the tools the hire will work with beside them
    r"|(?<=\s)(?:(?:mostly|mainly|all|now|already)\s+)?(?:works?|builds?|codes?|writes?|develops?|ships?)"
    r"\s+(?:(?:mostly|mainly|entirely|everything|all)\s+)?(?:in|with)\s+"
    r")(?=\S)",
    re.IGNORECASE,
)
# What the hire will be doing with that stack, said after it ("..., so you will be reading front-end code too"):
# the work it brings, not another name; "so you should know ..." is an ask of its own and keeps the sentence whole.
_SO_YOU_WILL = re.compile(r",?\s+so\s+you(?:'ll|’ll|\s+will)\s+(?:be\s+)?[a-z]+ing\b.*$", re.IGNORECASE)
# Where one statement of the stack ends and the next begins ("..., and all our dashboards live in Datadog").
_NEXT_STATEMENT = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?=(?:all\s+)?our\s)", re.IGNORECASE
)
# What sets the names of a stack apart: commas, "and", and the platform they run on ("Elixir on AWS").
_STACK_SEPARATOR = re.compile(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&|on|in|with)\s+", re.IGNORECASE)


def stack_names(sentence: str) -> list[str] | None:
    """ "Our stack is Go, Java and Elixir on AWS" -> Go, Java, Elixir, AWS: the tools an employer says its
    systems are built with or run on are what the hire will work with, each asked as a "Tech we use:" line
    asks it; read whole the sentence was a blurb about the employer ("our ...") and none of them was asked.
    None unless every statement is of that shape and every item a name, one at least a known technology
    ("Our customers are Lufthansa and BMW" names no tool; "Our office is in Munich" names no system)."""
    text = _SO_YOU_WILL.sub("", sentence.strip().rstrip(".!").strip())
    statements = [s for s in _NEXT_STATEMENT.split(text) if s.strip()]
    names: list[str] = []
    for statement in statements:
        lead = _STACK_LEAD.match(statement.strip())
        if lead is None:
            return None
        items = [i.strip() for i in _STACK_SEPARATOR.split(statement.strip()[lead.end() :]) if i.strip()]
        if not items or not all(_is_name(i) for i in items) or not any(_technology(i) for i in items):
            return None
        names.extend(items)
    return list(dict.fromkeys(names)) or None
