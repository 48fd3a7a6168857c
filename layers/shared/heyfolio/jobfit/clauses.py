"""A prose sentence that asks for several things at once, read as one requirement per thing.

Why: a recruiter writes "The hiring manager wants two years as an engineering manager, a background in
frontend (React), and someone who has hired engineers before." Checked as one requirement, the
people-management check of the first clause decides the other two; each clause is its own ask.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.asked import ask_then_years

__all__ = ["asks_in"]

# Who wants it and the verb of wanting, at the start of a sentence ("The hiring manager wants",
# "They'd like the person to be"): how the ask is framed, not what is asked.
_LEAD_IN = re.compile(
    r"^(?:[\w-]+\s+){0,4}?(?:[\w-]+(?=['’](?:d|re|s)\s))?(?:wants?|would\s+like|['’]d\s+like|(?:is|are|['’]re|['’]s)\s+looking\s+for|needs?|"
    r"(?:['’]d|would|will)\s+need|"
    r"requires?|seeks?|(?:is|are)\s+after)\s+"
    r"(?:(?:the\s+person|the\s+candidate|a\s+candidate|someone|somebody|you|them)\s+to\s+(?:be|have)\s+)?",
    re.IGNORECASE,
)
# The person asked for, then what is said of them ("someone with ...", "an engineer who ...").
_WHOM = re.compile(
    r"(?:someone|somebody|a person|a candidate|an engineer|a developer|people)\s+(?:(?=with\b)|who\s+)", re.I
)
_WHO_SPLIT = re.compile(r",?\s+(?:and\s+)?who\s+(?![^()]*\))", re.IGNORECASE)
_MIN_WORDS = 3  # a clause of its own: "a background in frontend", not "React" in "React, Vue and Go"


def _top_level_commas(text: str) -> list[str]:
    """``text`` cut at commas outside brackets ("a background in frontend (React, Vue)" stays whole)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [p.strip() for p in out]


# How much a job wants a thing, said after it ("Rust would be great", "a background in logistics is a big plus").
_WANTING = re.compile(
    r"\b(?:is|are|would be|'d be|will be)\s+(?:a\s+|an\s+)?(?:big\s+|huge\s+|real\s+|strong\s+)?"
    r"(?:plus|bonus|great|nice|welcome|advantage|asset|must|required|essential|preferred|helpful|useful)\b",
    re.IGNORECASE,
)
_AND_SPLIT = re.compile(r",?\s+(?:and|while)\s+(?=(?:a|an|the|some|any)?\s*[\w-]+)", re.IGNORECASE)


def _each_wanted(sentence: str) -> list[str] | None:
    """ "Experience with Rust would be great, and a background in logistics is a big plus.": two things, each
    with how much it is wanted; None when the sentence is not two such halves."""
    body = sentence.strip().rstrip(" .!")
    for m in _AND_SPLIT.finditer(body):
        left, right = body[: m.start()].strip(" ,"), body[m.end() :].strip()
        if (
            _WANTING.search(left)
            and _WANTING.search(right)
            and len(left.split()) >= 3
            and len(right.split()) >= 3
        ):
            return [left, right]
    return None


_SO_THEN = re.compile(r",\s+so\s+", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_PAIR_MIN_WORDS = 4


def _two_things(text: str) -> list[str] | None:
    """ "line management of 10 engineers and ownership of a €1M budget": two asks joined by "and", each a
    phrase of its own (four words at least), not two names ("Kafka and Spark"); None otherwise."""
    if "," in text:
        return None
    for m in _AND.finditer(text):
        left, right = text[: m.start()].strip(), text[m.end() :].strip(" .!")
        if len(left.split()) >= _PAIR_MIN_WORDS and len(right.split()) >= _PAIR_MIN_WORDS:
            return [left, right]
    return None


# A second clause about the candidate ("You run X and you write Y"), or a second wanted thing after a
# wanted one ("X is a plus, as is Y").
_AND_YOU = re.compile(r",?\s+and\s+you\s+(?=\w)", re.IGNORECASE)
_AS_IS = re.compile(r",\s+as\s+(?:is|are)\s+(?=\w)", re.IGNORECASE)


def _clauses_about_you(sentence: str) -> list[str] | None:
    """ "You have run Kafka in production and you write Terraform.": each clause said of the candidate is an
    ask; "Istio is a plus, as is Kafka." likewise. None when the sentence is not so joined."""
    body = sentence.strip().rstrip(" .!")
    if re.match(r"you\b", body, re.IGNORECASE):
        m = _AND_YOU.search(body)
        if m and len(body[: m.start()].split()) >= 4 and len(body[m.end() :].split()) >= 3:
            return [body[: m.start()].strip(" ,"), body[m.start() :].strip(" ,").removeprefix("and ").strip()]
    m = _AS_IS.search(body)
    if m and _WANTING.search(body[: m.start()]) and len(body[m.end() :].split()) >= 2:
        return [body[: m.start()].strip(" ,"), body[m.end() :].strip()]
    return None


def asks_in(sentence: str) -> list[str]:
    """The things a framed prose sentence asks for: its list's clauses ("wants A, B, and C" -> A, B, C),
    or the ask without its framing ("They'd like the person to be based in Lisbon" -> "based in
    Lisbon"); the sentence itself when it is not framed so."""
    halves = _each_wanted(sentence) or _clauses_about_you(sentence)
    if halves:
        return halves
    m = _LEAD_IN.match(sentence.strip())
    if not m:
        # "Their stack differs by unit, so they need Snowflake or Databricks": the reason, then the ask
        so = _SO_THEN.search(sentence)
        if so and _LEAD_IN.match(sentence[so.end() :].strip()):
            return asks_in(sentence[so.end() :])
        return [sentence]
    rest = sentence.strip()[m.end() :].rstrip(" .!")
    if not rest:
        return [sentence]
    if (pair := ask_then_years(rest.rstrip(" ;"))) is not None:
        # "staff-level experience and 8+ years of Go"; "A, B, and 3 years of C": each item of the list
        head = _top_level_commas(pair[0])
        if len(head) >= 2 and all(len(p.split()) >= 2 for p in head):
            return [*head, pair[1]]
        return pair
    whom = _WHOM.match(rest)
    if whom:
        # "someone with deep experience in X, who has led Y": the person asked for is each thing said of them
        parts = [p.strip(" ,") for p in _WHO_SPLIT.split(rest[whom.end() :]) if p.strip(" ,")]
        items = [re.sub(r"^with\s+", "", p, flags=re.IGNORECASE) for p in parts]
        if len(items) >= 2 and all(len(p.split()) >= _MIN_WORDS for p in items):
            return items
        if rest[whom.end() :].casefold().startswith("with "):
            # "someone with 5+ years of X, strong Python, and Y": the things the person comes with
            rest = rest[whom.end() + len("with ") :]
            pair = _two_things(rest)
            if pair:
                return pair
    parts = _top_level_commas(rest)
    if len(parts) >= 3 or (len(parts) == 2 and parts[-1].startswith("and ")):
        items = [re.sub(r"^(?:and|or)\s+", "", p) for p in parts]
        # "deep experience with Kafka, hands-on dbt, and Airflow at scale": clauses, one short ("hands-on
        # dbt") among longer ones; not a list of names ("React, Vue and Go")
        long_enough = all(len(p.split()) >= _MIN_WORDS for p in items) or (
            all(len(p.split()) >= 2 for p in items) and sum(len(p.split()) >= _MIN_WORDS for p in items) >= 2
        )
        if long_enough and parts[-1].startswith(("and ", "or ")):
            return items
    if m.group(0).rstrip().casefold().endswith(("to be", "to have")):
        return [rest]
    return [sentence]
