"""Building a thing asked ("Designing and building REST APIs", "Develop integration services") against content
that only tested, configured, demonstrated, trained on or supported it ("Skill: API testing: Postman, REST
APIs", "Tested the carrier integrations with Postman", "Configured the WMS for 14 clients").

Why: the thing's name is the same in both, so the words met the ask; but a consultant who tests a vendor's APIs
or configures its product for clients has handled what engineers built, and a recruiter hiring someone to build
it reads none of that as building. The activity is read from the sentence's head: a highlight's first verb, or
the name of a skill whose keywords are what it handled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["handled_not_built"]

# An ask to make the thing: design, build, develop, implement, write or engineer it (the verbs; "as a machine
# learning engineer" asks a role, read by the years of it).
_BUILD_ASK = re.compile(
    r"\b(?:design(?:s|ed|ing)?|build(?:s|ing)?|built|develop(?:s|ed|ing)?|implement(?:s|ed|ing)?|"
    r"writ(?:e|es|ing)|code|coding|engineered|architect(?:s|ed|ing))\b",
    re.IGNORECASE,
)
# Making something other than software ("Develop client relationships", "Build a team", "Write RFP answers").
_NOT_SOFTWARE = re.compile(
    r"\b(?:relationships?|teams?|partnerships?|pipeline of (?:deals|leads)|trust|rapport|documentation|"
    r"proposals?|RFPs?|reports?|training|curricul\w*|processes|culture|business|strategy|roadmaps?|"
    # tests, demos and workshops are what handling makes ("writing end-to-end tests", "build demo scripts")
    r"tests?|testing|test\s+suites?|QA|demos?|workshops?)\b",
    re.IGNORECASE,
)
# A highlight whose head verb handles a thing made by others (people trained, not models: "Trained and deployed
# forecasting models" built them).
_HANDLING_HEAD = re.compile(
    r"^\s*(?:tested|tests?|testing|configured|configures?|configuring|demonstrated|demonstrates?|demoed|"
    r"demos?|(?:trained|trains?)(?![^.;]*\b(?:models?|networks?|classifiers?|embeddings?|LLMs?|agents?)\b)|"
    r"supported|supports?|validated|validates?|verified|verifies|showed|shows|"
    r"presented|presents|ran\s+(?:\w+\s+){0,2}?(?:demos|tests|testing|training))\b",
    re.IGNORECASE,
)
# A skill named by handling ("Skill: API testing: Postman, REST APIs", "Skill: WMS configuration: ...").
_HANDLING_SKILL = re.compile(
    r"^\s*Skill:\s*[^:]*?\b(?:testing|tester|QA|quality assurance|configuration|support|training|presales|"
    r"pre-sales|demos?|administration)\s*(?:\([^)]*\))?\s*:",
    re.IGNORECASE,
)


def _handles(sentence: str) -> bool:
    return bool(_HANDLING_HEAD.search(sentence) or _HANDLING_SKILL.search(sentence))


def handled_not_built(ask: str, cited: Iterable[str]) -> bool:
    """Whether ``ask`` asks to build software and every sentence ``cited`` for it only handled the thing."""
    if _BUILD_ASK.search(ask) is None or _NOT_SOFTWARE.search(ask):
        return False
    texts = [s for s in cited if s.strip()]
    return bool(texts) and all(_handles(s) for s in texts)
