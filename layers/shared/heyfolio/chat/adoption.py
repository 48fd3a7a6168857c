"""The projects others use, for "which of her tools is used in production?".

Why a reader: "which of her tools do other companies use?", "are any of his libraries used in
production?" ask which projects have users beyond the owner - a project line such as "Running in
production at two banks" or "Used by three public agencies" answers it - and share no word with that
line but "use", which every passage says. Search ranks the projects by their other words; the
projects whose own lines state adoption, each quoted with that sentence and cited, answer it. A
project that states no use is not said to have any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.chat.ranking import named_projects
from heyfolio.chat.sources import Said
from heyfolio.chat.support import vocabulary
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze
from heyfolio.search.unnamed import asked_name, states_name

__all__ = ["adopted_projects", "asks_adoption", "asks_use", "names_only_known", "states_use"]

_KINDS = ("project", "resume_project")
# The thing asked about is what was built, not a job or a skill.
_BUILT = re.compile(
    r"\b(?:projects?|tools?|librar(?:y|ies)|repos?|repositor(?:y|ies)|apps?|open[- ]source|packages?|"
    r"plugins?|operators?|frameworks?|side[- ]projects?|software|things? (?:she|he|they) (?:built|made|wrote)|"
    # "has she shipped anything used in production?": what she made, not named by its kind
    r"(?:built|made|wrote|shipped|released|published|created) anything|"
    r"anything (?:she|he|they)(?:'s| has| have)? (?:built|made|written|wrote|shipped|released|created))\b",
    re.IGNORECASE,
)
# Asking whether others use it: in production, in the wild, by other people or companies.
_USE_ASKED = re.compile(
    r"\bin production\b|\bin the wild\b|\badopt(?:ed|ion|s)?\b|\bwho uses\b|\breal[- ]world\b|"
    r"\bused (?:by|anywhere|elsewhere|outside|at|in)\b|\bused (?:for real|seriously)\b|"
    r"\b(?:anyone|anybody|others|other (?:people|companies|teams|organi[sz]ations|engineers|developers|firms)|"
    r"companies|teams|organi[sz]ations|real users|people|clients?|customers?) (?:\w+ )?(?:use|uses|using|rely on|"
    r"depend on)\b",
    re.IGNORECASE,
)
# A project line stating its use by others ("Running in production at two banks", "Used by 86
# students", "Adopted for nine worker fleets"); "used to find bugs" says what it does, not who uses it.
_USE_SAID = re.compile(
    r"\b(?:used (?:by|in|at|across)|in production (?:at|by|for|with|across)|adopted|runs (?:in|for|at|on)|"
    r"running (?:in|at|on)|"
    # a count of the people using it ("About 6,500 weekly users", "85,000 weekly npm downloads")
    r"\d[\d,.]*\s*(?:k|thousand|million)?\s+(?:\w+\s+){0,2}(?:users|customers|installs|downloads)|"
    r"deployed (?:at|by|in|across)|relied on by|installed (?:at|by|in))\b",
    re.IGNORECASE,
)
# the count alternative of ``_USE_SAID``: how many use it, not who
_COUNT_SAID = re.compile(
    r"\d[\d,.]*\s*(?:k|thousand|million)?\s+(?:\w+\s+){0,2}(?:users|customers|installs|downloads)",
    re.IGNORECASE,
)
_COUNT_ASKED = re.compile(r"\bhow (?:many|much)\b", re.IGNORECASE)
# The words an adoption question is asked with, whatever the portfolio says.
_ASKING = frozenset(
    analyze(
        "which what who whose is are was were does do did has have any anyone anybody others other people "
        "companies company teams team organisations organizations firms engineers developers real users world "
        "used use uses using adopted adoption adopt production wild anywhere somewhere elsewhere outside "
        "actually really seriously rely depend her his their she he they of by in at the a an for "
        "projects project tools tool libraries library repos repo apps app open source software packages "
        "plugins operators frameworks side things thing built made wrote anything shipped released published "
        "created written"
    )
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")
_MAX = 4


def asks_use(question: str) -> bool:
    """Whether ``question`` asks who uses something ("which of her clients uses tessera-geo?")."""
    return bool(_USE_ASKED.search(question))


def states_use(sentence: str) -> float:
    """How plainly ``sentence`` states who uses a thing: 1.0 naming them ("Used by two national weather
    services"), 0.5 counting them only ("60,000 weekly downloads"), 0.0 not at all."""
    found = [m.group(0) for m in _USE_SAID.finditer(sentence)]
    if not found:
        return 0.0
    return 0.5 if all(_COUNT_SAID.fullmatch(f) for f in found) else 1.0


def asks_adoption(question: str) -> bool:
    """Whether ``question`` asks which of the owner's projects others use."""
    return bool(_BUILT.search(question)) and bool(_USE_ASKED.search(question))


def _project(chunk: Chunk) -> str:
    return re.sub(r"\s*\([^()]*\)$", "", chunk.title.partition(" — ")[0]).strip()


def _lines(text: str) -> list[str]:
    lines = [ln.strip().lstrip("-• ").strip() for ln in text.splitlines() if ln.strip()]
    return [s.strip() for ln in lines for s in _SENTENCE.split(ln) if s.strip()]


def adopted_projects(question: str, chunks: Sequence[Chunk]) -> list[Said]:
    """Each project (the ones the question names, else all) whose own lines state that others use
    it, with the sentence naming its users (else counting them); ``[]`` when the question does not ask this or no project
    states any use."""
    if _COUNT_ASKED.search(question):  # "how many people use her apps?": a number, which counting reads
        return []
    named = named_projects(chunks, question)  # "is quaymigrate used anywhere?" names what was built
    if not (asks_adoption(question) or (named and _USE_ASKED.search(question))):
        return []
    noun = asked_name(question)
    found: dict[str, Said] = {}
    for chunk in chunks:
        name = _project(chunk)
        key = name.casefold()
        if chunk.kind not in _KINDS or key in found or (named and key not in named):
            continue
        stating = [s for s in _lines(chunk.text) if _USE_SAID.search(s)]
        # who uses it ("Used by two national weather services") before how many ("410,000 downloads")
        said = max(stating, key=states_use, default=None)
        if said is not None and noun is not None and states_name([said], noun) is False:
            # "which banks run it?" of "running in production at two banks": who, it never says
            continue
        if said is not None:
            found[key] = Said(f"{name}: {said.rstrip('.;')}.", chunk)
    return list(found.values())[:_MAX]


def names_only_known(question: str, chunks: Sequence[Chunk], owner: Sequence[str] = ()) -> bool:
    """Whether every word of ``question`` beyond its asking is one the portfolio uses: "is her tool
    used by NASA?" names a user no line names, so the projects others use do not answer it alone."""
    said = vocabulary(chunks).terms
    names = {t for w in owner for t in analyze(w)}
    return all(t in said for t in analyze(question) if t not in _ASKING and t not in names)
