"""Leading a group of people asked with no size ("Led a backend team", "Experience managing engineers"),
and building one ("You have built a platform team from scratch").

Why: a size ("a team of 8") is compared with the groups the content says were led; without one, the ask
was read by its other words alone. "led", "team" and "managed" are an ad's filler for the word matcher,
so "Led a backend team" came down to "backend" and a junior backend engineer who led nobody matched it.
The group led is the substance of such an ask: it needs a group led or a lead role in the content.
Building a team is more than leading one: a team grown, formed or founded, or a hire made to build it;
leading a team someone else built shows part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["from_scratch", "group_built", "group_lead_asked", "lead_role_asked", "team_built_asked"]

_VERB = (
    r"(?:led|lead|leading|manage|managed|managing|headed|head|heading|ran|run|running|direct|directed|"
    r"directing|supervise|supervised|supervising)"
)
_GROUP = r"(?:teams?|squads?|groups?|engineers|developers|people|departments?|organi[sz]ations?|orgs?)"
# the verb, then the group within three words ("Led a backend team", "managing mobile engineers"); not the
# group's work ("Lead the team's migration") nor people the work was with ("ran workshops for engineers")
_ASKED = re.compile(
    r"\b"
    + _VERB
    + r"\s+(?:(?!(?:for|with|to|across|alongside|by|of|in|on|at|and|or)\b)[\w-]+\s+){0,3}?"
    + _GROUP
    # the group ends the phrase: "the team rituals" are rituals
    + r"\b(?=\s*(?:$|[,.;:()/–—-]|(?:of|through|in|at|for|with|to|and|or|across|that|who|on|from|as|while|"
    r"during|since|building|shipping|delivering|owning)\b))",
    re.IGNORECASE,
)
_AS_LEAD = re.compile(
    r"\b(?:team|tech(?:nical)?|engineering)\s+lead(?:er)?\s+(?:experience|role)\b|"
    r"\bexperience\s+as\s+(?:an?\s+)?(?:team|tech(?:nical)?|engineering)\s+lead(?:er)?\b",
    re.IGNORECASE,
)


# A lead role named as the capacity work was done in ("Led a project end to end as tech lead").
_IN_LEAD_ROLE = re.compile(
    r"\bas\s+(?:an?\s+|the\s+)?(?:team|tech(?:nical)?|engineering)\s+lead(?:er)?\b", re.IGNORECASE
)


def lead_role_asked(text: str) -> bool:
    """Whether ``text`` asks work done as a team's or tech lead ("Led a project end to end as tech lead"):
    leading the work alone (a project led) is not the role, which a group led or a lead title shows."""
    return _IN_LEAD_ROLE.search(text) is not None


def group_lead_asked(text: str) -> bool:
    """Whether ``text`` asks to have led or managed a group of people, at any size: "Led a backend
    team", "Experience managing engineers", "Team lead experience"; not "Work with a team of designers"
    nor "Lead the team's migration to Kubernetes"."""
    return bool(_AS_LEAD.search(text) or _ASKED.search(text))


_END = (
    r"\b(?=\s*(?:$|[,.;:()/–—-]|(?:of|through|in|at|for|with|to|and|or|across|that|who|on|from|as|while|"
    r"during|since|building|shipping|delivering|owning)\b))"
)
_BETWEEN = r"(?:(?!(?:for|with|to|across|alongside|by|of|in|on|at|and|or|that)\b)[\w-]+\s+){0,3}?"
_TEAMS = r"(?:teams?|groups?|functions?|departments?|squads?|practices?|organi[sz]ations?|orgs?)"
_BUILD_ASKED = re.compile(
    # growing or scaling a team is met by hiring into it, read elsewhere; building one asks for more
    r"\b(?:build|built|building|form|formed|forming|assembl\w+|"
    r"stand up|stood up|standing up|found|founded|founding|establish\w*)\s+"
    # "building and managing an AppSec team": two verbs of one team
    r"(?:(?:and|&)\s+(?:lead|leading|led|manage|managing|managed|run|running|grow|growing|scale|scaling|"
    r"mentor|mentoring)\s+)?" + _BETWEEN + _TEAMS + _END,
    re.IGNORECASE,
)
_BUILT = re.compile(
    r"\b(?:built|grew|grown|growing|formed|assembled|scaled|founded|established|stood up|set up|started|"
    r"created)\s+"
    + _BETWEEN
    + r"(?:teams?|groups?|functions?|departments?|squads?|practices?|organi[sz]ations?)"
    r"\b(?!'s|’s)|\bhired to (?:build|start|set up|form|create)\b",
    re.IGNORECASE,
)


def team_built_asked(text: str) -> bool:
    """Whether ``text`` asks to have built a team ("You have built a platform team from scratch", "Build
    and lead the data organisation"); not "Build tooling for product teams" nor "Grow the team"."""
    return bool(_BUILD_ASKED.search(text))


def group_built(texts: Sequence[str]) -> int | None:
    """The first of ``texts`` that says a team was built, grown, formed or founded ("Grew the team from
    three to seven", "Hired to build the security function"), else None."""
    return next((i for i, t in enumerate(texts) if _BUILT.search(t)), None)


_SCRATCH = re.compile(r"\bfrom (?:scratch|zero|the ground up|nothing)\b|\bzero[- ]to[- ]one\b", re.IGNORECASE)


def from_scratch(text: str) -> bool:
    """Whether ``text`` asks for a thing started from nothing ("a team from scratch"): hiring into a team
    that existed is not it."""
    return bool(_SCRATCH.search(text))
