"""The kind of fact a question asks for - a sum of money, a grade, a person - and whether a passage states one.

Why: a question about an entry the portfolio has ("what did the client pay for the app?", "what grade
did she get for her PhD?", "who was her manager at <employer>?") shares the entry's name, so the
entry ranks first and reads as an answer although it never states what was asked. A recruiter then
takes another figure of the entry (money moved through the app, the grade of another degree, a
colleague's reference) for the fact. So search shows what it found for such a question as weak (the
closest passages, not an answer) unless a sentence of the entry named, or of what it found, states a
fact of that kind in the sense asked:

- money: a sum in a currency, said as what was asked - paid (a fee, a price, a prize, a grant), saved,
  budgeted or spent; a figure of money moved or saved does not say what someone paid;
- a grade: the score of the degree the question names (another degree's grade does not answer);
- a person: a sentence naming the relation asked (a manager, someone reported to, a supervisor, a
  founder), or a reference given by someone in that role, at the organisation the question names.
- an uptime: a share said as uptime, availability or an SLO.

Each kind is read narrowly on the asking side and broadly on the stating side: an answerable question
must never be turned down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["AskedFact", "asked_fact", "states_fact", "states_sum"]


@dataclass(frozen=True)
class AskedFact:
    """What a question asks for: its ``kind`` ("money", "grade", "person"), the sense asked (``role``:
    "paid", "saved", "budget", "cost" for money; "manager", "supervisor", "founder", "contact" for a
    person), the words naming what it asks about, and how a reply names what is not stated."""

    kind: str
    role: str
    about: tuple[str, ...]
    label: str


_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_CAPITAL = re.compile(r"(?<=[\w,] )[A-Z][\w'’.-]*")

# ---------------------------------------------------------------- money
_MONEY_WORDS = (
    r"pay|pays|paid|paying|cost|costs|costing|price|priced|pricing|fees?|budgets?|salary|earn|earned|earns|"
    r"bill|billed|bills|invoiced?|spend|spent|spending|money|worth|prize|grant|bounty|funding|revenue|save|saved|"
    r"saves|saving|savings|cheaper|day rate|hourly rate"
)
_ASKS_MONEY = re.compile(
    rf"\bhow much\b.*\b(?:{_MONEY_WORDS})\b|"
    r"\b(?:how much|how big|how large|what (?:was|is|were|are) (?:the|her|his|their|its|[\w'’-]+['’]s)|what's)\b.*"
    r"\b(?:budgets?|fees?|prices?|prize money|contract value|"
    r"(?:monthly |yearly |annual |cloud )bills?|salary|valuation)\b|"
    r"\bwhat (?:did|does|do|would|will) (?:[\w'’-]+ ){1,4}?(?:pay|charge|cost)\b|\bwhat was the cost\b|"
    r"\bwhat (?:size of )?budgets?\b|"
    # "how much was <start-up> acquired for?", "how much was it valued at?": the price of a deal
    r"\bhow much (?:was|were|is|did|had|has) [^?]*\b(?:acquired|bought|purchased|valued|sold for|acquire it|buy it)\b|"
    # "what prize money did he win at X?", "what fee did the client pay?": the sum named as what is asked
    r"\bwhat (?:\w+ )?(?:prize money|bount(?:y|ies)|fees?|salary|price|stipend)\b (?:did|does|do|was|is|were|would|will|came)\b",
    re.IGNORECASE,
)
# "how much time did it save?", "how much did it cut latency?": a quantity, not money
_NOT_MONEY = re.compile(
    r"\b(?:time|hours?|minutes?|seconds?|days?|weeks?|latency|memory|storage|disk|data|traffic|effort|work|"
    r"percent|%|share|requests?|code|lines)\b",
    re.IGNORECASE,
)
# "how much faster did he make the price quotes?", "how much smaller did the bundle get?": a degree of
# change, asked by its comparative, is a measured result whatever it is of; only a comparative of money
# ("how much cheaper ...") asks a sum. Public: the attribute reader ("price") must not read it either.
ASKS_DEGREE_OF_CHANGE = re.compile(
    r"\bhow much (?!(?:cheaper|dearer|pricier|costlier|over|under|ever|never|other|rather|whether|either|"
    r"neither|after|her|per)\b)[a-z]{2,}(?:er|ier)\b",
    re.IGNORECASE,
)
_MONEY_TERMS = frozenset(
    analyze(
        f"{_MONEY_WORDS.replace('|', ' ').replace('?', '')} much many big large what did does cut reduce lower"
    )
)
_SAVED_Q = re.compile(
    r"\b(?:save|saved|saves|saving|savings|cheaper|cut|reduce[ds]?|lower(?:ed)?|shave[ds]?|trim(?:med)?|"
    r"knock(?:ed)?)\b",
    re.IGNORECASE,
)
_BUDGET_Q = re.compile(r"\bbudgets?\b", re.IGNORECASE)
_COST_Q = re.compile(r"\b(?:cost|costs|costing|bill|bills|spend|spent|spending|run|running)\b", re.IGNORECASE)
_CURRENCY = re.compile(
    r"[$€£¥₩]\s?\d|\d\s?[$€£¥₩]|\b(?:US|CA|AU|NZ|HK|S)\$|"
    r"\b(?:EUR|USD|GBP|CHF|PLN|CAD|AUD|KRW|SEK|NOK|DKK|JPY|CZK|INR|BRL|ARS|MXN)\b|"
    r"\b(?:dollars?|euros?|pounds?|złoty|zloty|francs?|kronor|kroner|yen|pesos?|reais|rupees?)\b|"
    # "won" is a sum only after a figure ("3 million won"): "won the hackathon" is no money
    r"\d[\d,.]*\s?(?:thousand |million |billion |k |m )?won\b",
    re.IGNORECASE,
)
_CURRENCY_OR_SHARE = re.compile(
    rf"{_CURRENCY.pattern}|\d\s?%|\bper ?cent\b|\bhalf\b|\bhalv\w*|\b(?:a|one|two) (?:third|quarter|fifth)s?\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    rf"\d|{_CURRENCY_OR_SHARE.pattern}|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|"
    r"thousand|million|billion|dozen|double|twice)\b",
    re.IGNORECASE,
)
_SAVED_SAID = re.compile(
    r"\b(?:sav\w*|cut|cuts|cutting|reduc\w*|lower\w*|fell|fall|dropp?\w*|down|avoid\w*|trimm?\w*|halv\w*|"
    r"shrank|shrunk)\b|\bfrom\b.*\bto\b",
    re.IGNORECASE,
)
_SPENT_SAID = re.compile(
    r"\b(?:budgets?|spend\w*|spent|bills?|costs?|costing|paid|pay|price\w*|fees?|invoices?|"
    r"a (?:month|year|week|day)|per (?:month|year|week|day|hour)|monthly|yearly|annual\w*)\b|\bfor (?:under |about |around |over |less than |just )?(?:[$€£¥₩]|\w*\$|\d)",
    re.IGNORECASE,
)
_BUDGET_SAID = re.compile(r"\b(?:budgets?|spend|spent|spending|allocation|funding|funded)\b", re.IGNORECASE)
_PAID_SAID = re.compile(
    r"\b(?:paid|pay|pays|payment|fees?|price\w*|prizes?|grants?|bount(?:y|ies)|awarded|scholarships?|stipend|"
    r"salary|wages?|rates?|sold|bought|acquired for|worth|valued|raised|funding|funded|earn\w*|won|revenue|"
    r"invoiced?|contract (?:value|worth))\b|\bfor (?:under |about |around |over |less than |just )?(?:[$€£¥₩]|\w*\$|\d)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- uptime
# "what uptime does X run at?": a share of time up (99.95%), said as uptime, availability or an SLO
_ASKS_UPTIME = re.compile(
    r"\b(?:what|how much|which)\b[^?]*\b(?:uptime|availability|sla)\b",
    re.IGNORECASE,
)
_UPTIME_SAID = re.compile(r"\b(?:uptime|availab\w*|slos?|slas?|nines|downtime|up)\b", re.IGNORECASE)
_SHARE = re.compile(r"\d\s?%|\bper ?cent\b|\bnines\b", re.IGNORECASE)

# ---------------------------------------------------------------- grades
_ASKS_GRADE = re.compile(
    r"\b(?:gpa|cgpa|grade point|grades?|marks?|classification|cum laude|degree class|final (?:score|result|mark)|"
    r"score|with (?:first[- ]class )?(?:honou?rs|distinction)|honou?rs degree)\b",
    re.IGNORECASE,
)
_STUDY_Q = re.compile(
    r"\b(?:gpa|cgpa|honou?rs|distinction|cum laude|degrees?|bachelor\w*|masters?|master's|msc|m\.sc|bsc|b\.sc|"
    r"beng|b\.eng|ba|ma|mba|phd|ph\.d|doctora\w*|thesis|dissertation|universit\w*|college|c[ée]gep|school|"
    r"bootcamp|diploma|certificate|studies|study|studied|graduat\w*|course|licenciatura|undergrad\w*|"
    r"postgrad\w*|econometrics|physics|chemistry|engineering|mathematics|computer science)\b",
    re.IGNORECASE,
)
_GRADE_SAID = re.compile(
    r"\b(?:score|gpa|cgpa|grade|honou?rs|distinction|merit|cum laude|summa|magna|first[- ]class|"
    r"upper second|lower second|2:1|2:2|valedictorian|top of|sobresaliente|with (?:high )?praise)\b|"
    r"\b\d+(?:[.,]\d+)?\s?/\s?\d+\b",
    re.IGNORECASE,
)
# Degrees named in other words: each family is read as its first word, on both sides.
_DEGREE_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("doctorate", r"\b(?:ph\.? ?d|doctora\w*|dr\. ?rer|d\.?phil)\b"),
        ("master", r"\b(?:masters?|master's|m\.? ?sc|m\.? ?eng|mba|m\.a\.|ma)\b"),
        ("bachelor", r"\b(?:bachelors?|bachelor's|b\.? ?sc|b\.? ?eng|b\.a\.|ba|licenciatura|undergrad\w*)\b"),
        ("bootcamp", r"\bboot ?camps?\b"),
        ("diploma", r"\b(?:diplomas?|dec|c[ée]gep)\b"),
        ("postgraduate", r"\bpost-?grad\w*\b"),
    )
)

# ---------------------------------------------------------------- people
_RELATIONS: dict[str, str] = {
    "manager": r"(?:line |direct |engineering |hiring |team |project )?(?:manager|boss|supervisor|superior|team lead|lead)",
    "supervisor": r"(?:phd |doctoral |thesis |research )?(?:supervisor|advisor|adviser|mentor)",
    "contact": r"(?:main |primary |day-to-day )?(?:contact|point of contact|stakeholder|sponsor)",
}
_OWNER = r"(?:her|his|their|[\w'’-]+['’]s)"
_ASKS_PERSON: tuple[tuple[str, re.Pattern[str]], ...] = (
    *(
        (
            role,
            re.compile(
                rf"\b(?:who|what was the name of|what's the name of|name of)\b[^?]*?\b{_OWNER} {pattern}\b",
                re.IGNORECASE,
            ),
        )
        for role, pattern in _RELATIONS.items()
    ),
    (
        "manager",
        re.compile(r"\bwho (?:did|does|do|was|is) (?:she|he|they|[\w'’-]+) report(?:ing)? to\b", re.I),
    ),
    ("manager", re.compile(r"\bwho (?:managed|hired) (?:her|him|them)\b", re.IGNORECASE)),
    ("supervisor", re.compile(r"\bwho (?:supervised|advised|mentored)\b", re.IGNORECASE)),
    ("founder", re.compile(r"\bwho (?:founded|co-?founded)\b", re.IGNORECASE)),
)
_PERSON_SAID: dict[str, re.Pattern[str]] = {
    "manager": re.compile(
        r"\b(?:manager|boss|supervisor|report(?:s|ed|ing)? (?:directly )?to|managed by|team lead|my team)\b",
        re.IGNORECASE,
    ),
    # "Dr. Berg" names a person; "Dr. rer. nat." (cut at its first full stop: "(Dr.") a degree
    "supervisor": re.compile(
        # "looking for strong mentorship" names no mentor
        r"\b(?:supervis\w*|advis\w*|mentor(?!ship)\w*|professor|prof|dr(?!\.? ?(?:rer|phil|ing|med|jur|sc)\b)(?!\.?\s*$))\b",
        re.I,
    ),
    "founder": re.compile(
        r"\b(?:found(?:ed|er|ers|ing)|co-?found\w*|started by|set up by|created by)\b", re.I
    ),
    "contact": re.compile(
        r"\b(?:cto|ceo|cfo|coo|cio|ciso|head|director|manager|lead|founder|owner|vp|chief|professor|prof|dr)\b",
        re.IGNORECASE,
    ),
}
_ORG = re.compile(r"\b(?:at|for|with|in) ((?:[A-Z][\w&'’.-]*)(?: (?:[A-Z][\w&'’.-]*|de|del|du|of|la))*)")
_PERSON_LABEL = {
    "manager": "who managed {first} there",
    "supervisor": "who supervised {first}",
    "founder": "who founded it",
    "contact": "who {first}'s contact was",
}


def _plain(question: str) -> str:
    """The question without the names in it ("Bursztyn Pay" says nothing of pay)."""
    return re.sub(r"(?<=[\w,] )[A-Z][\w'’-]*", "X", question)


def _money(question: str) -> AskedFact | None:
    plain = _plain(question)
    if not _ASKS_MONEY.search(plain):
        return None
    if ASKS_DEGREE_OF_CHANGE.search(plain):
        return None
    paid = re.search(r"\b(?:pay|paid|price|fees?|budgets?|money|charge\w*)\b", plain, re.IGNORECASE)
    if _NOT_MONEY.search(plain.replace("how much", " ")) and not paid:
        return None
    if _BUDGET_Q.search(plain):
        role = "budget"
    elif _SAVED_Q.search(plain):
        role = "saved"
    elif _COST_Q.search(plain) and not re.search(r"\b(?:pay|paid|charge\w*)\b", plain, re.IGNORECASE):
        role = "cost"
    else:
        role = "paid"
    label = {"budget": "the budget", "saved": "the sum saved", "cost": "what it cost"}.get(
        role, "what was paid"
    )
    about = tuple(t for t in analyze(plain) if t not in _MONEY_TERMS and t != "x")
    return AskedFact("money", role, about, label)


def _grade(question: str) -> AskedFact | None:
    if not _ASKS_GRADE.search(question) or not _STUDY_Q.search(question):
        return None
    degrees = tuple(name for name, pattern in _DEGREE_FAMILIES if pattern.search(question))
    return AskedFact("grade", "grade", degrees, "a grade")


def _person(question: str) -> AskedFact | None:
    for role, pattern in _ASKS_PERSON:
        if pattern.search(question):
            orgs = tuple(m.group(1) for m in _ORG.finditer(question))
            if role == "founder":  # "who founded Pécule?": the organisation is the one named after the verb
                orgs = tuple(re.findall(r"founded ([A-Z][\w&'’.-]*)", question)) or orgs
            return AskedFact("person", role, orgs, _PERSON_LABEL[role])
    return None


def _uptime(question: str) -> AskedFact | None:
    if not _ASKS_UPTIME.search(question):
        return None
    return AskedFact("uptime", "uptime", (), "the uptime it runs at")


def asked_fact(question: str) -> AskedFact | None:
    """The kind of fact ``question`` asks for - money, a grade, a person, an uptime - or None for another
    question."""
    return _grade(question) or _person(question) or _money(question) or _uptime(question)


def _sentences(chunk: Chunk, *, own_title: bool = False) -> list[str]:
    lines = chunk.text.split("\n")
    if chunk.kind == "work" and lines and not own_title:
        lines = lines[1:]  # "Work experience: <her own title> at ...": her title is no one else's
    return [s.strip() for line in lines for s in _SENTENCE.split(line) if s.strip()]


def _states_money(asked: AskedFact, chunk: Chunk) -> bool:
    for sentence in _sentences(chunk):
        # a saving is said as a sum, a share ("cut the cloud bill by 38%") or what was saved ("12 hours a week")
        if asked.role == "saved" and _SAVED_SAID.search(sentence) and _FIGURE.search(sentence):
            return True
        if not _CURRENCY.search(sentence):
            continue
        if asked.role == "budget" and _BUDGET_SAID.search(sentence):
            return True
        if asked.role == "cost" and _SPENT_SAID.search(sentence):
            return True
        # what was paid, or a sum said of the thing asked about ("how much money did the feature move?")
        if asked.role == "paid" and (
            _PAID_SAID.search(sentence) or chunk.kind == "award" or set(asked.about) & set(analyze(sentence))
        ):
            return True
    return False


def states_sum(role: str, chunk: Chunk) -> bool:
    """Whether ``chunk`` states a sum of money in the sense ``role`` ("budget", "paid", ...), whatever it
    is a sum of: whether the portfolio says anything of that kind at all."""
    return _states_money(AskedFact("money", role, (), ""), chunk)


# where a degree's supervisor is named: its entry, a paper from it, a write-up
_STUDY_KINDS = frozenset({"education", "publication", "project", "resume_project", "post", "award"})


# the school a grade is asked of, by its name: "at Stanford", "from the University of X"
_SCHOOL_NAMED = re.compile(
    r"\b(?:at|from) (?:the )?((?:[A-Z][\w&'’.-]*)(?: (?:of |de |the )?[A-Z][\w&'’.-]*)*)"
)


def _degrees(text: str) -> set[str]:
    return {name for name, pattern in _DEGREE_FAMILIES if pattern.search(text)}


def _studies(chunks: Sequence[Chunk], asked: AskedFact, question: str) -> list[Chunk]:
    """The education entries the question names: by degree, else by the words of its field or school."""
    education = [c for c in chunks if c.kind == "education"]
    schools = _SCHOOL_NAMED.findall(question)
    if schools and not any(
        all(set(analyze(n)) <= set(analyze(f"{c.title}\n{c.text}")) for n in schools) for c in education
    ):
        return []  # "his GPA at <a school the summary only mentions>?": no degree of hers is from there
    if asked.about:
        named = [c for c in education if _degrees(c.title) & set(asked.about)]
        if named:
            return named
    words = set(analyze(question)) - set(analyze("grade grades score gpa mark marks degree study final"))
    if not words:  # "what was his GPA?": every entry shares nothing with it (no title read)
        return education
    scored = [(len(words & set(analyze(c.title))), c) for c in education]
    best = max((n for n, _ in scored), default=0)
    return [c for n, c in scored if n == best] if best else education


def _states_person(asked: AskedFact, chunk: Chunk) -> bool:
    where = f"{chunk.title}\n{chunk.text}".casefold()
    if asked.about and not any(org.casefold().split()[0] in where for org in asked.about):
        return False  # "who was her manager at Kestrel?": a passage about another organisation
    if chunk.kind == "reference":  # someone senior there vouching for her: her manager, in all likelihood
        return bool(_PERSON_SAID["contact" if asked.role == "manager" else asked.role].search(chunk.title))
    said = _PERSON_SAID[asked.role]
    return any(said.search(s) for s in _sentences(chunk, own_title=asked.role == "founder"))


def _names(question: str, owner: Iterable[str]) -> set[str]:
    """The names a question writes with a capital inside the sentence ("Helsinki", "Caisse Boréale"),
    not the owner's."""
    mine = {t for w in owner for t in analyze(w)}
    return {t for w in _CAPITAL.findall(question) for t in analyze(w)} - mine


def states_fact(
    asked: AskedFact,
    chunks: Iterable[Chunk],
    question: str,
    portfolio: Sequence[Chunk],
    owner: Iterable[str] = (),
    owner_wide: Sequence[Chunk] = (),
) -> bool:
    """Whether ``chunks`` (what search found) state the fact ``asked`` for; a grade is read from the
    education entry the question names among all of ``portfolio``'s passages, a person also from the
    references, wherever search ranked them (``portfolio`` may hold just those two kinds). ``owner``: the words of the owner's name. ``owner_wide``:
    passages where the owner states pay once for every role (a salary FAQ), which name no entry."""
    found = list(chunks)
    if asked.kind == "money" and any(_states_money(asked, c) for c in owner_wide):
        return True
    if asked.kind == "money":
        # "how much prize money did he win at the Helsinki hack?": another prize's sum is not it
        names = _names(question, owner)
        found = [c for c in found if names <= set(analyze(f"{c.title}\n{c.text}"))]
        # "the budget for the ledger migration": the entries naming the migration, not another budget
        naming = [c for c in found if set(asked.about) & set(analyze(f"{c.title}\n{c.text}"))]
        return any(_states_money(asked, c) for c in naming or found)
    if asked.kind == "uptime":
        return any(
            _UPTIME_SAID.search(x) and _SHARE.search(x) for c in found for x in _sentences(c, own_title=True)
        )
    if asked.kind == "grade":
        return any(
            any(_GRADE_SAID.search(s) for s in _sentences(c)) for c in _studies(portfolio, asked, question)
        )
    references = [c for c in portfolio if c.kind == "reference" and c not in found]
    if asked.role == "supervisor" and _degrees(question):
        # "who supervised her postgraduate diploma?": a degree's supervisor is said of the degree (or by
        # a reference, a paper), not by a job's "financial supervisor"
        found = [c for c in found if c.kind in _STUDY_KINDS]
    return any(_states_person(asked, c) for c in (*found, *references))
