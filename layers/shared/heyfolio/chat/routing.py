"""Small model or large: cheap and fast for simple questions, stronger for hard ones.

Hard means a comparison, a job-fit judgement, or several questions at once; everything else
(a fact, a project, availability) goes to the small model. The rule is a few regexes, so it
costs nothing and is logged with its reason, and both model names come from the settings.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Literal

from heyfolio.config import Settings

logger = logging.getLogger("heyfolio.chat.routing")

_COMPARISON = re.compile(
    r"\b(compare[ds]?|comparison|versus|vs\.?|differences?\s+between|better\s+(at|than|fit)|stronger|weaker|"
    r"rather\s+than|trade-?offs?)\b",
    re.IGNORECASE,
)
_JOB_FIT = re.compile(
    r"\b(fit|good\s+match|match(es)?\s+(the|our|my|this)|suitable|qualified|right\s+(person|candidate)|"
    r"job\s+description|requirements?|hire|hiring|would\s+(she|he|they)\s+be|strengths?\s+and\s+weakness)",
    re.IGNORECASE,
)
LONG_MESSAGE_CHARS = 400


@dataclass(frozen=True)
class Route:
    tier: Literal["small", "large"]
    model: str
    reason: str


def _parts(message: str) -> int:
    questions = message.count("?")
    numbered = len(re.findall(r"(?m)^\s*(?:\d+[.)]|[-*•])\s+", message))
    return max(questions, numbered)


def choose_model(message: str, settings: Settings) -> Route:
    """Pick the model for ``message`` and log the choice with its reason."""
    if _COMPARISON.search(message):
        route = Route("large", settings.model_large, "comparison")
    elif _JOB_FIT.search(message):
        route = Route("large", settings.model_large, "job fit")
    elif _parts(message) >= 2:
        route = Route("large", settings.model_large, "multi-part")
    elif len(message) > LONG_MESSAGE_CHARS:
        route = Route("large", settings.model_large, "long question")
    else:
        route = Route("small", settings.model_small, "simple question")
    logger.info("chat model route", extra={"tier": route.tier, "model": route.model, "reason": route.reason})
    return route
