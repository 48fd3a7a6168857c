"""The state machine definitions, with ``${Name}`` substitutions filled in as SAM does.

On AWS, SAM's ``DefinitionSubstitutions`` fill the placeholders at deploy time; locally
(and in tests) :func:`definition` does the same from a dict, so both run the one file.
Placeholders may stand for numbers (``"TimeoutSeconds": ${ApprovalTimeoutSeconds}``), so
a file is valid JSON only after substitution.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from heyfolio.config import ProjectRoot

STATEMACHINES = ProjectRoot / "statemachines"
FLOWS = ("approval", "insight", "analytics", "analytics_query")
_PLACEHOLDER = re.compile(r"\$\{([A-Za-z0-9_]+)\}")


def path_of(flow: str) -> Path:
    """``statemachines/<flow>.asl.json``."""
    if flow not in FLOWS:
        raise ValueError(f"unknown flow {flow!r}; expected one of {', '.join(FLOWS)}")
    return STATEMACHINES / f"{flow}.asl.json"


def placeholders(flow: str) -> set[str]:
    """The substitution names a definition needs."""
    return set(_PLACEHOLDER.findall(path_of(flow).read_text()))


def definition(flow: str, substitutions: dict[str, str | int]) -> str:
    """The definition of ``flow`` with every placeholder replaced; checked to be valid JSON."""
    missing = placeholders(flow) - set(substitutions)
    if missing:
        raise KeyError(f"{flow}: no value for {', '.join(sorted(missing))}")
    text = _PLACEHOLDER.sub(lambda m: str(substitutions[m.group(1)]), path_of(flow).read_text())
    json.loads(text)
    return text
