"""Offline answers: no model, just the portfolio's own words, composed to read like a reply.

Without an API key the chat still has to be pleasant: greetings, "what can I ask?", thanks,
goodbyes and "tell me more" get replies written for them; a question gets a sentence of
framing plus the best one to three passages from search, each with its ``[n]`` citation; a
question the portfolio does not answer gets an honest "I don't know" (and is recorded for
the owner by the engine). The owner is referred to by first name - the content does not say
which pronouns to use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from heyfolio.chat.acronym_terms import as_content_terms
from heyfolio.chat.adoption import adopted_projects, asks_use, names_only_known, states_use
from heyfolio.chat.career_change import FIELD_TIME_Q, career_change_reply, field_start
from heyfolio.chat.career_moves import moves_reply
from heyfolio.chat.career_timeline import states_break
from heyfolio.chat.client_work import asks_client_work, client_entries
from heyfolio.chat.code_numbers import without_codes
from heyfolio.chat.compared_jobs import jobs_compared
from heyfolio.chat.compound import leaning_parts, resolved, unanswered_parts
from heyfolio.chat.counting import (
    Counted,
    bridged_evidence,
    changed_counts,
    count_evidence,
    naming_passages,
    read_count,
    states_count,
)
from heyfolio.chat.dated_figures import undated_figure
from heyfolio.chat.degrees import absent_degree, absent_field, absent_thesis
from heyfolio.chat.described import unmatched_description
from heyfolio.chat.employer_count import employers_reply
from heyfolio.chat.employer_tenure import (
    current_employer,
    employer_asked,
    employer_start,
    employer_tenure,
    employers_named,
    ranked_stays,
)
from heyfolio.chat.evidence import (
    FIGURE,
    concept,
    evidence_rank,
    standout_evidence,
    topic_credit,
    topic_evidence,
)
from heyfolio.chat.figure_lead import asks_amount, figure_first
from heyfolio.chat.followed_entries import followed_entries
from heyfolio.chat.identity import identity_said
from heyfolio.chat.management import unstated_management, unstated_management_at
from heyfolio.chat.named_entries import ORG_GENERIC, entry_org, named_entries, names_in
from heyfolio.chat.named_roles import named_roles
from heyfolio.chat.occupation_span import compared_reply, leads, names_occupation, occupation_reply
from heyfolio.chat.owner_noun import owner_nouns_as_pronoun
from heyfolio.chat.past_pay import UnstatedPastPay, unstated_past_pay
from heyfolio.chat.pastimes import unstated_pastime_figure
from heyfolio.chat.people import closest_to_managing, hands_on_reply, people_reply
from heyfolio.chat.places import (
    absent_country,
    absent_place,
    citizenship_asked,
    permit_covered,
    silent_on_permit,
    unstated_permit,
)
from heyfolio.chat.qualified_jobs import asks_full_time, qualified_jobs, side_job
from heyfolio.chat.ranking import (
    compared_projects,
    measure,
    named_projects,
    ranked,
    ranking_order,
    strength_lines,
)
from heyfolio.chat.rate_periods import asked_period, per_other_period
from heyfolio.chat.resume_facts import resume_reply
from heyfolio.chat.screening import (
    ScreeningAnswer,
    asked_topic,
    screening_answer,
    start_answer,
    states_logistics,
    unstated_topic,
)
from heyfolio.chat.section_list import asks_talks, asks_top_award, talks_given, whole_section
from heyfolio.chat.sections import section_entries
from heyfolio.chat.side_roles import side_role
from heyfolio.chat.skill_span import skill_span_reply
from heyfolio.chat.sources import Said, Source, Sources, renumbered
from heyfolio.chat.support import missing_names, only_missing_names, unsupported, vocabulary
from heyfolio.chat.vendors import without_vendors
from heyfolio.chat.weak_evidence import weak_answer
from heyfolio.chat.word_sense import unmatched_sense
from heyfolio.content.dates import DateError, parse_partial_date
from heyfolio.content.model import Portfolio, Project, Work
from heyfolio.content.spans import months_spanned, span_words
from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.memory.extract import Fact
from heyfolio.memory.store import Memory
from heyfolio.public_view import visible_projects
from heyfolio.search.chunks import Chunk
from heyfolio.search.clauses import question_clauses
from heyfolio.search.countries import country_name
from heyfolio.search.figures import counts_a_made_thing
from heyfolio.search.index import Hit, SearchIndex
from heyfolio.search.patterns import compiled
from heyfolio.search.promotion import employer_of
from heyfolio.search.speedups import asks_speedup, speedup_factor, timed_words
from heyfolio.search.text import analyze
from heyfolio.search.understand import (
    asks_order,
    asks_popularity,
    kind_at_job,
    read_pitch,
    read_superlative,
)
from heyfolio.search.unlisted_employer import unlisted_employer
from heyfolio.search.validity import asked_certificates, asks_validity

MAX_PASSAGES = 3
CANDIDATES = 4  # passages from search weighed for the reply (a fact in the 4th is still shown)
RELATED_SHARE = 0.45  # a further passage must score at least this share of the best one
OFFLINE_NOTE = (
    "(I'm answering in offline mode, so this comes straight from the portfolio's text "
    "rather than from an AI model.)"
)
BUDGET_NOTE = (
    "(I'm in offline mode for today, so this answer comes straight from the portfolio's text "
    "rather than from an AI model.)"
)
"""Said once when the model's spend cap is reached (``heyfolio.limits.budget``)."""

_PUNCT = re.compile(r"[^\w\s']")
_GREETING = re.compile(
    r"^(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|evening|day)|hallo|hoi|hey there|hi there)\b"
)
_HELP = re.compile(
    r"^(help|help me|what can (i|you) (ask|do|tell me|answer)( about)?|what (should|could|do) i ask|"
    r"what do you know|who are you|what are you|what is this|how does this work|what can i ask you|"
    r"what kind of questions|any suggestions|where do i start)\b"
)
_THANKS = re.compile(
    r"^(thanks|thank you|thx|ty|cheers|much appreciated|great|awesome|perfect|cool|nice|ok|okay|got it|"
    r"that helps|very helpful|helpful)( (a lot|so much|very much|again|thanks|thank you|that helps))*$"
)
_BYE = re.compile(
    r"^(bye|goodbye|see you|see ya|that's all|thats all|no more questions|that is all|have a good (day|one))\b"
)
_ABOUT = re.compile(
    r"^(who is|who s|whos|tell me about|tell me more about|what about|introduce|describe|about)\s+(.+?)( in short| briefly)?$"
)
_ABOUT_SUBJECTS = ("she", "he", "they", "her", "him", "them", "the owner", "this person", "yourself", "you")
_QUESTION = re.compile(
    r"^(what|who|where|when|why|how|which|is|are|does|do|did|can|could|would|will|has|have|should|tell|show|list|give)\b"
    r"|\b(tell me|what|which|how|does she|does he|do they|can she|can he|is she|is he)\b"
)
_FIT = re.compile(r"\b(fit|match|suitable|qualified|good for|right for|good candidate)\b")
_MORE = re.compile(
    r"^(tell me more|more|go on|continue|what else|anything else|elaborate|more details?|and|"
    r"more about (that|this|it)|can you elaborate|say more|keep going|details)$"
)


@dataclass
class OfflineAnswer:
    text: str
    sources: Sources
    cited: list[Source]
    answered: bool
    """False when the portfolio had nothing for a real question (the owner should know)."""
    query: str | None = None
    intent: str = "question"
    shown: list[str] = field(default_factory=list)


def _norm(message: str) -> str:
    return re.sub(r"\s+", " ", _PUNCT.sub(" ", message.casefold())).strip()


def _memory(memories: Sequence[Memory], kind: str) -> str | None:
    return next((m.fact.value for m in memories if m.fact.kind == kind), None)


def suggestions(portfolio: Portfolio) -> list[str]:
    """Questions this portfolio can answer well, drawn from its own content."""
    first = _first(portfolio)
    out: list[str] = []
    projects = visible_projects(portfolio)
    if projects:
        out.append(f"Tell me about {projects[0].title}")
    if portfolio.resume.work and portfolio.resume.work[0].name:
        out.append(f"What does {first} do at {portfolio.resume.work[0].name}?")
    built = _built_skill(portfolio, projects)
    if built:
        out.append(f"What has {first} built with {built}?")
    if portfolio.faq.remote:
        out.append(f"Is {first} open to remote work?")
    if portfolio.faq.notice_period:
        out.append(f"What is {first}'s notice period?")
    return out[:4]


_BUILT_SKILL: dict[int, tuple[Portfolio, tuple[str, ...], str | None]] = {}
"""id(portfolio) -> (the portfolio, its visible projects' slugs, ``_built_skill``): every reply carries
the suggestions, and the skill is one search of each skill's pattern through the whole résumé - the
same for a loaded portfolio until a project is hidden or shown."""
_BUILT_SKILL_MAX = 64


def _built_skill(portfolio: Portfolio, projects: Sequence[Project]) -> str | None:
    """``_first_built_skill`` of ``portfolio`` with these visible ``projects``, memoized."""
    slugs = tuple(p.slug for p in projects)
    found = _BUILT_SKILL.get(id(portfolio))
    if found is not None and found[0] is portfolio and found[1] == slugs:
        return found[2]
    built = _first_built_skill(portfolio, projects)
    if len(_BUILT_SKILL) >= _BUILT_SKILL_MAX:
        _BUILT_SKILL.clear()  # bounded: a process loading many portfolios must not keep them all
    _BUILT_SKILL[id(portfolio)] = (portfolio, slugs, built)
    return built


def _first_built_skill(portfolio: Portfolio, projects: Sequence[Project]) -> str | None:
    """The first listed skill a job or project names: "built with hiring" asks about a skill nothing
    was built with (a management keyword), so the suggestion is one the portfolio can answer."""
    r = portfolio.resume
    built = " ".join(
        [
            *(t for w in r.work for t in (w.summary or "", *w.highlights)),
            *(t for p in r.projects for t in (p.description or "", *p.highlights, *p.keywords)),
            *(f"{p.summary} {p.body}" for p in projects),
        ]
    ).casefold()
    named = [
        k
        for s in r.skills
        for k in (s.name or "", *s.keywords)
        if k.strip() and compiled(rf"(?<!\w){re.escape(k.casefold())}(?!\w)").search(built)
    ]
    # a technology first ("Go" before "1:1s" a manager's résumé also lists)
    tech = (k for k in named if any(t in TECH_WORDS for t in analyze(k)))
    return next(tech, named[0] if named else None)


def headline(portfolio: Portfolio) -> str:
    """ "Mira Okafor is a Staff Software Engineer (distributed systems, ...)" from the résumé label."""
    name, label = portfolio.owner_name, portfolio.resume.basics.label
    if not label:
        return name
    main, _, rest = label.partition(" — ")
    article = "an" if main[:1].casefold() in "aeiou" else "a"
    return f"{name} is {article} {main}" + (f" ({rest})" if rest else "")


def _first(portfolio: Portfolio) -> str:
    name = portfolio.resume.basics.name
    return name.split()[0] if name else "the owner"


def _sentences(text: str, limit: int = 2, max_chars: int = 320) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    parts = _SENT_SPLIT.split(flat)
    out = ""
    for part in parts[:limit]:
        if out and len(out) + len(part) > max_chars:
            break
        out = f"{out} {part}".strip()
    if len(out) > max_chars:
        out = out[:max_chars].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return out


# A sentence ends at ". " before a capital - but not after an abbreviation that a name or a title
# goes on past ("a consultant for Main St. Company", "Dr. Smith", "Acme Inc. in Berlin").
_ABBREVIATIONS = ("St", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "Inc", "Co", "Ltd", "vs", "No", "Mt", "Prof")
_SENT_SPLIT = re.compile("".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS) + r"(?<=[.!?])\s+(?=[A-Z0-9“\"])")


def _question_terms(
    query: str, rarity: Callable[[str], float] | None = None, exclude: frozenset[str] = frozenset()
) -> list[tuple[float, dict[str, float]]]:
    """The question's ideas, each as its terms with their related words (weighted), to pick the
    sentences that answer: a sentence earns an idea once, for its best word, so a sentence full of
    loosely related words does not beat one with the word asked about. With ``rarity`` (the
    index's idf), each idea also weighs what its word says across the portfolio: in "was any
    company she worked at bought?" the sentence saying "acquired" answers, not the one saying
    "worked" (a word every job entry has)."""
    ideas: list[tuple[str, dict[str, float]]] = []
    for term in dict.fromkeys(analyze(query)):
        if term in exclude:
            continue
        idea = concept(term, bare=False)
        if idea:
            ideas.append((term, idea))
    if rarity is None or not ideas:
        return [(1.0, idea) for _, idea in ideas]
    rare = [rarity(term) for term, _ in ideas]
    top = max(rare) or 1.0
    return [(max(_MIN_IDEA_WEIGHT, r / top), idea) for r, (_, idea) in zip(rare, ideas, strict=True)]


_MIN_IDEA_WEIGHT = 0.25  # the commonest word of a question still counts for something


# Questions asking for an amount ("how many", "how fast", "throughput"): a sentence with a figure answers.
_QUANTITY_Q = re.compile(
    r"\b(how (?:many|much|big|large|fast|quick|long|often|small|far)|what(?:'s| is| was) the (?:size|number|"
    r"throughput|latency|scale|count|rate|percentage)|throughput|latency|percent|numbers?|figures?|metrics?|"
    r"results?|impact|by how much|"
    # what came of a piece of work ("which paid off more?", "did it pay off?"): its figures say
    r"pa(?:id|ys?) off|"
    # a change asked about ("made it faster", "outages shorter", "cut costs"): the figures say by how much
    r"faster|quicker|shorter|slower|cheaper|smaller|bigger|larger|fewer|more accurate|speed(?:ed)? up|sped up|"
    r"reduc(?:e|ed|ing|tion)|cut|improv(?:e|ed|ing|ement)|lower(?:ed)?|shrank|grew|grow(?:n|th)?|size|"
    # the size of an organisation ("was it a big company?")
    r"(?:big|large|small|huge|tiny) (?:company|team|firm|start-?up|organi[sz]ation|group|club|community)|"
    # a superlative of size ("the largest fleet", "her biggest saving"): the figures rank the answers
    r"(?:bigg|larg|small|fast)est)\b",
    re.IGNORECASE,
)
# "How long was she a manager?", "how long does the battery last?": a span of time is asked for,
# and a sentence stating one ("for two years and eight months", "lasts four months") answers.
# "Did she spend longer as an SRE or as a manager?" asks for two spans.
_HOW_LONG_Q = re.compile(
    r"\bhow long\b|\bfor how many (?:years|months|weeks)\b|\b(?:spen[dt]|stay(?:ed)?|work(?:ed)?) longer\b|"
    r"\blonger (?:as|at|with|in|on)\b",
    re.IGNORECASE,
)
# "What did they build it with?", "what stack was it written in?": the technologies are asked for,
# so a sentence naming one answers; the verb of making names no topic ("built by a team of four").
_STACK_Q = re.compile(
    r"\b(?:buil[dt]|made|make|written|writ(?:e|ing)|develop(?:ed)?|coded?) (?:it |them |this |that )?"
    r"(?:with|in|using|on)\b|\bwhat (?:tech(?:nolog(?:y|ies))?|stack|tools?|languages?|frameworks?)\b|"
    r"\b(?:tech(?:nology)? )?stack\b",
    re.IGNORECASE,
)
# "how could she help us / our team / you ...": helping is how the visitor asks, what follows is the topic
_HELP_US_Q = re.compile(r"\bhelp(?:s|ing)? (?:us|me|you|them|our|my|your|the team)\b", re.IGNORECASE)
_HELP_WORDS = frozenset(analyze("help helps helping"))
_SPAN_WORDS = frozenset(analyze("long longer spend spent spending stay stayed staying last lasted"))
_MAKING_VERBS = frozenset(analyze("build built make made write written develop developed code coded using"))
_SPAN_SAID = re.compile(
    r"\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|several|a few|half an?)(?:[ -]and[ -]an?[ -]half)?[ -](?:years?|months?|weeks?|days?|"
    r"hours?|minutes?)\b",
    re.IGNORECASE,
)


_DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b")


# "Latency improvements she's delivered?", "did she make it faster?": an improvement asked about is
# answered by a sentence stating a change of an amount ("cutting latency from 2.4 s to 180 ms",
# "raised bookings by 23%"), whichever verb it uses.
_CHANGE_TERMS = frozenset(
    analyze(
        "improve improvement reduce reduction cut faster quicker speedup lower decrease increase boost "
        "shorter smaller cheaper"
    )
)
_CHANGE_SAID = re.compile(
    r"\bfrom (?:about |around |roughly |over |under )?[€$£]?\d[\d,.]*\s?\S*(?: \w+){0,3} to (?:about |around |"
    r"under |over |just )?[€$£]?\d|\bby (?:about |around |over |nearly |almost )?\d[\d,.]*\s?(?:%|percent|x\b|times)",
    re.IGNORECASE,
)


# "What did she achieve at Tidewell?": a result is a measured change ("from 45 to 8 minutes") and,
# nearly as much, a figure of what was done ("moved 140 services to EKS", "hired 8 people").
_COUNTED_RESULT = 0.75
# Words asking for results in general (not a saving or a speed-up, which a measured change answers;
# not "win", which asks for a prize).
_RESULT_TERMS = frozenset(
    analyze(
        "achieve achieved achievement achievements accomplish accomplished accomplishment accomplishments "
        "result results outcome outcomes impact contributions delivered"
    )
)
# A highlight saying what the owner did, by its opening verb in the past ("Moved 140 services", "Built
# ...", "Led ..."): a company's own size ("about 450 employees") or a role's scope is no result.
_DONE = re.compile(
    r"^(?:[A-Z][a-z]+ed|Built|Led|Grew|Ran|Wrote|Cut|Won|Made|Brought|Took|Set up|Taught|Rebuilt|Rewrote|"
    r"Kept|Sold|Drove|Found|Gave|Held|Shrank|Hit|Began|Spun up)\b"
)


def _amount(sentence: str) -> bool:
    """Whether a sentence states an amount: a figure other than a year or a date ("acquired in
    2018" says when, not how big) or a name's number ("S7-1500", "IEC 62443")."""
    return bool(FIGURE.search(without_codes(_DATE.sub(" ", sentence))))


def _sentence_list(text: str, skip_first: bool = False) -> list[str]:
    return [s for s, _ in _sentence_lines(text, skip_first)]


_LINES: dict[tuple[str, bool], tuple[tuple[str, bool], ...]] = {}
"""(text, skip_first) -> ``_split_lines``: a passage is split again for each question that weighs it."""
_READINGS: dict[str, _Reading] = {}
"""Sentence -> ``_Reading``: the same sentences are scored question after question."""
_MEMO_MAX = 20_000  # entries of each memo above; cleared when full (arbitrary content must not grow memory)


def _sentence_lines(text: str, skip_first: bool = False) -> list[tuple[str, bool]]:
    """``_split_lines``, memoized: splitting at sentence ends (a pattern of many look-behinds) was a
    large share of each reply, for passages split the same way every time."""
    key = (text, skip_first)
    found = _LINES.get(key)
    if found is None:
        found = tuple(_split_lines(text, skip_first))
        if len(_LINES) >= _MEMO_MAX:
            _LINES.clear()
        _LINES[key] = found
    return list(found)


def _split_lines(text: str, skip_first: bool = False) -> list[tuple[str, bool]]:
    """Each sentence of ``text`` and whether it goes on the line of the one before it (prose), not
    a line of its own (a highlight, a new paragraph): only prose runs on from one sentence to the
    next, a list's items each stand alone."""
    lines = [ln.strip().lstrip("-• ").strip() for ln in text.splitlines() if ln.strip()]
    if skip_first and len(lines) > 1:
        lines = lines[1:]
    out: list[tuple[str, bool]] = []
    for ln in _joined_lists(lines):
        parts = [s.strip() for s in _SENT_SPLIT.split(ln) if s.strip() and not s.strip().endswith(":")]
        out += [(s, i > 0) for i, s in enumerate(parts)]
    return out


def _joined_lists(lines: Sequence[str]) -> list[str]:
    """Lines with a list of fragments joined to the line that introduces it ("most of the effort
    went elsewhere:" / "a crash-injection harness ...;" / "property tests ..."): the list is one
    sentence, and its items answer what the introduction says they are about - apart, the
    introduction was dropped as a heading and each item lost the words the question matches."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith((":", ";", ",")) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


@dataclass(frozen=True)
class _Reading:
    """What ``_scored_sentences`` reads in a sentence whatever the question: its terms, whether it
    states a measured change, an amount, a counted result (an amount after a verb of doing) or a span."""

    words: frozenset[str]
    changed: bool
    amount: bool
    counted: bool
    span: bool


def _reading(sentence: str) -> _Reading:
    """The sentence's ``_Reading``, memoized: a reply weighs every sentence of each passage it
    considers, and the same passages come back question after question."""
    found = _READINGS.get(sentence)
    if found is None:
        amount = _amount(sentence)
        found = _Reading(
            words=frozenset(analyze(sentence)),
            changed=bool(_CHANGE_SAID.search(sentence)),
            amount=amount,
            counted=amount and bool(_DONE.match(sentence)),
            span=bool(_SPAN_SAID.search(sentence)),
        )
        if len(_READINGS) >= _MEMO_MAX:
            _READINGS.clear()
        _READINGS[sentence] = found
    return found


def _scored_sentences(
    sentences: Sequence[str],
    query: str,
    rarity: Callable[[str], float] | None = None,
    exclude: frozenset[str] = frozenset(),
) -> list[tuple[float, int]]:
    """(score, position) of each sentence by how much of the question it answers, best first
    (``exclude``: the question's terms that only name what is asked about)."""
    how_long = bool(_HOW_LONG_Q.search(query))
    if how_long:  # "long" of "how long" asks for a span; it is not a topic ("long-haul routes"),
        # nor is the verb spending the time ("how long did she spend as a manager?" is not about
        # a cloud spend)
        exclude = exclude | _SPAN_WORDS
    stack = bool(_STACK_Q.search(query))
    if stack:
        exclude = exclude | _MAKING_VERBS
    if _HELP_US_Q.search(query):  # "how would she help us cut our costs?": the cutting is asked, not "help"
        exclude = exclude | _HELP_WORDS
    ideas = _question_terms(query, rarity, exclude)
    quantity = bool(_QUANTITY_Q.search(query))
    # "which of her clients uses it?": "use" is no index term, so the sentence saying who uses it
    # ("Used by two national weather services") shares no word with the question but answers it
    use = asks_use(query)
    scored = []
    for i, sent in enumerate(sentences):
        reading = _reading(sent)
        words, changed, counted = reading.words, reading.changed, reading.counted
        score = sum(
            weight
            * max(
                (w for t, w in idea.items() if t in words),
                default=1.0
                if changed and idea.keys() & _CHANGE_TERMS
                else _COUNTED_RESULT
                if counted and idea.keys() & _RESULT_TERMS
                else 0.0,
            )
            for weight, idea in ideas
        )
        if quantity and reading.amount:
            score += 0.75 if score > 0 else 0.5  # the figure asked for
        if how_long and reading.span:
            score += 0.5  # a span of time stated ("for two years and eight months") is what was asked
        if stack and words & TECH_WORDS:
            score += 1.0  # a technology named ("using GoogleMaps and Javascript") is what was asked
        if use:
            score += states_use(sent)  # who uses it is what was asked (naming them, more than counting)
        scored.append((score, i))
    return sorted(scored, key=lambda item: (-item[0], item[1]))


def answer_strength(hit: Hit, query: str, rarity: Callable[[str], float] | None = None) -> float:
    """How well a passage's best sentence answers the question (to choose which passages to show)."""
    sentences = _sentence_list(f"{hit.chunk.title}\n{hit.chunk.text}")
    if not sentences or not query:
        return 0.0
    return _scored_sentences(sentences, query, rarity)[0][0]


# Questions asking how something was done, why, or what happened: answered by an account, which
# runs on past the sentence that names the subject.
_EXPLAIN_Q = re.compile(
    r"\bhow (?!many\b|much\b|long\b|old\b|big\b|large\b|fast\b|often\b|far\b|well\b|good\b)|\bwhy\b|"
    r"\bwhat (?:went|goes|go) wrong\b|\bwhat (?:happened|happens)\b|\bwhat (?:was|were) the (?:problem|issue|"
    r"lesson|challenge|catch|approach|process)s?\b",
    re.IGNORECASE,
)
_MAX_FOCUS_CHARS = 420
# A question asking for several things ("which clients", "what awards", "any certifications?",
# "list her ..."): a plural noun after the question word, or a word asking for all of them.
_LIST_Q = re.compile(
    r"\b(?:which|what|any|who (?:are|were))\s+(?:\w+\s+){0,2}?(?!(?:does|was|has|his|this|its|plus)\b)\w{2,}[^\Ws]s\b|"
    r"\b(?:list|all (?:the|of|her|his|their)|every)\b",
    re.IGNORECASE,
)
_MAX_LISTED = 6  # sentences a list reply shows from one passage
# A sentence that goes on about what the one before it names, by a pronoun as its subject ("It now
# runs for three terminals ...", "This cut the bill by 38%"): apart from it, the account stops short.
_GOES_ON = re.compile(r"(?:It|This|That|These|Those|They)\b(?! (?:is|was|are|were) (?:a|an|the|not)\b)")
_NEAR_TIE = 0.9  # a sentence scoring this share of the best answers about as well
_CLAUSE_FLOOR = 0.5  # how well a sentence must answer one part of a compound question to be added


def _best_sentences(
    text: str,
    query: str,
    limit: int = 3,
    skip_first: bool = False,
    rarity: Callable[[str], float] | None = None,
    exclude: frozenset[str] = frozenset(),
) -> str:
    """The sentences of ``text`` that share the most with the question, in their own order. The best
    one is always shown whole; the others only while the reply stays short."""
    lined = _sentence_lines(text, skip_first)
    sentences = [s for s, _ in lined]
    runs_on = [on for _, on in lined]  # a sentence continuing the prose of the one before it
    if not sentences:
        return ""
    best = _scored_sentences(sentences, query, rarity, exclude)
    if best[0][0] <= 0:
        return ""
    top = best[0][1]
    chosen = [top]
    used = len(sentences[top])
    for sc, i in best[1:limit]:
        # a near-tie answers as well as the best one, so it is shown even past the length budget:
        # which of two equally matching sentences holds the fact asked for, the words cannot tell
        tied = sc >= _NEAR_TIE * best[0][0]
        if sc < 0.5 * best[0][0] or (used + len(sentences[i]) > _MAX_FOCUS_CHARS and not tied):
            continue
        chosen.append(i)
        used += len(sentences[i]) + 1
    if _LIST_Q.search(query):
        # "which clients did she have?": each sentence answering as well as the best one names one
        # more of the things asked for, so the list is not cut at the usual count
        for sc, i in best[limit:]:
            if len(chosen) >= _MAX_LISTED or sc < _NEAR_TIE * best[0][0]:
                break
            chosen.append(i)
    for clause in question_clauses(query):
        # "by whom, and what did she change there afterwards?": each part's own best sentence, when
        # the sentences matching the whole question all answer another part
        own = _scored_sentences(sentences, clause, rarity, exclude)
        if own and own[0][0] >= _CLAUSE_FLOOR and own[0][1] not in chosen:
            chosen.append(own[0][1])
    follow = top + 1
    explain = bool(_EXPLAIN_Q.search(query))
    if explain and follow < len(sentences) and follow not in chosen:
        # "what went wrong?", "how do decisions get made?": the sentence matching the question's
        # words sets the scene ("the first version learned the load curve"); the next one tells
        # what happened or how ("...then scaled a fleet up to 60 pods on a public holiday")
        chosen.append(follow)
    if explain and runs_on[top] and top - 1 not in chosen and _amount(sentences[top]):
        # "how did she get more writes per second?": the best match states the result ("throughput
        # went from 40,000 to 1.2 million"); how it was reached is told just before it
        chosen.append(top - 1)
    for i in list(chosen):
        # "what did the model do for the planners?": "It now runs for three terminals and cut the
        # error from 3.1 to 1.4 hours" goes on about what a chosen sentence names, and states the
        # change it made - the outcome, which an account cut before it leaves out
        after = sentences[i + 1] if i + 1 < len(sentences) and runs_on[i + 1] else ""
        if i + 1 not in chosen and _GOES_ON.match(after) and _CHANGE_SAID.search(after):
            chosen.append(i + 1)
    if _QUANTITY_Q.search(query) and not any(_amount(sentences[i]) for i in chosen):
        # "how big is the community?": a number is what was asked, so the passage's best sentence
        # with a figure is shown too, even when its words match less than the others
        counted = next((i for _, i in best if _amount(sentences[i])), None)
        if counted is not None:
            chosen.append(counted)
    similar = _SIMILARITY.get()
    if similar is not None and len(sentences) > 1:
        # the sentence closest in meaning, when it says what was asked in other words than the
        # question's ("grow other engineers" -> "Mentored five engineers")
        cos = similar(sentences)
        near = max(range(len(sentences)), key=cos.__getitem__)
        # (or, less close, when no other sentence of the passage comes near it: "kept people from
        # quitting" -> "Brought regretted attrition in my teams to zero", the one sentence about it)
        runner_up = max((c for i, c in enumerate(cos) if i != near), default=0.0)
        if (
            near not in chosen
            and (
                cos[near] >= _SEMANTIC_FLOOR
                or (cos[near] >= _SEMANTIC_ALONE and cos[near] - runner_up >= _SEMANTIC_MARGIN)
            )
            and cos[near] > max(cos[i] for i in chosen)
        ):
            chosen.append(near)
    return " ".join(_full_stop(sentences[i]) for i in sorted(chosen))


# How close in meaning each sentence of a passage is to the question (cosines), when the index has
# an embedding model: set for one reply by ``_answer``, read by ``_best_sentences``.
_SIMILARITY: ContextVar[Callable[[Sequence[str]], list[float]] | None] = ContextVar(
    "offline_similarity", default=None
)
_SEMANTIC_FLOOR = 0.35  # a sentence this close in meaning says what was asked in other words
_SEMANTIC_ALONE, _SEMANTIC_MARGIN = 0.28, 0.1  # as close, and this much closer than any other sentence
_VECTORS: dict[tuple[int, str], Any] = {}
_MAX_VECTORS = 50_000


def _similarity(index: SearchIndex, query: str) -> Callable[[Sequence[str]], list[float]] | None:
    """Cosines of sentences to ``query`` by the index's embedding model (each sentence embedded once
    per process), or None for an index without one. Why: "does she grow other engineers?" is
    answered by "Mentored five engineers", which shares one word with it; the question's words pick
    the passage's other sentences first."""
    embedder = getattr(index, "_embedder", None)
    embed_array = getattr(embedder, "embed_array", None)
    if embed_array is None:
        return None
    import numpy as np

    q = index.embed_question(query)

    def cosines(sentences: Sequence[str]) -> list[float]:
        todo = [s for s in dict.fromkeys(sentences) if (id(embedder), s) not in _VECTORS]
        if todo:
            if len(_VECTORS) > _MAX_VECTORS:
                _VECTORS.clear()
            rows = np.asarray(embed_array(todo), dtype=np.float32)
            norms = np.linalg.norm(rows, axis=1, keepdims=True)
            for s, row in zip(todo, rows / np.where(norms > 0, norms, 1.0), strict=True):
                _VECTORS[(id(embedder), s)] = row
        return [float(_VECTORS[(id(embedder), s)] @ q) for s in sentences]

    return cosines


def _full_stop(sentence: str) -> str:
    """A sentence ending in one mark: "...do I need to run for the tram?" keeps its question mark."""
    sentence = sentence.rstrip(".;,: ")
    return sentence if sentence.endswith(("?", "!")) else sentence + "."


def _lower_article(text: str) -> str:
    return re.sub(r"^(A|An|The) ", lambda m: m.group(1).lower() + " ", text)


def _body_lines(hit: Hit) -> list[str]:
    return [line.strip() for line in hit.chunk.text.splitlines() if line.strip()]


def _snippet(hit: Hit) -> str:
    snip = hit.snippet.strip()
    snip = re.sub(r"^[A-Z][\w ]{2,24}: ", "", snip)  # "Work experience: ", "Skill: " ...
    return snip


# A question about where something is ("which city was the company based in?"), and the place an
# entry's first line states ("... at Pied Piper in Palo Alto, CA (2013-12 – 2014-12)"). "Did he work
# abroad?" asks where too: the answer is the place, which only the entry's first line may state.
_PLACE_Q = re.compile(
    r"\b(?:where|which (?:city|country|town|place|state)|what (?:city|country|town|place|state)|located|based|"
    r"abroad|overseas|(?:an)?other countr(?:y|ies))\b",
    re.IGNORECASE,
)
_ENTRY_PLACE = re.compile(r" at .+? in (.+?) \((?:19|20)\d\d")


def frame(hit: Hit, first: str, query: str = "", rarity: Callable[[str], float] | None = None) -> str:
    """One passage as a sentence of a reply, by what kind of passage it is (with a question, the
    passage's sentences that answer it rather than its first ones)."""
    c = hit.chunk
    lines = _body_lines(hit)
    head = lines[0] if lines else c.title
    focused = (
        _best_sentences(c.text, query, skip_first=True, rarity=rarity)
        if query and c.kind not in ("faq", "skill")
        else ""
    )
    if c.kind == "faq":
        answer = c.text.split("): ", 1)[1] if "): " in c.text else c.text
        answer = re.sub(r"^Q: .*?\n?A: ", "", answer, flags=re.S) if answer.startswith("Q: ") else answer
        answer = _sentences(answer, limit=4, max_chars=520)
        if c.title.endswith("?"):
            return f"Asked “{c.title}”, {first} says: “{answer}”"
        return f"On {c.title.casefold()}, {first} says: “{answer}”"
    if c.kind in ("project", "resume_project") and "#" not in c.uri.split("//", 1)[1].split("/", 1)[-1]:
        desc = head.split(" — ", 1)[1] if " — " in head else _snippet(hit)
        name = re.sub(r"\s*\(\d{4}(-\d{2}){0,2}\)$", "", c.title)
        # who the project was for and the owner's roles on it: fields of the entry, stated as such
        made_for = next((ln.split(";")[0] for ln in lines if re.match(r"For \S", ln)), "")
        roles = next((ln for ln in lines if ln.startswith("Roles: ")), "")
        context = "; ".join(
            p for p in (made_for.casefold()[:4] + made_for[4:], roles.casefold()[:5] + roles[5:]) if p
        )
        if context:
            name = f"{name} ({context})"
        if query and context:
            focused = _project_focus(lines, made_for, roles, query, rarity)
        if not focused:  # a project's highlights are its evidence
            shown = [ln.lstrip("-• ").strip().rstrip(".") for ln in lines if ln.startswith(("- ", "• "))][:2]
            focused = "; ".join(shown) + "." if shown else ""
        extra = f" {focused}" if focused and focused not in desc else ""
        said = _lower_article(_sentences(desc, 1))
        said = said if said.endswith("…") or not extra else _full_stop(said)
        return f"{name} is one of {first}'s projects: {said}{extra}"
    if c.kind == "project":
        project, _, section = c.title.partition(" — ")
        return f"From {first}'s write-up of {project} ({section.casefold() or 'details'}): {focused or _sentences(_snippet(hit))}"
    if c.kind == "post":
        desc = lines[1] if len(lines) > 1 else _snippet(hit)
        return f"{first} wrote about this in “{c.title}”: {focused or _sentences(desc, 1)}"
    if c.kind == "work":
        body = lines[2] if len(lines) > 2 and not lines[2].startswith("Highlights") else _snippet(hit)
        if query:
            focused = _entry_focus(lines, query, rarity)
        place = _ENTRY_PLACE.search(head) if query else None
        if place and not (_PLACE_Q.search(query) or set(analyze(place.group(1))) & set(analyze(query))):
            place = None  # shown when the place is asked, or named ("has he worked in Stockholm?")
        said = focused or _sentences(body)
        if place:  # "which city was the company he led based in?": the entry's own place line
            said = f"Based in {place.group(1)}. {said}"
        return f"From {first}'s time as {c.title}: {said}"
    if c.kind == "skill":
        body = head.split(": ", 1)[1] if ": " in head else head
        return f"Among {first}'s skills: {body}."
    if c.kind == "basics" and c.id.endswith("#profiles"):
        listed = "; ".join(line.lstrip("-• ").strip() for line in lines[1:])
        return f"{first}'s online profiles: {listed or head}."
    if c.kind == "basics":
        summary = next((line for line in lines[1:] if not line.startswith("Location:")), head)
        # every line after the headline may answer: the summary, but also "Website:" or "Email:" (the
        # owner's name asked by does not: "mira.okafor@example.com" holds it, and answers nothing)
        said = (
            _best_sentences("\n".join(lines[1:]), query, rarity=rarity, exclude=frozenset(analyze(first)))
            if query
            else ""
        ) or _sentences(summary)
        field = re.fullmatch(r"(Website|Email|Location): (\S.*?)\.?", said)
        if field:  # a contact or place line is stated, not quoted as the owner's words
            return f"{first}'s {field.group(1).casefold()}: {field.group(2)}"
        return f"In {first}'s own words: “{said}”"
    if c.kind == "volunteer":
        said = (_entry_focus(lines, query, rarity, highlight=False) if query else "") or _entry_brief(
            lines, 2
        )
        return f"From {first}'s volunteering as {c.title}: {said or _sentences(_snippet(hit))}"
    said = focused or _entry_brief(lines) or _sentences(_snippet(hit))
    named = re.sub(r"\s*\([^()]*\)$", "", c.title)  # "CKA (CNCF, 2020-03)" -> "CKA"
    if named.casefold() in said[: len(named) + 40].casefold():
        return said  # "Interest: Sailing — dinghy racing" already says what it is: not said twice
    return f"{c.title}: {said}"


def _project_focus(
    lines: Sequence[str], made_for: str, roles: str, query: str, rarity: Callable[[str], float] | None
) -> str:
    """What a résumé project says in answer, its "For" and "Roles" lines aside: the reply names them
    with the project, and the question's words found only there identify the project ("the project
    where he was team lead and designer") rather than ask about it - "did it win anything?" is
    answered by "Won award at AIHacks 2016", not by "Roles: Team lead, Designer" again."""
    ident = frozenset(analyze(f"{made_for} {roles}")) & frozenset(analyze(query))
    body = [ln for ln in lines[1:] if ln != roles and not (made_for and ln.startswith(made_for))]
    said = frozenset(analyze(" ".join(body)))
    if not any(t not in ident or t in said for t in analyze(query)):
        return ""  # the question only names the project: its highlights are the reply
    return _best_sentences("\n".join(body), query, rarity=rarity, exclude=ident - said)


def _entry_brief(lines: Sequence[str], limit: int = 3) -> str:
    """A résumé entry in brief without its heading line, which repeats the title the reply
    already gives ("Education: Master of Science ... (2013-09 – 2014-08)"): its next lines, labels
    such as "Highlights:" left out. A short list under another label is one line ("Courses:
    JavaScript, React, Node.js and Express"): its items together are what the entry says of it."""
    rest = _listed(lines[1:])
    return _sentences(". ".join(r for r in rest[:limit] if r) + ".", limit=limit) if rest else ""


def _listed(lines: Sequence[str]) -> list[str]:
    """``lines`` with each labelled list ("Courses:" and its "- " items) joined into one line;
    highlights stay one line each (each is a result of its own), their label left out."""
    out: list[str] = []
    label: str | None = None
    for line in lines:
        item = line.lstrip("-• ").strip().rstrip(".")
        if line.endswith(":"):
            label = None if line.startswith("Highlights") else line
            if label:
                out.append(label)
        elif label is not None and line.startswith(("- ", "• ")):
            out[-1] = f"{out[-1]} {item}" if out[-1].endswith(":") else f"{out[-1]}, {item}"
        else:
            label = None
            out.append(item)
    return [ln for ln in out if not ln.endswith(":")]


# "What does his company make?", "what did Pied Piper actually do?": what the employer is, which the
# entry's own lines say (the employer's line, then the summary), not whichever highlight says "built".
_DEFINE_Q = re.compile(
    r"\bwhat (?:does|did|do|is|was) (?!(?:she|he|they|you|i|we)\b)[\w'-]+(?: [\w'-]+)? (?:actually |really |even )?"
    r"(?:do|make|makes|build|sell|produce|offer|about)\b",
    re.IGNORECASE,
)


# What happened to a company ("which of her employers got acquired?"): the employer's line states
# it ("Same-day delivery start-up (acquired in 2018)"), so its words answer rather than identify.
_COMPANY_EVENT_Q = re.compile(
    r"\b(?:acquir\w*|bought|buyouts?|merg(?:ed|er)|went public|ipo|bankrupt\w*|shut down|folded|"
    r"went (?:under|bust)|(?:was|were|got) sold|exit(?:ed)?|funding|funded|rais(?:ed|e) (?:a |money|funds)|"
    # "what happened to the start-up?" asks the same of a company without naming the event
    r"what (?:ever )?(?:happened|became) (?:to|of))\b",
    re.IGNORECASE,
)


# What an employer is like ("where is the company headquartered?", "how big was the start-up?"):
# the employer's line states it ("Card payment gateway ..., about 450 employees, headquartered in
# Rotterdam"), so its words answer rather than identify the entry.
_COMPANY_FACT_Q = re.compile(
    r"\b(?:head ?quarter\w*|head office|hq)\b|\b(?:based|located|employees|headcount|staff|how (?:big|large|small)|"
    r"size)\b(?=.*\b(?:compan(?:y|ies)|employers?|firms?|start-?ups?|organi[sz]ations?|business(?:es)?)\b)|"
    r"\b(?:compan(?:y|ies)|employers?|firms?|start-?ups?|organi[sz]ations?|business(?:es)?)\b.*\b(?:based|located|"
    r"employees|headcount|staff|how (?:big|large|small)|size)\b",
    re.IGNORECASE,
)
_HEAD_OFFICE = re.compile(r"\bhead ?offices?\b", re.IGNORECASE)
_COMPANY_SIZE_Q = re.compile(r"\b(?:employees|headcount|staff|how (?:big|large|small)|size)\b", re.IGNORECASE)


# "What did she do at X?", "what did he work on there?": the owner's work in a job is asked, so its
# results are shown, whatever else of the question a sentence of the entry matches.
_DID_THERE_Q = re.compile(
    r"\bwhat (?:did|does|has) (?:she|he|they|[A-Z][\w'’-]*) (?:actually |mainly |mostly )?"
    r"(?:do|done|work(?:ed)? on|achieve[d]?|accomplish(?:ed)?|build|built|make|made|create[d]?|ship(?:ped)?)\b",
    re.IGNORECASE,
)
_DID_THERE_RESULTS = 2


def _entry_focus(
    lines: Sequence[str], query: str, rarity: Callable[[str], float] | None, *, highlight: bool = True
) -> str:
    """What a job entry says in answer: the question's words that only name the entry (its title
    line and the employer's one-line description: "the delivery start-up in London") identify it and
    answer nothing, so its sentences are chosen by the other words; when none is left or none
    answers, the entry in brief - the employer's line, the first sentence and (``highlight``) the first
    highlight."""
    query = _HEAD_OFFICE.sub("headquarters", query)  # what the employer's line says ("headquartered in")
    about_employer = _COMPANY_EVENT_Q.search(query) or _COMPANY_FACT_Q.search(query)
    named = lines[:1] if about_employer else lines[:2]
    ident = frozenset(analyze(" ".join(named))) & frozenset(analyze(query))
    body = [ln for ln in lines[2:] if not ln.startswith("Highlights")]
    said = "\n".join([*lines[1:2], *body])  # the employer's line still answers "was it acquired?"
    asked = any(t not in ident for t in analyze(query)) and not _DEFINE_Q.search(query)
    focused = _best_sentences(said, query, rarity=rarity, exclude=ident) if asked else ""
    sized = (
        len(lines) > 1
        and lines[1] not in body
        and _amount(lines[1])
        and bool(_COMPANY_SIZE_Q.search(query))
        and bool(_COMPANY_FACT_Q.search(query))
    )
    if sized and _full_stop(lines[1]) not in focused:
        # "how does the start-up's size compare with his current employer?": the employer's line
        # states its size ("about 380 employees"), however well the results' figures match
        focused = f"{_full_stop(lines[1])} {focused}".strip()
    if focused and not about_employer and _only_employer(focused, lines):
        # "has she carried a pager?" of an SRE job: a word of the employer's line ("carriers")
        # matched, but what a company does is not what the owner did there - the entry's own
        # account of the job says that, so it is shown with it
        own = next((ln for ln in body if not ln.startswith(("- ", "• "))), "")
        if own:
            focused = f"{focused} {_sentences(own)}"
    if focused and _DID_THERE_Q.search(query):
        # "what did she do at the bank after the acquisition?": the sentence on the acquisition says
        # when; what she did there is what the entry's results say
        done = [ln.lstrip("-• ").strip() for ln in body if ln.startswith(("- ", "• "))]
        # the results that speak to the rest of the question first ("...after the deal?": the merger
        # done after the acquisition), then in the entry's order
        done.sort(key=lambda d: -_scored_sentences([d], query, rarity)[0][0])
        more = [d for d in done if _full_stop(d) not in focused][:_DID_THERE_RESULTS]
        focused = " ".join([focused, *(_full_stop(d) for d in more)])
    if focused or not body:
        return focused
    employer = lines[1] if len(lines) > 1 and lines[1] not in body else ""
    summary = next((ln for ln in body if not ln.startswith(("- ", "• "))), "")
    results = [ln.lstrip("-• ").strip() for ln in body if ln.startswith(("- ", "• "))]
    # "what did she build at the company before X?": the work there is asked, so its results are shown
    # (the first and as many more as a "what did she do there" shows), not the first alone
    shown = results[: 1 + _DID_THERE_RESULTS] if _DID_THERE_Q.search(query) else results[:1]
    first = (
        " ".join(r.rstrip(".") + "." for r in shown)
        # "how does she teach teenagers?" of a club's entry: its first result tells how
        if highlight or _EXPLAIN_Q.search(query)
        else ""
    )
    return " ".join(p.rstrip(".") + "." for p in (employer, _sentences(summary), first) if p)


def _only_employer(focused: str, lines: Sequence[str]) -> bool:
    """Whether ``focused`` is only the employer's one-line description of a job entry ("Loadstar
    Freight: Road freight marketplace ..."), the line after the heading that names the organisation
    the heading's "at ..." names."""
    if len(lines) < 2:
        return False
    org, sep, _ = lines[1].partition(": ")
    if not sep or not org or f" at {org}" not in lines[0]:
        return False
    return all(_full_stop(s) in _full_stop(lines[1]) + " " for s in _sentence_list(focused))


def _with_best(index: SearchIndex, message: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` led by the passage search ranks first when asked for one more: at a short depth the
    slots search keeps by rule (the best lexical match, the closest in meaning) can crowd out the
    passage whose fused score is the highest ("how much cheaper did she make model serving?": the
    job line with the figure), which one more slot lets back in."""
    if not hits:
        return hits
    deeper = index.search(message, CANDIDATES + 1)
    if not deeper or any(h.chunk.id == deeper[0].chunk.id for h in hits):
        return hits
    return [deeper[0], *hits]


# "does she know rust or just python?", "has she done pentesting or only compliance?": the doubt is
# about the first thing named; the second is what the asker already takes for granted
_DOUBTED = re.compile(
    r"^(?P<asked>.+?)\s+or\s+(?:is it |was it )?(?:just|only|merely|purely|mostly|simply)\s+(?P<other>[^?.!]+)",
    re.IGNORECASE,
)


def _doubted_first(message: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with those naming the thing doubted ("rust" of "rust or just python?") first, in
    search's order otherwise: a passage on the thing taken for granted answers nothing asked."""
    m = _DOUBTED.search(message)
    if m is None or len(hits) < 2:
        return hits
    asked = frozenset(analyze(m.group("asked"))) - frozenset(analyze(m.group("other")))
    if not asked:
        return hits
    naming = [h for h in hits if asked & frozenset(analyze(f"{h.chunk.title}\n{h.chunk.text}"))]
    return [*naming, *(h for h in hits if h not in naming)] if naming else hits


# "who's she working for rn?", "what's he doing these days?": what is current, not what began last
_NOW_ASKED = re.compile(
    r"\b(?:now|nowadays|rn|currently|current|presently|these days|today|at the moment|at present|right now)\b",
    re.IGNORECASE,
)
_LATEST_ASKED = re.compile(r"\b(?:latest|newest|most recent(?:ly)?|last)\b", re.IGNORECASE)


def _asks_now(message: str) -> bool:
    """Whether ``message`` ranks the jobs by what is current ("now", "rn", "these days"), not by the
    latest start ("her most recent job")."""
    sup = read_superlative(message)
    return (
        sup is not None
        and kind_at_job(message, sup) is None  # "which of her talks ... at her current job?": talks
        and sup.order == "newest"
        and "work" in sup.kinds
        and bool(_NOW_ASKED.search(message))
        and not _LATEST_ASKED.search(message)
    )


def _ongoing_first(message: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the jobs still running first, the main job before a side one (a weekend
    consultancy or part-time teaching begun after it), when the question asks what is current: a
    consultant's engagement that began last but has ended is not who she works for now. Asked for the
    latest job, the date order stands but for the running jobs: a side job begun last is not it."""
    if len(hits) < 2:
        return hits

    def running(h: Hit) -> bool:
        return h.chunk.kind == "work" and "– present)" in h.chunk.title

    def rank(h: Hit) -> int:
        if not running(h):
            return 2
        return 1 if side_role(h.chunk) else 0

    if _asks_now(message):
        return sorted(hits, key=rank)  # stable: search's order within each
    sup = read_superlative(message)
    if (
        sup is None
        or sup.order != "newest"
        or "work" not in sup.kinds
        or kind_at_job(message, sup) is not None
    ):
        return hits
    slots = [i for i, h in enumerate(hits) if running(h)]
    ordered = sorted((hits[i] for i in slots), key=rank)
    out = list(hits)
    for i, h in zip(slots, ordered, strict=True):
        out[i] = h
    return out


def _question(
    message: str, index: SearchIndex, first: str, previous_query: str | None, previous_uris: Sequence[str]
) -> tuple[list[Hit], str]:
    hits = _with_best(index, message, index.search(message, CANDIDATES))
    hits = _ongoing_first(message, _doubted_first(message, hits))
    if hits:
        return hits, message
    doubted = _DOUBTED.search(message)
    if doubted is not None:
        # "has she put Rust into a production car, or just hobby stuff?": the thing taken for granted is
        # a word the portfolio may never write ("hobby"), which leaves every passage weak; what is asked
        # is the first thing named, and search finds it asked alone
        hits = _ongoing_first(message, index.search(doubted.group("asked"), CANDIDATES))
        if hits:
            return hits, message
    if previous_query:  # "how long was she there?" leans on the previous question
        combined = f"{previous_query} {message}"
        hits = index.search(combined, CANDIDATES)
        if hits:
            return hits, combined
    return [], message


def compose(
    message: str,
    portfolio: Portfolio,
    index: SearchIndex,
    *,
    memories: Sequence[Memory] = (),
    new_facts: Sequence[Fact] = (),
    previous: dict[str, object] | None = None,
    first_offline_answer: bool = True,
    offline_note: str = OFFLINE_NOTE,
) -> OfflineAnswer:
    """The offline reply to ``message`` (``previous``: the last answer's meta, for follow-ups).

    ``offline_note`` ends the first offline answer of a conversation (why there is no model). A
    message asking two things gets, after the reply to the whole, the answer to each part that
    reply leaves unanswered (:mod:`heyfolio.chat.compound`)."""
    message = owner_nouns_as_pronoun(message)  # "how much experience does this kid have?"
    answer = _compose_message(
        message,
        portfolio,
        index,
        memories=memories,
        new_facts=new_facts,
        previous=previous,
        first_offline_answer=first_offline_answer,
        offline_note=offline_note,
    )
    if answer.answered and answer.cited and answer.intent == "question":
        note = f"\n\n{offline_note}"
        noted = first_offline_answer and answer.text.endswith(note)
        if noted:
            answer.text = answer.text.removesuffix(note)
        answer = _with_parts(answer, message, portfolio, index, memories)
        answer = _with_start(answer, message, index, _first(portfolio))
        if noted:
            answer.text += note
    elif not answer.answered and answer.intent == "unanswered":
        answer = _answered_parts(answer, message, portfolio, index, memories) or answer
    return answer


_DECLINED = re.compile(r"^(?P<said>The portfolio doesn't [^.]*?), so I'd rather not guess\.")
_NOT_FOUND = re.compile(r"^I couldn't find anything about that in ")


def _answered_parts(
    declined: OfflineAnswer,
    message: str,
    portfolio: Portfolio,
    index: SearchIndex,
    memories: Sequence[Memory],
) -> OfflineAnswer | None:
    """ "What's her salary, and what's her notice period?": the whole is declined for the part
    the portfolio does not state; said so in a sentence, the parts it does state are answered,
    else None."""
    parts = unanswered_parts(message, "", portfolio.owner_name.split())
    if not parts:
        return None
    sources = Sources()
    told: list[str] = []
    unsaid: list[str] = []
    for part in parts:
        more = _compose_message(part, portfolio, index, memories=memories, first_offline_answer=False)
        said = more.text.split("\n\n", 1)[0]
        own = more.sources.cited(said)
        if more.answered and own:
            told.append(renumbered(said, own, sources))
            continue
        m = _DECLINED.match(more.text)
        if m is not None:
            unsaid.append(m.group("said") + ".")
        elif _NOT_FOUND.match(more.text):
            unsaid.append(f"Nothing in the portfolio answers “{part.strip()}?”.")
        else:
            return None  # a part neither answered nor declined in so many words: the whole stands
    if not told or not unsaid:
        return None
    text = "\n\n".join([" ".join(unsaid), *told])
    if declined.text.endswith(OFFLINE_NOTE) or declined.text.endswith(BUDGET_NOTE):
        text += "\n\n" + declined.text.rsplit("\n\n", 1)[1]
    cited = sources.cited(text)
    return OfflineAnswer(text, sources, cited, True, declined.query, "question", [s.uri for s in cited])


# Screening topics a question names plainly and search may still rank below job entries.
_SEARCH_MISSES = frozenset({"notice"})
_TOPIC_PASSAGES = {"notice": ("notice_period",)}


# "available for remote work / freelance projects / full-time roles": the kind of work asked, not a start
_AVAILABLE_FOR = re.compile(r"\bavailable for\b", re.I)


def _topic_passages(message: str) -> set[str]:
    """The ids of the FAQ and summary passages that state the screening topic ``message`` asks."""
    keys = _TOPIC_PASSAGES.get(asked_topic(message) or "", ())
    return {f"{prefix}{key}" for key in keys for prefix in ("faq#", "profile#summary/")}


_MARKER = re.compile(r"\[\d+\]")
_FIGURE_WORD = re.compile(r"\d[\d,.]*")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_NEW_WORDS = 3


def _says_more(said: str, shown: str) -> bool:
    """Whether a part's answer states a figure or words the reply does not: "…and how fast is it?"
    answered from a passage the reply cites for another of its sentences still adds the speed."""
    text = shown.casefold()
    plain = _MARKER.sub(" ", said).casefold()
    if any(f.rstrip(".,") not in text for f in _FIGURE_WORD.findall(plain)):
        return True
    # or three words of its own ("running in production at two logistics firms")
    return len({w for w in _LONG_WORD.findall(plain) if w not in text}) >= _NEW_WORDS


def _said_within(earlier: str, quote: str) -> bool:
    """Whether ``quote`` holds ``earlier`` (a quote already shown) as one or more of its whole sentences."""
    earlier = earlier.strip().rstrip(".!?…")
    return len(earlier) >= 40 and (quote.startswith(earlier) or f". {earlier}" in quote)


def _cited(said: Sequence[Said], sources: Sources) -> str:
    """Field readers' sentences, each with the marker of the passage it cites."""
    return " ".join(f"{s.text} [{sources.add(s.chunk.uri, s.chunk.title, s.chunk.text).n}]" for s in said)


def _said_reply(said: Sequence[Said], sources: Sources, note: str, query: str) -> OfflineAnswer:
    """An answer made of field readers' sentences alone."""
    text = _cited(said, sources)
    return OfflineAnswer(
        text + note, sources, list(sources), True, query, "question", [s.uri for s in sources]
    )


def _with_parts(
    answer: OfflineAnswer, message: str, portfolio: Portfolio, index: SearchIndex, memories: Sequence[Memory]
) -> OfflineAnswer:
    """``answer`` followed by the answer to each part of ``message`` it leaves unanswered, when
    that part's answer cites a passage ``answer`` does not, or by the sentence saying the portfolio
    does not state what that part asks."""
    cited = {s.uri for s in answer.cited}
    for part in unanswered_parts(message, answer.text, portfolio.owner_name.split()):
        more = _compose_message(part, portfolio, index, memories=memories, first_offline_answer=False)
        declined = _DECLINED.match(more.text)
        if not more.answered and declined is not None:  # "...and what salary?": said, not guessed
            answer.text += "\n\n" + declined.group("said") + "."
            continue
        # the part's own answer, without the related passages its reply goes on to (the whole
        # message's reply already shows what else search found)
        said = more.text.split("\n\n", 1)[0]
        own = more.sources.cited(said)
        if (
            not more.answered
            or not own
            or ({s.uri for s in own} <= cited and not _says_more(said, answer.text))
        ):
            continue
        answer.text += "\n\n" + renumbered(said, own, answer.sources)
        answer.cited = answer.sources.cited(answer.text)
        answer.shown = [*answer.shown, *(u for u in more.shown if u not in answer.shown)]
        cited = {s.uri for s in answer.cited}
    thing = _first_project(answer)
    leaning = [] if thing is None else leaning_parts(message, answer.text, portfolio.owner_name.split())
    for part in leaning:
        # "which of her projects runs in production, and how fast is it?": asked of the project the
        # reply names first
        more = _compose_message(
            resolved(part, thing or ""), portfolio, index, memories=memories, first_offline_answer=False
        )
        said = more.text.split("\n\n", 1)[0]
        own = more.sources.cited(said)
        if not more.answered or not own or not _says_more(said, answer.text):
            continue
        answer.text += "\n\n" + renumbered(said, own, answer.sources)
        answer.cited = answer.sources.cited(answer.text)
        answer.shown = [*answer.shown, *(u for u in more.shown if u not in answer.shown)]
    return answer


def _with_start(answer: OfflineAnswer, message: str, index: SearchIndex, first: str) -> OfflineAnswer:
    """``answer`` quoting the notice period, followed by the date the owner is available from when
    the question also asks when she could start (the notice alone does not date it)."""
    notice = next((s for s in answer.cited if s.uri.endswith("#notice_period")), None)
    if notice is None or any(s.uri.endswith("#availability") for s in answer.cited):
        return answer
    shown = next((c for c in index.chunks if c.uri == notice.uri), None)
    start = start_answer(message, ScreeningAnswer(shown, ""), index.chunks) if shown is not None else None
    if start is None:
        return answer
    source = answer.sources.add(start.chunk.uri, start.chunk.title, start.said[:200])
    answer.text += f"\n\n{_screened_said(start.chunk, first)}: “{start.said}” [{source.n}]"
    answer.cited = answer.sources.cited(answer.text)
    answer.shown = [*answer.shown, start.chunk.uri]
    return answer


def _first_project(answer: OfflineAnswer) -> str | None:
    """The name of the project the reply cites first, if its first citation is a project's."""
    first = answer.cited[0] if answer.cited else None
    if first is None or not re.match(r"portfolio://(?:projects/|profile#projects/)", first.uri):
        return None
    return re.sub(r"\s*\([^()]*\)$", "", first.title.partition(" — ")[0]).strip() or None


def _compose_message(
    message: str,
    portfolio: Portfolio,
    index: SearchIndex,
    *,
    memories: Sequence[Memory] = (),
    new_facts: Sequence[Fact] = (),
    previous: dict[str, object] | None = None,
    first_offline_answer: bool = True,
    offline_note: str = OFFLINE_NOTE,
) -> OfflineAnswer:
    """The reply to ``message`` read as one question (see :func:`compose`)."""
    first = _first(portfolio)
    message = index.respell(message)  # "wher does she wrk" is read as "where does she work"
    previous = previous or {}
    visitor = _memory(memories, "name")
    hello = f"Hi {visitor}!" if visitor else "Hi!"
    norm = _norm(message)
    sources = Sources()
    note = f"\n\n{offline_note}" if first_offline_answer else ""

    def reply(text: str, intent: str) -> OfflineAnswer:
        return OfflineAnswer(text, sources, [], True, None, intent)

    ideas = suggestions(portfolio)
    examples = " or ".join(f"“{q}”" for q in ideas[:2])
    intro = headline(portfolio)

    greeting = _GREETING.match(norm)
    if greeting:
        rest = norm[greeting.end() :].strip()
        rest = re.sub(rf"^(there|all|everyone|{re.escape(first.casefold())})\b", "", rest).strip()
        if not rest:
            text = (
                f"{hello} I'm the assistant on {first}'s portfolio. {intro}. Ask me about {first}'s experience, "
                f"projects, skills or availability - for example {examples}."
            )
            return reply(text + note, "greeting")
        message = re.sub(r"^\W*\w+[\s,!.]*", "", message, count=1) if rest else message
        norm = rest
    about = _ABOUT.match(norm)
    owner_names = (first.casefold(), portfolio.owner_name.casefold())
    if (about and about.group(2) in (*_ABOUT_SUBJECTS, *owner_names)) or norm in owner_names:
        return _about(portfolio, index, first, sources, note, prefix=f"{hello} " if greeting else "")
    if _HELP.match(norm):
        listed = "\n".join(f"- {q}" for q in ideas)
        text = (
            f"I answer questions about {first}, using only what's in this portfolio: work history, projects, "
            f"writing, skills, and screening facts like availability, location and notice period. "
            f"Some good starting points:\n{listed}"
        )
        return reply(text + note, "help")
    if _THANKS.match(norm):
        return reply(f"You're welcome! Anything else you'd like to know about {first}'s work?", "thanks")
    if _BYE.match(norm):
        contact = portfolio.resume.basics.email
        extra = f" If you'd like to get in touch, {first}'s email is {contact}." if contact else ""
        return reply(f"Thanks for stopping by!{extra}", "goodbye")

    if new_facts and not _QUESTION.search(norm) and "?" not in message:
        return reply(_introduction(new_facts, first, examples, greeted=bool(greeting)) + note, "introduction")

    previous_query = previous.get("query") if isinstance(previous.get("query"), str) else None
    raw_uris = previous.get("uris")
    previous_uris = [u for u in raw_uris if isinstance(u, str)] if isinstance(raw_uris, list) else []
    if _MORE.match(norm):
        if not previous_query:
            return reply(f"Happy to! What would you like to know more about? For example {examples}.", "more")
        hits = [h for h in index.search(str(previous_query), 8) if h.chunk.uri not in previous_uris]
        query = str(previous_query)
        if not hits:
            return reply(
                f"That's everything the portfolio says on that. You could ask about something else - for example {examples}.",
                "more",
            )
        return _answer(
            hits,
            query,
            first,
            sources,
            note,
            lead=f"Here's more on that from {first}'s portfolio:",
            rarity=index.rarity,
        )

    country = absent_country(message, index.chunks)
    if country is None:  # "did she ever live in Barcelona?": a place the portfolio never names
        country = absent_place(message, vocabulary(index.chunks).words.__contains__)
    if country is not None:  # "has she lived in Spain?": no job, school or location places her there
        return _not_placed(country, portfolio, index, first, sources, examples, note, message)
    intent = _intent(message, portfolio.owner_name.split())
    if intent is None and _home_asked(message, portfolio):
        # "would she need to relocate for a job in Lisbon?" of an owner based in Lisbon: where she lives
        # answers it (search ranks her degree from the University of Lisbon)
        intent = "where"
    about_owner = bool(_OWNER_WORDS.search(message)) or names_in(first, message)
    placed = intent == "where" or bool(_PLACE_Q.search(message))
    entry = _named_entry(message, index) if placed and not about_owner else None
    if entry is not None:  # "where was Pied Piper located?": the employer's place, not the owner's
        intent = None
    if intent == "pitch" and only_missing_names(message, index.chunks):
        intent = None  # "any Cassandra work in her background?" asks about Cassandra, not for her story
    if intent is not None and not _MORE.match(norm):
        special = _where(portfolio, index, first, sources, note, message) if intent == "where" else None
        if intent == "pitch" and (ranking_order(message) is None or _AT_WORK.search(message)):
            # "which project is she proudest of?" ranks the projects; the pitch is for her (and
            # "the best thing she shipped at work" asks for her results in her jobs)
            special = _pitch(message, portfolio, index, first, sources, note)
        if special is not None:
            return special

    # "how long has she been working independently?" names an occupation its job titles name: the time
    # in those jobs (``occupation_reply``), not the whole career
    asks_career = (
        bool(_CAREER_Q.search(message))
        and not _SCOPED.search(message)
        and not _AT_EMPLOYER.search(message)
        and not names_occupation(message, portfolio.resume, portfolio.owner_name.split())
    )
    # "since when has she worked in infrastructure?" of a career changer: the field's first job
    started = field_start(message, portfolio.resume) if asks_career or FIELD_TIME_Q.search(message) else None
    career = (
        _career(index, first, sources, note, started, full_time=asks_full_time(message))
        if asks_career or started
        else None
    )
    if career is not None:
        return career

    if _PRIVATE_Q.search(message):  # the phone and street address are hidden by design: say so
        contact = portfolio.resume.basics.email
        reach = f" The way to reach {first} is email: {contact}." if contact else ""
        text = f"{first} doesn't share a phone number or street address through the portfolio.{reach}"
        return OfflineAnswer(text + note, sources, [], False, message, "private")

    # "how long till she can join?" asks when she could start: no job's or skill's time answers it
    # ("is she available for remote work?" asks what work she is open to, which search ranks)
    asks_start = asked_topic(message) == "notice" and not _AVAILABLE_FOR.search(message)
    structured = resume_reply(message, portfolio.resume, index.get, first)
    # "how many companies has she worked for?": the employers counted from the work entries lead what
    # search finds (and answer when nothing else does)
    employed = [] if structured else employers_reply(message, portfolio.resume, index.get, first)
    # "how many years was she a pentester?": every job titled so, with the time they cover together;
    # it leads what search finds (or answers when search finds nothing)
    occupation = (
        []
        if structured or asks_start
        else compared_reply(message, portfolio.resume, index.get, first, portfolio.owner_name.split())
        or occupation_reply(message, portfolio.resume, index.get, first, portfolio.owner_name.split())
    )
    # "how many years has she run Kubernetes?": every job naming the skill, with the time they cover
    skilled = (
        []
        if structured or occupation or asks_start
        else skill_span_reply(message, portfolio.resume, index.get, first)
    )
    if structured:  # "spanish level?", "weakest skill?": read from the résumé's fields
        text = " ".join(
            f"{s.text} [{sources.add(s.chunk.uri, s.chunk.title, s.chunk.text).n}]" for s in structured
        )
        return OfflineAnswer(
            text + note, sources, list(sources), True, message, "question", [s.uri for s in sources]
        )

    role = _memory(memories, "role")
    fit = bool(role and _FIT.search(norm))
    permit = (
        None
        if fit or asked_topic(message) != "authorization"
        else screening_answer(message, index.chunks, unfound=True)
    )
    if permit is not None and permit_covered(message, permit.said):
        # "the right to work in Germany?" of an EU citizen: her words on it answer, though the
        # portfolio never names Germany
        return _screened_reply(message, permit, first, sources, note, index.chunks)
    # "She doesn't have a CS degree - how did she learn to code?": the absence the visitor concedes
    # is no question; the names of what is asked are
    asked = _without_premise(message)
    absent = [] if fit else unsupported(asked, index.chunks, portfolio.owner_name.split())
    if absent and permit is not None and unstated_permit(message, permit.said):
        # "can she work in the United States?" of an EU citizen, refused for a name: that her words do
        # not say, with them as the closest fact - not "the portfolio doesn't mention United"
        return _permit_unstated(message, permit, first, sources, examples, note)
    sense = None if fit or absent else unmatched_sense(asked, index.chunks)
    if sense is not None:  # "has she managed a budget?" where only power and latency budgets are named
        absent = [sense]
    # "what was her master's thesis about?" of a master's whose entry writes no thesis: her PhD's is none
    degree = (
        None if fit or absent else (absent_degree(asked, index.chunks) or absent_thesis(asked, index.chunks))
    )
    # "does she have a CS degree?" of an owner whose degrees are in other fields: said, then the degrees
    field = None if fit or absent or degree else absent_field(asked, index.chunks)
    if degree is not None:  # "does she have a PhD?": no education entry states one
        absent = [degree]
    stance = (
        # "would he need sponsorship for a job in London?": a city no passage names, asked of a permit -
        # the owner's words on work authorization are the closest fact, as her words on where she works
        # are for a place
        (
            permit
            if asked_topic(message) == "authorization"
            else screening_answer(message, index.chunks, unfound=True)
        )
        if absent
        and not fit
        and asked_topic(message) in ("place", "authorization")
        and all(_as_place(message, n) for n in absent)
        else None
    )
    if stance is not None:
        # "would she take a hybrid job in Stuttgart?" of an owner "open to hybrid roles in the Munich
        # area": the place is not hers to judge for her - said so, as for a permit, with her words on
        # where and how she works as the closest fact, marked
        c = stance.chunk
        source = sources.add(c.uri, c.title, stance.said[:200])
        said_as = _screened_said(c, first)
        text = (
            f"The portfolio doesn't mention {' or '.join(absent)} for {first}, so I'd rather not guess. "
            f"The closest it has, {said_as[:1].lower()}{said_as[1:]}: “{_full_stop(stance.said)}” [{source.n}] "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, list(sources), False, message, "unanswered")
    if absent:  # "did she study at Stanford?": nothing names Stanford as a school, so no passage answers
        named = " or ".join(absent)
        closest = _schooling_held(index.chunks, sources) if degree is not None else ""
        text = (
            f"The portfolio doesn't mention {named} for {first}, so I'd rather not guess.{closest} "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(
            text + note, sources, list(sources) if closest else [], False, message, "unanswered"
        )

    unstated = None if fit else unstated_topic(message, index.chunks)
    if unstated is not None:  # "what salary is she after?": no passage states one, so none answers
        text = (
            f"The portfolio doesn't state {first}'s {unstated}, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, message, "unanswered")
    unmanaged = not fit and unstated_management(message, index.chunks)
    entry_named = _named_entry(message, index)
    # "how many engineers did she manage at <X>?": the jobs named say nothing of managing people
    unmanaged_at = (
        not fit and not unmanaged and unstated_management_at(message, named_entries(message, index.chunks))
    )
    # "did she manage a team at Google?": an organisation the résumé has no entry for is not answered
    # by the jobs it does list
    elsewhere = entry_named is None and bool(_AT_ORG.search(message))
    people = (
        None
        if fit or elsewhere or unmanaged or unmanaged_at
        else people_reply(
            message,
            index.chunks,
            first,
            known=vocabulary(index.chunks).terms.__contains__,
            owner=portfolio.owner_name.split(),
            scope=entry_named.chunk if entry_named else None,
        )
    )
    # "is he still technical or just a people manager now?": the technical work the current role and the
    # summary say is kept, before (or without) the people managed
    hands_on = (
        None if fit or elsewhere or entry_named is not None else hands_on_reply(message, index.chunks, first)
    )
    if hands_on:
        kept = [s for s in people or () if not any(s.chunk.id == h.chunk.id for h in hands_on)]
        people = [*hands_on, *kept]
    if people:  # "does she manage people?": what the résumé says of it, the current role first
        lines = "\n".join(
            f"- {s.text} [{sources.add(s.chunk.uri, s.chunk.title, s.chunk.text).n}]" for s in people
        )
        said_of = "managing people"
        if hands_on:
            said_of = "hands-on work" if people == hands_on else "hands-on work and managing people"
        text = f"What {first}'s résumé says about {said_of}:\n{lines}"
        return OfflineAnswer(
            text + note, sources, list(sources), True, message, "question", [s.uri for s in sources]
        )
    if unmanaged:
        # "has she led a team?" of an owner whose passages never say so: a team worked beside is not one led
        text = (
            f"The portfolio doesn't say that {first} has managed or led people, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, message, "unanswered")
    if unmanaged_at:
        orgs = " or ".join(dict.fromkeys(entry_org(c) for c in named_entries(message, index.chunks)))
        text = (
            f"The portfolio doesn't say that {first} managed or led people at {orgs}, so I'd rather not "
            f"guess. I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, message, "unanswered")
    lighter = (
        None
        if fit or elsewhere or people is not None
        else closest_to_managing(
            message,
            index.chunks,
            first,
            known=vocabulary(index.chunks).terms.__contains__,
            owner=portfolio.owner_name.split(),
        )
    )
    if lighter is not None:
        # "has she managed people?" of a junior whose jobs never say so: not the internships nearest in
        # words, but that the jobs do not say it, and the lighter forms they state (mentoring juniors)
        said = f"The portfolio doesn't say that {first} has managed or led people in a job"
        if not lighter:
            text = f"{said}, so I'd rather not guess. I've noted the question for {first}. Meanwhile, you could ask {examples}."
            return OfflineAnswer(text + note, sources, [], False, message, "unanswered")
        lines = "\n".join(
            f"- {s.text} [{sources.add(s.chunk.uri, s.chunk.title, s.chunk.text).n}]" for s in lighter
        )
        text = f"{said}; the closest it states:\n{lines}"
        return OfflineAnswer(
            text + note, sources, list(sources), True, message, "question", [s.uri for s in sources]
        )
    past_pay = None if fit else unstated_past_pay(message, index.chunks)
    if past_pay is not None:  # "what was her salary at X?" of an owner who states only what she asks for now
        return _past_pay_reply(message, past_pay, first, sources, examples, note)
    screened = None if fit else screening_answer(message, index.chunks)
    if screened is None and not fit and asked_topic(message) in _SEARCH_MISSES:
        # "what notice would she have to give?", "when could he realistically start?": the topic is
        # plain, but search ranks job entries ("her current employer", "started") above the passage
        # stating it; the passage on the topic answers
        topical = screening_answer(message, index.chunks, unfound=True)
        found = {h.chunk.id for h in index.search(message, CANDIDATES)}
        if topical is not None and not found & _topic_passages(message):
            screened = topical
    if screened is not None and unstated_permit(message, screened.said):
        return _permit_unstated(message, screened, first, sources, examples, note)
    if screened is not None and per_other_period(message, [screened.said]) == 0:
        # "what is her day rate?" of an owner who states a yearly salary: not a rate per day
        return _other_period_reply(message, screened.chunk, screened.said, first, sources, examples, note)
    if screened is not None:  # "how soon could she start?" on a portfolio that is only a résumé
        return _screened_reply(message, screened, first, sources, note, index.chunks)

    # "how many years did she pentest before moving into AppSec?": the time in the occupation, not the
    # jobs before the change
    changed = (
        None
        if fit or (occupation and leads(occupation))
        else career_change_reply(message, portfolio.resume, index.get, first)
    )
    if changed:  # "what did she do before she became a developer?": the jobs before the change
        # (read after the refusals: a former career the portfolio never names is not this one)
        text = " ".join(
            f"{s.text} [{sources.add(s.chunk.uri, s.chunk.title, s.chunk.text).n}]" for s in changed
        )
        return OfflineAnswer(
            text + note, sources, list(sources), True, message, "question", [s.uri for s in sources]
        )

    built_there = _projects_at(message, index, first, sources, note)
    if built_there is not None:
        return built_there

    sped = _speedup_ranking(message, index, first, sources, note, index.rarity)
    if sped is not None:
        return sped
    ranked_figures = _figure_ranking(message, index, first, sources, note, rarity=index.rarity)
    if ranked_figures is not None:
        return ranked_figures
    ranked_projects = _project_ranking(message, index, first, sources, note)
    if ranked_projects is not None:
        return ranked_projects
    # "which of her tools do other companies use?": the projects whose lines say who uses them lead
    # what search finds (alone, only a question naming nothing the portfolio never says: "is it used by
    # NASA?" is not told by other users)
    used = [] if fit else adopted_projects(message, index.chunks)
    if intent == "pitch" and not _PROJECT_NOUN.search(message):
        # "the most impressive thing she has built?" of a portfolio whose projects state no standing:
        # the case her results make ("which project is she proudest of?" is left to search)
        pitched = _pitch(message, portfolio, index, first, sources, note)
        if pitched is not None:
            return pitched

    if fit and role:  # "would she fit?" means "fit the role you told me about"
        hits, query = index.search(f"{role} {message}", CANDIDATES), f"{role} {message}"
    else:
        hits, query = _question(
            message, index, first, str(previous_query) if previous_query else None, previous_uris
        )
    if asks_start and not fit:
        # "can she start next month?": the passage stating the notice leads wherever search ranked it
        # among what it found (a reading group that "started" is not when she could)
        stating = _topic_passages(message)
        hits = sorted(hits, key=lambda h: h.chunk.id not in stating)
    if not hits and not fit:
        # "longer at Kestrel or at Nordhafen?": two stays named by employer, which search finds weakly
        hits = _compared_roles(hits, message, index.chunks)
    sup = read_superlative(message)
    if sup is not None and "work" in sup.kinds and asks_client_work(message):
        # "her longest client engagement?": the engagements ranked, not the umbrella of her own firm
        engagements = _ongoing_first(message, _ranked_engagements(index.chunks, sup.order))
        if engagements:
            hits = engagements[:CANDIDATES]
    # "her first permanent job?", "his latest internship?": the jobs the qualifier admits, by date
    qualified = None if fit else qualified_jobs(message, portfolio.resume)
    if qualified is not None:
        ranked = [h for i in qualified.jobs if (h := _chunk(index, f"profile#work/{i}")) is not None]
        ids = {h.chunk.id for h in ranked}
        hits = [*ranked[:2], *(h for h in hits if h.chunk.id not in ids and h.chunk.kind != "work")]
    if asks_talks(message) and not talks_given(index.chunks):
        # "where has she spoken?" of an owner with no talk anywhere: a conference volunteered at, or a talk
        # captioned, is not one given
        text = (
            f"The portfolio doesn't list any talk {first} has given, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    employer = unlisted_employer(message, index.chunks)
    if employer is not None:
        text = (
            f"The portfolio doesn't list {employer} among {first}'s employers, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    partial = False
    if (
        hits
        and permit is not None
        and unstated_permit(message, permit.said)
        and all(silent_on_permit(message, h.chunk.text) for h in hits)
    ):
        # "would Jonas need a visa for the United States?": the owner's name ranks the work-authorization
        # passage first, yet neither it nor any passage found names the country - the same honest reply
        # as when search finds nothing; "is she a French citizen?" of a Canadian: "French (Native
        # speaker)" is a language, no citizenship
        return _permit_unstated(message, permit, first, sources, examples, note)
    citizenship = citizenship_asked(message) if hits and permit is None and not fit else None
    if citizenship is not None and all(silent_on_permit(message, h.chunk.text) for h in hits):
        # "is she a Polish citizen?" of an owner who states no citizenship: her native Polish is no answer
        article = "the " if citizenship.startswith("United ") else ""
        text = (
            f"The portfolio doesn't say whether {first} is a citizen of {article}{citizenship}, so I'd rather "
            f"not guess. I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    screened = None if hits or fit else screening_answer(message, index.chunks, unfound=True)
    if screened is not None and unstated_permit(message, screened.said):
        return _permit_unstated(message, screened, first, sources, examples, note)
    if screened is not None:  # "is she ok with fully remote": the summary's sentence search missed
        return _screened_reply(message, screened, first, sources, note, index.chunks)
    if not hits and _TIME_ZONE_Q.search(message):
        # "overlap with NYC?", "a team in Bangalore?": the place is the visitor's, the question is
        # how the owner works across time zones - asked so, search finds what the portfolio says
        query = _TIME_ZONE_QUERY
        hits = index.search(query, CANDIDATES)
    # "what grade did she get in her bachelor's?", "who was her manager at Kestrel?": nothing answers
    # and the entry asked about states nothing of the kind asked, so no closer passage, section or
    # sentence in other words is shown in its place
    # (a count search found the entry for but it does not state comes back weak: not an answer either)
    declined = not fit and all(h.weak for h in hits) and index.unstated(message, [h.chunk for h in hits])
    certificates = [c for c in index.chunks if c.kind == "certificate"] if declined else []
    held = asked_certificates(message, certificates, portfolio.owner_name.split()) if certificates else []
    if len(held) == 1 and asks_validity(message):
        # "is her CKA still valid?": the certificate is there, whether it still holds is not said
        c = held[0]
        source = sources.add(c.uri, c.title, c.text[:200])
        text = (
            f"The portfolio lists {c.title} [{source.n}] but doesn't say whether it is still valid, so I'd "
            f"rather not guess. I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, list(sources), False, query, "unanswered")
    if declined:
        hits = []
    told = bool(occupation) and leads(occupation)  # the time in an occupation, read from the jobs
    if not hits and not fit and not declined and not told:
        hits, partial = index.partial(message, CANDIDATES), True
    unvendored = (
        None
        if hits or fit or declined
        else without_vendors(message, vocabulary(index.chunks).terms.__contains__)
    )
    if unvendored is not None:  # "has she used Amazon S3?" asks about S3, which "AWS (EC2, S3)" names
        hits, partial = index.search(unvendored, CANDIDATES), False
        if not hits:
            hits, partial = index.partial(unvendored, CANDIDATES), True
    if not hits and not fit and not declined:
        # "aws or gcp?": a choice between two names, one of which the portfolio never writes - what
        # search finds for the other (the reply says which one is not there)
        hits = _named_side(message, index)
        partial = partial and not hits
    if not hits and not fit and not declined:
        # "stronger in systems programming or frontend?": the two skill entries the question names
        # answer it with their stated levels, however weakly search ranks them
        hits = [Hit(chunk=c, score=1.0, snippet=c.text[:200]) for _, c in _compared_skills(message, index)]
        partial = False
    if not hits and not fit and not declined:
        # "any community involvement?": the entries of the résumé section the question names
        hits = [Hit(chunk=c, score=1.0, snippet=c.text[:200]) for c in section_entries(message, index.chunks)]
    known = vocabulary(index.chunks).terms.__contains__
    count = None if fit else read_count(message, portfolio.owner_name.split(), known)
    stated: list[Counted] = []
    unnamed_tech = [] if fit or count is None else only_missing_names(message, index.chunks)
    if unnamed_tech:  # "how many Flutter apps has she shipped?": apps she shipped are not Flutter apps
        text = (
            f"The portfolio doesn't mention {' or '.join(unnamed_tech)} for {first}, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    if count is not None and declined:
        # "how many downloads did the Pão Quente app get?": the line naming it states no such figure,
        # so another entry's figure is not it
        text = (
            f"The portfolio doesn't give that number for {first}, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    if count is not None and not (hits and states_count(count, [h.chunk for h in hits])):
        # "how big is her team?": the sentence stating the number, wherever search ranked its passage
        # (a count naming nothing but the owner - "how many kids does she have?" - is only looked for
        # in what search found: any passage of the portfolio would speak to it)
        shown = {h.chunk.id for h in hits}
        scoped = not count.loose and (bool(count.about) or count.least < 0.5)
        # (a count of another entry than the one the question names is not it)
        naming = naming_passages(message, index.chunks, portfolio.owner_name.split())
        stated = count_evidence(count, [c for c in naming if c.id not in shown]) if scoped else []
        if not stated and hits:
            # "how many pages a month before her clean-up vs after?": the sentence of what search found
            # stating the change "from 46 to 12" of the thing counted
            stated = changed_counts(message, count, [h.chunk for h in hits])
        if (
            not stated
            and hits
            and naming
            and len(naming) < len(index.chunks)
            and counts_a_made_thing(message)
        ):
            # "how many stars does the tool she presented at <conference> have?": the talk names the
            # tool, whose own line states the figure
            stated = bridged_evidence(count, index.names_elsewhere([c.text for c in naming]))
        if not stated and hits and employed:
            return _said_reply(employed, sources, note, query)
        entries = whole_section(message, index.chunks, first, portfolio.owner_name.split()) if hits else []
        if not stated and entries:  # "how many degrees does he have?": no sentence says; the entries count
            return _said_reply(entries, sources, note, query)
        if not stated and hits:
            # "how many employees did Pied Piper have?": the job is found, the number is not in it
            text = (
                f"The portfolio doesn't give that number for {first}, so I'd rather not guess. "
                f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
            )
            return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    other = per_other_period(message, [c.sentence for c in stated]) if stated else None
    if other is not None:  # "calls per year?": "60 calls per shift"
        per = stated[other]
        return _other_period_reply(message, per.chunk, per.sentence, first, sources, examples, note)
    if stated:
        return _counted_reply(stated, first, sources, note, query)
    counted: dict[str, str] = {}
    if count is not None and hits:
        # "how many users did she move?": the passage stating the number leads the reply, and says
        # the sentence with it (its other sentences may match the question's words better)
        evidence = count_evidence(count, [h.chunk for h in hits])
        if evidence and not count.counted and _NOW_Q.search(message) and not _THEN_Q.search(message):
            # "how big is her team?" (people counted): the current role's team, not one she led years
            # ago, wherever search ranked its passage
            now = count_evidence(
                count, [c for c in index.chunks if c.kind == "work" and "– present" in c.title]
            )
            if now and now[0].covered >= evidence[0].covered:
                evidence = now
                if all(h.chunk.id != now[0].chunk.id for h in hits):
                    hits = [Hit(now[0].chunk, hits[0].score, now[0].chunk.text[:200]), *hits]
        other = per_other_period(message, [c.sentence for c in evidence]) if evidence else None
        if other is not None:
            per = evidence[other]
            return _other_period_reply(message, per.chunk, per.sentence, first, sources, examples, note)
        counted = {c.chunk.id: c.sentence for c in evidence[:1]}
        hits = sorted(hits, key=lambda h: h.chunk.id not in counted)
    moves = None if fit else moves_reply(message, portfolio.resume, index.get, first)
    # "was he promoted from within?": the roles held in turn at one employer lead what search found
    moved = " ".join(
        f"{s.text} [{sources.add(s.chunk.uri, s.chunk.title, s.chunk.text).n}]" for s in moves or ()
    )
    if not hits and moved:
        return OfflineAnswer(
            moved + note, sources, list(sources), True, query, "question", [s.uri for s in sources]
        )
    if not hits and not fit and not declined and not told:
        # "how did she get rid of old cloud credentials?": asked in words of its own, the fact is only in
        # a passage search marks weak; shown, as the closest, when it says what was asked
        weak_hits = index.search(message, CANDIDATES + 1, weak=True)
        reads = weak_answer(
            message, weak_hits, index.chunks, _similarity(index, message), portfolio.owner_name.split()
        )
        termed = None if reads else as_content_terms(message, index)
        if termed is not None:  # "clinic dashboard LCP": read as the "Largest Contentful Paint" it writes
            reads = weak_answer(
                termed, weak_hits, index.chunks, _similarity(index, termed), portfolio.owner_name.split()
            )
        if count is not None:  # "how many employees?": only a passage stating that number answers
            reads = [r for r in reads if states_count(count, [r.hit.chunk])]
        if reads and index.unstated(message, [r.hit.chunk for r in reads]):
            # "who was her manager at Kestrel?", "her GPA in the bachelor's?": the entry asked about
            # states nothing of that kind, so a passage close in other words is not the answer
            reads = []
        hits, partial = [r.hit for r in reads], bool(reads)
        counted = {r.hit.chunk.id: r.sentence for r in reads}
    identity = [] if fit else identity_said(message, portfolio.resume, index.get, first)
    # "what has she published?", "list her talks": every entry of the section (unless a sentence
    # found states the count asked: "gave 18 talks in 2024" is not the two talks the résumé lists)
    # ("two bank clients" in an award's line counts clients, not the awards asked for)
    named_count = count is not None and any(count.counted & set(analyze(s)) for s in counted.values())
    section = (
        []
        if fit or named_count or (counted and count is None and not asks_top_award(message))
        else whole_section(message, index.chunks, first, portfolio.owner_name.split())
    )
    if section and asks_top_award(message):  # "his most prestigious award?": the awards the résumé lists
        return _said_reply(section, sources, note, query)
    if asks_talks(message):
        # "where has she spoken?": the talks answer; the languages she speaks do not
        hits = [h for h in hits if not _about_languages(h.chunk)]
    elif _CODE_LANGUAGE_Q.search(message) and not _SPOKEN_Q.search(message):
        # "what language did he use at Lumikki?": a language used to build is a programming one; the
        # languages spoken come after what the entries say
        hits = sorted(hits, key=lambda h: _about_languages(h.chunk))
    if not hits and used and names_only_known(message, index.chunks, portfolio.owner_name.split()):
        return OfflineAnswer(
            _used_said(used, first, sources) + note,
            sources,
            list(sources),
            True,
            query,
            "question",
            [s.uri for s in sources],
        )
    if not hits and (occupation or skilled or employed or identity or section):
        return _said_reply(occupation or skilled or employed or identity or section, sources, note, query)
    if not hits:
        text = (
            f"I couldn't find anything about that in {first}'s portfolio, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        answer = OfflineAnswer(text + note, sources, [], False, query, "unanswered")
        return answer
    described = None if fit else unmatched_description(message, hits)
    if described is not None:  # "the app she built for the dentist chain?": the bakeries' app is not it
        text = (
            f"The portfolio doesn't mention anything {first} made for {_lower_article(described)}, so I'd "
            f"rather not guess. I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    pastime = None if fit else unstated_pastime_figure(message, hits)
    if pastime is not None:  # "what is her chess rating?": the interest is named, no rating is given
        source = sources.add(pastime.uri, pastime.title, pastime.text[:200])
        text = (
            f"The portfolio lists {_lower_article(pastime.title.removeprefix('Interest: '))} among {first}'s "
            f"interests [{source.n}] but gives no figure for that, so I'd rather not guess. I've noted the "
            f"question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, list(sources), False, query, "unanswered")
    undated = None if fit else undated_figure(message, hits)
    if undated is not None:  # "what was the uptime in 2018?": the job held that year states none
        said = f"The portfolio doesn't state the {undated.measure} for {undated.year}"
        said += ", so I'd rather not guess."
        if undated.closest is not None:  # the measure's figure the portfolio does give, marked as such
            chunk, sentence = undated.closest
            source = sources.add(chunk.uri, chunk.title, chunk.text[:200])
            said += f" The closest it has, not dated to {undated.year}: {_full_stop(sentence)} [{source.n}]"
        text = f"{said} I've noted the question for {first}. Meanwhile, you could ask {examples}."
        return OfflineAnswer(text + note, sources, list(sources), False, query, "unanswered")
    compared = _compared_roles(hits, message, index.chunks)
    weighed = _results_weighed(compared, message)
    if compared:  # the two roles compared lead, each with what its entry says of the time (or its figures:
        # "the co-op job or the start-up: which paid off more?")
        ids = {h.chunk.id for h in compared}
        hits = [*compared, *(h for h in hits if h.chunk.id not in ids)]
    elif qualified is None:  # jobs ranked by date keep their order: an employer named bounds them
        hits = _each_named(hits, message, index)
    stay_lead: str | None = None
    if not fit and qualified is None:
        hits, stay_lead = _stay_lead(message, hits, index.chunks, first)
    lead = (
        stay_lead
        or (qualified.lead if qualified is not None else None)
        # years of experience with one skill: no job's duration is that answer
        or (
            None
            if (_CAREER_Q.search(message) and not _AT_EMPLOYER.search(message))
            or skilled
            or asks_start
            or (occupation and leads(occupation))
            else _duration_lead(hits, norm, compared, index.rarity, message, index.chunks)
        )
        or _order_lead(hits, message)
        or weighed
        or _ranking_lead(message, first)
        or _skill_lead(message, index, first, sources)
    )
    if partial:
        lead = f"The portfolio doesn't answer that in so many words; the closest it has on {first}:"
    if fit:
        lead = (
            f"I can't judge fit for you, but here is what the portfolio says that's relevant to your "
            f"{role} role:"
        )
    if entry is not None:
        hits = [
            entry,
            *(h for h in hits if h.chunk.id != entry.chunk.id and h.chunk.kind not in ("basics", "faq")),
        ]
    greeting_prefix = f"{hello} " if greeting else ""
    absent_names = [] if fit else only_missing_names(asked, index.chunks)
    if absent_names:  # "any Flink experience?": what search found beside it is not Flink
        text = (
            f"The portfolio doesn't mention {' or '.join(absent_names)} for {first}, so I'd rather not guess. "
            f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
        )
        return OfflineAnswer(text + note, sources, [], False, query, "unanswered")
    if field is not None:
        greeting_prefix += f"The portfolio doesn't mention {field} for {first}; what it lists: "
    missing = missing_names(asked, index.chunks)
    if missing:  # "any Kafka or Flink experience?": say what is not there before showing what is
        greeting_prefix += f"The portfolio doesn't mention {' or '.join(missing)}. "
        if lead is None and not partial:
            lead = f"The closest it has on {first}:"
    if moved:
        greeting_prefix += moved + "\n\n"
    # "more of a frontend or a backend person?": what the owner does today and says of it leads
    if identity:
        greeting_prefix += _cited(identity, sources) + "\n\n"
    if employed and not fit:
        greeting_prefix += _cited(employed, sources) + "\n\n"
        # the jobs the count lists are not shown again below it ("how many employers has she had?")
        employed_ids = {said.chunk.id for said in employed}
        hits = [h for h in hits if h.chunk.id not in employed_ids] or hits
    if occupation and not fit and leads(occupation):
        # several jobs, or one whose entry states its time: what no one passage search ranks first says
        greeting_prefix += _cited(occupation, sources) + "\n\n"
    if skilled and not fit:
        greeting_prefix += _cited(skilled, sources) + "\n\n"
    if section:
        greeting_prefix += _cited(section, sources) + "\n\n"
    if used:
        greeting_prefix += _used_said(used, first, sources) + "\n\n"
    return _answer(
        hits,
        query,
        first,
        sources,
        note,
        lead=lead,
        prefix=greeting_prefix,
        rarity=index.rarity,
        index=index,
        counted=counted,
    )


# A premise conceding an absence, then the question: "She doesn't seem to have a CS degree - how did
# she learn to program?", "No CS degree? How did he learn to code then?"
_CONCEDED = re.compile(
    r"^\W*(?:(?:she|he|they|[\w'-]+) (?:doesn't|does not|don't|do not|didn't|did not|never|has no|have no|had no)"
    r"(?: (?:seem|appear) to)?\b|no\b|without\b)"
    r"[^?.;!–—]*?(?:\?|\s[-–—]\s|[.;,])\s*"
    r"(?=(?:so |then |but |and )?(?:how|what|where|when|why|which|who|did|does|has|is|can|could)\b)",
    re.IGNORECASE,
)


def _without_premise(message: str) -> str:
    """``message`` without a leading premise that concedes an absence (what the refusals read)."""
    m = _CONCEDED.match(message)
    return message[m.end() :] if m else message


def _stay_lead(
    message: str, hits: list[Hit], chunks: Sequence[Chunk], first: str
) -> tuple[list[Hit], str | None]:
    """The passages and the lead for a question on the owner's stays at employers, which search
    ranks by words rather than by the dates asked: "when did he start at Frachtwerk?" (the first role
    there, not the latest), "the longest he's stayed at a company?" (a stay across roles), "what did
    he do at Lumikki?" (the job there before a reference naming it); ``(hits, None)`` otherwise."""
    started = employer_start(chunks, message, first)
    job = employer_asked(chunks, message) if started is None and _DID_THERE_Q.search(message) else None
    if job is not None:
        lead_hit = next((h for h in hits if h.chunk.id == job.id), Hit(job, 1.0, job.text[:200]))
        return [lead_hit, *(h for h in hits if h.chunk.id != job.id)], None
    sup = read_superlative(message) if started is None else None
    stays = (
        ranked_stays(chunks, message, sup.order, first)
        if sup is not None and "work" in sup.kinds and not _PROJECT_NOUN.search(message)
        else None
    )
    if stays is not None:
        lead, ranked = stays[0], stays[1][:2]
    elif started is not None:
        lead, ranked = started[0], [started[1]]
    else:
        return hits, None
    ids = {c.id for c in ranked}
    return [*(Hit(c, 1.0, c.text[:200]) for c in ranked), *(h for h in hits if h.chunk.id not in ids)], lead


# A result asked for in the owner's jobs, not among the projects.
_AT_WORK = re.compile(
    r"\b(?:at work|on the job|in (?:her|his|their|a|the) (?:jobs?|roles?|day jobs?|career)|professionally|"
    r"for (?:an? |her |his |their )?employers?)\b",
    re.IGNORECASE,
)


_PROJECT_NOUN = re.compile(
    r"\b(?:projects?|repos?|repositor(?:y|ies)|librar(?:y|ies)|(?<!salary )(?<!pay )packages?|tools?|apps?|open[- ]source)\b",
    re.IGNORECASE,
)


def _used_said(used: Sequence[Said], first: str, sources: Sources) -> str:
    """The projects others use, one line each, cited."""
    lines = "\n".join(f"- {s.text} [{sources.add(s.chunk.uri, s.chunk.title, s.chunk.text).n}]" for s in used)
    return f"What {first}'s portfolio says of who uses the projects:\n{lines}"


# A language asked as a tool ("what language did he use?", "which languages does she write?") and
# as speech ("does she speak", "working language", "fluent")
_CODE_LANGUAGE_Q = re.compile(
    r"\blanguages?\b[^?]*\b(?:use[ds]?|using|wr[io]tes?|written|writing|cod(?:e|es|ed|ing)|program\w*|buil[dt]\w*|"
    r"develop\w*|implement\w*)\b|\b(?:use[ds]?|using|wr[io]te|written|cod(?:e|ed)|buil[dt]|implemented)\b[^?]*\bin\b"
    r"[^?]*\blanguages?\b",
    re.IGNORECASE,
)
_SPOKEN_Q = re.compile(
    r"\b(?:speak\w*|spoken|fluen\w*|native|bilingual|working language|proficien\w*|cefr|conversational)\b",
    re.IGNORECASE,
)


def _about_languages(chunk: Chunk) -> bool:
    """The passage listing the languages spoken, or the FAQ answer on them."""
    return chunk.kind == "language" or (chunk.kind == "faq" and "language" in chunk.id)


_AT_ORG = re.compile(r"\b(?:at|for|with|in) (?:[A-Z][\w&'.-]*)(?: [A-Z][\w&'.-]*)*")


# A question in the present tense ("how big is her team?", "how many people does he manage?") and
# one about the past ("how big was her team at X?", "did she ...").
_NOW_Q = re.compile(r"\b(?:is|are|does|do|now|currently|today)\b", re.IGNORECASE)
_THEN_Q = re.compile(r"\b(?:was|were|did|had|previous(?:ly)?|former|used to|at (?-i:[A-Z]))", re.IGNORECASE)


def _as_place(message: str, name: str) -> bool:
    """Whether ``message`` names ``name`` as a place of work ("a hybrid job in Stuttgart", "our Lyon
    office"), not as a thing asked about ("hybrid cloud on OpenStack")."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"\b(?:in|to|near|around|from|at|out of)\s+(?:the |our |your |their )?{n}\b", message, re.I
        )
        or re.search(rf"\b{n}\s+(?:office|offices|area|site|hq|headquarters|hub|campus)\b", message, re.I)
    )


def _screened_reply(
    message: str, screened: ScreeningAnswer, first: str, sources: Sources, note: str, chunks: Sequence[Chunk]
) -> OfflineAnswer:
    """A screening answer in the owner's words, cited; a start asked beside the notice ("...and when
    could she start?") also gets the date the owner is available from."""
    said = f"{_screened_said(screened.chunk, first)}: “{screened.said}” [{sources.add(screened.chunk.uri, screened.chunk.title, screened.said[:200]).n}]"
    shown = [screened.chunk.uri]
    start = start_answer(message, screened, chunks)
    if start is not None:
        more = sources.add(start.chunk.uri, start.chunk.title, start.said[:200])
        said += f"\n\n{_screened_said(start.chunk, first)}: “{start.said}” [{more.n}]"
        shown.append(start.chunk.uri)
    return OfflineAnswer(said + note, sources, list(sources), True, message, "question", shown)


def _screened_said(chunk: Chunk, first: str) -> str:
    """Who says a screening answer, and where: the owner's FAQ on its topic, else the summary."""
    if chunk.kind == "faq":
        return f"On {chunk.title.casefold()}, {first} says"
    return f"In {first}'s own words"


_TIME_ZONE_Q = re.compile(
    r"\b(?:overlap\w*|time ?zones?|timezones?|working hours)\b|"
    r"\b(?:collaborat\w*|work\w*) with (?:a |an |our |my |the )?(?:\w+ )?(?:team|people|colleagues|engineers)s? "
    r"(?:in|from|based in|over in) (?-i:[A-Z])",
    re.IGNORECASE,
)
_TIME_ZONE_QUERY = "hours of overlap with teams in other countries"


def said_in(chunk: Chunk, sentence: str, first: str) -> str:
    """One sentence of a passage as a line of a reply, saying where it comes from."""
    name = re.sub(r"\s*\([^()]*\)$", "", chunk.title)
    if chunk.kind == "work":
        return f"From {first}'s time as {chunk.title}: {_full_stop(sentence)}"
    if chunk.kind == "volunteer":
        return f"From {first}'s volunteering as {chunk.title}: {_full_stop(sentence)}"
    if chunk.kind == "basics":
        return f"In {first}'s own words: “{_full_stop(sentence)}”"
    if chunk.kind == "faq":
        return f"Asked “{chunk.title}”, {first} says: “{_full_stop(sentence)}”"
    return f"{name}: {_full_stop(sentence)}"


def _whole_sentence(text: str, clause: str) -> str:
    """The sentence of ``text`` a counted clause is part of: counting reads "Published 9 papers"
    apart from "; about 610 citations in total", but the reply quotes the owner's sentence whole,
    as written (what else it counts is asked about as often)."""
    for sentence, _ in _sentence_lines(text):
        if clause.strip().rstrip(".;") in sentence and len(sentence) <= _MAX_FOCUS_CHARS:
            return sentence
    return clause


def _counted_reply(
    stated: Sequence[Counted], first: str, sources: Sources, note: str, query: str
) -> OfflineAnswer:
    """ "How big is her team?": the sentences whose figure counts what was asked (``counting``),
    from the passages speaking most to the rest of the question (two at most), each cited."""
    best = stated[0].covered
    shown: list[Counted] = []
    for found in stated:
        if found.covered == best and all(s.chunk.id != found.chunk.id for s in shown):
            shown.append(found)
    lines = []
    for found in shown[:2]:
        source = sources.add(found.chunk.uri, found.chunk.title, found.sentence[:200])
        said = _whole_sentence(found.chunk.text, found.sentence)
        lines.append(f"{said_in(found.chunk, said, first)} [{source.n}]")
    body = lines[0] + ("\n\nAlso:\n- " + lines[1] if len(lines) > 1 else "")
    return OfflineAnswer(
        body + note, sources, list(sources), True, query, "question", [s.chunk.uri for s in shown[:2]]
    )


def _introduction(facts: Sequence[Fact], first: str, examples: str, *, greeted: bool) -> str:
    """A reply to a visitor introducing themselves: say what we'll remember, invite a question."""
    by = {f.kind: f.value for f in facts}
    hello = (
        f"Nice to meet you, {by['name']}!"
        if "name" in by
        else ("Hi, nice to meet you!" if greeted else "Thanks!")
    )
    known = []
    if "role" in by:
        known.append(
            f"you're hiring for a {by['role']} role" + (f" at {by['company']}" if "company" in by else "")
        )
    elif "company" in by:
        known.append(f"you're with {by['company']}")
    remembered = f" I'll keep in mind that {known[0]}." if known else ""
    ask = (
        f" Ask me how {first}'s experience lines up with it, or anything else - for example {examples}."
        if "role" in by
        else f" What would you like to know about {first}? For example {examples}."
    )
    return hello + remembered + ask


def _about(
    portfolio: Portfolio, index: SearchIndex, first: str, sources: Sources, note: str, *, prefix: str
) -> OfflineAnswer:
    """ "Who is Mira?": the headline, the summary's first sentences, the current role."""
    basics = next((c for c in index.chunks if c.uri.endswith("#basics")), None)
    parts = [f"{headline(portfolio)}."]
    if basics is not None and portfolio.resume.basics.summary:
        source = sources.add(basics.uri, basics.title, portfolio.resume.basics.summary)
        parts.append(f"In {first}'s own words: “{_sentences(portfolio.resume.basics.summary)}” [{source.n}]")
    work = next((c for c in index.chunks if c.uri.endswith("#work/0")), None)
    if work is not None:
        source = sources.add(work.uri, work.title, work.text)
        parts.append(f"Most recent role: {work.title}. [{source.n}]")
    text = prefix + " ".join(parts) + note
    return OfflineAnswer(
        text, sources, list(sources), True, "about " + first, "about", [s.uri for s in sources]
    )


def _chunk(index: SearchIndex, ident: str) -> Hit | None:
    chunk = index.get(ident)
    return None if chunk is None else Hit(chunk=chunk, score=1.0, snippet=chunk.text[:200])


# Casual phrasings of "where does she live?" and "why hire her?" beside the ones search reads: a
# question naming the visitor's own city ("is she near amsterdam?"), a commute; what a named person
# would bring, an achievement asked for (the pitch's strongest evidence answers it).
_WHERE_CASUAL = re.compile(
    r"^\s*(?:is|are) (?:she|he|they) (?:still )?(?:near|close to|nearby|local to|within reach of)\b|"
    r"\bcommut(?:e|ing|able)\b|\bwhereabouts\b",
    re.IGNORECASE,
)
_PITCH_CASUAL = re.compile(
    r"\bwhat (?:does|would|can|will|could) [\w'-]+ bring\b|\bachie\w*ments?\b|\baccomplishments?\b|"
    r"\bproudest\b|\breasons? (?:to|why) (?:[\w'-]+ ){0,3}?(?:her|him|them)\b|\bconvince (?:me|my|our|the)\b|"
    r"\bwhy (?:would|will|does|is|might) (?:she|he|they|[\w'-]+) (?:be|make) (?:a |an )?(?:good|great|strong|right|"
    r"ideal|solid|safe|perfect)\b|"
    # "the most impressive thing he's shipped", "her biggest win at work": the results, not a project
    r"\b(?:most (?:\w+ly )?impressive|most notable|most important|biggest|greatest|best|strongest|coolest|most "
    r"(?:interesting|exciting|remarkable)) (?:thing|things|work|pieces? of work|results?|wins?|feats?|contributions?|"
    r"impact)\b|"
    # "what's the thing she's most known for?", "her edge over other SREs?", "should we hire him as a junior?"
    r"\b(?:most |best |mainly |mostly )known for\b|\b(?:her|his|their|[\w'-]+'s) (?:edge|competitive advantage|"
    r"differentiator|unique value)\b|\bshould (?:we|i) (?:hire|interview|shortlist|take on) (?:her|him|them)\b|"
    # "what's her value add?", "his superpower?", "the strongest argument for hiring her"
    r"\bvalue[- ]?add(?:ed)?\b|\badded value\b|\bsuper ?powers?\b|"
    r"\barguments? (?:for|in favou?r of) (?:hiring|interviewing|bringing|picking|choosing|her|him|them)\b|"
    # "what sets her apart from other data engineers?", "why should I put her forward to my client?"
    r"\bsets? (?:her|him|them|[\w'-]+) apart\b|\bdifferentiat\w*\b|\bput (?:her|him|them) forward\b|"
    # "what makes her worth the money?", "what would she add to a forecasting team?" (her salary or rate
    # asked is a screening fact, not the pitch)
    r"\bworth (?:the|her|his|their|this|that) (?:money|price|investment|premium|hype)\b|"
    r"\bwhat (?:does|would|can|will|could) [\w'-]+ add to\b|"
    # "how could Odile help us with our on-call mess?": the case she makes on that topic
    r"\bhow (?:could|would|can|might|will) [\w'-]+ help (?:us|me|you|our|my|the team)\b|"
    # "the hardest technical problem she's solved": her strongest results, not a topic
    r"\b(?:hardest|toughest|most (?:challenging|complex|difficult|ambitious)) (?:[\w-]+ )?(?:problems?|challenges?|"
    r"things?|work)\b",
    re.IGNORECASE,
)


# The personal fields a visitor never sees (content/README.md: the phone, the street address and
# postal code): asked for, the honest answer is that they are not shared - not a passage that
# happens to mention a phone app or an email address.
_PRIVATE_Q = re.compile(
    r"\b(?:phone|mobile|cell|telephone)\s*(?:number|no\b|#)|\bnumber to (?:call|reach)\b|"
    r"\b(?:home|street|postal|mailing|house) address\b|\bpost(?:al)? ?code\b|\bzip ?code\b|"
    r"\bwhat(?:'s| is) (?:her|his|their|\w+'s) (?:phone|address)\b|"
    # "can I call her?", "ring him tomorrow" - not "what would you call her masterpiece?" nor "what would
    # you call him, a backend engineer?" (call = name)
    r"(?<!you )\b(?:phone|call|ring) (?:her|him|them)\b(?=\s*(?:$|[?!.,;:)]|(?:up|back|directly|now|today|tomorrow|tonight|"
    r"later|sometime|myself|this|next|on|at|about|to|for|before|after|and|or|please)\b))",
    re.IGNORECASE,
)


# "Why would she be the right lead for that?", "why is Ilka the best person for it?", "...embedded.
# Why Ilka?": a why-question about the owner in a role, whatever the role's noun, or "why <owner>?" closing a
# message that sets out the need - both ask for the case the portfolio makes.
_PITCH_ROLE = (
    # "why bring Ines in to fix a slow codebase?": the case for taking the owner on
    r"\bwhy (?:bring|get|take|fly) {who} (?:in|on|aboard|onboard)\b|"
    r"\bwhy (?:would|should|will|might|could) {who} (?:be|make) (?:the|a|an|our|your|my) |"
    r"\bwhy (?:is|are) {who} (?:the|a|an|our|your) (?:\w+[ -]){{0,2}}?(?:right|best|ideal|good|great|perfect|strong|"
    r"natural|obvious|safe|solid)\b|(?:^|[.?!;:]\s+)why {who}\s*[?!.]*\s*$|"
    # "why theresa and not someone cheaper?", "why Leonor over the other finalists?": the owner set against others
    r"\bwhy {who},? (?:and not|over|instead of|rather than|not|vs\.?|versus)\b|"
    # "why should we trust Leonor to ...?", "what makes Richard a standout candidate for ...?"
    r"\bwhy (?:should|would|could|do|must) (?:we|i|you|anyone) (?:trust|pick|choose|back|bet on|go with|shortlist|"
    r"rely on|take a (?:chance|punt|risk) on|gamble on|invest in) {who}\b|"
    r"\bwhat makes {who} (?:a |an |the |such an? )?(?:[\w-]+ ){{0,2}}?(?:candidate|fit|choice|pick|"
    r"hire|match)\b|"
    # "what makes her a great SRE?", "what makes him such a strong lead?": a quality of the owner in a role
    r"\bwhat makes {who} (?:a |an |such an? |so )(?:really |truly |very )?(?:good|great|strong|excellent|exceptional|"
    r"outstanding|solid|valuable|effective|standout|stand-out|top)\b|"
    # "is she worth hiring?", "why is he worth an interview?"
    r"\b(?:is|are) {who} (?:really )?worth (?:hiring|interviewing|considering|meeting|talking to|a (?:call|chat|look|"
    r"shot|chance|conversation)|an interview)\b"
)


# "where's he based?", "wheres she live", "who's she?": a question word's contracted "is" (the
# apostrophe often dropped) is read as written out, so the cues for "where is he based" read it too.
_CONTRACTED_IS = re.compile(
    r"\b(where|what|who|how|why|when)(?:['’]s|s)\b(?=\s+(?:she|he|they|it|\w+))", re.IGNORECASE
)


def _written_out(message: str) -> str:
    """``message`` with a question word's contracted "is" written out ("where's" -> "where is")."""
    return _CONTRACTED_IS.sub(lambda m: f"{m.group(1)} is", message)


def _intent(message: str, names: Sequence[str] = ()) -> str | None:
    """``"pitch"`` or ``"where"`` (as ``read_pitch``), also for the casual phrasings above
    (``names``: the owner's names, which ask about the owner as a pronoun does)."""
    message = _written_out(message)
    intent = read_pitch(message)
    if intent is not None:
        return intent
    who = (
        "(?:"
        + "|".join(["she", "he", "they", "her", "him", "them", *(re.escape(n) for n in names if n)])
        + ")"
    )
    if _PITCH_CASUAL.search(message) or compiled(_PITCH_ROLE.format(who=who), re.IGNORECASE).search(message):
        return "pitch"
    return "where" if _WHERE_CASUAL.search(message) else None


_OWNER_WORDS = re.compile(r"\b(?:she|he|they|her|his|their|hers|him|them)\b", re.IGNORECASE)


def _named_entry(message: str, index: SearchIndex) -> Hit | None:
    """The job, volunteering or school the question names by its organisation ("Pied Piper"),
    else None: a question about where *it* is asks for its place, not the owner's."""
    named = named_entries(message, index.chunks)
    return _chunk(index, named[0].id) if named else None


_BETWEEN_Q = re.compile(r"\bbetween\b", re.IGNORECASE)


def _each_named(hits: list[Hit], message: str, index: SearchIndex) -> list[Hit]:
    """``hits`` led by the entries of the organisations the question names, when it names two or
    more ("more pentests at Kestrel or as a freelancer?", "compare her time at A and B"): each is
    asked about, so each is shown (with the top score, so none is dropped as weakly related), the
    way search ranked them; ``hits`` as they are when it names fewer."""
    named = named_entries(message, index.chunks)
    if len({entry_org(c) for c in named}) < 2:
        return hits
    if hits and _BETWEEN_Q.search(message) and all(hits[0].chunk.id != c.id for c in named):
        return hits  # "what did she do between A and B?": search put what lies between them first
    top = max((h.score for h in hits), default=1.0)
    found = {h.chunk.id: h for h in hits}
    rank = {h.chunk.id: i for i, h in enumerate(hits)}
    named.sort(key=lambda c: rank.get(c.id, len(hits)))
    lead = [
        Hit(c, max(top, found[c.id].score), found[c.id].snippet)
        if c.id in found
        else Hit(c, top, c.text[:200])
        for c in named[: MAX_PASSAGES + 1]
    ]
    ids = {h.chunk.id for h in lead}
    return [*lead, *(h for h in hits if h.chunk.id not in ids)]


_PROJECTS_Q = re.compile(
    r"\b(?:projects?|tools?|librar(?:y|ies)|repos?|open[- ]source|side[- ]projects?)\b", re.IGNORECASE
)


def _projects_at(
    message: str, index: SearchIndex, first: str, sources: Sources, note: str
) -> OfflineAnswer | None:
    """ "Which tools did she build while at Cobalt?": the projects whose pages name that employer
    and began while the owner worked there (the job's dates), each cited - the two hops a search
    for the words alone misses. None unless the question asks for projects and names an employer."""
    if not _PROJECTS_Q.search(message):
        return None
    job = _named_entry(message, index)
    if job is None or job.chunk.kind != "work":
        return None
    span = _SPAN.search(job.chunk.title)
    org = entry_org(job.chunk)
    if span is None or not org:
        return None
    begin, end = span.group(0).strip("() ").split(" – ")
    words = {re.sub(r"\s*\(.*?\)", "", org).strip(), *org.split()}
    words = {w for w in words if len(w) > 4 and w.casefold() not in ORG_GENERIC}
    found: list[Hit] = []
    for chunk in index.chunks:
        if chunk.kind != "project" or "#" in chunk.id:
            continue
        page = [c for c in index.chunks if c.id == chunk.id or c.id.startswith(chunk.id + "#")]
        text = "\n".join(f"{c.title}\n{c.text}" for c in page)
        start = _START.search(_dates_line(chunk.text))
        began = start.group(1) if start else ""
        during = bool(began) and began[:7] >= begin[:7] and (end == "present" or began[:7] <= end[:7])
        if during and any(names_in(w, text) for w in words):
            found.append(Hit(chunk=chunk, score=1.0, snippet=chunk.text[:200]))
    if not found:
        return None
    lines = []
    for hit in found[: MAX_PASSAGES + 1]:
        source = sources.add(hit.chunk.uri, hit.chunk.title, hit.snippet)
        lines.append(f"- {frame(hit, first)} ({_page_dates(hit)}) [{source.n}]")
    head = f"By the dates and the project pages, {first}'s projects from the time at {org} ({begin} – {end}):"
    text = head + "\n" + "\n".join(lines) + note
    return OfflineAnswer(
        text, sources, list(sources), True, message, "question", [h.chunk.uri for h in found]
    )


def _page_dates(hit: Hit) -> str:
    return _dates_line(hit.chunk.text).removeprefix("Dates:").strip() or "undated"


def _where(
    portfolio: Portfolio, index: SearchIndex, first: str, sources: Sources, note: str, message: str = ""
) -> OfflineAnswer | None:
    """ "Where does she live?": the city from the résumé, and the FAQ's own words on location."""
    loc = portfolio.resume.basics.location
    basics = _chunk(index, "profile#basics")
    faq = _chunk(index, "faq#location")
    parts: list[str] = []
    if loc and (loc.city or loc.region or loc.country_code) and basics is not None:
        place = ", ".join(p for p in (loc.city, loc.region, loc.country_code) if p)
        source = sources.add(basics.chunk.uri, basics.chunk.title, f"Location: {place}")
        parts.append(f"{first} is based in {place}. [{source.n}]")
        summary = portfolio.resume.basics.summary or ""
        said = _placed_in_summary(summary, loc.city) if faq is None else None
        if said:  # the country by name, and what the owner says of the place ("open to remote ...")
            parts.append(f"In {first}'s own words: “{_full_stop(said)}” [{source.n}]")
        origin = _origin_in_summary(summary) if _FROM_Q.search(message) else None
        if origin and origin != said:  # "where's he from?": where he lives, and where he comes from
            parts.append(f"In {first}'s own words: “{_full_stop(origin)}” [{source.n}]")
        zone = _zone_in_summary(summary) if _TIME_ZONE_Q.search(message) else None
        if zone and zone != said:  # "what time zone is she in?": the city alone does not say it
            parts.append(f"In {first}'s own words: “{_full_stop(zone)}” [{source.n}]")
    if faq is not None:
        source = sources.add(faq.chunk.uri, faq.chunk.title, faq.chunk.text[:200])
        parts.append(f"{frame(faq, first)} [{source.n}]")
    screened = screening_answer(message, index.chunks, unfound=True) if message and parts else None
    if screened is not None and _full_stop(screened.said) not in " ".join(parts):
        # "where is he based, and would he move to Berlin?": the place, then the screening answer
        source = sources.add(screened.chunk.uri, screened.chunk.title, screened.said[:200])
        parts.append(f"{_screened_said(screened.chunk, first)}: “{_full_stop(screened.said)}” [{source.n}]")
    if not parts:
        return None
    text = " ".join(parts) + note
    return OfflineAnswer(text, sources, list(sources), True, "where", "question", [s.uri for s in sources])


def _other_period_reply(
    message: str, chunk: Chunk, sentence: str, first: str, sources: Sources, examples: str, note: str
) -> OfflineAnswer:
    """The honest reply to a rate asked per a period the portfolio states it over no longer ("how
    many calls a year?" of "60 calls per shift"), that sentence shown as the closest, marked."""
    period = asked_period(message) or "that period"
    source = sources.add(chunk.uri, chunk.title, sentence[:200])
    said = _whole_sentence(chunk.text, sentence)
    text = (
        f"The portfolio doesn't give that number per {period} for {first}, so I'd rather not guess. The "
        f"closest it has, not per {period}: {_full_stop(said)} [{source.n}] I've noted the question for "
        f"{first}. Meanwhile, you could ask {examples}."
    )
    return OfflineAnswer(text + note, sources, list(sources), False, message, "unanswered")


def _past_pay_reply(
    message: str, unstated: UnstatedPastPay, first: str, sources: Sources, examples: str, note: str
) -> OfflineAnswer:
    """The honest reply to pay asked of the past that no sentence states: that the portfolio
    doesn't say, with the pay the owner asks for now (if said) shown as the closest, marked."""
    text = f"The portfolio doesn't say what {first} was paid, so I'd rather not guess."
    if unstated.chunk is not None:
        source = sources.add(unstated.chunk.uri, unstated.chunk.title, unstated.expected[:200])
        text += (
            f" The closest it has is what {first} asks for now, not past pay: "
            f"{_full_stop(unstated.expected)} [{source.n}]"
        )
    text += f" I've noted the question for {first}. Meanwhile, you could ask {examples}."
    return OfflineAnswer(text + note, sources, list(sources), False, message, "unanswered")


def _schooling_held(chunks: Sequence[Chunk], sources: Sources) -> str:
    """The education entries the portfolio does list, marked as the closest it has to a degree not
    held (" The closest it lists: Associate in Fire Science at ... [1]"), or "" when it lists none."""
    held = [c for c in chunks if c.kind == "education"][:3]
    if not held:
        return ""
    said = []
    for c in held:
        source = sources.add(c.uri, c.title, c.text[:200])
        said.append(f"{c.title} [{source.n}]")
    return f" The closest it lists: {'; '.join(said)}."


def _permit_unstated(
    message: str, screened: Any, first: str, sources: Sources, examples: str, note: str
) -> OfflineAnswer:
    """The honest reply to a work permit for a country the owner's words on it do not name ("does
    he hold a US work permit?" of a German citizen), with those words as the closest fact, marked."""
    country = unstated_permit(message, screened.said) or "that country"
    article = "the " if country.startswith("United ") else ""
    c = screened.chunk
    source = sources.add(c.uri, c.title, screened.said[:200])
    said_as = _screened_said(c, first)
    asked = (
        f"is a citizen of {article}{country}"
        if citizenship_asked(message)
        else f"can work in {article}{country}"
    )
    text = (
        f"The portfolio doesn't say whether {first} {asked}, so I'd rather not guess. "
        f"The closest it has, {said_as[:1].lower()}{said_as[1:]}: “{_full_stop(screened.said)}” [{source.n}] "
        f"I've noted the question for {first}. Meanwhile, you could ask {examples}."
    )
    return OfflineAnswer(text + note, sources, list(sources), False, message, "unanswered")


def _not_placed(
    country: str,
    portfolio: Portfolio,
    index: SearchIndex,
    first: str,
    sources: Sources,
    examples: str,
    note: str,
    message: str,
) -> OfflineAnswer:
    """The honest reply to a stay in ``country`` the portfolio does not state, with where the owner
    is based as the closest fact, marked as such (an answer to another question, not this one)."""
    article = "the " if country.startswith("United ") else ""
    text = (
        f"The portfolio doesn't say that {first} has lived, worked or studied in {article}{country}, "
        "so I'd rather not guess."
    )
    loc = portfolio.resume.basics.location
    basics = _chunk(index, "profile#basics")
    place = ", ".join(p for p in (loc.city, loc.region, loc.country_code) if p) if loc else ""
    if place and basics is not None:
        source = sources.add(basics.chunk.uri, basics.chunk.title, f"Location: {place}")
        text += f" The closest it has: {first} is based in {place} [{source.n}]."
    text += f" I've noted the question for {first}. Meanwhile, you could ask {examples}."
    return OfflineAnswer(text + note, sources, list(sources), False, message, "unanswered")


# A time zone as a résumé states it: "from UTC−3", "CET", "GMT+1", "in the Eastern time zone",
# "fully remote within North American Eastern time".
_ZONE_SAID = re.compile(
    r"\b(?:UTC|GMT)\b|\b(?:CET|CEST|EET|WET|BST|IST|[ECMP][SD]T)\b|\btime ?zones?\b|"
    r"\b(?:Eastern|Central|Mountain|Pacific|Atlantic|Western|Central European|Eastern European) (?:standard )?time\b"
)


def _zone_in_summary(summary: str) -> str | None:
    """The summary's sentence stating the owner's time zone, if one does."""
    return next((s for s in _SENT_SPLIT.split(summary.strip()) if _ZONE_SAID.search(s)), None)


# "where's he from?" may ask where he lives or where he comes from: the summary's sentence on the
# second, when it has one, follows the first
_FROM_Q = re.compile(r"\b(?:from|come from|comes from)\W*$", re.IGNORECASE)
_ORIGIN_SAID = re.compile(
    r"\b(?:originally from|hails? from|grew up|born (?:and raised )?in|native of|home ?town|comes? from)\b",
    re.IGNORECASE,
)


def _origin_in_summary(summary: str) -> str | None:
    """The summary's sentence saying where the owner comes from ("Richard hails from Tulsa.")."""
    return next((s for s in _SENT_SPLIT.split(summary.strip()) if _ORIGIN_SAID.search(s)), None)


# Being in a place, moving to it or commuting to it: asked of the place the owner lives in, where she
# lives answers it
_AT_HOME_Q = re.compile(
    r"\b(?:relocat\w*|move|moving|commut\w*|(?:already|currently|still|now) (?:in|based|living|located)|"
    r"local to|(?:live|lives|living|based|located) (?:in|near|around|close to))\b",
    re.IGNORECASE,
)


_MOVED_Q = re.compile(r"\b(?:did|had|moved|relocated)\b", re.IGNORECASE)


def _home_asked(message: str, portfolio: Portfolio) -> bool:
    """Whether ``message`` asks about being in, moving to or commuting to the owner's own city, region
    or country (by name)."""
    loc = portfolio.resume.basics.location
    if loc is None or not _AT_HOME_Q.search(message) or _MOVED_Q.search(message):
        return False  # ("did she move to Lisbon for the bootcamp?" asks about a move made)
    names = (loc.city, loc.region, country_name(loc.country_code))
    return any(names_in(n, message) for n in names if n and len(n) > 2)


def _placed_in_summary(summary: str, city: str | None) -> str | None:
    """The summary's sentence naming the owner's city ("Based in Kraków, Poland; open to remote
    work"), which says the country by name where the location field has only its code."""
    if not city:
        return None
    return next((s for s in _SENT_SPLIT.split(summary.strip()) if names_in(city, s)), None)


# A pitch asked as the owner's story ("what's her background?", "tl;dr?", "short bio", "sum him up"), not
# as a case for hiring ("why hire her?", "what would he bring?"): the story does not open as a case.
_STORY_ASKED = re.compile(
    r"\b(?:background|bio|story|deal|summary|overview|intro(?:duction)?|tl;?dr|sum(?:med|ming)? (?:\w+ )?up|"
    r"in (?:one|a) (?:line|sentence|paragraph)|who (?:is|'s|’s) (?:she|he|they|\w+))\b",
    re.IGNORECASE,
)
_CASE_WORDS = re.compile(
    r"\b(?:why|hire|hiring|fit|value|bring|reasons?|case|impressive|best|strongest)\b", re.I
)


def _aside(sentence: str) -> bool:
    """A summary sentence that is not part of the owner's case: hiring logistics or a career break."""
    return states_logistics(sentence) or states_break(sentence)


_ON_REQUEST = re.compile(r"\b(?:up)?on request\b", re.IGNORECASE)
# the case asked in figures ("which numbers would convince a CTO?", "her key metrics?")
_FIGURES_ASKED = re.compile(
    r"\b(?:numbers|figures|metrics|stats|statistics|data points|kpis)\b", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")


def _pitch(
    message: str, portfolio: Portfolio, index: SearchIndex, first: str, sources: Sources, note: str
) -> OfflineAnswer | None:
    """ "Why should we hire her?": the summary, then the strongest evidence - the sentences on the
    topic the question names ("an accessibility-heavy team"), the current role's first results, an
    award, the project ranked highest and what a reference says. The portfolio's words, not a judgement."""
    parts: list[str] = []
    basics = _chunk(index, "profile#basics")
    summary = portfolio.resume.basics.summary
    if basics is not None and summary:
        source = sources.add(basics.chunk.uri, basics.chunk.title, summary[:200])
        # the case the owner makes often follows a long sentence of biography ("I trained as a
        # physicist, ... and since 2017 I have worked for myself. I make slow code fast."): quoted
        # up to its fifth sentence
        # the hiring logistics (notice, visa, where she wants to work) and a break answer their own
        # questions: the case is the rest
        case = " ".join(x for x in _SENT_SPLIT.split(re.sub(r"\s+", " ", summary).strip()) if not _aside(x))
        parts.append(
            f"In {first}'s own words: “{_sentences(case or summary, limit=5, max_chars=720)}” [{source.n}]"
        )
    standout = standout_evidence(index.chunks)
    cited_later = [e.chunk for e in standout]
    # the owner's field, which every line is about: beside the lines on the whole topic asked, the
    # line on what the role adds to it ("a fintech data role": the payments, not just the data)
    field = f"{portfolio.resume.basics.label or ''}. {_sentences(summary or '', limit=1)}"
    names = portfolio.owner_name.split()
    said: list[str] = []
    on_topic = topic_evidence(message, index.chunks, index.rarity, names, shown=cited_later)
    beyond = topic_evidence(message, index.chunks, index.rarity, names, shown=cited_later, headline=field)
    for found in [*on_topic, *[e for e in beyond if e not in on_topic][:1]]:
        source = sources.add(found.chunk.uri, found.chunk.title, found.sentence[:200])
        parts.append(f"On what you asked: {_full_stop(found.sentence)} [{source.n}]")
        said.append(found.sentence)
    work = _chunk(index, "profile#work/0")
    if work is not None and portfolio.resume.work:
        w = portfolio.resume.work[0]
        # the role's two results that prove most, and its best result on the topic asked when
        # those do not speak to it (a fintech role: the payment volumes, beside the cost cuts);
        # each result said once in the reply
        fresh = [h for h in w.highlights if not any(h.rstrip(".") in s for s in said)]
        # "the two or three numbers that would convince a CTO": the case asked in figures gets the
        # role's results that state one, up to three
        counted = [h for h in fresh if _DIGIT.search(h)] if _FIGURES_ASKED.search(message) else []
        proof = sorted(counted or fresh, key=evidence_rank)[: 3 if counted else 2]
        # the result the owner lists first is the one they lead with (the scale of the system they
        # run), though a cost cut further down states more figures: it stays in the case
        if fresh and fresh[0] not in proof and evidence_rank(fresh[0]) < 0:
            proof.insert(0, fresh[0])
        for credit in (
            topic_credit(message, index.rarity, names),
            topic_credit(message, index.rarity, names, index.chunks, field),
        ):
            topical = max(fresh, key=credit, default=None)
            if topical is not None and credit(topical) > max(map(credit, proof), default=0.0):
                proof.append(topical)
        shown = [h.rstrip(".") for h in proof]
        if shown:
            source = sources.add(work.chunk.uri, work.chunk.title, shown[0][:200])
            parts.append(
                f"Strongest evidence, as {work.chunk.title}: " + "; ".join(shown) + f". [{source.n}]"
            )
    earlier = _earlier_result(portfolio.resume.work, said)
    if earlier is not None:
        i, result = earlier
        before = _chunk(index, f"profile#work/{i}")
        if before is not None:
            source = sources.add(before.chunk.uri, before.chunk.title, result[:200])
            parts.append(f"Before that, as {before.chunk.title}: {_full_stop(result)} [{source.n}]")
    for found in standout:
        source = sources.add(found.chunk.uri, found.chunk.title, found.sentence[:200])
        what = "Recognition" if found.chunk.kind == "award" else "Standout project"
        parts.append(f"{what}: {_full_stop(found.sentence)} [{source.n}]")
    ref = _chunk(index, "profile#references/0")
    r0 = portfolio.resume.references[0] if portfolio.resume.references else None
    if ref is not None and r0 is not None and not _ON_REQUEST.search(f"{r0.name or ''} {r0.reference or ''}"):
        # "References available on request" is a note, not someone's word for the owner
        r = r0
        source = sources.add(ref.chunk.uri, ref.chunk.title, (r.reference or "")[:200])
        who = f" {r.name}" if r.name else " a reference"
        parts.append(f"From{who}: “{_sentences(r.reference or '', limit=2)}” [{source.n}]")
    if not parts:
        return None
    story = _STORY_ASKED.search(message) and not _CASE_WORDS.search(message)
    opener = f"{first} in brief:" if story else "Here's the case the portfolio makes:"
    text = opener + "\n" + "\n".join(f"- {p}" for p in parts) + note
    return OfflineAnswer(text, sources, list(sources), True, "why hire", "question", [s.uri for s in sources])


# A side role beside the main job (part-time teaching, an internship) is not the step before it.
_SIDE_ROLE = re.compile(
    r"\b(?:part[- ]time|intern\w*|trainee|teaching assistant|lecturer|volunteer\w*)\b", re.IGNORECASE
)


def _earlier_result(work: Sequence[Work], said: Sequence[str]) -> tuple[int, str] | None:
    """The result that proves most (a figure, a record) of the main job before the current one -
    its index into ``work`` and the sentence - or None: the case rests on more than one employer,
    and the biggest number is often the previous job's (an app's downloads, a migration's size)."""
    dated = sorted(
        (i for i, w in enumerate(work) if w.start_date is not None and w.start_date.year is not None),
        key=lambda i: (work[i].start_date.year or 0, work[i].start_date.month or 1),  # type: ignore[union-attr]
        reverse=True,
    )
    if not dated or dated[0] != 0:
        return None  # the pitch's current role is the newest entry; any other order is not read
    for i in dated[1:]:
        w = work[i]
        if w.end_date is None or w.end_date.present or _SIDE_ROLE.search(w.position or ""):
            continue
        fresh = [h for h in w.highlights if not any(h.rstrip(".") in s for s in said)]
        best = min(fresh, key=evidence_rank, default=None)
        return (i, best.rstrip(".")) if best is not None and evidence_rank(best) < 0 else None
    return None


# "How many years of experience does she have?", "how experienced is he?": the whole career, not
# the duration of whichever job search ranked first; "years of experience with Rust" is a skill's.
_CAREER_Q = re.compile(
    r"\b(?:(?:years?|yrs?) (?:of )?(?:(?:total|overall|professional|work(?:ing)?|industry|relevant|full[- ]time|"
    r"paid|commercial) ){0,2}(?:experience|exp)\b|"
    r"how experienced|\byoe\b|career (?:length|span)|(?:how long|how many years) (?:has|have) (?:she|he|they|\w+) been (?:working|coding|"
    r"programming|in (?:the )?(?:industry|tech|software)|an? (?:engineer|developer|programmer)s?\b)|"
    # "how long has she worked in tech?": the career, not whichever job search ranked first
    r"(?:how long|how many years) (?:has|have) (?:she|he|they|\w+) (?:been )?work(?:ed|ing) (?:in (?:the )?(?:industry|tech|software|"
    r"it|engineering)|professionally)\b|"
    # "how much real experience does he have?", "how much full-time professional experience?": the whole
    # career, nothing named after it
    r"\bhow much (?:(?:real|actual|professional|work(?:ing)?|industry|relevant|hands[- ]on|full[- ]time|paid|"
    r"commercial|permanent) ){0,2}(?:experience|exp) "
    r"(?:does|do|has|have|did) (?:she|he|they|\w+(?:-\w+)?)(?: (?:got|have|had|gotten))?\s*[?.!]*$)",
    re.IGNORECASE,
)
_SCOPED = re.compile(
    r"\b(?:with|using|doing|on|in)\s+(?!total\b|the industry\b|industry\b|tech\b|software\b|the field\b|all\b)\w",
    re.IGNORECASE,
)
# "how long has she been working at Dalbit?" asks the stay at one employer, not the career
_AT_EMPLOYER = re.compile(
    r"\b(?:at|for)\s+(?!a living\b|(?:this|the|that|a|an|our|your|my) (?:role|job|position|opening|team)\b)\w",
    re.IGNORECASE,
)
_YEARS_SAID = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\w+ty(?:-\w+)?)\+? years\b",
    re.IGNORECASE,
)


def _career(
    index: SearchIndex,
    first: str,
    sources: Sources,
    note: str,
    field: tuple[int, str] | None = None,
    *,
    full_time: bool = False,
) -> OfflineAnswer | None:
    """ "How many years of experience?": what the summary says of it in the owner's words, and the
    span the work history covers by its dates (first entry to the latest), each cited; with ``field``
    (the first job of the field asked and its name: "how long has she worked in tech?" of a former
    teacher), the span from that job, and the jobs before it; with ``full_time`` ("how much full-time
    experience?"), the span of the jobs held full-time, each named with its dates, internships and
    part-time roles left out (a graduate's internships are no full-time years)."""
    parts: list[str] = []
    basics = _chunk(index, "profile#basics")
    if basics is not None:
        said = next(
            (s for s in _sentence_list(basics.chunk.text, skip_first=True) if _YEARS_SAID.search(s)), None
        )
        if said:
            source = sources.add(basics.chunk.uri, basics.chunk.title, said[:200])
            parts.append(f"In {first}'s own words: “{_full_stop(said)}” [{source.n}]")
    jobs = [
        (m.group(0).strip("() ").split(" – ")[0], h)
        for h in (_chunk(index, c.id) for c in index.chunks if c.kind == "work")
        if h
        for m in [_SPAN.search(h.chunk.title)]
        if m
    ]
    held = [(s, h) for s, h in jobs if not side_job(h.chunk.title)] if full_time else jobs
    pivot = _chunk(index, f"profile#work/{field[0]}") if field else None
    if held and len(held) < len(jobs) and field is None:
        start, earliest = min(held, key=lambda j: j[0])
        ends = [m.group(3) for _, h in held for m in [_SPAN.search(h.chunk.title)] if m]
        end = "the present" if "present" in ends else max(ends)
        named = "; ".join(
            f"{_name(h)} ({m.group(0).strip('() ') if m else s}) "
            f"[{sources.add(h.chunk.uri, h.chunk.title, h.chunk.text[:200]).n}]"
            for s, h in sorted(held, key=lambda j: j[0], reverse=True)[:3]
            for m in [_SPAN.search(h.chunk.title)]
        )
        parts.append(
            f"By the dates in the portfolio, {first}'s full-time work (internships and part-time roles left out) "
            f"runs from {start} to {end}: {named}."
        )
    elif jobs and pivot is not None and field is not None:
        m = _SPAN.search(pivot.chunk.title)
        start = m.group(0).strip("() ").split(" – ")[0] if m else ""
        later = [(s, h) for s, h in jobs if s >= start]
        before = sorted((j for j in jobs if j[0] < start), key=lambda j: j[0])
        ends = [m.group(3) for _, h in later for m in [_SPAN.search(h.chunk.title)] if m]
        end = "the present" if "present" in ends else max(ends)
        source = sources.add(pivot.chunk.uri, pivot.chunk.title, pivot.chunk.text[:200])
        text = (
            f"By the dates in the portfolio, {first}'s work in {field[1]} runs from {start} "
            f"({_name(pivot)}) to {end}. [{source.n}]"
        )
        if before:
            earlier = "; ".join(
                f"{_name(h)} [{sources.add(h.chunk.uri, h.chunk.title, h.chunk.text[:200]).n}]"
                for _, h in before[:3]
            )
            text += f" Before that: {earlier}."
        parts.append(text)
    elif jobs:
        start, earliest = min(jobs, key=lambda j: j[0])
        ends = [m.group(3) for _, h in jobs for m in [_SPAN.search(h.chunk.title)] if m]
        end = "the present" if "present" in ends else max(ends)
        source = sources.add(earliest.chunk.uri, earliest.chunk.title, earliest.chunk.text[:200])
        parts.append(
            f"By the dates in the portfolio, {first}'s work history runs from {start} "
            f"({_name(earliest)}) to {end}. [{source.n}]"
        )
    if not parts:
        return None
    text = " ".join(parts) + note
    return OfflineAnswer(text, sources, list(sources), True, "career", "question", [s.uri for s in sources])


# "was she at Kestrel longer than at Nordhafen?", "more time at X than at Y?": two stays compared by "than"
_DURATION_Q = re.compile(
    r"\b(how long|(?:longer|shorter) (?:than )?(?:at|with|in|on|there|as)|(?:stay(?:ed)?|spen[dt]) (?:longer|more time)|more time (?:at|with|as)|"
    r"(?:at|with|as) [^?.,;]{1,60}? (?:longer|shorter) than|how many years|since when|duration|tenure|"
    # "which took longer, her PhD or her time at X?"
    r"which (?:one )?(?:was|took|lasted|ran) (?:longer|shorter))\b"
)
# "how long does the battery last?", "how long does a deploy take?": what a thing does, in the present,
# not a stay or an entry's dates ("how long did the internship last?" is one)
_LASTS_Q = re.compile(
    r"\bhow long (?:does|do|will|would|can) (?!(?:she|he|they)\b)[^?]*?\b(?:last|take|run|hold)\b|"
    # "how long did the module take to boot?": what a thing took to do, not a stay
    r"\bhow long did (?!(?:she|he|they)\b)[^?]*?\btake to\b"
)
_SPAN = re.compile(r"\(?(\d{4})(?:-(\d{2}))?(?:-\d{2})? – (present|(\d{4})(?:-(\d{2}))?(?:-\d{2})?)\)?")
_START = re.compile(r"\b((?:19|20)\d\d(?:-\d\d)?(?:-\d\d)?)\b")


def _dates_line(text: str) -> str:
    """The "Dates: 2018-03 – 2021-06" line of a passage (project pages state their dates so)."""
    return next((line for line in text.splitlines() if line.startswith("Dates:")), "")


def _start(hit: Hit) -> str | None:
    """When a dated entry began, as the portfolio writes it: the first date of its title, else of
    its "Dates:" line."""
    posted = _POST_DATE.match(hit.chunk.text.split("\n", 1)[0])  # a post's first line: "Post: T (date)"
    m = _START.search(hit.chunk.title) or _START.search(_dates_line(hit.chunk.text)) or posted
    return m.group(1) if m else None


def _name(hit: Hit) -> str:
    """An entry's name without its dates ("ebbflow (2019-04)" -> "ebbflow")."""
    return re.sub(r"\s*\([^()]*\d{4}[^()]*\)$", "", hit.chunk.title).strip()


def _results_weighed(compared: Sequence[Hit], message: str) -> str | None:
    """The lead of two jobs weighed by what came of them ("the co-op job or the satellite start-up:
    which paid off more?", "which had more impact, X or Y?"): the portfolio states each one's results,
    never which counts for more, so both are shown side by side; None for any other question."""
    if len(compared) != 2 or asks_order(message) is not None or _DURATION_Q.search(_norm(message)):
        return None
    if not _QUANTITY_Q.search(message):
        return None
    names = " and ".join(_name(h) for h in compared)
    return f"What the portfolio reports for {names}, side by side:"


def _order_lead(hits: Sequence[Hit], message: str) -> str | None:
    """ "Which is older, X or Y?": the named entries by their dates, from the portfolio's dates."""
    newer_first = asks_order(message)
    if newer_first is None:
        return None
    dated: list[tuple[str, str]] = []
    for hit in hits[:4]:
        start = _start(hit)
        name = _name(hit)
        if start and all(name != n for n, _ in dated) and hit.chunk.kind not in ("faq", "skill"):
            dated.append((name, start))
    if len(dated) < 2:
        return None
    a, b = dated[0], dated[1]
    if (a[1] > b[1]) != newer_first:
        a, b = b, a
    word = "more recent" if newer_first else "earlier"
    return (
        f"By the dates in the portfolio, {a[0]} ({a[1]}) is the {word} of the two; {b[0]} dates from {b[1]}:"
    )


def _months(hit: Hit) -> tuple[str, int, str] | None:
    """(entry name, months, the dates as written) from a dated passage title like
    "... at X (2017-06 – 2021-02)"."""
    m = _SPAN.search(hit.chunk.title)
    name_end = m.start() if m else len(hit.chunk.title)
    if m is None and "#" not in hit.chunk.id:  # a project page states its dates in a "Dates:" line
        m = _SPAN.search(_dates_line(hit.chunk.text))
    if not m or hit.chunk.kind not in ("work", "volunteer", "education", "project", "resume_project"):
        return None
    start, _, end = m.group(0).strip("() ").partition(" – ")
    try:
        months = months_spanned(parse_partial_date(start), parse_partial_date(end), dt.date.today())
    except DateError:
        return None
    name = hit.chunk.title[:name_end].strip()
    return name, months or 0, m.group(0).strip("() ")


_COMPARING = re.compile(r"\b(longer|shorter|or|than|compared)\b")


def _compared_roles(hits: Sequence[Hit], message: str, chunks: Sequence[Chunk]) -> list[Hit]:
    """ "Longer as an SRE or as a manager?": the two jobs the question names by their role, as
    passages (search's own where it found them), else []."""
    norm = _norm(message)
    if not _DURATION_Q.search(norm) or not _COMPARING.search(norm):
        if asks_order(message) is None and not _QUANTITY_Q.search(message):
            return []
        # "which came first, the port authority job or ...?", "the co-op job or the start-up: which
        # paid off more?": each side's own entry, whatever search ranked between them
        named = jobs_compared(chunks, message)
    else:
        named = named_roles(chunks, message)
        if len(named) != 2:
            named = employers_named(chunks, message)  # "longer at Kestrel or at Nordhafen?"
        if len(named) == 1:  # "her PhD or her time at X?": a degree beside the stay
            named = _degree_and_stay(chunks, message, named[0])
        if len(named) != 2:  # "longer at the port authority or at the freight start-up?"
            named = jobs_compared(chunks, message)
    if len(named) != 2:
        return []
    found = {h.chunk.id: h for h in hits}
    return [found.get(c.id) or Hit(c, 0.0, c.text[:200]) for c in named]


# A degree a question names by its kind ("her PhD", "his master's"), as education titles write it.
_DEGREE_KINDS = (
    (
        re.compile(r"\b(?:phd|ph\.d\.?|doctorate|doctoral)\b", re.I),
        re.compile(r"\b(?:PhD|Ph\.D|Doctor|Doctoral)", re.I),
    ),
    (re.compile(r"\bmaster(?:'s|s)?\b", re.I), re.compile(r"\bMaster", re.I)),
    (re.compile(r"\bbachelor(?:'s|s)?\b", re.I), re.compile(r"\bBachelor", re.I)),
)


def _degree_and_stay(chunks: Sequence[Chunk], message: str, stay: Chunk) -> list[Chunk]:
    """The education entry of the one degree of the kind ``message`` names and ``stay`` (a job it names),
    in the question's order; [] when no degree, or more than one of that kind, is named."""
    for asked, titled in _DEGREE_KINDS:
        m = asked.search(message)
        if m is None:
            continue
        degrees = [c for c in chunks if c.kind == "education" and titled.search(c.title)]
        if len(degrees) != 1:
            return []
        employer = employer_of(stay) or ""
        at = min((message.find(w) for w in employer.split() if w in message), default=len(message))
        return [degrees[0], stay] if m.start() < at else [stay, degrees[0]]
    return []


# (the verb taking the time names no entry either: "how long did her PhD take?" is not the job whose
# sentence says "taking a retrain to 50 minutes"; a sentence saying "took eight weeks" still answers)
_DURATION_WORDS = (
    frozenset(analyze("year years month months time tenure duration take takes took taken taking"))
    | _SPAN_WORDS
)


def _asked_entry(hits: Sequence[Hit], query: str, rarity: Callable[[str], float] | None) -> Hit | None:
    """The dated entry among ``hits`` that answers the question's other words strictly better than
    the first dated one, else None: "where did she do her postdoc, and for how long?" asks the
    postdoc's span, however search ranked a contract job that shares "where" and "long" with it."""
    dated = [h for h in hits[:CANDIDATES] if _months(h) is not None]
    if len(dated) < 2:
        return None
    query = _HOW_LONG_Q.sub(" ", query)  # what the span is of, not a sentence that states any span

    def strength(hit: Hit) -> float:
        sentences = _sentence_list(f"{hit.chunk.title}\n{hit.chunk.text}")
        return _scored_sentences(sentences, query, rarity, _DURATION_WORDS)[0][0] if sentences else 0.0

    best = max(dated, key=strength)
    return best if best is not dated[0] and strength(best) > strength(dated[0]) else None


def _duration_lead(
    hits: Sequence[Hit],
    norm: str,
    compared: Sequence[Hit] = (),
    rarity: Callable[[str], float] | None = None,
    query: str = "",
    chunks: Sequence[Chunk] = (),
) -> str | None:
    """ "How long was she at X?" / "longer at X or Y?": the durations worked out from the dates
    (``compared``: the two entries the question names, compared whatever search ranked first; with
    ``query``, a single span is the entry that answers its other words best, ``_asked_entry``)."""
    if not _DURATION_Q.search(norm) or _LASTS_Q.search(norm):
        return None
    # one span asked of one entry; a comparison ("longer at X or at Y?") weighs the first two
    asked = None if compared or not query or _COMPARING.search(norm) else _asked_entry(hits, query, rarity)
    if (
        hits
        and not compared
        and query
        and not _COMPARING.search(norm)
        and (asked or hits[0]).chunk.kind != "work"
    ):
        job = employer_asked(chunks, query)  # "how long at X?": the job at X, not a project for X
        if job is not None:
            asked = next((h for h in hits if h.chunk.id == job.id), None) or Hit(job, 0.0, job.text[:200])
    now = None if compared or not query or _COMPARING.search(norm) else current_employer(chunks, query)
    if now is not None:  # "how long at her current employer?": the ongoing main job, however ranked
        asked = next((h for h in hits if h.chunk.id == now.id), None) or Hit(now, 0.0, now.text[:200])
    spans = [
        sp for sp in (_months(h) for h in ([asked] if asked else compared or hits[:4])) if sp is not None
    ]
    if not spans:
        return None
    if len(spans) >= 2 and _COMPARING.search(norm):
        a, b = spans[0], spans[1]
        longer = a if a[1] >= b[1] else b
        return (
            f"{a[0]}: {span_words(a[1])} ({a[2]}); {b[0]}: {span_words(b[1])} ({b[2]}) — the longer was "
            f"{longer[0]}. From the dates in the portfolio:"
        )
    first = asked or (compared or hits[:4])[0]
    stay = employer_tenure(first.chunk, chunks, query) if query and _months(first) else None
    if stay:
        return stay
    name, months, dates = spans[0]
    return f"{name}: {span_words(months)} ({dates}), from the dates in the portfolio:"


def _ranked_engagements(chunks: Sequence[Chunk], order: str) -> list[Hit]:
    """A consultant's client engagements (``client_work``) ranked by ``order`` from their dates:
    longest / shortest by months, newest / oldest by start, previous by the latest end among those
    that have ended; ``[]`` when fewer than two are dated (nothing to rank)."""
    entries = client_entries(
        [Hit(chunk=c, score=1.0, snippet=c.text[:200]) for c in chunks if c.kind == "work"]
    )
    dated: list[tuple[Hit, int, re.Match[str]]] = []
    for h in entries:
        span, m = _months(h), _SPAN.search(h.chunk.title)
        if span is not None and m is not None:
            dated.append((h, span[1], m))
    if len(dated) < 2:
        return []
    if order in ("longest", "shortest"):
        dated.sort(key=lambda item: item[1], reverse=order == "longest")
    elif order == "previous":
        dated = [item for item in dated if item[2].group(3) != "present"]
        dated.sort(key=lambda item: (item[2].group(4), item[2].group(5) or "12"), reverse=True)
    elif order in ("newest", "oldest"):
        dated.sort(key=lambda item: (item[2].group(1), item[2].group(2) or "01"), reverse=order == "newest")
    else:
        return []
    return [Hit(chunk=h.chunk, score=1.0, snippet=h.snippet) for h, _, _ in dated]


def _ranking_lead(message: str, first: str) -> str | None:
    sup = read_superlative(message)
    if sup is None or kind_at_job(message, sup) is not None:
        return None  # "which projects did she do at her previous job?" ranks no job for the reader
    if sup.order == "popular":
        return (
            f"Ranked by what the portfolio reports (GitHub stars, downloads, adoption), {first}'s projects:"
        )
    if sup.order == "least":
        return "Ranked by what the portfolio reports (GitHub stars, downloads), the least popular first:"
    if sup.order in ("longest", "shortest"):
        return f"By the dates in the portfolio, the {sup.order} first:"
    if sup.order == "previous":
        return f"By the dates in the portfolio, {first}'s most recent role before the current one first:"
    if _asks_now(message):
        return f"By the dates in the portfolio, what {first} does now first:"
    word = "most recent" if sup.order == "newest" else "earliest"
    return f"By the dates in the portfolio, the {word} first:"


def _topic(hit: Hit) -> str:
    """What a passage is about, to skip a second passage on the same thing (résumé entry + project page)."""
    if hit.chunk.kind not in ("project", "resume_project") or "#" in hit.chunk.id.removeprefix("profile#"):
        return hit.chunk.uri  # a write-up's sections each say something of their own
    return re.sub(r"\s*\(.*\)$", "", hit.chunk.title.partition(" — ")[0]).casefold()


def _choose(hits: Sequence[Hit], query: str, rarity: Callable[[str], float] | None) -> list[Hit]:
    """The passages to show: the top-ranked topics, each by its passage that answers the question
    best (not merely the first ranked); and when a passage further down answers the question's
    rarest words better than the weakest shown one, it is shown too (one more point) - so a fact in the 4th
    passage is shown when it is what was asked."""
    best = hits[0].score or 1.0
    candidates = list(hits[:CANDIDATES])
    strength = {id(h): answer_strength(h, query, rarity) for h in candidates}
    lead = strength[id(candidates[0])]
    # a passage ranked low by search still belongs when its sentences answer the question at least as
    # well as the top passage's ("what did he do at Hooli?": the summary line that says so)
    pool = [
        h
        for h in candidates
        if h.score >= RELATED_SHARE * best or (strength[id(h)] > 0 and strength[id(h)] >= lead)
    ]
    by_topic: dict[str, Hit] = {}
    for hit in pool:
        held = by_topic.get(_topic(hit))
        if held is None or strength[id(hit)] > strength[id(held)]:
            by_topic[_topic(hit)] = hit
    ranked = list(by_topic.values())
    chosen, rest = ranked[:MAX_PASSAGES], ranked[MAX_PASSAGES:]
    if rest and len(chosen) == MAX_PASSAGES:
        shown = min(strength[id(h)] for h in chosen)
        better = max(rest, key=lambda h: strength[id(h)])
        if strength[id(better)] > shown:
            chosen.append(better)
    if asks_amount(query):
        # "how big was the brewhouse?": the passage whose figure counts the brewhouse leads one whose
        # figure counts workshops on it
        chosen = figure_first(chosen, query, lambda h: _best_sentence(h, query, rarity), strength, _amount)
    return chosen


def _best_sentence(hit: Hit, query: str, rarity: Callable[[str], float] | None) -> str:
    """A passage's sentence that answers the question best (``answer_strength``'s sentence)."""
    sentences = _sentence_list(f"{hit.chunk.title}\n{hit.chunk.text}")
    if not sentences:
        return ""
    return sentences[_scored_sentences(sentences, query, rarity)[0][1]]


# "When did she start shoal?", "what year did she write about operators?": a date is what is asked.
_WHEN_Q = re.compile(
    r"\b(?:when|what year|which year|what month|since when|how long ago|what date|dated?)\b", re.IGNORECASE
)
_POST_DATE = re.compile(r"^Post: .*\(((?:19|20)\d\d(?:-\d\d){0,2})\)$")


def _entry_date(hit: Hit, index: SearchIndex) -> str | None:
    """The date of the post or project a passage belongs to, as its page states it ("published
    2021-09-05", "project dates: 2024-01 – present"): a section of a write-up carries no date of its
    own, its page's first passage does. None for entries whose title already has their dates."""
    if hit.chunk.kind not in ("post", "project"):
        return None
    page = index.get(hit.chunk.id.split("#", 1)[0]) or hit.chunk
    first_line = page.text.split("\n", 1)[0]
    posted = _POST_DATE.match(first_line)
    if posted:
        return f"published {posted.group(1)}"
    dates = _dates_line(page.text)
    return f"project dates: {dates.removeprefix('Dates:').strip()}" if dates else None


_EVIDENCE_KINDS = ("work",)
_CLAIM_SHARE = 0.3  # how well a job must answer, against the summary's claim, to be shown as its evidence


def _entry_evidence(
    index: SearchIndex, chosen: Sequence[Hit], query: str, rarity: Callable[[str], float] | None
) -> list[Hit]:
    """The résumé entry whose highlight answers the question better than every passage chosen,
    when search ranked it lower ("did she mentor anyone?": "Mentored five engineers" of the
    current job, not only the code club): the résumé's own results are the evidence a recruiter
    asks for, whatever order search put the related passages in."""
    if not query or (chosen and chosen[0].chunk.kind == "faq"):
        return []  # a screening question the FAQ answers needs no job highlight beside it
    shown = {h.chunk.id for h in chosen}
    top = max((answer_strength(h, query, rarity) for h in chosen), default=0.0)
    if (
        chosen
        and chosen[0].chunk.kind == "basics"
        and not any(h.chunk.kind in _EVIDENCE_KINDS for h in chosen)
    ):
        # the owner's summary leads with a claim ("Lately I ship production Rust"): the job that
        # shows it is the evidence, though it says it in fewer of the question's words
        top *= _CLAIM_SHARE
    best: tuple[float, Chunk] | None = None
    for chunk in index.chunks:
        if chunk.kind not in _EVIDENCE_KINDS or chunk.id in shown:
            continue
        hit = Hit(chunk=chunk, score=0.0, snippet=chunk.text[:200])
        strength = answer_strength(hit, query, rarity)
        if strength >= top and strength > 0 and (best is None or strength > best[0]):
            best = (strength, chunk)
    if best is None:
        return []
    return [Hit(chunk=best[1], score=0.0, snippet=best[1].text[:200])]


def _rarest_evidence(
    index: SearchIndex, chosen: Sequence[Hit], query: str, rarity: Callable[[str], float] | None
) -> list[Hit]:
    """The passage of the kind search ranked first that says the question's rarest word, when none
    of the chosen ones does ("would she work for an adtech company?": the one FAQ answer naming
    advertising, however search ranked the FAQ's other answers about work): that word is what the
    question is about, and the passage naming it is the one that can answer. ``[]`` when a chosen passage names it."""
    if rarity is None or not query or not chosen or len(chosen) > MAX_PASSAGES:
        return []
    said = vocabulary(index.chunks).terms
    ideas = sorted(_question_terms(query, rarity), key=lambda item: -item[0])
    # the rarest of the question's words that the portfolio says at all (one it never says, as
    # "Nobel", is for the refusals to weigh, not a passage to find)
    words = next(
        (w for w in ({t for t, x in idea.items() if x >= 1.0} for _, idea in ideas) if w & said), None
    )
    if not words:
        return []

    def names(chunk: Chunk) -> bool:
        return bool(words & set(analyze(f"{chunk.title}\n{chunk.text}")))

    if any(names(h.chunk) for h in chosen):
        return []
    shown = {h.chunk.id for h in chosen}
    kind = chosen[0].chunk.kind  # search found the kind of passage that answers, not the one
    found = [
        Hit(chunk=c, score=0.0, snippet=c.text[:200])
        for c in index.chunks
        if c.kind == kind and c.id not in shown and names(c)
    ]
    if not found:
        return []
    return [max(found, key=lambda h: answer_strength(h, query, rarity))]


# "What language is the project written in?", "what's it built with?": the languages a project's
# page states, said with any of its passages (a section of a write-up does not repeat them).
_LANGUAGE_Q = re.compile(
    r"\b(?:(?:programming )?languages?|written in|built (?:in|with)|coded in|tech ?stack|stack)\b",
    re.IGNORECASE,
)


def _page_languages(hit: Hit, index: SearchIndex) -> str | None:
    """ "ledgerline is written in Rust", from the "Languages:" line of the project page a passage
    belongs to; None for other passages."""
    if hit.chunk.kind != "project":
        return None
    page = index.get(hit.chunk.id.split("#", 1)[0]) or hit.chunk
    line = next((ln for ln in page.text.splitlines() if ln.startswith("Languages:")), "")
    langs = [x.strip() for x in line.removeprefix("Languages:").split(",") if x.strip()]
    if not langs:
        return None
    listed = langs[0] if len(langs) == 1 else ", ".join(langs[:-1]) + " and " + langs[-1]
    return f"{_name(Hit(chunk=page, score=0.0, snippet='')).partition(' — ')[0]} is written in {listed}"


def _answer(
    hits: list[Hit],
    query: str,
    first: str,
    sources: Sources,
    note: str,
    *,
    lead: str | None = None,
    prefix: str = "",
    rarity: Callable[[str], float] | None = None,
    index: SearchIndex | None = None,
    counted: dict[str, str] | None = None,
) -> OfflineAnswer:
    """The reply from the passages ``hits`` (``counted``: a passage's sentence stating the number a
    count question asks for, said with that passage whichever of its sentences were chosen)."""
    focus = f"{query} GitHub stars downloads adopted production" if asks_popularity(query) else query
    token = _SIMILARITY.set(_similarity(index, query) if index is not None else None)
    try:
        return _answer_with(
            hits,
            query,
            focus,
            first,
            sources,
            note,
            lead=lead,
            prefix=prefix,
            rarity=rarity,
            index=index,
            counted=counted,
        )
    finally:
        _SIMILARITY.reset(token)


_QUOTED = re.compile(r"“([^”]{20,})”")  # the owner's words a framed line quotes
# The words a one-line entry's passage frames its title with ("Certificate: X issued by Y (2022-11)").
_ENTRY_FRAME = frozenset(analyze("certificate award education interest issued by from at in"))


def _listed_whole(chunk: Chunk, prefix: str) -> bool:
    """Whether ``prefix`` lists the entry by its title and its passage says nothing more (a
    certificate's or a degree's one line): shown again below the listing, it is a repeated line."""
    return chunk.title in prefix and set(analyze(chunk.text)) <= set(analyze(chunk.title)) | _ENTRY_FRAME


def _answer_with(
    hits: list[Hit],
    query: str,
    focus: str,
    first: str,
    sources: Sources,
    note: str,
    *,
    lead: str | None,
    prefix: str,
    rarity: Callable[[str], float] | None,
    index: SearchIndex | None,
    counted: dict[str, str] | None,
) -> OfflineAnswer:
    """``_answer`` once the question's closeness in meaning is set for its sentences."""
    chosen = _choose(hits, focus, rarity)
    if index is not None:
        chosen += _entry_evidence(index, chosen, focus, rarity)
        chosen += _rarest_evidence(index, chosen, focus, rarity)
        chosen += [
            Hit(chunk=c, score=0.0, snippet=c.text[:200])
            for c in followed_entries(query, [h.chunk for h in chosen], index.chunks)
        ]
    when = index is not None and bool(_WHEN_Q.search(query))
    lang = index is not None and bool(_LANGUAGE_Q.search(query))
    said_dates: set[str] = set()
    lines: list[str] = []
    quoted: list[str] = _QUOTED.findall(prefix)  # the owner's words the prefix already quotes
    shown: list[Hit] = []
    for hit in chosen:
        sentence = frame(hit, first, focus, rarity)
        said = _QUOTED.findall(sentence)
        if said and all(any(q == old or _said_within(old, q) for old in quoted) for q in said):
            # the summary's sentence the FAQ-like passages drawn from it repeat: quoted once; a longer
            # quote around words already quoted repeats them too ("I spent twelve years in kitchens. I am
            # looking for ...": the lead quoted the first sentence)
            continue
        quoted += said
        shown.append(hit)
        if _listed_whole(hit.chunk, prefix):
            continue  # "what certifications does she have?": the listing already said all of it
        source = sources.add(hit.chunk.uri, hit.chunk.title, hit.snippet)
        if not sentence.endswith((".", "!", "?", "”", "…")):
            sentence += "."
        number = (counted or {}).get(hit.chunk.id)
        if number and _full_stop(number).rstrip(".") not in sentence:
            sentence += f" {_full_stop(number)}"
        written = _page_languages(hit, index) if lang and index is not None else None
        if written and written not in said_dates:  # "what is it written in?": the page's languages
            said_dates.add(written)
            sentence += f" ({written})"
        dated = _entry_date(hit, index) if when and index is not None else None
        if dated and dated not in said_dates:  # once per page, on its first passage shown
            said_dates.add(dated)
            sentence += f" ({dated})"
        lines.append(f"{sentence} [{source.n}]")
    if not lines:  # every passage found is one the prefix lists whole
        body, prefix = "", prefix.rstrip()
    elif lead:
        body = lead + "\n" + "\n".join(f"- {line}" for line in lines)
    else:
        body = lines[0]
        if len(lines) > 1:
            body += "\n\nRelated:\n" + "\n".join(f"- {line}" for line in lines[1:])
    return OfflineAnswer(
        prefix + body + note, sources, list(sources), True, query, "question", [h.chunk.uri for h in shown]
    )


# "What's the biggest cost saving she delivered?": a superlative over amounts of money or percentages.
# ("a top 10 ranking" names a rank, it asks no superlative)
_TOP_Q = re.compile(
    r"\b(?:biggest|largest|highest|greatest|most significant|top(?! ?\d)|best)\b", re.IGNORECASE
)
_MONEY_Q = re.compile(
    r"\b(?:costs?|savings?|saved?|spend(?:ing)?|bills?|revenue|money|budget|dollars?|euros?|pounds?|financial)\b|[€$£]",
    re.IGNORECASE,
)
_PERCENT_Q = re.compile(r"\b(?:percent(?:age)?|improvement|reduction|speed-?up|gain)\b|%", re.IGNORECASE)
_MONEY = re.compile(
    # the currency by its sign or its code, before the figure ("$40k", "EUR 210,000") or after it
    r"(?:(?:[€$£]|\b(?:EUR|USD|GBP|CHF)\s?)\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|bn|billion)?\b)"
    r"|(?:\b(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|bn|billion)?\s*(?:euros?|dollars?|pounds?|EUR|USD|GBP)\b)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b)", re.IGNORECASE)
_FIGURE_CUES = re.compile(r"\b(?:percent(?:age)?s?|amounts?|figures?|numbers?)\b|%", re.IGNORECASE)
_SCALE = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_CHANGE = re.compile(
    r"\b(?:reduc|cut|save|saving|lower|rais|grew|grow|increas|improv|boost|drop)", re.IGNORECASE
)


def _amounts(sentence: str, money: bool) -> list[float]:
    """The money amounts (or percentages) a sentence states, as numbers."""
    if not money:
        return [float(m.group(1)) for m in _PERCENT.finditer(sentence)]
    out = []
    for m in _MONEY.finditer(sentence):
        digits, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append(float(digits.replace(",", "")) * _SCALE.get((scale or "").casefold(), 1.0))
    return out


def _speedup_ranking(
    message: str, index: SearchIndex, first: str, sources: Sources, note: str, rarity: Callable[[str], float]
) -> OfflineAnswer | None:
    """ "What was her biggest speedup?": the sentences stating how much faster something got (from the
    times they give: "from 9 hours to 95 minutes"), ranked by the factor; None when fewer than two
    sentences state one (nothing to rank)."""
    if not asks_speedup(message):
        return None
    question = _SPEED_CUES.sub(" ", message)  # what the speed-up is of ("at the genomics lab")
    found: dict[str, tuple[float, float, str, Chunk]] = {}
    for chunk in index.chunks:
        if chunk.kind in ("reference", "skill"):
            continue
        for sentence in _sentence_list(chunk.text):
            factor = speedup_factor(sentence)
            key = re.sub(r"\W+", " ", sentence.casefold()).strip()
            if factor is not None and key not in found:
                said = f"{_name(Hit(chunk=chunk, score=0.0, snippet=''))}. {sentence}"  # the job or project named too
                relevance = _scored_sentences([said], question, rarity)[0][0]
                found[key] = (factor, relevance, sentence, chunk)
    timed = timed_words(message)
    named = {k: v for k, v in found.items() if all(re.search(rf"\b{w}", v[2], re.IGNORECASE) for w in timed)}
    if timed and named:
        # "biggest latency improvement?": the speed-ups of latency (one is the answer too)
        found = named
    elif len(found) < 2:
        return None
    best = max(rel for _, rel, _, _ in found.values())
    pool = [item for item in found.values() if item[1] >= 0.5 * best] if best > 0 else list(found.values())
    ranked = sorted(pool, key=lambda item: -item[0])[:MAX_PASSAGES]
    lines = []
    for factor, _, sentence, chunk in ranked:
        source = sources.add(chunk.uri, chunk.title, sentence[:200])
        lines.append(
            f"- {sentence.rstrip('.')} (about {factor:.0f} times faster; {chunk.title}). [{source.n}]"
        )
    text = "Ranked by how much faster the portfolio's own figures say things got, the largest first:\n"
    return OfflineAnswer(
        text + "\n".join(lines) + note,
        sources,
        list(sources),
        True,
        message,
        "question",
        [s.uri for s in sources],
    )


_SPEED_CUES = re.compile(
    r"\b(?:biggest|largest|greatest|best|most|impressive|significant|top|main|speed-?ups?|sped|up|"
    r"performance|wins?|gains?|improvements?|faster|quicker|made)\b",
    re.IGNORECASE,
)


def _figure_ranking(
    message: str,
    index: SearchIndex,
    first: str,
    sources: Sources,
    note: str,
    *,
    rarity: Callable[[str], float] | None = None,
) -> OfflineAnswer | None:
    """ "Biggest cost saving?" / "largest percentage improvement?": the portfolio's sentences that
    state such an amount and speak to the question, ranked by the amount - each cited. An honest
    "not stated" for money the portfolio never states; None when the question ranks no amounts."""
    if not _TOP_Q.search(message):
        return None
    money = bool(_MONEY_Q.search(message))
    if not money and not _PERCENT_Q.search(message):
        return None
    question = _FIGURE_CUES.sub(" ", _TOP_Q.sub(" ", message))  # the words asking for a figure match none
    found: dict[str, tuple[float, str, Chunk]] = {}
    change = bool(_CHANGE.search(question))  # "saving", "cut": only amounts that changed something
    # what the change is of ("battery life" in "her biggest battery life improvement"): the words that
    # neither ask for a change nor for a result
    topic = [] if money else _topic_ideas(question, rarity)
    on_topic = off_topic_said = False
    for chunk in index.chunks:
        for sentence in _sentence_list(chunk.text):
            amounts = _amounts(sentence, money)
            if topic and _speaks_to(sentence, topic):
                on_topic = on_topic or bool(amounts)
                off_topic_said = off_topic_said or not amounts
            if not amounts:
                continue
            relevance = _scored_sentences([sentence], question, rarity)[0][0]
            changed = bool(_CHANGE.search(sentence))
            if (relevance <= 0 and not (change and changed)) or (change and not changed):
                continue
            key = re.sub(r"\W+", " ", sentence.casefold()).strip()
            if key not in found:
                found[key] = (max(amounts), sentence, chunk)
    if not found and money:  # an amount of money the portfolio never states: honest, not a guess
        text = (
            f"The portfolio doesn't state an amount like that for {first}, so I'd rather not guess. "
            f"I've noted the question for {first}."
        )
        return OfflineAnswer(text + note, sources, [], False, message, "unanswered")
    if not found or (off_topic_said and not on_topic):
        # "biggest battery life improvement?" stated in hours, not in percent: search's passage answers
        return None
    if on_topic:
        found = {k: v for k, v in found.items() if _speaks_to(v[1], topic)}
    ranked = sorted(found.values(), key=lambda item: -item[0])[:MAX_PASSAGES]
    lines = []
    for _, sentence, chunk in ranked:
        source = sources.add(chunk.uri, chunk.title, sentence[:200])
        lines.append(f"- {sentence.rstrip('.')} ({chunk.title}). [{source.n}]")
    what = "amounts of money" if money else "percentages"
    text = f"Ranked by the {what} the portfolio states, the largest first:\n" + "\n".join(lines) + note
    return OfflineAnswer(text, sources, list(sources), True, message, "question", [s.uri for s in sources])


def _topic_ideas(question: str, rarity: Callable[[str], float] | None) -> list[dict[str, float]]:
    """The ideas of ``question`` that name what is ranked, not the asking for a change or a result."""
    asking = _CHANGE_TERMS | _RESULT_TERMS
    return [idea for _, idea in _question_terms(question, rarity) if not idea.keys() & asking]


def _speaks_to(sentence: str, topic: Sequence[dict[str, float]]) -> bool:
    """Whether ``sentence`` names every idea of ``topic`` (by the idea's own word, not a related one)."""
    words = set(analyze(sentence))
    return all(any(w >= 1.0 and t in words for t, w in idea.items()) for idea in topic)


_MEASURE_WORDS = {
    "stars": "GitHub stars, then adoption or awards",
    "downloads": "downloads, then adoption or awards",
    "contributors": "contributors, then adoption or awards",
    "rating": "store ratings, then adoption or awards",
    "users": "users, then adoption or awards",
}


# A comparison of named projects by their standing in other words than "popular": "bigger on GitHub".
_GITHUB_CMP = re.compile(
    r"\b(?:github|stars?|starred|downloads?|contributors?)\b.*\b(?:or|than|vs\.?|versus)\b|"
    r"\b(?:bigger|larger|better|stronger|more (?:used|known|starred|stars|downloads|contributors|impressive|"
    r"successful))\b",
    re.IGNORECASE,
)


_HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)


def _project_ranking(
    message: str, index: SearchIndex, first: str, sources: Sources, note: str
) -> OfflineAnswer | None:
    """ "Strongest project?" / "rank her repos by popularity": the projects ordered by the standing
    their pages state, each quoted and cited; None when the question ranks no projects or no project
    states a standing (then search answers)."""
    named = named_projects(index.chunks, message)
    if len(named) < 2:  # "the trace viewer or the Rust log library?": the projects described
        named = set(compared_projects(index.chunks, message)) or named
    compared = len(named) >= 2 and (asks_popularity(message) or bool(_GITHUB_CMP.search(message)))
    if not compared and len(named) == 1 and _HOW_MANY.search(message):
        return None  # "how many stars does the <X> repo have?" counts one project's stars: no ranking
    order = "popular" if compared else ranking_order(message)
    if order is None:
        return None
    found = ranked(index.chunks, message, order)
    if compared:  # "is shoal bigger than ebbflow on GitHub?": the two named, by what their pages state
        found = [s for s in found if s.name.casefold() in named]
        if len(found) < 2:
            return None
    found = found[:MAX_PASSAGES]
    if not found:
        return None
    strength = None if compared or order != "popular" else strength_lines(index.chunks, found[0], message)
    lines = []
    for standing in found:
        source = sources.add(standing.chunk.uri, standing.chunk.title, standing.sentence[:200])
        lines.append(f"- {standing.name}: {standing.sentence.rstrip('.;')}. [{source.n}]")
        if strength is not None and len(lines) == 1:
            # "her strongest project?": what makes the first one strong, in its own lines
            entry, more = strength
            cited = sources.add(entry.uri, entry.title, "; ".join(more)[:200])
            lines[0] += f" Its entry also says: {'; '.join(more)}. [{cited.n}]"
    by = _MEASURE_WORDS[measure(message)]
    projects_only = all(s.chunk.kind in ("project", "resume_project") for s in found)
    work = f"{first}'s projects" if projects_only else f"what {first} has worked on"
    which = "the least popular first" if order == "least" else f"{work}, the strongest first"
    head = f"Ranked by what the portfolio reports ({by}), {which}:"
    if compared:
        head = f"Compared by what the portfolio reports ({by}), {found[0].name} comes first:"
    text = head + "\n" + "\n".join(lines) + note
    return OfflineAnswer(text, sources, list(sources), True, message, "question", [s.uri for s in sources])


# "Is she stronger in Go or in machine learning?": two skills weighed against each other.
_SKILL_CMP = re.compile(
    r"\b(?:better|stronger|weaker|worse|more (?:experienced|proficient|skilled|comfortable|senior)|"
    r"best|strongest)\b.*\b(?:or|than|vs\.?|versus)\b|\b(?:vs\.?|versus)\b|"
    # "Go or Kotlin, which is he better at?": the comparing word after the two
    r"\bor\b.*\b(?:which|what)\b.*\b(?:better|stronger|weaker|more (?:experienced|proficient|skilled|comfortable))\b",
    re.IGNORECASE,
)
# "Swift or Kotlin?": two names and nothing else, the choice between two skills
_BARE_CHOICE = re.compile(
    r"\W*(?P<one>[\w+#.-]+(?: [\w+#.-]+)?) or (?P<other>[\w+#.-]+(?: [\w+#.-]+)?)\W*", re.IGNORECASE
)


_AREA_PARTS = re.compile(r"\s+(?:and|&)\s+|\s*/\s*", re.IGNORECASE)


def _without_longer(message: str, name: str, names: Sequence[str]) -> str:
    """``message`` without the names of ``names`` that hold ``name`` as a part."""
    for longer in names:
        if len(longer) > len(name) and names_in(name, longer):
            message = re.sub(
                rf"(?<![\w+#-]){re.escape(longer)}(?![\w+#-])", " ", message, flags=re.IGNORECASE
            )
    return message


def _compared_skills(message: str, index: SearchIndex) -> list[tuple[str, Chunk]]:
    """The skills a comparing question names, each with its résumé entry (the entry's own name -
    "Systems programming" - or one of its keywords names it), in the question's order; ``[]``
    unless the question compares and names two."""
    bare = _BARE_CHOICE.fullmatch(message)
    if not _SKILL_CMP.search(message) and bare is None:
        return []
    asked: list[tuple[str, Chunk]] = []
    # a name the question writes in another spelling ("postgres" for PostgreSQL, "k8s"), by its term
    spelled = {
        terms[0]: word
        for word in re.findall(r"[\w+#.-]+", message)
        if len(terms := analyze(word)) == 1 and word.casefold() != terms[0]
    }
    for chunk in index.chunks:
        if chunk.kind != "skill":
            continue
        area = re.sub(r"\s*\(.*?\)\s*$", "", chunk.title)  # "Frontend (Intermediate)" -> "Frontend"
        for name in dict.fromkeys((*chunk.keywords, chunk.title, area)):
            if len(name) < 2 or any(n == name for n, _ in asked):
                continue
            terms = analyze(name)
            if names_in(name, message) or (len(terms) == 1 and terms[0] in spelled):
                asked.append((name, chunk))
    for chunk in index.chunks:
        # "accessibility or APIs?": an area written as two ("APIs and Data") is named by either part,
        # unless a longer name asked already holds that part
        if chunk.kind != "skill" or any(c.id == chunk.id for _, c in asked):
            continue
        area = re.sub(r"\s*\(.*?\)\s*$", "", chunk.title)
        for part in _AREA_PARTS.split(area) if _AREA_PARTS.search(area) else ():
            if names_in(part, message) and not any(names_in(part, n) for n, _ in asked):
                asked.append((part, chunk))
                break
    # "React Native or Kotlin?" names React Native, not React as well
    names = [m for m, _ in asked]
    asked = [
        (n, c)
        for n, c in asked
        if not any(len(m) > len(n) and names_in(n, m) for m in names)
        or names_in(n, _without_longer(message, n, names))
    ]
    if len(asked) < 2:
        return []
    if bare is not None and not _SKILL_CMP.search(message):
        sides = {tuple(analyze(bare.group("one"))), tuple(analyze(bare.group("other")))}
        if {tuple(analyze(n)) for n, _ in asked} != sides:
            return []  # "Swift or Flutter?": a side that names no skill is no choice between two

    def at(name: str) -> int:
        found = message.casefold().find(name.casefold())
        terms = analyze(name)
        return (
            found if found >= 0 or len(terms) != 1 else message.casefold().find(spelled[terms[0]].casefold())
        )

    asked.sort(key=lambda item: at(item[0]))
    return asked


def _named_side(message: str, index: SearchIndex) -> list[Hit]:
    """For a bare choice ("aws or gcp?") one of whose two sides names a thing the portfolio never
    writes, what search finds answered for the other side; ``[]`` otherwise."""
    bare = _BARE_CHOICE.fullmatch(message)
    if bare is None:
        return []
    sides = (bare.group("one"), bare.group("other"))
    absent = [bool(missing_names(side, index.chunks)) for side in sides]
    if absent.count(True) != 1:
        return []
    return index.search(sides[absent.index(False)], CANDIDATES)


def _skill_lead(message: str, index: SearchIndex, first: str, sources: Sources) -> str | None:
    """Two skills compared by the levels the résumé states for them (a skill's name or one of its
    keywords names it), each cited, to lead the passages that say more; None unless the question
    compares and names two skills."""
    asked = _compared_skills(message, index)
    if not asked:
        return None
    said = []
    for name, chunk in asked[:MAX_PASSAGES]:
        source = sources.add(chunk.uri, chunk.title, chunk.text[:200])
        area = re.sub(r"\s*\(.*?\)\s*$", "", chunk.title)
        listed = (
            chunk.title if name.casefold() == area.casefold() else f"{name} is listed under {chunk.title}"
        )
        said.append(f"{listed} [{source.n}]")
    return f"By the levels {first}'s résumé states: " + "; ".join(said) + ". What the portfolio says:"
