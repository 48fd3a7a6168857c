"""Work asked by a technology the portfolio only lists: "which of her projects was built with Next.js?"
of a skills section naming Next.js, and no job or project that does.

Why: a recruiter asks where a listed skill was put to use ("which apps has she shipped in Kotlin?").
The skills passage names it and the jobs share the question's other words ("app", "shipped"), so they
rank first and read as the work asked, yet no entry says it used the technology: naming one would be an
invented fact. So when the question asks which work (a project, an app, a job, a client) used a
technology, or where it was used, and no passage but a list (skills, certificates, languages,
interests) names it or a close relative ("EKS" of Kubernetes), what search found is shown as weak (the
closest passages, not an answer).

Read narrowly on the asking side (a "which projects / what apps / where did she use" question naming a
technology the portfolio lists or a well-known one) and broadly on the stating side: the technology
anywhere in a job, project, summary, talk or post leaves the question to the rest of the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.search.text import analyze

__all__ = ["LISTING_KINDS", "asks_work_with", "listed_technologies"]

# Passages that list a technology without saying it was used for anything.
LISTING_KINDS = frozenset({"skill", "certificate", "language", "interest"})

_WORK = (
    r"projects?|apps?|applications?|products?|tools?|systems?|services?|sites?|websites?|librar(?:y|ies)|"
    r"jobs?|roles?|positions?|companies|employers?|clients?|codebases?|games?|platforms?"
)
_ASKS = re.compile(
    # "which of her projects ...", "which Android app has she shipped in Kotlin?", "what Rust tools ..."
    rf"\b(?:which|what)\s+(?:of\s+(?:her|his|their|the)\s+)?(?:[\w.+#'’-]+\s+){{0,3}}?(?:{_WORK})\b|"
    # "where has she used Kotlin?", "where did he work with Kafka?"
    r"\bwhere\s+(?:has|have|did|does|do)\s+\w+\s+(?:\w+\s+)?(?:use|used|using|applied|apply|worked with|work with)\b|"
    # "what has she built with Kotlin?"
    r"\bwhat\s+(?:has|have|did)\s+\w+\s+(?:built|made|shipped|written|created|developed|done)\b[^?]*?"
    r"\b(?:with|in|using)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_][\w.+#-]*[\w+#]|[^\W_]")
_WORK_WORDS = re.compile(rf"^(?:{_WORK})$", re.IGNORECASE)


def asks_work_with(question: str) -> bool:
    """Whether ``question`` asks which work used something, or where it was used."""
    return _ASKS.search(question) is not None


def listed_technologies(
    question: str, technology: Callable[[str], bool], skip: Callable[[str], bool]
) -> list[str]:
    """The index terms of the technologies ``question`` names (each word read as a whole, "Next.js"
    as next.js), of those ``technology`` says are one and ``skip`` does not (the owner's name)."""
    found = []
    for word in _WORD.findall(question):
        if _WORK_WORDS.match(word):
            continue
        terms = analyze(word)
        if terms and technology(terms[0]) and not skip(terms[0]) and terms[0] not in found:
            found.append(terms[0])
    return found
