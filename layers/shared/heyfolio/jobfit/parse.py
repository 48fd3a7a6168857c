"""Read a job description into requirements: free text (bullets and sentences) or a JSON Resume job.

Why a parser of its own: a posting mixes a title line, headers ("Requirements:"), blurbs about
the company and the requirements themselves. Only the last are judged; reporting "Staff Platform
Engineer" as a missing requirement would understate every candidate.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from heyfolio.jobfit.alternatives import alternative_asks
from heyfolio.jobfit.asked import weighted_ask
from heyfolio.jobfit.clauses import asks_in, fields_together, valued_apart
from heyfolio.jobfit.evidence import skill_level
from heyfolio.jobfit.layout import plain_lines
from heyfolio.jobfit.listed import names_listed
from heyfolio.jobfit.named import labelled_names, name_pair, shared_head_names, stack_names, trailing_names
from heyfolio.jobfit.nothing_asked import asks_nothing
from heyfolio.jobfit.page_furniture import is_page_furniture
from heyfolio.jobfit.rows import level_cell, marked, one_name
from heyfolio.jobfit.spoken import language_list, working_language
from heyfolio.jobfit.terms import TECH_WORDS as _TECH_TERMS
from heyfolio.jobfit.terms import word_list
from heyfolio.jobfit.twins import drop_translations, english_side, language_of
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import normalize_token

__all__ = ["LABEL_LINE", "MAX_REQUIREMENTS", "JobParseError", "Requirement", "parse_job", "read_job"]

LABEL_LINE = "label_line"
"""The ``meta`` key of a skill read from a posting's "Label: A, B, C" line (not a JSON skill): the posting asks
for the items the label groups."""

MAX_REQUIREMENTS = 60
"""How many requirements one report assesses: a long posting (the tool takes 20,000 characters) can list more
asks than a reader weighs; those past it are named in the report as not assessed, never dropped silently."""

# A bullet: a dash, a dot, a number, or any arrow, check mark, star, shape or emoji an ad lists with.
_BULLET = re.compile(
    r"^\s*(?:[-*•·▪‣◦–—>+~⁃]|\d+[.)]|[a-h][.)](?=\s+[A-Z])|\([a-h0-9]\)|"
    # a roman numeral ("ii.", "iv)", "(iii)", "IV.") before a capital: a legal or HR document's list
    r"(?:[ivx]{1,5}|[IVX]{1,5})[.)](?=\s+[A-Z(\d])|\((?:[ivx]{1,5}|[IVX]{1,5})\)|"
    # a word processor's symbol-font bullet pasted as a private-use character, and its "o" under a bullet
    r"[\ue000-\uf8ff]|o(?=\s+[A-Z])|"
    r"(?:[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff][\ufe0f\u200d]?)+)\s+"
    r"(?:\[[ xX]\]\s+)?"  # a markdown checkbox: "- [ ] 3+ years with Vue.js"
)
# A heading set between two runs of the same rule character ("— Requirements —", "== Benefits ==").
_FRAMED = re.compile(r"^\s*([-—–=*~_#])\1{0,4}\s*(\S.*?)\s*\1{1,5}\s*$")
# A tag saying which language a line is in ("[PT] Procuramos ...", "(EN) We are looking ...", "EN: ...").
_LANGUAGE_TAG = re.compile(
    r"^(\s*)(?:\[(?:PT|BR|EN|ES|FR|DE|IT|NL|UK|US)\]|\((?:PT|BR|EN|ES|FR|DE|IT|NL|UK|US)\)|"
    r"(?:PT|BR|EN|ES|FR|DE|IT|NL)\s*[:–—-])\s*"
)
# A symbol or emoji in front of a line (not a list's dash, star or number): it may dress a heading as well.
_DECORATION = re.compile(
    r"^\s*[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff]"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])|(?<=;)\s+(?=[\w\"“(])")
# Words with a period that never end a sentence ("e.g. AWS", "i.e. PostgreSQL", "B.Sc. Computer Science").
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|vs|incl|approx|cf|esp|resp|min|max|mr|mrs|ms|dr|sr|jr|st|no|nr|ca)\.|"
    r"\b(?:[A-Za-z]{1,2}\.){2,})$",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    """``text`` cut into sentences, not after an abbreviation nor inside brackets ("a cloud provider
    (e.g. AWS or GCP)" is one)."""
    out: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        if out and (_ABBREVIATION.search(out[-1]) or out[-1].count("(") > out[-1].count(")")):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    # a clause closed by a semicolon is read as a sentence of its own (``_SENTENCE_SPLIT``)
    return [x.strip().removesuffix(";").rstrip() for x in out if x.strip(" ;")]


_ROLE_NOUNS = re.compile(
    r"\b(engineer|developer|programmer|manager|director|lead|head|architect|scientist|analyst|designer|"
    r"administrator|consultant|specialist|officer|intern|vp|cto|ceo|sre|devops|researcher|founder|"
    r"instructor|teacher|tutor|trainer|educator|coach|advocate|evangelist|writer|strategist|entrepreneur|"
    r"associate|assistant|coordinator|technician|fellow|executive|president|owner|tester|pentester|auditor|"
    r"recruiter|accountant|technologist|statistician|economist|mathematician|physicist|chemist|biologist|"
    r"bioinformatician|translator|marketer|"
    # roles named by how the work is held or done ("Rust Contractor", "Open Source Maintainer", "Kotlin Dev")
    r"contractor|freelancer|maintainer|steward|dev|hacker|craftsperson|wrangler|generalist|advis[eo]r|devrel)s?\b|"
    # the same roles in the languages postings mix with English ("Softwareentwickler (m/w/d)",
    # "Desenvolvedor Backend", "Ingeniero de Datos", "Développeur Python H/F")
    r"(?:entwickler|ingenieur|architekt|berater|leiter|administrator)(?:in(?:nen)?)?\b|"
    r"\b(?:desenvolvedor|desarrollador|programador|engenheir|ingenier|arquitet|arquitect|analista|gerente|"
    r"consultor|coordenador|coordinador|especialista|estagi[aá]ri)[oa]?s?\b|"
    r"\b(?:d[ée]veloppeu(?:r|se)|ing[ée]nieur|chef de projet|responsable|consultant)e?s?\b|"
    # the gender marker of a German, French or Spanish title
    r"\((?:m|w|f|d|h|x|all genders?)(?:\s*/\s*(?:m|w|f|d|h|x)){1,2}\)|\bH/F\b|\bF/H\b",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"\b(you|your|experience|experienced|years?|must|required|requirement|should|ability|able|skills?|"
    r"knowledge|proficien\w*|familiar\w*|understanding|degree|fluent|certified|expert\w*|background|"
    r"track record|have|has|had|will|can|strong|deep|hands-on|plus)\b",
    re.IGNORECASE,
)
# Sentences about the employer or the process, not about the candidate.
_BLURB = re.compile(
    r"^(we are|we're|we have|we offer|we value|our |about (us|the)|join |come |this is|this role|the role|"
    r"the team|the company|apply|to apply|benefits|perks|salary|compensation|location|equal opportunity|"
    # the offer in the posting's other language ("Oferecemos seguro de saúde", "Wir bieten 30 Tage Urlaub")
    r"(?:oferecemos|ofrecemos|wir bieten|nous (?:offrons|proposons)|(?:wij|we) bieden|offriamo)\b|"
    r"we believe|we welcome|you(?:'ll|’ll| will) (?:[\w-]+ ){0,8}?report(?:ing)? (?:in)?to\b|(?:a (?:little |bit |few words )(?:more )?)?about "
    r"(?:us|ourselves|the company|the team)\b|about [\w&.' -]{1,40}:|at [A-Z]\w*,? we|"
    # where the hire sits: "You'll join a team of five engineers who ...", "You will be part of our platform group"
    r"you(?:'ll|’ll| will) (?:be )?(?:join(?:ing)?|part of) (?:a|an|the|our)\b|"
    # who is hiring: "Quick one: a Series A startup in Copenhagen is hiring a Lead Data Engineer."
    r".*\b(?:is|are|'re|’re) (?:now )?hiring\b|"
    # what is not asked: "Danish is not required.", "No degree needed."
    r".*\b(?:is|are) not (?:required|needed|necessary|mandatory|a must)\b|no (?:\w+ )?(?:required|needed)\b|"
    # the call to apply: "Sounds like you? Send us your CV!"
    r"sounds? like you|send (?:us |me )?(?:your|a)\b|if (?:this|it) (?:is|sounds)\b|"
    r"(?:if you have |for )?(?:any )?(?:further |more )?questions\b|"
    r"if you(?:'re|’re| are) (?:interested|curious|open)\b|interested\?|(?:does|if) this sound|we look forward|"
    r"we(?:'d| would) love to hear|drop us|apply (?:now|today|here)|"
    # the hook: "Do you love low-power hardware? Read on!"
    r"(?:do|would) you (?:love|like|enjoy|want|dream)\b|are you (?:passionate|excited|looking|ready|curious)\b|"
    r"read on\b|then read on|keep reading|"
    # a recruiter's email: the greeting and the ask for a call ("Let me know which times work for you.")
    r"(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)(?:\s+[\w .'-]{1,40})?[,!]$|let (?:me|us) know\b|feel free\b|"
    r"would you (?:have|be (?:free|available|open|interested|up for))\b|(?:are|is) (?:you|now) (?:free|available)\b|"
    # the ask for a call as a question ("Could we have a quick call this week?", "Can we set up a chat?") and
    # how the writer found the reader ("Saw your profile and thought of you!")
    r"(?:could|can|shall) we (?:have|set up|schedule|arrange|book|find|hop on|jump on)\b|"
    # the same ask put as the reader's time ("Do you have 20 minutes this week for a chat?")
    r"(?:do|would|could) you have (?:\d+|a few|some|any|a|the)? ?(?:minutes?|time|moment|slot)\b|"
    r".*\bfor an? (?:quick |short |brief |informal )?(?:chat|call|coffee|conversation)\b|"
    r"(?:I )?(?:saw|came across|found|noticed|read) your (?:profile|cv|résumé|resume|talk|post|work)\b|"
    # and the offer to say more ("Happy to share more if you're curious!")
    r"(?:I'm |I am |I'd be |I would be )?(?:happy|glad) to (?:share|chat|tell|answer|talk|send|explain)\b|"
    # and its pleasantries ("Hope all is well.", "Thanks for connecting.")
    r"(?:I )?hope (?:you(?:'re|’re| are)|all is|this (?:message |email )?finds|you(?:'ve|’ve| have) had)\b|"
    r"(?:thanks|thank you|many thanks) (?:for|again)\b|"
    # why the writer wrote ("Saw your profile and thought of you!") and the ask for a call
    r"(?:I )?(?:saw|came across|found|noticed|read) your\b|.*\bthought of you\b|"
    r"(?:could|can|shall|should) we (?:have|set up|schedule|book|arrange|hop on|jump on|find)\b)",
    re.IGNORECASE,
)
# The writer speaking of themselves ("I'm Dana from Bayview Talent.", "I came across your profile while
# searching for founders with ..."): a requirement never opens in the first person singular, unless the
# writer says whom they are looking for ("I'm looking for someone who ...").
_FIRST_PERSON = re.compile(
    r"^I(?:'m|’m|'ve|’ve|'d|’d)?\s+(?!(?:am\s+|'m\s+|’m\s+)?(?:looking|seeking|searching|hiring|need|want|"
    r"require|expect)\b)(?!(?:'m|’m|am)\s+(?:looking|seeking|searching|hiring)\b)"
    # nor when they name the person they seek ("I'd love someone with 5+ years of Go", "I'm after a person who")
    r"(?!.*\b(?:love|like|prefer|after|want|need|seek)\w*\s+(?:to (?:find|meet|hear from) )?"
    r"(?:someone|somebody|a person|a candidate|candidates|people|an? [\w-]+ (?:engineer|developer|lead))"
    r"\s+(?:with|who|that)\b)",
    re.IGNORECASE,
)
# A sign-off ("Best regards,", "Kind regards", "Cheers,"): what follows is the signature.
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|best|cheers|thanks|thank you|"
    r"sincerely|yours sincerely|yours truly|all the best|talk soon|speak soon|--|—|sent from my [\w ]{1,30})\s*[,.!]?$",
    re.IGNORECASE,
)
_ASKING_BLURB = re.compile(
    r"\b(looking for|seeking|searching for|wants?|needs?)\b[^.]*\b(who|with|that)\b|"
    # the ask as a condition ("Join us if you have 5+ years of React", "This is for you if you've built ...")
    r"\bif you(?:'ve|’ve| have)\b(?! (?:any |further |more )?questions| what it takes)|"
    r"\bif you (?:know|can|bring|speak|hold|own)\b|"
    # the ask put to the reader after a word on the team or role ("Our stack is AWS-heavy: you should know Lambda")
    r"\byou\s+(?:should|must|need\s+to|have\s+to|will\s+need|'ll\s+need|’ll\s+need)\b|"
    # the person sought as the subject: "Our ideal candidate has ...", "The successful hire will ..."
    r"\b(?:ideal|successful|right|perfect|strong)\s+(?:candidate|applicant|person|hire|fit)s?\b|"
    # "Our ideal teammate has shipped ...", "The successful engineer will ...": the person sought, any noun
    r"\b(?:ideal|successful)\s+(?:new\s+)?(?:teammate|colleague|team member|engineer|developer|hire|profile|"
    r"match|manager|lead|designer|analyst|scientist)s?\b|"
    # what the employer values in a candidate ("We value experience with accessibility", "We prefer ...")
    r"^we\s+(?:value|appreciate|prefer|favou?r|prize)\s+(?:[\w-]+\s+){0,3}?(?:experience|knowledge|"
    r"familiarity|expertise|skills?|proficiency|fluency|exposure)\b|"
    r"^(this|the) (role|position|job) (requires?|demands|involves|includes|entails|calls for|is based|means relocat)",
    re.I,
)


@dataclass(frozen=True)
class Requirement:
    """One thing the job asks for. ``keywords``/``level`` come from a JSON skill entry."""

    text: str
    kind: str  # requirement | skill | qualification | responsibility | experience
    keywords: tuple[str, ...] = ()
    level: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    # "Airflow or Dagster": each name put in the line's place, assessed and shown beneath it, never counted
    alternatives: tuple[str, ...] = ()


class JobParseError(ValueError):
    """The job description holds nothing that reads as a requirement."""


def _is_title(line: str, first: bool) -> bool:
    """A first line naming a role ("Staff Platform Engineer", "Senior Data Engineer at Acme.")
    without asking for anything is the title, not a requirement."""
    if not first:
        return False
    # the role is what is counted: a title may carry its employer and place after a dash or an at sign, and
    # a focus or a place in brackets ("Staff Scientist, Speech — Aurora AI (Toronto or remote in Canada)")
    role = _BYLINE_SEPARATOR.split(re.sub(r"\([^)]*\)", " ", line), maxsplit=1)[0]
    words = role.rstrip(".").split()
    if len(words) > 12:
        return False
    if not _ROLE_NOUNS.search(line):
        return False
    # "Senior Engineer, Developer Experience": a role in title case names the job even where a word
    # ("Experience", "Deep") would ask for something in a sentence.
    long_words = re.findall(r"(?<![(\w-])[A-Za-z][\w'-]{3,}", re.sub(r"\([^)]*\)", " ", line))
    title_case = bool(long_words) and all(w[0].isupper() for w in long_words)
    return title_case or not _ASKS.search(line)


# A sentence that says what a company is or does: a name (or "We", "The team") and a verb in the
# present tense ("Portwise builds software", "Kestrel Bank is a licensed neobank", "We run clubs").
_DESCRIBES = re.compile(
    # a duty opens with its gerund ("Migrating workloads from VMs to containers."), no company name
    r"^(?![A-Z][a-z]{2,}ing\s+[a-z])"
    # how well a skill is held is no company's name ("Strong skills in Python", "Great Python skills")
    r"(?!(?:Strong|Solid|Excellent|Great|Good|Deep|Proven|Demonstrable|Demonstrated|Exceptional|Outstanding|"
    r"Advanced|Basic|Working|Practical|Fluent|Native|Hands-on|Sound|Broad|Extensive|Some)\b)"
    r"(?:We|The (?:\w+ )?team|(?:[A-Z][\w&.'-]*)(?:\s+[A-Z][\w&.'-]*){0,3})\s+"
    r"(?:is|are|has|was|(?!needs\b|wants\b|expects\b|requires\b|skills\b|abilities\b|fundamentals\b|years\b)[a-z]+s|"
    r"(?:build|run|make|sell|serve|help|process|operate|design|develop|train|teach|power)(?=\s))"
    r"(?=\s+[\w\d])"  # and goes on to say what: "Linux systems administration" has no verb
)


# "Fluent Danish is a plus.", "A PhD is required.": a thing, then how much the job wants it.
_WANTED = re.compile(
    r"\b(?:is|are)\s+(?:a\s+|an\s+)?(?:big\s+|strong\s+|huge\s+)?(?:plus|bonus|must|required|essential|"
    r"mandatory|preferred|desirable|welcome|advantage|asset|nice to have|expected|needed)\b",
    re.IGNORECASE,
)
# "We sponsor maintainers", "We welcome applicants": the employer speaking of itself, unless it asks.
_WE_DO = re.compile(
    r"^We\s+(?!need\b|want\b|expect\b|require\b|are looking\b|'re looking\b|look\b|seek\b|hope\b|ask\b|"
    r"would\b|'d\b)[a-z]+\b"
)


# A greeting run into the first sentence ("Hi Leonor - I came across your talk ..."): the greeting goes, the
# sentence after it is read as written.
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s*[-–—,!:]\s+",
    re.I,
)


# An equal-opportunity statement: it names the grounds no one is judged on, or says so outright.
_EQUAL_OPPORTUNITY = re.compile(
    r"\b(?:equal(?:[- ]employment)?[- ]opportunit\w*|without regard to|regardless of (?:their |your )?(?:race|colou?r|religion|sex|gender|age|disabilit\w*|national|ethnic\w*|background)|reasonable accommodations?|"
    r"qualified applicants|protected (?:veteran|characteristic|status)\w*|affirmative action|"
    r"(?:celebrate|embrace|value|committed to) diversity)\b",
    re.IGNORECASE,
)
_PROTECTED_GROUNDS = re.compile(
    r"\b(?:race|colou?r|religion|sex|sexual orientation|gender(?: identity| expression)?|national origin|"
    r"ethnicity|age|disabilit(?:y|ies)|veteran|marital|pregnan\w*|ancestry|creed)\b",
    re.IGNORECASE,
)
# Currencies by their ISO code, as pay ranges are written on international boards.
_CURRENCY_CODES = (
    "USD|EUR|GBP|CHF|SGD|AUD|CAD|NZD|HKD|INR|JPY|CNY|KRW|PLN|SEK|NOK|DKK|CZK|HUF|RON|BRL|MXN|ZAR|AED|ILS|TRY"
)
# The pay, said as a sentence ("The salary range is 90-110k EUR plus bonus.", "Compensation: ..."):
# what the job gives, not what it asks.
_PAY = re.compile(
    r"^(?:the |our |a |an )?(?:(?:base |annual |total |monthly |yearly |gross |expected |starting |target )?"
    r"(?:salary|compensation|pay)(?: range| band)?|"
    r"(?:day|daily|hourly|weekly) rate|"
    r"(?:the )?(?:role|position|job) (?:pays|offers))\b"
    r"|^(?:the |our )?package\b|[$€£]\s?\d[\d,.]*\s*k?\s*(?:-|–|—|to)\s*[$€£]?\s?\d|"
    r"[$€£]\s?\d[\d,.]*\s*k?\b.*\b(?:per|a|/)\s*(?:year|annum|month|hour)|"
    r"\b\d[\d,.]*\s*k?\s*(?:-|–|to)\s*[$€£]?\d[\d,.]*\s*k?\s*(?:EUR|USD|GBP|CHF|BRL|€|\$|£)|"
    # the currency's code before the range ("SGD 7,500 – 9,500", "PLN 38,000 - 46,000 a month")
    rf"\b(?-i:{_CURRENCY_CODES})\s?\d[\d,.]*\s*k?\s*(?:-|–|—|to)\s*(?:(?-i:{_CURRENCY_CODES})\s?)?\d",
    re.IGNORECASE,
)


# The tail of an equal-opportunity line that names only the groups ("Minorities/Women/Veterans/Disabled.").
_GROUPS_ONLY = re.compile(
    r"(?:(?:minorit(?:y|ies)|women|females?|veterans?|disabled|disabilit(?:y|ies)|lgbtq\+?|and)[\s/,&+]*)+\.?",
    re.IGNORECASE,
)


# What the employer gives, said as available ("Visa sponsorship and relocation support available.", "Equity and
# a learning budget are offered.", "Relocation package provided."): the offer, not an ask of the candidate.
_OFFERED = re.compile(
    r"^(?!.*\b(?:must|required?|should|need|you)\b).*\b(?:sponsorship|support|allowance|budget|stipend|equity|"
    r"stock options|bonus(?:es)?|insurance|package|leave|holidays?|benefits?|relocation|laptop|gym|pension)"
    # the offer may name more than one thing before its verb ("Relocation support and an employment pass are
    # provided")
    r"(?:\s+(?:and|&)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:is\s+|are\s+|will be\s+)?(?:available|provided|offered|included|on offer|covered)\b",
    re.IGNORECASE,
)
# A thing the employer gives, as a benefits line lists it ("Pension, 30 days of holiday, a learning budget and a
# bike lease"): every item of such a line names one, and the line asks nothing.
_BENEFIT = re.compile(
    r"\b(?:pension|401\(?k\)?|holidays?|vacation|paid time off|pto|annual leave|parental leave|(?:days?|weeks?) off|"
    r"sabbatical|(?:learning|training|conference|education|home[- ]office|equipment|wellness|wellbeing) "
    r"(?:budget|allowance|stipend)|budget for (?:learning|training|conferences?|books)|bike lease|"
    r"(?:health|medical|dental|life|private health) (?:insurance|cover(?:age)?|care|plan)|health ?care|"
    r"stock options|equity|bonus(?:es)?|gym(?: membership)?|free (?:lunch|meals|snacks|coffee)|lunch|meals|"
    r"childcare|meal vouchers?|transport (?:pass|allowance)|public transport|company car|laptop of your choice|"
    r"flexible (?:hours|working|working hours|schedule)|four-day week|4-day week)\b",
    re.IGNORECASE,
)
_BENEFIT_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|plus)\s+", re.IGNORECASE)


def _benefits_line(text: str) -> bool:
    """ "Pension, 30 days of holiday, a learning budget and a bike lease.": two items or more, each a benefit,
    and no word of an ask; what the job gives, not what it asks."""
    if re.search(r"\b(?:you|your|must|required?|should|need|experience|years? (?:of|in|with))\b", text, re.I):
        return False
    items = [i for i in _BENEFIT_ITEM_SPLIT.split(text.strip().rstrip(".!")) if i.strip()]
    return len(items) >= 2 and all(_BENEFIT.search(i) for i in items)


# Where and how the job is worked, said as a sentence of its own ("Hybrid, Lisbon (Parque das Nações).", "Remote
# - EU time zones."): a fact of the job; an ask says so ("Remote: must overlap four hours with CET").
_WORK_PLACE = re.compile(
    r"^(?:fully |mostly |partly )?(?:remote|hybrid|on[- ]?site|in[- ]office)(?:\s*\([^)]*\))?\s*[,:–—-]\s*"
    r"(?-i:[A-Z])[^.!?]*[.!]?$",
    re.IGNORECASE,
)


def _employer_statement(text: str) -> bool:
    """An equal-opportunity statement, the pay or what the employer offers: the employer's side of the deal."""
    if _EQUAL_OPPORTUNITY.search(text) or len(set(_PROTECTED_GROUNDS.findall(text.casefold()))) >= 3:
        return True
    if _WORK_PLACE.match(text.strip()) and len(text.split()) <= 10 and not _ASKS.search(text):
        return True
    if _GROUPS_ONLY.fullmatch(text.strip()):
        return True
    return bool(_PAY.search(text) or _OFFERED.search(text) or _benefits_line(text))


# What is sought named as an ask ("We are looking for staff-level experience and 8+ years of Go"), not as
# the hire ("We are looking for a Staff Engineer to join us").
_SOUGHT_ASK = re.compile(
    r"\b(?:looking for|seeking|searching for)\s+(?:[\w+#.-]+\s+){0,3}?(?:experience|expertise|knowledge|"
    r"skills?|background|\d+\+?\s*(?:years?|yrs))\b",
    re.IGNORECASE,
)


# The employer naming the tools its work runs on ("We ship through CI/CD with Bitrise", "We run an Istio service
# mesh", "We're moving our workloads to GKE", "Our services are written in Go"): what the hire will work with is
# asked, as a "Tech we use:" line asks it.
_STACK = re.compile(
    r"^(?:we|we['’]re|we are|our\s+(?:[\w-]+\s+){0,2}?(?:is|are))\s+(?:(?:also|currently|now|mostly|heavily|already)\s+)?"
    r"(?:use|using|run|running|ship|shipping|deploy|deploying|build\s+(?:on|with)|building\s+(?:on|with)|"
    r"moving|migrating|migrate|rely\s+on|relying\s+on|work\s+with|written\s+in|built\s+(?:on|with)|"
    r"hosted\s+on|running\s+on|deployed\s+(?:on|to))\b",
    re.IGNORECASE,
)


# The employer's stakes said of every one of its things ("Every reading we lose is money our customers lose", "Each
# release we ship goes through our quality system"): its world, not an ask, unless the sentence puts one.
_EVERY_OF_OURS = re.compile(
    r"^(?:every|each)\s+(?!.*\b(?:you|your|must|should|required?|expected|needs?\s+to|has\s+to\s+know)\b)"
    r".*\b(?:we|our|us)\b",
    re.IGNORECASE,
)


def _is_blurb(sentence: str, describes: bool = True) -> bool:
    """Company blurbs and process notes; "We are looking for someone who has shipped ..." still asks.
    A sentence describing the company that asks nothing of the candidate is a blurb too ("Ferrylink
    moves 8 million passengers a year": a year is not years of experience), unless ``describes`` is off:
    a line listed under a heading ("Review Terraform changes for security issues") is a duty, not a
    company and its verb."""
    text = _GREETING.sub("", sentence.strip())
    if _FIRST_PERSON.match(text) or _employer_statement(text):
        return True
    if (
        _ASKING_BLURB.search(sentence)
        or _WANTED.search(sentence)
        or _SOUGHT_ASK.search(sentence)
        or working_language(text)  # "German is our office language": the hire must speak it
    ):
        return False
    if weighted_ask(sentence):  # "..., so experience with Google Cloud is important"
        return False
    if _STACK.match(text) and (
        _names_technology(text)
        or any(w.casefold().strip(".") in TECHNOLOGY_NAMES for w in re.findall(r"[\w.+#-]+", text))
    ):
        return False  # "We ship through Bitrise or GitHub Actions": the tools the hire will work with
    if _BLURB.match(text) or _EVERY_OF_OURS.match(text):
        return True
    return (
        describes
        and len(text.split()) >= 5
        # "Spedio GmbH (YC W21) is a freight platform": an aside in brackets after the name is not its verb
        and bool(_DESCRIBES.match(re.sub(r"\s*\([^)]*\)", "", text)) or _WE_DO.match(text))
        and not re.search(r"\b(you|your|candidate|someone)\b", text, re.I)
        and not (
            _ASKS.search(text)
            and re.search(
                r"\b(experience|\d+\+?\s*years?|years?\s+(?:of|in|with)|degree|must|required|should)\b",
                text,
                re.I,
            )
        )
    )


# The hiring team or company described without a verb of its own ("Small edtech team building reading games",
# "A fast-growing nonprofit studio serving 300 districts"): modifiers, the noun, then what it does. An article
# after the first word ("Led a team of 8", "Built the team") makes it a deed, which may be asked.
_TEAM_DESCRIBED = re.compile(
    r"^(?:(?:an?|the|our)\s+)?(?:(?!(?:an?|the|our|my)\b)[\w'’-]+\s+){1,4}?"
    r"(?:team|company|startup|start-up|scale-up|scaleup|studio|agency|consultancy|nonprofit|non-profit|"
    r"business|firm|lab|publisher|retailer|marketplace|insurer|bank)\s+"
    r"(?:building|making|serving|helping|working|based|behind|that|which|with|of|on|in|from)\b",
    re.IGNORECASE,
)


def _describes_team(sentence: str) -> bool:
    """A sentence naming the team or company and what it does, asking nothing and naming no technology."""
    return bool(_TEAM_DESCRIBED.match(sentence.strip())) and not (
        _ASKS.search(sentence) or _names_technology(sentence)
    )


# Someone asking for a list in one sentence ("The hiring manager wants at least two years as an engineering
# manager, a background in frontend (React), and someone who has hired engineers before."): the asker, then
# the things asked, each a requirement of its own.
_ASKER = re.compile(
    r"^(?!you\b)(?:[\w'’-]+\s+){0,4}?(?:wants?|needs?|is looking for|are looking for|'re looking for|"
    r"(?:would|'d) like|seeks?|is seeking|are seeking|requires?|expects?|asks? for)\s+(?=\S)",
    re.IGNORECASE,
)
_LIST_ITEM_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?(?![^()]*\))")


# Whom the asker wants, before what that person can do ("someone who can build ..., run ... and work ..."):
# the abilities listed are the requirements, not the person.
_ABLE_PERSON = re.compile(
    r"^(?:someone|somebody|a person|an? [\w-]+(?: [\w-]+)?)\s+who\s+(?:can|could|will)\s+(?=\w)",
    re.IGNORECASE,
)
_LAST_JOIN = re.compile(r"\s+(?:and|or)\s+")

# Whom the employer seeks, then what that person is to do ("We're looking for someone to lead our platform group
# of 25 engineers", "We are looking for a Head of Data to build our analytics team"): the duty is asked.
_SOUGHT_TO_DO = re.compile(
    r"^(?:we(?:'re|’re| are)|i(?:'m|’m| am))\s+(?:now\s+)?(?:looking|searching)\s+for\s+"
    r"(?:someone|somebody|a person|an?\s+(?:[\w&/-]+\s+){1,5}?)\s*to\s+(?=[a-z]+\s)",
    re.IGNORECASE,
)


def _sought_duty(sentence: str) -> str | None:
    """ "We're looking for someone to lead our Payments group of 25 engineers." -> "lead our Payments group of
    25 engineers": the duty of the one sought, read as a duty; None when the sentence is not of that shape."""
    m = _SOUGHT_TO_DO.match(sentence.strip())
    if m is None:
        return None
    duty = sentence.strip()[m.end() :].rstrip(".!").strip()
    return duty if len(duty.split()) >= 3 else None


def _asked_list(sentence: str) -> list[str] | None:
    """The items of an asked-for list of three or more clauses (each of three words or more, the last
    joined with "and" or "or", with or without a comma before it); None when the sentence is not one, so
    "experience with Python, Go and Rust" stays a single requirement."""
    lead = _ASKER.match(sentence)
    if not lead:
        return None
    rest = sentence[lead.end() :].strip().rstrip(".!")
    rest = _ABLE_PERSON.sub("", rest, count=1)
    items = [i.strip() for i in _LIST_ITEM_SPLIT.split(rest) if i.strip()]
    if len(items) >= 2 and not re.search(r",\s+(?:and|or)\s+[^,]+$", rest):
        # no comma before the last "and" ("..., run MLOps with Kubeflow and work in Python"): the last item
        # holds two clauses when both sides of its last "and" are clauses of three words or more
        joins = list(_LAST_JOIN.finditer(items[-1]))
        if joins:
            head, tail = items[-1][: joins[-1].start()].strip(), items[-1][joins[-1].end() :].strip()
            if len(head.split()) >= 3 and len(tail.split()) >= 3:
                items[-1:] = [head, tail]
    elif not re.search(r",\s+(?:and|or)\s+[^,]+$", rest):
        return None
    if len(items) < 3:
        return None
    if any(len(i.split()) < 3 for i in items):
        return None
    return fields_together(items)


# A line ending on a word no sentence ends with ("experience with", "teams in the") goes on below.
_DANGLING = re.compile(
    r"\b(?:with|of|in|on|at|to|for|from|by|as|and|or|the|a|an|our|your|including|like|than|such)\s*$",
    re.IGNORECASE,
)


# Markdown emphasis ("**Rust:** 4+ years"): how the ad is styled, not what it says.
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])")


# A line opening on a name written in its own case ("gRPC and protobuf", "iOS build pipelines", "eBPF"):
# lower case at its start does not make it the rest of the line above.
_NAME_FIRST = re.compile(r"^[a-z]+[A-Z][\w.+#-]*\b")


def _wrapped_prose(line: str) -> bool:
    """A line of a hard-wrapped paragraph: sentences run on inside it ("... Zephyr. You have designed").
    A list of unpunctuated lines ("Experience leading a team of five engineers") has no sentence end
    inside a line, so each of its lines stays one requirement; nor does an abbreviation ("AWS (e.g. Lambda)")
    or a short line ("Experience with Vue.js. Nuxt is a plus"): a wrapped line fills the width."""
    last = line.rsplit("\n", 1)[-1]
    return len(last) >= _WRAP_WIDTH and any(
        not _ABBREVIATION.search(line[: m.start() + 2]) for m in re.finditer(r"\w[.!?]\s+[A-Z]", line)
    )


# The shortest line a hard-wrapped paragraph is wrapped at (editors and mail clients wrap at 60 to 80).
_WRAP_WIDTH = 45


def _bullet_column(raw: str) -> int | None:
    """Where a bullet's text starts ("- Lead" -> 2): an indented line at or past it continues the bullet."""
    m = _BULLET.match(raw)
    return m.end() if m else None


# Words that follow a hyphen in a compound ("event-driven", "full-time", "on-call"): a line ending "event-"
# over "driven" keeps its hyphen; any other word broken at the line's end ("pay-" over "ment") was hyphenated.
_COMPOUND_TAILS = frozenset(
    word_list(
        "driven based time call end ends facing level scale oriented solving stack house source premise premises "
        "site depth hand hands tier world year years term touch quality critical first native friendly aware "
        "minded starter starters paced grained class edge to of the up on in out down over off line party "
        "service services code learning making focused centric ready grade sided loop way management data "
        "production customer team facing related specific wide known savvy"
    )
)


def _join_wrapped(prev: str, line: str) -> str:
    """``prev`` continued by ``line``: a word hyphenated across the break is mended ("pay-" + "ment services"
    -> "payment services"), a compound broken after its hyphen keeps it ("event-" + "driven" -> "event-driven")."""
    if re.search(r"[^\W\d_]-$", prev) and line[:1].islower():
        tail = re.match(r"[^\W\d_]+", line)
        if tail and tail.group(0).casefold() not in _COMPOUND_TAILS:
            return prev[:-1] + line
        return prev + line
    return prev + " " + line


def _unwrap(text: str) -> list[str]:
    """Lines with hard-wrapped prose joined back: a line that starts in lower case, or follows a line
    ending on a preposition, article or conjunction, continues the sentence or bullet above it ("You
    have run Kubernetes in / production and ...", "5+ years of experience with / TypeScript."); so does
    a line indented under a bullet's text, and a line after a long unfinished line of prose ("You have
    designed / PCBs.")."""
    lines: list[str] = []
    column: int | None = None  # text column of the bullet the last line belongs to
    for raw in text.splitlines():
        raw = _EMPHASIS.sub("", raw)
        stripped = raw.strip()
        if stripped and (is_page_furniture(stripped) or is_page_furniture(_BULLET.sub("", raw))):
            continue  # the board's ("Posted 30+ Days Ago", "Apply", "* Required"): gone before it can join a line
        prev = lines[-1].rstrip() if lines else ""
        indent = len(raw) - len(raw.lstrip())
        if (
            prev.strip()
            and stripped
            and not _BULLET.match(raw)
            and not stripped.startswith("#")
            and not prev.endswith((".", "!", "?", ":", ";"))
            and not _SIGN_OFF.match(prev.strip())  # "Best regards," then the signature
            and not _fact_label(stripped)  # "time type" over "Full time" in a page pasted from a job board
            and not _fact_label(prev.strip())
            and (
                # a short line above is an item of its own ("eBPF tracing" / "npm package publishing")
                (stripped[:1].islower() and not _NAME_FIRST.match(stripped) and len(prev.split()) >= 5)
                # "What we're looking for" ends on a preposition but is a heading, not a wrapped line
                or (_DANGLING.search(prev) and not _is_heading(prev.strip(), False))
                or prev.endswith(",")
                or (column is not None and indent >= column)
                or (_wrapped_prose(prev) and not _is_heading(stripped, False) and not _all_caps(stripped))
            )
        ):
            lines[-1] = _join_wrapped(prev, stripped)
            continue
        column = _bullet_column(raw)
        lines.append(raw)
    return lines


# Words section headings are made of ("What you'll do", "Your profile", "Nice to have"): a short
# line of only these is a heading, even though "you" and "have" also ask for things in a sentence.
_HEADER_WORDS = frozenset(
    word_list(
        "about us our the you your you'll youll you’ll we we're what who why how to do will bring offer offers "
        "benefits perks tasks task profile requirements requirement responsibilities responsibility "
        "qualifications qualification skills skill nice have having bonus plus points point role team company "
        "job description position summary preferred minimum basic key duties join must ideal candidate "
        "looking for are is in this a an and of day-to-day life expect can need needed apply application "
        "process salary compensation package culture values mission extra great would love it if get "
        "stand out standout desirable essential required optional additional further details more "
        "background experience expertise yourself me person you’re you're opportunity challenge "
        "challenges impact must-have must-haves nice-to-have nice-to-haves bonus-points good-to-have "
        "good-to-haves plus-points "
        # how a list of asks is announced ("You'll thrive if", "Bonus if you", "Soft skills", "Tech stack")
        "thrive succeed excel shine if especially ideally really also soft technical hard core tech stack "
        "tooling tools "
        # the same headings in Portuguese, Spanish, French and German ("Requisitos", "Lo que buscamos",
        # "Profil recherché", "Ihr Profil", "Was du mitbringst")
        "requisitos requisito qualificações qualificação qualificacoes responsabilidades atividades atribuições "
        "diferenciais desejável desejáveis desejaveis obrigatório obrigatórios sobre nós vaga o que você vai "
        "fazer buscamos procuramos esperamos de da do e é lo la el los las buscamos funciones perfil "
        "requerido requeridos deseable deseables imprescindible conocimientos tareas y nuestro nuestra tu "
        "sus missions mission profil recherché recherchée compétences votre vos le les des du poste et "
        "nous ce qui sommes-nous attendu à propos anforderungen aufgaben ihre ihr deine dein wir bieten "
        "über uns was du mitbringst mitbringen sie und das dich erwartet suchen qualifikationen "
        "kenntnisse wünschenswert "
        # and more of them ("Das bringst du mit", "Ce que nous recherchons", "Qué buscamos", "Seu perfil",
        # "Wat wij vragen", "Jouw profiel", "Il tuo profilo", "Cosa cerchiamo")
        "bringst bringen erwarten erwartest kompetenzen fähigkeiten recherchons recherchez cherchons apporteras "
        "apporterez attendons necesitas necesitamos qué que requisitos valoramos valorará seu sua você voce "
        "wij vragen verwachten jouw je jij ben wie breng mee profiel ervaring vaardigheden kennis eisen "
        "il tuo tua cosa cerchiamo requisiti profilo competenze esperienza du mit wat dit en "
        # a public employer's person specification ("Person specification", "Knowledge and skills",
        # "Essential criteria", "Competencies and attributes")
        "specification knowledge criteria competencies competences abilities attributes"
    )
)
# Sections about the employer, the package or the process: nothing in them is asked of the candidate.
_BLURB_SECTION = re.compile(
    r"^(about (us|the company|the team|(?!you\b|yourself\b|the role\b|this role\b)[A-Z][\w&.-]*)$|about the (company|team|employer)|who we are|"
    r"what we offer|we offer|(our )?benefits|perks|why (join|work|us)|"
    # why the employer is worth joining, named ("Why Northlane", "Why Acme Labs?")
    r"why (?!you\b|yourself\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?\??$|how to apply|(our )?(culture|values|"
    r"mission|process|offer)|compensation|salary|the package|what('s| is) in it|equal opportunit|diversity|"
    # how the hiring goes: "Our interview process", "Hiring process", "Next steps", "What to expect"
    r"(?:our |the )?(?:interview|interviewing|hiring|recruitment|recruiting|application|selection)\b"
    r"(?:\s+(?:process|stages|steps|journey|loop))?$|(?:the )?next steps|what to expect|"
    # the same sections in Portuguese, Spanish, French and German
    r"sobre (?:n[óo]s|nosotros|a empresa|la empresa)|benef[íi]cios|o que oferecemos|oferecemos|"
    r"lo que ofrecemos|ofrecemos|qui sommes[- ]nous|[àa] propos|avantages|ce que nous (?:offrons|proposons)|"
    r"nous (?:offrons|proposons)|über uns|(?:was )?wir bieten|unser angebot|vorteile|"
    r"remunera[çc][ãa]o|sal[áa]rio|r[ée]mun[ée]ration|gehalt|"
    # and in Dutch and Italian ("Wat bieden wij", "Over ons", "Chi siamo", "Cosa offriamo")
    r"over (?:ons|het bedrijf)|wie (?:zijn )?wij|(?:wat )?(?:bieden wij|wij bieden|we bieden|bieden we)|"
    r"arbeidsvoorwaarden|ons aanbod|chi siamo|(?:cosa )?offriamo|(?:i )?vantaggi|benefit|"
    # and the offer put the other way round ("Das bieten wir", "Nos avantages", "Lo que te ofrecemos")
    r"das bieten wir|(?:was )?bieten wir|nos avantages|ce que (?:nous|on) (?:vous |t')?(?:offr|propos)\w*|"
    r"(?:lo )?que (?:te )?ofrecemos|o que (?:te )?oferecemos|wat (?:wij|we) (?:jou )?bieden|ti offriamo)",
    re.IGNORECASE,
)
_META = re.compile(
    r"^(?:job (?:requisition|req|family|code|category|function|grade|number|posting|reference)\b[^:]{0,20}:|"
    r"(?:job |work |employment |contract |working |monthly |yearly |annual |base |gross |expected |starting )?"
    r"(location|locations|team|department|salary|compensation|pay|type|employment type|contract|start date|"
    r"starting date|hours|working hours|reports to|reporting to|level|seniority|remote|office|posted|deadline|"
    r"closing date|company|employer|job id|ref|reference|visa|travel|subject|re|from|cc|"
    # a contract's facts: who the client is, the rate, how long, its tax status ("Day rate: €650", "IR35: outside")
    r"client|end client|(?:day|daily|hourly|weekly|contract) rate|rate|rates|duration|length|ir35|engagement|"
    # a start-up board's facts ("Visa sponsorship: Not available", "Hiring contact: Dana Ortiz, CTO")
    r"visa sponsorship|sponsorship|hiring contact|contact|recruiter|hiring manager|(?:remote )?(?:work )?policy|"
    r"company size|funding|posted on|date posted|time type|location type|work(?:place)? type|job requisition id|"
    # a professional network's fact labels, each over its value ("Seniority level" / "Mid-Senior level")
    r"seniority level|experience level|career level|industries|"
    r"local|localiza[çc][ãa]o|ubicaci[óo]n|lieu|standort|arbeitsort|empresa|entreprise|unternehmen|"
    r"contrato|contrat|vertrag|modalidade|modalidad|jornada|regime|sal[áa]rio|gehalt)\s*:)",
    re.IGNORECASE,
)
_TITLE_META = re.compile(
    r"^(job title|title|position|role|vaga|cargo|puesto|poste|intitul[ée] du poste|stelle|position)\s*:\s*(.+)$",
    re.IGNORECASE,
)


def _fact_label(line: str) -> bool:
    """ "locations", "Employment Type", "job requisition id": a fact of the job named on a line of its own, its
    value on the line below (how job boards lay out what ``_META`` reads as "Location: Toronto")."""
    return ":" not in line and len(line.split()) <= 4 and bool(_META.match(line.strip() + ":"))


def _all_caps(line: str) -> bool:
    """ "WHAT WE ASK", "OVER ONS / ABOUT US": a line in capitals of two words or more is a heading (an
    acronym alone, "AWS", is not)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return len(words) >= 2 and line.upper() == line and not re.search(r"[.!?]$", line)


def _sides(line: str) -> list[str]:
    """A heading in two languages ("Wat ga je doen / What you will do"): each side on its own."""
    return [s.strip() for s in re.split(r"\s+[/|]\s+", line) if s.strip()]


def _blurb_heading(line: str) -> bool:
    return any(_BLURB_SECTION.match(side) for side in _sides(line.rstrip(":").strip()))


def _is_heading(line: str, bullet: bool) -> bool:
    if bullet:
        return False
    if line.endswith(":"):
        return True
    sides = _sides(line)
    # "Ihr Profil / Your profile: 3+ years with Python; ..." names its section, then lists what it asks
    if len(sides) > 1 and not re.search(r":\s*\S", line) and any(_is_heading(side, False) for side in sides):
        return True
    if _all_caps(line) and len(line.split()) <= 10 and not _names_technology(line):
        return True
    if (
        len(line.split()) <= 5
        and line[:1].isupper()
        and not re.search(r"[.!?,]$", line)
        and _blurb_heading(line)
    ):
        return True  # "About Workday-Co", "Perks & Benefits": a section about the employer, named in any case
    words = re.findall(r"[\w'’-]+", line.casefold())
    if (
        0 < len(words) <= 8
        and re.split(r"['’]", words[0])[0] in _SECTION_QUESTION_WORDS
        and not line.endswith(".")
    ):
        return True  # "What you'll work on", "Where you'll spend your days", "Who you are?"
    return 0 < len(words) <= 6 and not re.search(r"[.!?]$", line) and all(w in _HEADER_WORDS for w in words)


# A short line opening with one of these names a section ("What you'll work on", "How we hire"); a
# requirement is a noun phrase or a sentence about the candidate, and never opens with them.
_SECTION_QUESTION_WORDS = frozenset({"what", "who", "how", "why", "where", "when", "which"})


def _names_technology(line: str) -> bool:
    """A short line such as "MongoDB or DynamoDB" or "Kotlin" asks for a technology; a heading does not
    name one ("Nice to have", "About Gridwise")."""
    return any(
        normalize_token(t.casefold()) in _TECH_TERMS
        or (len(t) >= 2 and any(c.isupper() for c in t[1:]) and any(c.islower() for c in t))
        for t in re.findall(r"[\w.+#-]+", line)
    )


_LABEL_COLON = re.compile(r"(?<!\d):|:(?!\d)")


def _label_partition(line: str) -> tuple[str, str, str]:
    """``line`` split at its first colon that can end a label: not one between digits ("weekly 1:1s",
    "a 16:9 layout", "10:00"), which is part of the words, so "Run regular 1:1s, reviews and career
    talks" is one ask, not a skill "Run regular 1" with its keywords."""
    m = _LABEL_COLON.search(line)
    return (line[: m.start()], ":", line[m.end() :]) if m else (line, "", "")


def _skill_line(line: str) -> Requirement | None:
    """ "Web Development: HTML, CSS, JavaScript" - a skill and its keywords, as in a JSON job; the
    keywords cannot carry the skill ("Quantum chemistry: Rust, Go, Tokio" needs chemistry shown)."""
    head, colon, rest = _label_partition(line)
    head, rest = head.strip(), rest.strip().rstrip(".")
    if not colon or not rest or not head or len(head.split()) > 4 or _is_heading(head, False):
        return None
    if re.search(r"[.!?]", head) or re.match(r"(you|we|our|the|this|it|they)\b", head, re.IGNORECASE):
        return None
    if _DANGLING.search(head) or ":" in rest:
        return None  # "Experience with: AWS, GCP" is no skill named; "English: C1; German: B2" is two asks
    items = [i.strip() for i in re.split(r"(?:,|;|\band\b)(?![^()]*\))", rest) if i.strip()]
    if len(items) < 2 or len(items) > 12 or any(len(i.split()) > 4 for i in items):
        return None
    if any(re.search(r"\s(?:on|in|for|with|to|of|into|from|the|a|an|our|your)\s", f" {i} ") for i in items):
        return None  # "Async I/O: integrate io_uring on Linux and IOCP on Windows" is a sentence, not names
    return Requirement(head, "skill", tuple(items), meta={LABEL_LINE: True})


def _inline_list(line: str) -> list[str] | None:
    """ "Requirements: 5+ years of SRE; hands-on Kubernetes; Python." - a heading, then its items on the
    same line: one requirement per item (split at semicolons, or at commas when there are three or more
    short items). A benefits or company label ("Benefits: ...") gives none. None when the line is not one."""
    head, colon, rest = _label_partition(line)
    head, rest = head.strip(), rest.strip()
    if not colon or not rest or not head or not (_is_heading(head, False) or _ASK_HEAD.fullmatch(head)):
        return None
    if _blurb_heading(head):
        return []
    after = _NEXT_LABEL.search(rest)
    if after is not None and (second := _inline_list(rest[after.end() :])) is not None:
        # "Must-haves: Swift, Core Data. Nice-to-haves: Kotlin, GraphQL.": a second label opens its own list
        return [*(_inline_list(line[: len(line) - len(rest) + after.start() + 1]) or []), *second]
    if head.casefold() in _THING_LABELS and not re.search(r"[,;]", rest):
        return [line]  # "Experience: 3+ years": the label is what the amount is of
    slashed = [i.strip() for i in _SPACED_SLASH.split(rest.rstrip("."))]
    if not re.search(r"[,;]", rest) and len(slashed) >= 3 and all(0 < len(i.split()) <= 3 for i in slashed):
        return slashed  # "Must have: React / TypeScript / WCAG": a run of names, each asked
    if ";" in rest or (_ITEM_SEPARATOR.search(rest) and "," not in rest):
        # a spaced dash between commas is inside a name ("AWS Certified Solutions Architect – Professional")
        items = _ITEM_SEPARATOR.split(rest.replace(";", " ; "))
    else:
        items = rest.split(",")
        names = [*items[:-1], *_names_joined(items[-1])] if len(items) >= 2 else items
        if len(items) < 3 and len(names) >= 3 and all(len(n.split()) <= 3 for n in names):
            items = names  # "Must have: Python, Django and PostgreSQL."
        elif _names_only(rest):
            return _names_only(rest)  # "Must-haves: Docker, PostgreSQL"
        elif (
            len(items) == 2
            and all(0 < len(i.split()) <= 4 for i in items)
            and not re.search(r"[!?;]", rest)
            and not re.match(r"\s*or\b", items[1])  # "experience with Go, or Rust": one ask with a choice
        ):
            items = names  # "Nice to have: Rust, Director-level experience.": two short items, each asked
        elif len(items) < 3 or any(len(i.split()) > 8 for i in items):
            # "THE ROLE: You will build our lakehouse.": the label names the section, the rest is asked
            sentences = _sentences(rest)
            return [x for x in sentences if len(x) >= 3 and not _is_blurb(x)]
    items = [re.sub(r"^(?:[-–•·*]\s*)?(?:(?:and|or)\s+)?", "", i.strip().rstrip(".").strip()) for i in items]
    if "," in rest and ";" not in rest:  # the "and" closing a comma list joins its last two items
        items = [*items[:-1], *_names_joined(items[-1])]
    return [i for i in items if len(i) >= 2]


# A short lead-in that wants what follows its colon ("We would also like: a valid CKAD, experience with Elixir,
# ...", "Ideally you bring: ..."): a heading put as a clause.
_ASK_HEAD = re.compile(
    r"(?:[\w'’-]+\s+){0,5}?(?:like|love|want|need|expect|require|value|appreciate|seek|bring|"
    r"(?:ask|look|looking|searching|hoping) for|(?:should|must|will|'ll|’ll) have)"
    # "Looking for a developer with:", "We need someone who has:": the one wanted, then what they bring
    r"(?:\s+(?:[\w'’-]+\s+){0,3}?(?:with|who\s+(?:has|have|knows?|brings?)))?",
    re.IGNORECASE,
)
# Where a sentence ends and another label opens on the same line (". Nice-to-haves: ").
_NEXT_LABEL = re.compile(r"(?<=[.;])\s+(?=[A-Z][\w'’ -]{1,30}:\s)")
# A one-word label that names the thing asked, not a section ("Experience: 3+ years", "Education: MSc").
_THING_LABELS = frozenset(word_list("experience education degree english certification certifications"))
# Items set apart by a semicolon, a spaced dash, bar or dot ("Skills: Python - SQL - Airflow").
_ITEM_SEPARATOR = re.compile(r"\s*;\s*|\s+[-–|·•]\s+")
# Three names or more set apart by spaced slashes ("React / TypeScript / WCAG"); "Go/Rust" stays a choice.
_SPACED_SLASH = re.compile(r"\s+/\s+")
# A name: a capitalised word or a technology ("Django", "PostgreSQL", "Node.js", "CI/CD").
_NAME = r"(?:[A-Z][\w.+#/-]*|[a-z][\w.+#/-]*[A-Z.+#/][\w.+#/-]*)"
_NAME_PAIR = re.compile(rf"^({_NAME}(?:\s+{_NAME})?)\s+and\s+({_NAME}(?:\s+{_NAME})?)$")


# Names set apart by a spaced bar, middle dot or slash on a line of their own ("Linux | Docker | Kubernetes").
_RUN_SEPARATOR = re.compile(r"\s+[|·/]\s+")


def _names_only(text: str, *, bullet: bool = False) -> list[str] | None:
    """ "Rust, Go, Kubernetes", "Docker, PostgreSQL": technologies set apart by commas and nothing else, each
    a requirement; None for a phrase ("Comfortable with Linux, Git and CI") or alternatives ("Go or Rust").
    A ``bullet`` is read so only when no word relates its names ("- Kafka, Spark, Flink"; not "- Spark on
    Kubernetes, Airflow"), and keeps a closing "A and B" whole as bullets are written ("- Kafka and Flink")."""
    items = [i.strip() for i in text.strip().rstrip(".").split(",")]
    if len(items) < 2 or re.search(r"\bor\b|/", text) or (bullet and not names_listed(text)):
        return None
    # "Kafka, Spark and Flink" on a line of its own: the last name joined by "and" (or "&") is an item too
    last = re.split(r"\s+(?:and|&)\s+", re.sub(r"^(?:and|&)\s+", "", items[-1]))
    if bullet and len(last) > 1:
        return None
    if len(last) > 1 and all(last) and names_listed(text):
        items = [*items[:-1], *last]
    shaped = all(re.fullmatch(r"[\w.+#-]+(?: [\w.+#-]+){0,2}", i) and i[:1].isupper() for i in items)
    if not shaped:
        return None
    # every name a known technology; or, in a run of three or more, one at least ("Fivetran, Tableau, Python":
    # products a word list cannot all know, listed with one it does); or well-known names, each capitalised
    known = [_names_technology(i) for i in items]
    if all(known) or (len(items) >= 3 and any(known)):
        return items
    if all(
        all(w[:1].isupper() for w in i.split()) and (k or i.casefold() in TECHNOLOGY_NAMES)
        for i, k in zip(items, known, strict=True)
    ):
        return items
    return None


def _labelled_pairs(line: str) -> list[str] | None:
    """ "English: C1; German: B2": labelled asks set apart by semicolons, each a requirement of its own."""
    pieces = [p.strip() for p in line.strip().rstrip(".").split(";") if p.strip()]
    if len(pieces) < 2 or not all(re.match(r"^[^:,]{1,30}:\s*\S", p) for p in pieces):
        return None
    return pieces


def _name_run(line: str) -> list[str] | None:
    """ "Linux | Docker | Kubernetes | Terraform": three names or more set apart by bars or middle dots, each a
    requirement; None for any other line (a sentence, a heading in two languages "Profiel / Profile")."""
    items = [i.strip() for i in _RUN_SEPARATOR.split(line.strip())]
    if len(items) < 3 or any(not i or len(i.split()) > 4 or re.search(r"[.!?:]$", i) for i in items):
        return None
    if ":" in items[0]:
        return None  # "Nice to have: Elixir | Redis": a label, then its list (read as a labelled list)
    return items


def _names_joined(item: str) -> list[str]:
    """ "Celery and Redis" in a listed line: two names, each a requirement; any other item stays whole
    ("strong communication and leadership")."""
    stripped = re.sub(r"^(?:and|or)\s+", "", item.strip().rstrip(".").strip())
    pair = _NAME_PAIR.match(stripped)
    return [pair.group(1), pair.group(2)] if pair else [stripped]


# What a table's header row names its columns ("| Skill | Level |", "| Technology | Years |").
_COLUMN_WORDS = _HEADER_WORDS | frozenset(
    word_list(
        "level levels years priority technology technologies tool tools area areas topic importance weight "
        "type status category mandatory optional"
    )
)


def _is_divider(line: str) -> bool:
    """ "|---|:--:|": the row under a markdown table's header."""
    stripped = line.strip()
    return stripped.startswith("|") and bool(re.fullmatch(r"[|\-: ]+", stripped)) and "-" in stripped


def _row_cells(line: str) -> list[str] | None:
    """The cells of a markdown table row ("| Go | 5+ years |"); None for a line that is not one."""
    if not (line.startswith("|") and line.rstrip().endswith("|")):
        return None
    return [c.strip() for c in line.strip().strip("|").split("|")]


# What a header cell says its column holds: the thing asked, how much it is wanted, the level or years, a
# row number or a grouping; a header of only "Must have | Nice to have" makes every cell an item.
_COLUMN_ROLES = (
    ("index", re.compile(r"^(?:#|no\.?|nr\.?|n[º°o]\.?|id|)$", re.I)),
    (
        "list",
        re.compile(
            r"^(?:must[- ]haves?|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?: points)?|required|"
            r"preferred|desired|desirable|essential|optional|mandatory)$",
            re.I,
        ),
    ),
    (
        "ask",
        re.compile(
            r"\b(?:requirements?|skills?|qualifications?|technolog(?:y|ies)|tools?|competenc\w*|"
            r"criteri(?:a|on)|description|what|stack|requisitos?|anforderung\w*|exig[eê]ncias?)\b",
            re.I,
        ),
    ),
    (
        "priority",
        re.compile(
            r"\b(?:must|nice|priority|importance|required|mandatory|optional|weight|essential|"
            r"preferred|need|type|status)\b",
            re.I,
        ),
    ),
    ("level", re.compile(r"\b(?:level|proficiency|seniority|expertise|n[ií]vel|niveau)\b", re.I)),
    ("years", re.compile(r"\b(?:years?|yrs|duration|experience)\b", re.I)),
    ("group", re.compile(r"\b(?:area|category|domain|topic|group|section|theme)\b", re.I)),
)


# A cell saying only how much a row is wanted ("Must", "Nice to have", "Required", "Yes").
_PRIORITY_CELL = re.compile(
    r"(?:must(?:[- ]have)?|nice(?:[- ]to[- ]have)?|good[- ]to[- ]have|required|preferred|optional|bonus|plus|"
    r"essential|desirable|mandatory|yes|no|[✓✔✗✘x])",
    re.IGNORECASE,
)


# A column that spells out what the row asks ("Details", "Specifics", "What this means").
_DETAIL_COLUMN = re.compile(
    r"\b(?:details?|specifics|in detail|in practice|what (?:this|it) means|expectations?)\b", re.I
)


def _column_role(header: str) -> str:
    return next((role for role, pattern in _COLUMN_ROLES if pattern.search(header.strip())), "")


def _unnamed_detail(cells: Sequence[str], columns: Sequence[str], at: int) -> str | None:
    """The cell after ``at`` when its column has no header and it holds words, not a number or a mark."""
    nxt = at + 1
    if nxt >= len(cells) or columns[nxt].strip() or not re.search(r"[^\W\d_]{2}", cells[nxt]):
        return None
    return None if _PRIORITY_CELL.fullmatch(cells[nxt]) else cells[nxt]


def _table_row(
    line: str, header: bool = False, columns: Sequence[str] = ()
) -> list[Requirement] | bool | None:
    """A markdown table row ("| Kubernetes | Expert |"): the thing in its column (the first, unless the
    header row ``columns`` names another: "| # | Requirement | Must/Nice |"), asked at the level or for the
    amount in the next ("| Go | 5+ years |"); under a "| Must have | Nice to have |" header each cell is one.
    False for the header and divider rows (``header``: a divider follows, so the row names the columns,
    whatever their words: "| Skill | Notes |"), None for a line that is not a row."""
    cells = _row_cells(line)
    if cells is None:
        return None
    if header:
        return False
    words = re.findall(r"[\w'’-]+", " ".join(cells).casefold())
    if not words or all(re.fullmatch(r"[-: ]*", c) for c in cells) or all(w in _COLUMN_WORDS for w in words):
        return False
    roles = [_column_role(c) for c in columns] if len(columns) == len(cells) else []
    if roles and "list" in roles and all(r in ("list", "group", "index") for r in roles):
        # "| Must have | Nice to have |", "| Area | Must have | Nice to have |": each listed cell is one ask;
        # under "| Must have | |" the unnamed column beside it says what the listed label asks
        # ("| Backend | Go and Kotlin services on PostgreSQL |"), which read alone any backend work met
        return [
            Requirement(f"{c}: {said}" if (said := _unnamed_detail(cells, columns, i)) else c, "requirement")
            for i, (c, r) in enumerate(zip(cells, roles, strict=True))
            if r == "list" and c and not re.fullmatch(r"[-–:. ]*", c)
        ]
    if not roles:  # no header: a row number or a priority is not the thing asked ("| 1 | Python | Must |")
        roles = [
            "index"
            if re.fullmatch(r"#?\d{1,2}[.)]?|", c)
            else "priority"
            if _PRIORITY_CELL.fullmatch(c)
            else ""
            for c in cells
        ]
    at = next((i for i, r in enumerate(roles) if r == "ask"), None)
    if at is None:
        at = next((i for i, r in enumerate(roles) if r in ("", "list")), 0)
    thing = cells[at]
    credential = next(
        (c for c, r in zip(cells, roles, strict=True) if r == "group" and _CREDENTIAL_LABEL.fullmatch(c)),
        None,
    )
    if credential is not None and thing and not _CREDENTIAL_WORD.search(thing):
        # "| Certification | ISO 26262 Functional Safety Engineer |" under "| Category | Requirement |": the
        # group says the ask is the credential, which read alone was met by the work (or an expired one);
        # "| Degree | Computer Science |" asks the degree, not the subject
        thing = f"{credential}: {thing}"
    rest = [
        c
        for c, r in zip(cells[at + 1 :], roles[at + 1 :], strict=True)
        if c and not re.fullmatch(r"[-: ]*", c) and r not in ("index", "priority", "group", "list")
    ]
    if not thing:
        return False
    # the level column, in the ladder's words ("Expert") or plain ones ("Deep" reads as Advanced)
    level_at = next((c for c in rest if level_cell(c) or skill_level(c) is not None), None)
    level = (level_cell(level_at) or level_at) if level_at is not None else None
    years = next((c for c in rest if _YEARS_CELL.fullmatch(c)), None)
    said = next((c for c in rest if c not in (level_at, years) and not _PRIORITY_CELL.fullmatch(c)), None)
    if years is not None:
        # "| AWS | 10+ |" under "Years": the bare number is years of it, at the level beside it if any
        amount = years if re.search(r"[a-z]", years, re.IGNORECASE) else f"{years} years"
        return [Requirement(f"{thing}: {amount}", "requirement", (), level)]
    if level is not None:
        # a skill's name at a level ("| Go | Expert |"); a level in plain words ("Hands-on") or a row naming
        # more than one thing ("| Cloud (AWS or GCP) | Advanced |") is an ask read as written, its level
        # checked on it as on a bullet's
        named = level_at == level and one_name(thing)
        return [Requirement(thing, "skill" if named else "requirement", (), level)]
    if said is not None and _SPOKEN_LEVEL_CELL.fullmatch(said):
        # "| Spanish | Native |": how well the language is spoken, which read alone any Spanish met
        return [Requirement(f"{thing} ({said})", "requirement")]
    if said is not None and re.search(r"\d|\byears?\b", said, re.IGNORECASE):
        return [Requirement(f"{thing}: {said}", "requirement")]
    detail = (
        next((i for i in range(at + 1, len(cells)) if cells[i] == said), None) if said is not None else None
    )
    if (
        said is not None
        and detail is not None
        and len(columns) == len(cells)
        and (_DETAIL_COLUMN.search(columns[detail]) or roles[detail] == "ask")
        and len(thing.split()) <= 3
        and len(said.split()) >= 2
    ):
        # "| Requirement | Details |" over "| Languages | C and C++ for microcontrollers |": a label, then what
        # is asked under it ("| Skill | Notes |" over "| LightGBM | for tabular data |" only comments on it)
        return [Requirement(f"{thing}: {said}", "requirement")]
    if said is not None and _asks_under_label(thing, said):
        # "| Certification | AWS |", "| Mobile | Flutter |": the first cell only groups, the ask is the word
        # or two beside it; read alone, "Certification" was met by any certificate, "Mobile" by any mobile work
        return [Requirement(f"{thing}: {said}", "requirement")]
    return [Requirement(thing, "requirement")]


# A cell saying how well a language is spoken ("Native", "Fluent", "C1", "Business level", "B2 or better").
_SPOKEN_LEVEL_CELL = re.compile(
    r"(?:native(?: speaker| or bilingual)?|bilingual|fluent|mother tongue|business(?: fluent| fluency)?|"
    r"conversational|full professional|professional working|[abc][12](?:\+| or (?:better|above|higher))?)"
    r"(?:\s*(?:level|proficiency|fluency|\(cefr\)|cefr))?",
    re.IGNORECASE,
)


# A group cell saying its row asks a credential ("Certification", "Licenses", "Degree"), and the words an ask
# that already says so uses ("CKA certification", "a valid licence", "a degree in physics").
_CREDENTIAL_LABEL = re.compile(
    r"(?:certifications?|certificates?|licen[cs]es?|accreditations?|degrees?)", re.I
)
_CREDENTIAL_WORD = re.compile(r"\b(?:certif\w*|licen[cs]\w*|accredit\w*|degrees?)\b", re.I)


# A cell that comments on the thing beside it ("for tabular data", "e.g. at a scale-up"), not an ask of its own.
_COMMENT_CELL = re.compile(r"(?:for|in|on|at|with|to|of|from|via|e\.g\.?|i\.e\.?|ideally|preferably)\b", re.I)


def _asks_under_label(thing: str, said: str) -> bool:
    """Whether a row's first cell is a label (a word or two naming no technology) and the word or two beside
    it the ask ("| Certification | AWS |", "| Industry | Automotive |", "| Mobile | Flutter |"), not a
    comment on it ("for tabular data"): read alone, the label was met by anything of its kind. A longer
    cell is left as before: read with the label glued on, its asks were met more often than labelled."""
    return (
        len(thing.split()) <= 2
        and len(said.split()) <= 2
        and not _names_technology(thing)
        and not _COMMENT_CELL.match(said)
        # "| Skill | Notes |" as a row: column words, not a label over an ask
        and not all(w in _COLUMN_WORDS for w in re.findall(r"[\w'’-]+", thing.casefold()))
    )


# A cell giving only an amount of time ("5+", "3-5 years", "10+ yrs"): how long the row's thing is wanted.
_YEARS_CELL = re.compile(
    r"(?:\d{1,2}(?:[.,]5)?\s*\+?|\d{1,2}\s*[-–]\s*\d{1,2})\s*(?:\+|(?:years?|yrs?\.?)\s*\+?)?", re.IGNORECASE
)


# How and where the job is worked ("Remote - Europe", "Full-time", "Hybrid (3 days in office)").
_WORK_MODE = re.compile(
    r"\b(?:full[- ]time|part[- ]time|permanent|temporary|freelance|internship|remote|hybrid|on[- ]?site|"
    r"in[- ]office)\b",
    re.IGNORECASE,
)
# The line under a title that names the employer and the place ("Harborline Inc. — Seattle, WA (on-site)",
# "Acme · Berlin · Full-time"): parts set apart by a dash, a bar, a middle dot or an at sign.
_BYLINE_SEPARATOR = re.compile(r"\s[—–|·@-]\s")
# A place closing a line under the title ("Parrotline AI, San Francisco, CA", "Nimbus Ltd, Leeds, UK").
_PLACE_TAIL = re.compile(r",\s*(?:[A-Z]{2}|USA|UAE)\s*(?:\([^)]*\))?$")
# The employer's name on its own under the title ("Western Counties NHS Foundation Trust", "Lakeshore
# Children's Hospital", "Nordvik Systems GmbH"): words in capitals closing on the kind of body it is.
_ORGANISATION = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+(?:(?:of|and|&|the|for)\s+)?){1,6}"
    r"(?:Trust|Ltd|Limited|Inc|LLC|GmbH|AG|SE|BV|B\.V|plc|PLC|Hospitals?|Clinics?|Council|Authority|University|"
    r"College|Foundation|Group|Partners|Health|Healthcare|Board|Agency|Ministry|Institute|Bank|Services|"
    r"Systems|Labs|Company|Corporation|Corp|Consulting|Solutions)\.?$"
)


def _groups_bullets(raw: str, line: str, below: str) -> bool:
    """A bullet of a word or two, naming no technology, with bullets indented under it: it names their group
    ("Programming", "Testing"), each bullet under it is the requirement."""
    indent = len(raw) - len(raw.lstrip())
    return (
        bool(_BULLET.match(below))
        and len(below) - len(below.lstrip()) > indent
        and len(line.split()) <= 3
        and not re.search(r"\d|[.!?]$", line)
        and not _ASKS.search(line)
        and not _names_technology(line)
    )


# Years said in brackets after a thing ("Node.js (4+ years)", "(min. 3 yrs)").
_BRACKET_YEARS = re.compile(r"\([^()]*\b\d+\+?\s*(?:years?|yrs?)\b[^()]*\)", re.IGNORECASE)
_AFTER_BRACKET = re.compile(r"(?<=\))\s*(?:,|;|&|\band\b|\bplus\b)\s*", re.IGNORECASE)


def _years_apart(text: str) -> list[str]:
    """ "Node.js (4+ years) and TypeScript (2+ years)": two things, each with its own years, are two asks;
    any other text is one."""
    pieces = [p.strip() for p in _AFTER_BRACKET.split(text.strip().rstrip(".")) if p.strip()]
    if len(pieces) < 2 or not all(_BRACKET_YEARS.search(p) for p in pieces):
        return [text]
    return pieces


def _bilingual_meta(line: str) -> bool:
    """ "Local / Location: Porto or remote": a fact of the job labelled in two languages."""
    head, colon, _ = line.partition(":")
    sides = _sides(head)
    return bool(colon) and len(sides) > 1 and any(_META.match(side + ":") for side in sides)


def _translates_blurb(part: str, lines: Sequence[str], at: int) -> bool:
    """A line in another language right above its English translation, a blurb ("A Farol Saúde ajuda
    hospitais ..." over "Farol Saúde helps private hospitals ..."): the same blurb, not an ask."""
    below = lines[at + 1].strip() if at + 1 < len(lines) else ""
    if (
        not below
        or _BULLET.match(lines[at + 1])
        or language_of(part) != "other"
        or language_of(below) == "other"
    ):
        return False
    return 0.5 <= len(below) / max(len(lines[at].strip()), 1) <= 2 and all(
        _is_blurb(s) for s in _sentences(below)
    )


def _listed_under_heading(lines: Sequence[str], at: int) -> bool:
    """Line ``at`` is one of a list of short unbulleted lines right under a heading ("Requirements" over
    "People management" / "Stakeholder management"): an item, not a heading of its own, unless bullets
    follow it ("Soft skills" over "- Team player")."""
    below = next((x for x in lines[at + 1 :] if x.strip()), "")
    if _BULLET.match(below):
        return False
    up = at - 1
    while up > 0 and lines[up].strip() and not _BULLET.match(lines[up]):
        above = lines[up].strip()
        if _is_heading(above.rstrip(":"), False) or above.endswith(":"):
            return not lines[up - 1].strip() or _SECTION_START.search(above) is not None
        if re.search(r"[.!?]$", above) or len(above.split()) > 16:
            return False
        up -= 1
    return False


def _follows_item(lines: Sequence[str], at: int) -> bool:
    """Line ``at`` comes straight under an unbulleted item of a terse list ("Swift" / "SwiftUI" / "Combine" /
    "App Store releases"): the list goes on, a heading is set apart by a blank line or a label of its own.
    The first line of the text is the title, not an item."""
    if at == 0 or not lines[at - 1].strip():
        return False
    above = lines[at - 1].strip()
    if not any(x.strip() for x in lines[: at - 1]):
        return False  # the line above is the posting's first: its title
    return (
        not _BULLET.match(lines[at - 1])
        and not re.search(r"[.!?:]$", above)
        and len(above.split()) <= 8
        and not above.startswith(("#", "|"))
        and not _is_heading(above, False)
        and not _META.match(above)
        # the line above is an item itself: it names a tool, asks, or follows one ("…see more" does not)
        and (_names_technology(above) or _ASKS.search(above) is not None or _follows_item(lines, at - 1))
    )


# A heading that opens a list of asks ("Requirements", "We're looking for someone with:").
_SECTION_START = re.compile(
    r"(?:requirements?|qualifications?|skills?|profile|must[- ]haves?|nice[- ]to[- ]haves?|looking for|"
    r"bring|expect|with|need|ideal)\W*$",
    re.IGNORECASE,
)


def _from_text(text: str) -> tuple[str | None, list[Requirement]]:
    title: str | None = None
    reqs: list[Requirement] = []
    first = True
    after_title = False  # the line below the title may be its byline
    blurb_section = False
    columns: list[str] = []  # the header row of the table being read
    sections: list[int] = []  # where each heading fell in ``reqs``
    lines = _unwrap(plain_lines(text))
    value_below = False  # the line above labelled a fact of the job; this line is its value
    for at, raw in enumerate(lines):
        if _SIGN_OFF.match(raw.strip()):
            if reqs:
                break  # "Best regards," - the rest is the signature
            continue  # "Thanks!" before anything is asked is not a requirement either
        framed = _FRAMED.match(raw)
        if framed:
            raw = framed.group(2)  # "— Requirements —", "=== Benefits ===": a heading between rules
        raw = _LANGUAGE_TAG.sub("", raw)
        markdown_heading = raw.lstrip().startswith("#")
        raw = raw.lstrip().lstrip("#") if markdown_heading else raw
        bullet = bool(_BULLET.match(raw))
        line = _BULLET.sub("", raw).strip()
        if bullet and first and not re.match(r"\s*(?:[-*•]|\d+[.)])\s", raw) and _is_title(line, True):
            bullet = False  # "🎮 Game Web Developer @ Pixel Otter": an emoji before the title is decoration
        if bullet and _DECORATION.match(raw) and _is_heading(line, False):
            bullet = False  # "🎯 What we're looking for": an emoji before a heading is decoration too
        if not line:
            continue
        value_below, fact_value = False, value_below
        if fact_value and not bullet and len(line.split()) <= 10:
            continue  # "Toronto, ON" under "locations": the value of a fact of the job
        if not bullet and _fact_label(line):
            value_below = True
            continue  # "time type" over "Full time", "Location" over "Remote (US)": a fact's label over its value
        byline, after_title = after_title, False
        if byline and not bullet and _BYLINE_SEPARATOR.search(line) and not _ASKS.search(line):
            after_title = True
            continue  # "Harborline Inc. — Seattle, WA (on-site)" under the title: who and where, not an ask
        if (
            byline
            and (not bullet or _DECORATION.match(raw))
            and (
                _DECORATION.match(raw)
                or _ORGANISATION.match(line)
                or _WORK_MODE.search(line)
                or _PAY.search(line)
                or _PLACE_TAIL.search(line)
            )
            # an aside in brackets says more of the place ("Toronto / Remote (Canada, Eastern time)")
            and len(re.sub(r"\([^)]*\)", " ", line).split()) <= 6
            and not re.search(r"[.!?]$|\brequir", line)  # "This role requires relocation." asks
            and not _ASKS.search(line)
            # a known technology asks ("Kotlin, remote"); a company's camel-cased name does not ("BlueHarbor")
            and not any(normalize_token(t.casefold()) in _TECH_TERMS for t in re.findall(r"[\w.+#-]+", line))
        ):
            after_title = True
            continue  # "📍 Berlin or remote", "💰 €70k–€85k", "Full-time" under the title: facts of the job
        below = next((x for x in lines[at + 1 :] if x.strip()), "")
        if bullet and _groups_bullets(raw, line, below):
            continue  # "1. Programming" over "a. Python", "b. SQL": the label of the bullets under it
        row = None if bullet else _table_row(line, header=_is_divider(below), columns=columns)
        if row is not None:
            first = False
            if row is False and re.search(r"\w", line):
                columns = _row_cells(line) or []  # the header row: what each column holds
            if isinstance(row, list):
                reqs.extend(marked(row))
            continue
        columns = []
        titled = _TITLE_META.match(line) if not bullet else None
        if titled:
            title, first = titled.group(2).strip(), False
            continue
        if not bullet and (_META.match(line) or _bilingual_meta(line)):
            first = False
            continue  # "Location: Amsterdam", "Team: Platform (8 engineers)": facts about the job
        if (
            (markdown_heading and not first)
            or (_is_heading(line, bullet) and not (first and _is_title(line, first)))
            or (
                not bullet
                and not first
                and len(line.split()) <= 4
                and not re.search(r":\s*\S", line)  # "Languages: English, Portuguese" names what it asks
                and not line[:1].islower()  # "npm package publishing": a heading opens in capitals
                and not _ASKS.search(line)
                and "." not in line
                and not _names_technology(line)
                and not _listed_under_heading(lines, at)
                and not _follows_item(lines, at)
            )
        ):
            first = False
            blurb_section = _blurb_heading(line)
            sections.append(len(reqs))
            continue  # a header: "Requirements:", "What you bring"
        if blurb_section:
            continue
        listed = (None if first or byline else _name_run(line) or _labelled_pairs(line)) or _inline_list(line)
        if listed is not None:
            first = False
            reqs.extend(Requirement(item[:300], "requirement") for item in listed)
            continue
        head, colon, rest = line.partition(":")
        if not bullet and first and colon and rest.strip() and _is_title(head, first):
            # "Senior backend engineer: Rust or Go, Kubernetes; mentoring." - a title, then the list it asks for.
            title, first = head.strip(), False
            for item in re.split(r"[;,]", rest):
                item = item.strip().rstrip(".").strip()
                if len(item) >= 3:
                    reqs.append(Requirement(item[:300], "requirement"))
            continue
        if not bullet and (_is_title(line, first) or (markdown_heading and first)):
            title = line.rstrip(".")
            first, after_title = False, True
            continue
        if not bullet and first:
            # "CTO, Series B startup. You have been a founder ...": the first sentence names the job
            opening, *more = _sentences(line)
            if more and _is_title(opening, True):
                title, line = opening.rstrip("."), " ".join(more)
        first = False
        named = labelled_names(line)
        if named:
            reqs.extend(Requirement(n, "requirement") for n in named)
            continue  # "Tech we use: GraphQL, Vue.js": each tool is asked, none meets the others
        skill = _skill_line(line)
        if skill is not None:
            reqs.append(skill)
            continue
        names = _names_only(line, bullet=bullet)
        if names:
            reqs.extend(Requirement(n, "requirement") for n in names)
            continue
        # an unpunctuated short line under a heading is an item of its list, not a sentence about the company
        listed_line = bool(sections) and not re.search(r"[.!?]$", line) and len(line.split()) <= 14
        # "- Knowledge of HL7; FHIR is an advantage": a bullet may carry a second, weighed ask
        parts = (
            (valued_apart(line) or [line]) if bullet else [a for s in _sentences(line) for a in asks_in(s)]
        )
        for part in parts:
            # "- Go", "- R", or "Go" on a line of its own in a list of lines
            short = len(part) < 3 and not (
                (bullet or part == line) and re.fullmatch(r"[A-Za-z][\w+#]?", part)
            )
            if bullet and part.endswith(":") and len(part.split()) <= 4:
                continue  # "- Languages:" introduces the bullets below it
            duty = None if bullet else _sought_duty(part)
            if duty is not None:
                part = duty  # "We're looking for someone to lead our group of 25": the duty is what is asked
            stack = None if bullet else stack_names(english_side(part))
            if stack:
                reqs.extend(Requirement(name, "requirement") for name in stack)
                continue  # "Our stack is Go, Java and Elixir on AWS": each tool the hire will work with
            if short or (
                not bullet
                and (
                    _is_blurb(english_side(part), describes=not listed_line)
                    or (not reqs and not sections and _describes_team(part))
                    or _is_heading(part.rstrip("."), False)
                    or _translates_blurb(part, lines, at)
                )
            ):
                # a blurb, or a heading run into the prose ("About you. You have ...")
                continue
            listed = (None if bullet else _asked_list(part)) or trailing_names(part)
            reqs.extend(Requirement(item[:300], "requirement") for item in listed or _years_apart(part))
    for at, req in enumerate(reqs):
        req.meta["section"] = bisect_right(sections, at)  # which heading the requirement was listed under
    return title, reqs


# Fields a hand-written job document adds to the JSON Resume job schema for what it asks ("requirements",
# "niceToHave", "must_have", "education", "languages", "certifications"), spelled in any case or separator.
_EXTRA_KEY = re.compile(
    r"(?:requirements?|musthaves?|nicetohaves?|goodtohaves?|bonus(?:points)?|preferred(?:qualifications)?|"
    r"minimumqualifications|basicqualifications|required(?:skills|qualifications)?|education|languages?|"
    r"certifications?|tools|technologies)"
)


def _field_items(value: Any) -> list[str]:
    """The asks a document field holds: a string, a list of strings, or a list of objects naming one
    ({"language": "German", "fluency": "B2"} -> "German: B2")."""
    out: list[str] = []
    if isinstance(value, Mapping) and any(isinstance(v, list | Mapping) for v in value.values()):
        # grouped asks ({"must": [...], "nice": [...]}): the groups' items, each an ask
        return [text for v in value.values() for text in _field_items(v)]
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, list):
            out.extend(_field_items(item))
        elif isinstance(item, str) and len(_listed_lines(item)) > 1:
            out.extend(_listed_lines(item))  # "- Run the on-call rota\n- Define SLOs": one ask a line
        elif isinstance(item, Mapping):
            words = [
                str(v).strip() for v in item.values() if isinstance(v, str | int | float) and str(v).strip()
            ]
            if words:
                out.append(words[0] + (": " + ", ".join(words[1:]) if len(words) > 1 else ""))
        elif isinstance(item, str | int | float) and str(item).strip():
            out.append(str(item).strip())
    return out


def _listed_lines(text: str) -> list[str]:
    """A document field's string written as a list of lines ("- A\n- B"), each line without its bullet;
    a single line (or one paragraph) is one item."""
    lines = [_BULLET.sub("", x).strip() for x in text.splitlines() if x.strip()]
    return lines if len(lines) > 1 else [text.strip()]


# The fields a JSON Resume job document asks with, to tell it inside a wrapper ({"job": {...}}).
_JOB_FIELDS = ("skills", "qualifications", "responsibilities", "experience")


def _skill_entries(value: Any) -> list[Any]:
    """The entries of a ``skills`` field: a list, or groups of them ({"languages": [...], "tools": [...]})."""
    if isinstance(value, Mapping):
        return [e for v in value.values() for e in _skill_entries(v)]
    if isinstance(value, list):
        return list(value)
    return [value] if isinstance(value, str) else []


def _from_document(job: Mapping[str, Any]) -> tuple[str | None, list[Requirement]]:
    if len(job) == 1:
        (inner,) = job.values()
        if isinstance(inner, Mapping) and any(k in inner for k in _JOB_FIELDS):
            job = inner  # {"job": {...}}: the document inside its wrapper
    reqs: list[Requirement] = []
    for skill in _skill_entries(job.get("skills")):
        name = (
            next((skill.get(k) for k in ("name", "skill", "title") if skill.get(k)), None)
            if isinstance(skill, Mapping)
            else None
        )
        if isinstance(skill, Mapping) and name:
            keywords = tuple(str(k) for k in skill.get("keywords") or [] if str(k).strip())
            level = str(skill["level"]) if skill.get("level") else None
            reqs.append(Requirement(str(name).strip(), "skill", keywords, level))
        elif isinstance(skill, str) and skill.strip():
            reqs.append(Requirement(skill.strip(), "skill"))
    for key, kind in (("qualifications", "qualification"), ("responsibilities", "responsibility")):
        reqs.extend(Requirement(text[:300], kind) for text in _field_items(job.get(key) or []))
    experience = job.get("experience") or []
    if isinstance(experience, Mapping):  # {"level": "Senior", "years": 5}: the level, and the years asked
        experience = [
            f"{v}+ years" if "year" in str(k).casefold() and isinstance(v, int | float) else v
            for k, v in experience.items()
        ]
    reqs.extend(Requirement(text[:300], "experience") for text in _field_items(experience))
    for key, value in job.items():
        if _EXTRA_KEY.fullmatch(re.sub(r"[\s_-]+", "", str(key)).casefold()):
            reqs.extend(Requirement(text[:300], "requirement") for text in _field_items(value))
    title = job.get("title") or job.get("position")
    return (str(title) if title else None), reqs


def _with_alternatives(req: Requirement) -> Requirement:
    """ "Experience with Airflow or Dagster": one ask met by either name, with each name in its place beneath
    it, so the report says which one is shown and never claims the other through it (a skill with its
    keywords is one ask already)."""
    if req.keywords or req.alternatives:
        return req
    alternatives = alternative_asks(req.text)
    return replace(req, alternatives=tuple(alternatives)) if alternatives else req


def parse_job(job: Any) -> tuple[str | None, list[Requirement]]:
    """(title, the first ``MAX_REQUIREMENTS`` requirements) of :func:`read_job`."""
    title, reqs = read_job(job)
    return title, reqs[:MAX_REQUIREMENTS]


def read_job(job: Any) -> tuple[str | None, list[Requirement]]:
    """(title, every requirement) from free text, a JSON string or a JSON Resume job document.

    Raises ``JobParseError`` when nothing reads as a requirement (say what to send instead)."""
    if isinstance(job, str):
        stripped = job.strip()
        if stripped.startswith("{"):
            try:
                job = json.loads(stripped)
            except ValueError:
                job = stripped
    if isinstance(job, Mapping):
        title, reqs = _from_document(job)
    else:
        title, reqs = _from_text(str(job))
        # a requirement in two languages is one: its English line or side is the one read
        reqs = [replace(r, text=english_side(r.text)) if r.kind == "requirement" else r for r in reqs]
        reqs = drop_translations(reqs, lambda r: r.text, lambda r: int(r.meta.get("section", 0)))
        # "Production experience with Kafka and Flink": two asks, once the English line is the one kept
        # "Polish and German" (a table cell, a bullet): each language asked, one may be held and not the other
        # "CAN drivers and LIN drivers": the head written after each name, each a thing of that kind asked
        reqs = [
            replace(r, text=name)
            for r in reqs
            for name in (
                (
                    r.kind == "requirement"
                    and (name_pair(r.text) or shared_head_names(r.text) or language_list(r.text))
                )
                or [r.text]
            )
        ]
    # "Kafka or Redpanda": one row, met by either, each alternative beneath it (a document's lines too)
    reqs = [_with_alternatives(r) for r in reqs]
    seen: set[str] = set()
    unique: list[Requirement] = []
    for req in reqs:
        key = req.text.casefold()
        if is_page_furniture(req.text):
            continue  # "+5 more" closing a listed line: the board's, not an ask
        if key not in seen and not (not req.keywords and asks_nothing(req.text)):  # "None required": no ask
            seen.add(key)
            unique.append(req)
    if not unique:
        raise JobParseError(
            "found no requirement in the job description: give one requirement per line (or bullet), "
            "sentences describing the candidate, or a JSON Resume job document with skills/qualifications"
        )
    return title, unique
