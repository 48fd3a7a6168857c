"""Questions a bag of words cannot answer: superlatives, recency and comparisons, resolved from facts.

Why: "What's her most popular project?" shares no word with "about 2,300 GitHub stars", and
"most recent job" is not a word in any passage — it is the work entry with the latest start.
So the question is read for what it ranks (jobs, projects, awards, ...) and by what (newest,
oldest, stars/downloads/adoption), and the passages are ranked by the facts they state: dates
in their titles and "Dates:" lines, star and download counts in their text. The answer is the
passage holding the deciding fact, placed first; the rest of the ranking is left as it was.
Questions about entries the question names ("how long was she at Cobalt?", "who before
Tidewater?", "is shoal more popular than ebbflow?") are resolved the same way, from the named
entries' date ranges and popularity figures.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from heyfolio.content.dates import DateError, parse_partial_date
from heyfolio.content.spans import month_bounds
from heyfolio.search.adjacent import BOTH_SIDES
from heyfolio.search.chunks import Chunk
from heyfolio.search.patterns import compiled
from heyfolio.search.text import analyze, expand, tokenize

__all__ = [
    "MORE_POPULAR",
    "Facts",
    "Superlative",
    "asks_between",
    "asks_duration",
    "asks_order",
    "asks_popularity",
    "kind_at_job",
    "named_hits",
    "of_ranked_job",
    "read_pitch",
    "read_superlative",
    "resolve_named",
    "resolve_period",
    "resolve_year",
]

# Questions about named entries that a bag of words ranks badly: "how long was she at Cobalt?"
# (the dated entry, not every passage naming Cobalt), "who did she work for before Tidewater?"
# (the entry just older than the named one), "is shoal more popular than ebbflow?" (each named
# project's popularity figure).
_DURATION = re.compile(
    r"\b(?:how long|how many (?:years|months)|since when|tenure|duration|when did (?:she|he|they|\w+) "
    r"(?:join|start|leave|quit|finish|graduate|begin|end|stop)|what year|which year|when was (?:she|he|they) at)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\b(?:before|prior to|preceding|until)\b", re.IGNORECASE)
_AFTER = re.compile(r"\b(?:after|following|since leaving|since)\b", re.IGNORECASE)
_MORE_POPULAR = re.compile(
    r"\bmore (?:popular|stars|starred|used|adopted|downloads|downloaded|successful|well[- ]known|contributors)\b|"
    r"\b(?:popular|starred|known|used|adopted)\w* than\b|\bwhich (?:one )?(?:has|got|is|was) (?:more|bigger|the most)(?! recent)|"
    r"\bbetter[- ]known\b|\bmost popular of\b",
    re.IGNORECASE,
)
MORE_POPULAR = _MORE_POPULAR
"""The cue of a popularity comparison ("more starred", "which got more"): what ``alternatives.compared``
drops from the compared sides."""
# "Which is older, ebbflow or schemadrift?", "which came first, CoderDojo or Pied Piper?": the named
# entries in the order of their dates (the question's answer is the first).
_ORDER_CMP = re.compile(
    r"\b(?:older|newer|earlier|later|more recent|came first|come first|started first|first|came later|most recent)\b",
    re.IGNORECASE,
)
_NEWER_FIRST = re.compile(r"\b(?:newer|later|more recent|came later|most recent)\b", re.IGNORECASE)


def asks_duration(question: str) -> str | None:
    """The question without its duration cue ("how many years", "since when") when it asks how long,
    else None: what is left names what lasted ("of Django does she have")."""
    if not _DURATION.search(question):
        return None
    return _DURATION.sub(" ", question)


def asks_order(question: str) -> bool | None:
    """For "which is older / came first / is more recent" questions: whether the newer comes
    first in the answer (True) or the older (False); None when the question orders nothing."""
    if not _ORDER_CMP.search(question) or not re.search(r"\b(?:or|than|and|vs\.?|versus)\b", question, re.I):
        return None
    return bool(_NEWER_FIRST.search(question))


# Words of an entry's name that do not single it out ("University of X", "Y Labs").
_GENERIC_NAME_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "a",
        "an",
        "at",
        "in",
        "on",
        "university",
        "college",
        "school",
        "institute",
        "technology",
        "labs",
        "lab",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "company",
        "group",
        "project",
        "open",
        "source",
        "team",
        "club",
    ]
)
_ENTRY_NAME_KINDS = ("work", "volunteer", "education", "project", "resume_project")

# "Why should we hire her?" asks for the case for the owner: the summary, the current role's
# results and what references say. "Which state is he in?" asks where the owner lives.
_PITCH = re.compile(
    r"\b(?:why (?:should|would|do|must) (?:we|i|you|anyone|they|(?:a|an|any|our|my|your|the|this) [\w-]+(?: [\w-]+)?)\b.*\b(?:hire|pick|choose|consider|interview|"
    r"employ|want|bring|recruit|engage|retain|shortlist|select|go with|take (?:her|him|them) on)|why (?:hire|her|him|them)\b|(?:good|great|strong|right) (?:hire|fit|candidate|choice)|"
    r"stand out|sell me|pitch|in a nutshell|elevator|claim to fame|what makes (?:her|him|them) (?:special|different|great|"
    r"unique|good)|"
    # a quality, not the first word of a compound noun ("strength coach", "strength and conditioning")
    r"strengths?\b(?!\s*(?:and|&|\+)\s*condition|\s+(?:coach|train|condition|athlet|sports?\b|program|test|"
    r"session|exercis|gain|lift|work\b|block|phase))|best qualities|unique selling|why (?:is|are) (?:she|he|they|(?!it\b|that\b|this\b|there\b)\w+) (?:good|great|a fit|ready|qualified|"
    r"suited|the right)|"
    r"what(?:'s|s| is) (?:her|his|their|\w+'s) (?:deal|story)\b|sum (?:her|him|them) up|summ(?:ed|ing)? up|sum(?:mari[sz]e)? (?:up )?(?:this|the|that|our|your) (?:candidate|applicant|person|profile)\b|in (?:one|a) (?:line|sentence|paragraph)|tl;?dr|"
    r"(?:quick|short|brief) (?:summary|overview|intro(?:duction)?|bio)|value (?:would|does|can) (?:she|he|they) (?:bring|add)|"
    r"case for (?:her|him|them|hiring|bringing|(?-i:[A-Z])[\w'-]+)|reasons? (?:to|why|for) (?:hire|hiring|pick|choose|bring|interview|her|him|them|"
    r"she|he|they)|reasons? to (?:\w+ ){1,2}(?:her|him|them)\b|reasons? (?:she|he|they|(?!it\b|that\b|this\b|there\b)\w+)(?:'d| would| will)? (?:be|is|are|make)|bring(?:ing)? (?:her|him|them) (?:on|onboard|"
    r"aboard|in)\b|(?:she|he|they)(?:'d| would| will) (?:be|make) (?:great|good|an asset|a (?:great|good|strong|solid) (?:hire|"
    r"addition|fit|engineer))|what (?:does|would|can|will) (?:she|he|they|\w+) bring|selling points?|"
    r"(?:biggest|greatest|proudest|main|top|key|best) (?:achi\w*ments?|accomplishments?|wins?|hits?)|"
    # "the numbers that would convince a CTO to hire her": the case for her, asked by its audience
    r"(?:convinc|persuad)\w* (?:[\w-]+ ){0,4}(?:to )?(?:hire|pick|choose|interview|shortlist|take on|bring on) "
    r"(?:her|him|them|(?-i:[A-Z])[\w'-]+)\b|"
    r"why (?:she|he|they) (?:is|are|would|'d|will) (?:be )?(?:a )?(?:good|great|strong|right|the right)|"
    # "why would Jonas fit a platform lead role?": the owner as the subject of fitting the role
    r"why (?:would|will|does|do|might) (?:she|he|they|(?!it\b|that\b|this\b|there\b)\w+) (?:be (?:a )?(?:good |great |strong )?)?"
    r"(?:fit|suit|match)\b|"
    # the owner's story asked whole ("what's her background?", "his bio?"): nothing qualifies it
    r"(?:her|his|their|\w+'s) (?:bio|background|summary|overview)\s*[?.!]*\s*$|^\s*bio\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
_WHERE = re.compile(
    r"\b(?:where (?:does|do|is|are) (?:she|he|they|\w+) (?:live|living|based|located|from|stay|reside)|"
    r"where (?:is|are) (?:she|he|they|\w+)(?: based| located| now)?\s*\??$|which (?:city|country|state|town|"
    r"region|province|part of)|what (?:city|country|state|town|region|province|time ?zone)|(?:home|current) "
    r"(?:city|town|country|base|location|state|region|province)|located|based (?:in|out of|where)|lives? in|"
    r"time ?zone|call(?:s)? home|home base|^\s*(?:is|are) (?:she|he|they) (?:still )?(?:in|near|around|based in|"
    r"located in|living in) (?:the )?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "Which city was the company he led based in?" asks where something else is, not the owner.
_OTHER_PLACE = re.compile(
    r"\b(?:compan(?:y|ies)|employers?|start-?ups?|firms?|business(?:es)?|offices?|headquarters|hq|universit(?:y|ies)|"
    r"colleges?|schools?|projects?|conferences?|clubs?)\b",
    re.IGNORECASE,
)

# Where the owner comes from is not where they live: left to search (the summary may say it).
_ORIGIN = re.compile(r"\b(?:originally|grow up|grew up|born|hometown|home town|hail)", re.IGNORECASE)


# "a job based in the US" asks about a role's place (work authorization, relocation), not the owner's.
_ROLE_PLACE = re.compile(
    r"\b(?:job|role|position|team|company|office|opening|work)s? (?:that(?:'s| is) )?(?:based|located) in\b",
    re.IGNORECASE,
)


def read_pitch(question: str) -> str | None:
    """``"pitch"`` for why-hire questions, ``"where"`` for where the owner lives, else None."""
    if _PITCH.search(question):
        return "pitch"
    if (
        _WHERE.search(question)
        and not _ORIGIN.search(question)
        and not _ROLE_PLACE.search(question)
        and not _OTHER_PLACE.search(question)
    ):
        return "where"
    return None


_TARGETS: tuple[tuple[str, frozenset[str]], ...] = (
    (r"jobs?|roles?|positions?|employers?|compan(?:y|ies)|gigs?|engagements?|contracts?|clients?|work|worked|posts? (?:she|he|they) held|titles?|careers?", frozenset({"work"})),
    # an app is shipped for an employer or a client as often as on one's own: "which app has the most
    # users?" ranks the downloads a job states too (``_APP_KINDS``)
    (r"apps?", frozenset({"project", "resume_project", "work"})),
    (r"projects?|repos?(?:itor(?:y|ies))?|libraries|library|tools?|open[- ]source|(?:things?|everything|anything|systems?|products?) (?:she|he|they|\w+)(?:'s|’s|'ve|’ve)? (?:has |have )?(?:ever )?"
     r"(?:built|made|created)", frozenset({"project", "resume_project"})),
    (r"awards?|prizes?|recognitions?", frozenset({"award"})),
    (r"papers?|publications?|talks?", frozenset({"publication"})),
    (r"posts?|articles?|blog posts?|blogs?|blogged|essays?|writing|wrote about|written about", frozenset({"post"})),
    (r"degrees?|studies|education|qualifications?", frozenset({"education"})),
    (r"certifications?|certificates?", frozenset({"certificate"})),
)  # fmt: skip
# "previous job", "her former employer": the newest entry that has ended (the current one is not it).
_PREVIOUS = r"previous|prior|former|past|last (?:full[- ]time )?(?:job|role|employer|company|position) before|(?:wrap(?:ped)?|wound) up|finished|ended|completed"
_NEWEST = r"most recent(?:ly)?|latest|newest|current|currently|present|last|recent|now|today|these days|rn"
# "where did his career start?", "where did she start out?": the career's beginning is its oldest job
_OLDEST = (
    r"first|earliest|oldest|original|initial|start(?:ed)? (?:her|his|their) (?:\w+ )?career|"
    r"(?:her|his|their|the) career (?:start(?:ed|s)?|beg[ai]n|kick(?:ed)? off)|start(?:ed|ing)? out|began|begin"
)
_POPULAR = (
    r"most popular|popular(?:ity)?|most starred|most stars|stars|best[- ]known|most (?:widely |heavily |commonly )?used|"
    r"most (?:widely )?adopted|most successful|"
    # how hard a project was is not stated: the strongest is the one the figures put first (the hardest
    # "thing" or "problem" is the pitch's results)
    r"(?:hardest|most (?:complex|challenging|difficult|ambitious|technically (?:challenging|demanding|complex))) "
    r"(?:[\w-]+ )?(?:projects?|repos?|librar(?:y|ies)|tools?|apps?)|"
    # "which project would you show a hiring manager first?": the one shown first is the strongest
    r"(?:show|recommend|send|share|present)(?: [\w-]+){0,5} first|"
    r"biggest|strongest|most (?:\w+ly )?impressive|best|most impact(?:ful)?|flagship|famous|well[- ]known|most[- ]downloaded|"
    r"stand-?out|stands? out|top|coolest|most (?:interesting|exciting|notable|remarkable)|signature|"
    r"crown(?:ing)? jewel|pride and joy|magnum opus|showpiece|masterpiece|"
    # "which of her projects would impress a director the most?": the strongest
    r"impress\w*(?: [\w-]+){0,4} (?:the )?most|"
    # "which project should I look at first?": the one to see first is a recommendation, not the oldest
    r"(?:look at|check out|see|read|open|start with|begin with|try) first|"
    r"(?:should|do|would|can|could) (?:i|we|you) (?:start|begin) with|"
    # "which project should I look at to judge his coding?": the one to see is a recommendation
    r"(?:should|would|could) (?:i|we) (?:look at|check out|read|review|ask (?:her|him|them) about|show|pick|"
    r"choose|highlight)|(?:had|have|got) to (?:pick|choose|show|name) (?:just )?(?:one|a single)|"
    # "if you could only show me one thing she made": the one to show is the strongest
    r"(?:could|can|may) only (?:pick|choose|show|name|see|look at)(?: me| us)? (?:one|a single)|"
    r"the one (?:[\w-]+ )?(?:project|repo|thing)|"
    r"(?:most|the most|best) (?:traction|attention|liked|love|loved|followed|received|adoption|users|contributors)"
)
_LEAST = r"fewest|least (?:popular|starred|known|used|adopted|successful|downloaded)|smallest|lowest (?:number of )?(?:stars|downloads)"
_LONGEST = r"longest|the most time|most years|(?:stayed|been|was|were) (?:the )?longest"
_SHORTEST = r"shortest|the least time|briefest"
# Verbs of staying with an employer: with a longest/shortest cue they rank jobs by how long they lasted
_TENURE_VERBS = r"stay(?:ed|s)?|stuck around|stick around|remain(?:ed)?|lasted"
# Words for an entry of any kind ("the most recent thing on his résumé", "her latest entry"), and the
# cues that rank every dated entry by date: only plain superlatives ("now" says what is current, not
# what is newest; the "first thing" on a résumé is the one at its top).
_ANY_ENTRY = r"things?|anything|entry|entries|items?|resume|résumé|cv|portfolio|everything"
_NEWEST_ANY = r"most recent|latest|newest|most recently"
_OLDEST_ANY = r"earliest|oldest"
_DATED_KINDS = frozenset(
    {
        "work",
        "education",
        "volunteer",
        "project",
        "resume_project",
        "award",
        "publication",
        "certificate",
        "post",
    }
)
_STARS = re.compile(
    r"(\d[\d,]*)\s+(?:GitHub\s+)?stars|(\d[\d,]*)\s+(?:people|users|developers|engineers)\s+(?:have\s+)?starred",
    re.IGNORECASE,
)
_DOWNLOADS = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s*(million|thousand|[mk])\b)?\s+downloads", re.IGNORECASE)
_SCALE = {"million": 1_000_000, "m": 1_000_000, "thousand": 1_000, "k": 1_000}
_ADOPTED = re.compile(r"\b(?:used in production|adopted by|in production at|used by)\b", re.IGNORECASE)
_DATE = re.compile(r"\b((?:19|20)\d\d)(?:-(\d\d))?")
_DATED = re.compile(r"\(((?:19|20)\d\d)(?:-(\d\d))?")
_SPAN = re.compile(
    r"\b((?:19|20)\d\d)(?:-(\d\d))?(?:-\d\d)? – (present|((?:19|20)\d\d)(?:-(\d\d))?(?:-\d\d)?)"
)


# "What does she do?", "what does he do for a living?", "what's her job?": what the owner does now,
# asked with nothing that narrows it (no employer, topic or time): the current job answers it.
_OCCUPATION = re.compile(
    r"^\s*(?:(?:so|and|ok(?:ay)?|hey|hi|um+|but|well|quick q(?:uestion)?)[,!:-]*\s+)*(?:"
    r"what (?:does|do) (?:she|he|they|\w+) (?:actually |exactly |currently |really )?do(?: exactly)?(?: these days|"
    r" nowadays| (?:right )?now| rn| atm| at the moment| at present| presently| currently| today| all day|"
    r" for (?:a living|work|money|her job|his job|their job|a job))?|"
    r"what(?: is|'s|s) it (?:that )?(?:she|he|they|\w+) (?:actually |really )?does(?: exactly)?|"
    r"what(?: is|'s|s) (?:her|his|their|\w+'s) (?:job|occupation|profession|line of work|day job|job title|title)"
    r"(?: now| these days| today| at the moment)?"
    r")\s*[?.!]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Superlative:
    kinds: frozenset[str]
    order: str  # newest | oldest | previous | popular | least (popular) | longest | shortest


# The notice an owner must give: asked of the current employer ("what notice would she have to give her
# current employer?"), it is a screening fact, not a ranking of jobs.
_NOTICE = re.compile(r"\bnotice\b")


# "paid in the bug bounty's first year", "in its first month": a period of a thing, not the oldest entry
_FIRST_PERIOD = re.compile(
    r"\b(?:first|initial) (?:few |two |three |six )?(?:years?|months?|weeks?|days?|quarters?)\b"
)


# "where did she present the boot-time work?": present as a verb (giving a talk), not the present time
_PRESENT_VERB = re.compile(
    r"\b((?:did|does|do|will|would|to|and|or|she|he|they)\s+"
    r"(?:(?!the\b|her\b|his\b|their\b|its\b|an?\b|my\b|your\b|our\b)\w+\s+)?)present\b"
)


def read_superlative(question: str) -> Superlative | None:
    """What the question ranks and by what, or None when it ranks nothing."""
    q = _PRESENT_VERB.sub(r"\1 ", _FIRST_PERIOD.sub(" ", question.casefold()))
    if _NOTICE.search(q):
        return None
    if _OCCUPATION.search(q):
        return Superlative(frozenset({"work"}), "newest")
    for pattern, kinds in _TARGETS:
        target = compiled(rf"\b(?:{pattern})\b").search(q)
        if not target:
            continue
        for order, cue in (
            ("longest", _LONGEST), ("shortest", _SHORTEST), ("least", _LEAST), ("popular", _POPULAR),
            ("previous", _PREVIOUS), ("newest", _NEWEST), ("oldest", _OLDEST),
        ):  # fmt: skip
            if compiled(rf"\b(?:{cue})\b").search(q):
                if order in ("popular", "least") and "project" not in kinds:
                    continue  # "biggest team" is not about stars
                if order in ("longest", "shortest") and not kinds & {"work", "education", "project"}:
                    continue  # only dated entries last
                if order == "previous" and "work" not in kinds:
                    continue  # a previous project or post is just an older one: not ranked
                if order not in ("popular", "least") and "project" in kinds:
                    kinds = kinds - {"work"}  # "her latest app" dates her projects, as before
                return Superlative(kinds, order)
        # no ranking fits this target ("best known ... work" ranks no job by stars): a later one may
        # ("... open source work" names projects)
    if re.search(rf"\b(?:{_TENURE_VERBS})\b", q):
        # "where did she stay the longest?": staying is said of employers, though none is named
        for order, cue in (("longest", _LONGEST), ("shortest", _SHORTEST)):
            if compiled(rf"\b(?:{cue})\b").search(q):
                return Superlative(frozenset({"work"}), order)
    if re.search(rf"\b(?:{_ANY_ENTRY})\b", q):
        # "the most recent thing on his résumé": the newest (oldest) dated entry of any kind
        for order, cue in (("newest", _NEWEST_ANY), ("oldest", _OLDEST_ANY)):
            if compiled(rf"\b(?:{cue})\b").search(q):
                return Superlative(_DATED_KINDS, order)
    if re.search(
        r"\b(?:doing|working on|up to|working)\b.*\b(?:now|today|these days|nowadays|lately|currently|rn|at the "
        r"moment)\b|\bcurrently\b",
        q,
    ):
        return Superlative(frozenset({"work"}), "newest")
    return None


def _years(start: str, end: str, today: dt.date) -> tuple[float, float] | None:
    """A dated title's range as fractional years, read as every part of the engine reads a span."""
    try:
        bounds = month_bounds(parse_partial_date(start), parse_partial_date(end), today)
    except DateError:  # "2019-13" in a hand-written Dates: line
        return None
    return None if bounds is None else (bounds[0] / 12, bounds[1] / 12)


def _base(uri: str) -> str:
    """``portfolio://projects/x#why`` -> ``portfolio://projects/x`` (a project's sections share it)."""
    head = uri.partition("#")[0]
    return head if head.startswith("portfolio://projects/") or head.startswith("portfolio://posts/") else uri


def _int(raw: str) -> int:
    return int(raw.replace(",", ""))


def _count(raw: str, scale: str | None) -> float:
    """A count a résumé rounds to its millions or thousands ("2.4 million") as a number."""
    return float(raw.replace(",", "")) * _SCALE.get((scale or "").casefold(), 1)


_DATED_ORDERS = ("newest", "oldest", "previous", "longest", "shortest")


class Facts:
    """Dates and popularity figures per passage family, read once per index."""

    def __init__(self, chunks: Sequence[Chunk], titles: Sequence[frozenset[str]] | None = None) -> None:
        self.chunks = chunks
        # Each passage's analysed title, once per index (the index passes the ones it built): matching
        # titles against a question then costs set lookups, not a stemmer run over every title on every
        # "how long"/comparison question (the search latency tail at 10k passages).
        self.titles: Sequence[frozenset[str]] = (
            titles if titles is not None else [frozenset(analyze(c.title)) for c in chunks]
        )
        self.date: dict[int, float] = {}
        self.length: dict[int, float] = {}  # how long a dated entry lasted, in years ("present": until today)
        self.ongoing: set[int] = set()  # entries dated "... – present"
        self.span: dict[int, tuple[float, float]] = {}  # a dated entry's (start, end) as fractional years
        today = dt.date.today()  # what "present" in a date range means
        self.popularity: dict[str, tuple[float, int]] = {}  # base uri -> (score, passage holding it)
        # the same figures stated by entries of other kinds (a job's highlight): ranked only when no
        # project states one
        self.popularity_elsewhere: dict[str, tuple[float, int]] = {}
        names: dict[str, str] = {}
        self.named: dict[str, list[int]] = {}  # an entry's distinctive name word -> its passages
        for i, c in enumerate(chunks):
            head = (
                c.title
                + "\n"
                + c.text.split("\n", 3)[0]
                + "\n"
                + "\n".join(
                    line for line in c.text.splitlines() if line.startswith(("Dates:", "Work experience:"))
                )
            )
            # the entry's own date, in brackets, before a date its name states ("CKAD - expired 2022-09
            # ... (2019-09)" was earned in 2019)
            m = _DATED.search(head) or _DATE.search(head)
            if m:
                self.date[i] = int(m.group(1)) + (int(m.group(2) or 1) - 1) / 12
            span = _SPAN.search(head)
            years = _years(span.group(0).partition(" – ")[0], span.group(3), today) if span else None
            if span and years:
                start, end = years
                self.length[i] = end - start
                self.span[i] = (start, end)
                if span.group(3) == "present":
                    self.ongoing.add(i)
            if c.kind == "project" and "#" not in c.id:
                names[c.title.casefold()] = _base(c.uri)
            if c.kind in _ENTRY_NAME_KINDS and not (c.kind == "project" and "#" in c.id):
                token = _name_token(c)
                if token:
                    self.named.setdefault(token, []).append(i)
        for i, c in enumerate(chunks):
            score = 0.0
            stars = [_int(m.group(1) or m.group(2)) for m in _STARS.finditer(c.text)]
            downloads = [_count(m.group(1), m.group(2)) for m in _DOWNLOADS.finditer(c.text)]
            if stars:
                score += max(stars)
            if downloads:
                score += max(downloads) / 100.0
            if score <= 0.0:
                continue
            key = _base(c.uri)
            if c.kind not in ("project", "resume_project"):
                # open source written as a job's highlight ("open-sourced ledgerlag; 1,400 GitHub stars")
                if score > self.popularity_elsewhere.get(key, (0.0, -1))[0]:
                    self.popularity_elsewhere[key] = (score, i)
                continue
            if score > self.popularity.get(key, (0.0, -1))[0]:
                self.popularity[key] = (score, i)
        self.quotes = _quoted_entries(chunks)
        # a dated entry's title without a trailing "(...)" qualifier, analysed: what _title_match reads
        self.entry_titles: dict[int, frozenset[str]] = {}
        for i in self.length:
            bare = _QUALIFIER.sub("", chunks[i].title)
            self.entry_titles[i] = self.titles[i] if bare == chunks[i].title else frozenset(analyze(bare))
        # adoption without figures ("used in production at three companies") ranks below any stars
        for i, c in enumerate(chunks):
            if c.kind in ("project", "resume_project") and _ADOPTED.search(c.text):
                key = _base(c.uri)
                if key not in self.popularity:
                    self.popularity[key] = (0.5, i)
        self.ids = {c.id: i for i, c in enumerate(chunks)}
        self.leaders = self._leaders()
        self.title_words = self._title_words()

    def _leaders(self) -> dict[tuple[str, str], list[int]]:
        """For each kind and each dated order (``_DATED_ORDERS``), its two first entries in that order.
        Why: a superlative's answer is the first two of its kinds' entries, and sorting every dated
        entry of a large index on each question ("what's her current job?") was the tail of search at
        100k passages; the first two of the kinds together are the first two of their first twos."""
        by_kind: dict[str, list[int]] = {}
        for i, c in enumerate(self.chunks):
            if (i in self.date or i in self.length) and not (c.kind in ("project", "post") and "#" in c.id):
                by_kind.setdefault(c.kind, []).append(i)
        out: dict[tuple[str, str], list[int]] = {}
        for kind, pool in by_kind.items():
            for order in _DATED_ORDERS:
                key, keep = self._dated_order(order)
                out[(kind, order)] = heapq.nsmallest(2, (i for i in pool if keep(i)), key=key)
        return out

    def _dated_order(self, order: str) -> tuple[Callable[[int], tuple[float, int]], Callable[[int], bool]]:
        """A dated order's sort key (ties by passage number) and the entries it ranks."""
        if order in ("longest", "shortest"):
            sign = -1.0 if order == "longest" else 1.0
            return (lambda i: (sign * self.length[i], i)), self.length.__contains__
        if order == "previous":
            return (lambda i: (-self.date[i], i)), (lambda i: i in self.date and i not in self.ongoing)
        sign = -1.0 if order == "newest" else 1.0
        return (lambda i: (sign * self.date[i], i)), self.date.__contains__

    def ranked(self, pool: Sequence[int], order: str, n: int) -> list[int]:
        """The first ``n`` of ``pool`` in a dated order (``_DATED_ORDERS``), among those it ranks."""
        key, keep = self._dated_order(order)
        return sorted((i for i in pool if keep(i)), key=key)[:n]

    def _title_words(self) -> dict[str, list[int]]:
        """Each word of a dated entry's title (``entry_titles``) -> the entries whose title has it, for
        the entries ``_title_match`` reads: it scores only those naming a word of the question."""
        out: dict[str, list[int]] = {}
        for i in self.length:
            c = self.chunks[i]
            if c.kind not in ("work", "volunteer", "education") and "#" in c.id:
                continue
            for word in self.entry_titles[i]:
                out.setdefault(word, []).append(i)
        return out

    def pitch(self, which: str) -> list[int]:
        """Passages for a why-hire question (summary, current role, a reference) or a where one."""
        ids = self.ids
        if which == "where":
            order = ["profile#basics", "faq#location", "faq#remote"]
        else:
            order = ["profile#basics", "profile#work/0", "profile#references/0", "profile#projects/0"]
        return [ids[k] for k in order if k in ids]

    def answer(self, sup: Superlative, limit: int) -> list[int]:
        """Passage numbers that answer the superlative, the deciding one first."""
        if sup.order in ("popular", "least"):
            sign = -1.0 if sup.order == "popular" else 1.0
            # the least popular is ranked by figures: adoption without one says nothing about it
            figures = [v for v in self.popularity.values() if sup.order == "popular" or v[0] >= 1.0]
            if "work" in sup.kinds or not any(v[0] >= 1.0 for v in figures):
                figures += self.popularity_elsewhere.values()
            ranked = sorted(figures, key=lambda item: (sign * item[0], item[1]))
            return [i for _, i in ranked[: max(1, limit - 2)]]
        # a dated order (``_DATED_ORDERS``): the first two of the first two of each kind asked
        key, _ = self._dated_order(sup.order)
        return sorted((i for kind in sup.kinds for i in self.leaders.get((kind, sup.order), ())), key=key)[:2]


# Entries a passage can name by their title: a talk, a paper, a post, a project, an award.
_QUOTABLE_KINDS = frozenset({"publication", "post", "project", "resume_project", "award"})
_QUOTE_MARKS = "'\"“”‘’«»"
_MIN_QUOTED_TITLE = 12  # a shorter title ("shoal") is a word, not a reference to a work


def _without_qualifier(title: str) -> str:
    """A passage title without its closing parenthesis ("Killing SSRF at scale (Spreecon 2022
    (conference talk), 2022-09)" -> "Killing SSRF at scale"): balanced, as a publisher's own
    parenthesis nests inside the one the title adds (a regular expression cannot count them)."""
    text = title.rstrip()
    if not text.endswith(")"):
        return text
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return text[:i].strip()
    return text


def _quoted_entries(chunks: Sequence[Chunk]) -> dict[int, list[int]]:
    """passage -> the entries whose title it quotes ("For the talk 'Batching fsync ...'", "I wrote
    about this in "Your Kubernetes operator is just a loop""). Why: a multi-hop question ("what did
    her award-winning talk show?") is answered by the entry the first passage points at, which
    shares few words with the question."""
    titles: dict[str, list[int]] = {}
    for i, c in enumerate(chunks):
        if c.kind not in _QUOTABLE_KINDS or ("#" in c.id.split("/", 1)[-1] and c.kind in ("project", "post")):
            continue
        name = _without_qualifier(c.title)
        if len(name) >= _MIN_QUOTED_TITLE:
            titles.setdefault(name.casefold(), []).append(i)
    out: dict[int, list[int]] = {}
    if not titles:
        return out
    pattern = re.compile(
        "["
        + re.escape(_QUOTE_MARKS)
        + "]("
        + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        + ")",
        re.IGNORECASE,
    )
    for i, c in enumerate(chunks):
        found: list[int] = []
        for m in pattern.finditer(c.text):
            found.extend(j for j in titles[m.group(1).casefold()] if j != i and j not in found)
        if found:
            out[i] = found
    return out


# "How well liked is her trace viewer?", "how many people use ledgerline?": popularity, not ranked.
_POPULARITY = re.compile(
    r"\b(?:popular(?:ity)?|stars?|starred|traction|(?:well|widely) (?:liked|received|known|used|adopted)|liked|"
    r"adoption|adopted|downloads?|downloaded|contributors?|contribute|community|users|used by|who uses)\b",
    re.IGNORECASE,
)


def asks_popularity(question: str) -> bool:
    """Whether the question ranks, compares or asks about popularity (stars, downloads, adoption)."""
    sup = read_superlative(question)
    if sup is not None:
        return sup.order in ("popular", "least")
    return bool(_MORE_POPULAR.search(question) or _POPULARITY.search(question))


_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def _title_match(facts: Facts, question: str) -> list[int]:
    """Dated entries whose title says what the question asks about ("how long did her internship
    last?" -> the "... Intern at ..." entry): the best by the question's words and their related
    words, ties kept (at most two)."""
    # the duration cue's own words ("how many years") say how to answer, not which entry: "years" is
    # not a match for "Licenciatura (five-year degree)"
    ideas = [
        {t: w for t, w in expand(term) if not t.startswith("kind:")}
        for term in dict.fromkeys(analyze(_DURATION.sub(" ", question)))
    ]
    scored: list[tuple[float, int]] = []
    # only the entries whose title names a word of an idea can score (``Facts.title_words``)
    named = {i for idea in ideas for t in idea for i in facts.title_words.get(t, ())}
    for i in sorted(named):
        words = facts.entry_titles[i]
        score = sum(max((w for t, w in idea.items() if t in words), default=0.0) for idea in ideas)
        if score >= 0.5:
            scored.append((score, i))
    if not scored:
        return []
    best = max(sc for sc, _ in scored)
    return [i for sc, i in sorted(scored, key=lambda x: (-x[0], x[1])) if sc == best][:2]


def _name_token(c: Chunk) -> str | None:
    """The word that names a dated entry: the company, school or organisation (its first keyword),
    or the project's title; its first word that is not generic ("Cobalt" of "Cobalt Payments")."""
    if c.kind in ("project", "resume_project"):
        name = re.sub(r"\s*\(.*\)$", "", c.title)
    else:
        name = c.keywords[0] if c.keywords else ""
    for token in tokenize(name):
        if len(token) >= 3 and token not in _GENERIC_NAME_WORDS and not token.isdigit():
            return token
    return None


# "Where was she working in 2016?", "what was he doing back in 2013?": the entries that year falls in.
_IN_YEAR = re.compile(r"\b(?:in|during|around|back in|as of|by)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_KINDS = ("work", "education", "volunteer")


def resolve_year(facts: Facts, question: str) -> list[int] | None:
    """The work, study and volunteering entries whose dates cover the year the question names (jobs
    first), or None: when the question names no year, or asks about another kind of thing ("which
    award did she win in 2022?" is answered by the award's own date, not by a job)."""
    m = _IN_YEAR.search(question)
    if not m:
        return None
    q = question.casefold()
    for pattern, kinds in _TARGETS:
        if re.search(rf"\b(?:{pattern})\b", q) and not kinds & set(_YEAR_KINDS):
            return None
    year = int(m.group(1))
    covering = [
        i
        for i, (start, end) in facts.span.items()
        if facts.chunks[i].kind in _YEAR_KINDS and start < year + 1 and end > year
    ]
    if not covering:
        return None
    covering.sort(key=lambda i: (_YEAR_KINDS.index(facts.chunks[i].kind), i))
    return covering[:2]


# A period the question names by two years: "between 2019 and 2021", "from 2018 to 2020", "2019-2021".
_PERIOD = re.compile(
    r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|till|through)\s+((?:19|20)\d\d)\b|"
    r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PERIOD_ENTRIES = 4  # entries brought for a period: the roles held then (often two at once), then study


def resolve_period(facts: Facts, question: str) -> list[int] | None:
    """The work, study and volunteering entries whose dates overlap the period the question names by
    two years ("what was she doing between 2019 and 2021?"), jobs first, the longest overlap first; None
    when it names none or asks about another kind of thing (``resolve_year``).

    Why: such a question shares no word with the roles that answer it; a recruiter reads the dates, and
    a period holds every role that ran in it (a main job and a part-time contract), not only the one
    that started in its first year."""
    m = _PERIOD.search(question)
    if not m:
        return None
    q = question.casefold()
    for pattern, kinds in _TARGETS:
        if re.search(rf"\b(?:{pattern})\b", q) and not kinds & set(_YEAR_KINDS):
            return None
    first, last = sorted(int(y) for y in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
    overlap = {
        i: min(end, last + 1) - max(start, first)
        for i, (start, end) in facts.span.items()
        if facts.chunks[i].kind in _YEAR_KINDS
    }
    covering = [i for i, o in overlap.items() if o > 0]
    if not covering:
        return None
    covering.sort(key=lambda i: (_YEAR_KINDS.index(facts.chunks[i].kind), -overlap[i], i))
    return covering[:_PERIOD_ENTRIES]


def _adjoining(facts: Facts, named: list[int], *, newer: bool) -> list[int] | None:
    """For "before/after <name>": the entry of the named one's kind just older (newer) by start date,
    then the one that ended last before it began (began first after it ended), then the named entry;
    None when the named entry is undated. A name held by several entries (a promotion: two roles at
    one employer) is one stretch: "before Kessler" is before the first of them, "after" after the
    last. Why the second candidate: a part-time job or a side contract that overlaps the named one
    is the entry just older by start, but the job left to join it is the one that ended."""
    kind = facts.chunks[named[0]].kind
    group = [
        i
        for i in named
        if facts.chunks[i].kind == kind
        and i in facts.date
        and (kind not in ("project", "post") or "#" not in facts.chunks[i].id)
    ]
    if not group:
        return None
    anchor = (
        max(group, key=lambda i: (facts.date[i], -i))
        if newer
        else min(group, key=lambda i: (facts.date[i], i))
    )
    others = set(group)
    same = sorted(
        (
            j
            for j, c in enumerate(facts.chunks)
            if c.kind == kind
            and j in facts.date
            and (j == anchor or j not in others)
            and (kind not in ("project", "post") or "#" not in c.id)
        ),
        key=lambda j: (facts.date[j], j),
    )
    k = same.index(anchor) + (1 if newer else -1)
    if not 0 <= k < len(same):
        return []
    out = [same[k]]
    if anchor in facts.span:
        start, end = facts.span[anchor]
        if newer:
            later = [
                j for j in same if j in facts.span and facts.span[j][0] >= end - _ADJOIN_SLACK and j != anchor
            ]
            closest = min(later, key=lambda j: (facts.span[j][0], j), default=None)
        else:
            earlier = [
                j
                for j in same
                if j in facts.span and j != anchor and facts.span[j][1] <= start + _ADJOIN_SLACK
            ]
            closest = max(earlier, key=lambda j: (facts.span[j][1], -j), default=None)
        if closest is not None and closest not in out:
            out.append(closest)
    return [*out, anchor]


_ADJOIN_SLACK = 0.25  # a quarter of a year: year-only dates and a month's gap between jobs still adjoin


# "Which tools did she build while at Cobalt?", "what did she write during her time at Tidewater?": the
# entries of the kind asked for that started within the named entry's dates.
_DURING = re.compile(
    r"\b(?:while|when) (?:she|he|they|\w+) (?:was|were) (?:at|with|working (?:at|for)|employed (?:at|by)|studying at)\b|"
    r"\bwhile (?:at|with|working (?:at|for)|employed (?:at|by)|studying at)\b|"
    r"\bduring (?:her|his|their) (?:time|years|stint|tenure|days|job|studies) (?:at|with)\b",
    re.IGNORECASE,
)
_DURING_LIMIT = 4


def _during(facts: Facts, question: str, tokens: list[str], hits: list[tuple[int, int]]) -> list[int]:
    """For "... while at <entry>" questions, the entries of the kind the question asks for (``_TARGETS``,
    not the named entry's own kind) that started within the named entry's dates, oldest first, then
    the named entry; [] when the question is not one."""
    m = _DURING.search(question)
    if not m:
        return []
    cue_pos = len(tokenize(question[: m.end()]))
    named = [i for pos, i in hits if 0 <= pos - cue_pos <= 3 and i in facts.span]
    if not named:
        return []
    entry = named[0]
    start, end = facts.span[entry]
    q = question.casefold()
    own = facts.chunks[entry].kind
    kinds = next(
        (k for pattern, k in _TARGETS if own not in k and re.search(rf"\b(?:{pattern})\b", q[: m.start()])),
        None,
    )
    if kinds is None:
        return []
    inside = sorted(
        (
            i
            for i, c in enumerate(facts.chunks)
            if c.kind in kinds
            and i in facts.date
            and not (c.kind in ("project", "post") and "#" in c.id)
            and start <= facts.date[i] < end
        ),
        key=lambda i: (facts.date[i], i),
    )
    return [*inside[:_DURING_LIMIT], entry] if inside else []


# "Where was she working when she filed the patent?", "what was he doing the year he won the hackathon?":
# the job held at the date of another entry (an award, a paper or talk, a release), which the question
# describes by what happened; the verb says which kind of entry that is.
_AT_THE_TIME = re.compile(
    r"\b(?:where (?:was|were|did) (?:she|he|they|\w+) (?:work|working|employed)|which (?:company|employer|job|role|firm|team)|what (?:company|employer|job|role|firm)|"
    r"who (?:was|were) (?:she|he|they|\w+) (?:working|employed) (?:for|by)|"
    r"what (?:was|were) (?:she|he|they|\w+) (?:doing|working on))\b"
    r".*?\b(?:when|while|the year|at the time) (?:she|he|they|\w+) (?P<verb>won|was awarded|got|received|earned|"
    r"published|wrote|gave|presented|spoke|filed|released|launched)\b(?P<event>.*)$",
    re.IGNORECASE,
)
_EVENT_KINDS = {
    "won": ("award",), "was awarded": ("award",), "got": ("award", "certificate"),
    "received": ("award", "certificate"), "earned": ("award", "certificate"),
    "published": ("publication",), "wrote": ("publication", "post"), "gave": ("publication",),
    "presented": ("publication",), "spoke": ("publication",), "filed": ("publication",),
    "released": ("project", "resume_project"), "launched": ("project", "resume_project"),
}  # fmt: skip
_EVENT_LIMIT = 2
_PART_TIME = re.compile(r"\bpart[- ]time\b", re.IGNORECASE)


def at_the_time(facts: Facts, question: str) -> list[int] | None:
    """For "which company was she at when she won the impact award?": the jobs whose dates hold the date
    of the entry the question describes after its verb (an award for "won", a paper or talk for "gave"),
    a full-time one first, then that entry; None when the question is not one, describes no such
    entry, or no job was held then."""
    m = _AT_THE_TIME.search(question)
    if not m:
        return None
    kinds = _EVENT_KINDS[re.sub(r"\s+", " ", m.group("verb").casefold())]
    words = frozenset(analyze(m.group("event")))
    scored = [
        (len(words & facts.titles[i]), i)
        for i in facts.date
        if facts.chunks[i].kind in kinds and not _section(facts.chunks[i])
    ]
    if not scored:
        return None
    best = max(sc for sc, _ in scored)
    events = [i for sc, i in scored if sc == best]
    if best == 0:
        return None  # "when she got her degree" names no award: not the one entry of that kind
    event = min(events, key=lambda i: (facts.date[i], i))
    when = facts.date[event]
    jobs = sorted(
        (
            i
            for i, (start, end) in facts.span.items()
            if facts.chunks[i].kind == "work" and start <= when <= end + _ADJOIN_SLACK
        ),
        # one whose own lines tell the event ("Co-inventor on a patent" of a job left two months before the
        # patent was published) first, then one held at that date before one that ended just before it;
        # a full-time job before a side one
        key=lambda i: (
            not words & frozenset(analyze(facts.chunks[i].text)),
            facts.span[i][1] < when,
            bool(_PART_TIME.search(facts.chunks[i].title)),
            -facts.span[i][0],
            i,
        ),
    )
    return [*jobs[:_EVENT_LIMIT], event] if jobs else None


# "What did she do between Pécule and Navette?": the entries dated in the gap between two named ones.
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
# "which did she like more between A and B?", "the difference between A and B": the two are compared
_BETWEEN_COMPARED = re.compile(
    r"\b(?:more|less|longer|shorter|better|worse|bigger|smaller|compar\w*|differ\w*|choose|pick|prefer\w*|"
    r"versus|vs)\b|\w+er than\b",
    re.IGNORECASE,
)
_BETWEEN_LIMIT = 3
_CAREER_KINDS = frozenset({"work", "education", "volunteer"})


def asks_between(question: str) -> bool:
    """Whether the question asks what lies between two entries ("between Pécule and Navette"), not
    which of two is more or better (a comparison)."""
    return bool(_BETWEEN.search(question)) and not _BETWEEN_COMPARED.search(question)


def _between(facts: Facts, question: str, tokens: list[str], hits: list[tuple[int, int]]) -> list[int]:
    """For "between <entry> and <entry>": the entries of the named ones' kind (else a course of study) that started after the older one began and no later than the newer one began and that
    ended once the older one had, oldest first, then the two named entries; [] when the question is not
    one or nothing lies between them."""
    m = _BETWEEN.search(question)
    if not m or not asks_between(question):
        return []
    cue_pos = len(tokenize(question[: m.end()]))
    named_by: dict[str, list[int]] = {}  # the dated entries of each name after the cue
    for pos, i in hits:
        if pos >= cue_pos and i in facts.span and not _section(facts.chunks[i]):
            named_by.setdefault(tokens[pos], []).append(i)
    if len(named_by) != 2:
        return []
    # a name held by a job and a project ("Sentier"): the stretch of the career is the job
    by_name = {
        t: min(found, key=lambda i: (facts.chunks[i].kind not in _CAREER_KINDS, facts.span[i][0], i))
        for t, found in named_by.items()
    }
    older, newer = sorted(by_name.values(), key=lambda i: (facts.span[i][0], i))
    if older == newer:
        return []
    (older_start, older_end), newer_start = facts.span[older], facts.span[newer][0]
    named = set(by_name.values())
    # every entry of a named employer is one of the named stretches (a promotion), not a gap's entry
    same_org = {_org(facts.chunks[i].title) for i in named}
    for kinds in ({facts.chunks[older].kind}, {"education"}):
        inside = sorted(
            (
                i
                for i, c in enumerate(facts.chunks)
                if c.kind in kinds
                and i in facts.span
                and i not in named
                and not _section(c)
                and _org(c.title) not in same_org
                and older_start < facts.span[i][0] <= newer_start + _ADJOIN_SLACK
                and facts.span[i][1] >= older_end - _ADJOIN_SLACK
            ),
            key=lambda i: (facts.span[i][0], i),
        )
        if inside:
            return [*inside[:_BETWEEN_LIMIT], older, newer]
    return []


def _section(chunk: Chunk) -> bool:
    """A project's or post's own section passage ("#why"), not the entry itself."""
    return chunk.kind in ("project", "post") and "#" in chunk.id


def _org(title: str) -> str:
    """The organisation of an entry's title ("Engineer at Pécule" -> "pécule"), else the whole title."""
    return title.rpartition(" at ")[2].casefold()


# "which of her talks is about her current job?", "what projects did he do at his previous job?": the
# kind of entry asked for leads the question; the job, ranked by the superlative, only places it
_ASKED_KIND = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?|but|hey)\W+)*(?:which|what|any)(?: (?:ones?|kinds?))?(?: of)?"
    r"(?: (?:her|his|their|the))? ([\w-]+)",
    re.IGNORECASE,
)


def kind_at_job(question: str, sup: Superlative | None) -> frozenset[str] | None:
    """The kinds of entry a question asks for at a job its superlative ranks ("which of her talks ...
    at her current job?": publications), or None when it asks for the jobs themselves."""
    if sup is None or "work" not in sup.kinds or sup.order not in ("newest", "previous"):
        return None
    m = _ASKED_KIND.search(question)
    if not m:
        return None
    head = m.group(1).casefold()
    return next((k for p, k in _TARGETS if "work" not in k and re.fullmatch(p, head)), None)


def of_ranked_job(facts: Facts, question: str, sup: Superlative, limit: int = _DURING_LIMIT) -> list[int]:
    """For a question asking for entries of another kind than jobs placed at a job a superlative ranks
    ("which of her talks is about the Kafka work at her current job?"): the entries of the kind asked
    dated within that job's dates, those sharing most words with the question first, then the job;
    [] when the question asks for jobs, names no such job, or nothing of the kind falls in it."""
    kinds = kind_at_job(question, sup)
    jobs = facts.answer(sup, 1) if kinds is not None else []
    if kinds is None or not jobs or jobs[0] not in facts.span:
        return []
    job = jobs[0]
    start, end = facts.span[job]
    asked = frozenset(analyze(question))
    org = re.sub(r"\s*\([^()]*\)$", "", _org(facts.chunks[job].title))

    def rank(i: int) -> tuple[bool, int, float, int]:
        text = facts.chunks[i].text
        # one naming the employer ("for Cobalt Payments") was made in the job, not beside it
        return (org not in text.casefold(), -len(asked & frozenset(analyze(text))), facts.date[i], i)

    inside = sorted(
        (
            i
            for i, c in enumerate(facts.chunks)
            if c.kind in kinds and i in facts.date and not _section(c) and start <= facts.date[i] <= end
        ),
        key=rank,
    )
    return [*inside[:limit], job] if inside else []


def named_hits(named: Mapping[str, Sequence[int]], tokens: Sequence[str]) -> list[tuple[int, int]]:
    """``(position in the question, passage)`` for each passage a word of the question names
    (``Facts.named``): each passage once, at the first word naming it, in the order the words and
    their passages come.

    Why a set of the passages seen: on a large index a name word is on thousands of passages, and a
    pass over the hits so far for each of them made this quadratic (~2 ms of a question at 100k
    passages)."""
    hits: list[tuple[int, int]] = []
    seen: set[int] = set()
    for pos, token in enumerate(tokens):
        for i in named.get(token, ()):
            if i not in seen:
                seen.add(i)
                hits.append((pos, i))
    return hits


# What a question asks for when it asks about a job ("who did she work for ...", "which company ...")
_JOB_ASKED = re.compile(
    r"\b(?:work|worked|working|jobs?|employers?|compan(?:y|ies)|roles?|positions?|hired|employed)\b",
    re.IGNORECASE,
)


def resolve_named(facts: Facts, question: str) -> list[int] | None:
    """Passages that answer a question about named entries, deciding one first, or None.

    - duration ("how long was she at Cobalt?", "when did she start ledgerline?"): the named entry;
    - order ("who did she work for before Tidewater?"): the entry of the same kind just older
      (before) or newer (after) than the named one, then the named one;
    - popularity comparison ("is shoal more popular than ebbflow?"): each named project's
      popularity figure, the more popular first."""
    tokens = tokenize(question)
    hits = named_hits(facts.named, tokens)
    if not hits:
        return _title_match(facts, question) or None if _DURATION.search(question) else None
    chunks = facts.chunks
    if _ORDER_CMP.search(question):
        by_name: dict[str, int] = {}  # one dated passage per name the question mentions
        for pos, i in hits:
            if i in facts.date:
                by_name.setdefault(tokens[pos], i)
        if len(by_name) >= 2:
            newer_first = bool(_NEWER_FIRST.search(question))
            return sorted(by_name.values(), key=lambda i: ((-1 if newer_first else 1) * facts.date[i], i))
    if _MORE_POPULAR.search(question):
        families = {_base(chunks[i].uri) for _, i in hits if chunks[i].kind in ("project", "resume_project")}
        if len(families) >= 2:
            ranked = sorted(families, key=lambda f: (-facts.popularity.get(f, (0.0, 0))[0], f))
            out = []
            for f in ranked:
                if f in facts.popularity:
                    out.append(facts.popularity[f][1])
                else:
                    out.extend(i for _, i in hits if _base(chunks[i].uri) == f)
            return out
    during = _during(facts, question, tokens, hits) or _between(facts, question, tokens, hits)
    if during:
        return during
    for cue, newer in ((_BEFORE, False), (_AFTER, True)):
        m = cue.search(question)
        if not m or BOTH_SIDES.search(question):  # "deploy time before vs after at Tidewell?": a change
            continue
        cue_pos = len(tokenize(question[: m.start()]))
        near = [(pos, i) for pos, i in hits if 0 < pos - cue_pos <= 4 and i in facts.date]
        if not near:
            continue
        named = [i for pos, i in near if tokens[pos] == tokens[near[0][0]]]
        if _JOB_ASKED.search(question[: m.start()]):
            # "who did she work for right after Sentier?": the job there, not a project named after it
            named = [i for i in named if facts.chunks[i].kind == "work"] or named
        found = _adjoining(facts, named, newer=newer)
        if found is None:
            continue
        return found or None
    if _DURATION.search(question):
        dated = [i for _, i in hits if i in facts.length]
        if dated:
            return dated[:2]
    return None
