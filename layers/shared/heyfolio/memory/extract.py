"""Find what a visitor says about themselves that matters later: name, company, the role they hire for.

Deterministic patterns, so offline mode remembers too and tests can pin the behaviour; with
Claude the model may also call the chat's ``remember`` step for what patterns miss. A fact
is kept only if it looks like one (a capitalised name, a company, a role with a job word),
because a wrong memory repeated back is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

FactKind = Literal["name", "company", "role"]
FACT_KINDS: tuple[str, ...] = ("name", "company", "role")


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    value: str

    @property
    def text(self) -> str:
        """The sentence stored and embedded (and shown to the model when recalled)."""
        return {
            "name": f"The visitor's name is {self.value}.",
            "company": f"The visitor works at {self.value}.",
            "role": f"The visitor is hiring for a {self.value} role.",
        }[self.kind]


_NAME_RE = re.compile(
    # "my name is" / "call me" are explicit: any spelling. "I'm X" needs a capitalised X.
    r"\b(?i:my name is|my name's|call me)\s+([A-Za-z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?)"
    r"|\b(?i:i am|i'm|this is)\s+([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?)"
)
_NOT_NAMES = frozenset(
    "a an the hiring looking recruiting interested here just curious from with at working wondering trying new back glad happy ok okay fine good sorry not also still currently".split()  # noqa: SIM905
)
_COMPANY_RE = re.compile(
    r"\b(?i:i work (?:at|for)|i'm (?:a |an )?[\w -]{0,30}?\s?(?:at|with|from)|i am (?:a |an )?[\w -]{0,30}?\s?(?:at|with|from)"
    r"|we are|we're|our company is|my company is|recruiting for|hiring for|i represent|here from"
    r"|(?:recruiter|recruiting|talent partner|manager|founder|engineer|director|lead|cto|ceo)\s+(?:at|with|from)"
    r"|(?:role|position|team|job|opening)\s+(?:at|with))\s+"
    r"([A-Z][\w&'-]*(?:\.[\w&'-]+)*(?:\s+(?:[A-Z][\w&'-]*(?:\.[\w&'-]+)*|&|of))*)",
)
_ROLE_RE = re.compile(
    r"\b(?:(?:hiring|recruiting|looking|searching)(?: for)? (?:a|an|our|the)|hiring for|recruiting for"
    r"|needs? (?:a|an)|trying to fill (?:a|an|our|the)"
    r"|(?:the|a|an|our|this) (?:open )?(?:role|position|job|opening) (?:is|for|of)(?: a| an)?)"
    r"\s+([a-z0-9][\w +/#.-]{1,60}?)(?=\s+(?:role|position|job|opening)\b|[.,;!?)]|$|\s+(?:who|to|at|in|with|on|and)\b)",
    re.IGNORECASE,
)
_ROLE_WORDS = frozenset(
    "engineer engineers developer developers architect lead manager director scientist sre devops designer analyst cto vp head principal staff programmer consultant researcher specialist administrator owner tech".split()  # noqa: SIM905
)


def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" .,'\"")


def extract_facts(text: str) -> list[Fact]:
    """The facts in one visitor message, at most one per kind (the first mention wins)."""
    found: dict[str, Fact] = {}
    for m in _NAME_RE.finditer(text):
        name = _clean(m.group(1) or m.group(2))
        first = name.split()[0].casefold()
        if first in _NOT_NAMES or len(name) > 40:
            continue
        found.setdefault("name", Fact("name", name[:1].upper() + name[1:]))
        break
    for m in _COMPANY_RE.finditer(text):
        company = _clean(m.group(1))
        if (
            company.casefold() in _NOT_NAMES
            or company.split()[0].casefold() in ("i", "a", "the")
            or len(company) > 60
        ):
            continue
        found.setdefault("company", Fact("company", company))
        break
    for m in _ROLE_RE.finditer(text):
        role = _clean(m.group(1))
        words = {w.casefold().strip(".,") for w in role.split()}
        if not words & _ROLE_WORDS:
            continue
        role = re.sub(r"\s+(?:role|position)$", "", role, flags=re.IGNORECASE)
        found.setdefault("role", Fact("role", role))
        break
    # "I'm Sam from Acme": the company pattern may have taken the name; a name is never a company.
    if "name" in found and "company" in found and found["company"].value == found["name"].value:
        del found["company"]
    return [found[k] for k in FACT_KINDS if k in found]
