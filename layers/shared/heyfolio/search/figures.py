"""A count asked of one named entry that states none: "how many stars does <project> have?".

Why: such a question shares every word with the entry it names, so that entry ranks first and looks
like a strong answer, yet it only answers when it states the figure: a number next to the thing counted
("about 1,200 GitHub stars", "cited about 240 times", "about 450 employees"). A portfolio states the
stars of one project and not of another, the headcount of one employer and not of another; the figure
of another entry does not answer. So when the entry the question names states no such figure in any of
its passages, what search found is shown as weak (the closest passages, not an answer). Only measures
an entry is counted by are read (stars, downloads, citations, employees, users, ...): "how many people
did she lead" is answered by a team's size in other words, so it is left to ranking. A few words with
no question word naming an entry and a measure ("tidepool stars") ask the same as "how many".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from heyfolio.search.served import Role, serves
from heyfolio.search.text import fold

__all__ = [
    "asked_measure",
    "counts_a_made_thing",
    "measure_words",
    "mentioned_names",
    "mentioning_lines",
    "named_entry",
    "pure_count",
    "states_measure",
]

# The measures an entry is counted by, each with the words a passage states it with.
_MEASURES: dict[str, tuple[str, ...]] = {
    "star": ("star",),
    "fork": ("fork",),
    "download": ("download", "install"),
    "install": ("install", "download"),
    "citation": ("citation", "cited", "cite"),
    "contributor": ("contributor",),
    "employee": ("employee", "staff", "headcount", "person"),  # "about 450 employees", "a 30-person start-up"
    "customer": ("customer", "client"),
    "subscriber": ("subscriber",),
    "follower": ("follower",),
    # users said as the people or firms signed up ("3,100 registered farmers", "900 paying shops")
    "user": ("user", "registered", "paying", "subscribed", "enrolled"),
    "visitor": ("visitor",),
    "member": ("member",),
    "view": ("view", "viewer", "watched"),
    # people at a talk or an event: "an audience of 300", "120 attendees", "40 people came"
    "attendee": ("attendee", "participant", "audience", "people", "visitor", "view", "guest", "seat"),
    # a team's size, said in its people or as a team of N ("a six-person team", "two other developers")
    "team": (
        "team",
        "engineer",
        "developer",
        "dev",
        "people",
        "person",
        "member",
        "staff",
        "report",
        "colleague",
        "designer",
        "analyst",
        "scientist",
        "researcher",
        "tester",
        "programmer",
        "other",
        "squad",
        "group",
    ),
    "rating": ("rating", "rated", "star"),  # "rated 4.7", "an average rating of 4.9", "4.8 stars"
    # "how many people use it?": any figure of the entry may be its use (users, farmers, downloads)
    "usage": (),
}
_ASKS = re.compile(r"\b(?:how many|number of)\s+((?:[^\W\d_][\w'-]*\s+){0,2}[^\W\d_][\w'-]*)", re.IGNORECASE)
# "what rating does <app> have?", "how is <app> rated?", "what's <app>'s App Store rating?"
_ASKS_RATING = re.compile(
    r"\b(?:what|which)(?:'s| is| was| are| were)? (?:[\w'’-]+ ){0,5}?ratings?\b|\bhow (?:is|was|are|were) "
    r"(?:[\w'’-]+ ){1,4}?rated\b|\bhow (?:well|highly) (?:[\w'’-]+ ){1,4}?rated\b|"
    # "what's <app> rated on the App Store?", "what is it rated?"
    r"\bwhat(?:'s|’s| is| was| are| were) (?:[\w'’-]+ ){1,4}?rated\b|"
    # "how did participants rate her workshops?", "how do students rate the course?"
    r"\bhow (?:did|do|does|would) (?:[\w'’-]+ ){1,3}?rate\b(?![- ]limit)",
    re.IGNORECASE,
)
# A project's standing on GitHub asked without "how many": "how popular is <X> on GitHub?", "does <X>
# have many GitHub stars?", "what GitHub traction does <X> have?" - its stars are what answers.
_GITHUB_STANDING = re.compile(
    r"\b(?:popular\w*|traction|well[- ]known|known|many|lots of|a lot of)\b[^?]*?\b(?:on github|github stars?|"
    r"stars? on github)\b|\bgithub (?:traction|popularity|following)\b|\b(?:many|lots of|a lot of) stars\b",
    re.IGNORECASE,
)
# Counts asked without "how many <measure>": a headcount, people at a talk, a team's size.
_ASKS_OTHERWISE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "usage",
        re.compile(
            r"\bhow many (?:people|persons|folks)\s+(?:\w+\s+)?(?:use|used|using|rely on|relied on)\b", re.I
        ),
    ),
    # "how many times has <paper> been cited?": its citations
    (
        "citation",
        re.compile(r"\bhow many times\b[^?]*\bcited\b|\bhow (?:often|widely)\b[^?]*\bcited\b", re.I),
    ),
    (
        "employee",
        re.compile(
            r"\bhead ?count\b|\bcompany size\b|\bhow many people work(?:s|ed)? (?:at|for)\b|"
            # "how big was Studio Pixelune?": an organisation's size, asked by its name alone
            r"\b(?i:how (?:big|large|small) (?:is|was)) [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*\s*\?"
        ),
    ),
    (
        "attendee",
        re.compile(
            r"\bhow many (?:people|folks|persons|attendees|participants|guests) (?:came|come|attended|attend|showed up|turned up|"
            r"watched|were (?:at|in the audience))\b|\bhow (?:big|large) (?:was|is) the audience\b",
            re.I,
        ),
    ),
    (
        "team",
        re.compile(
            r"\bhow (?:big|large|small) (?:is|was|were|are) (?:her|his|their|the|[\w'’-]+['’]s) (?:\w+ )?team\b|"
            r"\bteam(?:['’]s)? size\b|\bsize of (?:her|his|their|the|[\w'’-]+['’]s) (?:\w+ )?team\b|"
            r"\bhow many people (?:are|were) (?:on|in) (?:her|his|their|the) (?:\w+ )?team\b",
            re.I,
        ),
    ),
)
# "tiroir downloads", "stars on maree douce?": a few words naming an entry and a measure it is counted by,
# with no question word, ask its figure as "how many" would. Only measures that are nothing but a
# count: "users" or "customers" written alone may ask who they are.
_TERSE_MEASURES = frozenset(
    {"star", "fork", "download", "install", "citation", "contributor", "employee", "subscriber", "follower"}
)
_TERSE_WORDS = 5
_QUESTION_WORD = re.compile(
    r"\b(?:what|which|who|whom|whose|where|when|why|how|tell|describe|explain)\b", re.I
)
# "which had the better rating, X or Y?": a comparison of two entries, left to ranking
_COMPARES = re.compile(r"\b(?:better|higher|highest|best|worse|lower|lowest|more|most|or|vs|versus)\b", re.I)
_WORD = re.compile(r"[^\W_][\w,.+%-]*")
# A name written in the question: capitalised words inside it ("the Pão Quente app", "Porto").
_NAME = re.compile(r"(?<=[\w,] )[A-Z][\w'’.-]*(?:(?: (?:de|do|da|du|la|le|von|van|of))? [A-Z][\w'’.-]*)*")
_NUMBER = re.compile(
    r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|dozens?)$"
)
_FIGURE_ALONE = re.compile(
    r"^(?!(?:19|20)\d\d\b)\d[\d,.]*(?:%|k|m)?$|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?)$",
    re.IGNORECASE,
)
# groups inside a company whose size is not the company's headcount ("a five-person SRE team")
_GROUPS = ("team", "squad", "group", "crew", "department", "rotation")
# words that begin like "star" and are none ("start", "started", "startup")
_NOT_STARS = ("start",)
# Measures a sentence may state of the ones it says are served, whatever it calls them (``served``).
_SERVED_ROLES: dict[str, Role] = {"customer": "clients", "user": "users"}
_NEAR = 3  # words between a number and the measure it counts ("1,400 GitHub stars", "cited about 240 times")


# A thing made, which a question may describe by another entry ("the tool she presented at <conference>",
# "the library from her thesis") rather than name.
_MADE_THING_NOUNS = (
    r"tools?|librar(?:y|ies)|libs?|packages?|apps?|projects?|repos?|repositor(?:y|ies)|plugins?|frameworks?|"
    r"clis?|extensions?|bots?|sdks?|modules?|crates?|gems?|linters?|parsers?|trackers?|dashboards?|games?|"
    r"engines?|compilers?|editors?|viewers?|clients?|servers?|scripts?|utilit(?:y|ies)"
)
"""The nouns of a thing made, singular and plural (``counts_a_made_thing``)."""
_MADE_THING = re.compile(rf"\b(?:{_MADE_THING_NOUNS})\b", re.IGNORECASE)


def counts_a_made_thing(question: str) -> bool:
    """Whether the question counts a thing made (a tool, a library, an app), which it may describe by the
    entry it names ("how many stars does the tool she presented at <conference> have?"): the figure is
    the thing's, stated where the thing is written, not the talk's."""
    return _MADE_THING.search(question) is not None


def asked_measure(question: str) -> str | None:
    """The measure a "how many" question counts (``_MEASURES``: "stars" of "how many GitHub stars"),
    or None when it counts something else or nothing."""
    m = _ASKS.search(question)
    for word in m.group(1).split() if m else ():
        w = fold(word)
        for stem in (w, w[:-1] if w.endswith("s") else w):
            if stem in _MEASURES:
                return stem
    for measure, pattern in _ASKS_OTHERWISE:
        if pattern.search(question):
            return measure
    if m is None and _ASKS_RATING.search(question) and not _COMPARES.search(question):
        return "rating"
    if m is None and _GITHUB_STANDING.search(question) and not _COMPARES.search(question):
        return "star"
    return _terse_measure(question) if m is None else None


def _terse_measure(question: str) -> str | None:
    """The measure a few words with no question word count ("bootprof stars": "star"), or None."""
    words = [fold(w) for w in _WORD.findall(question)]
    if len(words) > _TERSE_WORDS or _QUESTION_WORD.search(question) or _COMPARES.search(question):
        return None
    plurals = {w[:-1] for w in words if w.endswith("s") and w[:-1] in _TERSE_MEASURES}
    return next(iter(plurals)) if len(plurals) == 1 else None


def pure_count(measure: str) -> bool:
    """Whether ``measure`` is nothing but a count a passage states by its own word (stars, downloads,
    citations, views, ...), so a portfolio stating none of it anywhere answers it nowhere."""
    return measure in _TERSE_MEASURES or measure == "view"


def measure_words(measure: str) -> tuple[str, ...]:
    """The words a passage states ``measure`` with ("team": "engineer", "developer", ...)."""
    return _MEASURES[measure]


def states_measure(texts: Iterable[str], measure: str) -> bool:
    """Whether any of ``texts`` states ``measure`` with a number near it (``_NEAR`` words either way);
    a headcount said of a group inside the company ("a five-person SRE team") is that group's size."""
    forms = _MEASURES[measure]
    texts = list(texts)
    role = _SERVED_ROLES.get(measure)
    if role is not None and any(serves(text, role) for text in texts):
        # "how many customers does <product> have?" of "used by 27 councils": who they are, counted by
        # the part the sentence gives them (``served``)
        return True
    if not forms:  # any figure of its own: a number that is no year and no part of a name ("nRF52")
        return any(_FIGURE_ALONE.match(w) for text in texts for w in _WORD.findall(text))
    for text in texts:
        # a figure joined to its measure ("a 30-person start-up") is two words
        words = [part for w in _WORD.findall(text) for part in fold(w).split("-") if part]
        numbers = [i for i, w in enumerate(words) if _NUMBER.search(w)]
        if not numbers:
            continue
        for i, w in enumerate(words):
            if measure == "employee" and any(g.startswith(_GROUPS) for g in words[i + 1 : i + 3]):
                continue
            if measure == "rating" and w.startswith("star") and i and words[i - 1] == "github":
                continue  # "1,700 GitHub stars" are no rating
            if w.startswith(_NOT_STARS) and not w.startswith(tuple(f for f in forms if f != "star")):
                continue  # "cut the cold-start time to 1.1 s", "a 30-person start-up": no star nor rating
            if w.startswith(forms) and any(abs(i - n) <= _NEAR for n in numbers):
                return True
    return False


def named_entry(
    question_tokens: Sequence[str], named: dict[str, list[int]], skip: Callable[[str], bool]
) -> list[int]:
    """The passages of the one entry the question names by its name word (``understand.Facts.named``),
    or [] when it names none or several."""
    found = {t for t in question_tokens if t in named and not skip(t)}
    return list(named[next(iter(found))]) if len(found) == 1 else []


def mentioned_names(question: str, owner: Callable[[str], bool]) -> list[str]:
    """The names the question writes with capitals inside it, not the owner's ("How many downloads
    did the Pão Quente app get?" -> ["Pão Quente"]): a thing a passage may mention without being an
    entry of its own (an app built for a client, a school's club)."""
    names = []
    for m in _NAME.finditer(question):
        words = m.group(0).split()
        # "<Owner>'s <Conference> talk": the owner's possessive leads the name, it is no part of it
        while len(words) > 1 and re.search(r"['’]s$", words[0]) and owner(fold(words[0][:-2])):
            words = words[1:]
        name = re.sub(r"['’]s$", "", " ".join(words)).rstrip(".")
        if name and not all(owner(fold(w)) for w in name.split()):
            names.append(name)
    return names


def mentioning_lines(passages: Iterable[tuple[str, str]], name: str) -> list[str]:
    """Where a count of the thing ``name`` names would be stated, of ``passages`` (title, text): the
    whole text of one titled with it (its own entry), else the lines that write it (a highlight)."""
    want = fold(name)
    lines: list[str] = []
    for title, text in passages:
        # its own entry: titled with the name, or described with it in its heading ("Project:
        # a11y-lint-rn — Open-source ESLint plugin ..." is the ESLint plugin asked about)
        if want in fold(title) or want in fold(text.split("\n", 1)[0].partition(" — ")[2]):
            lines.append(text)
        else:
            lines += [line for line in text.split("\n") if want in fold(line)]
    return lines
