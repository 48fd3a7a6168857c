"""The employer's own things a requirement names as where the work happens ("into our planner", "at our
events"): the setting of the job, not a thing the owner must have shown.

Why: a candidate cannot have worked on the employer's planner; "Integrate Google Maps APIs into our
planner" asks for Google Maps integration, which the content shows or not. A phrase the job owns after a
preposition of place ("into", "at", "within") is read so, and so is the owner of a part ("of"): "Own the
Kubernetes clusters of our lending platform" asks for running Kubernetes clusters, not for lending. "For our
storage engine" (a purpose, often the field asked) and "scale our payments platform" (the object of the
verb) name the thing to be done, and stay asked. The caller lifts a partial to matched with it only: the
setting's words, where shown, are still related evidence, and a part never shown ("the durability of our
object store") keeps the ask unmet. The employer's own tooling a skill is for ("JavaScript for our internal
demo tools", "for our benchmarking dashboards") is a place of the work too: the skill is asked, not the tools.
So are the hire's own future scope ("Own the OKRs for your area", "across your teams") and the function a
closing "with product" names as the partner of the work ("Set OKRs together with product"), and the teams a
duty is done with ("Define SLOs with product teams"), unless working with them is the ask ("Collaborate with
product teams").
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["employer_setting", "without_partner_teams"]

# "into our planner", "at our events", "of our lending platform": up to the phrase's end (a
# punctuation mark, a clause word or the line's end).
_SETTING = re.compile(
    r"\b(?:into|at|within|inside|throughout|of)\s+our\s+"
    r"((?:(?!(?:to|by|with|from|using|via|so|that|which|while|where|when|who)\b)[\w-]+\s*){1,4})",
    re.IGNORECASE,
)


# "JavaScript for our internal demo tools", "for our benchmarking dashboards": the employer's own tooling the
# skill is used for, a place of the work (unlike "for our storage engine", the field asked)
_OWN_TOOLING = re.compile(
    r"\bfor\s+our\s+((?:[\w-]+\s+){0,3}?(?:tools|tooling|dashboards|demos))\b(?=\s*(?:[.,;:)]|$))",
    re.IGNORECASE,
)


# "Own the OKRs for your area", "hiring across your teams": the hire's own future scope, not a thing to show
_YOUR_SCOPE = re.compile(
    r"\b(?:for|in|across|within|of)\s+your\s+((?:own\s+)?(?:product\s+)?(?:areas?|teams?|orgs?|"
    r"organi[sz]ations?|domains?|groups?|functions?|squads?|scope))\b",
    re.IGNORECASE,
)
# "Set OKRs together with product": the function the work is done with, closing the ask
_PARTNER = re.compile(r"\b(?:together\s+)?with\s+(product)(?=\s*(?:[.,;:)]|$))", re.IGNORECASE)


def employer_setting(text: str) -> frozenset[str]:
    """The index terms of the words naming the employer's own setting in ``text`` (empty when none)."""
    out: set[str] = set()
    for m in _SETTING.finditer(text):
        out.update(analyze(m.group(1)))
    for pattern in (_OWN_TOOLING, _YOUR_SCOPE, _PARTNER):
        for m in pattern.finditer(text):
            out.update(analyze(m.group(1)))
    return frozenset(out)


# "Define SLOs and error budgets with product teams": the teams a duty of its own is done with, closing the ask
_PARTNER_TEAMS = re.compile(
    r"\s+(?:together\s+with|with|alongside)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?teams?(?=\s*(?:[.,;:)]|$))",
    re.IGNORECASE,
)
# An ask whose doing is the working with others ("Collaborate with product teams", "experience working with")
_COLLABORATION = re.compile(
    r"\b(?:collaborat|work|partner|liais|align|coordinat|communicat|interfac|engag|cooperat)\w*\b",
    re.IGNORECASE,
)


def without_partner_teams(text: str) -> str:
    """``text`` without the teams its duty is done with ("... with product teams"), unless working with
    others is the ask itself; unchanged when it names none."""
    if _COLLABORATION.search(text):
        return text
    return _PARTNER_TEAMS.sub("", text)
