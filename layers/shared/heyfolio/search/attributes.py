"""An attribute asked of one named entry that states none of its kind: "why did she leave <employer>?".

Why: a question about one entry shares the entry's name, so the entry ranks first and looks like a
strong answer even when what is asked of it is never said: the reason she left, what she earned there,
who bought the company, when it was founded, who sponsors the meetup she runs. A recruiter reads such a passage as "the portfolio does
not say". This generalises ``figures`` (a count of a measure) to the other kinds of attribute: a
question asking for one needs a passage about that entry stating something of that kind (a reason, pay,
funding, revenue, a price, an acquirer, a founding); when none does, what search found is shown as weak.
Each kind is read broadly on the stating side (any wording that may carry it) so that an answerable
question is never turned down; only the asking side is narrow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.search.fact_kinds import ASKS_DEGREE_OF_CHANGE

__all__ = [
    "OWNER_KINDS",
    "OWNER_RATE",
    "OWNER_WIDE",
    "PORTFOLIO_WIDE",
    "asked_attribute",
    "states_attribute",
    "states_owner_pay",
]

_SUBJECT = r"(?:she|he|they|\w+(?:'s)?)"
_LEAVE = (
    r"(?:leave|left|leaving|quit|quitting|stop|stopped|close|closed|shut|resign|resigned|depart|exit|give up|"
    r"drop out|move on|moved on|walk away|switch|switched|move away|moved away)"
)

# What a question asks for, by kind.
_ASKS: dict[str, re.Pattern[str]] = {
    # "why did she leave X?", "what made him quit X?", "reason for leaving X", "why did she move from X to Y?"
    "reason": re.compile(
        rf"\bwhy (?:did|does|do|has|had|would|was|is|were) {_SUBJECT} (?:\w+ ){{0,2}}?{_LEAVE}\b|"
        rf"\bwhy (?:she|he|they) {_LEAVE}\b|"
        rf"\bwhy (?:did|does|do|has|had|was|is) {_SUBJECT} (?:\w+ )?(?:move|moved|go|went|switch|switched) (?:on )?from\b|"
        rf"\b(?:what|who) (?:made|led|prompted|caused|pushed) (?:her|him|them|\w+) (?:to )?{_LEAVE}\b|"
        rf"\breasons? (?:for|behind|why) (?:\w+ ){{0,2}}?{_LEAVE}\b",
        re.IGNORECASE,
    ),
    # "what was X's revenue?"; before pay, since "how much revenue does X make?" asks what the business
    # takes in, not what the owner earns
    "revenue": re.compile(r"\b(?:revenue|turnover|annual sales|arr)\b", re.IGNORECASE),
    # "how much did she earn at X?", "what was his salary at X?", "how much did X pay her?" ("how much
    # cheaper did she make X?" asks a degree of change, not a sum made)
    "pay": re.compile(
        r"\bhow much (?!\w{3,}er\b)(?:[\w'-]+ ){0,4}?(?:earn|earned|make|made|get paid|got paid|paid|charge|charged|bill|billed)\b|"
        r"\bwhat (?:[\w'-]+ ){0,3}?(?:earn|earned)\b(?! (?:a|an|the|his|her|their|any)\b)|"  # not "earn a degree"
        r"\bpa(?:y|id) (?:her|him|them)\b|\b(?:her|his|their) pay\b|"
        r"\b(?:salary|salaries|wages?|compensation|earnings|income|day rate|hourly rate|stipend)\b",
        re.IGNORECASE,
    ),
    # "how much funding did X raise?", "what was X valued at?"
    "funding": re.compile(
        r"\b(?:funding|funded|valuation|valued|investors?)\b|\bhow much (?:\w+ ){0,4}?raised?\b",
        re.IGNORECASE,
    ),
    # "who sponsors the meetup?", "which companies sponsor X?" (not a visa sponsorship)
    "sponsor": re.compile(
        r"^(?!.*\bvisas?\b)(?=.*\b(?:who|whom|which|what)\b).*\b(?:sponsors?|sponsored|sponsoring|sponsorships?)\b",
        re.IGNORECASE,
    ),
    # "how much did the bank pay for X?", "what does X cost?"
    "price": re.compile(
        r"\bhow much (?:\w+ ){0,4}?(?:pay|paid) for\b|\bhow much (?:\w+ ){0,4}?(?:cost|costs|sell|sold)\b|"
        r"\b(?:price|priced|sold for|sell for)\b",
        re.IGNORECASE,
    ),
    # "who acquired X?", "which company bought X?"
    "acquirer": re.compile(
        r"\bwho (?:\w+ )?(?:acquired|bought|purchased|took over|owns|bought out)\b|"
        r"\b(?:acquired|bought|purchased|taken over) by (?:whom|who|which|what)\b|"
        r"\b(?:which|what) (?:\w+ )?(?:company|firm|bank|group|business|buyer) (?:\w+ )?(?:acquired|bought|purchased|"
        r"took over|owns)\b|\bwho (?:was|were|is) (?:the )?(?:acquirer|buyer|new owner)\b",
        re.IGNORECASE,
    ),
    # "what uptime does X run at?", "X's SLA?"
    "uptime": re.compile(r"\b(?:uptime|slas?|slos?|nines of availability)\b", re.IGNORECASE),
    # "what was her GPA in the PhD?", "what grade did she graduate with?", "which classification?"
    "grade": re.compile(
        r"\b(?:gpa|cgpa|grade point|grades?|classification|final mark|marks)\b",
        re.IGNORECASE,
    ),
    # "what rank did he reach in his military service?", "his rank in the navy?": a rank held, or a
    # place in a ranking ("which rank did her app reach?")
    "rank": re.compile(
        r"\b(?:what|which|highest|final) (?:military |army |naval |service |officer )?rank\b|"
        r"\b(?:her|his|their) (?:military |army |naval |service |final )?rank\b",
        re.IGNORECASE,
    ),
    # "when was X founded?", "what year was X established?"
    "founding": re.compile(
        r"\b(?:when|what year|which year) (?:was|were|did|is) .{0,60}?\b(?:founded|established|incorporated|found)\b",
        re.IGNORECASE,
    ),
    # "what was her master's thesis about?", "the title of his dissertation?"
    "thesis": re.compile(r"\b(?:thesis|theses|dissertation)\b", re.IGNORECASE),
    # "what license is X released under?", "is X MIT-licensed?"
    "license": re.compile(r"\blicen[cs](?:e|es|ed|ing)\b", re.IGNORECASE),
    # "which cloud provider does X use?", "what cloud is X hosted on?"
    "cloud": re.compile(
        r"\b(?:which|what) (?:public )?cloud(?: (?:provider|platform|vendor|services?))?s? (?:does|did|do|is|was|are"
        r"|were)\b|\b(?:hosted|deployed|running|run|runs) on (?:which|what) cloud\b",
        re.IGNORECASE,
    ),
}

# A sum of money per period, as an owner states her pay without naming it ("I am looking for EUR 70,000
# to 80,000 a year", "£450/day as a contractor", "$95k per annum"): a currency and an amount, maybe a
# range, then a year, a month, a day or an hour. Not millions (a business's revenue), nor an amount
# followed by what it is of ("€200,000 a year in savings"); read as pay only where the owner speaks of
# herself (the summary, an FAQ answer) - a job's "a server for under US$40 a month" is a cost.
_CURRENCY = r"(?:[$€£¥₹]|(?:EUR|USD|GBP|CHF|NOK|SEK|DKK|PLN|CAD|AUD|NZD|INR|SGD)\b)"
_AMOUNT = r"\d[\d,.]*(?:\s?[kK]\b)?"
_SUM = rf"(?:{_CURRENCY}\s?{_AMOUNT}|{_AMOUNT}\s?{_CURRENCY})"
PAY_AMOUNT = (
    rf"{_SUM}(?:\s?(?:to|-|–|and)\s?(?:{_SUM}|{_AMOUNT}))?\s?(?:(?:a|an|per|/)\s?(?:year|yr|annum|month|day|"
    r"hour|hr)\b|(?:annually|yearly|gross|p\.a\.))(?!\s+(?:in|of|on|from)\s+(?:revenue|sales|savings|turnover|"
    r"costs?|spend\w*|income|orders|funding|grants?))"
)

# What the owner charges or earns now ("what's her day rate?", "his salary expectations?"): asked of the
# owner when the question names no entry, and answered only where some passage speaks of pay. Not a
# stipend or a prize ("how much was her scholarship?"), which an entry states as an amount.
OWNER_RATE = re.compile(
    r"\b(?:day rate|daily rate|hourly rate|rate card|salary|salaries|compensation|wages?)\b|"
    r"\bhow much (?:does|do|would|will|did) (?:she|he|they|\w+) (?:charge|bill|earn|make|cost)\b",
    re.IGNORECASE,
)

# What the owner's pay is said with anywhere in the portfolio - a salary, a rate, what she charges or
# earns - not "pay" alone, which payments work and figures of speech use ("buy-now-pay-later", "her
# reviews paid for the team twice over").
_OWNER_PAY_SAID = re.compile(
    r"\b(?:salary|salaries|compensation|remuneration|wages?|stipend|(?:day|daily|hourly) rates?|rate card|"
    r"(?:i|she|he|they) (?:charge|charges|charged|bill|bills|invoice|invoices)|earn(?:s|ed|ing)?|per (?:hour|day))\b",
    re.IGNORECASE,
)

# Kinds the owner may state once for every role, in the profile or an FAQ answer ("I do not share my
# salary history", "my day rate is ..."): such a passage answers a question about any one entry.
OWNER_WIDE: frozenset[str] = frozenset({"pay"})
OWNER_KINDS: frozenset[str] = frozenset({"basics", "faq"})  # the passages where the owner says so

# Any wording that may carry an attribute of each kind (read broadly: a miss here costs an answer).
_STATES: dict[str, re.Pattern[str]] = {
    "reason": re.compile(
        r"\b(?:because|due to|in order to|so that|so (?:i|she|he|they|we) could|reasons?|wanted|decided|chose|"
        r"to (?:join|focus|pursue|return|go back|start|found|launch|study|care|look after|be closer)|"
        r"(?:i|she|he|they) (?:left|quit|resigned)|(?:left|leaving|quit|quitting) (?:to|for|because|when|as)|"
        r"(?:closed|closing) (?:down|its doors)|(?:company|start-?up|studio|agency|business|firm) (?:closed|folded|"
        r"shut)|wound down|shut down|laid off|layoffs?|redundan\w*|relocat\w*|contract (?:ended|end)|acqui\w+|"
        r"insolven\w*|bankrupt\w*|parental|burn(?:ed|t)? ?out|sabbatical)\b",
        re.IGNORECASE,
    ),
    "pay": re.compile(
        r"\b(?:salary|salaries|paid|pay|earn\w*|compensation|wages?|(?:day|daily|hourly) rates?|rate of|stipend|"
        r"bonus|per (?:hour|day))\b",
        re.IGNORECASE,
    ),
    "funding": re.compile(
        r"\b(?:fund\w*|raised|series [a-e]|seed|invest\w*|valu(?:ed|ation)|backed|venture|bootstrapped)\b",
        re.IGNORECASE,
    ),
    "sponsor": re.compile(
        r"\b(?:sponsor\w*|fund\w*|financ\w*|backed|backers?|grants?|paid for|pays for|supported by|hosted by|"
        r"partner\w*|donat\w*|patrons?)\b",
        re.IGNORECASE,
    ),
    "revenue": re.compile(r"\b(?:revenue|turnover|arr|gmv|sales|profit\w*)\b", re.IGNORECASE),
    "price": re.compile(
        r"[$€£¥]\s?\d|\d\s?[$€£¥]|\b(?:eur|usd|gbp|chf|pln|cad|aud)\b|\b(?:dollars?|euros?|pounds?|złoty|francs?)\b|"
        r"\b(?:price\w*|cost\w*|free|paid|sold|deal)\b",
        re.IGNORECASE,
    ),
    # the buyer named: "acquired by a Swiss utility" says what kind of buyer, not which one
    "acquirer": re.compile(
        r"\b(?:(?:acquired|bought|purchased|taken over|absorbed)\s+(?:\w+\s+){0,3}?by|sold (?:\w+ )?to)\b"
        r"(?!\s+(?:an?|one|another|some|two|three|several)\b)|"
        r"\bmerged? (?:into|with)\b|\bmerger\b|"
        r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<=\w )(?:acquired|bought|purchased|took over)\s+"
        r"(?!in\b|on\b|at\b|for\b|\d)",
        re.IGNORECASE,
    ),
    "founding": re.compile(
        # "set up" founds a company only said so ("set up in 2012", "set up by two engineers"), not a
        # release train or an on-call rotation
        r"\b(?:found(?:ed|er|ers|ing)|co-?found\w*|established|incorporated|set up (?:in|by|as))\b",
        re.IGNORECASE,
    ),
    "uptime": re.compile(
        r"\b(?:uptime|availability|slas?|slos?|nines|downtime)\b|\b9\d(?:[.,]\d+)?\s?%", re.IGNORECASE
    ),
    "grade": re.compile(
        r"\b(?:gpa|cgpa|score|grades?|honou?rs|cum laude|distinction|merit|first[- ]class|sobresaliente|"
        r"summa|magna|with (?:high )?(?:honou?rs|distinction))\b|\b\d+(?:[.,]\d+)?\s?/\s?\d+",
        re.IGNORECASE,
    ),
    "thesis": re.compile(
        r"\b(?:thesis|theses|dissertation|capstone|final[- ]year project|graduation project|"
        r"(?:bachelor|master|diploma)(?:'s)? project)\b",
        re.IGNORECASE,
    ),
    "rank": re.compile(
        r"\b(?:ranks?|ranked|ranking|private first class|corporal|sergeant|lieutenant|captain|colonel|"
        r"commander|ensign|admiral|cadet|airman|seaman|officer|mate|chief|skipper|bosun|boatswain|marshal|"
        r"brigadier)\b",
        re.IGNORECASE,
    ),
    "license": re.compile(
        r"\b(?:licen[cs]\w*|mit|apache|gpl\w*|lgpl|agpl|bsd|mpl|mozilla public|cc[- ]by\S*|creative commons|"
        r"public domain|unlicen[cs]e|proprietary|closed[- ]source)\b",
        re.IGNORECASE,
    ),
    "cloud": re.compile(
        r"\b(?:aws|amazon web services|amazon|ec2|eks|ecs|s3|lambda|azure|microsoft|gcp|google cloud|gke|bigquery|"
        r"firebase|heroku|vercel|netlify|digitalocean|hetzner|ovh\w*|cloudflare|oracle cloud|ibm cloud|alibaba|"
        r"openstack|on[- ]prem\w*|self[- ]hosted|data cent(?:er|re)s?|cloud)\b",
        re.IGNORECASE,
    ),
}

# Kinds stated wherever the portfolio states them - a thesis may be an education entry's line, a
# project "from my undergraduate thesis" or a publication - so asked of no entry, they are read in all
# of it: when no passage says anything of the kind, no passage answers.
PORTFOLIO_WIDE: frozenset[str] = frozenset({"thesis", "rank"})


def asked_attribute(question: str) -> str | None:
    """The kind of attribute the question asks of what it names (a key of ``_ASKS``: "reason", "pay",
    "acquirer", ...), or None when it asks none of these."""
    change = ASKS_DEGREE_OF_CHANGE.search(question) is not None  # "how much faster ... price quotes?"
    for kind, pattern in _ASKS.items():
        if change and kind == "price":
            continue
        if pattern.search(question):
            return kind
    return None


# A word written with a capital inside a sentence: a name ("Bursztyn Pay", "Fair Wage Coffee").
_NAME = re.compile(r"(?<=[\w,] )[A-Z][\w'’-]*")
# Kinds whose words are also common in names: a company called "... Pay" says nothing of her pay.
_NAMED_AWAY: frozenset[str] = frozenset({"pay"})


def states_attribute(texts: Iterable[str], kind: str) -> bool:
    """Whether any of ``texts`` states something of ``kind`` (``_STATES``), outside the names in it
    for kinds names often carry."""
    pattern = _STATES[kind]
    if kind in _NAMED_AWAY:
        texts = (_NAME.sub("X", text) for text in texts)
    return any(pattern.search(text) for text in texts)


def states_owner_pay(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` speaks of what the owner earns or charges (``_OWNER_PAY_SAID``): what
    answers "what's her day rate?" when the question names no entry."""
    return any(_OWNER_PAY_SAID.search(_NAME.sub("X", text)) for text in texts)
