"""Fields named by a phrase of common words ("large language models", "signal processing", "machine learning").

Why: the phrase is one idea; its words alone are used in other senses. "Training large language models" was
matched for a physicist by a "Spanish-language lesson" and a "flood model", "Signal processing" by CAN
"signal packing". A word of such a phrase, asked within it, is shown only where the content names the idea:
the phrase itself (any inflection, hyphen or space) or its short name ("LLM", "NLP", "ML"). "Natural language
understanding" is not a "Natural Sciences" diploma and the languages spoken, "Operations research" no research
prototype, "Data science" no computer science degree beside data pipelines, "Code review" no coding school
beside incident reviews.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from heyfolio.search.text import analyze

__all__ = ["bound_words", "is_field_name", "named_otherwise", "names_idea"]

# The idea's index term (the search analyser's concept) -> the phrases that name it.
_IDEAS: Mapping[str, tuple[str, ...]] = {
    "llm": ("large language model", "language model"),
    "nlp": ("natural language processing", "natural language understanding", "natural language generation"),
    "ml": ("machine learning",),
    "deep_learning": ("deep learning",),
    "ai": ("artificial intelligence",),
    "signal_processing": ("signal processing",),
    "computer_vision": ("computer vision",),
    "speech_recognition": ("speech recognition",),
    "reinforcement_learning": ("reinforcement learning",),
    "data_science": ("data science", "data scientist"),
    "operations_research": ("operations research",),
    "computer_graphics": ("computer graphics",),
    "life_sciences": ("life science",),
    "supply_chain": ("supply chain",),
    "real_estate": ("real estate",),
    "public_health": ("public health",),
    # a practice named by two common words: "code" of a coding school and "review" of incident reviews
    # or a security review are no code review
    "code_review": ("code review", "code reviewer", "reviewed code", "reviewing code", "review code"),
}
# Other ways a sentence names an idea, which are no phrase the ask writes: reviewing pull requests.
_NAMED_BY: Mapping[str, tuple[re.Pattern[str], ...]] = {
    "code_review": (
        re.compile(
            r"\breview\w*\s+(?:[\w,'-]+\s+){0,4}?(?:(?:pull|merge)[\s-]+requests?|PRs|contributions|patches)\b|"
            r"\b(?:pull|merge)[\s-]+requests?\s+reviews?\b|\bPR\s+reviews?\b",
            re.IGNORECASE,
        ),
    ),
}


def _pattern(phrase: str) -> re.Pattern[str]:
    words = phrase.split()
    body = r"[\s-]+".join(re.escape(w) for w in words[:-1])
    last = re.escape(words[-1][:-1] if words[-1].endswith("e") else words[-1]) + r"\w*"
    return re.compile(rf"(?<![\w-]){body}[\s-]+{last}", re.IGNORECASE)


_PATTERNS: Mapping[str, tuple[re.Pattern[str], ...]] = {
    idea: tuple(_pattern(p) for p in phrases) for idea, phrases in _IDEAS.items()
}


@cache
def bound_words(ask: str) -> Mapping[str, str]:
    """The index terms of the words ``ask`` uses inside a field's phrase -> that field's idea."""
    out: dict[str, str] = {}
    for idea, patterns in _PATTERNS.items():
        for pattern in patterns:
            for m in pattern.finditer(ask):
                for term in analyze(m.group(0)):
                    if term != idea:
                        out.setdefault(term, idea)
    return out


def names_idea(idea: str, text: str, terms: frozenset[str]) -> bool:
    """Whether a sentence (its ``text`` and index ``terms``) names the field ``idea``."""
    return idea in terms or any(p.search(text) for p in _PATTERNS[idea]) or named_otherwise(idea, text)


def named_otherwise(idea: str, text: str) -> bool:
    """Whether a sentence names the idea in a way none of its words is written ("reviewed 1,400 pull
    requests" is code review): then it shows every word the ask binds to the idea."""
    return any(p.search(text) for p in _NAMED_BY.get(idea, ()))


def is_field_name(word: str) -> bool:
    """Whether one hyphenated word names a field ("machine-learning", "deep-learning"): the thing asked, not a
    qualifier of it ("data-heavy", "customer-facing")."""
    spaced = word.replace("-", " ")
    return any(p.fullmatch(spaced) for patterns in _PATTERNS.values() for p in patterns) or any(
        idea in analyze(word) for idea in _IDEAS
    )
