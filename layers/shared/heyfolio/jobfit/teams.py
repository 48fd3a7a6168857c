"""Leading several teams: asked without a count ("manage multiple teams"), shown by a count of teams led.

Why: the words of such an ask ("managing", "multiple", "teams") are all job-ad wording, so nothing in it
is a thing to find and any page that speaks of teams seemed to show it. A résumé shows it by a team count
in a sentence whose verb leads them ("Manage the Pricing and Carrier teams (two teams, 13 engineers)"),
not by work done for several teams ("Introduced code review for nine teams") nor by one team led.
"""

from __future__ import annotations

import re

__all__ = ["TEAMS_LED", "TEAMS_LED_ASK", "leads_teams", "teams_count_led_asked"]

TEAMS_LED = " teamsled "  # one index word for "leads several teams", on both sides

_SEVERAL = r"(?:multiple|several|many|more than one|two or more|2\+|a few)"
_TEAM_NOUN = r"(?:teams|squads|groups)"
# "Manage multiple teams", "leading several engineering teams", "experience managing more than one team"
TEAMS_LED_ASK = re.compile(
    r"\b(?:manag\w*|lead|leads|leading|led|head\w*|run|runs|running|overs(?:ee|ees|eeing|aw))\s+"
    r"(?:(?:your|our|the)\s+)?" + _SEVERAL + r"\s+(?:[\w-]+\s+){0,2}?(?:" + _TEAM_NOUN + r"|team)\b",
    re.IGNORECASE,
)
_LEADS = re.compile(
    r"\b(?:led|lead|leads|leading|manag(?:e|es|ed|ing)|head(?:s|ed)?|ran|run|runs|oversaw|oversee|oversees|"
    r"line manager|tech lead|technical lead|team lead)\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|multiple|several|[2-9]|[1-9]\d)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:teams|squads)\b",
    re.IGNORECASE,
)


def leads_teams(text: str) -> bool:
    """Whether a sentence of the content leads a counted number of teams (two or more)."""
    return bool(_COUNTED.search(text) and _LEADS.search(text))


# "Managed 4+ teams", "lead at least three squads": the count is of the teams the verb leads, written
# right after it (not "work with 5+ teams", whose teams are served)
_COUNT_LED_ASK = re.compile(
    r"\b(?:manag(?:e|es|ed|ing)|lead|leads|leading|led|head(?:s|ed|ing)?|run|runs|running|ran|oversee\w*|"
    r"oversaw)\s+(?:up\s+to\s+|at\s+least\s+|over\s+|more\s+than\s+)?(?:[2-9]|[1-9]\d)\s*\+\s*"
    r"(?:[\w-]+\s+){0,2}?(?:teams|squads)\b",
    re.IGNORECASE,
)


def teams_count_led_asked(text: str) -> bool:
    """Whether an ask counts the teams to lead with a bound ("Managed 4+ teams at once")."""
    return bool(_COUNT_LED_ASK.search(text))
