"""The entries that say whom the owner led: the answer to "has she ever managed people?".

Why: a résumé states people leadership inside the roles, not in a word the question uses — "led a team
of 14 receptionists" at a hotel ten years ago, "line manager of the data team", "mentor two junior
engineers", "hired five people" — and states its absence the same way ("no direct reports", "my
one-person consultancy"). A recruiter asking whether someone manages people reads every role for
these, however old or far from tech; a bag of words finds the summary and whichever passage shares
"manage", so an answer built from it misses the team led in another career.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["LEADS", "MENTORS", "people_entries", "people_strength"]

_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
    r"several|a few|a dozen|dozens of)"
)
_GROUP = (
    r"(?:team|teams|squad|squads|people|staff|reports|engineers|developers|analysts|designers|testers|"
    r"employees|workers|volunteers|members|hires|crew|department|group)"
)
# Leading people, or saying one leads no one: the strongest statements of the scope of a role.
LEADS = re.compile(
    r"\b(?:managed|manage|manages|managing|led|leads|leading|ran|runs|running|supervis\w*|grew|"
    r"hired|hiring|recruited|built|head(?:ed|s)?|oversaw|oversee\w*)\b(?: \S+){0,4}? " + _GROUP + r"\b|"
    r"\bhired " + _NUMBER + r"\b|"
    # "supervised six nursing assistants", "led a brigade of nine cooks": a count of people led
    # "I lead six mobile engineers": the present said with a count of people too
    r"\b(?:managed|managing|lead|led|leading|supervis\w*|ran|running|oversaw|coordinated)\b(?: \S+){0,3}? "
    + _NUMBER
    + r"(?: \S+){0,2}? (?!(?:servers|containers|clusters|computers|routers|users|customers)\b)"
    r"(?:\w+(?:ers|ists|ants|ors|ees|ians|cooks|nurses)|people|staff)\b|"
    r"\bdirect reports?\b|\bline manag\w*\b|\bpeople manag\w*\b|\bmanager of\b|"
    r"\breport(?:ed|ing)? (?:to|into) (?:me|her|him)\b|"
    r"\bone-(?:person|woman|man)\b|\bsole (?:trader|proprietor(?:ship)?)\b|\bsolo (?:consultan\w*|practice|"
    r"business|founder)\b|\bindividual[- ]contributor\b",
    re.IGNORECASE,
)
# Growing people without managing them: mentoring, coaching, pairing with juniors.
MENTORS = re.compile(
    r"\b(?:mentor\w*|coach(?:ed|es|ing)?|onboard(?:ed|ing)?)\b|\b" + _NUMBER + r" (?:junior|new|student)\b|"
    r"\bjuniors\b",
    re.IGNORECASE,
)
# A role's title that is a people role: "Front Office Manager", "Head of Data", "Engineering Director".
_TITLE = re.compile(r"\b(?:manager|head|director|supervisor|chief|vp|team lead|foreman)\b", re.IGNORECASE)
_KINDS = frozenset({"work", "volunteer"})


def people_strength(chunk: Chunk) -> int:
    """How plainly ``chunk`` (a role) states whom the owner led: 2 for leading or managing people (or a
    role stated to have no reports), 1 for mentoring or coaching only, 0 for neither or another kind."""
    if chunk.kind not in _KINDS:
        return 0
    position = chunk.title.split(" at ", 1)[0]
    if LEADS.search(chunk.text) or _TITLE.search(position):
        return 2
    return 1 if MENTORS.search(chunk.text) else 0


def people_entries(chunks: Sequence[Chunk]) -> list[tuple[int, int]]:
    """The roles of ``chunks`` that state people leadership, as (position, strength), strongest first,
    jobs before volunteering, and in the résumé's order within those (most recent first, as résumés
    list them)."""
    found = [(d, people_strength(c)) for d, c in enumerate(chunks)]
    return sorted(((d, s) for d, s in found if s), key=lambda e: (-e[1], chunks[e[0]].kind != "work", e[0]))
