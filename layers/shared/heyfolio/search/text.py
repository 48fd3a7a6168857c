"""Text analysis for grounded search: tokens, stop words, stems, aliases and question intents.

Index and query go through the same normalisation so that "K8s", "kubernetes" and
"Kubernetes" meet on one term, and "studied" meets "study". The domain tables here
are generic to résumés and portfolios (never tuned to one owner): aliases that are
true synonyms are folded into one term on both sides; looser relations ("salary" ~
"compensation") only expand the query, with a lower weight; and question cues
("where did she study") point at the kinds of chunk that answer them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from heyfolio.search.compounds import PART_PREFIX, binding_split, bound_head, camel_pieces, dotted_js
from heyfolio.search.tech_names import TECHNOLOGY_NAMES

__all__ = [
    "CAPITAL_CONCEPTS",
    "FAQ_TOPIC_TERMS",
    "FIELD_CONCEPTS",
    "KIND_PREFIX",
    "MEASURED",
    "SHORTHAND",
    "SHORTHAND_PAIRS",
    "STOP_WORDS",
    "QueryGroup",
    "analyze",
    "asked_in_other_words",
    "category_members",
    "expand",
    "fold",
    "is_category_term",
    "is_family_member_term",
    "is_instance_term",
    "is_lexicon_term",
    "kind_term",
    "lexicon_spellings",
    "light_verb_terms",
    "normalize_token",
    "parse_query",
    "respelled",
    "stem",
    "token_spans",
    "tokenize",
]

# A token is a run of letters/digits; dots join runs ("node.js", "4.0"), and trailing
# "+"/"#" stay attached ("c++", "c#"). Hyphens, slashes and apostrophes split.
_TOKEN_RE = re.compile(r"[^\W_](?:[^\W_]|\.(?=[^\W_]))*[+#]*")

KIND_PREFIX = "kind:"  # the tokenizer never produces ":", so these cannot collide with words
MEASURED = "measured_result"  # the concept of a measured change a passage states (``analyze``)


def kind_term(kind: str) -> str:
    """The pseudo-term every chunk of ``kind`` carries, which question intents point at."""
    return KIND_PREFIX + kind


def fold(token: str) -> str:
    """Lower-case and strip accents ("Résumé" -> "resume") so spelling variants meet."""
    token = token.casefold()
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Folded raw tokens, stop words included (phrases like "right to work" need them)."""
    return [fold(m) for m in _TOKEN_RE.findall(text)]


def _capital_abbreviation(raw: str, token: str, text: str) -> str:
    """``token``, or the concept a capitalised abbreviation names ("US" -> "usa") when ``raw``
    is written in capitals and ``text`` is not shouted in capitals throughout."""
    concept = _CAPITAL_ABBREVIATIONS.get(token)
    if concept is None or not raw.isupper() or not any(ch.islower() for ch in text):
        return token
    return concept


# Abbreviations that are units after a number: "180 ms" is milliseconds, not a master's degree.
_UNITS: dict[str, str] = {"ms": "millisecond"}


# An acronym's plural is written with a lower-case "s" ("SDKs", "GPUs", "CVEs"); the stemmer keeps the
# "s" of a word without vowels or ending in one ("sdks", "gpus"), so the plural would miss the singular.
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]+s")


def _singular_acronym(raw: str, token: str) -> str:
    """``token`` without its plural "s" when ``raw`` is an acronym's plural ("SDKs" -> "sdk"); a name whose
    "s" is its own ("K8s", an alias of Kubernetes) is kept whole."""
    return token[:-1] if _ACRONYM_PLURAL.fullmatch(raw) and token not in _ALIASES else token


def _analysis_tokens(text: str) -> tuple[list[str], list[str]]:
    """``tokenize`` with capitalised abbreviations read as what they name, acronyms' plurals as their
    singular, and units after a number as units (``_UNITS``); and the tokens as written."""
    raws = _TOKEN_RE.findall(text)
    tokens = [fold(r) for r in raws]
    for i, token in enumerate(tokens):
        if token in _CAPITAL_ABBREVIATIONS:
            tokens[i] = _capital_abbreviation(raws[i], token, text)
        elif token in _UNITS and i and tokens[i - 1][-1:].isdigit():
            tokens[i] = _UNITS[token]
        else:
            tokens[i] = _singular_acronym(raws[i], token)
    return tokens, raws


def token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Folded tokens with their character offsets in ``text`` (for snippets)."""
    for m in _TOKEN_RE.finditer(text):
        yield fold(m.group()), m.start(), m.end()


# fmt: off
STOP_WORDS: frozenset[str] = frozenset((
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "anything", "are", "aren", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "cannot", "could", "couldn", "d", "did", "didn", "do",
    "does", "doesn", "doing", "don", "done", "down", "during", "each", "either", "else", "ever",
    "every", "few", "for", "from", "further", "get", "gets", "got", "had", "hadn", "has", "hasn",
    "have", "haven", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "i", "if", "in", "into", "is", "isn", "it", "its", "itself", "just", "ll", "m", "may", "me",
    "might", "mine", "more", "most", "much", "many", "must", "mustn", "my", "myself", "no", "nor",
    "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
    "own", "please", "re", "s", "same", "shall", "she", "should", "shouldn", "so", "some",
    "something", "such", "t", "tell", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "until", "up", "upon", "us", "ve", "very", "was", "wasn", "we", "were", "weren", "what",
    "whats", "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "would", "wouldn", "y", "you", "your", "yours", "yourself", "yourselves",
    # prepositions and quantifiers the list above lacks: they join a question's ideas, never name one
    "across", "among", "amongst", "within", "via", "onto", "toward", "towards", "several",
    "various", "numerous",
    # question fillers: they say how a visitor asks, not what about
    "anyone", "someone", "somebody", "person", "candidate", "thing", "things", "stuff", "kind", "sort",
    "lot", "lots", "want", "wants", "wanted", "like", "use", "used", "uses", "using", "know",
    "knows", "known", "anything", "ever", "well", "really", "actually", "experience",
    "experienced", "experiences", "look", "looking", "seek", "seeking",
))

# True synonyms and irregular forms: folded into one token on both the index and the query side.
_ALIASES: dict[str, str] = {
    # a comparative of speed is a speed-up, not the adjective ("faster" asks by how much; "fast learner" does not)
    "faster": "speedup", "quicker": "speedup", "speedier": "speedup",
    # an iPhone app is an iOS app: a résumé names the platform by either
    "iphone": "ios",
    # shown to the public by a store or a jury is featured ("was her app showcased anywhere?")
    "showcased": "featured",
    # hedging adverbs say how much, not what: their stems are content words ("purely" -> "pure", "basically"
    # -> a "Basic" language level, "largely" -> "large"), so "is she purely infra or has she done ML?"
    # weighed a word of an unrelated passage as the question's rarest; read as "only", a stop word
    "purely": "only", "solely": "only", "exclusively": "only", "entirely": "only", "strictly": "only",
    "largely": "only", "totally": "only", "completely": "only", "basically": "only", "mostly": "only",
    "mainly": "only", "primarily": "only", "predominantly": "only", "chiefly": "only",
    "particularly": "only", "especially": "only",
    # numeronyms are their word, also inside a name ("a11y-lint"): one idea however written
    "a11y": "accessibility", "o11y": "observability", "i18n": "internationalization",
    "l10n": "localization",
    "k8s": "kubernetes", "kube": "kubernetes", "golang": "go", "js": "javascript",
    "ecmascript": "javascript", "ts": "typescript", "postgres": "postgresql", "psql": "postgresql",
    "pg": "postgresql", "py": "python", "python3": "python", "nodejs": "node.js", "reactjs": "react",
    "react.js": "react", "vuejs": "vue", "vue.js": "vue", "cpp": "c++", "cplusplus": "c++",
    "csharp": "c#", "dotnet": ".net", "tf": "terraform", "sklearn": "scikit", "mongo": "mongodb",
    "dynamo": "dynamodb", "llms": "llm", "cicd": "ci", "cv": "resume", "ph.d": "phd",
    "doctorate": "phd", "doctoral": "phd", "dphil": "phd", "msc": "master", "meng": "master", "m.eng": "master",
    "mtech": "master", "m.tech": "master", "beng": "bachelor", "b.eng": "bachelor", "btech": "bachelor",
    # the adjective of a noun the stemmer leaves apart ("managerial experience?": management)
    "managerial": "management",
    "b.tech": "bachelor", "b.a": "bachelor", "m.sc": "master", "masters": "master", "ms": "master", "m.s": "master",
    "bsc": "bachelor", "b.sc": "bachelor", "ba": "bachelor", "bs": "bachelor", "b.s": "bachelor",
    "bachelors": "bachelor", "undergraduate": "bachelor",
    # a law degree by its letters ("an LLB?"): the field a degree names, whatever the jurisdiction calls it
    # ("Master of Laws", "Juris Doctor"); not "JD", a recruiter's job description as often
    "llb": "law", "ll.b": "law", "wfh": "remote", "h1b": "visa", "e-mail": "email", "mail": "email",
    "hobbies": "hobby", "admin": "administrator", "hq": "headquarters", "adtech": "advertising", "prod": "production", "fintech": "fintech", "devops": "devops",
    # a scientist named by the field ("a physicist who codes?"): the field a degree or a role names
    "physicist": "physics", "chemist": "chemistry", "mathematician": "mathematics", "statistician": "statistics",
    "economist": "economics", "biologist": "biology", "linguist": "linguistics", "astronomer": "astronomy",
    "geologist": "geology",
    # British spellings
    "favourite": "favorite", "colour": "color", "honour": "honor", "licence": "license",
    "authorised": "authorized", "authorisation": "authorization", "organisation": "organization",
    "optimise": "optimize", "optimised": "optimized", "optimisation": "optimization",
    "recognised": "recognized", "recognise": "recognize", "visualisation": "visualization",
    "programme": "program", "u.k": "uk", "britain": "uk", "u.s": "usa", "u.s.a": "usa",
    "america": "usa", "defence": "defense", "travelling": "traveling",
    # irregular forms the stemmer leaves apart
    "taught": "teach", "led": "lead", "built": "build", "wrote": "write", "written": "write",
    "won": "win", "spoke": "speak", "spoken": "speak", "made": "make", "ran": "run", "began": "begin",
    "begun": "begin", "grew": "grow", "grown": "grow", "chose": "choose", "chosen": "choose",
    "children": "child", "kids": "kid", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "went": "go", "better": "good", "best": "good",
    "fastest": "fast", "bigger": "large", "biggest": "large", "largest": "large",
    "larger": "large", "bought": "buy", "sold": "sell",
    "rewrote": "rewrite", "rewritten": "rewrite", "rebuilt": "rebuild",
    "drove": "drive", "driven": "drive",
    # clipped words are their full word ("which exam board?" -> "Examiner for ...", "maths" -> mathematics);
    # the plural is listed too, its stem being too short to meet the alias (``_ALIAS_STEM_MIN``)
    "exam": "examination", "exams": "examination", "maths": "mathematics", "math": "mathematics",
}

# Chat and recruiter shorthand, by concept: what a word written in a hurry stands for. Read from
# general written English (messaging and job-ad abbreviations), not from any question set; a
# question is rewritten with the full words before it is read, so the question's cues ("how many
# years", "where") are seen too. Only lower-case words the content does not use are rewritten.
SHORTHAND: dict[str, str] = {
    # time
    "yr": "year", "yrs": "years", "yoe": "years of experience", "mo": "month", "mos": "months",
    "mth": "month", "mths": "months", "wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours",
    "mins": "minutes", "asap": "as soon as possible",
    # people and roles
    "ppl": "people", "mgr": "manager", "mgmt": "management", "mngmt": "management",
    "eng": "engineer", "engs": "engineers", "dev": "developer", "devs": "developers",
    "swe": "software engineer", "sr": "senior", "jr": "junior", "ic": "individual contributor",
    "em": "engineering manager", "ems": "engineering managers",
    "cto": "chief technology officer", "vp": "vice president",
    # screening
    "exp": "experience", "xp": "experience", "comp": "compensation", "sal": "salary",
    "avail": "availability", "relo": "relocation", "loc": "location", "tz": "time zone",
    "ft": "full-time", "pt": "part-time", "perm": "permanent", "w2": "employee",
    # education and credentials
    "uni": "university", "undergrad": "undergraduate", "grad": "graduate", "postgrad": "postgraduate",
    "cert": "certification", "certs": "certifications", "qual": "qualification",
    "quals": "qualifications",
    # companies and work
    "biz": "business", "org": "organization", "orgs": "organizations",
    "prev": "previous", "curr": "current", "proj": "project", "projs": "projects",
    "infra": "infrastructure", "approx": "approximately",
    "repo": "repository", "repos": "repositories", "docs": "documentation", "db": "database",
    "dbs": "databases", "perf": "performance", "config": "configuration", "dept": "department",
    "govt": "government", "intl": "international", "mktg": "marketing", "reqs": "requirements",
    "arch": "architecture", "auth": "authentication", "di": "dependency injection", "vuln": "vulnerability",
    # a clipped compound of the trade ("pentest" for a penetration test; "pen test" is read as its two words)
    "pentest": "penetration test", "pentests": "penetration tests", "pentesting": "penetration testing",
    "pentester": "penetration tester", "pentesters": "penetration testers",
    "vulns": "vulnerabilities", "algo": "algorithm", "algos": "algorithms", "lang": "language",
    "langs": "languages", "lvl": "level",
    # a simulator in a hurry ("flight sim", "sim racing"); a SIM card's content writes "sim" itself
    "sim": "simulator", "sims": "simulators",
    # résumé sections and their entries
    "stats": "statistics", "pubs": "publications", "refs": "references", "edu": "education",
    "exps": "experiences",
    # numeronyms: the first letter, the count of letters left out, the last ("a11y")
    "a11y": "accessibility", "o11y": "observability", "i18n": "internationalization",
    "l10n": "localization",
    # function words
    "wat": "what", "wut": "what", "abt": "about", "thru": "through", "pls": "please", "plz": "please",
    "u": "you", "ur": "your", "b4": "before", "bc": "because", "cuz": "because",
    "rn": "right now", "atm": "at the moment",
}

# Shorthand of two words whose first word alone means something else ("comp" is pay in "comp expectations",
# "comp sci" is computer science): read as a pair before any word is read alone.
SHORTHAND_PAIRS: dict[str, str] = {
    "comp sci": "computer science", "compsci": "computer science", "comp eng": "computer engineering",
    "elec eng": "electrical engineering", "mech eng": "mechanical engineering",
    "sw eng": "software engineering", "sw engineer": "software engineer", "sw dev": "software developer",
}

# Multi-word names of one thing: the index keeps the words and adds the concept token;
# a query naming the phrase asks for the concept (so "ML" and "machine learning" meet).
_PHRASES: dict[str, str] = {
    "amazon web services": "aws", "google cloud platform": "gcp", "google cloud": "gcp",
    "machine learning": "ml", "deep learning": "deep_learning", "artificial intelligence": "ai",
    "natural language processing": "nlp", "large language model": "llm",
    "retrieval augmented generation": "rag", "static application security testing": "sast",
    "dynamic application security testing": "dast", "infrastructure as code": "iac",
    "continuous integration": "ci", "continuous delivery": "ci", "continuous deployment": "ci",
    # engineering terms written by their initials as often as in full ("CDC", "SSO"): one idea either way
    "change data capture": "cdc", "single sign on": "sso", "role based access control": "rbac",
    "software development kit": "sdk", "test driven development": "tdd", "domain driven design": "ddd",
    "object relational mapping": "orm", "object relational mapper": "orm", "multi factor authentication": "mfa",
    "c sharp": "c#", "notice period": "notice_period", "work authorization": "work_authorization",
    "right to work": "work_authorization", "work permit": "work_authorization",
    "green card": "work_authorization", "visa sponsorship": "work_authorization",
    # a "track record" is the results someone has to show, not a record or an award
    "track record": "achievement", "proud of": "achievement", "proudest of": "achievement", "employee of the month": "award",
    # placing behind the winner is an award too ("was he a runner-up anywhere?": "Second Place")
    "runner up": "award", "second place": "award", "third place": "award", "honorable mention": "award",
    "honourable mention": "award", "employee of the year": "award", "work from home": "remote", "free time": "hobby", "spare time": "hobby",
    "outside of work": "hobby", "outside work": "hobby", "apart from work": "hobby",
    "besides work": "hobby",
    # "what does she do when she's not coding?": the time away from the work itself
    "not coding": "hobby", "not working": "hobby", "not programming": "hobby", "not at work": "hobby",
    "off the clock": "hobby", "want to earn": "salary", "expect to earn": "salary",
    "hope to earn": "salary", "does she earn": "salary", "does he earn": "salary", "away from work": "hobby", "off work": "hobby", "stop maintaining": "archive",
    "stopped maintaining": "archive", "no longer maintained": "archive", "no longer maintains": "archive", "for fun": "hobby", "after work": "hobby",
    "side project": "project", "open source": "open_source", "get in touch": "contact",
    # "is she more of an SRE or a data engineer these days?": a time the question places itself in, now
    "these days": "now",
    # the profession asked by what it does ("did he practise law?"): the lawyer a résumé names by title
    "practise law": "lawyer", "practice law": "lawyer", "practised law": "lawyer", "practiced law": "lawyer",
    "practising law": "lawyer", "practicing law": "lawyer",
    # the sections of a résumé by their other common names (JSON Resume's volunteer, projects, work)
    "pro bono": "volunteer", "unpaid work": "volunteer", "community service": "volunteer",
    "charity work": "volunteer", "giving back": "volunteer", "give back": "volunteer", "gives back": "volunteer",
    "pet project": "project", "personal project": "project", "hobby project": "project",
    "passion project": "project",
    # "in production or just hobby stuff?": the hobby set against the work is what she made for herself
    "just hobby": "project", "just a hobby": "project", "only hobby": "project",
    # what the owner made for herself, not for an employer or a client ("any apps of her own?")
    "of her own": "project", "of his own": "project", "of their own": "project", "her own app": "project",
    "his own app": "project", "their own app": "project", "work history": "work_history", "employment history": "work_history",
    "job history": "work_history", "career history": "work_history", "employment record": "work_history",
    "start date": "availability", "salary expectations": "salary", "tech stack": "skill",
    # what a contractor charges is pay too
    "hourly rate": "salary", "hour rate": "salary",
    "contract rate": "salary", "consulting rate": "salary", "rate card": "salary",
    "alma mater": "university", "grade point average": "gpa", "team lead": "lead", "intellectual property": "patent",
    "tech lead": "lead", "per second": "throughput", "a second": "throughput", "design doc": "rfc", "design docs": "rfc", "design document": "rfc",
    "design documents": "rfc", "technical design": "rfc", "ad tech": "advertising", "message broker": "message_broker",
    "message queue": "message_broker", "event streaming": "message_broker",
    "speak at": "talk", "spoke at": "talk", "give talks": "talk", "how old": "age",
    "date of birth": "age", "have kids": "family", "have children": "family",
    "has kids": "family", "has children": "family", "any kids": "family", "any children": "family",
    "kids does she have": "family", "kids does he have": "family", "kids do they have": "family",
    "children does she have": "family", "children does he have": "family",
    "children do they have": "family", "driving license": "driving_license", "driver license": "driving_license",
    "drivers license": "driving_license", "driver's license": "driving_license", "driver’s license": "driving_license",
    "security clearance": "security_clearance", "time zone": "timezone", "web site": "website",
    "front end": "frontend", "back end": "backend", "full stack": "fullstack",
    "health tech": "healthtech", "health care": "healthcare", "e health": "healthtech", "digital health": "healthtech",
    "e commerce": "ecommerce", "public sector": "public_sector",
    # a discipline named by two words whose tools a résumé lists instead (``_ASKED_IN_OTHER_WORDS``)
    "configuration management": "configuration_management", "config management": "configuration_management",
    "state management": "state_management",
    "build tool": "build_tool", "build tooling": "build_tool", "build system": "build_tool",
    "task queue": "task_queue", "job queue": "task_queue", "background job": "task_queue",
    "background task": "task_queue", "background worker": "task_queue",
    "model compression": "model_compression", "compressing models": "model_compression",
    "compress models": "model_compression",
    "experiment tracking": "experiment_tracking", "error tracking": "error_tracking",
    "crash reporting": "error_tracking", "error monitoring": "error_tracking", "exception tracking": "error_tracking",
    "workflow orchestration": "workflow_orchestration", "workflow orchestrator": "workflow_orchestration",
    "workflow engine": "workflow_orchestration", "workflow manager": "workflow_orchestration",
    "workflow management": "workflow_orchestration", "pipeline orchestration": "workflow_orchestration",
    "code scanning": "code_scanning", "code scanner": "code_scanning", "static code analysis": "code_scanning",
    "static analysis": "code_scanning",
    "local database": "local_storage", "local storage": "local_storage", "local persistence": "local_storage",
    "device database": "local_storage", "device storage": "local_storage", "offline storage": "local_storage",
    "mobile database": "local_storage", "on device persistence": "local_storage",
    "distributed tracing": "tracing", "mean time to recovery": "mttr", "on call": "on_call",
    "start up": "startup", "open to work": "availability", "people manager": "manager",
    "engineering manager": "manager",
    # a manager's meetings with each report, however written ("1:1s", "one-to-ones", "one-on-ones")
    "1 1": "one_to_one", "1 1s": "one_to_one", "one to one": "one_to_one", "one on one": "one_to_one",
    "where from": "hometown", "grew up": "hometown",
    "born in": "hometown", "hails from": "hometown", "years of experience": "career_length",
    "united kingdom": "uk", "great britain": "uk", "united states": "usa",
    "european union": "eu", "looking for work": "availability", "looking for a job": "availability",
    "looking for a new job": "availability", "looking for a new role": "availability",
    "in charge of": "lead", "in charge": "lead", "head up": "lead", "headed up": "lead",
    "bring down": "reduce", "brought down": "reduce", "drive down": "reduce", "drove down": "reduce",
    "cut down": "reduce", "cost saving": "save", "cost savings": "save", "move abroad": "relocate",
    "moving abroad": "relocate", "she hire": "recruit", "he hire": "recruit", "they hire": "recruit",
    "bring onto": "recruit", "brought onto": "recruit", "bring on board": "recruit",
    "brought on board": "recruit", "bring aboard": "recruit", "brought aboard": "recruit",
    # joining a team, said as arriving on it ("how soon could she come on board?")
    "come on board": "join", "came on board": "join", "come aboard": "join", "came aboard": "join",
    "say about": "reference", "think of her": "reference", "think of him": "reference",
    # a reference check asked as whom to call: a former manager, someone who managed or worked with her
    "former manager": "reference", "previous manager": "reference", "former boss": "reference",
    "previous boss": "reference", "old boss": "reference", "former colleague": "reference",
    "former colleagues": "reference", "previous colleague": "reference", "ex colleague": "reference",
    "managed her": "reference", "managed him": "reference", "managed them": "reference",
    "worked with her": "reference", "worked with him": "reference", "worked with them": "reference",
    # what the owner is like as a colleague is what references say ("what's she like to work with?")
    "like to work with": "reference", "like working with": "reference", "working with her": "reference",
    "working with him": "reference", "working with them": "reference", "as a colleague": "reference",
    "as a teammate": "reference", "team player": "reference",
    # speaking to a person is reaching them, not a talk given or a language spoken: phrasing, no
    # idea of its own (``_PHRASING``), the person spoken to is what the question asks about
    "speak to": "speak_to", "speak with": "speak_to", "talk to": "speak_to", "talk with": "speak_to",
    # "knows her way around k8s": knowing the thing, said as finding one's way; no idea of its own
    "way around": "way_around",
    # a teaching or research assistant, however written ("TA": ``_CAPITAL_ABBREVIATIONS``)
    "teaching assistant": "teaching_assistant", "teaching assistantship": "teaching_assistant",
    "research assistant": "research_assistant", "research assistantship": "research_assistant",
    "think of them": "reference", "individual contributor": "individual_contributor",
    "job hunting": "availability", "job search": "availability", "programming language": "programming_language",
    "programming languages": "programming_language", "information technology": "information_technology",
    "stack overflow": "stackoverflow", "stack exchange": "stackexchange", "real time": "realtime", "near real time": "realtime", "neural network": "neural",
    "neural net": "neural",
    # time away from work, named as a whole
    "career break": "career_break", "career gap": "career_break", "career gaps": "career_break",
    "time off": "career_break",
    # an entry not finished yet is one of now: a degree or a certificate "in progress" is studied at present
    "in progress": "present",
    # an airline pilot's rank, second in command: one title, not an officer of a company
    "first officer": "first_officer", "co pilot": "copilot",
}

# Fields of computing named by two words, one of them common ("learning", "vision"): one idea, so a
# field the portfolio never names is not answered by a passage sharing its common word; a field it
# names weighs as both its words (``parse_query``), as when they were read apart.
_FIELD_PHRASES: dict[str, str] = {
    "reinforcement learning": "reinforcement_learning", "computer vision": "computer_vision",
    "speech recognition": "speech_recognition", "signal processing": "signal_processing",
    "recommender systems": "recommender_system", "recommender system": "recommender_system",
    "recommendation systems": "recommender_system", "recommendation engine": "recommender_system",
    "information retrieval": "information_retrieval", "quantum computing": "quantum_computing",
    "augmented reality": "augmented_reality", "virtual reality": "virtual_reality",
    "game development": "game_development",
    # the four largest accounting and advisory networks, asked as a group: one idea, not "big" and "four"
    "big four": "big_four", "big 4": "big_four",
    # imagery read from above, by satellite, plane or drone: written as its sources ("Sentinel-2 scenes")
    "remote sensing": "remote_sensing", "earth observation": "remote_sensing",
    # the mathematics of scheduling and allocation, written as its methods and solvers ("integer programming",
    # "column generation", "Gurobi"); "operations" alone is a company's running ("airline operations")
    "operations research": "operations_research", "operational research": "operations_research",
}  # fmt: skip
_PHRASES.update(_FIELD_PHRASES)
# Phrase concepts that only say how a question is asked: a question drops them (``parse_query``).
_PHRASING = frozenset({"speak_to", "way_around"})
_FIELD_CONCEPTS = frozenset(_FIELD_PHRASES.values())
FIELD_CONCEPTS = _FIELD_CONCEPTS
"""The terms of fields named by two words, one of them common ("computer vision"): one idea each."""

# Abbreviations that are stop words in lower case: written in capitals inside a text that
# is not all capitals ("move to the US", "a career in IT") they name a thing, not "us"/"it".
_CAPITAL_ABBREVIATIONS: dict[str, str] = {
    "us": "usa", "it": "information_technology", "ic": "individual_contributor",
    # the vehicle bus ("CAN FD", "CAN bus drivers"): a modal verb only in lower case
    "can": "can_bus",
    # a teaching or research assistant ("was he a TA?"); lower case "ta" is thanks
    "ta": "teaching_assistant", "tas": "teaching_assistant", "ra": "research_assistant",
}

CAPITAL_CONCEPTS = frozenset(_CAPITAL_ABBREVIATIONS)

# Acronyms of a practice, not of a product: written in capitals ("any ETL work?") they still ask for the
# practice, which a résumé writes in its own words ("an ingestion pipeline"), so they are no name the
# portfolio lacks (``parse_query``).
_PRACTICE_ACRONYMS = frozenset({"etl", "elt"})
"""Abbreviations read as a concept when written in capitals ("IC", "TA"): no shorthand to rewrite."""

# Loose relations, used only to widen a query (weight below 1): each set holds
# words that answer the same question.
_RELATED: tuple[tuple[str, ...], ...] = (
    ("salary", "compensation", "pay", "paid", "wage", "remuneration", "money", "package"),
    ("employee", "headcount", "workforce", "staff"),
    ("remote", "hybrid", "onsite", "office", "relocate", "relocation", "commute"),
    ("work_authorization", "visa", "sponsorship", "sponsor", "authorization", "authorized", "citizen",
     "citizenship", "permit", "residency", "resident"),
    ("notice_period", "notice", "resign", "resignation"),
    ("availability", "available", "start", "join", "open", "looking", "opportunity", "hire", "hiring"),
    ("contact", "email", "reach"),
    ("hobby", "interest", "pastime", "passion", "enjoy", "fun", "weekend", "sport"),
    ("now", "current", "currently", "today", "present", "presently"),
    ("build", "create", "develop", "implement", "design", "make"),
    ("lead", "manage", "manager", "leadership", "head", "supervise", "boss", "chief", "ceo", "president",
     "director"),
    ("mentor", "coach", "teach", "teacher", "tutor", "instructor", "train", "onboard"),
    ("kid", "child", "young", "youth", "teen", "teenager", "pupil"),
    # the people a coach trains: a sport's résumé names them by the sport ("players", "rowers")
    ("athlete", "player", "sportsperson", "sportsman", "sportswoman"),
    ("award", "prize", "win", "honor", "recognition", "recognized", "recognize", "record", "accolade",
     "distinction", "nominate", "nomination", "gong", "trophy", "medal", "finalist", "podium", "decorated",
     # praise given formally: a commendation, kudos ("any kudos from her employer?")
     "commendation", "commend", "kudos"),
    # money given for study or research is awarded as a scholarship, a bursary, a fellowship
    ("scholarship", "bursary", "fellowship", "stipend"),
    # a sector asked by what it makes ("cars mostly?"): an automotive supplier's vehicles
    ("automotive", "car", "cars", "vehicle"),
    # a profession's credential is what makes one qualified ("a qualified lawyer?" -> admitted to a bar)
    ("certification", "certificate", "certified", "license", "accreditation", "credential", "qualified"),
    ("publication", "paper", "publish", "journal", "research", "proceedings", "workshop"),
    ("blog", "post", "article", "essay", "writing"),
    ("talk", "speak", "speaker", "speaking", "conference", "keynote", "meetup"),
    ("volunteer", "volunteering", "charity", "nonprofit", "community"),
    ("reference", "recommend", "recommendation", "testimonial", "endorsement", "vouch", "colleague",
     "coworker"),
    ("acquire", "acquisition", "buy", "purchase", "takeover", "merger", "sell"),
    ("recruit", "recruiting", "recruitment", "hire", "hiring"),
    ("individual_contributor", "staff", "principal", "hands"),
    ("project", "portfolio", "open_source", "repository", "repo"),
    ("skill", "expertise", "proficient", "proficiency", "familiar", "technology", "tool", "stack"),
    ("live", "based", "located", "location", "city", "country", "timezone"),
    ("hometown", "origin", "originally", "born", "hail", "raise"),
    ("university", "college", "school", "degree", "education", "study", "graduate", "major",
     "academic"),
    ("job", "employer", "company", "employment", "career", "position", "role", "work"),
    ("language", "speak", "fluent", "fluency", "native"),
    ("gpa", "score", "grade"),
    ("course", "coursework", "class"),
    ("found", "start", "cofounder", "founder", "ceo"),
    ("intern", "internship", "student", "summer"),
    ("cost", "bill", "spend", "spending", "expense", "budget", "saving", "save"),
    ("cut", "reduce", "lower", "decrease", "shrink"),
    # slowness is what a speed-up answers ("slow queries" -> "cut the p95 latency from 1.2 s to 140 ms")
    ("fast", "speed", "speedup", "quick", "throughput", "latency", "performance", "slow", "slowness"),
    ("outage", "incident", "downtime", "on_call", "postmortem", "mttr", "recovery"),
    ("decision", "rfc", "proposal", "consensus", "alignment"),
    ("duplicate", "double", "twice", "idempotent", "idempotency"),
    ("profile", "online", "github", "linkedin", "social", "website", "link"),
    ("archive", "archived", "deprecate", "unmaintained", "retire", "sunset", "abandon", "discontinue"),
    ("married", "marriage", "spouse", "wife", "husband", "partner", "family"),
    ("age", "birthday", "birth"),
    ("thesis", "dissertation"),
    ("focus", "specialize", "specialise", "specialty", "speciality", "specialization", "niche",
     "research", "area", "field"),
    ("controller", "operator", "reconciler"),
    ("battery", "power", "charge"),
    ("popular", "popularity", "star", "starred", "download", "adopt", "adoption", "famous", "fame"),
    # engineering concepts recruiters name in other words than an engineer writes them
    ("nightly", "overnight"),
    ("realtime", "streaming", "stream"),
    ("compute", "cpu", "node", "instance", "capacity"),
    ("neural", "convolutional", "lstm"),
    ("pipeline", "etl", "elt", "ingestion", "ingest"),
    ("stability", "stable", "crash", "reliability", "reliable", "robust", "robustness"),
    # time away from work: a gap in a career is a break, a sabbatical, a leave
    ("gap", "break", "sabbatical", "hiatus", "leave", "career_break"),
    # a manager's results in a recruiter's words: people leaving a team are its attrition (retention,
    # turnover), an invention is a patent (intellectual property), a move up a promotion
    ("attrition", "retention", "retain", "turnover"),
    ("patent", "inventor", "invent", "invention"),
    ("promote", "promotion", "progression", "ladder"),
    # an app that works without a network: offline, without reception
    ("offline", "reception", "connectivity"),
    # a former career named by its trade: hotel work is hospitality
    ("hospitality", "hotel", "hotelier", "restaurant", "tourism"),
    # a lawyer is written by the title a jurisdiction gives one ("a solicitor", "General Counsel"): asked
    # as a lawyer, an attorney (an advocate, one way: ``_ASKED_IN_OTHER_WORDS``)
    ("lawyer", "attorney", "solicitor", "barrister", "counsel"),
)

# Concepts a phrase names that the content writes as plain words: each word says the concept in
# full (one way: "hiring" alone may be about hiring the owner). "Did she hire anyone?" -> recruit.
_CONCEPT_WORDS: dict[str, tuple[str, ...]] = {
    "recruit": ("hire", "hiring", "hired", "recruit", "recruiting", "recruitment"),
    # "a career break?" is answered in full by the break the content names: a leave, a sabbatical
    "career_break": ("break", "sabbatical", "hiatus", "leave", "gap"),
    # "what does his retention look like?" is answered in full by the attrition a manager's results state
    "retention": ("attrition", "turnover"),
    # a service's uptime is stated against its SLO ("99.98% availability, against a 99.95% SLO"); not
    # "availability" itself, which a portfolio mostly uses for when one can start
    "uptime": ("slo", "sla"),
}

# Words asking for results ("latency improvements she delivered", "how much did it save"): a passage
# stating a measured change (``MEASURED``, marked by ``analyze``) addresses them in full. One way, and
# not résumé topics of their own: absent from the content, they weigh as phrasing.
_RESULT_WORDS = ("improvement", "improvements", "improve", "improved", "impact", "save", "saved", "saving",
                 "savings", "achievement", "achievements", "accomplishment", "accomplishments", "outcome",
                 "outcomes", "result", "results", "gain", "gains",
                 # a speed-up asks by how much ("made the app launch faster"; ``_ALIASES``)
                 "speedup")  # fmt: skip

# Words a question asks with that a passage states in others, one way and loosely (``_RELATED_WEIGHT``).
# a price asked as a quality ("how much cheaper did she make serving?") is answered by the cost, the
# bill or the spend that came down; a cost is not asked by "cheap".
_COST_STATED = ("cost", "bill", "spend", "spending", "expense", "budget", "saving", "save")
_STATED_AS: dict[str, tuple[str, ...]] = {
    "cheap": _COST_STATED, "cheaper": _COST_STATED, "expensive": _COST_STATED, "costly": _COST_STATED,
    # a migration is written as a move ("moved 140 services from EC2 to EKS", "ported the workflow"); a
    # move is not asked as a migration ("would she move to the US?")
    "migrate": ("move", "port"), "migration": ("move", "port"),
}  # fmt: skip

# A question's words a passage states in others, read by search's questions only (``parse_query``), one
# way, at the weight given: not by ``expand``, which job fit reads too and whose sectors are stricter
# (a clinic's booking app found for "healthcare" is worth showing; it is not "built healthcare apps").
_ENERGY = ("wind", "solar", "turbine", "photovoltaic", "hydro", "hydropower", "utilities")
_ASKED_IN_OTHER_WORDS: dict[str, tuple[tuple[str, ...], float]] = {
    # a sector asked by its name, written in a résumé by what its companies do
    "healthcare": (("healthtech", "medical", "clinical", "clinic", "patient", "telehealth", "medtech"), 0.5),
    "logistics": (("freight", "courier", "parcel", "trucking", "shipper", "shipment"), 0.5),
    "ecommerce": (("commerce", "shop", "checkout", "marketplace", "retail", "webshop", "storefront"), 0.5),
    "public_sector": (("government", "governmental", "municipal", "municipality", "ministry", "agency", "council",
                       "public"), 0.5),
    # "any government clients?": a résumé names the body ("a public water agency", "municipal housing")
    "government": (("governmental", "municipal", "municipality", "ministry", "agency", "council", "public"), 0.5),
    # a place asked by its everyday name is written in a résumé as the body that governs it ("adopted by 6
    # municipalities", "for the city council"): "how many towns use her maps?"
    "town": (("municipality", "municipal", "council", "city"), 0.5),
    "village": (("municipality", "municipal", "council"), 0.5),
    "city": (("municipality", "municipal", "council"), 0.5),
    # a utility's trade asked by what flows through it, written as its network ("3,400 km of sewers")
    "wastewater": (("sewer", "sewage", "drainage", "stormwater"), 0.5),
    "sewage": (("sewer", "wastewater", "drainage"), 0.5),
    "remote_sensing": (("satellite", "sentinel", "landsat", "imagery", "lidar", "aerial", "multispectral",
                        "hyperspectral", "photogrammetry"), 0.5),
    "energy": (_ENERGY, 0.5), "renewable": (_ENERGY, 0.5), "renewables": (_ENERGY, 0.5),
    "cleantech": (_ENERGY, 0.5),
    # a function asked by what it does, written in a résumé as its skill or its tools
    "monitoring": (("observability", "prometheus", "grafana", "datadog"), 0.5),
    "observability": (("opentelemetry", "prometheus", "grafana", "datadog", "jaeger"), 0.5),
    "alerting": (("observability", "prometheus", "grafana", "pagerduty"), 0.5),
    "logging": (("observability", "loki", "elasticsearch", "kibana", "splunk", "fluentd", "logstash"), 0.5),
    "scripting": (("bash", "shell", "powershell", "perl"), 0.5),
    "testing": (("xctest", "espresso", "junit", "pytest", "jest", "cypress", "selenium", "playwright", "detox"), 0.5),
    "configuration_management": (("ansible", "puppet", "chef", "saltstack"), 0.5),
    "state_management": (("redux", "mobx", "zustand", "vuex", "pinia", "ngrx", "recoil", "xstate"), 0.5),
    "build_tool": (("vite", "webpack", "esbuild", "rollup", "parcel", "turbopack", "gradle", "maven", "bazel"), 0.5),
    "bundler": (("vite", "webpack", "esbuild", "rollup", "parcel", "turbopack"), 0.5),
    "task_queue": (("celery", "sidekiq", "dramatiq", "resque", "bullmq", "rq"), 0.5),
    "dataframe": (("pandas", "polars", "dask"), 0.5),
    "experiment_tracking": (("mlflow", "wandb", "weights", "neptune", "comet"), 0.5),
    "error_tracking": (("sentry", "crashlytics", "bugsnag", "rollbar"), 0.5),
    "workflow_orchestration": (("airflow", "dagster", "prefect", "luigi", "snakemake", "nextflow", "composer",
                                "temporal"), 0.5),
    "code_scanning": (("sast", "semgrep", "codeql", "sonarqube", "checkmarx", "fortify", "polyspace",
                       "coverity", "bandit"), 0.5),
    # data kept on the phone, written as the store's name ("Core Data", "Room", "SQLite")
    "local_storage": (("coredata", "core", "room", "sqlite", "realm", "swiftdata", "persistence"), 0.5),
    "model_compression": (("distillation", "distil", "distill", "quantization", "quantize", "pruning", "prune"), 0.5),
    # a lawyer titled as some bars title one ("Admitted Advocate"); one way: an advocate asked is as often
    # a developer advocate, no lawyer
    "lawyer": (("advocate",), 0.5), "attorney": (("advocate",), 0.5), "solicitor": (("advocate",), 0.5),
    "barrister": (("advocate",), 0.5),
    "operations_research": (("optimization", "integer", "linear", "solver", "gurobi", "cplex", "column",
                             "heuristic", "metaheuristic"), 0.5),
    # a pilot is written by the rank an airline gives one ("Captain, Airbus A320", "First Officer"); one way:
    # a captain asked may captain a team, and a pilot written may be a trial run ("ran a pilot with 3 clinics")
    "pilot": (("captain", "first_officer", "aviator", "copilot"), 0.5),
    # the second in command is titled First Officer; one way: a copilot asked may be the coding assistant
    "copilot": (("first_officer",), 0.5),
    # a quality asked for, written in a résumé as the failures it removed ("failures from 7% to 0.4%")
    "reliability": (("failure", "fail", "error", "crash", "flaky", "flakiness"), 0.5),
    "reliable": (("failure", "fail", "error", "crash", "flaky", "flakiness"), 0.5),
    # growth is written as the figure raised or increased ("raising weekly users from 30,000 to 110,000");
    # one way: a raise asked is as often pay, and "where was she raised" a hometown
    "growth": (("grow", "increase", "raise", "boost", "rise"), 0.5),
    "grow": (("growth", "increase", "raise", "boost", "rise"), 0.5),
    # the pandemic asked by its everyday names, written in a résumé by what it did ("during the spring 2020
    # school closures", "the first lockdown")
    "covid": (("pandemic", "lockdown", "coronavirus", "closure", "quarantine"), 0.5),
    "pandemic": (("covid", "lockdown", "coronavirus", "closure", "quarantine"), 0.5),
    "lockdown": (("pandemic", "covid", "coronavirus", "closure", "quarantine"), 0.5),
    # an animal doctor asked by the everyday word or the formal one, written by the other ("Small Animal
    # Veterinarian", "Volunteer vet", "veterinary practices"); kept apart from the true synonyms: "vet" is
    # also to check ("vetted the vendors"), and "veterinary" no person
    "vet": (("veterinarian", "veterinary"), 0.5),
    "veterinarian": (("vet", "veterinary"), 0.5),
    "veterinary": (("vet", "veterinarian"), 0.5),
    # animals asked, written in a résumé as the trade that treats them ("veterinary practices"); not pets,
    # asked as often of the owner's own ("does she have pets?")
    "animal": (("veterinary", "veterinarian", "vet"), 0.5),
    # an operation asked of a clinician is a surgery; one way: surgery asked is no team's operations
    "operation": (("surgery", "surgeon", "surgical"), 0.5),
}  # fmt: skip


def asked_in_other_words(term: str) -> tuple[tuple[str, float], ...]:
    """The words a passage states an asked index ``term`` in, one way, with their weights ("logistics":
    freight, trucking): a sector asked by its name is written by what its companies do."""
    return _asked_in_other_words().get(term, ())


@cache
def _asked_in_other_words() -> dict[str, tuple[tuple[str, float], ...]]:
    """``_ASKED_IN_OTHER_WORDS`` as index terms."""
    out: dict[str, tuple[tuple[str, float], ...]] = {}
    for word, (stated, weight) in _ASKED_IN_OTHER_WORDS.items():
        out[normalize_token(word)] = tuple((normalize_token(w), weight) for w in stated)
    return out

# Broad words that stand for a family of specific ones (one way: "database" finds
# PostgreSQL, but "PostgreSQL" does not find every database).
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "programming_language": ("python", "go", "rust", "java", "javascript", "typescript", "c", "c++",
                             "c#", "ruby", "kotlin", "swift", "scala", "elixir", "haskell", "php",
                             "sql", "html", "css"),
    "database": ("postgresql", "mysql", "sqlite", "mongodb", "redis", "dynamodb", "cassandra",
                 "sql", "oracle"),
    "message_broker": ("kafka", "rabbitmq", "redpanda", "sqs", "nats", "pulsar", "kinesis",
                       "pubsub", "queue"),
    "frontend": ("react", "vue", "angular", "svelte", "typescript", "javascript", "css", "html",
                 "webgl", "vite", "browser"),
    "backend": ("api", "server", "python", "go", "java", "django", "fastapi", "grpc"),
    "cloud": ("aws", "gcp", "azure", "kubernetes", "terraform", "serverless", "lambda"),
    "container": ("docker", "kubernetes", "helm", "podman"),
    # a cloud's managed Kubernetes is Kubernetes ("moved 140 services to Amazon EKS")
    "kubernetes": ("eks", "gke", "aks", "openshift", "k3s"),
    "video": ("mpeg", "mp4", "h264", "webm", "codec", "ffmpeg"),
    "image": ("gif", "png", "jpeg", "jpg", "svg", "webp"),
    "format": ("mpeg", "mp4", "gif", "png", "jpeg", "json", "csv", "parquet"),
    "fintech": ("payment", "bank", "banking", "finance", "financial", "ledger", "money"),
    "ml": ("lightgbm", "xgboost", "pytorch", "tensorflow", "forecasting", "model", "scikit"),
    "embedded": ("hardware", "esp32", "arduino", "microcontroller", "firmware", "micropython",
                 "raspberry"),
    "hardware": ("embedded", "esp32", "arduino", "microcontroller", "firmware", "raspberry"),
    "musician": ("music", "artist", "song", "audio", "soundcloud"),
    "website": ("web", "html", "css", "javascript", "frontend"),
    "tracing": ("opentelemetry", "jaeger", "span", "trace", "observability"),
    "storage": ("database", "log", "disk", "fsync", "durability"),
    "competition": ("hackathon", "disrupt", "contest", "award", "win"),
    # kinds of security tooling, named by what a job ad calls them
    "sast": ("semgrep", "codeql", "sonarqube", "checkmarx", "fortify", "bandit", "brakeman"),
    "dast": ("zap", "burp", "nuclei"),
    "iac": ("terraform", "pulumi", "cloudformation", "ansible", "crossplane"),
}

# Résumé topics by family that a portfolio may simply not mention: spoken languages, sectors and
# functions, personal life, sports, ways to reach someone. A question naming one the content lacks
# ("does he speak Spanish?", "did she serve in the military?", "a phone number?") is about it, so the
# absent word weighs as a topic (``UNKNOWN_TOPIC``), not as phrasing: the passages sharing the
# question's other words ("speak", "serve") no longer answer it on their own. No related words: a
# language or a sector does not stand for another.
_ABSENT_TOPICS: dict[str, tuple[str, ...]] = {
    "spoken language": ("spanish", "french", "italian", "portuguese", "mandarin", "chinese", "cantonese",
                        "japanese", "korean", "arabic", "russian", "hindi", "urdu", "bengali", "polish",
                        "turkish", "swedish", "danish", "norwegian", "finnish", "greek", "hebrew",
                        "ukrainian", "vietnamese", "thai", "indonesian", "swahili", "persian", "farsi",
                        "english", "dutch", "german"),
    "sector": ("military", "army", "navy", "defense", "government", "sales", "marketing", "retail",
               "healthcare", "insurance", "gaming", "crypto", "blockchain", "telecom", "automotive",
               "pharma", "pharmaceutical", "aerospace", "agriculture", "hospitality", "legal"),
    "personal": ("religion", "religious", "politics", "political", "vegan", "vegetarian", "diet",
                 "pregnant", "pregnancy", "disability", "ethnicity", "gender", "nationality", "pets"),
    "sport": ("football", "soccer", "basketball", "baseball", "tennis", "golf", "cricket", "rugby",
              "hockey", "cycling", "swimming", "chess", "yoga", "marathon"),
    "contact": ("phone", "telephone", "whatsapp", "skype", "telegram"),
    "field of study": ("physics", "chemistry", "biology", "mathematics", "maths", "math", "medicine",
                       "law", "economics", "psychology", "philosophy", "history", "literature", "nursing",
                       "accounting", "sociology", "linguistics", "architecture", "astronomy", "geology"),
}

# Question cues -> kinds of chunk likely to answer (the pseudo-term weight in the query).
_INTENTS: dict[str, tuple[str, ...]] = {
    "education": (
        "university", "college", "school", "degree", "education", "study", "graduate", "major",
        "academic", "bachelor", "master", "phd", "doctorate", "diploma", "gpa", "course",
        "coursework", "student", "mba", "thesis", "qualification",
    ),
    "work": (
        "job", "employer", "company", "employment", "employed", "career", "position", "role", "work",
        "title", "firm", "startup", "ceo", "found", "intern", "internship", "lead", "manage",
        "experience", "career_length", "production", "work_history",
    ),
    "volunteer": ("volunteer", "volunteering", "charity", "nonprofit", "community"),
    "award": ("award", "prize", "win", "honor", "recognition", "recognized", "competition", "accolade",
              "distinction", "nominate", "nomination", "gong", "trophy", "medal", "finalist", "podium",
              "decorated", "scholarship", "bursary", "fellowship", "commendation", "commend", "kudos"),
    "certificate": ("certification", "certificate", "certified", "license", "accreditation", "credential",
                    "experience", "qualification", "qualified"),
    # how often a work is cited is said of papers ("her most cited work")
    "publication": ("publication", "paper", "publish", "journal", "book", "research", "cite", "cited", "citation",
                    "citations"),
    "skill": (
        "skill", "expertise", "proficient", "proficiency", "familiar", "technology", "tool", "stack",
        "know", "programming", "framework", "experience", "programming_language", "good", "level",
        "skilled", "competent", "expert",
    ),
    "language": ("language", "speak", "fluent", "fluency", "native"),
    "interest": ("hobby", "interest", "pastime", "passion", "enjoy", "fun"),
    "reference": ("reference", "recommend", "recommendation", "testimonial", "endorsement", "vouch"),
    "resume_project": ("project", "hackathon", "build", "open_source", "experience"),
    "project": ("project", "build", "open_source", "repository", "repo", "experience"),
    "post": ("blog", "post", "article", "essay", "writing", "write"),
    "faq": (
        "available", "availability", "start", "remote", "relocate", "relocation", "hybrid", "onsite",
        "visa", "sponsorship", "sponsor", "work_authorization", "notice_period", "notice", "salary",
        "compensation", "pay", "hire", "hiring", "open", "looking", "opportunity", "timezone",
        "contact", "interview", "freelance", "contract", "consulting", "would", "consider",
        "willing", "prefer", "interested",
    ),
    "basics": (
        "background", "bio", "summary", "contact", "email", "reach", "live", "based", "located",
        "location", "city", "country", "website", "profile", "online", "twitter", "linkedin",
        "github", "social", "headline", "hometown", "originally", "career_length",
    ),
}

# Words a recruiter uses for each fixed FAQ fact; chunking attaches them as keywords.
FAQ_TOPIC_TERMS: dict[str, tuple[str, ...]] = {
    "availability": ("availability", "available", "start date", "start", "open to work"),
    "location": ("location", "based", "live", "city", "country", "timezone", "time zone"),
    "remote": ("remote", "hybrid", "onsite", "office", "relocate", "relocation", "travel"),
    "work_authorization": (
        "work authorization", "visa", "sponsorship", "right to work", "citizenship", "permit",
    ),
    "notice_period": ("notice period", "notice", "start date", "resign"),
    "links": ("links", "profiles", "contact", "github", "linkedin", "website"),
}
# fmt: on

_INTENT_WEIGHT = 0.6

# Nouns that name a kind of entry in general (not one instance of it: "degree", not "MBA"): a
# question asking for one ("any papers?", "what degrees does she hold?") is answered by the
# entries of that kind whatever their words, as a recruiter reading the résumé would.
_KIND_NAMES: dict[str, tuple[str, ...]] = {
    "education": ("degree", "degrees", "education", "qualification", "qualifications",
                  "university", "college"),
    "publication": ("paper", "papers", "publication", "publications"),
    "award": ("award", "awards", "prize", "prizes", "honor", "honors", "accolades", "distinctions", "gongs",
              "trophies", "medals", "nominations", "commendations", "kudos"),
    "certificate": ("certification", "certifications", "certificate", "certificates", "credentials"),
    "work": ("work_history",),
    "volunteer": ("volunteer", "volunteering"),
    "reference": ("reference", "references", "recommendation", "recommendations", "testimonial"),
    "interest": ("hobby", "hobbies", "interests", "pastime"),
    # "any open source?", "what's on her GitHub repos?": the project entries, whose own words are the
    # thing's name and what it does, rarely "open source". Not "project": a job's or a post's project is
    # one too ("the project she led at Cobalt")
    "project": ("open_source", "repository", "repositories", "repo", "repos"),
    "resume_project": ("open_source", "repository", "repositories", "repo", "repos"),
}  # fmt: skip


@cache
def _kind_names() -> dict[str, frozenset[str]]:
    """index term -> the kinds of entry it names (``_KIND_NAMES``)."""
    out: dict[str, set[str]] = {}
    for kind, words in _KIND_NAMES.items():
        for w in words:
            out.setdefault(normalize_token(w), set()).add(kind)
    return {t: frozenset(k) for t, k in out.items()}


_RELATED_WEIGHT = 0.5
_CATEGORY_WEIGHT = 0.5

_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_MAX = 200_000


@cache
def _stemmer() -> Any:
    """The Snowball English stemmer, made on the first word to stem. ``snowballstemmer`` hands out
    Snowball's C stemmer (PyStemmer, in the layer) when it is installed: the same stems (a test
    checks), ~20 times faster, which is most of a cold search's or job match's first call; without
    it, importing the pure-Python stemmers loads all ~30 languages, so a function that never
    analyses text does not pay even that."""
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Names whose final "s" is part of the name, not a plural: the stemmer would make "iOS" the "io" of
# "crates.io" (and "macOS" a "maco").
_UNSTEMMED = frozenset(("ios", "macos", "ipados", "watchos", "tvos", "visionos", "chromeos", "webos"))


def stem(token: str) -> str:
    """Snowball English stem of a plain word, cached; tokens with digits or symbols stay whole, and
    so do the names in ``_UNSTEMMED``."""
    cached = _STEM_CACHE.get(token)
    if cached is not None:
        return cached
    out = (
        _stemmer().stemWord(token)
        if token.isalpha() and len(token) > 2 and token not in _UNSTEMMED
        else token
    )
    if len(_STEM_CACHE) >= _STEM_CACHE_MAX:
        _STEM_CACHE.clear()  # bounded: arbitrary queries must not grow memory forever
    _STEM_CACHE[token] = out
    return out


_ALIAS_STEM_MIN = 5  # shorter stems ("bas", "ms") would meet short aliases by chance


_NORMAL_CACHE: dict[str, str] = {}
"""Folded token -> index term (``normalize_token``), bounded as ``_STEM_CACHE`` is."""


def normalize_token(token: str) -> str:
    """Folded token -> index term: alias to its canonical name ("nextjs" is "next.js": see
    ``compounds.dotted_js``), then stem.

    Memoized: a snippet normalizes every word of each hit's passage, a question every word it reads,
    and the same words recur; a lookup costs a third of the aliasing and stemming it skips (0.14 vs 0.46 µs a word)."""
    cached = _NORMAL_CACHE.get(token)
    if cached is not None:
        return cached
    term = _normalized(token)
    if len(_NORMAL_CACHE) >= _STEM_CACHE_MAX:
        _NORMAL_CACHE.clear()  # bounded: arbitrary queries must not grow memory forever
    _NORMAL_CACHE[token] = term
    return term


def _normalized(token: str) -> str:
    aliased = _ALIASES.get(token)
    if aliased is None:
        aliased = dotted_js(token) or token
    stemmed = stem(aliased)
    if aliased is token and len(stemmed) >= _ALIAS_STEM_MIN:
        # an inflection of an aliased word ("honours", "licences") is the alias's too
        again = _ALIASES.get(stemmed)
        if again is not None:
            return stem(again)
    return stemmed


def _norm_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(normalize_token(t) for t in tokenize(phrase))


def _build_phrase_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, concept in _PHRASES.items():
        words = _norm_phrase(phrase)
        table.setdefault(words[0], []).append((words, normalize_token(concept)))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase wins
    return table


def _build_related() -> dict[str, dict[str, float]]:
    """term -> {other term: weight}: related words both ways, categories one way."""
    related: dict[str, dict[str, float]] = {}
    for group in _RELATED:
        terms = {normalize_token(t) for t in group}
        for t in terms:
            for other in terms - {t}:
                related.setdefault(t, {})[other] = _RELATED_WEIGHT
    for concept, words in _CONCEPT_WORDS.items():
        c = normalize_token(concept)
        for w in words:
            term = normalize_token(w)
            if term != c:
                related.setdefault(c, {})[term] = 1.0
    for word in _RESULT_WORDS:
        related.setdefault(normalize_token(word), {})[MEASURED] = 1.0
    for word, stated in _STATED_AS.items():
        slot = related.setdefault(normalize_token(word), {})
        for other in stated:
            term = normalize_token(other)
            slot[term] = max(slot.get(term, 0.0), _RELATED_WEIGHT)
    for category, members in _CATEGORIES.items():
        c = normalize_token(category)
        for m in members:
            term = normalize_token(m)
            if term != c:
                slot = related.setdefault(c, {})
                slot[term] = max(slot.get(term, 0.0), _CATEGORY_WEIGHT)
    return related


def _build_intents() -> dict[str, tuple[str, ...]]:
    cues: dict[str, set[str]] = {}
    for kind, words in _INTENTS.items():
        for w in words:
            cues.setdefault(normalize_token(w), set()).add(kind)
    return {t: tuple(sorted(kinds)) for t, kinds in cues.items()}


class _Tables(NamedTuple):
    """The word tables in index terms (stemmed, aliased): what analysis and query parsing look up."""

    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    related: dict[str, dict[str, float]]
    intents: dict[str, tuple[str, ...]]
    stop: frozenset[str]
    lexicon: frozenset[str]
    """Every word the tables name: real words, so never taken for a typo of another one
    ("scala" is not a misspelt "scale")."""
    domain: frozenset[str]
    """Words known to be about résumés: a question using one the portfolio never mentions is
    asking about something the owner did not publish."""


@cache
def _tables() -> _Tables:
    """The word tables, built on first use (stemming every word they name is a few thousand
    stemmer calls): a function that only serves content never pays for them."""
    phrases = _build_phrase_table()
    related = _build_related()
    intents = _build_intents()
    stop = frozenset(normalize_token(w) for w in STOP_WORDS)
    lexicon = frozenset(
        {normalize_token(t) for t in _ALIASES}
        | {normalize_token(t) for t in _ALIASES.values()}
        | {normalize_token(t) for phrase in _PHRASES for t in tokenize(phrase)}
        | {normalize_token(t) for group in _RELATED for t in group}
        | {normalize_token(t) for members in _CATEGORIES.values() for t in members}
        | {normalize_token(t) for words in _INTENTS.values() for t in words}
        | {normalize_token(t) for words in _ABSENT_TOPICS.values() for t in words}
        | set(related)
        | set(intents)
    )
    domain = (
        frozenset(
            {normalize_token(t) for group in _RELATED for t in group}
            | {normalize_token(c) for c in _CATEGORIES}
            | set(intents)
            | {concept for entries in phrases.values() for _, concept in entries}
            | {normalize_token(t) for words in _ABSENT_TOPICS.values() for t in words}
        )
        - stop
    )
    return _Tables(phrases, related, intents, stop, lexicon, domain)


# Category members that are also common verbs: "where did she go to school" asks about no language.
_VERB_NAMES = frozenset({"go"})


@cache
def _category_members() -> frozenset[str]:
    """The members of the categories (``_CATEGORIES``): things a résumé names, a technology, a
    format, a kind of hardware."""
    return frozenset(normalize_token(t) for members in _CATEGORIES.values() for t in members)


@cache
def _member_terms() -> frozenset[str]:
    """``_category_members`` that are not also common verbs (``_VERB_NAMES``)."""
    return _category_members() - {normalize_token(t) for t in _VERB_NAMES}


@cache
def _category_terms() -> frozenset[str]:
    return _category_members() | {normalize_token(c) for c in _CATEGORIES}


@cache
def _members_by_category() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for category, members in _CATEGORIES.items():
        c = normalize_token(category)
        out.setdefault(c, set()).update(normalize_token(m) for m in members)
    return {c: frozenset(m - {c}) for c, m in out.items()}


def category_members(term: str) -> frozenset[str]:
    """The index terms of what ``term``'s category holds ("kubernetes" -> EKS, GKE, ...): the
    specific names a résumé writes where a question uses the broad one; empty for any other term."""
    return _members_by_category().get(term, frozenset())


def is_category_term(term: str) -> bool:
    """Whether ``term`` names a category or one of its members ("machine learning", "frontend",
    "typescript", "go"): a field or a tool the question may compare with another though it is
    written in lower case."""
    return term in _category_terms()


# Words naming one instance of a kind of entry ("a PhD", "an MBA"), not the kind itself ("a degree"):
# absent from the content, the kind of entry they hint at does not answer ("does she have a PhD?"
# when her degrees are a BSc and an MSc), as a name the content never mentions does not.
_INSTANCES = ("bachelor", "master", "phd", "doctorate", "mba", "diploma")


@cache
def _instance_terms() -> frozenset[str]:
    return frozenset(normalize_token(w) for w in _INSTANCES)


@cache
def _technology_name_terms() -> frozenset[str]:
    """The index terms of the well-known technology names (``tech_names``)."""
    return frozenset(normalize_token(t) for t in TECHNOLOGY_NAMES)


@cache
def _absent_topic_terms() -> frozenset[str]:
    return frozenset(normalize_token(t) for words in _ABSENT_TOPICS.values() for t in words)


def spoken_languages() -> frozenset[str]:
    """The names of spoken languages, as a question writes them folded ("spanish", "german")."""
    return frozenset(_ABSENT_TOPICS["spoken language"])


@cache
def _member_of_family_terms() -> frozenset[str]:
    return _member_terms() | _absent_topic_terms()


def is_family_member_term(term: str) -> bool:
    """Whether ``term`` names one member of a family of things a résumé lists: a technology of a
    category ("scala", "kafka"), a spoken language, a sector, a sport, a way to be reached
    (``_CATEGORIES``, ``_ABSENT_TOPICS``). Why: the portfolio never naming it, a passage about
    another member ("her languages: English, Dutch" for "does she speak Italian?") is close in
    meaning and still does not answer, as for a name the visitor capitalised."""
    return term in _member_of_family_terms()


def is_instance_term(term: str) -> bool:
    """Whether ``term`` names one instance of a kind of entry (a degree: ``_INSTANCES``)."""
    return term in _instance_terms()


def is_lexicon_term(term: str) -> bool:
    """Whether ``term`` is a word this module's tables name (so a real word, not a typo)."""
    return term in _tables().lexicon


def lexicon_spellings() -> Iterator[tuple[str, str]]:
    """(word as written, its term) for every plain word the tables name, aliases included
    ("postgres" -> the PostgreSQL term, "certification"): spellings a typo may be closer to
    than any word of the content, and that mean something even where the content lacks them."""
    stop = _tables().stop
    words: dict[str, str] = {alias: normalize_token(target) for alias, target in _ALIASES.items()}
    # the sections by name, plurals included: "awrds" and "certifcations" are typos of a section asked for
    for table in (
        _RELATED,
        tuple(_CATEGORIES.values()),
        tuple(_INTENTS.values()),
        tuple(_KIND_NAMES.values()),
    ):
        for group in table:
            for w in group:
                words.setdefault(w, normalize_token(w))
    for phrase in _PHRASES:
        for w in tokenize(phrase):
            words.setdefault(w, normalize_token(w))
    for w, term in sorted(words.items()):
        if w.isalpha() and term not in stop:
            yield w, term


def respelled(group: QueryGroup, words: Iterable[str], weight: float) -> QueryGroup:
    """``group`` asked with ``words`` (folded, as written; the likeliest first) instead of its
    misspelt word: their terms, related words and kinds at ``weight`` times their usual weight,
    and, if no passage has them, worth what an absent word of their type is."""
    terms: dict[str, float] = {}
    for w in words:
        for t, tw in expand(normalize_token(w)):
            terms[t] = max(terms.get(t, 0.0), tw * weight)
    first = next(iter(terms), group.word)
    if group.name:
        unknown = UNKNOWN_NAME
    elif first in _tables().domain:
        unknown = UNKNOWN_TOPIC
    else:
        unknown = UNKNOWN_FILLER
    return QueryGroup(
        word=first, terms=tuple(terms.items()), unknown_weight=unknown, share=group.share,
        typed=group.typed, name=group.name, run=group.run,
    )  # fmt: skip


def _terms_with_phrases(tokens: list[str]) -> Iterator[tuple[str, int, int]]:
    """Yield (term, position, phrase length) over normalised tokens: each token's term
    (length 0) and, where a known phrase starts, its concept first (length = phrase words)."""
    phrases = _tables().phrases
    norm = [normalize_token(t) for t in tokens]
    for i, term in enumerate(norm):
        for words, concept in phrases.get(term, ()):
            k = len(words)
            if tuple(norm[i : i + k]) == words:
                yield concept, i, k
                break
        else:
            if _time_off_at(tokens, i):
                yield _HOBBY, i, 2
        yield term, i, 0


# "what does she get up to when she's not wrangling pipelines?": whatever the work is called, the
# time "when <someone> is not <doing it>" is the time away from it. The subject must stand between
# "when" and "not" ("when was she not working?" asks for a gap between jobs, not a pastime), a
# pronoun or a name ("when Zofia's not coding").
_HOBBY = "hobbi"  # normalize_token("hobby"), the concept of _PHRASES' "free time", "off the clock"
_TIME_OFF_BE = frozenset({"s", "is", "are", "re", "m", "am"})


def _time_off_at(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` opens "not <verb>ing" after "when/while <subject> <be>"."""
    if tokens[i] != "not" or i < 3 or i + 1 >= len(tokens):
        return False
    verb = tokens[i + 1]
    return (
        len(verb) > 5
        and verb.endswith("ing")
        and tokens[i - 3] in ("when", "while")
        and tokens[i - 2].isalpha()
        and tokens[i - 2] not in _TIME_OFF_BE
        and tokens[i - 1] in _TIME_OFF_BE
    )


# A measured change, how a passage states a result: "from 2.4 s to 180 ms", "fell by 31%", "38% lower",
# "3x faster". A recruiter asks for it in other words ("improvements she delivered", "how much did it
# save"), so the index marks each with the ``MEASURED`` concept those words point at (``_CATEGORIES``).
_NUMBER = r"[$€£]?\d[\d,]*(?:\.\d+)?"
_MEASURED_RE = re.compile(
    rf"\bfrom (?:about |around |roughly |over |nearly |almost )?(?P<a>{_NUMBER})[^.;\n]{{0,24}}? to "
    rf"(?:about |around |roughly |under |below |just )?(?P<b>{_NUMBER})"
    rf"|\bby (?:about |around |roughly |over |nearly |almost |more than )?{_NUMBER} ?(?:%|percent\b|x\b|times\b)"
    rf"|{_NUMBER} ?(?:%|percent\b|x\b|times\b) (?:fewer|less|lower|faster|cheaper|smaller|shorter|more|higher|"
    rf"larger|better|quicker|reduction|increase|improvement|decrease|drop|saving|savings|speedup)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _measured_results(text: str) -> int:
    """How many measured changes ``text`` states (``_MEASURED_RE``); a date range ("from 2014 to
    2017") is none."""
    if not any(ch.isdigit() for ch in text):
        return 0
    count = 0
    for m in _MEASURED_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if a is not None and _YEAR_RE.fullmatch(a) and b is not None and _YEAR_RE.fullmatch(b):
            continue
        count += 1
    return count


_ANALYZED: dict[tuple[str, bool], tuple[str, ...]] = {}
"""(text, parts) -> its terms (``analyze`` without ``surfaces``), bounded as ``_STEM_CACHE`` is."""
_ANALYZED_MAX = 20_000


def analyze(text: str, surfaces: dict[str, str] | None = None, *, parts: bool = False) -> list[str]:
    """``_analyze``, memoized when no ``surfaces`` are recorded (the terms are a function of the text
    alone): the offline answerer scores every sentence of each passage it weighs, and the same
    passages come back question after question - a lookup, not a fresh analysis, each time."""
    if surfaces is not None:
        return _analyze(text, surfaces, parts=parts)
    key = (text, parts)
    cached = _ANALYZED.get(key)
    if cached is None:
        cached = tuple(_analyze(text, parts=parts))
        if len(_ANALYZED) >= _ANALYZED_MAX:
            _ANALYZED.clear()  # bounded: arbitrary questions must not grow memory forever
        _ANALYZED[key] = cached
    return list(cached)  # a list of its own: callers may extend it


def _analyze(text: str, surfaces: dict[str, str] | None = None, *, parts: bool = False) -> list[str]:
    """Index-side terms of ``text``: stems without stop words, plus phrase concepts, the
    parts of dotted names ("node.js" also gives "node", "js"), the head of a name bound to a language
    ("PySpark" also gives "spark": ``compounds``) and a ``MEASURED`` concept for each measured change
    it states. With ``surfaces``, also record each plain word of four letters or more as written
    (folded) -> its term, the vocabulary a misspelt question word is corrected against. With
    ``parts`` (the search index), also each part of a camel-case compound as a part pseudo-term
    ("GoogleMaps" -> ``part:googl``, ``part:map``), which a question word matches only in part, and
    the maker's name opening a technology's name as such a part ("Google Cloud", "Amazon SQS": Google
    and Amazon are not the product, and "worked at Amazon?" is not answered by it)."""
    out: list[str] = [MEASURED] * _measured_results(text)
    stop = _tables().stop
    tokens, raws = _analysis_tokens(text)
    makers = _makers(text) if parts else set()
    for term, pos, phrase_len in _terms_with_phrases(tokens):
        if phrase_len:
            out.append(term)
            if parts and phrase_len > 1 and term in _technologies():
                makers.add(pos)  # "Amazon" of "Amazon Web Services" is the maker, not the product
            continue
        if term in stop:
            continue
        out.append(PART_PREFIX + term if pos in makers else term)
        if surfaces is not None:
            word = tokens[pos]
            if len(word) >= 4 and word.isalpha():
                surfaces[word] = term
        if "." in term:
            dotted = term.split(".")
            if all(p.isalpha() for p in dotted):
                out.extend(normalize_token(p) for p in dotted if p and p not in STOP_WORDS)
        pieces = camel_pieces(raws[pos])
        if pieces:
            out.extend(_compound_terms(pieces, stop, parts=parts))
    return out


# Categories whose members are technologies a maker's name may stand before ("Amazon SQS").
_TECHNOLOGY_CATEGORIES = ("programming_language", "database", "message_broker", "cloud", "container")


@cache
def _technologies() -> frozenset[str]:
    return frozenset(normalize_token(t) for c in _TECHNOLOGY_CATEGORIES for t in _CATEGORIES[c])


def _char_before(text: str, end: int) -> str:
    """The last non-space character of ``text[:end]`` ("." there too when there is none: the text's
    first word opens a sentence). Read backwards from ``end``: slicing and stripping the text for every
    token made an index build quadratic in a passage's length."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else "."


def _makers(text: str) -> set[int]:
    """Positions of the tokens of ``text`` that name a technology's maker right before it ("Amazon" of
    "Amazon SQS", "Apache" of "Apache Kafka"): a capitalised word inside a sentence (not its first) that
    is no technology itself, then, after one space, a capitalised technology (``_TECHNOLOGY_CATEGORIES``)."""
    technologies = _technologies()
    matches = list(_TOKEN_RE.finditer(text))
    out: set[int] = set()
    for i, (cur, nxt) in enumerate(itertools.pairwise(matches)):
        a, b = cur.group(), nxt.group()
        if (
            a[:1].isupper()
            and b[:1].isupper()
            and _char_before(text, cur.start()) not in ".!?:;\"'“(«-—"
            and text[cur.end() : nxt.start()] == " "
            and normalize_token(fold(b)) in technologies
            and normalize_token(fold(a)) not in _category_members()
        ):
            out.add(i)
    return out


def _compound_terms(pieces: list[str], stop: frozenset[str], *, parts: bool) -> Iterator[str]:
    """The extra index terms of a camel-case compound: the head of a name bound to a language
    ("PySpark" -> "spark"), and with ``parts`` each piece as a part pseudo-term."""
    head = bound_head(pieces)
    if head is not None:
        yield normalize_token(head)
    if parts:
        for piece in pieces:
            term = normalize_token(fold(piece))
            if term not in stop:
                yield PART_PREFIX + term


# What a question idea weighs when no passage mentions it, by what kind of word it is.
UNKNOWN_NAME = 2.0  # a name the visitor capitalised ("Elixir", "Google"): the question is about it
UNKNOWN_TOPIC = 1.0  # a résumé topic the owner did not publish ("salary", "visa")
UNKNOWN_FILLER = 0.3  # any other word ("received", "purely"): mostly how the question is phrased


@dataclass(frozen=True, slots=True)
class QueryGroup:
    """One idea of the question: the word as asked (``word``), then the terms that express it —
    itself, related words and the kinds of chunk it hints at — each with a weight. A passage
    matching any of them addresses the idea. ``unknown_weight`` says how much the idea counts
    if no passage mentions it at all (see ``UNKNOWN_*``). ``typed`` is the word as the visitor
    spelled it (folded, before aliases and stemming) and ``name`` whether it was written as a
    name: what spelling correction needs."""

    word: str
    terms: tuple[tuple[str, float], ...]
    unknown_weight: float = UNKNOWN_FILLER
    share: float = 1.0  # a word of an n-word name ("Pied Piper") carries 1/n of its idea
    run: int = -1  # where that name starts in the question (-1: not a word of a several-word name)
    typed: str = ""
    name: bool = False


class _Span(NamedTuple):
    """A question token: folded ``token``, ``raw`` as written, its offsets, and for a compound
    joined from two words ("Free CAD" -> "freecad") the terms of those words."""

    token: str
    raw: str
    start: int
    end: int
    also: tuple[str, ...] = ()


_PART_WEIGHT = 0.5  # a word of a joined compound alone ("maps" for "Google Maps" -> "googlemaps")
_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


# Chat words written in capitals that name nothing ("is she OK with remote work?").
_CAPITAL_CHAT = frozenset(("ok", "okay"))
# English capitalises the months and weekdays: "could he start in January?" names a time, not a
# thing the portfolio lacks (its dates are written 2024-01), so the word is no name to look for
_CAPITAL_CALENDAR = frozenset((
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))  # fmt: skip


def _looks_like_name(raw: str, text: str, start: int) -> bool:
    """Capitalised mid-sentence ("... in Elixir"), or mixed case / digits ("RabbitMQ", "k8s")."""
    if raw.casefold() in _CAPITAL_CHAT or raw.casefold() in _CAPITAL_CALENDAR:
        return False
    if any(ch.isupper() for ch in raw[1:]) or (
        any(ch.isdigit() for ch in raw) and any(ch.isalpha() for ch in raw)
    ):
        return True
    if not raw[:1].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".?!:;\"'“(«-—"


def _spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        token = fold(raw)
        if token in _CAPITAL_ABBREVIATIONS:
            token = _capital_abbreviation(raw, token, text)
        elif token in _UNITS and spans and spans[-1].token[-1:].isdigit():
            token = _UNITS[token]
        else:
            token = _singular_acronym(raw, token)
        spans.append(_Span(token, raw, m.start(), m.end()))
    return spans


def _starts_phrase(first: str, second: str) -> bool:
    return any(words[:2] == (first, second) for words, _ in _tables().phrases.get(first, ()))


def _compounds(spans: list[_Span], text: str, known: Callable[[str], bool]) -> list[_Span]:
    """Meet the content's spelling of compounds. Two adjacent words whose joined form the
    index knows become that word when one of them is unknown ("Free CAD", "Postgre SQL" ->
    "freecad", "postgresql"; the known word stays an alternative of lower weight); two words
    the index knows each keep their meaning ("Ada Quill" is not the handle "adaquill"). A camel-case
    word the index does not know becomes its known parts ("GoogleMaps" -> "google", "maps").
    The content's compounds are not split in the index: "JavaScript" is not "Java"."""
    stop = _tables().stop
    out: list[_Span] = []
    i = 0
    while i < len(spans):
        cur = spans[i]
        if i + 1 < len(spans):
            nxt = spans[i + 1]
            a, b = normalize_token(cur.token), normalize_token(nxt.token)
            if (
                text[cur.end : nxt.start] in (" ", "-")
                and a not in stop
                and b not in stop
                and not _starts_phrase(a, b)
            ):
                joined = cur.token + nxt.token
                term = normalize_token(joined)
                if known(term) and not (known(a) and known(b)):
                    out.append(_Span(joined, cur.raw + nxt.raw, cur.start, nxt.end, (a, b)))
                    i += 2
                    continue
        if cur.raw.isalpha() and not known(normalize_token(cur.token)):
            pieces = [(m.group(), m.start()) for m in _CAMEL_RE.finditer(cur.raw)]
            if len(pieces) > 1 and all(known(normalize_token(fold(p))) for p, _ in pieces):
                out.extend(_Span(fold(p), p, cur.start + at, cur.start + at + len(p)) for p, at in pieces)
                i += 1
                continue
            cut = _closed_phrase(cur.token)
            if cut:
                at = cur.start + cut
                out += [
                    _Span(cur.token[:cut], cur.raw[:cut], cur.start, at),
                    _Span(cur.token[cut:], cur.raw[cut:], at, cur.end),
                ]
                i += 1
                continue
        out.append(_bound_or_dotted(cur, known))
        i += 1
    return out


_CLOSED_MIN = 5  # "oncall", "opensource": a shorter word is too easily two short words by accident


def _closed_phrase(word: str) -> int | None:
    """Where ``word``, which the index does not know, splits into a two-word phrase of the tables
    written closed up ("oncall" -> "on" "call", "opensource" -> "open" "source"), or None.

    Why: a question types the phrase as one word where the content hyphenates or spaces it ("on-call
    rotation"); as one unknown word it matches nothing (and the speller may read it as another
    word). Only a phrase the tables name (``_PHRASES``), so a name that merely joins two words
    ("Mastercard") is not split. Cheap: tried only on a word the index does not know."""
    if len(word) < _CLOSED_MIN or not word.isalpha():
        return None
    phrases = _tables().phrases
    for cut in range(1, len(word)):
        first = normalize_token(word[:cut])
        pair = (first, normalize_token(word[cut:]))
        if any(words == pair for words, _ in phrases.get(first, ())):
            return cut
    return None


def _bound_or_dotted(span: _Span, known: Callable[[str], bool]) -> _Span:
    """A question word the index does not know, read by the name in it the index does: the head of
    a name bound to a language ("pyspark" -> "spark", its binding a weaker alternative) and the
    first part of a dotted name ("next.js" -> "next", "javascript" a weaker alternative), so a
    question naming the compound finds the content naming the thing, as the reverse does
    (``analyze``). ``span`` itself otherwise."""
    if known(normalize_token(span.token)):
        return span
    split = binding_split(span.token)
    if split is not None:
        prefix, head = split
        if known(normalize_token(head)):
            also = tuple(t for t in (normalize_token(prefix),) if known(t))
            return span._replace(token=head, also=also)
    dotted = _ALIASES.get(span.token) or dotted_js(span.token) or span.token
    if "." in dotted:
        first, *rest = [p for p in dotted.split(".") if p]
        if first.isalpha() and known(normalize_token(first)):
            also = tuple(t for t in (normalize_token(p) for p in rest if p.isalpha()) if known(t))
            return span._replace(token=first, also=also)
    return span


# Verbs of making and doing: how a question asks about a thing ("has he written any papers?",
# "has she built anything in Go?"), not the thing itself. One the content never uses weighs what
# any phrasing word does; one it uses still matches as a word.
_LIGHT_VERBS = ("write", "wrote", "written", "build", "built", "make", "made", "create", "do", "did",
                "done", "ship", "shipped", "produce", "produced", "put", "author", "authored")  # fmt: skip


@cache
def light_verb_terms() -> frozenset[str]:
    """The index terms of the verbs of making and doing (``_LIGHT_VERBS``): how a question asks, not
    what about."""
    return frozenset(normalize_token(w) for w in _LIGHT_VERBS)


# Words with two senses, read in the sense the rest of the question gives them: "languages" next to
# coding ("what languages does she code in") are programming languages, not the ones she speaks.
_SENSES: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    (
        frozenset({"language", "languages", "langauge", "langauges", "languges", "lang", "langs"}),
        frozenset({"code", "codes", "coding", "coded", "program", "programs", "programming", "develop",
                   "develops", "developing", "software", "script", "scripting"}),
        "programming_language",
    ),
    # growing, coaching or training people is mentoring them ("does she grow other engineers",
    # "coach junior people"); a grown system, a coached team sport or a trained model is not
    (
        frozenset({"grow", "grows", "growing", "grew", "grown", "nurture", "nurtures", "nurtured",
                   "nurturing", "upskill", "upskills", "upskilled", "upskilling", "coach", "coaches", "coached",
                   "coaching", "train", "trains", "trained", "training"}),
        frozenset({"engineers", "engineer", "juniors", "junior", "people", "others", "developers", "devs",
                   "reports", "talent", "colleagues", "teammates", "mentees", "individuals"}),
        "mentor",
    ),
    # "based" asked with "where" is where the owner lives ("where's he based right now"), not the
    # noun "base" of a passage ("an install base of 40k", "the code base")
    (frozenset({"based"}), frozenset({"where", "wheres", "whereabouts"}), "location"),
)  # fmt: skip


# Nouns that frame what is asked rather than name it: "a statistics background", "her academic
# background", "background in finance" ask about statistics, school, finance, as "experience" does.
# Alone ("what's her background?") the noun is the question (the owner's story): it stays.
_FRAMING_NOUNS = frozenset({"background", "backgrounds"})
_FRAMING_LINKS = frozenset({"in", "with", "on"})


# Words a question ends on to ask for a yes ("fresh grad, right?", "remote ok yeah?"): no subject, though
# the content may hold them ("right to work" names the work authorization passage)
_CONFIRM_TAGS = frozenset({"right", "correct", "yeah", "yea", "ya", "yes", "eh", "innit"})
# Words a yes-or-no question ends on after "or" ("did she finish the phd or nah?"): the "or not" of chat,
# no subject a passage needs
_DENIAL_TAGS = frozenset({"nah", "nope", "naw", "nay"})


# Stop words that close a clause ("she's done medical stuff too right?", "he codes as well right"): a tag after
# them is still a tag
_CLAUSE_ENDERS = frozenset({"too", "also", "though", "already", "again", "well"})


def _untagged(spans: list[_Span], text: str) -> list[_Span]:
    """``spans`` without a confirmation tag that closes the question, or a sentence of it ("she wasn't
    always in tech right? what did she do before"), after a content word ("he's a new grad right?") or a
    word closing a clause ("medical stuff too right?"); after another stop word the word is asked ("left or
    right", "in the right"). A closing "or nah?" is the "or not" of chat (``_DENIAL_TAGS``)."""
    if len(spans) < 3:
        return spans
    last = len(spans) - 1

    def closes(i: int) -> bool:
        return i == last or text[spans[i].end :].lstrip()[:1] == "?"

    return [
        s
        for i, s in enumerate(spans)
        if not (
            i >= 2
            and s.token in _CONFIRM_TAGS
            and (spans[i - 1].token not in STOP_WORDS or spans[i - 1].token in _CLAUSE_ENDERS)
            and closes(i)
        )
        and not (i >= 2 and s.token in _DENIAL_TAGS and spans[i - 1].token == "or" and closes(i))
    ]


def _right_now(spans: list[_Span], known: Callable[[str], bool] | None) -> list[_Span]:
    """``spans`` with chat's "rn" read as "now" ("who's she working for rn?"): a time the question places
    itself in, not a word to match - unless the portfolio writes "rn" itself (a project named "...-rn" for
    React Native). ("right now" keeps its "right": dropped, it cost a measured set a search item.)"""
    out: list[_Span] = []
    for s in spans:
        if s.token == "rn" and not (known is not None and known("rn")):
            s = s._replace(token="now")
        out.append(s)
    return out


# "back" that points to a time ("back at the payments job", "back in 2019", "way back", "back then"): how the
# question places what it asks, no word a passage needs ("back from parental leave" is another back)
_BACK_TIMES = frozenset({"at", "in", "when", "then", "during"})


def _unback(spans: list[_Span]) -> list[_Span]:
    """``spans`` without a "back" that points to a time (``_BACK_TIMES``, or "way back")."""
    return [
        s
        for i, s in enumerate(spans)
        if not (
            s.token == "back"
            and (
                (i + 1 < len(spans) and spans[i + 1].token in _BACK_TIMES)
                or (i > 0 and spans[i - 1].token == "way")
            )
        )
    ]


# "code" done by someone ("can she code?", "can he write code?") is programming as a skill; "code in
# python", "code review", "a code base" keep their words (what follows says what is asked)
_CODE_WORDS = frozenset({"code", "codes", "coding"})
_CODERS = frozenset({"she", "he", "they", "write", "writes", "wrote", "written", "writing"})
# what may follow such a "code": the question's end, a join, or a hedge ("can she code a bit?", "code tho?")
_CODE_ENDS = frozenset({"or", "and", "at", "still", "much", "well", "anymore", "too", "also", "either",
                        "properly", "tho", "though", "a"})  # fmt: skip


def _code_as_skill(spans: list[_Span]) -> list[_Span]:
    """``spans`` with a "code" someone does that ends the question, or an alternative in it, read as
    ``programming``: the skill entries say "Programming", not "code"."""
    out = list(spans)
    for i in range(1, len(spans)):
        after = spans[i + 1].token if i + 1 < len(spans) else ""
        if (
            spans[i].token in _CODE_WORDS
            and spans[i - 1].token in _CODERS
            and (not after or after in _CODE_ENDS)
        ):
            out[i] = spans[i]._replace(token="programming")
    return out


def _unframed(spans: list[_Span]) -> list[_Span]:
    """``spans`` without a framing noun (``_FRAMING_NOUNS``) that "in"/"with" follows: what follows
    is what is asked ("background in statistics")."""
    return [
        s
        for i, s in enumerate(spans)
        if not (s.token in _FRAMING_NOUNS and i + 1 < len(spans) and spans[i + 1].token in _FRAMING_LINKS)
    ]


def _framed(spans: list[_Span]) -> set[int]:
    """Positions of a framing noun a content word right before it qualifies, ending its phrase ("a
    statistics background", "her academic background"; not "a background check"): a word of how the
    question is put, which no passage needs to say, though it still points at the summary."""
    out: set[int] = set()
    for i, span in enumerate(spans):
        if span.token in _FRAMING_NOUNS and i:
            before = spans[i - 1].token
            after = spans[i + 1].token if i + 1 < len(spans) else ""
            if (
                before not in STOP_WORDS
                and before not in _FRAMING_NOUNS
                and (not after or after in STOP_WORDS)
            ):
                out.add(i)
    return out


def _singular_plurals(spans: list[_Span], known: Callable[[str], bool]) -> list[_Span]:
    """``spans`` with a plural the stemmer keeps whole ("sdks", "gpus", typed in lower case) read as
    its singular when only the singular is a word of the content ("SDK", or "SDKs" read as one)."""
    out = list(spans)
    for i, span in enumerate(spans):
        token = span.token
        if (
            len(token) >= 3
            and token.endswith("s")
            and token.isalnum()
            and token not in _UNSTEMMED
            and token not in STOP_WORDS
            and not known(normalize_token(token))
            and known(normalize_token(token[:-1]))
        ):
            out[i] = span._replace(token=token[:-1])
    return out


# Speaking asked where, at what or as an experience is public speaking ("where has she spoken?",
# "does he speak at conferences?", "speaking experience?"): the talks, not the languages spoken,
# unless the question names a language ("where did she learn to speak French?").
_SPEAKING = frozenset({"speak", "speaks", "speaking", "spoke", "spoken"})
_SPEAKING_CONTEXT = frozenset(
    {"where", "conference", "conferences", "event", "events", "meetup", "meetups", "public", "publicly",
     "stage", "audience", "audiences", "keynote", "experience", "engagements"}
)  # fmt: skip
_LANGUAGE_CONTEXT = frozenset(
    {"language", "languages", "fluent", "fluently", "fluency", "native", "lang", "langs"}
)


# "present" after a subject or an auxiliary ("where did she present the boot-time work?", "has he presented at
# a conference?") is giving a talk, not the present time ("at present", "the present role")
_PRESENTING = frozenset({"present", "presents", "presented", "presenting"})
_PRESENT_SUBJECTS = frozenset(
    {"did", "does", "do", "will", "would", "she", "he", "they", "to", "has", "have", "ever"}
)
_DETERMINERS = frozenset(
    {"the", "her", "his", "their", "its", "a", "an", "my", "your", "our", "at", "in", "this", "that"}
)


def _presenting(spans: list[_Span]) -> list[_Span]:
    """``spans`` with a "present" done by someone (``_PRESENTING``) read as ``talk``: a subject or an
    auxiliary comes before it, or one word (a name) between them; a plain "present" keeps its time sense
    not after a determiner ("did the present team ...")."""
    out = list(spans)
    for i, s in enumerate(spans):
        if s.token not in _PRESENTING or i == 0:
            continue
        before = spans[i - 1].token
        named = (
            i >= 2
            and spans[i - 2].token in {"did", "does", "do", "will", "would", "has", "have"}
            and before not in _DETERMINERS
        )
        if before in _PRESENT_SUBJECTS or named:
            out[i] = s._replace(token="talk")
    return out


def _senses(spans: list[_Span]) -> list[_Span]:
    """``spans`` with each two-sense word read in the sense its neighbours give it (``_SENSES``)."""
    spans = _presenting(spans)
    tokens = {s.token for s in spans}
    for words, context, concept in _SENSES:
        if tokens & words and tokens & context:
            # the context word only said which sense: "code" of "languages she codes in" is asked
            # by the concept, not a second idea (it would find the coding club, not her languages)
            spans = [
                s._replace(token=concept) if s.token in words else s for s in spans if s.token not in context
            ]
    if (
        tokens & _SPEAKING
        and tokens & _SPEAKING_CONTEXT
        and not tokens & _LANGUAGE_CONTEXT
        and not any(normalize_token(t) in _absent_topic_terms() for t in tokens)
    ):
        spans = [
            s._replace(token="talk") if s.token in _SPEAKING else s
            for s in spans
            if s.token not in _SPEAKING_CONTEXT
        ]
    return spans


@cache
def _phrasing_terms() -> frozenset[str]:
    """``_PHRASING`` as index terms."""
    return frozenset(normalize_token(c) for c in _PHRASING)


def parse_query(
    text: str, known: Callable[[str], bool] | None = None, common: Callable[[str], bool] | None = None
) -> list[QueryGroup]:
    """Turn a question into its ideas (see ``QueryGroup``), stop words dropped, phrases joined;
    given the index's vocabulary (``known(term)``), compounds spelled apart or together meet
    the content's spelling. Given ``common(word)`` (whether a word is one of the language's own, as
    the dense model's vocabulary knows them), a word it does not know standing where a noun phrase
    opens ("with xamarin", "any flink experience") is read as the thing asked about."""
    spans = _unframed(_senses(_code_as_skill(_unback(_untagged(_right_now(_spans(text), known), text)))))
    if known is not None:
        spans = _compounds(_singular_plurals(spans, known), text, known)
    tokens = [s.token for s in spans]
    framed = _framed(spans)
    telegraphic = _telegraphic(tokens)
    # bare keywords naming technologies ("react javascript") ask for any of them: one the portfolio
    # lacks is a name asked about only when none of the others is there (``listed_alone``)
    listed_alone = telegraphic and not (
        known is not None
        and any(known(t) for t in map(normalize_token, tokens) if t in _technology_name_terms())
    )
    name_len = _name_runs(spans, text)
    run_start = _run_starts(name_len)
    tables = _tables()
    groups: list[QueryGroup] = []
    seen: set[str] = set()
    consumed_until = -1
    for term, pos, phrase_len in _terms_with_phrases(tokens):
        if pos <= consumed_until:
            continue
        if phrase_len:
            consumed_until = pos + phrase_len - 1  # the phrase stands for one idea
            if term in _phrasing_terms():
                continue
        elif term in tables.stop:
            if term in tables.intents and term not in seen:
                # A cue too common to match as a word ("know"): it only points at kinds.
                seen.add(term)
                kinds = tuple((kind_term(k), _INTENT_WEIGHT) for k in tables.intents[term])
                groups.append(QueryGroup(word=term, terms=kinds))
            continue
        if term in seen:
            continue
        seen.add(term)
        span = spans[pos]
        # an abbreviation read as a concept ("IC") or a word read in its sense is not a name
        name = (
            not phrase_len
            and span.token == fold(span.raw)
            and span.token not in _PRACTICE_ACRONYMS
            and _looks_like_name(span.raw, text, span.start)
        ) or (
            # a technology's name typed in lower case ("anything in flutter") is still a name: one the
            # portfolio lacks is what the question asks about
            not phrase_len
            and known is not None
            and not known(term)
            and term in _technology_name_terms()
            and (listed_alone or not telegraphic)
            and _tech_name_position(spans, pos, text, common, listed_alone=listed_alone)
        )
        if pos in framed and not phrase_len:
            unknown = UNKNOWN_FILLER  # "a statistics background": how the question is put
        elif name or (
            not phrase_len and (known is None or not known(term)) and term in _absent_topic_terms()
        ):
            # a spoken language, a sector, a field of study the portfolio never names is a name in all
            # but its capital ("does she speak italian", "a degree in physics")
            unknown = UNKNOWN_NAME
        elif term in light_verb_terms():
            unknown = UNKNOWN_FILLER  # "has he written any papers?": the papers are the question
        elif (
            not phrase_len
            and common is not None
            and (known is None or not known(term))
            and (_names_a_thing(spans, pos, text) or (telegraphic and _bare_noun(spans, pos, text)))
            and not _is_common(span.token, common)
        ):
            # "has she built anything with xamarin", "any flink experience"; and in a question of bare
            # nouns, any of them ("istio or service mesh experience?")
            unknown = UNKNOWN_TOPIC
        elif (
            not phrase_len
            and (known is None or not known(term))
            and term in _member_terms()
            and _names_a_thing(spans, pos, text)
        ):
            # a known technology where a noun phrase opens ("an azure certification"), though the
            # language knows the word: the thing asked about, which the portfolio does not name
            unknown = UNKNOWN_TOPIC
        elif not phrase_len and known is not None and not known(term) and _names_a_place(spans, pos, text):
            unknown = UNKNOWN_TOPIC  # "did she study at stanford": where, though written in lower case
        elif term in tables.domain:
            unknown = UNKNOWN_TOPIC
        else:
            unknown = UNKNOWN_FILLER
        share = (
            1.0 / name_len[pos] if not phrase_len else float(phrase_len) if term in _FIELD_CONCEPTS else 1.0
        )
        terms = list(expand(term))
        terms.extend(t for t in _asked_in_other_words().get(term, ()) if t[0] not in {u for u, _ in terms})
        if not phrase_len:
            listed = {t for t, _ in terms}
            terms.extend((p, _PART_WEIGHT) for p in span.also if p not in listed)
            if known is not None and known(PART_PREFIX + term):
                terms.append((PART_PREFIX + term, _PART_WEIGHT))  # "google" in part of "GoogleMaps"
        groups.append(
            QueryGroup(
                word=term,
                terms=tuple(terms),
                unknown_weight=unknown,
                share=share,
                typed="" if phrase_len else span.token,
                name=name,
                run=run_start[pos] if name and name_len[pos] > 1 else -1,
            )
        )
    return groups


# Words that open a noun phrase: a word right after one names a thing ("at stanford", "with xamarin",
# "an azure certification", "any flink experience"), however it is capitalised, not how a question
# is phrased ("purely", "received"). Absent from the portfolio, such a word is what the question asks
# about, so it weighs as a topic: the passages sharing only the question's other words do not answer.
_PHRASE_OPENERS = frozenset(
    ("a", "an", "any", "the", "some", "no", "her", "his", "their", "its", "at", "with", "in", "on", "for",
     "from", "into", "about", "of", "by", "via", "using")
)  # fmt: skip


# Endings of English adjectives, adverbs and verb forms: "the weakest skill", "any relevant certs", "for
# catching drift" modify or do something to the thing, they do not name it.
_MODIFIER_ENDINGS = (
    "est",
    "ly",
    "ing",
    "ed",
    "ant",
    "ent",
    "able",
    "ible",
    "ful",
    "ous",
    "ive",
    "less",
    "ish",
)


# Where a technology's name that is also a word of the language ("flutter", "rust", "react") stands as
# the name: after a word opening a noun phrase ("in rust"), of quantity ("how much flutter"), of using or
# making ("written java", "built android apps") or joining alternatives ("ios or swift"); or before a noun
# it qualifies ("azure certified", "android apps", "a kotlin developer").
_TECH_AFTER_WORDS = frozenset(
    ("much", "many", "more", "enough", "or", "and", "nor", "use", "used", "uses", "using", "know", "knows",
     "knew", "learn", "learned", "learnt", "learning", "code", "coded", "codes", "coding", "program",
     "programmed", "programs", "programming", "work", "worked", "works", "working", "write", "writes",
     "wrote", "written", "writing", "build", "builds", "built", "building", "ship", "shipped", "ships",
     "shipping", "develop", "developed", "develops", "developing", "run", "ran", "runs", "running")
)  # fmt: skip
_TECH_BEFORE_WORDS = frozenset(
    ("app", "apps", "application", "applications", "developer", "developers", "development", "dev", "devs",
     "engineer", "engineers", "engineering", "experience", "code", "codebase", "codebases", "project",
     "projects", "skills", "skill", "certified", "certification", "certifications", "certificate", "cert",
     "certs", "stack", "services", "service", "api", "apis", "expert", "expertise", "programming", "work",
     "background", "knowledge", "proficiency", "production", "cluster", "clusters", "pipelines", "sdk",
     "framework", "library", "libraries", "platform", "ecosystem", "jobs", "roles", "years")
)  # fmt: skip


def _tech_name_position(
    spans: list[_Span], pos: int, text: str, common: Callable[[str], bool] | None, *, listed_alone: bool
) -> bool:
    """Whether a technology's name at ``pos`` is used as one. A name that is no word of the language
    ("dynamodb", "graphql") is one anywhere; one that is ("flutter", "react") where a noun phrase opens
    or a thing is named (``_TECH_AFTER_WORDS``, ``_TECH_BEFORE_WORDS``), or alone in a list of bare
    keywords: elsewhere it may be the word ("how would she react to ...")."""
    if spans[pos].token in STOP_WORDS:
        return False
    if listed_alone or common is None or not _is_common(spans[pos].token, common):
        return True
    before = spans[pos - 1].token if pos > 0 else ""
    after = spans[pos + 1].token if pos + 1 < len(spans) else ""
    return before in _PHRASE_OPENERS or before in _TECH_AFTER_WORDS or after in _TECH_BEFORE_WORDS


def _names_a_thing(spans: list[_Span], pos: int, text: str) -> bool:
    """Whether the question word at ``pos`` stands where a noun phrase opens (``_PHRASE_OPENERS``):
    an alphabetic word of three letters or more, not a stop word, not a superlative or an adverb,
    not the first half of a hyphenated modifier ("an early-stage startup")."""
    return _plain_noun(spans, pos, text) and spans[pos - 1].token in _PHRASE_OPENERS


# The function words that make a sentence of a question: pronouns, auxiliaries, articles, question
# words and prepositions. A question without any ("ionic apps?", "istio or service mesh experience?")
# is a list of the things it asks about.
_SCAFFOLDING = frozenset(
    ("a", "an", "the", "she", "he", "they", "her", "his", "their", "him", "them", "you", "your", "i", "me",
     "my", "we", "our", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
     "did", "has", "have", "had", "can", "could", "would", "will", "should", "shall", "may", "might", "must",
     "what", "whats", "which", "who", "whom", "whose", "where", "when", "why", "how", "in", "on", "at", "for",
     "with", "to", "of", "from", "by", "about", "into", "as", "any", "some", "there", "this", "that",
     "these", "those", "if", "not", "no", "than", "tell", "please")
)  # fmt: skip


def _telegraphic(tokens: list[str]) -> bool:
    """Whether a question is written as bare nouns ("ionic apps?", "istio or service mesh
    experience?"): none of its words is a function word (``_SCAFFOLDING``). Every word of such a
    question names what it asks about; none says how it is asked."""
    return bool(tokens) and not any(t in _SCAFFOLDING for t in tokens)


def _plain_noun(spans: list[_Span], pos: int, text: str) -> bool:
    """Whether the question word at ``pos`` (not the first) may be a noun: alphabetic, three letters
    or more, not a stop word, not a superlative or an adverb, not the first half of a hyphenated
    modifier."""
    return pos > 0 and _bare_noun(spans, pos, text)


def _bare_noun(spans: list[_Span], pos: int, text: str) -> bool:
    """``_plain_noun``, the question's first word included."""
    if pos >= len(spans):
        return False
    word = spans[pos].token
    if len(word) < 3 or not word.isalpha() or word in STOP_WORDS or word.endswith(_MODIFIER_ENDINGS):
        return False
    return not (pos + 1 < len(spans) and text[spans[pos].end : spans[pos + 1].start] == "-")


# Verbs of belonging somewhere: the word after "at", "for" or "to" that follows one names a school, an
# employer or a place ("study at stanford", "worked for google", "went to harvard").
_AFFILIATION_VERBS = frozenset(
    ("study", "studied", "studies", "studying", "work", "worked", "works", "working", "intern", "interned",
     "graduate", "graduated", "attend", "attended", "go", "went", "employed", "enrolled", "teach", "taught")
)  # fmt: skip
_AFFILIATION_LINKS = frozenset(("at", "for", "to", "from", "in"))
# Nouns of a time spent somewhere: the word after "at" that follows one names an employer or a school
# ("her role at uber", "any time at netflix", "years at ibm").
_AFFILIATION_NOUNS = frozenset(
    ("role", "roles", "job", "jobs", "time", "stint", "stints", "tenure", "years", "year", "months",
     "internship", "internships", "position", "title", "career", "days", "work", "experience")
)  # fmt: skip


def _names_a_place(spans: list[_Span], pos: int, text: str) -> bool:
    """Whether the word at ``pos`` follows a verb of belonging and its preposition ("study at
    stanford"): a plain word of three letters or more, not a modifier (``_names_a_thing``)."""
    if pos < 2 or not _plain_noun(spans, pos, text):
        return False
    link, head = spans[pos - 1].token, spans[pos - 2].token
    return (link in _AFFILIATION_LINKS and head in _AFFILIATION_VERBS) or (
        link == "at" and head in _AFFILIATION_NOUNS
    )


_TYPO_CHECK_LEN = 6  # from this length a word one edit from a word of the language is read as its typo
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _is_common(word: str, common: Callable[[str], bool]) -> bool:
    """Whether ``word`` or a form of it is a word of the language (``common``): "hackathons" and
    "mentored" are, through "hackathon" and "mentor"; "xamarin" is not. A longer word one edit from
    one ("mangement") is a misspelt word of the language, not a name."""
    forms = (
        word,
        stem(word),
        word[:-1] if word.endswith("s") else "",
        word[:-2] if word.endswith("ed") else "",
    )
    if any(common(form) for form in forms if form):
        return True
    if len(word) < _TYPO_CHECK_LEN:
        return False
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = itertools.chain(
        (a + b[1:] for a, b in splits if b),
        (a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        (a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        (a + c + b for a, b in splits for c in _LETTERS),
    )
    return any(common(e) for e in edits if e != word)


def _name_runs(spans: list[_Span], text: str) -> list[int]:
    """For each token, the length of the run of adjacent name-like tokens it belongs to
    ("Pied Piper" -> 2, 2), so a two-word name counts as one idea, not two; the pieces of a
    split camel-case word (nothing between them) are always one run."""
    flags = [_looks_like_name(s.raw, text, s.start) for s in spans]

    def linked(j: int) -> bool:
        gap = text[spans[j].end : spans[j + 1].start]
        return gap == "" or (flags[j] and flags[j + 1] and gap.strip() == "")

    out = [1] * len(spans)
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and linked(j):
            j += 1
        for k in range(i, j + 1):
            out[k] = j - i + 1
        i = j + 1
    return out


def _run_starts(name_len: list[int]) -> list[int]:
    """For each token, where the name run it belongs to starts (``_name_runs``' lengths, in order)."""
    out: list[int] = []
    i = 0
    while i < len(name_len):
        out += [i] * name_len[i]
        i += name_len[i]
    return out


def _doer_forms(term: str) -> tuple[str, ...]:
    """The doer noun and its verb, which the stemmer leaves apart ("contributors" -> "contributor",
    "contribute" -> "contribut"; "creator" / "create", "developer" / "develop", "leader" / "lead"):
    the other form of ``term``. Only stems of six letters or more, and not "-eer" ("engineer" is not
    an "engine")."""
    if not term.isalpha():
        return ()
    if len(term) >= 6 and term.endswith(("or", "er")) and not term.endswith("eer"):
        return (term[:-2],)
    if len(term) >= 4:
        return tuple(f for f in (term + "or", term + "er") if len(f) >= 6)
    return ()


def expand(term: str) -> Iterable[tuple[str, float]]:
    """``term`` (weight 1), its related words and the kinds of chunk it hints at, weighted."""
    tables = _tables()
    yield term, 1.0
    related = tables.related.get(term, {})
    yield from sorted(related.items())
    for form in _doer_forms(term):
        if form not in related:
            yield form, 1.0
    names = _kind_names().get(term, ())
    for kind in tables.intents.get(term, ()):
        # a word naming the kind ("papers", "degree") is answered in full by an entry of that kind
        yield kind_term(kind), 1.0 if kind in names else _INTENT_WEIGHT
