"""Projects ranked by what the portfolio reports of them, for "what's her strongest project?".

Search orders passages by how well they match words; a ranking question needs the projects ordered by
the figures their own pages state (GitHub stars, downloads, contributors) and, where no figure is
given, by adoption or an award. Each project is quoted with the sentence that states its standing, so
the reply keeps the citation contract and invents nothing: a project with no such sentence is left
out rather than guessed about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze
from heyfolio.search.understand import read_superlative

_STARS = re.compile(
    r"(?<![\d.,])(\d[\d,]*)\s+(?:GitHub\s+)?stars\b|(\d[\d,]*)\s+(?:people|users|developers|engineers)\s+(?:have\s+)?starred",
    re.IGNORECASE,
)
# A count may be written with a scale ("2.4 million downloads", "40k downloads"); the scale is read.
_COUNT = r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|thousand|million|billion)\b)?)"
# "85,000 weekly npm downloads", "410,000 downloads from crates.io"
_DOWNLOADS = re.compile(
    _COUNT
    + r"\s+(?:(?:app|total|weekly|monthly|npm|pypi|app store|play store)\s+){0,2}(?:downloads|installs)\b",
    re.IGNORECASE,
)
# "350,000 monthly active users", "2 million users": how many people use what was built
_USERS = re.compile(
    _COUNT + r"\s+(?:(?:monthly|daily|weekly|regular)\s+)?(?:active\s+)?(?:users|MAUs?|DAUs?)\b",
    re.IGNORECASE,
)
_CONTRIBUTORS = re.compile(_COUNT + r"\s+(?:outside\s+)?contributors\b", re.IGNORECASE)
# A store rating out of five, as a store states it: "rated 4.8 on the App Store", "an average rating
# of 4.9", "rating went from 2.9 to 4.6" (the rating now), "4.8 stars from 35,000 ratings".
_RATING = re.compile(
    r"\b(?:rated|rating(?:\s+of)?|rating\s+(?:went\s+)?from\s+\d(?:\.\d+)?\s+to)\s+(\d(?:\.\d+)?)(?![\d.,]*\d)|"
    r"(?<![\d.,])(\d\.\d+)\s+stars\b",
    re.IGNORECASE,
)
_SCALES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000, "billion": 1_000_000_000}
# Measures any entry can state of what was built (a job's app, a volunteer's tool), not only a
# project page: a superlative over one ranks every entry stating it. Stars stay with projects
# ("4.8 stars" on a job is an app-store rating, not a GitHub standing).
_ENTRY_MEASURES = ("downloads", "contributors", "rating", "users")
_ENTRY_KINDS = ("work", "volunteer")
_ADOPTION = re.compile(
    r"\b(?:used in production|in production at|adopted|used by|now runs for|won|awards?)\b", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")
_KINDS = ("project", "resume_project")

# What a ranking question looks like: a cue that ranks and a word naming projects.
_PROJECT_WORDS = re.compile(
    r"\b(?:projects?|repos?|repositor(?:y|ies)|open[- ]source|librar(?:y|ies)|(?<!salary )(?<!pay )(?<!comp )(?<!compensation )(?<!benefits )packages?|"
    r"side[- ]projects?|tools?|apps?)\b|"
    # "the best thing she has built": what was made, named by the making
    r"\b(?:things?|work|software) (?:that )?(?:she|he|they|\w+) (?:has |have |'s |ever )*(?:built|made|created|shipped)\b",
    re.IGNORECASE,
)
_RANK_CUE = re.compile(
    r"\b(?:popular\w*|rank\w*|best[- ]known|well[- ]known|flagship|strongest|best|most (?:\w+ly )?impressive|top|"
    r"most[- ](?:starred|stars|used|adopted|downloaded|installed|contributors)|(?:downloaded|installed) the most|"
    r"traction|famous|(?:highest|best)[- ]rated|"
    r"biggest|proudest|2nd|second)\b",
    re.IGNORECASE,
)
_LEAST_CUE = re.compile(r"\b(?:least|fewest|smallest|lowest)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Standing:
    """One project and the portfolio's sentence that says how it stands."""

    name: str
    chunk: Chunk
    sentence: str
    value: int  # the figure ranked by (0 when only adoption or an award is stated)


def ranking_order(question: str) -> str | None:
    """``"popular"`` or ``"least"`` when the question ranks projects by standing, else None."""
    sup = read_superlative(question)
    if sup is not None and sup.order in ("popular", "least") and "project" in sup.kinds:
        return sup.order
    if not _PROJECT_WORDS.search(question):
        return None
    if _LEAST_CUE.search(question):
        return "least"
    return "popular" if _RANK_CUE.search(question) else None


def measure(question: str) -> str:
    """What the question ranks by: downloads (installs), contributors, a store rating or users when
    it says so, else stars."""
    q = question.casefold()
    if "download" in q or "install" in q:
        return "downloads"
    if re.search(r"\b(?:rating|rated|reviews?)\b", q):
        return "rating"
    if "contribut" in q:
        return "contributors"
    if re.search(r"\b(?:users?|maus?|daus?)\b", q):
        return "users"
    if _asks_apps(question):
        return "downloads"  # "her most successful app?": an app stands by its downloads, not stars
    return "stars"


def _count(written: str) -> int:
    """ "2,300" -> 2300, "2.4 million" -> 2400000, "40k" -> 40000."""
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*([a-z]*)", written.strip().casefold())
    if m is None:
        return 0
    return int(float(m.group(1).replace(",", "")) * _SCALES.get(m.group(2), 1))


def _figure(pattern: re.Pattern[str], sentence: str) -> int:
    if pattern is _RATING:  # out of five: kept in hundredths so 4.9 ranks above 4.8
        return max(
            (round(float(m.group(1) or m.group(2)) * 100) for m in pattern.finditer(sentence)), default=0
        )
    found = [_count(m.group(1) or m.group(m.lastindex or 1)) for m in pattern.finditer(sentence)]
    return max(found, default=0)


_PATTERNS = {
    "stars": _STARS,
    "downloads": _DOWNLOADS,
    "contributors": _CONTRIBUTORS,
    "rating": _RATING,
    "users": _USERS,
}


def _project(chunk: Chunk) -> str:
    """The project a passage belongs to ("ledgerline — Results" and "ledgerline (2020-11)": ledgerline)."""
    return re.sub(r"\s*\([^()]*\)$", "", chunk.title.partition(" — ")[0]).strip()


def _sentences(text: str) -> list[str]:
    lines = [ln.strip().lstrip("-• ").strip() for ln in text.splitlines() if ln.strip()]
    return [s.strip() for ln in lines for s in _SENTENCE.split(ln) if s.strip()]


def standings(chunks: Sequence[Chunk], by: str) -> list[Standing]:
    """Each project with a stated standing: its largest ``by`` figure (stars, downloads,
    contributors) and the sentence stating it; else the first sentence on adoption or an award.
    For downloads or contributors a job or volunteer entry stating the figure is ranked too."""
    best: dict[str, Standing] = {}
    for chunk in chunks:
        entry = chunk.kind in _ENTRY_KINDS and by in _ENTRY_MEASURES
        if chunk.kind not in _KINDS and not entry:
            continue
        name = _project(chunk)
        key = name.casefold()
        for sentence in _sentences(chunk.text):
            value = _figure(_PATTERNS[by], sentence)
            held = best.get(key)
            if value and (held is None or value > held.value):
                best[key] = Standing(name, chunk, sentence, value)
            elif held is None and not entry and _ADOPTION.search(sentence):
                best[key] = Standing(name, chunk, sentence, 0)
    return list(best.values())


_OTHER = ("downloads", "users", "contributors", "rating")


def _by_other_measures(chunks: Sequence[Chunk], ranked: set[str]) -> list[Standing]:
    """The projects stating no stars and no adoption in words that state their standing by another
    measure ("95,000 downloads since launch"): that sentence stands for them, after every project
    with stars (value 0)."""
    out: dict[str, Standing] = {}
    for chunk in chunks:
        key = _project(chunk).casefold()
        if chunk.kind not in _KINDS or key in ranked or key in out:
            continue
        said = next(
            (t for t in _sentences(chunk.text) if any(_figure(_PATTERNS[m], t) for m in _OTHER)), None
        )
        if said is not None:
            out[key] = Standing(_project(chunk), chunk, said, 0)
    return list(out.values())


# "her most successful app", "which of his apps": the things ranked are apps, whatever else was built
_APPS_ASKED = re.compile(r"\bapps?\b", re.IGNORECASE)
_OWN_ASKED = re.compile(r"\b(?:(?:her|his|their) own|side|personal|hobby)\b", re.IGNORECASE)
_APP_SAID = re.compile(r"\b(?:apps?|iphone|ipad|android|ios)\b", re.IGNORECASE)
# what its lines call a thing that is no app ("an ESLint plugin", "a Python library", "a CLI")
_NO_APP = re.compile(
    r"\b(?:plugins?|librar(?:y|ies)|packages?|modules?|crates?|cli|command-line|sdks?|frameworks?|extensions?|"
    r"operators?|linters?)\b",
    re.IGNORECASE,
)


_REPO_ASKED = re.compile(r"\b(?:repos?|repositor(?:y|ies)|open[- ]source)\b", re.IGNORECASE)


def _asks_apps(question: str) -> bool:
    """Whether the question ranks apps ("her most successful app?"); one comparing two named things ("the
    eslint plugin or the tide app?") compares them as it would any projects."""
    return bool(_APPS_ASKED.search(question)) and not _ALTERNATIVE.search(question)


def _said(standing: Standing) -> str:
    return f"{standing.chunk.title}\n{standing.chunk.text}"


def ranked(chunks: Sequence[Chunk], question: str, order: str) -> list[Standing]:
    """The projects in the order asked: largest figure first (adoption or an award after every
    figure), or for "least" the smallest stated figure first (a project without one is not ranked).
    Apps asked about: not what its own lines call something else and no app (an ESLint plugin with npm
    downloads)."""
    by = measure(question)
    found = standings(chunks, by)
    if _asks_apps(question):
        apps = [s for s in found if not _NO_APP.search(_said(s)) or _APP_SAID.search(_said(s))]
        found = apps or found
    if _NO_APP.search(question) or _REPO_ASKED.search(question):
        # "her most-downloaded package": a library or a repo is a project; a job's app is neither
        found = [s for s in found if s.chunk.kind in _KINDS] or found
    if _OWN_ASKED.search(question):  # "her own apps": her projects, not an employer's app she worked on
        found = [s for s in found if s.chunk.kind in _KINDS] or found
    if by == "stars":
        found += _by_other_measures(chunks, {s.name.casefold() for s in found})
    if order == "least":
        return sorted((s for s in found if s.value), key=lambda s: s.value)
    return sorted(found, key=lambda s: -s.value)


# "her strongest project", "the most impressive thing she built": what makes the top project strong is asked,
# not only how many starred it; "most popular", "most downloaded" ask the standing alone
_STRENGTH_ASKED = re.compile(
    r"\b(?:strongest|best|impressive|flagship|proud\w*|stand-?out|stands? out|signature|masterpiece|crown\w*|"
    r"showpiece|magnum|pride|hardest|complex|challenging|ambitious|successful|coolest|notable|remarkable|"
    r"interesting|exciting|top|show\w*|look at|check out)\b",
    re.IGNORECASE,
)
_STANDING_ASKED = re.compile(
    r"\b(?:popular\w*|stars?|starred|github|downloads?|downloaded|installs?|installed|traction|adopt\w*|used|"
    r"users?|contributors?|famous|known|love[ds]?|liked|rated|ratings?|followed)\b",
    re.IGNORECASE,
)
_MORE_SHOWN = 2


def strength_lines(
    chunks: Sequence[Chunk], standing: Standing, question: str
) -> tuple[Chunk, list[str]] | None:
    """For a question about the strongest project (not its popularity alone): the résumé entry of the top
    project and its other highlights (up to ``_MORE_SHOWN``: "1.2 million appends per second"), which say
    what makes it strong; None when the question asks its standing or the entry says nothing more."""
    if not _STRENGTH_ASKED.search(question) or _STANDING_ASKED.search(question):
        return None
    key = standing.name.casefold()
    entries = [c for c in chunks if c.kind in _KINDS and _project(c).casefold() == key]
    entry = next((c for c in entries if c.id.startswith("profile#")), None)
    if entry is None:
        return None
    said = standing.sentence.casefold().rstrip(".;")
    more = [
        ln.strip().lstrip("-• ").strip().rstrip(".;")
        for ln in entry.text.splitlines()
        if ln.strip().startswith(("- ", "• "))
    ]
    more = [m for m in more if m and m.casefold() not in said and said not in m.casefold()]
    return (entry, more[:_MORE_SHOWN]) if more else None


def named_projects(chunks: Sequence[Chunk], question: str) -> set[str]:
    """The projects the question names (casefolded), by their whole name as a word."""
    q = question.casefold()
    names = {_project(c).casefold() for c in chunks if c.kind in _KINDS}
    return {n for n in names if n and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", q)}


# "The trace viewer or the Rust log library?": each side of a comparison, named by what the project
# is rather than by its name. A side is the clause around "or" / "vs" / "than" (up to a comma, colon
# or dash), and the project it describes is the one whose own page line (what it is, its languages and
# topics) says the most of the side's words, two at least ("Rust or TypeScript?" compares skills, not
# the Rust project and the TypeScript one) - alone: a tie describes no project.
_ALTERNATIVE = re.compile(r"\s(?:or|vs\.?|versus|than)\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:?!()]|\s[-–—]\s|\bbetween\b", re.IGNORECASE)
# Words that say what kind of thing is compared (any project is one), not which project
_GENERIC = frozenset(
    analyze(
        "project projects repo repos repository library tool app apps github star stars starred popular "
        "traction more most bigger better open-source open source side her his their one"
    )
)


def _profile(chunks: Sequence[Chunk]) -> dict[str, frozenset[str]]:
    """Each project's name (casefolded) -> the terms of its own page line (title and text)."""
    out: dict[str, set[str]] = {}
    for c in chunks:
        if c.kind in _KINDS and "#" not in c.id.removeprefix("profile#"):
            out.setdefault(_project(c).casefold(), set()).update(analyze(f"{c.title}\n{c.text}"))
    return {k: frozenset(v) for k, v in out.items()}


def _says(terms: frozenset[str], word: str) -> bool:
    """Whether a page's terms say ``word``, also by a form sharing its stem's first five letters or
    more ("autoscaler" / "autoscaling": the stemmer cuts them differently)."""
    if word in terms:
        return True
    return len(word) >= 5 and any(len(t) >= 5 and (t.startswith(word) or word.startswith(t)) for t in terms)


def _described(side: str, profiles: dict[str, frozenset[str]]) -> str | None:
    words = [t for t in dict.fromkeys(analyze(side)) if t not in _GENERIC]
    if not words:
        return None
    named = [n for n in profiles if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", side.casefold())]
    if len(named) == 1:
        return named[0]
    said = sorted(((sum(_says(terms, t) for t in words), n) for n, terms in profiles.items()), reverse=True)
    if not said or said[0][0] < 2 or (len(said) > 1 and said[1][0] == said[0][0]):
        return None
    return said[0][1]


def compared_sides(question: str) -> tuple[str, str] | None:
    """The two sides of a comparing question: the clauses around its first "or" / "vs" / "than" (up
    to a comma, colon or dash); None when it compares nothing."""
    m = next(iter(_ALTERNATIVE.finditer(question)), None)
    if m is None:
        return None
    return _CLAUSE_END.split(question[: m.start()])[-1], _CLAUSE_END.split(question[m.end() :])[0]


def compared_projects(chunks: Sequence[Chunk], question: str) -> list[str]:
    """The two projects a comparing question sets side by side (casefolded names, in the question's
    order), each named or described ("her browser trace viewer or the k8s autoscaler"); ``[]`` unless
    both sides identify a different project."""
    sides_asked = compared_sides(question)
    if sides_asked is None:
        return []
    before, after = sides_asked
    profiles = _profile(chunks)
    sides = [_described(before, profiles), _described(after, profiles)]
    if None in sides or sides[0] == sides[1]:
        return []
    return [s for s in sides if s is not None]
