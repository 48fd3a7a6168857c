"""Whether the education entries hold the level or the field of degree a question asks about.

Why: "does she have a PhD?" finds the education entries - close in meaning - and quoting a
bachelor's degree in reply reads as an answer. The level of a degree (doctorate, master's,
bachelor's) is a fact the entries state in their own words ("Bachelor in Econometrics", "MSc",
"Postgraduate diploma"); when none states the level asked, the honest reply is that the
portfolio does not mention one, not the closest degree. The same holds for the field: "does she
have a computer science degree?" of an owner whose degrees are in chemistry is not answered by
quoting the chemistry degree; a degree's field is what its entry's title names ("Bachelor in
Chemistry at ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["absent_degree", "absent_field", "absent_thesis"]

_DOCTORATE = r"\bph\.?\s?d\b|\bdoctor\w*|\bdphil\b|\bdr\.? ?rer\b"
# A master's of the arts, education, fine arts, public health, law, architecture or policy, as an
# entry abbreviates it ("MA in Town Planning", "M.Ed.", "LLM"): capitals only, and not a US state
# after a city ("Boston, MA")
_MASTER_ABBREVIATED = r"(?<!, )(?-i:\bM\.?A\b\.?|\bM\.?(?:Ed|FA|PH|Arch|PP|PA|St|Litt)\b\.?|\bLL\.?M\b\.?)"
# level: (how a question names it, how an education entry states it - a higher degree than asked
# counts, as it takes one - and how the reply names it)
_LEVELS: dict[str, tuple[re.Pattern[str], re.Pattern[str], str]] = {
    "doctorate": (
        re.compile(r"\bph\.?\s?d\b|\bphds\b|\bdoctora(?:te|l)\b|\bdphil\b", re.I),
        re.compile(_DOCTORATE, re.I),
        "a PhD",
    ),
    "master": (
        re.compile(r"\bmaster['’]?s\b(?! of ceremon)|\bm\.?sc\b|\bmeng\b|\bmphil\b", re.I),
        re.compile(
            r"\bmaster\w*|\bm\.?sc\b|\bm\.?s\.?\b|\bmba\b|\bmeng\b|\bmphil\b|\bmres\b|\bmagist\w*|"
            + _MASTER_ABBREVIATED
            + "|"
            + _DOCTORATE,
            re.I,
        ),
        "a master's degree",
    ),
    # a master's of one kind: another master's does not answer "does she have an MBA?"; a business
    # school is where one is taken ("which business school did she go to?")
    "mba": (
        re.compile(r"\bmba\b|\bbusiness schools?\b", re.I),
        re.compile(r"\bmba\b|business administration|business school", re.I),
        "an MBA",
    ),
    # a bachelor's: declined only when every education entry names a lower level (``_BELOW_BACHELOR``),
    # as an entry naming no level ("Computer Science at ...") may well be one
    "bachelor": (
        re.compile(r"\bbachelor['’]?s?\b|\bb\.?sc\b|\bb\.?eng\b|\bundergraduate degrees?\b", re.I),
        re.compile(
            r"\bbachelor\w*|\bb\.?sc\b|\bb\.?s\.?\b|\bb\.?a\.?\b|\bb\.?eng\b|\bb\.?tech\b|\bbba\b|"
            r"\blicen[cs]iatur\w*|\bundergrad\w*|\bhonou?rs\b|\bmaster\w*|\bm\.?sc\b|\bm\.?s\.?\b|\bmba\b|"
            r"\bmeng\b|\bmphil\b|\bmres\b|\bmagist\w*|" + _MASTER_ABBREVIATED + "|" + _DOCTORATE,
            re.I,
        ),
        "a bachelor's degree",
    ),
    # not a degree, but schooling a question asks about by its kind ("did he attend a coding
    # bootcamp?"): an education entry, or the owner's own summary, says so in its own words
    "bootcamp": (
        re.compile(r"\bboot ?camps?\b", re.I),
        re.compile(r"\bboot ?camps?\b|\bcod(?:e|ing) (?:school|academy)\b", re.I),
        "a bootcamp",
    ),
}
# levels the owner's own summary may state as well as an education entry ("after a coding bootcamp")
_SAID_IN_SUMMARY = frozenset({"bootcamp"})
# schooling below a bachelor's, named as such by an entry's title ("Associate in Fire Science at ...")
_BELOW_BACHELOR = re.compile(
    r"\bassociate\b|\ba\.a\.s?\b|\ba\.s\.\b|\bhigh school\b|\bsecondary school\b|\bged\b|\bcertificat\w*|"
    r"\bboot ?camps?\b|\bapprentice\w*|\ba-levels?\b|\bgcses?\b|\bhn[cd]\b|\bnvq\b|\bbtec\b",
    re.I,
)


def _levels_all_below_bachelor(chunks: Sequence[Chunk]) -> bool:
    """Whether every education entry names a level below a bachelor's (none at all counts)."""
    return all(_BELOW_BACHELOR.search(c.title) for c in chunks if c.kind == "education")


def absent_degree(question: str, chunks: Sequence[Chunk]) -> str | None:
    """The degree ``question`` asks about ("a PhD") when no education entry states it (nor a
    higher one), else None - also when the question names no degree level."""
    asked = [name for name, (asks, _, _) in _LEVELS.items() if asks.search(question)]
    if not asked:
        return None
    if "bachelor" in asked and not _levels_all_below_bachelor(chunks):
        asked.remove("bachelor")
        if not asked:
            return None
    kinds = ("education", "basics") if set(asked) & _SAID_IN_SUMMARY else ("education",)
    schooling = "\n".join(f"{c.title}\n{c.text}" for c in chunks if c.kind in kinds)
    if any(_LEVELS[name][1].search(schooling) for name in asked):
        if not (_OF_THE_DEGREE.search(question) and "master" in asked):
            return None
        # "what was her master's thesis about?" asks of the master's itself: a PhD is not one
        if _MASTER_ITSELF.search(schooling):
            return None
    return " or ".join(_LEVELS[name][2] for name in asked)


# Asked of the degree itself - its thesis, grade, school, year, field - not whether she holds one at least
# that high: a doctorate then does not stand for the master's.
_OF_THE_DEGREE = re.compile(
    r"\bmaster['’]?s\b(?:\s+(?:degree|programme|program|studies))?\s+(?:thesis|dissertation|project|grade|gpa|"
    r"supervisor|advisor)\b|\b(?:where|when|what year|which (?:university|school))\b[^?]*\bmaster['’]?s\b"
    # its field: "what was her master's degree in?", "what did she study for her master's?"
    r"|\bmaster['’]?s\b(?:\s+(?:degree|programme|program|studies))?\s+(?:in|about|on)\s*[?.!]*\s*$"
    r"|\b(?:what|which)\s+(?:subject|field|area|discipline|major)\b[^?]*\bmaster['’]?s\b"
    r"|\bstud(?:y|ied|ying)\s+(?:for|in|during)\s+(?:her|his|their|the|a)\s+master['’]?s\b",
    re.IGNORECASE,
)
_MASTER_ITSELF = re.compile(
    r"\bmaster\w*|\bm\.?sc\b|\bm\.?s\.?\b|\bmba\b|\bmeng\b|\bmphil\b|\bmres\b|\bmagist\w*|"
    + _MASTER_ABBREVIATED,
    re.IGNORECASE,
)


# The field a question asks a degree in: "a degree in physics", "a computer science degree", "her
# bachelor's in economics", "did she major in maths", "did she study chemistry".
_FIELD_ASKED = re.compile(
    r"\b(?:degrees?|diploma|bachelor['’]?s?|master['’]?s?|b\.?sc|m\.?sc|ph\.?\s?d|doctorate)\s+in\s+"
    r"(?P<after>[^?.,;:!()]+)"
    r"|\b(?:a|an|any|her|his|their)\s+(?P<before>(?:[\w’'-]+\s+){1,3}?)(?:degree|diploma|major)\b"
    r"|\bmajor(?:ed|ing)?\s+in\s+(?P<major>[^?.,;:!()]+)"
    r"|\bstud(?:y|ied|ying)\s+(?P<studied>(?!(?:at|in|for|with|from|under|abroad|part|full|online|there|here|"
    r"hard|anything|something|what|where|when|how|it|to|before|after|while|during|and|or|but|then|so)\b)[^?.,;:!()]+)",
    re.I,
)
# where the field ends: "a degree in physics from Lisbon", "studied maths before moving"
_FIELD_END = re.compile(
    r"\s(?:at|from|before|after|while|when|during|because|to|for|so|but|then|with|under|or a related|"
    r"or related|or equivalent|or similar|by|since|back|later|first|did|does|do|is|was|has|have|"
    r"(?:and|or|but) (?:how|what|where|when|why|which|who|whose|did|does|is|was|has|had|have|her|his|their))\b.*$",
    re.I,
)
_ALTERNATIVES = re.compile(r"\s*(?:\bor\b|\band\b|/|&|,)\s*", re.I)
# words of a question's field that say nothing of the subject: "a university degree", "a relevant
# degree", "a four-year degree", the level itself
_GENERIC_FIELD = frozenset(
    analyze(
        "university college formal relevant related technical tech stem four-year 4-year three-year "
        "undergraduate graduate postgraduate higher advanced academic proper real full part-time "
        "bachelor bachelors master masters doctoral phd msc bsc ba ma mba any some her his their "
        "field subject area other similar equivalent degree degrees diploma major minor good strong "
        "actual official recognised recognized accredited completed finished full-time online "
        "abroad hard well also still first second double joint honours honors highest latest last most "
        "recent main only current previous earlier own best top which what whose same"
    )
)
# short names of fields, read as the field's words
_FIELD_ALIASES = {
    "cs": ("comput", "scienc"),
    "compsci": ("comput", "scienc"),
    "comp": ("comput",),
    "sci": ("scienc",),
    "ee": ("electr", "engin"),
    "math": ("mathemat",),
    "econ": ("econom",),
    "ai": ("artifici", "intellig"),
}


def _field_terms(phrase: str) -> frozenset[str]:
    terms: set[str] = set()
    for term in analyze(phrase):
        if term in _GENERIC_FIELD or term.isdigit():
            continue
        terms.update(_FIELD_ALIASES.get(term, (term,)))
    return frozenset(terms)


def _titles(chunks: Sequence[Chunk]) -> list[frozenset[str]]:
    out = []
    for c in chunks:
        if c.kind != "education":
            continue
        terms: set[str] = set()
        for term in analyze(c.title):
            terms.update(_FIELD_ALIASES.get(term, (term,)))
        out.append(frozenset(terms))
    return out


def absent_field(question: str, chunks: Sequence[Chunk]) -> str | None:
    """The degree field ``question`` asks about ("a computer science degree") when no education
    entry's title names it (every word of it, in one entry), else None - also when the question
    names no field, or the portfolio has no education entry to read it from."""
    titles = _titles(chunks)
    if not titles:
        return None
    for m in _FIELD_ASKED.finditer(question):
        phrase = next(g for g in m.groups() if g)
        phrase = _FIELD_END.sub("", phrase.strip())
        fields = [(alt, _field_terms(alt)) for alt in _ALTERNATIVES.split(phrase) if alt.strip()]
        fields = [(alt, terms) for alt, terms in fields if terms]
        if not fields:
            continue
        if any(terms <= title for _, terms in fields for title in titles):
            return None
        return f"a degree in {' or '.join(alt.strip() for alt, _ in fields)}"
    return None


_THESIS_ASKED = re.compile(r"\b(?:thesis|theses|dissertation)\b", re.IGNORECASE)
_THESIS_SAID = re.compile(r"\b(?:thesis|theses|dissertation|capstone)\b", re.IGNORECASE)
# (how a question names the degree a thesis is asked of, how an education entry's title states that
# degree, how a passage elsewhere names that degree's thesis, how the reply names it)
_THESIS_LEVELS: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str], ...] = (
    (
        re.compile(r"\bph\.?\s?d\b|\bdoctora(?:te|l)\b|\bdphil\b", re.I),
        re.compile(_DOCTORATE, re.I),
        re.compile(r"\b(?:doctoral|ph\.?\s?d['’]?s?)\s+(?:thesis|dissertation)", re.I),
        "a doctoral thesis",
    ),
    (
        re.compile(r"\bmaster['’]?s?\b(?! of ceremon)|\bm\.?sc\b|\bmeng\b|\bmphil\b", re.I),
        _MASTER_ITSELF,
        re.compile(r"\b(?:master['’]?s?|m\.?sc)\s+(?:thesis|dissertation)", re.I),
        "a master's thesis",
    ),
    (
        re.compile(r"\bbachelor['’]?s?\b|\bb\.?sc\b|\bbeng\b|\bundergrad\w*|\bfinal[- ]year\b", re.I),
        re.compile(r"\bbachelor\w*|\bb\.?sc\b|\bb\.?eng\b|\bb\.?a\b|\blicenciatur\w*|\bundergrad\w*", re.I),
        re.compile(
            r"\b(?:bachelor['’]?s?|b\.?sc|undergraduate|final[- ]year|senior|honou?rs)\s+(?:thesis|dissertation)",
            re.I,
        ),
        "a bachelor's thesis",
    ),
)


def absent_thesis(question: str, chunks: Sequence[Chunk]) -> str | None:
    """The thesis ``question`` asks of one degree it names ("what was her master's thesis about?")
    when the owner's education entries of that degree write no thesis and no passage names one (a
    "master's thesis" said in a job), else None - also when she holds no such degree at all (that is
    ``absent_degree``'s) or no degree is named. Why: her doctorate's thesis, or the master's entry's
    courses and grade, are the closest facts to it, not its answer."""
    if not _THESIS_ASKED.search(question):
        return None
    asked = [level for level in _THESIS_LEVELS if level[0].search(question)]
    if len(asked) != 1:
        return None
    _, held_as, named_as, reply = asked[0]
    entries = [f"{c.title}\n{c.text}" for c in chunks if c.kind == "education" and held_as.search(c.title)]
    if not entries or any(_THESIS_SAID.search(e) for e in entries):
        return None
    if any(named_as.search(f"{c.title}\n{c.text}") for c in chunks):
        return None
    return reply
