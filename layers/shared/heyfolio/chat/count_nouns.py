"""What a number counts: the noun a figure is attached to, and the nouns that answer a count.

Why: "how many customers does Tiroir have?" was answered with "used in about 300 published apps" -
a figure in the right passage, of the wrong thing. A figure counts the noun written with it ("2.4
million downloads", "six mobile engineers", "a team of seven"), and a count question is answered
only by a figure whose noun is the thing asked for, one of its synonyms ("clients" for "customers",
"installs" for "downloads"), or - when the question counts people in general ("how many people",
"how big is her team") - any noun naming people, or what the question's verb makes of them ("how
many people installed it?" is answered by downloads, "contribute" by contributors).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from heyfolio.search.served import served_nouns
from heyfolio.search.text import analyze

__all__ = [
    "accepted_nouns",
    "attached_nouns",
    "following_nouns",
    "is_generic_people",
    "is_known",
    "matches",
    "noun_terms",
    "team_nouns",
    "verb_terms",
]


# A noun made from a verb or adjective with "-ation" ("publications", "organisations",
# "integrations"): the stemmer cuts it back to its root ("public", "organ", "integr"), which an
# adjective before another noun shares ("three public agencies" counts agencies, not publications).
_NOMINAL = re.compile(r"^[a-zà-ÿ]{3,}ations?$")


def noun_terms(words: str) -> list[str]:
    """The terms of ``words`` as counted nouns: index terms, but an "-ation" noun is kept whole
    (singular), so it is not read as the root it shares with other words."""
    out: list[str] = []
    for word in words.split():
        low = word.casefold().strip(".,;:!?()\"'")
        whole = low.removesuffix("s").replace("isation", "ization")
        out.extend([whole] if _NOMINAL.match(low) else analyze(word))
    return out


def _stems(words: str) -> frozenset[str]:
    return frozenset(noun_terms(words))


# Nouns that count people in general: any noun naming people answers them.
_GENERIC_PEOPLE = _stems("people persons person folks individuals humans heads headcount reports")
# Nouns naming people (or a group of them: "a team of seven").
_PEOPLE = _GENERIC_PEOPLE | _stems(
    "engineers developers programmers devs coders staff employees members hires colleagues students learners "
    "kids children teenagers teens pupils mentees users customers clients contributors maintainers attendees "
    "participants visitors riders players subscribers patients speakers volunteers designers analysts "
    "scientists managers interns testers women men girls boys adults trainees apprentices researchers "
    "reviewers authors writers team teams group squad crew workers hikers drivers passengers readers "
    "listeners viewers fans followers"
)
# Nouns naming a group, not its people: "how many people use her team's app?" does not count the team.
_GROUPS = _stems("team teams group squad crew")
# People an entry is measured by - a company's headcount, a product's users, a project's contributors,
# an event's attendees - not a team: "six engineers" is not how many employees a company has, and
# "about 450 employees" is not the size of her team.
_MEASURED = _stems(
    "employees headcount users customers clients subscribers accounts contributors maintainers committers "
    "attendees participants guests visitors followers fans readers listeners viewers passengers patients "
    "riders players hikers drivers"
)
# People who make a thing, not who use, buy or attend it: a team's figure ("six engineers", "a team of
# seven") does not count a product's users or a project's contributors.
_MAKERS = _stems(
    "engineers developers programmers devs coders team teams group squad crew staff employees headcount hires "
    "colleagues managers interns designers analysts scientists testers workers reports"
)
# People a thing is used by, said as who they are ("9,000 students and parents", "40 field technicians").
_USERS_SAID = (
    _PEOPLE
    - _MAKERS
    - _stems("contributors maintainers mentees speakers volunteers reviewers authors writers")
)
# People who belong to something, not to a team someone leads ("a meetup of 1,100 members").
_MEMBERS = _stems("members")
# A company's headcount said as a size ("a 30-person start-up", "a firm of 200 people").
_HEADCOUNT = _stems("employees staff headcount")
_HEADCOUNT_SAID = _stems("person people")
# Verbs that make the people counted a team the owner leads ("how many employees did she manage?").
_LEADS = re.compile(
    r"\b(?:manag\w*|lead|leads|led|leading|supervis\w*|oversaw|oversee\w*|hire[sd]?|hiring|mentor\w*|"
    r"coach\w*|train(?:s|ed|ing)?|onboard\w*|report(?:s|ed|ing)? to (?:her|him|them))\b",
    re.IGNORECASE,
)
# Synonym families: a question's noun (any word of a family) is answered by a figure of any word of it.
_FAMILIES: tuple[frozenset[str], ...] = tuple(
    _stems(words)
    for words in (
        "engineers developers programmers devs coders",
        "employees staff workers headcount",
        "users subscribers players riders visitors members accounts",
        "customers clients merchants companies businesses organisations organizations firms banks retailers "
        "brands tenants buyers agencies",
        "downloads installs installations",
        "stars stargazers",
        "countries nations markets",
        "cities towns",
        "kids children teenagers teens pupils students learners mentees trainees",
        "attendees participants visitors guests",
        "apps applications",
        "talks presentations keynotes lectures",
        "articles posts essays blogposts",
        "papers publications",
        "contributors maintainers committers",
        "services microservices",
        "languages",
        "requests events messages transactions writes reads appends operations queries calls records",
        "bugs issues defects problems errors violations findings",
    )
)
# The parts a sentence may give the ones it counts (``search.served``): customers or clients (of a
# product used by them or of work done for them), and users (of a product used by them).
_CLIENTS = _stems("customers clients")
_USERS = _stems("users")
# "use" is a stop word of the index (it says nothing of a topic), so a question's use of it is read
# from its words (``verb_terms``) as this marker.
_USE_VERB = "use"
_USES = re.compile(r"\b(?:use[sd]?|using)\b", re.IGNORECASE)
# What a question's verb makes of people in general ("how many people installed the app?").
_VERB_NOUNS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (_stems(verbs) or frozenset({verbs}), _stems(nouns))
    for verbs, nouns in (
        ("install installed download downloaded", "downloads installs installations users"),
        (_USE_VERB, "users subscribers players riders members accounts downloads installs"),
        ("contribute contributed", "contributors maintainers committers"),
        ("attend attended come came", "attendees participants visitors guests members"),
        ("visit visited", "visitors"),
        ("subscribe subscribed", "subscribers"),
        ("star starred", "stars stargazers"),
        ("read", "readers views"),
        ("watch watched view viewed", "viewers views"),
    )
)
# Words between a figure and its noun that say how big it is, not what it counts.
_SCALE = frozenset(
    {
        "million",
        "millions",
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "billion",
        "k",
        "m",
        "bn",
        "dozen",
    }
)
# Words that end the noun phrase after a figure.
_STOP = frozenset(
    re.findall(
        r"\w+",
        "and or to from in on at by with for of per across into than the a an as over under about around "
        "after before during within while since until which that who each every",
    )
)
# Words that qualify a figure ("about 35", "more than 40") between it and the noun before it.
_QUALIFIERS = frozenset(
    {"about", "around", "roughly", "nearly", "almost", "over", "under", "some", "just", "only"}
)
# Figures that take "of" before their noun ("thousands of users", "a million of them").
_SCALE_OF = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    "dozens?|hundreds|thousands|millions"
)
# Words before a noun that make the people or firms a figure counts a product's users.
_USING = frozenset({"registered", "paying", "subscribed", "enrolled"})
_FIGURE = re.compile(rf"^(?:\d[\d,.]*\+?|(?:{_NUMBER_WORDS}))$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TOKEN = re.compile(r"\d[\d,.]*\d\+?|\d\+?|[A-Za-zÀ-ÿ][\wÀ-ÿ'’]*|[^\s\w]")


def _figure(token: str) -> bool:
    return bool(_FIGURE.match(token)) and not _YEAR.match(token)


def attached_nouns(sentence: str) -> set[str]:
    """The index terms of the nouns the figures of ``sentence`` count: up to three words after
    each figure ("45 regular students", "1.2 million downloads"), and the noun a figure is "of"
    ("a team of seven"). Years are not figures; "six-person" reads as "six person"."""
    tokens = _TOKEN.findall(re.sub(r"(?<=\w)-(?=\w)", " ", sentence))
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if not _figure(token):
            continue
        words: list[str] = []
        scaled = token.casefold() in _SCALE_OF
        for nxt in tokens[i + 1 : i + 6]:
            low = nxt.casefold()
            if low in _SCALE or _figure(nxt) or (low == "of" and scaled and not words):
                scaled = scaled or low in _SCALE_OF
                continue  # "1.2 million downloads", "thousands of users"
            if low in _STOP or not nxt[:1].isalpha() or len(words) == 3:
                break
            # "a seven-person team": "person" is no index term of its own, "people" is
            words.append("people" if low in ("person", "persons") else low)
        out.update(noun_terms(" ".join(words)))
        if words and words[0] in _USING:
            # "3,100 registered farmers", "2,000 paying shops": people or firms counted as the ones who
            # signed up for or pay for a product are its users, whatever the product calls them
            out.update(noun_terms("users"))
        out.update(noun_terms(_counted_before(tokens, i)))
    for role, _ in served_nouns(sentence):
        # "used by 27 councils", "applications for 25 housebuilders": the ones a thing is used by are
        # its users, the ones work is done for its clients, whatever the sentence calls them - a count
        # of that part by its name only ("how many people ...?" is not answered by 27 councils)
        out.add(_served(role))
    return out


def _served(role: str) -> str:
    """The term marking a figure of the ones served in ``role`` (no index term ends like it)."""
    return f"served:{role}-of"


# A verb changing an amount, whose object a later "from 46 to 12" counts ("reduced pages to the on-call
# rotation from 46 to 12 per month": pages, not the rotation)
_CHANGING = frozenset(
    re.findall(
        r"\w+",
        "reduced reduce reduces cut cuts lowered raised increased grew grown doubled halved brought took "
        "dropped shrank trimmed boosted improved",
    )
)
_CHANGE_REACH = 8  # tokens between the verb and "from"


def _counted_before(tokens: Sequence[str], i: int) -> str:
    """The noun before a figure that it counts: "a team of seven", "pages from about 35 to 8", and
    the object of the verb a "from" figure changes ("reduced pages to the rotation from 46 to 12")."""
    j = i - 1
    while j >= 0 and tokens[j].casefold() in _QUALIFIERS:
        j -= 1
    if j < 1 or tokens[j].casefold() not in ("of", "from") or not tokens[j - 1][:1].isalpha():
        return ""
    own = tokens[j - 1] if tokens[j - 1].casefold() not in _STOP else ""
    if tokens[j].casefold() != "from":
        return own
    verb = next(
        (k for k in range(j - 1, max(-1, j - 1 - _CHANGE_REACH), -1) if tokens[k].casefold() in _CHANGING),
        None,
    )
    if verb is None:
        return own
    words: list[str] = []
    for nxt in tokens[verb + 1 : j]:
        if nxt.casefold() in _STOP or not nxt[:1].isalpha() or len(words) == 3:
            if words:
                break
            continue  # "cut the p95 latency": past the article
        words.append(nxt.casefold())
    return " ".join([own, *words]).strip()


def verb_terms(text: str) -> list[str]:
    """The terms of ``text`` that may say what counted people do: its index terms, and the marker
    for "use" (a stop word the index drops: "how many people use the app?")."""
    return [*analyze(text), *([_USE_VERB] if _USES.search(text) else [])]


def is_generic_people(noun: Iterable[str]) -> bool:
    """Whether a counted noun (index terms) counts people in general ("people", "direct reports")."""
    return bool(set(noun) & _GENERIC_PEOPLE)


def team_nouns() -> frozenset[str]:
    """The nouns whose figures say how big a team is: people, not a company's headcount or a
    product's users ("about 60 employees" is the company's size, not her team's)."""
    return _PEOPLE - _MEASURED - _HEADCOUNT


def following_nouns() -> frozenset[str]:
    """The nouns whose figures say how big a following is (a community, an audience, a user base):
    its members, users, subscribers, readers or attendees, not the people who make the product."""
    # "a community of 5,000" counts the community itself
    return (_PEOPLE - _MAKERS) | _MEMBERS | _stems("downloads stars community communities audience following")


def accepted_nouns(noun: Iterable[str], rest: Iterable[str] = (), asked: str = "") -> frozenset[str]:
    """The index terms of the nouns whose figures answer a count of ``noun`` (its head word: the
    last term), given the other terms of the question (``rest``: its verbs) and its words after
    the noun (``asked``: whether it asks of people she led)."""
    terms = list(noun)
    if not terms:
        return frozenset()
    if is_generic_people(terms):
        # "how many people use the app?" counts its users (or downloads), not the engineers who
        # build it: a verb saying what the people do narrows them to the nouns it makes of them
        verbs = set(rest)
        derived = [nouns for vs, nouns in _VERB_NOUNS if vs & verbs]
        # "how many people attended her workshops for women researchers?": the people the question
        # names are the ones counted, whatever its verb makes of people in general
        named = (verbs & _PEOPLE) - _GENERIC_PEOPLE - _GROUPS
        if _USE_VERB in verbs:
            # "how many people use the site?": "9,000 students and parents a month" are the people
            # who use it, whatever the site calls them (not who build or write for it)
            derived.append(_USERS_SAID)
        if derived:
            return _GENERIC_PEOPLE.union(*derived, named)
        # "how many people did she manage?" counts a team: a community's or a product's members,
        # users or attendees are not people she managed
        return team_nouns() - _MEMBERS if _LEADS.search(asked) else _PEOPLE
    head = terms[-1]
    family = frozenset({head}).union(*(f for f in _FAMILIES if head in f))
    if family & _CLIENTS:
        family |= {_served("clients"), _served("users")}
    elif family & _USERS:
        family |= {_served("users")}
    if head in _HEADCOUNT and not _LEADS.search(asked):
        # "how many employees does Pied Piper have?": a headcount or a size ("a 30-person start-up"),
        # not the team she worked in
        return family | _HEADCOUNT_SAID
    if head in _MEASURED and not _LEADS.search(asked):
        # "how many contributors does shoal have?": that measure, not a team of engineers; users may be
        # said as the people they are ("9,000 students and parents a month")
        return family | (_PEOPLE - _MAKERS)
    # "how many engineers did she manage?": "a team of seven" counts them too
    return family | _PEOPLE if head in _PEOPLE else family


def is_known(noun: Iterable[str]) -> bool:
    """Whether the synonyms of a counted noun are known (a family, or people): otherwise its own
    word is all that says a figure counts it."""
    terms = list(noun)
    return bool(terms) and (
        is_generic_people(terms) or terms[-1] in _PEOPLE or any(terms[-1] in f for f in _FAMILIES)
    )


def matches(noun: str, accepted: frozenset[str]) -> bool:
    """Whether an attached noun (an index term) is one of the ``accepted`` ones, also as the end of a
    compound ("microservic" ends with "servic")."""
    if noun in accepted:
        return True
    return len(noun) >= 4 and any(len(a) >= 4 and (a.endswith(noun) or noun.endswith(a)) for a in accepted)
