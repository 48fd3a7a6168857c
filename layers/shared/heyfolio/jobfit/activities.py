"""Things an ad names as a noun that a résumé shows as the work done and what it achieved.

Why: an ad asks for "cost optimisation", "performance" or "community events"; a résumé writes the
outcome instead: "Cut the monthly warehouse bill from €84,000 to €47,000", "cold start from 2.9 s to
1.1 s", "Co-organised 45 meetups". The ad's noun is nowhere in the content, yet the content shows it.
Each activity is read from the sentence's shape (a reducing verb with a before-and-after figure, a
speed measure, a kind of gathering), so it holds for wordings no list of synonyms has.

An activity only stands for the ad's word where the ask means that sense: "performance reviews" are
about people, not latency; "events per second" are data, not meetups; "convex optimisation" is
mathematics, not a cost cut. ``blocked_by`` says when the ask means the other sense.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.search.text import analyze

__all__ = ["ACTIVITIES", "Activity", "activity_hits", "in_other_sense"]


@dataclass(frozen=True)
class Activity:
    """``asked``: the word as the ask writes it (a common word: "Optimizely" is a product, not an
    optimisation); ``shows``: a sentence that does the thing; ``needs``: the ask must read this way
    (None: any); ``blocked_by``: an ask that means another sense of the word."""

    asked: re.Pattern[str]
    shows: re.Pattern[str]
    needs: re.Pattern[str] | None = None
    blocked_by: re.Pattern[str] | None = None
    # the sentence must also name a word of the ask besides the activity ("Moved 12 batch jobs from cron to
    # Spring Batch" shows "migrating batch jobs"; a move of an app between languages is no cloud migration)
    with_ask_word: bool = False


_REDUCING = (
    r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|halv\w*|trimm\w*|shrank|shrunk|shrink\w*|sped|speed\w*|"
    r"brought|bringing|dropp\w*|optimi[sz]\w*|improv\w*|tun(?:ed|ing)|fell|falls?)\b"
)
# A before-and-after figure or a share: "from 2.9 s to 1.1 s", "by 38%", "(44%)", "3x faster".
_FIGURE = r"(?:\bfrom\b(?:[^.;]|\.\d){0,60}?\bto\b\s*\S*\d|\d[\d.,]*\s*%|\b\d+(?:\.\d+)?\s*[x×]\s+(?:faster|smaller|cheaper))"

# How an ad asks for less of a thing ("lowering spend", "cost reduction", "shorten deploy times"); a résumé
# writes whichever verb of cutting it likes, with the figure ("Cut the AWS bill by 31%").
_REDUCE_ASK = (
    r"\b(?:reduc\w*|lower(?:s|ed|ing)?|cut(?:s|ting)?|decreas\w*|shorten\w*|trim(?:s|med|ming)?|"
    r"shr[iau]nk\w*|minimi[sz]\w*|slash\w*|halv\w*|driv\w* down|bring\w* down)\b"
)
_CUT_SHOWN = re.compile(_REDUCING + r"[^.;]{0,120}?" + _FIGURE, re.IGNORECASE)
# What money is spent as: a bill, the spend, costs; or an amount written with its currency.
_COST_WORDS = r"(?:\b(?:bills?|spend(?:ing)?|costs?|expenses?|invoices?)\b|[€$£]\s?\d|\b(?:EUR|USD|GBP)\s?\d)"
_REDUCE = Activity(asked=re.compile(_REDUCE_ASK, re.IGNORECASE), shows=_CUT_SHOWN)
_COST = Activity(
    asked=re.compile(r"\b(?:costs?|spend(?:ing)?|bills?|expenses?)\b", re.IGNORECASE),
    # a cost cut, not a cost named: the figure that shows it was cut, with the money it was cut in
    shows=re.compile(r"(?=.*" + _COST_WORDS + r")" + _REDUCING + r"[^.;]{0,120}?" + _FIGURE, re.IGNORECASE),
    needs=re.compile(_REDUCE_ASK + r"|\boptimi[sz]\w*|\bsav(?:e|es|ed|ing|ings)\b", re.IGNORECASE),
)
_RETAIN = Activity(
    asked=re.compile(r"\bretain\w*|\bretention\b", re.IGNORECASE),
    # people kept: attrition or turnover brought down, or no one leaving the team
    shows=re.compile(
        r"(?=.*\b(?:attrition|turnover)\b)(?=.*(?:" + _REDUCING + r"|\bzero\b|\d))|"
        r"\bno(?: one|body)\b[^.;]{0,20}\blea(?:ving|ve|ves|ft)\b",
        re.IGNORECASE,
    ),
    needs=re.compile(
        r"\b(?:engineers?|developers?|people|staff|talent|employees|team|teams|reports|hires)\b",
        re.IGNORECASE,
    ),
    blocked_by=re.compile(
        r"\b(?:customers?|users?|data|logs?|records?|clients?|subscribers?|players?|members?)\s+retention\b|"
        r"\bretention\s+(?:polic\w*|periods?|rates?\s+of\s+(?:users|customers))|\bretain\w*\s+(?:customers|users|data)\b",
        re.IGNORECASE,
    ),
)

# A migration as a résumé writes it: the thing moved from one platform to another ("Moved 140 services from
# EC2 to Amazon EKS", "Ported the app from Objective-C to Swift") or one system replaced with another
# ("Replaced cron scripts with Airflow"); the word "migration" is rarely there.
_MIGRATE = Activity(
    asked=re.compile(r"\bmigrat\w*", re.IGNORECASE),
    shows=re.compile(
        r"\b(?:mov(?:ed|ing)|port(?:ed|ing)|switch(?:ed|ing)|transition(?:ed|ing)|convert(?:ed|ing)|"
        r"re-?platform\w*|re-?host\w*)\b[^.;]{0,100}?\bfrom\b[^.;]{0,80}?\b(?:to|onto|into)\b|"
        r"\breplac(?:ed|ing)\b[^.;]{0,120}?\bwith\b",
        re.IGNORECASE,
    ),
    # a schema migration is a change to a database, not a move between systems
    blocked_by=re.compile(
        r"\b(?:schema|data(?:base)?)\s+migrations?\b|\bmigrations?\s+scripts?\b", re.IGNORECASE
    ),
    with_ask_word=True,
)

# Words of an ask that say nothing of what was moved ("experience migrating ...", "led migrations of ...").
_GENERIC = frozenset(
    analyze(
        "experience experienced proven strong hands-on led lead leading drive driving own owning large complex"
    )
)

ACTIVITIES: dict[str, Activity] = {
    # optimisation: something made smaller, cheaper or faster, with the figure that proves it
    "optim": Activity(
        asked=re.compile(r"\boptimi[sz](?:ation|ations|e|es|ed|ing)\b", re.IGNORECASE),
        shows=re.compile(_REDUCING + r"[^.;]{0,120}?" + _FIGURE, re.IGNORECASE),
        # the mathematical kind is named before the word ("numerical optimisation", "mixed-integer linear
        # optimization"); elsewhere such a word is what is made faster ("optimising numerical code")
        blocked_by=re.compile(
            r"\b(?:convex|linear|integer|mathematical|combinatorial|numerical|stochastic|bayesian)"
            r"(?:[\s-]+(?:and|or|[\w-]+))?[\s-]+optimi[sz]\w*|"
            r"\b(?:solvers?|compilers?|hyper-?parameters?|search engine|seo|conversion)\b",
            re.IGNORECASE,
        ),
    ),
    # performance of software: how fast it runs, measured
    "perform": Activity(
        asked=re.compile(r"\bperforman(?:ce|t)\b", re.IGNORECASE),
        shows=re.compile(
            r"\b(?:latenc\w*|throughput|p(?:50|90|95|99|999)|cold[- ]start\w*|start-?up time|launch time|"
            r"load(?:ing)? times?|time to interactive|frames per second|\d+\s*fps|response times?|"
            r"(?:requests|queries|events|messages|appends|transactions) (?:per|a) second)\b",
            re.IGNORECASE,
        ),
        blocked_by=re.compile(
            r"\bperformance (?:reviews?|management|appraisals?|evaluations?|improvement plans?|conversations?|"
            r"cycles?)\b|\bhigh[- ]perform\w*|\bperform\w* teams?\b|\bperform(?:s|ed|ing)?\b",
            re.IGNORECASE,
        ),
    ),
    # tuning ("performance tuning", "query tuning") is optimisation: shown the same way, by a cut with its figure
    "tune": Activity(
        asked=re.compile(r"\btun(?:e|es|ed|ing)\b", re.IGNORECASE),
        # a cut with its figure, of how fast a system answers (tuning is about latency, not a bill or a build)
        shows=re.compile(
            r"(?=.*\b(?:faster|latenc\w*|throughput|p(?:50|90|95|99)|quer(?:y|ies)|index(?:es)?|"
            r"response times?)\b)" + _REDUCING + r"[^.;]{0,120}?" + _FIGURE,
            re.IGNORECASE,
        ),
        blocked_by=re.compile(
            r"\bfine[- ]?tun\w*|\b(?:hyper-?parameters?|models?|llms?|prompts?|weights|networks?)\s+tuning\b|"
            r"\btun\w*\s+(?:of\s+)?(?:models?|llms?|hyper-?parameters?|prompts?|weights)\b|\bpiano\b|\bradio\b",
            re.IGNORECASE,
        ),
    ),
    # mentoring shown as the work with the less experienced it is: paired with, coached or supervised juniors
    "mentor": Activity(
        asked=re.compile(r"\bmentor(?:s|ed|ing|ship)?\b", re.IGNORECASE),
        shows=re.compile(
            r"\b(?:pair(?:ed|ing|s)?|coach(?:ed|es|ing)?|supervis(?:ed|es|ing)|guid(?:ed|es|ing)|"
            r"onboard(?:ed|ing)?)\b[^.;]{0,40}?\b(?:juniors?|junior (?:developers?|engineers?|staff)|interns?|"
            r"apprentices?|trainees?|new hires?|graduate (?:developers?|engineers?))\b",
            re.IGNORECASE,
        ),
    ),
    # events as gatherings, where the ad speaks of organising, hosting or a community
    "event": Activity(
        asked=re.compile(r"\bevents?\b", re.IGNORECASE),
        shows=re.compile(
            r"\b(?:meetups?|conferences?|hackathons?|workshops?|summits?|game jams?|hack days?|"
            r"community calls?|lunch-and-learns?|user groups?)\b",
            re.IGNORECASE,
        ),
        needs=re.compile(
            r"\b(?:organi[sz]\w*|host\w*|communit(?:y|ies)|attend\w*|in-person|at (?:our|the|these|such|tech|"
            r"industry|developer) events)\b",
            re.IGNORECASE,
        ),
        blocked_by=re.compile(
            r"\bevent[- ](?:driven|sourc\w*|stream\w*|pipelines?|process\w*|bus|schemas?|data|logs?|"
            r"ingestion|hub)\b|\bevents? (?:per|a) (?:second|minute|day)\b",
            re.IGNORECASE,
        ),
    ),
}


# Performance reviews as British and other employers name them ("annual appraisals", "appraised a team of 8"):
# an audit manager's or a practice director's appraisals are the reviews an ad asks a people manager to run.
_APPRAISE = Activity(
    asked=re.compile(r"\bperformance[\s-]+(?:reviews?|evaluations?|appraisals?)\b", re.IGNORECASE),
    shows=re.compile(
        r"\b(?:annual|yearly|staff|team|mid-year|half-year(?:ly)?|performance)\s+appraisals?\b|"
        r"\bappraised\s+(?:\w+\s+){0,3}?(?:staff|teams?|people|reports|engineers|members|juniors|trainees|"
        r"architects|designers|auditors|accountants|analysts|nurses|teachers)\b|"
        # "Ran weekly one-to-ones, yearly reviews and career plans for all seven engineers": a yearly review
        # of the people one leads is their performance review
        r"\b(?:annual|yearly|mid-year|half-year(?:ly)?)\s+reviews?\b[^.;]*?\b(?:engineers|staff|reports|people|"
        r"team|members|juniors|analysts)\b",
        re.IGNORECASE,
    ),
)

# The same activity under each stem its ask is written with ("lowering" -> "lower", "reduction" -> "reduct").
ACTIVITIES.update(
    {stem: _REDUCE for stem in ("lower", "reduc", "reduct", "decreas", "shorten", "minimis", "minim")}
)
ACTIVITIES.update({stem: _COST for stem in ("cost", "spend", "bill", "expens")})
ACTIVITIES.update({stem: _RETAIN for stem in ("retain", "retent")})
ACTIVITIES["migrat"] = _MIGRATE
ACTIVITIES["review"] = _APPRAISE
# A second activity a stem stands for when its first one is blocked ("performance" of people, not of software).
_ALSO: dict[str, Activity] = {"perform": _APPRAISE}
# "optimising" stems to "optimis" where "optimizing" stems to "optim": one activity
ACTIVITIES["optimis"] = ACTIVITIES["optim"]


def activity_hits(term: str, ask: str, sentences: Sequence[str]) -> list[int]:
    """The sentences (by number) that show ``term`` as an activity, for the ask ``ask``; none when the
    term has no activity or the ask means another sense."""
    for activity in (ACTIVITIES.get(term), _ALSO.get(term)):
        if activity is not None and (found := _shown(activity, ask, sentences)):
            return found
    return []


def in_other_sense(term: str, ask: str) -> bool:
    """Whether ``ask`` writes ``term`` in the sense its activity is blocked by ("performing in an orchestra",
    "customer retention"): the words related to the activity's sense (latency for performance, attrition for
    retention) are then no related evidence of it either."""
    activity = ACTIVITIES.get(term)
    return activity is not None and activity.blocked_by is not None and bool(activity.blocked_by.search(ask))


def _shown(activity: Activity, ask: str, sentences: Sequence[str]) -> list[int]:
    """The sentences that show ``activity`` for ``ask``; none when the ask means another sense."""
    if not activity.asked.search(ask):
        return []
    if activity.needs is not None and not activity.needs.search(ask):
        return []
    if activity.blocked_by is not None and activity.blocked_by.search(ask):
        return []
    found = [n for n, text in enumerate(sentences) if activity.shows.search(text)]
    if activity.with_ask_word:
        words = {t for t in analyze(activity.asked.sub(" ", ask)) if t not in _GENERIC}
        found = [n for n in found if words & set(analyze(sentences[n]))]
    return found
