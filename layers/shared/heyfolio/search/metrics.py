"""A performance figure asked of one named thing that states none: "what was the p99 latency of <API>?".

Why: a question about how an entry performs - its latency, its throughput, its error or crash rate, a
model's accuracy, a product's conversion - shares the entry's name, so the entry ranks first and reads
as an answer, although résumés state such figures for some things and not for others. A recruiter then
takes another figure of the entry (its availability, its cost, its downloads) for the one asked. So
when none of the passages of the thing the question names states a figure of the kind asked, what
search found is shown as weak (the closest passages, not an answer). This extends ``figures`` (counts:
stars, downloads, employees) and ``fact_kinds`` (money, grades, uptime) to how a thing performs.

Each kind is read narrowly on the asking side (the metric named as such) and broadly on the stating
side: any line with a figure and a word that may carry the metric ("from 3 s to 200 ms", "2 million
orders a day", "crash-free sessions rose to 99.5%"), so an answerable question is never turned down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ENTRY_METRICS", "asked_metric", "asked_year", "lines_for_year", "states_metric"]

# Kinds read from the passages of an entry the question names only, not from the lines writing a name it
# mentions: a device's battery is stated in a line of its own ("Extended pump battery life from 9 to 14
# hours"), apart from the line naming the device.
ENTRY_METRICS = frozenset({"battery"})

_WH = r"\b(?:what|what's|whats|which|how)\b"

# What a question asks, by kind: the metric named as such, in a question asking for its value.
_ASKS: dict[str, re.Pattern[str]] = {
    # "what was the p99 latency of X?", "X's response time?", "how long does X take to load?"
    "latency": re.compile(
        r"\b(?:latenc(?:y|ies)|response times?|p(?:50|90|95|99|999)|percentile|time to first byte|ttfb|"
        r"load(?:ing)? times?|page load|cold[- ]start (?:time)?)\b",
        re.IGNORECASE,
    ),
    # "what throughput does X handle?", "how many requests per second does X serve?"
    "throughput": re.compile(
        r"\b(?:throughput|rps|qps|tps|traffic)\b|"
        r"\b(?:requests|events|messages|transactions|queries|calls|writes|reads|jobs|orders|payments|records)"
        r" (?:per|a|an|each|every|/) ?(?:second|sec|s|minute|min|hour)\b",
        re.IGNORECASE,
    ),
    # "what's the crash rate of X?", "X's error rate?", "how many crash-free sessions?"
    "errors": re.compile(
        r"\b(?:error|failure|crash|defect|bug|incident|rollback|timeout|pass(?:ing)?|success)[- ]rates?\b|"
        r"\bcrash[- ]free\b",
        re.IGNORECASE,
    ),
    # "how accurate is X?", "what's the F1 of X?", "the word error rate of X?"
    "accuracy": re.compile(
        r"\b(?:accuracy|accurate|precision|recall|f1|f-score|auc|word error rate|wer|mape|rmse|bleu|"
        r"forecast error|perplexity)\b",
        re.IGNORECASE,
    ),
    # "what was the conversion rate of X?", "X's retention?", "what churn did X have?"
    "conversion": re.compile(
        r"\b(?:conversion|retention|churn|click[- ]?through|ctr|bounce rate|activation rate|engagement rate)\b",
        re.IGNORECASE,
    ),
    # "what's the MTTR at X?", "X's mean time to recovery?": how fast incidents end
    "recovery": re.compile(
        r"\b(?:mttr|mttd|mtta|mtbf|mean time (?:to|between) \w+|time to (?:recover\w*|restore|resolv\w*|detect|"
        r"acknowledge|mitigat\w*))\b",
        re.IGNORECASE,
    ),
    # "the attrition rate of her team?", "staff turnover at X?": how many people leave
    "attrition": re.compile(
        r"\b(?:attrition|(?:staff|employee|team|engineer|people) turnover|turnover (?:rate|of (?:staff|engineers|"
        r"people))|regretted (?:attrition|leavers))\b",
        re.IGNORECASE,
    ),
    # "what test coverage did she reach at X?", "X's code coverage?": how much of the code tests run
    "coverage": re.compile(r"\b(?:test|line|code|branch|statement|unit[- ]test) coverage\b", re.IGNORECASE),
    # "how long does X's battery last?", "the battery life of X?": how long a device runs unplugged
    "battery": re.compile(
        r"\bbattery[- ]life\b|\bbatter(?:y|ies)(?: \w+)? (?:last|lasts|run|runs|hold|holds)\b|"
        r"\bhow long\b[^?]*\b(?:on (?:a |one |its )?(?:battery|batteries|charge)|batter(?:y|ies))\b",
        re.IGNORECASE,
    ),
    # "the occupancy rate of the hotel?", "X's utilisation?": how full a place or a fleet is
    "occupancy": re.compile(r"\b(?:occupancy|utili[sz]ation rate|load factor|fill rate)\b", re.IGNORECASE),
    # "what share of her students found jobs?", "the placement rate of the bootcamp?"
    "placement": re.compile(
        r"\b(?:(?:job )?placement(?: rate)?|employment rate|(?:found|got|landed|went into|moved into) "
        r"(?:a |their first )?(?:jobs?|work|roles?))\b",
        re.IGNORECASE,
    ),
}
# "word error rate" is accuracy, not an error rate of a service
_ORDER = (
    "accuracy",
    "latency",
    "throughput",
    "errors",
    "conversion",
    "recovery",
    "attrition",
    "occupancy",
    "placement",
    "battery",
    "coverage",
)

# Any wording that may state a figure of each kind, beside a figure on the same line (read broadly).
_STATES: dict[str, re.Pattern[str]] = {
    "latency": re.compile(
        r"\b(?:latenc\w*|respon\w*|p(?:50|90|95|99|999)|percentile|milliseconds?|seconds?|minutes?|ms|µs|"
        r"load\w*|lcp|contentful paint|cold[- ]start|round[- ]trip|end-to-end|fast\w*|slow\w*|speed\w*|quick\w*|"
        r"time|times)\b|\d\s?(?:ms|s|µs)\b",
        re.IGNORECASE,
    ),
    "throughput": re.compile(
        r"\b(?:per|a|an|each|every) (?:second|sec|minute|min|hour|day|night|week|month|year)\b|/\s?(?:s|sec|min|h|"
        r"day)\b|\b(?:rps|qps|tps|throughput|traffic|peak|load|daily|hourly|nightly|monthly)\b",
        re.IGNORECASE,
    ),
    "errors": re.compile(
        r"\b(?:errors?|fail\w*|crash\w*|defects?|bugs?|incidents?|outages?|downtime|rollbacks?|timeouts?|"
        r"reliab\w*|success\w*|stab\w*|pages|pass\w*|green|flak\w*)\b",
        re.IGNORECASE,
    ),
    "accuracy": re.compile(
        r"\b(?:accura\w*|precision|recall|f1|f-score|auc|errors?|wer|mape|rmse|mae|bleu|perplexity|scores?|"
        r"correct\w*|better|worse|macro-f1|keeps?|points?)\b",
        re.IGNORECASE,
    ),
    "conversion": re.compile(
        r"\b(?:conver\w*|retention|retain\w*|churn\w*|click\w*|ctr|bounce\w*|activat\w*|engag\w*|sign-?ups?|"
        r"complet\w*|bookings?|subscri\w*|purchas\w*|orders?|accepted|adoption)\b",
        re.IGNORECASE,
    ),
    "recovery": re.compile(
        r"\b(?:mttr|mttd|mtta|mtbf|recover\w*|restor\w*|resol\w*|detect\w*|mitigat\w*|acknowledg\w*|minutes?|"
        r"hours?|mins?|seconds?)\b|\d\s?(?:m|h|s|min)\b",
        re.IGNORECASE,
    ),
    "attrition": re.compile(
        r"\b(?:attrition|turnover|retain\w*|retention|leav\w*|left|quit|resign\w*|regretted)\b", re.IGNORECASE
    ),
    "coverage": re.compile(r"\b(?:cover\w*|tests?|tested|testing)\b", re.IGNORECASE),
    "battery": re.compile(
        r"\b(?:batter\w*|charges?|cells?|hours?|days?|weeks?|months?|years?|runtime|last\w*|lifetime)\b",
        re.IGNORECASE,
    ),
    "occupancy": re.compile(r"\b(?:occup\w*|booked|bookings?|utili[sz]\w*|capacity|full)\b", re.IGNORECASE),
    "placement": re.compile(
        r"\b(?:now work\w*|work(?:ing)? as|found (?:a |their first )?(?:jobs?|work|roles?)|hired|placed|placement|"
        r"employ\w*|got (?:a |their first )?jobs?|into (?:a |their first )?(?:jobs?|tech|roles?)|careers? in)\b",
        re.IGNORECASE,
    ),
}
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|half|halved|double|doubled|tripled|twice|zero)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?:-\d\d(?:-\d\d)?)?")
_SINCE = re.compile(r"\b(?:since|until|till|through|ongoing)\b", re.IGNORECASE)  # a span, not a year alone
# "in 2023", "for 2024", "during 2022", "in January 2025": a year the figure is asked for
_ASKED_YEAR = re.compile(
    r"\b(?:in|for|during|of|throughout)\s+(?:(?:early|late|mid|the end of|the start of)\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# an entry's own dates in its heading ("Project: X (2022-12) — ..."): when it began, not when a figure held
_ENTRY_DATES = re.compile(r"\((?:19|20)\d\d[^()]*\)")
# a span of dates on one line ("2019-05 – 2021-08", "2022 to 2024", "2023 - present") covers the years between
_SPAN = re.compile(r"(?:19|20)\d\d(?:-\d\d){0,2}\s*(?:–|—|-|to)\s*(?:(?:19|20)\d\d|present|now|today)", re.I)


def asked_metric(question: str) -> str | None:
    """The kind of performance figure ``question`` asks for ("latency", "throughput", "errors",
    "accuracy", "conversion", "recovery", "attrition", "occupancy", "placement", "battery", "coverage"), or None when it asks none (a question word is needed: "Kafka throughput
    tuning" names a topic, it asks no figure)."""
    if not re.search(_WH, question, re.IGNORECASE):
        return None
    for kind in _ORDER:
        if _ASKS[kind].search(question):
            return kind
    return None


def asked_year(question: str) -> str | None:
    """The one year a question asks a figure for ("what was attrition in 2023?": "2023"), or None."""
    years = set(_ASKED_YEAR.findall(question))
    return years.pop() if len(years) == 1 else None


def states_metric(texts: Iterable[str], kind: str, year: str | None = None) -> bool:
    """Whether any line of ``texts`` states a figure that may be of ``kind``: a word that may carry it
    and a number (not a date) on the same line. With ``year`` (the year asked), a line dating its
    figure to other years only ("zero for 2024 and 2025") states none for it; a line with no year may."""
    said = _STATES[kind]
    for line in lines_for_year(texts, year):
        if said.search(line) and _FIGURE.search(_YEAR.sub(" ", line)):
            return True
    return False


def lines_for_year(texts: Iterable[str], year: str | None) -> list[str]:
    """The lines of ``texts`` that may state a figure for ``year`` (all of them without one): a line
    dating its figure to other years only ("about 6,500 weekly users in January 2026" of 2025) states
    none for it; a line with no year (an entry's heading dates are none), a span ("since 2021",
    "2019 – 2023") holding it, or the year itself may. Why: a résumé dates a figure when it has one for a year, and another year's is not it."""
    lines = [line for text in texts for line in text.split("\n")]
    if year is None:
        return lines
    kept = []
    for line in lines:
        dated = [] if _SINCE.search(line) else _YEAR.findall(_ENTRY_DATES.sub(" ", line))
        if dated and not any(d.startswith(year) for d in dated) and not _spans(line, int(year)):
            continue
        kept.append(line)
    return kept


def _spans(line: str, year: int) -> bool:
    """Whether a span of dates ``line`` writes holds ``year`` ("2019-05 – 2021-08" holds 2020)."""
    for m in _SPAN.finditer(line):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(0))]
        if years[0] <= year <= (years[1] if len(years) > 1 else 9999):
            return True
    return False
