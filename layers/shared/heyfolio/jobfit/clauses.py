"""A prose sentence that asks for several things at once, read as one requirement per thing.

Why: a recruiter writes "The hiring manager wants two years as an engineering manager, a background in
frontend (React), and someone who has hired engineers before." Checked as one requirement, the
people-management check of the first clause decides the other two; each clause is its own ask.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.asked import ask_then_years, years_then_ask
from heyfolio.jobfit.named import is_technology

__all__ = ["asks_in", "fields_together", "valued_apart"]

# Who wants it and the verb of wanting, at the start of a sentence ("The hiring manager wants",
# "They'd like the person to be"): how the ask is framed, not what is asked.
_LEAD_IN = re.compile(
    r"^(?:[\w-]+\s+){0,4}?(?:[\w-]+(?=['’](?:d|re|s)\s))?(?:wants?|would\s+like|['’]d\s+like|(?:is|are|['’]re|['’]s)\s+looking\s+for|needs?|expects?|"
    r"(?:['’]d|would|will)\s+need|"
    r"requires?|seeks?|(?:is|are)\s+after|"
    # the candidate as the subject of a list ("You bring 5+ years of X, strong C++, and Y")
    r"(?<=you )(?:bring|have)|(?<=['’]ll )(?:bring|have)|(?<=will )bring|(?<=should )have|(?<=must )have)\s+"
    r"(?:(?:the\s+person|the\s+candidate|a\s+candidate|someone|somebody|you|them)\s+to\s+(?:be|have)\s+)?",
    re.IGNORECASE,
)
# The person asked for, then what is said of them ("someone with ...", "an engineer who ...").
_WHOM = re.compile(
    r"(?:someone|somebody|a person|a candidate|an engineer|a developer|people)\s+(?:(?=with\b)|who\s+)", re.I
)
# The hire named by the role, then what is said of them ("a Staff Frontend Engineer who has shipped X and who
# has built Y"): the title is whom the ad wants, each "who" clause an ask.
_TITLE_WHO = re.compile(
    r"an?\s+(?:[\w-]+\s+){0,4}?(?:engineer|developer|manager|lead|leader|designer|scientist|analyst|"
    r"architect|consultant|researcher|programmer|administrator|specialist|director|head|owner|officer)s?"
    r"\s+who\s+",
    re.I,
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
    r"(?:plus|bonus|great|nice|welcome|advantage|asset|must|required|essential|preferred|helpful|useful|expected|"
    r"mandatory|desirable|needed)\b",
    re.IGNORECASE,
)
# When the help is felt ("... will help you on day one", "helps you from day one"): still how much it is valued
_FROM_THE_START = r"(?:\s+you)?\s+(?:on|from)\s+(?:day\s+one|the\s+first\s+day|your\s+first\s+day)"
# How much a job values a thing, said as its effect ("experience with Vue helps", "fluent Spanish matters").
# ("helps" only closing the sentence: "the platform team helps you deploy" says what the team does)
_VALUED = re.compile(
    r"\b(?:(?:helps?|would (?:really |also )?help|will help)(?:\s+(?:a lot|a great deal|too|as well))?"
    rf"(?:{_FROM_THE_START})?(?=\W*$)|"
    r"matters?|counts?|(?:is|are|would be) (?:valued|important|key|critical|crucial|appreciated|useful|beneficial|"
    r"an? (?:plus|bonus|advantage|asset)))\b",
    re.IGNORECASE,
)
_AND_SPLIT = re.compile(r",?\s+(?:and|while)\s+(?=(?:a|an|the|some|any)?\s*[\w-]+)|;\s+(?=\w)", re.IGNORECASE)
# Two things wanted together with a plural verb ("GPU programming with CUDA and experience with Julia are pluses").
_BOTH_WANTED = re.compile(
    r"^(?P<left>.+?)\s+and\s+(?P<right>.+?)\s+(?:are|would be|will be)\s+(?:(?:both|also|big|huge|real|strong|nice)\s+)*"
    r"(?:pluses|bonuses|advantages|assets|nice[- ]to[- ]haves?|welcome|a plus|a bonus|an advantage|"
    r"desirable|preferred|valued|appreciated|helpful|useful)\b.*$",
    re.IGNORECASE,
)
# The word on how much a thing is valued, closing an ask ("experience with Vue helps", "... is valued because
# you will hand the code over"): framing, not what is asked.
_VALUING_TAIL = re.compile(
    r"\s+(?:helps?|would (?:really |also )?help|will help|matters?|counts?|(?:is|are) (?:valued|appreciated))"
    rf"(?:\s+a lot)?(?:{_FROM_THE_START})?(?:\s+(?:because|as|since|for)\b.*)?$",
    re.IGNORECASE,
)


def _without_valuing(item: str) -> str:
    """``item`` without its closing word of value ("fluent Spanish matters" -> "fluent Spanish")."""
    body = item.strip().rstrip(" .!;")
    cut = _VALUING_TAIL.sub("", body)
    return cut if cut.strip() and cut != body else item


def _each_wanted(sentence: str) -> list[str] | None:
    """ "Experience with Rust would be great, and a background in logistics is a big plus.": two things, each
    with how much it is wanted; None when the sentence is not two such halves."""
    body = sentence.strip().rstrip(" .!")
    both = _BOTH_WANTED.match(body)
    if both and len(both["left"].split()) >= 2 and len(both["right"].split()) >= 2 and "," not in body:
        return [both["left"], both["right"]]
    for m in _AND_SPLIT.finditer(body):
        left, right = body[: m.start()].strip(" ,"), body[m.end() :].strip()
        if (
            (_WANTING.search(left) or _VALUED.search(left))
            and (_WANTING.search(right) or _VALUED.search(right))
            and len(left.split()) >= 3
            and len(right.split()) >= 3
        ):
            return [_without_valuing(left), _without_valuing(right)]
    return None


# A closing word of value with no verb ("SAP IS-H desirable", "Kotlin preferred", "Helm a plus").
_VALUED_CLOSE = re.compile(
    r"\s(?:(?:is|are|would be)\s+)?(?:an?\s+)?(?:desirable|preferred|plus|bonus|advantage|asset|nice to have|welcome)\W*$",
    re.IGNORECASE,
)


def valued_apart(item: str) -> list[str] | None:
    """ "Knowledge of HL7; FHIR is an advantage": a listed item that asks one thing, then after a semicolon a
    second thing with how much it is wanted, is two asks (each held or not); None for any other item
    ("5+ years of Go; at least two in production" qualifies the first ask, it asks nothing of its own)."""
    left, semi, right = item.partition(";")
    left, right = left.strip(), right.strip(" .")
    if not semi or ";" in right or len(left.split()) < 2 or len(right.split()) < 2 or "(" in left[-1:]:
        return None
    if left.count("(") != left.count(")"):
        return None  # "(Kafka; Pulsar)": the semicolon sits inside a bracket
    if not (_WANTING.search(right) or _VALUED.search(right) or _VALUED_CLOSE.search(right)):
        return None
    return [left, right]


_SO_THEN = re.compile(r",\s+so\s+", re.IGNORECASE)
# A reason opening the sentence ("Because we are opening a Berlin office, German is welcome."): why, not what.
_BECAUSE = re.compile(
    r"^(?:because|since|given that|as we(?:'re| are)?)\b[^,]{3,120},\s+(?=\S)", re.IGNORECASE
)


def _reason_then_ask(sentence: str) -> tuple[str, str] | None:
    """ "Our design system lives in Storybook, so experience with Storybook helps.": the ask after the reason
    (the reason speaks of the employer, the ask of the candidate); None when the sentence is not so made."""
    so = _SO_THEN.search(sentence)
    if so:
        tail = sentence[so.end() :].strip()
        if _LEAD_IN.match(tail):
            return "", tail
        if _WANTING.search(tail) or _VALUED.search(tail):
            # the reason stays a clause of its own: a blurb is dropped by the parser, an ask is read
            return sentence[: so.start()].strip(), tail
    because = _BECAUSE.match(sentence.strip())
    if because:
        tail = sentence.strip()[because.end() :]
        if _WANTING.search(tail) or _VALUED.search(tail):
            return "", tail
    return None


# The close of a list of fields a degree may be in ("physics, applied mathematics or a related field").
_FIELD_TAIL = re.compile(
    r"\bor\s+(?:an?\s+|any\s+)?(?:other\s+)?(?:related|similar|equivalent|relevant|comparable|adjacent|"
    r"quantitative|technical|scientific)\s+(?:\w+\s+)?(?:fields?|disciplines?|subjects?|areas?|degrees?|majors?)\b",
    re.IGNORECASE,
)


def fields_together(items: list[str]) -> list[str]:
    """Items cut at commas with the fields of one degree put back together: "a PhD in chemistry", "physics or a
    related field" -> "a PhD in chemistry, physics or a related field" (the fields are alternatives of one ask)."""
    out: list[str] = []
    for item in items:
        if out and _FIELD_TAIL.search(item) and len(item.split()) <= 8:
            while len(out) >= 2 and len(out[-1].split()) <= 3:
                item = f"{out.pop()}, {item}"  # "physics", "chemistry", ... before the close
            out[-1] = f"{out[-1]}, {item}"
        else:
            out.append(item)
    return out


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


# A second ask after "and" named by what is asked of it ("strong PyTorch skills and experience with distributed
# training", "3 years as a manager and a background in Go"): experience, a background, a record, knowledge.
_AND_ASK_NOUN = re.compile(
    r"\s+and\s+(?=(?:an?\s+)?(?:(?:proven|solid|strong|deep|good|hands-on|practical|some|prior|demonstrable)\s+)?"
    r"(?:experience|background|track\s+record|knowledge|familiarity|exposure|understanding|ownership)\s+"
    r"(?:with|in|of|as|on)\b)",
    re.IGNORECASE,
)


def _ask_and_ask(text: str) -> list[str] | None:
    """ "strong PyTorch skills and experience with distributed training": two asks, the second named as
    experience (a background, knowledge) of its own thing; each is held or not. None when the text has a comma
    (a list, read elsewhere) or no such second ask."""
    if "," in text:
        return None
    m = _AND_ASK_NOUN.search(text)
    if m is None:
        return None
    left, right = text[: m.start()].strip(), text[m.end() :].strip(" .!")
    if len(left.split()) < 2 or len(right.split()) < 4:
        return None
    return [left, right]


# A second clause about the candidate ("You run X and you write Y"), or a second wanted thing after a
# wanted one ("X is a plus, as is Y").
_AND_YOU = re.compile(r",?\s+and\s+you\s+(?=\w)", re.IGNORECASE)
_AS_IS = re.compile(r",\s+as\s+(?:is|are)\s+(?=\w)", re.IGNORECASE)


# Where the next clause about the candidate starts, after a comma or an "and"/"or" ("..., you know Argo CD,
# and you have run Istio"): the candidate named again as its subject.
_NEXT_YOU = re.compile(
    r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?=you(?:['’](?:ll|ve|re|d))?\s+(?:also\s+|ideally\s+)?\w)",
    re.IGNORECASE,
)
# A short framing before the first clause about the candidate ("We'd love to hear from you if you have ...",
# "Ideally, you ...", "In this role you will ..."): how the clauses are introduced, ended by "if" or a comma.
_YOU_PREAMBLE = re.compile(
    r"^(?:[^,;:()]{0,60}?\bif\s+|(?:ideally|preferably|also|above all),?\s+)(?=you\b)", re.I
)
_YOU_SUBJECT = re.compile(r"^(?:[\w'’-]+\s+){0,3}?you(?:['’](?:ll|ve|re|d))?\s+\w", re.IGNORECASE)


def _you_clauses(body: str) -> list[str] | None:
    """ "You'll own our clusters, you'll mentor juniors, and you'll run game days": three clauses, each with
    the candidate as its subject, each an ask of its own (a sentence of two or more such clauses joined by
    commas or "and"). None when the sentence does not open with the candidate as subject."""
    body = _YOU_PREAMBLE.sub("", body, count=1)
    if not _YOU_SUBJECT.match(body):
        return None
    cuts, depth = [], 0
    for i, ch in enumerate(body):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ", " and (i == 0 or body[i - 1] != ","):
            m = _NEXT_YOU.match(body, i)
            if m:
                cuts.append((i, m.end()))
    if not cuts:
        return None
    bounds = [0, *(c for cut in cuts for c in cut), len(body)]
    parts = [body[bounds[k] : bounds[k + 1]].strip(" ,") for k in range(0, len(bounds), 2)]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return None
    return parts


# A second credential joined to a first ("a degree in physics and a CKA certification"): each is held or not.
_CREDENTIAL = r"(?:certification|certificate|degree|diploma|licen[cs]e|qualification)s?"
_AND_CREDENTIAL = re.compile(
    rf",?\s+and\s+(?=(?:an?|the|your)\s+(?:[\w'’+/-]+\s+){{0,4}}?{_CREDENTIAL}\b)", re.IGNORECASE
)
# A state, then an experience, after a modal ("You should be authorised to work here and have led a team"):
# what the candidate is and what they have done, each an ask.
_MODAL_YOU = re.compile(r"^you\s+(?:should|must|need\s+to|will|['’]ll)\s+be\s+\w", re.IGNORECASE)
_AND_VERB = re.compile(r",?\s+and\s+(?=have\s+\w)", re.IGNORECASE)


def _two_of_you(body: str, joint: re.Pattern[str], left_needs: str = "") -> list[str] | None:
    """``body`` cut at the first ``joint`` with three words or more on each side (and ``left_needs`` said on
    the left), or None."""
    for m in joint.finditer(body):
        left, right = body[: m.start()].strip(" ,"), body[m.end() :].strip(" ,")
        if len(left.split()) < 3 or len(right.split()) < 3:
            continue
        if left_needs and not re.search(left_needs, left, re.IGNORECASE):
            continue
        return [left, right]
    return None


def _clauses_about_you(sentence: str) -> list[str] | None:
    """ "You have run Kafka in production and you write Terraform.": each clause said of the candidate is an
    ask; "Istio is a plus, as is Kafka." likewise. None when the sentence is not so joined."""
    body = sentence.strip().rstrip(" .!")
    several = _you_clauses(body)
    if several is not None:
        return several
    if re.match(r"you\b", body, re.IGNORECASE):
        m = _AND_YOU.search(body)
        if m and len(body[: m.start()].split()) >= 4 and len(body[m.end() :].split()) >= 3:
            return [body[: m.start()].strip(" ,"), body[m.start() :].strip(" ,").removeprefix("and ").strip()]
        # "You hold a degree in physics and a CKA certification": two credentials
        pair = _two_of_you(body, _AND_CREDENTIAL, rf"\b{_CREDENTIAL}\b|\bcertified\b")
        if pair is None and _MODAL_YOU.match(body):
            pair = _two_of_you(body, _AND_VERB)  # "You should be authorised to work here and have led a team"
        if pair is not None:
            return pair
    m = _AS_IS.search(body)
    if m and _WANTING.search(body[: m.start()]) and len(body[m.end() :].split()) >= 2:
        return [body[: m.start()].strip(" ,"), body[m.end() :].strip()]
    return None


# Words standing for the things a reason named ("so experience with both is important", "so you should know
# them well"): the ask is of those things.
_NAMED_BACK = re.compile(
    r"\b(?:both(?:\s+of\s+them)?|either(?:\s+of\s+them)?|all\s+of\s+them|each\s+of\s+them|them|these|those)\b",
    re.I,
)


def _named_back(reason: str, tail: str) -> list[str]:
    """ "Our pipelines run on Dask on a Kubernetes cluster, so experience with both is important": the ask
    says "both" for the technologies its reason named, so each is asked in its place ("experience with Dask
    is important", "... with Kubernetes ..."): each is held or not, and the reason, about the employer, is
    dropped as a blurb. ``[tail]`` when the tail names nothing back or the reason names fewer than two."""
    back = _NAMED_BACK.search(tail)
    if back is None:
        return [tail]
    names = list(dict.fromkeys(w for w in re.findall(r"[\w.+#-]+", reason) if is_technology(w)))
    word = back.group(0).casefold()
    if len(names) < 2 or (word.startswith(("both", "either")) and len(names) != 2):
        return [tail]
    if word.startswith("either"):
        return [tail[: back.start()] + " or ".join(names) + tail[back.end() :]]  # one ask, met by either
    return [tail[: back.start()] + name + tail[back.end() :] for name in names]


def asks_in(sentence: str) -> list[str]:
    """The things a framed prose sentence asks for: its list's clauses ("wants A, B, and C" -> A, B, C),
    or the ask without its framing ("They'd like the person to be based in Lisbon" -> "based in
    Lisbon"); the sentence itself when it is not framed so."""
    if not _LEAD_IN.match(sentence.strip()):
        # "Their stack differs by unit, so they need Snowflake or Databricks": the reason, then the ask
        reason = _reason_then_ask(sentence)
        if reason is not None:
            left, tail = reason
            tails = _named_back(sentence[: sentence.rfind(tail)], tail)
            return [*([left] if left else []), *(_without_valuing(a) for t in tails for a in asks_in(t))]
    halves = _each_wanted(sentence) or _clauses_about_you(sentence)
    if halves:
        return halves
    m = _LEAD_IN.match(sentence.strip())
    if not m:
        return [sentence]
    rest = sentence.strip()[m.end() :].rstrip(" .!")
    if not rest:
        return [sentence]
    if (pair := ask_then_years(rest.rstrip(" ;"))) is not None:
        # "staff-level experience and 8+ years of Go"; "A, B, and 3 years of C": each item of the list
        head = fields_together(_top_level_commas(pair[0]))
        if len(head) >= 2 and all(len(p.split()) >= 2 for p in head):
            return [*head, pair[1]]
        return pair
    if (pair := years_then_ask(rest.rstrip(" ;"))) is not None:
        return pair  # "3+ years as an engineering manager and a background in Go": each on its own
    titled = _TITLE_WHO.match(rest)
    if titled and not _WHOM.match(rest):
        items = [p.strip(" ,") for p in _WHO_SPLIT.split(rest[titled.end() :]) if p.strip(" ,")]
        if items and all(len(p.split()) >= _MIN_WORDS for p in items):
            return items
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
    pair = _ask_and_ask(rest)
    if pair is not None:
        return pair
    parts = fields_together(_top_level_commas(rest))
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
