"""Who a figure counts, read from its own sentence: the ones a thing is used by, or the work is for.

Why: "how many customers does <product> have?" of "<product> is used by 27 councils", and "how many
clients did she work for?" of "Prepared 60 planning applications for 25 housebuilders": the content
names the people or organisations counted by what they are (councils, housebuilders, hospitals), the
question by the part they play (customers, clients, users). No list of pairs says a council is a
customer; the sentence does - a figure after "used by" counts a thing's users, and one after "for"
the ones a piece of work was done for (its clients). Units ("for 3 years", "for £40,000"), what a
system serves ("serving 30,000 requests") and people named by their own part ("workshops for 380
researchers", "used by 40 engineers") are not read so: a duration or a sum is no one served, and
researchers or engineers are counted as what they are.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Role", "served_nouns", "serves"]

Role = Literal["users", "clients"]

# A figure and up to three words after it (the thing it counts), after the words that say who it is:
# "used by 27 councils", "adopted by over 40 hospitals", "for 25 housebuilders";
# not "used in 300 apps" (where a thing is used: what it is part of, no one using it)
_SERVED = re.compile(
    r"\b(?P<how>(?:used|adopted|trusted|relied on|licensed|chosen|bought|paid for) by|"
    r"for)"
    r"\s+(?:(?:about|around|over|nearly|almost|some|roughly|more than|over|up to) )?"
    r"(?P<figure>(?!(?:19|20)\d\d\b)\d[\d,.]*\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|dozens of|hundreds of|thousands of)\s+"
    r"(?P<noun>(?:[^\W\d_][\w'’-]*\s*){1,3})",
    re.IGNORECASE,
)
_NOUN_END = re.compile(
    r"\b(?:and|or|to|from|in|on|at|by|with|for|of|per|across|into|than|the|a|an|as|over|under|each|every|"
    r"which|that|who|within|since|until|during|along|around|throughout|near|via|including|like|such|plus|a day|a week|a month|a year)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# Units a figure is made in, not anyone served: time, money, shares, sizes.
_UNITS = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|nights?|shifts?|sprints?|quarters?|"
    r"semesters?|terms?|times?|euros?|dollars?|pounds?|francs?|percent|per ?cent|points?|ms|gb|mb|tb|kb|km|"
    r"miles?|metres?|meters?|hrs?|mins?|secs?|k|m|million|billion|thousand)$",
    re.IGNORECASE,
)
# People a piece of work is for who are counted as what they are, not as clients: learners, makers,
# colleagues ("workshops for 380 researchers", "tooling for 40 engineers", "a course for 35 students").
_OWN_PART = re.compile(
    r"^(?:engineers?|developers?|devs?|programmers?|designers?|analysts?|scientists?|researchers?|testers?|"
    r"students?|pupils?|learners?|trainees?|apprentices?|interns?|mentees?|kids?|children|teenagers?|"
    r"colleagues?|staff|employees?|team(?:mates?|s)?|people|persons?|members?|users?|customers?|clients?|"
    r"volunteers?|speakers?|attendees?|participants?|readers?|writers?|authors?|contributors?|"
    r"maintainers?|managers?|workers?|nurses?|doctors?|teachers?|new|other|more)$",
    re.IGNORECASE,
)


def served_nouns(sentence: str) -> list[tuple[Role, str]]:
    """The things ``sentence`` counts as the ones served, each with the part they play: "users" for
    a figure after "used by" ("used by 27 councils" -> ("users", "councils")), "clients"
    for one after "for" ("for 25 housebuilders" -> ("clients", "housebuilders"))."""
    found: list[tuple[Role, str]] = []
    for m in _SERVED.finditer(sentence):
        noun = _NOUN_END.sub("", m.group("noun")).strip(" ,;:.)'’")
        words = noun.split()
        if not words or _UNITS.match(words[0]) or _UNITS.match(words[-1]):
            continue
        if _OWN_PART.match(words[-1]) or _OWN_PART.match(words[0]):
            continue  # people counted as what they are: their own noun says what they count
        found.append(("clients" if m.group("how").casefold() == "for" else "users", noun))
    return found


def serves(text: str, role: Role) -> bool:
    """Whether ``text`` counts anyone as playing ``role`` ("clients" are also read from "users": a
    product used by 27 councils has 27 councils as its customers)."""
    return any(part == role or role == "clients" for part, _ in served_nouns(text))
