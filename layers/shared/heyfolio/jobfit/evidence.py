"""What the portfolio shows, in the shapes a job requirement is checked against.

Why: a requirement is judged on evidence, not on a search score. Each passage is cut into
sentences (each keeps its passage's citation); on top of the words, the few facts postings
quantify are read once: career length, years stated for a topic, the largest group led,
degrees, spoken languages and listed skills with their levels.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from heyfolio.content.model import PartialDate, Portfolio
from heyfolio.content.spans import month_bounds
from heyfolio.jobfit.builders import builds_software, software_titled
from heyfolio.jobfit.career import is_field_work, teaching_asked, teaching_post
from heyfolio.jobfit.duties import built_lines, dated_highlights, names_run
from heyfolio.jobfit.industry import academic_post
from heyfolio.jobfit.past_years import without_past_years
from heyfolio.jobfit.phrasal import open_terms
from heyfolio.jobfit.served_teams import without_teams_served
from heyfolio.jobfit.skillyears import now_terms
from heyfolio.jobfit.stack import lower_case_names, named_tools
from heyfolio.jobfit.teams import TEAMS_LED, TEAMS_LED_ASK, leads_teams
from heyfolio.jobfit.wishes import without_wished_role
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze, category_members

__all__ = [
    "DEGREE_PATTERNS",
    "NUMBER",
    "Corpus",
    "Sentence",
    "build_corpus",
    "norm_text",
    "number_value",
    "years_head",
]

_TEAMS_COUNT = r"(?:multiple|several|many|both|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# Job-ad phrasings read as one thing, on both the requirement and the evidence side.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "across multiple teams": scope over several teams, which a count of teams shows (not collaboration)
    (re.compile(r"\bacross " + _TEAMS_COUNT + r" (?:[\w-]+ ){0,2}teams\b", re.I), " multiteam "),
    # "run on-call across teams": the same scope, its count left out
    (re.compile(r"\bacross (?:(?:the|our|all|your|its)\s+)?teams\b", re.I), " multiteam "),
    (re.compile(r"\bcross[- ]functional\b", re.I), " crossteam "),
    # "the public sector" is government work, shown by public bodies and agencies, not by a word "public"
    # ("a public bug bounty", a publication)
    (
        re.compile(
            r"\bpublic[- ]sector\b|"
            r"\bpublic (?:[\w-]+ ){0,4}?(?:bod(?:y|ies)|agenc(?:y|ies)|administrations?)\b|"
            r"\bgovernment(?:al)?\b",
            re.I,
        ),
        " publicsector ",
    ),
    (
        re.compile(r"\bacross (?:[\w-]+ ){0,3}(?:teams|departments|functions|disciplines)\b", re.I),
        " crossteam ",
    ),
    # work done with another discipline's team ("with the data science team", "alongside the risk team")
    (
        re.compile(
            r"\b(?:with|alongside|together with|partnered with|partnering with|for) (?:the |our |a |two |three )?"
            r"(?:data science|product|design|finance|risk|operations|marketing|sales|legal|compliance|clinical|"
            r"research|analytics|business|hardware|customer success|support) (?:and [\w-]+ )?teams?\b",
            re.I,
        ),
        " crossteam ",
    ),
    # managing people by any of its names: "line management", "line-manage", "a line manager", and
    # "disciplinary leadership" (German-English ads), which is not leading a discipline; "direct" line or
    # people management is that same job (the people report to the manager), no other word to show
    (
        re.compile(
            r"\b(?:direct\s+)?line[- ]manag(?:e|es|ed|ing|ement|er|ers)\b|\bdirect\s+people\s+management\b|"
            r"\bdisciplinary\s+(?:leadership|management|lead)\b|"
            # "with line responsibility", "personnel responsibility" (German "Personalverantwortung")
            r"\b(?:line|personnel|disciplinary)[- ](?:responsibility|authority)\b",
            re.I,
        ),
        " people management ",
    ),
    (re.compile(r"\bdesign doc(?:ument)?s?\b", re.I), " rfc "),
    (re.compile(r"\bincident response\b", re.I), " incident "),
    # an operation that may be repeated without a second effect: "safe to retry" is idempotent
    (re.compile(r"\bsafe to retry\b|\bretry[- ]safe\b", re.I), " idempotent "),
    # "running hiring loops": the interviews of a hiring process, no loop of its own
    (re.compile(r"\b(?:hiring|interview(?:ing)?)\s+loops?\b", re.I), " hiring interviews "),
    (re.compile(r"\bcross[- ]team\b", re.I), " crossteam "),
    # "e-commerce" would index as "e" and "commerce" (an "E-bike" and a company called "Commerce")
    (re.compile(r"\be-commerce\b", re.I), " ecommerce "),
    (re.compile(r"\bblameless\b|\bwithout blame\b|\bblame[- ]free\b", re.I), " blameless "),
    (re.compile(r"\binfrastructure[- ]as[- ]code\b|\bIaC\b", re.I), " iac "),
    (re.compile(r"\bpost[- ]mortems?\b", re.I), " postmortem "),
    # a manager's talks with each report, in digits or words: "1:1s", "1-on-1s", "one-to-ones", "one on ones";
    # how often they are held is not part of them ("regular 1:1s" are shown by weekly ones)
    (
        re.compile(
            r"(?:\b(?:regular|weekly|biweekly|bi-weekly|fortnightly|monthly|frequent)\s+)?"
            r"(?<![\w:])(?:1\s?[:-]\s?1s?|1[- ]on[- ]1s?|one[- ](?:to|on)[- ]ones?)(?![\w:])",
            re.I,
        ),
        " oneonone ",
    ),
    (re.compile(r"\btrade[- ]?offs?\b", re.I), " tradeoffs "),  # "trade-offs" would index as "trade"
    # a discipline, not a product and its management: "2+ years of product management"; a product owner
    # holds the product manager's role under Scrum's name ("Senior Product Owner" is product management)
    (re.compile(r"\bproduct[- ](?:manag(?:er|ers|ement)|owners?|ownership)\b", re.I), " productmanagement "),
    (re.compile(r"\bproject[- ]manag(?:er|ers|ement)\b", re.I), " projectmanagement "),
    # "Before starting Pied Piper", "co-founded Acme": founding a company
    (
        re.compile(
            r"\b(?:started|starting|co-?founded|founded|founding)\s+(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*"
        ),
        " founder startup ",
    ),
    # a UI component library and its rules: one thing, not "design" and "systems"
    # ("Design systems that scale" is designing systems; "a design system for mobile" is the thing)
    (
        re.compile(r"\b(?:an?|the|our|your|their|its|my|shared)\s+design[- ]systems?\b", re.I),
        " designsystem ",
    ),
    (
        re.compile(r"\bdesign[- ]systems?\b(?!\s+(?:that|which|to|for|with|at|in|of|using)\b)", re.I),
        " designsystem ",
    ),
)


# Said only by the content: a count of teams is work over several teams ("Manage the Pricing and Carrier teams
# (two teams, 13 engineers)" shows "10+ engineers across multiple teams"), as is work across teams. Not on the
# requirement side, where "manage two teams" asks that count.
_EVIDENCE_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b" + _TEAMS_COUNT + r"\s+(?:[\w-]+\s+){0,2}?(?:teams|squads)\b", re.I), " multiteam "),
    (re.compile(r"\bacross (?:[\w-]+ ){0,3}teams\b", re.I), " multiteam "),
)


_LED_FOR_TEAM = re.compile(
    r"\b((?:tech(?:nical)? lead|team lead|lead|leader|manager|head)(?: experience)?) for (?=(?:the |our |a |an )?(?:[\w-]+ ){1,3}?teams?\b)",
    re.IGNORECASE,
)


_DIRECT_REPORTS = re.compile(r"\bdirect[- ]reports?\b", re.IGNORECASE)


def norm_text(text: str, *, keep: bool = True) -> str:
    """``text`` with job-ad phrasings folded: added after the original words (evidence), or in
    their place (``keep=False``: a requirement, whose words must all be shown)."""
    if not keep:
        text = TEAMS_LED_ASK.sub(TEAMS_LED, text)  # "manage multiple teams": teams led, counted
        # "Tech lead for a research team": the team led, not another discipline's team worked with
        text = _LED_FOR_TEAM.sub(r"\1 ", text)
        # "5+ direct reports", "managing engineers with direct reports": people managed, no words of their own
        # to find (only on the ask side: a résumé says "no direct reports" as often as it has them)
        text = _DIRECT_REPORTS.sub(" people management ", text)
        for pattern, repl in _REWRITES:
            # "OpenTelemetry across teams": where the thing is used, not a longer name for it
            text = pattern.sub(", crossteam " if repl == " crossteam " else repl, text)
        return text
    extra = [repl for pattern, repl in (*_REWRITES, *_EVIDENCE_REWRITES) if pattern.search(text)]
    if leads_teams(text):
        extra.append(TEAMS_LED)
    return text + (" " + " ".join(extra) if extra else "")


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "dozen": 12,
}  # fmt: skip
# a number word is a word of its own: "ten" is no count inside "frontend", nor "one" inside "component"
_NUM = r"(\d{1,4}(?:,\d{3})*|\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b)"
NUMBER = _NUM  # a count written in digits or words, as a regex group
# The certificate line's own wording ("Certificate: CKA issued by The Linux Foundation").
_ISSUED_BY = re.compile(r"\bissued by\b")


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])|\n")
_YEARS_OF = re.compile(_NUM + r"\+?\s+years?\s+(?:of\s+)?(\w[\w\s-]{0,60})", re.IGNORECASE)
# Where the thing a number of years is of ends: "ten years of shipping native apps | for iPhone and Android",
# "six years of experience | in Python". A preposition opens what the work was for or done with.
_YEARS_QUALIFIER = re.compile(r"\s(?:in|with|using|for|at|on|across|to|from|via)\s", re.IGNORECASE)
# Words that say the years were work, not what they were of ("years of professional experience in Go").
_YEARS_NOT_TOPIC = re.compile(
    r"^(?:\s|\b(?:of|professional|commercial|industry|hands-on|relevant|experience|work|working)\b)*$",
    re.IGNORECASE,
)


def years_head(phrase: str) -> str:
    """What a number of years is of: the phrase up to its first qualifier ("ten years building mobile apps
    for banks" are years of mobile apps, not of banking). Why: a summary's "ten years of native apps for
    iPhone and Android" supports the broad skill, not ten years of each platform named after it. A lead-in
    that only says the years were work ("of experience in Python") passes to the thing after it."""
    parts = _YEARS_QUALIFIER.split(" " + phrase + " ")
    return next((p.strip() for p in parts if not _YEARS_NOT_TOPIC.match(p)), phrase.strip())


# "twelve years of bare-metal work on ARM Cortex-M": the platform the years of work ran on, up to what follows it
_YEARS_ON = re.compile(r"^(?P<work>.+?)\son\s(?P<platform>.+)$", re.IGNORECASE)


def years_platform(phrase: str) -> str | None:
    """What the stated years of work ran on ("twelve years of bare-metal and RTOS work on ARM Cortex-M"):
    years of work on a platform are years on it, as a recruiter reads them; what the work was for ("apps
    for iPhone and Android") stays apart (``years_head``)."""
    m = _YEARS_ON.match(phrase.strip())
    if (
        m is None
        or _YEARS_NOT_TOPIC.match(m.group("work"))
        or _YEARS_QUALIFIER.search(f" {m.group('work')} ")
    ):
        return None
    platform = _YEARS_QUALIFIER.split(f" {m.group('platform')} ", maxsplit=1)[0].strip()
    return platform or None


# "Firmware engineer with twelve years of bare-metal work", "Mobile engineer from Montréal with ten years
# of shipping apps": a sentence opening with the owner's role, then the years they have in it.
_ROLE_WITH_YEARS = re.compile(
    r"^\s*(?:i am |i'm )?(?:an? )?(?P<role>[a-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+"
    r"(?:(?:from|in|based in)\s+[^,;:]{1,40}?\s+)?with\s+(?:over |more than |nearly |almost |about )?"
    + _NUM
    + r"\+?\s+years?\b(?!\s+(?:in|at|as)\b)",
    re.IGNORECASE,
)
# A rank says how senior, not what the years were of: "staff engineer with twelve years" is no twelve years
# as a staff engineer; a role noun alone ("engineer") names no field either.
_RANK_WORDS = frozenset(
    str.split(
        "senior staff principal lead junior chief head mid mid-level experienced seasoned independent freelance"
    )
)
_ROLE_NOUNS = frozenset(
    analyze("engineer developer programmer consultant specialist professional practitioner expert")
)


def role_years(text: str) -> tuple[int, frozenset[str]] | None:
    """(years, the terms of the role's field) a sentence states of the role it opens with ("Firmware
    engineer with twelve years of ..." -> 12 years of firmware engineering), or None. Why: a recruiter reads
    that summary line as twelve years of firmware work; the years phrase itself names something else
    ("bare-metal work"), and the roles' titles may not repeat the field. Years "in" an industry are not
    years in the role (a career may have begun on a support desk)."""
    m = _ROLE_WITH_YEARS.match(text)
    if not m:
        return None
    years = number_value(m.group(2))
    words = [w for w in m.group("role").split() if w.casefold() not in _RANK_WORDS]
    terms = frozenset(analyze(" ".join(words)))
    if years is None or years >= 60 or not (terms - _ROLE_NOUNS):
        return None
    return years, terms


_PEOPLE = re.compile(
    _NUM + r"[\s-]*(?:\+\s*)?(?:-?person\s+|-?strong\s+)?(?:[\w-]+\s+){0,2}?"
    r"(engineers|people|developers|reports|direct reports|engineering managers|managers|staff|members)\b",
    re.IGNORECASE,
)
_PERSON_TEAM = re.compile(_NUM + r"-person\s+(?:[\w-]+\s+){0,2}team", re.IGNORECASE)
# "Led a team of 14 receptionists", "I manage a team of six": a group led, counted after "team of" whatever
# the people are called (their kind is checked against the ask's where the ask names one)
# ("Managed audit teams of up to 8": the teams one manages in turn, by the largest)
# ("Ran crews of up to 12 electricians", "Supervised a crew of 6": a site's crews are groups led directly as
# well; whether anyone was hired or reviewed, which people management is, is read apart)
_TEAM_LED_OF = re.compile(
    r"\b(?:led|lead|leads|leading|managed|manage|manages|managing|headed|heading|"
    r"ran|runs|running|supervised|supervises|supervising)\s+"
    r"(?:(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:team|crew|squad)|(?:[a-z][\w-]*\s+)?(?:teams|crews|squads))"
    r" of\s+(?:up to\s+)?" + _NUM + r"\b(?!\s*(?:%|percent))",
    re.IGNORECASE,
)
_LEAD_VERBS = re.compile(
    r"\b(led|lead|leading|lead of|managed|manage|managing|direction|directed|head|headed|tech lead|"
    r"technical lead|team lead|hiring|hired|mentored|supervised|ran|run|owned)\b|"
    # "own" as a verb, not "our own servers": whose, not who leads
    r"(?<!\bmy )(?<!\bour )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\byour )\bown\b",
    re.IGNORECASE,
)
# People counted as others beside the owner ("shipped with two other developers"): peers, not a group led.
_PEERS = re.compile(r"\bother\b", re.IGNORECASE)
# A group the owner joined or was one of ("Joined a five-person SRE team", "member of a team of 8"): its
# size is no group led, whatever else the sentence leads.
_JOINED_GROUP = re.compile(
    r"\b(?:joined|join|joining|member of|one of|part of)\s+(?:a|an|the|our|my)?\s*(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# Direction set for people one does not lead ("direction for 40 engineers across four teams"); "across" the
# places a group works in ("with five engineers across the Munich and Brno sites") is where, not a scope.
_STEER = re.compile(
    r"\b(direction|across(?!\s+(?:the\s+|two\s+|three\s+|several\s+|multiple\s+|our\s+)?(?:[A-Z][\w-]*\s+"
    r"(?:and\s+[A-Z][\w-]*\s+)?)?(?:sites?|offices?|locations?|cities|countries|time ?zones?|continents?|"
    r"campuses|hubs?)\b)|influence|steer|architecture for|standards for)\b",
    re.IGNORECASE,
)
_DEGREES = (
    ("phd", 4, re.compile(r"\b(ph\.?\s?d|doctor(ate)?|dphil)\b", re.I)),
    ("master", 3, re.compile(r"\b(masters?|m\.?sc|msc|m\.?s\.?|mba|m\.eng|meng|ma)\b", re.I)),
    (
        "bachelor",
        2,
        re.compile(r"\b(bachelors?|b\.?sc|bsc|b\.?s\.?|b\.?a\.?|b\.eng|beng|undergraduate)\b", re.I),
    ),
    ("associate", 1, re.compile(r"\b(associate|diploma)\b", re.I)),
)
DEGREE_PATTERNS = _DEGREES  # (name, rank, pattern), highest first
_FLUENCY = (
    (5, re.compile(r"\b(native|mother tongue|bilingual)\b", re.I)),
    (4, re.compile(r"\b(fluent|full professional|c1|c2|proficient|advanced)\b", re.I)),
    (3, re.compile(r"\b(professional|b2|upper[- ]intermediate|business)\b", re.I)),
    (2, re.compile(r"\b(limited working|conversational|b1|intermediate|working knowledge)\b", re.I)),
    (1, re.compile(r"\b(basic|elementary|a1|a2|beginner)\b", re.I)),
)
SKILL_LEVELS = {
    "beginner": 1, "novice": 1, "basic": 1, "elementary": 1, "junior": 1,
    "intermediate": 2, "working": 2, "competent": 2, "mid": 2, "mid-level": 2,
    "advanced": 3, "proficient": 3, "senior": 3, "strong": 3,
    "expert": 4, "master": 4, "mastery": 4, "guru": 4,
}  # fmt: skip


def number_value(word: str) -> int | None:
    """ "12", "1,200" or "twelve" as an int."""
    w = word.casefold().replace(",", "")
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def degree_rank(text: str) -> tuple[str, int] | None:
    """The highest degree named in ``text`` ("MSc" -> ("master", 3))."""
    for name, rank, pattern in _DEGREES:
        if pattern.search(text):
            return name, rank
    return None


def fluency_rank(text: str) -> int | None:
    for rank, pattern in _FLUENCY:
        if pattern.search(text):
            return rank
    return None


def skill_level(text: str | None) -> int | None:
    if not text:
        return None
    words = re.findall(r"[a-z-]+", text.casefold())
    ranks = [SKILL_LEVELS[w] for w in words if w in SKILL_LEVELS]
    return max(ranks) if ranks else None


@dataclass(frozen=True)
class Sentence:
    """One sentence of a passage, with the passage's citation and its analysed terms."""

    text: str
    uri: str
    title: str
    kind: str
    terms: frozenset[str]


@dataclass
class Corpus:
    """The portfolio as evidence."""

    sentences: list[Sentence]
    terms: dict[str, list[int]]  # term -> sentence numbers
    career_years: float
    stated_years: list[tuple[int, frozenset[str], int]]  # (years, topic terms, sentence number)
    people_led: list[tuple[int, int]]  # (people, sentence number): any group led or steered
    degrees: list[tuple[str, int, frozenset[str], int]]  # (degree, rank, area terms, sentence)
    languages: dict[str, tuple[int, int]]  # language term -> (fluency rank, sentence)
    skills: dict[frozenset[str], tuple[int | None, int]] = field(default_factory=dict)
    # skill-name terms -> (level rank, sentence)
    people_managed: list[tuple[int, int]] = field(default_factory=list)  # led directly, not "direction"
    # Dated entries (work, volunteering, projects): (start, end) in fractional years, their terms, a sentence.
    spans: list[tuple[float, float, frozenset[str], int]] = field(default_factory=list)
    lead_roles: list[int] = field(default_factory=list)  # sentences naming a lead role without a size
    # Work roles dated by the named things their highlights use (``stack``): the same shape as ``spans``.
    tool_spans: list[tuple[float, float, frozenset[str], int]] = field(default_factory=list)
    # Work roles dated by every word of their highlights: where the role was held ("Built the payment capture
    # service": a role in payments), read only for years asked in a sector (``sectors``).
    role_spans: list[tuple[float, float, frozenset[str], int]] = field(default_factory=list)
    # Work roles with the analysed terms, in order, of each highlight that built something: a thing asked
    # by name that a highlight built dates the role, for years asked of building it (``duties``).
    # Each also with the terms of the role's title and summary, which can show the rest of what is asked.
    highlight_spans: list[tuple[float, float, frozenset[str], tuple[tuple[str, ...], ...], int]] = field(
        default_factory=list
    )
    # Every listed skill: (terms of its name and keywords, level rank, sentence).
    skill_entries: list[tuple[frozenset[str], int | None, int]] = field(default_factory=list)
    # Each listed skill's name (its terms) -> the terms of each of its keywords: what the owner files under it.
    skill_keywords: dict[frozenset[str], tuple[frozenset[str], ...]] = field(default_factory=dict)
    # Work entries that are academic posts or student jobs (``industry.academic_post``), and the
    # career's years without them.
    academic: frozenset[str] = frozenset()
    industry_years: float = 0.0
    # The career's years without the roles around software that built none of it (``builders``): a product
    # owner's or business analyst's years are no years of software engineering.
    building_years: float = 0.0
    # Teaching posts of another career (``career.teaching_post``): years of teaching a subject, not of it.
    taught: frozenset[str] = frozenset()
    # Work entries of another career than technology (``career.is_field_work``): an audit manager's post.
    other_careers: frozenset[str] = frozenset()
    # Work entries titled as software work (``builders.software_titled``), each with its title's terms: what
    # they name of a field is what the software handles (``field_work``).
    software_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    # Each dated work entry: (start, end, employer as written, casefolded; its sentence).
    employed: list[tuple[float, float, str, int]] = field(default_factory=list)
    # The words of the title and summary of the main roles running now (``skillyears.now_terms``).
    now_terms: frozenset[str] = frozenset()

    def years_with(
        self,
        alternatives: Iterable[frozenset[str]],
        named: Iterable[frozenset[str]] = (),
        *,
        at_work: bool = False,
        industry: bool = False,
        sector: bool = False,
        built: bool = False,
        beside: Sequence[Sequence[frozenset[str]]] = (),
        field_work: frozenset[str] = frozenset(),
    ) -> tuple[float, int | None]:
        """Years covered by dated entries that mention any of ``alternatives`` (all of its terms), or
        by roles whose highlights use any of the ``named`` things (the technology asked itself, not a
        kin of it), overlaps counted once, and the sentence of the earliest such entry. ``at_work``:
        only jobs count ("3+ years of professional embedded C": a hobby project is not those years);
        ``industry``: no academic post ("industry ML experience": not the PhD's years); ``sector``: the
        years of a sector ("5+ years in payments"), jobs only, each held in it where its highlights say so.
        ``built``: years asked of building a thing; a job whose highlight built one of the ``named`` things
        (``duties.built_lines``, its words side by side) counts its whole span, as a named tool does, when
        the other things asked with it (``beside``, each a list of alternatives) stand next to it there or
        are in the role's title and summary: "Built the event pipeline" in a data platform role is a year
        of data pipelines, "Built the payroll sync for the ticket administration tool" none of payroll
        administration. ``field_work``: the years are of a field's own work (``field_work``: "claims handling"),
        which a role titled as software work shows only when its title names the field too.
        A volunteer post (a meetup "for people who work with data", a Python course mentored) is community
        work around a topic, not years of doing it: it dates a topic only for years asked "in industry"."""
        at_work = at_work or sector
        alts = [a for a in alternatives if a]
        tools = [a for a in named if a]
        teaching = teaching_asked(alts)
        picked = sorted(
            [
                (s, e, n)
                for s, e, terms, n in self.spans
                if any(a <= terms for a in alts)
                and (teaching or self.sentences[n].uri not in self.taught)
                and (not at_work or self.sentences[n].uri.startswith(_WORK_URI))
                and (industry or not self.sentences[n].uri.startswith(_VOLUNTEER_URI))
                and not (industry and self._outside_industry(self.sentences[n].uri))
            ]
            + [
                (s, e, n)
                for s, e, terms, n in self.tool_spans
                if any(a <= terms for a in tools)
                and not (industry and self._outside_industry(self.sentences[n].uri))
            ]
            + [(s, e, n) for s, e, terms, n in self.role_spans if sector and any(a <= terms for a in alts)]
            + [
                (s, e, n)
                for s, e, role, lines, n in self.highlight_spans
                if built
                and not sector
                and any(
                    names_run(a, line)
                    and all(any(b <= role or names_run(a | b, line) for b in other) for other in beside)
                    for a in tools
                    for line in lines
                )
                and not (industry and self._outside_industry(self.sentences[n].uri))
            ]
        )
        if sector:
            picked += self._same_employer(picked)
        if field_work:
            picked = [p for p in picked if self._did_field_work(p[2], field_work)]
        return years_covered(picked)

    def _did_field_work(self, n: int, field_terms: frozenset[str]) -> bool:
        """Whether the entry of sentence ``n`` may show a field's own work: any entry but a role titled as
        software work whose title does not name the field."""
        title = self.software_titles.get(self.sentences[n].uri)
        return title is None or bool(title & field_terms)

    def _same_employer(self, picked: Sequence[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
        """The other roles held at an employer whose role is in the sector asked: a sector is where one was
        employed, so a "Firmware Engineer" before the promotion to "Senior Firmware Engineer" at the same
        automotive supplier worked in automotive too, though only the later role's summary says so."""
        cited = {n for _, _, n in picked}
        employers = {name for _, _, name, n in self.employed if n in cited and name}
        return [(s, e, n) for s, e, name, n in self.employed if name in employers and n not in cited]

    def _outside_industry(self, uri: str) -> bool:
        """An academic post is no year in industry (volunteering is left in there: sets read an ML
        reading group or a meetup run for years as part of one's industry experience)."""
        return uri in self.academic

    def has(self, term: str) -> bool:
        return term in self.terms

    def find(self, uri_prefix: str) -> int | None:
        return next((i for i, s in enumerate(self.sentences) if s.uri.startswith(uri_prefix)), None)


_WORK_URI = "portfolio://profile#work/"
_VOLUNTEER_URI = "portfolio://profile#volunteer/"  # community work, dated apart from jobs
# Jobs held as a student: a recruiter counts them as an internship, not as years of professional work.
_STUDENT_JOB = re.compile(
    r"\b(?:intern(?:ship)?|(?:teaching|student) assistant|working student|werkstudent)\b", re.I
)


def student_job(position: str) -> bool:
    """Whether a role's title says it was held as a student (an internship, a teaching assistant)."""
    return _STUDENT_JOB.search(position) is not None


def _career_years(
    portfolio: Portfolio, today: dt.date, *, industry: bool = False, building: bool = False
) -> float:
    """Years in work entries, overlaps counted once; internships, other student jobs (a teaching
    assistant) and other careers left out; with ``industry``, academic posts too; with ``building``, the
    roles around software that built none of it."""
    spans: list[tuple[float, float]] = []
    for w in portfolio.resume.work:
        if w.position and student_job(w.position):
            continue
        if building and not builds_software(w):
            continue
        if industry and academic_post(w.position or "", w.name or ""):
            continue
        if not is_field_work(w):
            continue  # a teacher's years before a career change are not years of software work
        bounds = month_bounds(w.start_date, w.end_date, today)
        if bounds is None:
            continue
        spans.append((bounds[0] / 12, bounds[1] / 12))
    total, end = 0.0, float("-inf")
    for s, e in sorted(spans):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


_LEAD_ROLE = re.compile(
    r"\b(CEO|CTO|COO|VP|founder|co-?founder|president|head of|director|team lead|tech(?:nical)? lead|"
    r"lead developer|lead engineer|engineering manager|manager)\b",
    re.IGNORECASE,
)


_DOCTORATE = re.compile(r"\b(?:ph\.?\s?d|d\.?\s?phil|doctora(?:te|l)|doctor of)\b", re.IGNORECASE)
_EDUCATION_URI = "portfolio://profile#education/"
_MAINTAINED = re.compile(r"\bmaintain(?:er|ers|s|ing)?\b", re.IGNORECASE)


def _dated_entries(
    portfolio: Portfolio, visible: set[str]
) -> Iterable[tuple[str, PartialDate | None, PartialDate | None, str, str]]:
    """(uri, start, end, what the entry is, what happened during it) for every dated thing the owner
    did. Why two texts: a role's title and summary hold for its whole span; a highlight ("Led the
    machine-learning project") happened at some point in it, for a time the entry does not say."""
    r = portfolio.resume
    for i, w in enumerate(r.work):
        text = " ".join(x or "" for x in (w.position, w.summary, w.description))
        yield f"portfolio://profile#work/{i}", w.start_date, w.end_date, text, "\n".join(w.highlights)
    for i, v in enumerate(r.volunteer):
        text = " ".join(x or "" for x in (v.position, v.summary))
        yield f"portfolio://profile#volunteer/{i}", v.start_date, v.end_date, text, "\n".join(v.highlights)
    for i, p in enumerate(r.projects):
        text = " ".join(x or "" for x in (p.name, p.description, *p.highlights, *p.keywords, *p.roles))
        # no end: a project dated to the day was a one-off (a launch, a hackathon) unless someone still
        # maintains it ("Creator, Maintainer" of a library started 2021-04-10 runs to today)
        ongoing = bool(_MAINTAINED.search(" ".join([*p.roles, p.description or ""])))
        end = (
            p.end_date
            if p.end_date is not None
            else (p.start_date if p.start_date and p.start_date.day and not ongoing else None)
        )
        yield f"portfolio://profile#projects/{i}", p.start_date, end, text, ""
    for i, e in enumerate(r.education):
        # a doctorate is years of research in its field ("PhD, Computer Science (machine learning for
        # speech)", 2016-2021): ten years of machine-learning research count them; a taught degree does not
        if _DOCTORATE.search(e.study_type or ""):
            yield f"{_EDUCATION_URI}{i}", e.start_date, e.end_date, f"{e.area or ''} research", ""
    for proj in portfolio.projects:
        uri = f"portfolio://projects/{proj.slug}"
        if uri in visible:
            text = " ".join([proj.title, proj.summary, *proj.topics, *proj.languages, proj.role or ""])
            yield uri, proj.start_date, proj.end_date, text, ""


def _position(portfolio: Portfolio, uri: str) -> str:
    """The title of the work or volunteer entry at ``uri``; empty for any other entry."""
    r = portfolio.resume
    for prefix, entries in ((_WORK_URI, r.work), (_VOLUNTEER_URI, r.volunteer)):
        if uri.startswith(prefix):
            return entries[int(uri.rsplit("/", 1)[1])].position or ""
    return ""


def _split(chunk: Chunk) -> Iterable[str]:
    for line in chunk.text.splitlines():
        line = line.strip().lstrip("-• ").strip()
        if not line or (chunk.kind == "reference" and line.startswith("Reference from")):
            continue  # the referee's own job title is not the owner's experience
        yield from (s.strip() for s in _SPLIT.split(line) if s.strip())


_WORD = re.compile(r"[A-Za-z]+")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_LANGUAGES = category_members("programming_language")


def _joined(text: str) -> frozenset[str]:
    """Two words also read as one ("copy right" is copyright, "data set" dataset) and a CamelCase name as
    its words ("AIHacks"): the content and a job ad split compounds differently."""
    ws = _WORD.findall(text)
    out: set[str] = set()
    for w in ws:  # "AIHacks", "GoogleMaps": the words a name is made of
        parts = _CAMEL.findall(w)
        if len(parts) > 1:
            if _LANGUAGES.intersection(analyze(w)):  # a language is its own name: "JavaScript" is not Java
                parts = parts[-1:]
            out.update(t for p in parts if len(p) >= 3 for t in analyze(p))
    for a, b in itertools.pairwise(ws):
        if len(a) >= 2 and len(b) >= 2 and len(a) + len(b) >= 6:
            out.update(analyze(a + b))
    return frozenset(out)


# Who does a thing shows the doing: a penetration tester does penetration testing, a speaker speaks, a data
# scientist does data science. By the analysed stems, where the agent noun's stem is not the activity's
# ("tester" is not "test"); pairs whose stems already agree ("manager", "management") need no entry.
_DOER_SHOWS: dict[str, tuple[str, ...]] = {
    agent: tuple(t for w in words.split() for t in analyze(w))
    for agent, words in (
        ("tester", "testing"),
        ("analyst", "analysis analytics"),
        ("architect", "architecture"),
        ("writer", "writing"),
        ("teacher", "teaching"),
        ("trainer", "training"),
        ("speaker", "speaking"),
        ("instructor", "instruction teaching"),
        ("auditor", "auditing"),
        ("programmer", "programming"),
        ("scientist", "science"),
        ("economist", "economics"),
        ("statistician", "statistics"),
        ("mathematician", "mathematics"),
        ("physicist", "physics"),
        ("editor", "editing"),
        ("photographer", "photography"),
        ("planner", "planning"),
    )
    for agent in analyze(agent)
}


def doing_terms(terms: Iterable[str]) -> frozenset[str]:
    """The activities the agent nouns among ``terms`` show ("tester" -> "test")."""
    return frozenset(a for t in terms for a in _DOER_SHOWS.get(t, ()))


# A title's agent noun in "-or" the analyser keeps apart from its activity ("Quantity Surveyor" and "quantity
# surveying", "Inspector" and "inspection", "Supervisor" and "supervision"); the stem before "-or" is five
# letters or more ("Mentor", "Author", "Vendor" name no activity so).
_AGENT_OR = re.compile(r"\b([A-Za-z]{5,})or\b")


def title_doing(position: str) -> frozenset[str]:
    """The activities a title's "-or" agent nouns show ("Senior Quantity Surveyor" -> "survey"). Why: years of
    quantity surveying are the years titled Quantity Surveyor; a title is only read so where it is the
    role held, not in highlights ("nuclear reactor", "ARM processors")."""
    return frozenset(t for m in _AGENT_OR.finditer(position) for t in analyze(m.group(1).casefold() + "ing"))


def build_corpus(portfolio: Portfolio, chunks: Sequence[Chunk], today: dt.date | None = None) -> Corpus:
    """Index the portfolio's passages (already filtered for hidden projects) as evidence."""
    today = today or dt.date.today()
    sentences: list[Sentence] = []
    terms: dict[str, list[int]] = {}
    stated: list[tuple[int, frozenset[str], int]] = []
    people: list[tuple[int, int]] = []
    managed: list[tuple[int, int]] = []
    degrees: list[tuple[str, int, frozenset[str], int]] = []
    languages: dict[str, tuple[int, int]] = {}
    skills: dict[frozenset[str], tuple[int | None, int]] = {}
    skill_entries: list[tuple[frozenset[str], int | None, int]] = []
    skill_keywords: dict[frozenset[str], tuple[frozenset[str], ...]] = {}
    for chunk in chunks:
        for text in _split(chunk):
            n = len(sentences)
            said = without_wished_role(text)  # "I am looking for a platform role": a wish, not work
            if chunk.kind == "certificate":
                # "... issued by HashiCorp": the page's wording of who granted it, no issue worked on
                said = _ISSUED_BY.sub(" by ", said)
            words = frozenset(analyze(norm_text(said))) | _joined(said)
            words |= doing_terms(words) | open_terms(said)  # "Rolled out Semgrep": a rollout
            if (position := _position(portfolio, chunk.uri)) and position in said:
                words |= title_doing(position)  # the line naming the role: "Building Inspector" inspects
            sentences.append(Sentence(text, chunk.uri, chunk.title, chunk.kind, words))
            for t in words:
                terms.setdefault(t, []).append(n)
            for m in _YEARS_OF.finditer(text):
                years = number_value(m.group(1))
                if years is not None and years < 60:
                    stated.append((years, frozenset(analyze(years_head(m.group(2)))), n))
                    if (platform := years_platform(m.group(2))) is not None:
                        stated.append((years, frozenset(analyze(platform)), n))
            if (in_role := role_years(text)) is not None:
                stated.append((in_role[0], in_role[1], n))
            if chunk.kind in ("work", "faq", "basics", "project", "resume_project", "volunteer", "post"):
                lead = bool(_LEAD_VERBS.search(text))
                steer = bool(_STEER.search(text))
                for m in _PERSON_TEAM.finditer(text):
                    v = number_value(m.group(1))
                    if v and lead and not _JOINED_GROUP.search(text[: m.start()]):
                        people.append((v, n))
                        managed.append((v, n))
                for m in _TEAM_LED_OF.finditer(text):
                    v = number_value(m.group(1))
                    if v and v < 100_000:
                        people.append((v, n))
                        if not steer or "directly" in text:
                            managed.append((v, n))
                for m in _PEOPLE.finditer(text):
                    v = number_value(m.group(1))
                    if (
                        v
                        and lead
                        and v < 100_000
                        and not _JOINED_GROUP.search(text[: m.start()])
                        and not _PEERS.search(m.group(0))  # "with two other developers": peers
                    ):
                        people.append((v, n))
                        if not steer or "directly" in text:
                            managed.append((v, n))
            if chunk.kind == "education":
                deg = degree_rank(text)
                if deg and text.startswith("Education:"):
                    degrees.append((deg[0], deg[1], words, n))
    visible = {c.uri for c in chunks}
    spans: list[tuple[float, float, frozenset[str], int]] = []
    tool_spans: list[tuple[float, float, frozenset[str], int]] = []
    role_spans: list[tuple[float, float, frozenset[str], int]] = []
    highlight_spans: list[tuple[float, float, frozenset[str], tuple[tuple[str, ...], ...], int]] = []
    lead_roles: list[int] = []
    employed: list[tuple[float, float, str, int]] = []
    lower_names = lower_case_names(w for k in portfolio.resume.skills for w in [k.name or "", *k.keywords])
    for uri, start, end, text, during in _dated_entries(portfolio, visible):
        bounds = month_bounds(start, end, today)
        cite = next((i for i, s in enumerate(sentences) if s.uri == uri), None)
        if cite is None:
            continue
        n = cite
        if _LEAD_ROLE.search(text + " " + during):
            lead_roles.append(n)
        if bounds is None:
            continue
        s0, e0 = bounds[0] / 12, bounds[1] / 12  # as fractional years, the axis highlights are dated on
        span_terms = frozenset(analyze(norm_text(without_past_years(without_teams_served(text)))))
        span_terms |= title_doing(_position(portfolio, uri))
        spans.append((s0, max(e0, s0 + 1 / 12), span_terms | doing_terms(span_terms), n))
        if uri.startswith("portfolio://profile#work/") and (tools := named_tools(during, lower_names)):
            tool_spans.append((s0, max(e0, s0 + 1 / 12), tools, n))  # "Rebuilt ingestion in Python"
        if uri.startswith("portfolio://profile#work/"):
            role_spans.append(
                (s0, max(e0, s0 + 1 / 12), frozenset(analyze(norm_text(without_teams_served(during)))), n)
            )
            lines = tuple(
                tuple(analyze(norm_text(without_teams_served(line)))) for line in built_lines(during)
            )
            highlight_spans.append((s0, max(e0, s0 + 1 / 12), span_terms, lines, n))
            employer = portfolio.resume.work[int(uri.rsplit("/", 1)[1])].name or ""
            employed.append((s0, max(e0, s0 + 1 / 12), employer.strip().casefold(), n))
        for hs, he, line in dated_highlights(during, s0, e0):  # "Ran the on-call rotation": the whole role
            held = frozenset(analyze(norm_text(without_teams_served(line))))
            spans.append((hs, max(he, hs + 1 / 12), held | doing_terms(held), n))
    # Structured facts straight from the résumé (their sentences cite the matching passage).
    for lang in portfolio.resume.languages:
        if not lang.language:
            continue
        rank = fluency_rank(lang.fluency or "") or 3
        n = next((i for i, s in enumerate(sentences) if s.kind == "language"), 0)
        for t in analyze(lang.language):
            languages[t] = (rank, n)
    for i, skill in enumerate(portfolio.resume.skills):
        if not skill.name:
            continue
        n = next((j for j, s in enumerate(sentences) if s.uri.endswith(f"#skills/{i}")), 0)
        skills[frozenset(analyze(skill.name))] = (skill_level(skill.level), n)
        entry_terms = frozenset(analyze(" ".join([skill.name, *skill.keywords])))
        # only the named things ("Revit API", "IFC"), not words a keyword shares with any work ("testing")
        kws = tuple(
            kt for kw in skill.keywords if kw != kw.lower() and (kt := frozenset(analyze(norm_text(kw))))
        )
        skill_keywords[frozenset(analyze(skill.name))] = kws
        skill_entries.append((entry_terms, skill_level(skill.level), n))
    return Corpus(
        sentences=sentences,
        terms=terms,
        career_years=_career_years(portfolio, today),
        industry_years=_career_years(portfolio, today, industry=True),
        building_years=_career_years(portfolio, today, building=True),
        academic=frozenset(
            f"{_WORK_URI}{i}"
            for i, w in enumerate(portfolio.resume.work)
            if academic_post(w.position or "", w.name or "")
        )
        | {f"{_EDUCATION_URI}{i}" for i in range(len(portfolio.resume.education))},
        software_titles={
            f"{_WORK_URI}{i}": frozenset(analyze(norm_text(w.position or "")))
            for i, w in enumerate(portfolio.resume.work)
            if software_titled(w)
        },
        other_careers=frozenset(
            f"{_WORK_URI}{i}" for i, w in enumerate(portfolio.resume.work) if not is_field_work(w)
        ),
        taught=frozenset(f"{_WORK_URI}{i}" for i, w in enumerate(portfolio.resume.work) if teaching_post(w)),
        stated_years=stated,
        people_led=people,
        people_managed=managed,
        degrees=degrees,
        languages=languages,
        skills=skills,
        spans=spans,
        tool_spans=tool_spans,
        role_spans=role_spans,
        highlight_spans=highlight_spans,
        employed=employed,
        lead_roles=lead_roles,
        skill_entries=skill_entries,
        skill_keywords=skill_keywords,
        now_terms=now_terms(portfolio),
    )


def years_covered(picked: Iterable[tuple[float, float, int]]) -> tuple[float, int | None]:
    """The years a set of dated spans ``(start, end, sentence)`` covers, overlaps counted once, and the
    sentence of the earliest span (what a years answer cites): one reading for every "N years of X"."""
    total, end, cite = 0.0, float("-inf"), None
    for s, e, n in sorted(picked):
        cite = n if cite is None else cite
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total, cite
