"""Years asked "in industry": jobs outside academia, not a doctorate's or a lab's years.

Why: "7+ years of industry ML experience" is a recruiter's way of leaving out the PhD, the postdoc and
the teaching posts, yet those are work entries dated like any job and mention the same topics, so a
researcher five years out of a doctorate read as ten years "in industry". An academic post is named by
its title (doctoral researcher, postdoc, lecturer, research or teaching assistant) or held at a
university; a job held as a student (an internship) is not industry experience either.
"""

from __future__ import annotations

import re

__all__ = ["academic_post", "industry_asked", "without_industry"]

# Industry as against academia ("years of industry ML experience", "in industry"), not a sector ("in the
# payments industry", "fintech industry experience"): the word before "industry" is no sector's name.
_INDUSTRY_ASKED = re.compile(
    r"(?:\b(?:of|in|with|relevant|prior|previous|professional|commercial|hands-on|post-?phd|years?)|\+)\s+"
    r"industry\b(?!\s+(?:standards?|best practices?|leading|trends?|events?|partners?)\b)|"
    r"\bindustrial experience\b|\boutside (?:of )?academia\b|\bnon-academic\b|"
    # "post-PhD" is after the doctorate; "postdoctoral research" is the postdoc itself, an academic post
    r"\bpost-?phd\b|\bpost-?doctoral\s+industr|\bafter (?:your|the|a|their) (?:phd|doctorate)\b",
    re.IGNORECASE,
)
_ACADEMIC_TITLE = re.compile(
    r"\b(?:doctoral|ph\.?d\.?|post-?doc\w*|post-?doctoral|research assistant|teaching assistant|"
    r"(?:graduate|student) (?:research|teaching)? ?assistant|lecturer|professor|faculty|intern(?:ship)?|"
    r"working student|werkstudent)\b",
    re.IGNORECASE,
)
_ACADEMIC_PLACE = re.compile(r"\b(?:universit\w+|hochschule|polytechnic)\b", re.IGNORECASE)


def industry_asked(text: str) -> bool:
    """Whether ``text`` asks its years in industry ("7+ years of industry experience", "post-PhD")."""
    return bool(_INDUSTRY_ASKED.search(text))


_INDUSTRY_WORD = re.compile(r"\bindustr(?:y|ial)\b", re.IGNORECASE)


def without_industry(text: str) -> str:
    """``text`` without the word "industry" where it asks years in industry ("10+ years of industry
    experience"): the dates of the jobs held outside academia show it, not the word, which a résumé rarely
    writes of itself."""
    return _INDUSTRY_WORD.sub(" ", text) if industry_asked(text) else text


def academic_post(position: str, employer: str) -> bool:
    """Whether a work entry is an academic post or a student job, by its title or its employer."""
    return bool(_ACADEMIC_TITLE.search(position) or _ACADEMIC_PLACE.search(employer))
