"""Decide matched / partial / missing for each requirement, on evidence quoted from the portfolio.

Why not a search score: a score says how similar two texts are, not whether the owner has
what is asked. A requirement is read as units (``terms.units``): named things ("Kubernetes",
"PCI DSS", "Google Cloud Platform") must be shown by the content itself or a true equivalent
(EKS for Kubernetes, Terraform for infrastructure as code), and shown together; a related thing
(an operator for Kubernetes) is partial; plain words ("storage", "investigations") only add
weight, and job-ad wording ("strong", "improve", "fast-paced") none. Alternatives ("Go or Rust",
"(MLflow, Weights & Biases)", "such as PyTorch") need one. Quantities are checked against what the
content says: "10+ engineers" against the largest group led (directly, for "team of" and
"manage"), "5 years of Rust" against the dated entries that mention Rust (a lower bound: less is
partial), "10 years in software" against the career; a lead role with no size, a level the résumé
does not list, coursework, an interest or a profile link are partial at most. Screening asks
(relocation, work authorization, start date) are judged on the owner's own words. A JSON skill's
own name must be supported: its keywords cannot carry an unrelated skill ("Quantum chemistry: Rust,
Go" is missing for a Rust programmer), nor can an interest or a course.

"Matched" is the claim a recruiter acts on, so it needs the whole ask supported: the named things and
the plain words shown together on one page (not "conferences" in one place and "OpenTelemetry" in
another), every stated quantity against the content's own figures of the same thing ("100,000+ events
per second" against "35,000 events per second"), a title rung for staff/principal, management shown
for management. Anything weaker is partial. Related skills come from ``vocabulary`` (by concept).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from heyfolio.jobfit import presence
from heyfolio.jobfit.activities import activity_hits, in_other_sense
from heyfolio.jobfit.after_degree import years_after_degree
from heyfolio.jobfit.ampersand import ampersand_unshown
from heyfolio.jobfit.audience import audience_not_shown
from heyfolio.jobfit.automated import automation_unshown
from heyfolio.jobfit.brands import brand_before
from heyfolio.jobfit.builders import building_years_asked
from heyfolio.jobfit.career import asked_role
from heyfolio.jobfit.cited import citations_as_counted
from heyfolio.jobfit.citizens import citizenship_terms
from heyfolio.jobfit.clients import field_work_asked, only_as_client
from heyfolio.jobfit.clipped import clipped_variants
from heyfolio.jobfit.community import members_asked, members_shown
from heyfolio.jobfit.crews import crew_asked, crew_shown
from heyfolio.jobfit.current_role import NOW_WORDS, current_role_asked, role_held_now
from heyfolio.jobfit.degrees import degree_kind_terms, degree_terms, held_at_level, school_terms, thesis_terms
from heyfolio.jobfit.derivations import asked_derivation, other_derivation_only
from heyfolio.jobfit.durations import seconds_per
from heyfolio.jobfit.duties import BUILDING_ASKED
from heyfolio.jobfit.either import bracket_as_alternative
from heyfolio.jobfit.entries import ENTRY_COUNTS, with_heading
from heyfolio.jobfit.evidence import (
    DEGREE_PATTERNS,
    NUMBER,
    Corpus,
    Sentence,
    degree_rank,
    fluency_rank,
    norm_text,
    number_value,
    skill_level,
    student_job,
    years_covered,
    years_head,
)
from heyfolio.jobfit.executive import TITLE_OF_RUNG, executive_rung_asked, executive_rung_held
from heyfolio.jobfit.family import (
    family_product,
    plain_product,
    product_written,
    sibling_only,
    singular,
    variant_unwritten,
)
from heyfolio.jobfit.field_work import field_work_terms
from heyfolio.jobfit.foreign import in_english
from heyfolio.jobfit.funded import named_only_as_funded
from heyfolio.jobfit.grades import grade_below
from heyfolio.jobfit.handled_only import handled_not_built
from heyfolio.jobfit.headcounts import headcounts_after
from heyfolio.jobfit.hires import hires_asked, hires_shown
from heyfolio.jobfit.hyphenated import across_form, closed_compound
from heyfolio.jobfit.ideas import bound_words, is_field_name, named_otherwise, names_idea
from heyfolio.jobfit.idioms import only_in_idiom
from heyfolio.jobfit.industry import industry_asked, without_industry
from heyfolio.jobfit.instrument import instrument_unshown
from heyfolio.jobfit.intents import related_words
from heyfolio.jobfit.issuers import (
    credential_after_issuer,
    credential_initials,
    credential_words_held,
    issuer_initials,
    unbracketed,
)
from heyfolio.jobfit.kinds import kind_members, spell_kinds
from heyfolio.jobfit.lapsed import CERT_EXPIRED, currency_word, lapsed_certificate
from heyfolio.jobfit.led_groups import (
    from_scratch,
    group_built,
    group_lead_asked,
    lead_role_asked,
    team_built_asked,
)
from heyfolio.jobfit.levels import junior_now, only_a_level
from heyfolio.jobfit.listed import names_listed
from heyfolio.jobfit.lone_word import asked_head, only_wording
from heyfolio.jobfit.makers import maker_product
from heyfolio.jobfit.managing import management_years_asked
from heyfolio.jobfit.mentees import mentees_asked, mentees_shown
from heyfolio.jobfit.modifier import only_as_modifier
from heyfolio.jobfit.money import (
    amount_asked,
    amounts_shown,
    measured_thing,
    money_budget,
    says_money,
    without_amounts,
)
from heyfolio.jobfit.nouns import noun_by_suffix
from heyfolio.jobfit.openers import without_opener
from heyfolio.jobfit.optional import optional_pieces, without_wishes
from heyfolio.jobfit.own_hire import only_hired_themselves
from heyfolio.jobfit.ownership import design_owned_asked, ownership_asked, ownership_shown
from heyfolio.jobfit.padded import (
    bracketed_after,
    coined_words,
    kind_noun,
    offers_alternatives,
    proper_product,
)
from heyfolio.jobfit.parse import LABEL_LINE, Requirement
from heyfolio.jobfit.participation import lead_asked, only_took_part
from heyfolio.jobfit.percent import MONEY_TERMS, of_money, percent_asks, percents_shown
from heyfolio.jobfit.performance import PERFORMANCE_TERM, asks_people_sense, people_sense_only
from heyfolio.jobfit.phrasal import closed_form
from heyfolio.jobfit.post_qualification import asks_post_qualification, qualified_since
from heyfolio.jobfit.presence import broad_zones, location_zone, zones
from heyfolio.jobfit.qualified import qualified_counts
from heyfolio.jobfit.ranges import low_end_of_people, low_end_of_years
from heyfolio.jobfit.ratings import rating_below
from heyfolio.jobfit.rationale import without_rationale
from heyfolio.jobfit.replaced import named_only_as_removed, removal_asked
from heyfolio.jobfit.role_kinds import role_alternatives
from heyfolio.jobfit.rows import level_to_show
from heyfolio.jobfit.rungs import (
    RUNGS,
    junior_for_level,
    lead_title_asked,
    lead_title_held,
    rung_held,
    rung_not_held,
    rung_only,
    title_at_rung,
    title_held,
    title_word_not_held,
    without_plus,
)
from heyfolio.jobfit.scale_asked import scale_asked
from heyfolio.jobfit.scope import fewer_led
from heyfolio.jobfit.sectors import sector_years_asked
from heyfolio.jobfit.senses import technical_sentence
from heyfolio.jobfit.served import only_as_served, platform_word
from heyfolio.jobfit.setting import employer_setting, without_partner_teams
from heyfolio.jobfit.setting_only import shown_only_as_setting
from heyfolio.jobfit.sizes import SIZE_WORDS, sizes_as_figures
from heyfolio.jobfit.skillyears import level_reached
from heyfolio.jobfit.slash_pairs import pair_parts
from heyfolio.jobfit.speedup import asked_speedup, speedup_status, without_speedup
from heyfolio.jobfit.spelling import spelling_variants
from heyfolio.jobfit.spoken import SPOKEN_LANGUAGES
from heyfolio.jobfit.standards import another_standard_only, unwritten_standards
from heyfolio.jobfit.stems import stem_variants
from heyfolio.jobfit.strength import stated_below_strength, strength_asked, strength_scope
from heyfolio.jobfit.styles import style_heads
from heyfolio.jobfit.teammates import membership_asked, teams_shown
from heyfolio.jobfit.teams import TEAMS_LED, leads_teams, teams_count_led_asked
from heyfolio.jobfit.technical import TECHNICAL_TERM, technical_sentences
from heyfolio.jobfit.terms import (
    TECH_WORDS,
    TRAILING_GENERIC,
    Unit,
    folds_plain_verbs,
    joined_pairs,
    layout,
    units,
    word_list,
)
from heyfolio.jobfit.thing_first import first_thing_unshown
from heyfolio.jobfit.tiers import lower_tier_held
from heyfolio.jobfit.toolkinds import KIND_WORDS, kind_terms
from heyfolio.jobfit.unfinished import CERT_UNFINISHED_REASON, unfinished
from heyfolio.jobfit.unnamed_skill import unwritten_technology
from heyfolio.jobfit.valuing import without_valuing
from heyfolio.jobfit.vendor_words import VENDORS
from heyfolio.jobfit.vendors import without_vendor
from heyfolio.jobfit.versions import version_below
from heyfolio.jobfit.vocabulary import ABBREVIATIONS, CATEGORY_OF, RELATED_TO, SHOWN_BY
from heyfolio.jobfit.weak_heads import head_nouns_after, holds_a_head
from heyfolio.jobfit.weaker import weaker_form
from heyfolio.jobfit.wording import AD_WORDS
from heyfolio.jobfit.written_in import written_in
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import STOP_WORDS, analyze, normalize_token, stem, tokenize

__all__ = ["Assessment", "assess_requirement"]

MATCHED, PARTIAL, MISSING = "matched", "partial", "missing"
_RANK = {MISSING: 0, PARTIAL: 1, MATCHED: 2}
RELATED_CREDIT = 0.6  # a related thing shows part of what is asked
_BUDGET = normalize_token("budget")  # shown by a budget; spend and cost only relate to one
QUANTITY_PARTIAL_SHARE = 0.6  # 12 of 15 years is partial, 40 of 80 engineers is not
CAREER_PARTIAL_SHARE = 0.2  # a career of 1 year for "4 years" is partial; for "10+ years" it is missing

# How job ads talk rather than what they ask for: never a key thing on their own.
_WEAK_WORDS = [
    "experience",
    "experienced",
    "strong",
    "deep",
    "solid",
    "proven",
    "excellent",
    "good",
    "great",
    "understanding",
    "knowledge",
    "ability",
    "able",
    "skill",
    "skills",
    "proficiency",
    "proficient",
    "familiarity",
    "familiar",
    "working",
    "work",
    "works",
    "hands",
    "production",
    "professional",
    "industry",
    "sector",
    "year",
    "years",
    "plus",
    "required",
    "require",
    "requirement",
    "requirements",
    "preferred",
    "prefer",
    "must",
    "nice",
    "bonus",
    "ideally",
    "candidate",
    "someone",
    "role",
    "etc",
    "related",
    "field",
    "similar",
    "equivalent",
    "background",
    "track",
    "record",
    "environment",
    "environments",
    "including",
    "include",
    "modern",
    "various",
    "concept",
    "concepts",
    "principle",
    "principles",
    "best",
    "practice",
    "practices",
    "high",
    "level",
    "quality",
    "build",
    "building",
    "built",
    "develop",
    "developing",
    "development",
    "design",
    "designing",
    "operate",
    "operating",
    "maintain",
    "maintaining",
    "run",
    "running",
    "deliver",
    "delivering",
    "ship",
    "shipped",
    "shipping",
    "fluent",
    "fluency",
    "speak",
    "team",
    "teams",
    "engineer",
    "engineers",
    "engineering",
    "system",
    "systems",
    "clusters",
    "cluster",
    "application",
    "applications",
    "platform",
    "platforms",
    "service",
    "services",
    "solution",
    "solutions",
    "tool",
    "tools",
    "technology",
    "technologies",
    "framework",
    "frameworks",
    "product",
    "products",
    "process",
    "processes",
    "large",
    "scale",
    "scalable",
    "complex",
    "company",
    "companies",
    "business",
    "customer",
    "customers",
    "stakeholders",
    "across",
    "within",
    "multiple",
    "new",
    "existing",
    "least",
    "minimum",
    "demonstrated",
    "demonstrable",
    "expertise",
    "exposure",
    "comfortable",
    "confident",
    "passion",
    "passionate",
    "love",
    "enjoy",
    "believe",
    "believes",
    "want",
    "join",
    "help",
    "helping",
    "ensure",
    "ensuring",
    "responsible",
    "responsibility",
    "own",
    "owning",
    "ownership",
    "take",
    "taking",
    "make",
    "making",
    "drive",
    "driving",
    "write",
    "writing",
    "written",
    "wrote",
    "apply",
    "level",
    "levels",
    "senior",
    "junior",
    "mid",
    "lead",
    "leading",
    "led",
    "manage",
    "managing",
    "management",
    "manager",
    "managers",
    "organization",
    "organisation",
    "org",
    "group",
    "groups",
    "people",
    "person",
    "member",
    "members",
    "hands-on",
    "another",
    "collaborate",
    "collaboration",
    "career_length",
    "software",
    "ideal",
    # the verbs and qualifiers job ads wrap a thing in ("Instrument services with OpenTelemetry")
    "improve",
    "improving",
    "instrument",
    "instrumenting",
    "author",
    "authoring",
    "keep",
    "keeping",
    "kept",
    "set",
    "setting",
    "define",
    "defining",
    "establish",
    "embed",  # "Embed SAST into CI/CD": put it there; stems apart from "embedded" and "embedding"
    "embeds",
    "prepare",  # "preparing for regulatory audits": the audit is the thing, passed or prepared
    "preparing",
    "prepared",
    "implement",
    "implementing",
    "investigate",
    "investigating",
    "investigation",
    "investigations",
    "support",
    "supporting",
    "partner",
    "champion",
    "foster",
    "identify",
    "evaluate",
    "handle",
    "handling",
    "use",
    "using",
    "used",
    "utilize",
    "utilise",
    "leverage",
    "productionise",
    "productionize",
    "productionised",
    "productionized",
    "real",
    "big",
    "major",
    "key",
    "critical",
    "feel",
    "toward",
    "towards",
    "initiative",
    "initiatives",
    "health",
    "internals",
    "workload",
    "workloads",
    "onto",
    "upon",
    "essential",
    "meaningfully",
    "aged",
    "serious",
    "significant",
    "substantial",
    "massive",
    "huge",
    "demanding",
    "challenging",
    "meaningful",
    "significantly",
    "successfully",
    "semantics",
    "volume",
    "volumes",
    "device",
    "devices",
    "early",
    "stage",
    "early-stage",
    "world",
    "day",
    "daily",
    "everyday",
    "would",
    "isn",
    "although",
    "welcome",
    "appreciated",
    "willing",
    "willingness",
    "trade-offs",
    "tradeoffs",
    "depend",
    "rely",
    "hurting",
    "audience",
    "eager",
    "happy",
    # levels: checked against the résumé's skill levels, never a thing on their own
    "expert",
    "advanced",
    "proficient",
    "mastery",
    "small",
    "tight-knit",
    "fast-paced",
    "paced",
    "dynamic",
    "fast-growing",
    # the verbs and nouns an ad wraps a web task in ("Add ... in JavaScript", "Build pages in HTML")
    "add",
    "adding",
    "integrate",
    "integrating",
    "automate",
    "automating",
    "page",
    "pages",
    "previously",
    # how an ad says "before" and "product work": wording around the thing ("Prior experience as a founder",
    # "Bring models to production", "Add interactive features in JavaScript")
    "prior",
    "fully",
    # a length of time in a role ("including a stint as a people manager"): the role is the thing
    "stint",
    "stints",
    # how a thing is begun ("Build services from scratch in Go"): the services are what is asked
    "scratch",
    # complying with a standard ("making web apps meet WCAG 2.2 AA"): the standard is what is asked
    "meet",
    "meets",
    # management-speak verbs an ad wraps a task in ("Enable product teams to ...", "Spearhead the migration")
    "enable",
    "enabling",
    "empower",
    "empowering",
    "spearhead",
    "spearheading",
    "oversee",
    "overseeing",
    "evangelise",
    "evangelize",
    "evangelising",
    "evangelizing",
    "translate",
    "translating",
    "coordinate",
    "coordinating",
    "closely",
    "provide",
    "providing",
    "bring",
    "bringing",
    "brought",
    "feature",
    "features",
    "tech",
    # how good the code is and taking part: praise and wording, never a thing to show
    "clean",
    "readable",
    "well-tested",
    "well-documented",
    "participate",
    "participating",
    # light verbs and wrappers around the thing asked ("given talks", "contribute to open source",
    # "clear technical writing", "strong HTML fundamentals")
    "given",
    "giving",
    "contribute",
    "contributing",
    "clear",
    "fundamental",
    "fundamentals",
    # where the owner lives is checked as a place ("live in the Bay Area or can commute to Palo Alto")
    "commute",
    "commuting",
    "live",
    "living",
    # sizes written as words ("hundreds of thousands of items"): a quantity, not a thing
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "item",
    "items",
    # who one works with ("pair with teammates"): the work is the thing, not the company kept
    "teammate",
    "teammates",
    "colleague",
    "colleagues",
    "coworker",
    "coworkers",
    "co-worker",
    "co-workers",
    "alongside",
    # more of the ad's praise ("Extensive experience as a tech lead")
    "extensive",
    "considerable",
    "outstanding",
    "exceptional",
    "thorough",
    "in-depth",
    "relevant",
    "deeply",
    "thoroughly",
    "habit",
    "habits",
    "proper",
    "right",  # "with the right indexes": the ad's judgement of the thing, not another thing
    "appropriate",
    "suitable",
    "properly",
    "legacy",
    # hedges on a figure ("Nearly a decade of ...")
    "nearly",
    "almost",
    "roughly",
    "approximately",
]
# "10+ years of total/overall experience": how the years add up, neither a thing they are of nor a word to find
# "the energy sector", "the gaming industry": the field worked in, a word that is not itself a thing to find
_SECTOR_WORD = re.compile(r"\b(?:sectors?|industry|industries)\b", re.IGNORECASE)
_TALLY = frozenset(normalize_token(w) for w in ("total", "overall", "cumulative"))
_WEAK = (
    _TALLY
    | frozenset(normalize_token(w) for w in _WEAK_WORDS)
    | frozenset(normalize_token(w) for w in NOW_WORDS)
    | frozenset(normalize_token(w) for w in STOP_WORDS)
    | frozenset(normalize_token(w) for w in AD_WORDS)
)
# Ad-word stems no ad word writes as itself ("excel" of "excellent", "close" of "closely"): the word written
# so, capitalised inside a line, is a name ("Advanced Excel skills", "a Close Management module"), not praise.
_WEAK_SURFACES = frozenset(
    w.casefold() for w in (*_WEAK_WORDS, *NOW_WORDS, *STOP_WORDS, *AD_WORDS, "total", "overall", "cumulative")
)
_NAME_LIKE_STEMS = frozenset(
    s for s in _WEAK if not any(w == s and normalize_token(w) == s for w in _WEAK_SURFACES)
)
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;)] )[A-Z][a-z]+\b")
_FILLER_BEFORE_ALT = frozenset({"another", "a", "an", "other", "similar", "equivalent", "any", "some"})

# Equivalents a requirement is fully shown by (one way: EKS is Kubernetes, not the reverse).
# Things named by an ad word and a noun ("feature stores (Feast)", "feature flags"): the word is no wording
# there; without it grocery "stores" or a "capture-the-flag" lab would show the rest.
_WEAK_WORD_THINGS = frozenset({"feature store", "feature flag", "feature toggle"})
_EQUIVALENT: dict[str, tuple[str, ...]] = {
    "kubernetes": ("eks", "gke", "aks", "openshift", "cka", "ckad"),
    # a cloud by its full name ("Amazon Web Services") is the one the portfolio writes by its initials
    "amazon web services": ("aws",),
    "google cloud platform": ("gcp", "google cloud"),
    "container": ("docker", "kubernetes", "podman"),
    "rfc": ("design doc", "design document", "architecture decision record", "adr"),
    "design doc": ("rfc", "adr"),
    "observability": ("opentelemetry", "prometheus", "grafana", "tracing", "datadog", "jaeger"),
    "monitoring": ("prometheus", "grafana", "datadog", "observability", "opentelemetry"),
    "message_broker": ("kafka", "redpanda", "rabbitmq", "pulsar", "kinesis", "nats", "sqs"),
    "database": ("postgresql", "mysql", "mongodb", "sqlite", "dynamodb", "cassandra", "oracle"),
    "sql": ("postgresql", "mysql", "sqlite"),
    "cloud": ("aws", "gcp", "azure"),
    "incident": ("on-call", "on_call", "postmortem", "incident command", "incident review"),
    "on_call": ("on-call rotation", "incident command"),
    "mentor": ("mentored", "mentoring", "coach"),
    "ml": ("machine learning", "lightgbm", "scikit-learn", "xgboost", "pytorch", "tensorflow"),
    # the field by its full name is the one its initials and its tools show ("Applied ML Research Engineer")
    "machine learning": ("ml", "lightgbm", "scikit-learn", "xgboost", "pytorch", "tensorflow"),
    "time series": ("forecasting",),
    "payment": ("payments", "card", "bank-transfer"),
    "crossteam": ("cross-team",),  # "across teams" reads as work over several teams (multiteam)
    "frontend": ("react", "angular", "vue", "svelte"),
    "backend": ("api", "server-side"),
    "lossless": ("lossless compression",),
    "feature store": ("feature store",),
    "feature stores": ("feature store",),
    "feature flag": ("feature flag", "feature toggle"),
    "feature flags": ("feature flag", "feature toggle"),
    "orchestration": ("kubernetes", "eks", "gke", "aks", "nomad", "ecs", "docker swarm", "openshift"),
    "iac": ("terraform", "pulumi", "cloudformation", "cdk", "ansible"),
    "postmortem": ("incident review", "incident-review", "post-mortem", "retrospective"),
    "browser": ("chrome", "firefox", "safari", "web worker", "in-browser"),
    "on-call": ("on_call", "pager", "incident command"),
    "teach": ("teacher", "taught", "tutor", "instructor", "lecturer"),
    "teacher": ("teach", "taught", "tutor", "instructor"),
    "founder": ("co-founded", "cofounder", "co-founder"),
    "distributed tracing": ("opentelemetry", "jaeger", "zipkin", "trace viewer", "traces"),
    "stream processing": ("streaming", "kafka", "flink", "redpanda", "kinesis"),
    "rest": ("fastapi", "openapi", "restful", "http api", "json api"),
    "hackathon": ("hacks", "hackday", "hack day", "hack week", "game jam"),
    "coach": ("mentor", "mentored", "mentoring"),
    "children": ("young people", "kids", "pupils", "schoolchildren"),
    "bay area": ("san francisco", "oakland", "san jose", "palo alto", "berkeley", "silicon valley"),
    "san francisco bay area": ("san francisco", "oakland", "san jose", "palo alto", "berkeley"),
    "event-driven": ("event pipeline", "event sourcing", "kafka", "redpanda", "message queue"),
    # where papers appear, by the kind of venue each publication names
    "venue": ("conference", "workshop", "journal", "transactions", "proceedings", "symposium"),
    # meeting a standard, by either word ("WCAG 2.1 AA compliance" against "WCAG 2.1 AA conformance")
    "compliance": ("conformance", "conformant", "compliant"),
    "conformance": ("compliance", "compliant", "conformant"),
    # a name by its usual short spelling
    "otel": ("opentelemetry",),
    # a cloud's managed Kubernetes by its initials or its name in words, whichever the content writes
    "gke": ("google kubernetes engine",),
    "google kubernetes engine": ("gke",),
    "eks": ("elastic kubernetes service",),
    "elastic kubernetes service": ("eks",),
    "aks": ("azure kubernetes service",),
    "azure kubernetes service": ("aks",),
}
# Related things: partial evidence only.
_RELATED_JOB: dict[str, tuple[str, ...]] = {
    "eks": ("kubernetes",),
    "gke": ("kubernetes",),
    # tools built around Kubernetes (Helm, operators) do not show Kubernetes itself, never named
    "kubernetes": (),
    "operator": ("kubernetes",),
    "web": ("frontend", "react", "typescript", "javascript", "html", "css", "angular", "browser", "webgl"),
    "javascript": ("typescript", "react", "angular", "node.js"),
    # a language is not shown by the smaller one it extends: JavaScript does not show TypeScript
    "typescript": (),
    "node.js": ("javascript", "typescript"),
    # pages written for the web show some HTML; "web" before another noun ("web hosting", "a web map") does not
    "html": ("frontend", "web development", "web developer", "web app", "web application", "web page"),
    "css": (),
    "database": ("sql", "postgresql", "schema", "migrations"),
    "nosql": ("mongodb", "dynamodb", "redis", "cassandra"),
    "deep_learning": ("neural", "pytorch", "tensorflow"),
    "computer": ("information_technology",),
    "information_technology": ("computer",),
    "collaborate": ("crossteam", "across", "partner"),
    "budget": ("spend", "cost"),
    "hire": ("hiring", "interview"),
    "communication": ("writing", "talk", "blog", "rfc", "post", "speaking"),
    "azure": (),
    "gcp": (),
    "chaos": ("fault injection", "crash-injection", "crash injection", "game day"),
    "neural": ("convolutional", "sequence model", "transformer", "lstm"),
    "dataset": ("data",),
    "encoding": ("compression", "codec", "transcoding"),
    "research": ("paper", "publication", "proceedings", "thesis"),
    "tutorial": ("course", "guide", "how-to", "workshop"),
    "startup": ("start-up", "founder", "seed", "series a"),
    "beginner": ("teenagers", "students", "newbie", "junior", "young people", "children", "first-time"),
    "financial": ("payments", "fintech", "banking", "bank", "money"),
    "regulated": ("psd2", "compliance", "pci", "gdpr", "sox", "audit"),
    # several teams led, asked (``teams``): one team led is that at a smaller scope
    TEAMS_LED.strip(): (
        "team lead",
        "tech lead",
        "technical lead",
        "lead a team",
        "led a team",
        "leads a team",
        "leading a team",
        "manage a team",
        "managed a team",
        "manages a team",
    ),
}
_LANGUAGES = SPOKEN_LANGUAGES
_YEARS_REQ = re.compile(r"(\d{1,2}|[a-z]+)\s*\+?\s*(?:or more\s+)?(?:years?|yrs)\b", re.IGNORECASE)
_PEOPLE_REQ = re.compile(
    # "5 years people management" counts years, not people: the word between is never a unit of time
    # "8 web and mobile engineers": up to three words saying which, none a unit of time or a group of them
    NUMBER + r"\s*\+?\s*(?:or more\s+)?"
    r"(?:(?!(?:years?|yrs|months?|teams?|squads?|groups?|of|per|in|at|for|with|from|to)\b)[\w-]+\s+){0,3}?"
    r"(engineers|people|developers|reports|direct reports|members|staff|employees|managers)\b",
    re.IGNORECASE,
)
_YEARS_PHRASE_END = re.compile(
    r"[,.;:]|\band (?:have|has|had|be|been|are|is|you|can|will)\b|\bwhere\b|\bwhile\b|"
    # "8+ years of data engineering and experience with dbt": a second ask, in an ad's words, of its own
    r"\b(?:and|plus)\s+(?:(?:some|a|an|good|strong|solid|deep|working|hands-on|proven)\b|"
    r"(?:experience|familiarity|knowledge|exposure|expertise|proficiency|understanding|skills?|grasp|"
    r"know|knowing|understand|comfort|comfortable)\b)",
    re.IGNORECASE,
)
# The clause a years figure closes ("building for iOS for 8+ years"): from the last clause mark before it.
_CLAUSE_START = re.compile(r".*[,.;:]\s*", re.DOTALL)
_TEAM_OF = re.compile(
    r"(?:teams?|squads?|organi[sz]ations?|orgs?|departments?|divisions?) of "
    + NUMBER
    + r"\s*\+?(?!\s*(?:years?|yrs|months?|teams?|squads?|countries|sites|offices|services|products)\b)",
    re.IGNORECASE,
)
_EXPERIENCE_LEVEL_YEARS = {
    "intern": 0, "entry": 0, "junior": 1, "graduate": 0, "mid": 2, "intermediate": 2,
    "senior": 5, "lead": 6, "staff": 8, "principal": 10, "distinguished": 15, "executive": 10,
}  # fmt: skip
_DEGREE_WORDS = re.compile(
    r"\b(degree|bachelor'?s?|master'?s?|ph\.?\s?d|doctorate|b\.?sc|m\.?sc|mba|diploma)\b", re.IGNORECASE
)
_AREA = re.compile(
    r"\bin ([A-Za-z][\w &-]{2,60}?)(?:\s+or\s+(?:a\s+)?(?:related|similar|equivalent)|[,.;]|$)"
)
# The field written before the degree ("a Computer Science degree", "a CS or EE bachelor's"), when no "in ..."
# names it: the words between the article (or the line's start) and the degree word.
_AREA_BEFORE = re.compile(
    r"(?:^|\b(?:a|an|the|your|relevant|with)\s+)([A-Za-z][\w &/-]{1,60}?)\s+"
    r"(?:degree|bachelor'?s?|master'?s?|b\.?sc|m\.?sc|ph\.?\s?d|diploma)\b",
    re.IGNORECASE,
)
# Words before a degree word that say which level or how formal, not which field.
_NOT_A_FIELD = frozenset(
    word_list(
        "a an the university college undergraduate postgraduate graduate academic formal advanced higher "
        "first bachelor bachelor's bachelors master master's masters four-year 4-year year relevant related "
        "technical equivalent similar your with or and doctoral honours honors stem quantitative scientific"
    )
)
# A line labelled as the degree, the field after the colon ("Degree: Computer Science", "Degree: BSc in CS").
_LABELLED_FIELD = re.compile(r"\s*(?:degree|field of study|major)\s*:\s*(.+)", re.IGNORECASE)
# A word naming a degree, not its field ("BSc", "degree", "PhD").
_DEGREE_NAME_WORD = re.compile(
    r"(?:degrees?|b\.?sc\.?|m\.?sc\.?|b\.?a\.?|m\.?a\.?|b\.?eng\.?|m\.?eng\.?|ph\.?\s?d\.?|diploma|mba|"
    r"licenciatura|in)",
    re.IGNORECASE,
)
_AREA_LIST_END = re.compile(r"\s+or\s+(?:a\s+|an\s+)?(?:related|similar|equivalent|relevant)|[.;(]")
_LENIENT_AREA = re.compile(r"\b(related|similar|equivalent|relevant|technical)\b", re.IGNORECASE)


@dataclass
class Assessment:
    """The verdict on one requirement."""

    requirement: Requirement
    status: str
    score: float
    evidence: list[dict[str, str]]
    reasons: list[str]
    # "Airflow or Dagster": the verdict on each name in the line's place, shown beneath the line's own (which
    # either one meets) and never counted on its own
    alternatives: list[Assessment] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        text = self.requirement.text
        if self.requirement.keywords:
            text += ": " + ", ".join(self.requirement.keywords)
        out: dict[str, Any] = {
            "requirement": text,
            "kind": self.requirement.kind,
            "status": self.status,
            "score": round(self.score, 4),
            "evidence": self.evidence,
        }
        if self.reasons:
            out["why"] = "; ".join(self.reasons)
        if self.alternatives:
            out["alternatives"] = [a.as_dict() for a in self.alternatives]
        return out


def _terms(text: str) -> list[str]:
    return [
        t
        for t in analyze(norm_text(unbracketed(text), keep=False))
        if t not in _WEAK and not _NUMERIC.fullmatch(t)
    ]


_NUMERIC = re.compile(r"[\d.,]+\+?")


def _phrase_terms(phrase: str) -> frozenset[str]:
    return frozenset(analyze(norm_text(phrase, keep=False)))


def _norm_key(phrase: str) -> str:
    terms = analyze(phrase)
    return terms[0] if len(terms) == 1 else phrase


for _asked, _by in SHOWN_BY.items():
    _EQUIVALENT[_asked] = tuple(dict.fromkeys([*_EQUIVALENT.get(_asked, ()), *_by]))
for _asked, _rel in RELATED_TO.items():
    _RELATED_JOB[_asked] = tuple(dict.fromkeys([*_RELATED_JOB.get(_asked, ()), *_rel]))
_EQUIV = {_norm_key(k): v for k, v in _EQUIVALENT.items()}
_REL = {_norm_key(k): v for k, v in _RELATED_JOB.items()}


_HIRE_TERMS = frozenset(analyze("hire recruit interview"))


# Language names that are also ordinary words: shown only where written as the name, not as
# "Go Sooners!" or "go live".
_AMBIGUOUS = {
    "go": re.compile(r"(?<![\w-])Go\b(?![ \t]+[A-Z])(?!-)"),
    "c": re.compile(r"(?<![\w.-])C\b(?![+#\w])(?![ \t]+[A-Z])"),
    "r": re.compile(r"(?<![\w.-])R\b(?![\w&])(?![ \t]+[A-Z])"),
    # "found a lock wait", "stronger than she found it": finding, not founding
    "found": re.compile(r"\b(?:co-?)?found(?:ed|er|ers|ing)\b", re.IGNORECASE),
    # "2021-03 – present" is a date range, not presenting
    "present": re.compile(r"(?<![–—-] )(?<![–—-])\bpresent\w*", re.IGNORECASE),
    # "I report to the CISO" is a reporting line, not reporting work ("financial reporting")
    "report": re.compile(
        r"\breport(?:s|ed|ing|er|ers)?\b(?!\s+(?:directly\s+)?(?:in\s+)?to\s+(?:the\s+|my\s+|our\s+|a\s+)?"
        r"(?:ciso|cto|ceo|cfo|coo|cio|cpo|vp|svp|evp|head|director|manager|founder|co-?founder|chief|"
        r"vice president|lead|principal|partner|general manager|managing director)\b)",
        re.IGNORECASE,
    ),
}


# Who uses the owner's work, up to the end of its clause ("used by five product teams", "adopted by two banks").
_USERS = re.compile(
    r"\b(adopted|used|trusted|relied on|downloaded|loved|read|played|installed)\s+by\b[^,.;:()]*",
    re.IGNORECASE,
)

# An ask about who uses the work ("used across several teams", "adopted by other squads"): there the users are
# what is asked.
_USERS_ASKED = re.compile(r"\b(?:adopted|used|relied on)\s+(?:by|across)\b", re.IGNORECASE)


class _Checker:
    """Credit for a term against the corpus: 1 shown, RELATED_CREDIT related, 0 absent, with the
    sentences that show it."""

    def __init__(self, corpus: Corpus, ask: str = "") -> None:
        self.corpus = corpus
        self.ask = ask  # the requirement's text: which sense of a word an activity stands for
        self._cache: dict[str, tuple[float, list[int]]] = {}
        self._slugs: list[tuple[re.Pattern[str], frozenset[str]]] | None = None
        self._written: dict[str, list[int]] = {}
        self._issuers: Mapping[str, list[int]] | None = None

    def written(self, name: str) -> list[int]:
        """Sentences that write ``name`` as a name (case as written: "Spring Boot", not "in spring"),
        outside interests and profile links."""
        found = self._written.get(name)
        if found is None:
            pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            found = [
                n
                for n, s in enumerate(self.corpus.sentences)
                if pattern.search(s.text) and not _soft(self.corpus, n)
            ]
            self._written[name] = found
        return found

    def _as_word(self, phrase: str, numbers: Sequence[int]) -> list[int]:
        """The hits of a related thing that write it as a word of its own ("operator", "operators"), not a
        word sharing its stem ("operations dashboard" is no Kubernetes operator)."""
        words = r"[\s-]+".join(re.escape(w) for w in phrase.split())
        pattern = re.compile(rf"(?<![\w-]){words}(?:s|es|ed|ing)?(?![\w-])", re.IGNORECASE)
        return [n for n in numbers if pattern.search(self.corpus.sentences[n].text)]

    def _phrase_hits(self, phrase: str) -> list[int]:
        words = _phrase_terms(phrase)
        if not words:
            return []
        lists = [self.hits(w) for w in words]
        if not all(lists):
            return []
        common = set(lists[0]).intersection(*(set(x) for x in lists[1:]))
        return sorted(common)

    def hits(self, term: str) -> list[int]:
        """Sentences holding ``term``; a word that is also plain English ("Go Sooners!") only where it
        is written as the name."""
        found = self.corpus.terms.get(term, [])
        if not found:  # "organising" asked, "organize" written: one word, two spellings
            term = next((v for v in spelling_variants(term) if v in self.corpus.terms), term)
            found = self.corpus.terms.get(term, [])
        if (
            not found
        ):  # "laboratory" asked, "lab" written: one word, written short; "virtualised" and "virtualized"
            term = next(
                (v for v in clipped_variants(term) + stem_variants(term) if v in self.corpus.terms), term
            )
            found = self.corpus.terms.get(term, [])
        # "roll out" asked, "rollout" written
        if not found and (noun := closed_form(term, self.ask)) is not None:
            found = self.corpus.terms.get(noun, [])
        if not found and term.isalpha() and len(term) >= 3 and _CERT_ASK.search(self.ask):
            # "IAAP certification": the initials of the body a certificate line says issued it (only where a
            # credential is asked: elsewhere the letters may be anything else)
            if self._issuers is None:
                self._issuers = _certificate_issuers(self.corpus)
            found = self._issuers.get(term, [])
        if term == PERFORMANCE_TERM and found and not asks_people_sense(self.ask):
            # "performance tuning" is speed: a skill line of "performance reviews" does not show it
            found = [n for n in found if not people_sense_only(self.corpus.sentences[n].text)]
        if term in _HIRE_TERMS:  # "Second hire on the platform team": the owner was hired, hired no one
            found = [n for n in found if not only_hired_themselves(self.corpus.sentences[n].text)]
        names = [n for n in self._names() if term in n[1]]
        if names:  # "board" inside the project name "tram-board" is the name, not a board
            found = [n for n in found if term in analyze(self._unnamed(self.corpus.sentences[n].text, names))]
        # "Adopted by the React Native teams of two European banks": who uses the work, not the owner's field;
        # unless the ask is who uses it ("a component library used across several teams")
        found = [
            n
            for n in found
            if _USERS_ASKED.search(self.ask)
            or not _USERS.search(self.corpus.sentences[n].text)
            or term in analyze(_USERS.sub(r"\1", self.corpus.sentences[n].text))  # "adopted" stays
        ]
        # "peer-reviewed papers", "code-switched speech": a participle after a hyphen says what was done
        # to the thing, by others or in another sense; it shows no reviewing, no switching by the owner
        # (unless the ask says it so too: "peer-reviewed publications")
        if not _only_as_participle(term, self.ask, whole=False):
            found = [n for n in found if not _only_as_participle(term, self.corpus.sentences[n].text)]
        # "code-switched speech", "solar-powered sensors": the word before such an adjective's hyphen
        # says what the adjective is about, not work on it; no code review, no solar work (unless the
        # ask writes the adjective's tail too: "peer review" of "peer-reviewed", or names a technology)
        if term not in TECH_WORDS:
            found = [n for n in found if not only_as_modifier(term, self.corpus.sentences[n].text, self.ask)]
        # "Training large language models": "language" and "model" inside the field's name are shown only
        # where the field is named ("LLM", "language models"), not by a "Spanish-language lesson"
        idea = bound_words(self.ask).get(term)
        if idea is not None:
            named_in = [
                *self.corpus.terms.get(idea, []),
                *(n for n, s in enumerate(self.corpus.sentences) if named_otherwise(idea, s.text)),
            ]
            found = sorted(
                {*named_in}
                | {
                    n
                    for n in found
                    if names_idea(idea, self.corpus.sentences[n].text, self.corpus.sentences[n].terms)
                }
            )
        # "Container orchestration" against "Orchestral recording engineer": one stem, another derivation
        if found and (derivation := asked_derivation(self.ask, term)) is not None:
            found = [
                n for n in found if not other_derivation_only(derivation, self.corpus.sentences[n].text, term)
            ]
        pattern = _AMBIGUOUS.get(term)
        if pattern is None:
            return list(found)
        return [n for n in found if pattern.search(self.corpus.sentences[n].text)]

    def _names(self) -> list[tuple[re.Pattern[str], frozenset[str]]]:
        """The hyphenated project names ("tram-board"), with the terms their parts would index as."""
        if self._slugs is None:
            slugs = {
                s.uri.split("/")[3].split("#")[0]
                for s in self.corpus.sentences
                if s.uri.startswith("portfolio://projects/") and "-" in s.uri.split("/")[3]
            }
            self._slugs = [
                (
                    re.compile(rf"(?<![\w-]){re.escape(slug)}(?![\w-])", re.IGNORECASE),
                    frozenset(analyze(slug)),
                )
                for slug in sorted(slugs)
            ]
        return self._slugs

    @staticmethod
    def _unnamed(text: str, names: Sequence[tuple[re.Pattern[str], frozenset[str]]]) -> str:
        for pattern, _ in names:
            text = pattern.sub(" ", text)
        return text

    def credit(self, term: str, *, loose: bool = True) -> tuple[float, list[int]]:
        """(credit, sentence numbers of the evidence). ``loose``: the search module's related words
        count as partial evidence too (not for a named thing: "CEO" is not shown by "director")."""
        key = term if loose else term + "\0"
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result: tuple[float, list[int]] = (0.0, [])
        hits = self.hits(term)
        # "capture-the-flag lab": the words of an idiom joined around an article are not used in their sense
        # (a phrase known as a whole, "over-the-air" for FOTA, is found through its equivalents below)
        if hits and not only_in_idiom(term, self.ask, whole=False):
            hits = [n for n in hits if not only_in_idiom(term, self.corpus.sentences[n].text)]
        # "containerised" (British, stemmed "containeris") has the equivalents of "containerized"
        keys = [term, *stem_variants(term)]
        aliases = next((_EQUIV[k] for k in [*keys, *map(_norm_key, keys)] if k in _EQUIV), ())
        for alias in aliases:
            hits += self._phrase_hits(alias)
        if not hits:  # "cost optimisation" shown as "cut the bill from €84,000 to €47,000"
            hits = activity_hits(term, self.ask, [s.text for s in self.corpus.sentences])
        if term == TECHNICAL_TERM and loose:  # "technical blog writing": a blog on a page about technology
            hits += technical_sentences(self.ask, self.corpus)
        if hits:
            result = (1.0, sorted(set(hits)))
        else:
            listed = list(_REL.get(term, ()))
            related = list(listed)
            # not "open source" for "hiring": a visitor's question, not a skill's neighbour; not latency for
            # "performing in an orchestra": the neighbours of another sense of the word
            if loose and not in_other_sense(term, self.ask):
                related += related_words(term)
            for rel in related:
                found = self._phrase_hits(rel)
                if (
                    term == _BUDGET
                ):  # "saving 120 hours a month": time saved is no money, related to no budget
                    found = [n for n in found if says_money(self.corpus.sentences[n].text)]
                if rel in listed:
                    found = self._as_word(rel, found)
                    if term in TECH_WORDS and " " not in rel:  # "Operator of wind farms" is no operator
                        found = [n for n in found if technical_sentence(self.corpus.sentences[n].text, rel)]
                if found:
                    result = (RELATED_CREDIT, found)
                    break
        self._cache[key] = result
        return result


# The participle closing a hyphenated adjective ("peer-reviewed", "code-switched", "solar-powered").
_HYPHEN_PARTICIPLE = re.compile(r"(?<=[^\W\d_])-([^\W\d_]+ed)\b")


def _only_as_participle(term: str, text: str, *, whole: bool = True) -> bool:
    """Whether ``term`` is in ``text`` only as the participle of a hyphenated adjective (``whole``
    False: as one at least)."""
    if "-" not in text:
        return False
    parts = _HYPHEN_PARTICIPLE.findall(text)
    if not parts or not any(term in analyze(p) for p in parts):
        return False
    return not whole or term not in analyze(_HYPHEN_PARTICIPLE.sub(" ", text))


@dataclass
class _Group:
    alternatives: list[list[str]]  # any alternative; an alternative is shown by its best term
    key: bool


# How an ad praises what it asks ("proven experience as a team lead"): never a word the content must repeat,
# even where only ad words are left to weigh.
_PRAISE = frozenset(
    normalize_token(w)
    for w in word_list(
        "proven strong solid excellent demonstrated demonstrable deep good great outstanding exceptional "
        "extensive considerable significant substantial successful practical hands-on relevant previous prior"
    )
)


# An ad's way to ask for something done before ("a track record of leading teams"), which the analyser reads as
# an achievement.
_TRACK_RECORD = re.compile(r"\btrack[- ]records?\b", re.IGNORECASE)


def _groups(text: str) -> list[_Group]:
    """The things a requirement names: one group per key word, alternatives joined. A count in words that the
    size and years checks read ("a team of six") is a figure, as one in digits is, not a word to show."""
    counted = {t for w in _count_words_read(text) for t in analyze(w)}
    if _TRACK_RECORD.search(text):  # "A track record of leading teams": the leading, no achievement to find
        counted |= set(analyze("track record"))
    text = norm_text(unbracketed(text), keep=False)
    groups: list[_Group] = []
    used: set[str] = set(counted)
    # "deep learning frameworks such as PyTorch or TensorFlow": the head or any example.
    m = re.search(r"\b(?:such as|e\.g\.|for example|like|including)\s+(.+?)(?:[.;)]|$)", text, re.IGNORECASE)
    if m:
        examples = [e for e in re.split(r",|\bor\b|\band\b|/", m.group(1)) if e.strip()]
        head_words = text[: m.start()].split()[-3:]
        head = [t for t in _terms(" ".join(head_words))]
        alts = [[t] for t in head[:1]] + [_terms(e) for e in examples if _terms(e)]
        if alts:
            groups.append(_Group(alts, True))
            used.update(t for a in alts for t in a)
            used.update(head)
        text = text[: m.start()] + " " + text[m.end() :]
    tokens = re.findall(r"[\w.+#-]+|[,/;()]", text)
    i = 0
    while i < len(tokens):
        if tokens[i].casefold() == "or" or tokens[i] == "/":
            left: list[list[str]] = []
            j = i - 1
            while j >= 0:
                terms = _terms(tokens[j]) if tokens[j] not in ",/" else []
                if terms:
                    left.append(terms)
                    j -= 1
                    if j >= 0 and tokens[j] == ",":
                        j -= 1
                        continue
                break
            k = i + 1
            while k < len(tokens) and tokens[k].casefold() in _FILLER_BEFORE_ALT:
                k += 1
            right: list[str] = []
            while k < len(tokens) and len(right) < 3 and tokens[k] not in ",;()/":
                if tokens[k].casefold() in ("and", "or"):
                    break
                right += _terms(tokens[k])
                k += 1
            alts = [kept for a in [*left, right] if (kept := [t for t in a if t not in counted])]
            if len(alts) >= 2:
                groups.append(_Group(alts, True))
                used.update(t for a in alts for t in a)
        i += 1
    for term in _terms(text):
        if term in used:
            continue
        used.add(term)
        groups.append(_Group([[term]], term not in _WEAK))
    weak = [normalize_token(w) for w in tokenize(text)]
    for term in weak:
        if (
            term in _WEAK
            and term not in used
            and term not in _WEAK_STOP
            and term not in _PRAISE | _NOW | _TALLY
        ):
            used.add(term)
            groups.append(_Group([[term]], False))
    return groups


_WEAK_STOP = frozenset(normalize_token(w) for w in STOP_WORDS)
_NOW = frozenset(normalize_token(w) for w in NOW_WORDS)  # a date, checked by current_role, never looked up


def _lexical(groups: Sequence[_Group], checker: _Checker) -> tuple[str, float, list[int], list[str]]:
    """Status from the things named: (status, score, evidence sentences, reasons).

    "Matched" needs every key thing shown, and shown together: in one passage, or each among the
    listed skills (a "power budget" in a hobby write-up and "hiring" in a job do not add up to
    owning a budget and hiring managers)."""
    corpus = checker.corpus
    key = [g for g in groups if g.key]
    evidence: list[int] = []
    credits: list[float] = []
    places: list[set[str]] = []
    missing: list[str] = []
    for g in key or groups:
        best, where = 0.0, []
        for alt in g.alternatives:
            for term in alt:
                c, ns = checker.credit(term)
                if c > best:
                    best, where = c, list(ns)
                elif c == best and c > 0:
                    where += ns
        credits.append(best)
        places.append({corpus.sentences[n].uri for n in where} if best >= 1.0 else set())
        evidence += where[:1]
        if best == 0.0:
            missing.append(" or ".join(a[0] for a in g.alternatives if a))
    if not credits:
        return MISSING, 0.0, [], ["nothing in the requirement to check"]
    score = sum(credits) / len(credits)
    reasons = [f"not shown: {', '.join(missing)}"] if missing and key else []
    if key:
        if all(c >= 1.0 for c in credits):
            counts: dict[str, int] = {}
            for p in places:
                for u in p:
                    counts[u] = counts.get(u, 0) + 1
            best_uri = min(counts, key=lambda u: (-counts[u], u)) if counts else ""
            together = counts.get(best_uri, 0) * 3 >= 2 * len(places) and (
                len(places) < 3 or counts[best_uri] >= 2
            )
            if len(places) == 2:
                together = counts.get(best_uri, 0) == 2
            skills = all(any(u.startswith(_SKILL_URI) for u in p) for p in places)
            if together or skills or len(places) == 1:
                if together:
                    evidence = [n for g in key for n in _sentences_in(checker, g, best_uri)] or evidence
                return MATCHED, score, evidence, reasons
            reasons.append("shown only in separate places")
            return PARTIAL, score, evidence, reasons
        if score >= 0.5 and max(credits) >= RELATED_CREDIT:
            return PARTIAL, score, evidence, reasons
        return MISSING, score, evidence, reasons
    if score >= 0.75:
        return MATCHED, score, evidence, reasons
    if score >= 0.4:
        return PARTIAL, score, evidence, reasons
    return MISSING, score, evidence, reasons


_SKILL_URI = "portfolio://profile#skills/"


def _page(uri: str) -> str:
    """Where a thing is said: a project, a post, the FAQ, the résumé; a skill line stands alone (a list
    of names says nothing about what was done with them)."""
    return uri if uri.startswith(_SKILL_URI) else uri.split("#")[0]


def _together(pres: Sequence[tuple[float, list[int], str]], corpus: Corpus) -> bool:
    """Plain words add up to the thing asked only where they are shown together: one page (a job, a
    project, the FAQ) holds at least half of them (two at least). "Budget" in a cost write-up, "hiring" in a job
    and "plan" in a project do not make owning a budget and hiring plan."""
    shown = [ns for c, ns, _ in pres if c > 0]
    if len(shown) < 2:
        return True
    places = [{_page(corpus.sentences[n].uri) for n in ns} for ns in shown]
    counts: dict[str, int] = {}
    for p in places:
        for u in p:
            counts[u] = counts.get(u, 0) + 1
    return max(counts.values(), default=0) >= max(2, -(-len(places) // 2))


# "NVMe-backed", "Kafka-compatible": a name and a suffix saying how the thing asked relates to it; the name
# itself is what the portfolio shows (Kafka is the first Kafka-compatible platform)
_NAME_SUFFIX = re.compile(
    r"^(.*[A-Z0-9].*?)-(?:backed|based|driven|native|first|heavy|powered|centric|focused|certified|accredited|"
    r"compatible)$"
)


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def _as_written(corpus: Corpus, acronym: str, numbers: Sequence[int]) -> list[int]:
    """Hits of an acronym where it is written as one (or where an equivalent, not the word, matched)."""
    acr = acronym.rstrip("s") if len(acronym) > 2 else acronym
    exact = re.compile(rf"(?<![A-Za-z]){re.escape(acr)}s?(?![a-z])")
    # the same name in other capitals ("Mpeg" for MPEG), not a word inside another ("fixing" for FIX)
    other_caps = re.compile(rf"(?<![A-Za-z]){re.escape(acr)}s?(?![A-Za-z])", re.IGNORECASE)

    def named(text: str) -> bool:
        return any(
            m.group(0)[0].isupper() and m.start() > 0 and not re.search(r"[.!?]\s*$", text[: m.start()])
            for m in other_caps.finditer(text)
        )

    loose = re.compile(rf"(?<![A-Za-z]){re.escape(acr)}", re.IGNORECASE)
    inflected = _folded_acronym(acr)
    return [
        n
        for n in numbers
        if exact.search(corpus.sentences[n].text)
        or named(corpus.sentences[n].text)
        or (not inflected and not loose.search(corpus.sentences[n].text))
    ]


def _folded_acronym(acronym: str) -> bool:
    """An acronym that is also a word form the analyser folds onto another word ("RAN" -> run, "LED" ->
    lead): its hits are the verb's ("Runs 30 task suites"), not an equivalent of the acronym. "BA" ->
    bachelor is an expansion, not a word form."""
    if not _ACRONYM.fullmatch(acronym):
        return False
    folded = analyze(acronym)
    return (
        len(folded) == 1
        and not acronym.casefold().startswith(folded[0])
        and len(folded[0]) <= len(acronym) + 1
    )


def _strip_suffix(word: str) -> str:
    m = _NAME_SUFFIX.match(word)
    return m.group(1) if m else word


_VERSIONED = re.compile(r"([A-Za-z][A-Za-z+#]{1,20}?)[ -]?v?(\d{1,2}(?:\.\d+)?)")
_VERSIONED_BASES = TECH_WORDS | frozenset(word_list("html css es ecmascript php oauth ipv"))


# Foundations that host open-source projects under their own name ("Apache Kafka", "Eclipse Jetty"): the
# project is the thing named; the content may write it without the foundation.
_STEWARDS = frozenset({"apache", "eclipse"})


# How much of a measured quality a system has ("low-latency", "high-throughput"): the measure names the thing.
_MEASURED_QUALITY = re.compile(
    r"(?:ultra-?)?(?:low|high)-(latency|throughput|availability|concurrency)", re.IGNORECASE
)


def _reduplicated(word: str) -> bool:
    """A hyphenated word that repeats a part ("active-active", "end-to-end"): its meaning is the whole."""
    parts = [p.casefold() for p in word.split("-") if p]
    return len(parts) >= 2 and len(set(parts)) < len(parts)


def _weak_word(word: str) -> bool:
    return normalize_token(word.casefold()) in _WEAK


# Engineering disciplines asked by name: the discipline's word alone is another thing (an electrician's trade).
_DISCIPLINES = frozenset({"electrical engineering", "mechanical engineering", "civil engineering"})


def _alt_credit(checker: _Checker, words: Sequence[str], named: bool = False) -> tuple[float, list[int]]:
    """Credit for one alternative: a word by itself (or its equivalents), a phrase by its words in one
    sentence ("Certified Kubernetes Administrator"), or written as one word ("Google Maps" ~ GoogleMaps).
    A family's product ("Kafka Streams") is read as a name (``family``)."""
    corpus = checker.corpus
    words = [_strip_suffix(w) for w in words]  # "NVMe-backed" -> "NVMe"
    if len(words) >= 2 and any(
        _folded_acronym(w) and not _as_written(corpus, w, range(len(corpus.sentences))) for w in words
    ):
        # "RAN optimisation": the acronym, never written, is no weak verb to drop from the phrase
        return 0.0, []
    if len(words) >= 2 and words[0].casefold() in _STEWARDS and any(c.isalpha() for c in words[1]):
        # "Apache Airflow" is Airflow: the foundation that hosts a project is not part of what is used
        return _alt_credit(checker, words[1:], named)
    if (
        named
        and len(words) >= 3
        and words[0].casefold() in VENDORS
        and " ".join(words[1:]).casefold() in _EQUIVALENT
    ):
        # "AWS Elastic Kubernetes Service": the product spelled out, which its initials ("EKS") show
        return _alt_credit(checker, words[1:], named)
    if named and (bare := maker_product(words, (s.text for s in corpus.sentences))) is not None:
        # "Google Firebase", "Grafana Loki": the product, written by its own name in the portfolio
        return _alt_credit(checker, list(bare), named)
    if len(words) == 1 and "/" in words[0] and len(words[0]) <= 7:  # "CI/CD": both shown, or one of them
        found = sorted(
            {n for alias in _EQUIVALENT.get(words[0].casefold(), ()) for n in checker._phrase_hits(alias)}
        )
        if found:  # a tool that is the pair (Bitrise, GitHub Actions is CI/CD) shows it whole
            return 1.0, found
        # written as the pair itself ("A/B testing", "TCP/IP"): its letters alone may be stop words
        literal = re.compile(rf"(?<![\w/-]){re.escape(words[0])}(?![\w/])", re.IGNORECASE)
        written = [
            n for n, s in enumerate(corpus.sentences) if literal.search(s.text) and not _soft(corpus, n)
        ]
        if written:
            return 1.0, written
        parts = [_alt_credit(checker, [p], named) for p in words[0].split("/") if p]
        if parts and all(c >= 1.0 for c, _ in parts):
            return 1.0, [n for _, ns in parts for n in ns]
        if any(c > 0 for c, _ in parts):
            return RELATED_CREDIT, [n for c, ns in parts if c > 0 for n in ns]
        return 0.0, []
    aliases = _EQUIVALENT.get(" ".join(words).casefold(), ())  # "event-driven": an event pipeline
    found = sorted({n for alias in aliases for n in checker._phrase_hits(alias)})
    if found:  # every place that shows it, not the first alias's: where it is shown with the rest matters
        return 1.0, sorted(set(found) | set(checker._phrase_hits(" ".join(words))))
    if named and len(words) == 1 and "-" in words[0].strip("-"):
        # "OR-Tools", "scikit-learn": a hyphenated name is found as written, not by its parts ("tools")
        literal = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", re.IGNORECASE)
        found = [n for n, s in enumerate(corpus.sentences) if literal.search(s.text)]
        if found:
            return 1.0, found
    if len(words) == 1 and (measured := _MEASURED_QUALITY.fullmatch(words[0])):
        # "low-latency", "high-throughput": the quality is shown where its measure is (latency cut to 95 ms)
        return _alt_credit(checker, [measured.group(1)], named)
    if len(words) == 1 and _reduplicated(words[0]):
        # "active-active", "end-to-end", "peer-to-peer": an idiom whose part alone ("active") is another word
        spaced = r"[\s-]+".join(re.escape(p) for p in words[0].split("-"))
        literal = re.compile(rf"(?<![\w-]){spaced}(?![\w-])", re.IGNORECASE)
        found = [n for n, s in enumerate(corpus.sentences) if literal.search(s.text)]
        return (1.0, found) if found else (0.0, [])
    versioned = _VERSIONED.fullmatch(words[0]) if named and len(words) == 1 else None
    if versioned and normalize_token(versioned.group(1).casefold()) in _VERSIONED_BASES:
        # "HTML5", "CSS3", "Python3": the technology, at a version the content need not name
        base = _alt_credit(checker, [versioned.group(1)], True)
        if base[0] > 0:
            return base
    terms = list(dict.fromkeys(analyze(norm_text(" ".join(words), keep=False))))
    concept = " ".join(singular(words)).casefold() in _WEAK_WORD_THINGS  # "feature stores": no ad wording
    # a phrase the vocabulary knows ("electrical engineering"), shown by none of its equivalents: every word of
    # it is asked, "engineering" too (an electrician's "Halvorsen Electric" is no electrical engineering)
    concept = concept or (len(words) >= 2 and bool(aliases) and " ".join(words).casefold() in _DISCIPLINES)
    content = [t for t in terms if (concept or t not in _WEAK) and not _NUMERIC.fullmatch(t)] or terms
    if not content and named and len(words) == 1 and _ACRONYM.fullmatch(words[0]):
        written = checker.written(words[0])  # "CAN", "IT": an acronym spelled like a stop word, as written
        return (1.0, written) if written else (0.0, [])
    if not content:
        return 0.0, []
    if named and (held := credential_words_held(words, _certificate_lines(corpus))):
        return 1.0, held  # "AWS SysOps", "Kubernetes CKA": a certificate held, its name shortened
    if (
        named
        and family_product(words, checker.ask, _weak_word)
        and not product_written(words, [s.text for s in corpus.sentences])
    ):
        # "Kafka Streams" against Kafka in a streaming pipeline, "dbt Cloud" against dbt on Google Cloud,
        # "Spring Cloud" against Spring Boot: a product never named, whichever of its words are met
        return 0.0, []
    if named and sibling_only(words, [s.text for s in corpus.sentences]):
        return 0.0, []  # "Spring Cloud" against Spring Boot: another product of the family
    if named and variant_unwritten(words, [s.text for s in corpus.sentences]):
        return 0.0, []  # "ARM Cortex-M" against ARM Cortex-A: another member of the family
    if named and (held := credential_after_issuer(words, _certificate_lines(corpus))):
        return (
            1.0,
            held,
        )  # "IAAP CPACC", "Linux Foundation CKA": the credential, whoever the ad says issued it
    if named and (held := credential_initials(words, _certificate_lines(corpus))):
        return 1.0, held  # "CPSA-F": the initials of a credential held, written out in the portfolio
    verbs = [w for w in words if any(folds_plain_verbs(t) for t in analyze(w))] if len(words) > 1 else []
    if named and verbs and len(verbs) < len(words):
        # "Kubernetes operators": the operator written with the rest, not "operating" or "operations" near it
        rest = [w for w in words if w not in verbs]
        c, ns = _alt_credit(checker, rest, named)
        written = checker._as_word(verbs[0].casefold().removesuffix("s"), ns)
        return (c, written) if written else (min(c, RELATED_CREDIT), ns)
    if (
        named
        and plain_product(words, checker.ask)
        and fluency_rank(" ".join(words)) is None  # "Native Estonian": a language at a level, not a product
        and not any(w in _LANGUAGES for w in tokenize(" ".join(words)))
        and not product_written(singular(words), [s.text for s in corpus.sentences])
    ):
        # "Cloud Run", "App Engine": a product named by plain words, never written together in the portfolio
        return 0.0, []
    if len(content) == 1:
        c, ns = checker.credit(content[0], loose=not named)
        if (
            len(words) == 1
            and ns
            and any(only_as_served(words[0], corpus.sentences[n].text, checker.ask) for n in ns)
        ):
            # "mobile" found only in "mobile backend penetration tests": the backend, not the apps
            ns = [n for n in ns if not only_as_served(words[0], corpus.sentences[n].text, checker.ask)]
            c = c if ns else 0.0
        if c == 0 and len(words) == 1 and words[0].casefold().endswith("s") and len(words[0]) > 4:
            # the stemmer reads "visualisations" and "visualisation" apart; the singular is the same thing
            single = [t for t in analyze(words[0][:-1]) if t not in _WEAK]
            if len(single) == 1 and single[0] != content[0]:
                c, ns = checker.credit(single[0], loose=not named)
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            ns = _as_written(corpus, words[0], ns)  # "FIX protocol" is not "fixing N+1 queries"
            c = c if ns else 0.0
        elif named and len(words) == 1 and c > 0 and folds_plain_verbs(content[0]):
            # "Kubernetes: wrote operators" is not shown by "Operating Systems" or "the operations team"
            ns = checker._as_word(words[0].casefold().removesuffix("s"), ns)
            c = c if ns else 0.0
        elif (
            named
            and len(words) == 1
            and c >= 1.0
            and content[0] != words[0].casefold()
            and re.search(r"[a-z][A-Z]", words[0])
            # "ReactJS", "VueJS": another spelling of a name the index folds it onto, not a cut one
            and (normalize_token(words[0].casefold()) == stem(words[0].casefold()) or len(content[0]) < 3)
        ):
            # a CamelCase name the stemmer cuts ("iOS" -> "io") is found as written, or by an equivalent,
            # not by whatever else indexes the same ("I/O", "io_uring")
            literal = re.compile(rf"(?<![\w-]){re.escape(words[0])}s?(?![\w-])", re.IGNORECASE)
            stands_for = _EQUIV.get(content[0], ())
            ns = [
                n
                for n in ns
                if literal.search(corpus.sentences[n].text)
                or any(alias.casefold() in corpus.sentences[n].text.casefold() for alias in stands_for)
            ]
            c = c if ns else 0.0
        return c, ns
    lists = [set(checker.hits(t)) for t in content]
    common = set.intersection(*lists) if lists else set()
    if common:
        return 1.0, sorted(common)
    strict = [checker.credit(t, loose=False) for t in content]
    if all(c >= 1.0 for c, _ in strict):  # each word or its equivalent, in one sentence
        common = set.intersection(*(set(ns) for _, ns in strict))
        if common:
            return 1.0, sorted(common)
    if all(c > 0 for c, _ in strict):
        common = set.intersection(*(set(ns) for _, ns in strict))
        if common:
            return RELATED_CREDIT, sorted(common)
    letters = [w for w in words if any(c.isalpha() for c in w)]
    for k in range(len(letters), 1, -1):
        if any(_name_part(w) for w in letters[k:]):
            break  # "Google Play Billing" is not "GooglePlay": a product's own last word is part of its name
        if any(_unshown_acronym(checker, w) for w in letters[k:]):
            break  # "PCI DSS QSA": a credential of the standard, never written, is not the standard
        joined = analyze("".join(letters[:k]))
        if len(joined) == 1 and corpus.terms.get(joined[0]):
            return 1.0, list(corpus.terms[joined[0]])
    counts: dict[int, int] = {}
    for hits in lists:
        for n in hits:
            counts[n] = counts.get(n, 0) + 1
    # Most of the phrase's words in one sentence is related evidence when its head noun is among them:
    # "time-series forecasting" shows the modifier of "time-series databases", not a kind of database.
    head = set(lists[-1])
    counts = {n: c for n, c in counts.items() if n in head}
    if counts:
        n_best = max(counts.values())
        if n_best >= 2 and 2 * n_best >= len(content):
            return RELATED_CREDIT, [n for n, c in counts.items() if c == n_best]
    return 0.0, []


# An ad that names a tool but invites others ("MySQL or a similar database", "Airflow or another
# orchestrator", "a cloud such as GCP"): there a comparable tool is part of the fit. Without it, the
# labelled sets read a named tool as asked for itself (GCP against AWS is missing).
_INVITES_ALTERNATIVES = re.compile(
    r"\bor\s+(?:an?\s+)?(?:similar|equivalent|comparable|another|other|alternative|related)\b"
    r"|\bor\s+equivalents?\b|\b(?:such as|e\.g\.|for example|for instance|similar to|comparable to)",
    re.IGNORECASE,
)


def _member(alt: Sequence[str]) -> tuple[str, str, tuple[str, ...]] | None:
    """The technology an alternative names, as asked, with its category and the category's members."""
    words = [w.strip(".,;:()") for w in alt]
    spans = [words[i:j] for i in range(len(words)) for j in range(len(words), i, -1)]
    for span in sorted(spans, key=len, reverse=True):
        asked = " ".join(span)
        entry = CATEGORY_OF.get(asked.casefold())
        if entry is not None:
            return asked, entry[0], entry[1]
    return None


def _category_mate(checker: _Checker, unit: Unit) -> tuple[list[int], str] | None:
    """A technology the content does not name, but whose category-mate it shows (GCP asked, AWS shown):
    the mate's sentences and the reason, or None. Partial evidence only: a comparable tool is not the
    one asked, and its years or level say nothing of the one asked."""
    for alt in unit.alternatives:
        member = _member(alt)
        if member is None:
            continue
        asked, label, members = member
        for mate in members:
            if mate.casefold() == asked.casefold():
                continue
            found = checker.written(mate)
            if found:
                return found, f"{asked} not shown; shows {mate}, a comparable {label}"
    return None


def _other_kind_shown(checker: _Checker, us: Sequence[Unit]) -> str | None:
    """ "Airflow or another orchestrator" shown only by Kubernetes: the ad accepts another tool of
    Airflow's kind (a workflow orchestrator), not any orchestrator. The reason, or None."""
    for u in us:
        for alt in u.alternatives:
            member = _member(alt)
            if member is None or len(u.alternatives) < 2:
                continue
            if (
                _alt_credit(checker, alt, True)[0] == 0
                and _category_mate(checker, Unit((alt,), True)) is None
            ):
                return f"neither {member[0]} nor a comparable {member[1]} shown"
    return None


# Words any technical résumé shows ("data services", "cloud tools"): as the kind of thing a list of named
# examples belongs to ("AWS data services (Glue, Redshift)"), they say nothing of the examples.
_GENERIC_KIND = frozenset(
    normalize_token(w)
    for w in word_list(
        "data service services system systems tool tools tooling platform platforms solution solutions "
        "technology technologies software application applications infrastructure product products stack"
    )
)


def _generic_kind(alt: Sequence[str]) -> bool:
    return bool(alt) and all(normalize_token(w.casefold()) in _GENERIC_KIND for w in alt)


def _unit_credit(checker: _Checker, unit: Unit) -> tuple[float, list[int], str]:
    best, where, label = 0.0, [], " ".join(unit.alternatives[0]) if unit.alternatives else ""
    examples = unit.named and len(unit.alternatives) >= 2
    for alt in unit.alternatives:
        if examples and _generic_kind(alt):
            continue  # "data services" is shown by any data work, not by Glue or Redshift
        c, ns = _alt_credit(checker, alt, unit.named)
        if c == 0 and len(alt) == 1:
            c, ns = _hyphenated_credit(checker, alt[0], unit.named)
        if c > best:
            best, where, label = c, list(ns), " ".join(alt)
        elif c == best and c > 0:
            where += ns
    return best, where, label


def _hyphenated_credit(checker: _Checker, word: str, named: bool) -> tuple[float, list[int]]:
    """A hyphenated word not shown by its parts, shown as the content writes it: "across ... sites" for
    "cross-site", "healthcare" for "health-care"."""
    corpus = checker.corpus
    if (across := across_form(word)) is not None:
        found = [n for n, s in enumerate(corpus.sentences) if across.search(s.text) and not _soft(corpus, n)]
        return (1.0, found) if found else (0.0, [])
    if (closed := closed_compound(word)) is not None:
        return _alt_credit(checker, [closed], named)
    return 0.0, []


# An ask of a liking, which an interest shows ("a passion for cycling", "you enjoy board games").
_INTEREST_ASKED = re.compile(
    r"\b(?:interest\w*|passion\w*|enthusias\w*|love[sd]?|enjoy\w*|curio\w*|hobb(?:y|ies)|fans?|keen)\b", re.I
)

_INTEREST_WORDS = re.compile(
    r"\b(interests?|interested|hobb(?:y|ies)|non-work|pastime|in (?:my|his|her|their) spare time)\b", re.I
)


def _soft(corpus: Corpus, n: int, terms: frozenset[str] = frozenset()) -> bool:
    """Evidence of interest, not of work: the interests section, profile links, "his non-work interests".
    With ``terms`` (the thing looked for), a sentence that names it before it turns to interests ("his
    work focuses on applied information theory, ... his non-work interests range widely, everything from
    quantum computing") shows it as work; what follows the interest word is the interest."""
    s = corpus.sentences[n]
    asked_interest = s.kind == "faq" and bool(
        _INTEREST_WORDS.search(s.title)
    )  # "Which industries is she interested in?"
    if s.kind == "interest" or s.uri.endswith("#profiles") or asked_interest:
        return True
    m = _INTEREST_WORDS.search(s.text)
    if m is None:
        return False
    return not (terms and terms <= set(analyze(norm_text(s.text[: m.start()]))))


_QUALIFIER_SUFFIX = re.compile(r"(?:ive|ous|ful|able|ible|ent|ant|less|est|ed|ing|ly)$", re.IGNORECASE)
_QUALIFIER_TAIL = frozenset(
    word_list(
        "facing critical grade class edge art quality scale tested based driven oriented ready friendly "
        "centric first heavy intensive sensitive proof safe level"
    )
)


def _said_as_interest(
    nres: Sequence[tuple[float, list[int], str]], pres: Sequence[tuple[float, list[int], str]], corpus: Corpus
) -> str | None:
    """The things of an ask shown only in sentences that speak of an interest ("interested in", "in my
    spare time", an FAQ on hobbies), or None. The interests section and profile links are left to the
    all-soft check before: a profile link shows a public profile asked, and measured sets credit an
    interests entry's keywords beside work (one true match lost when they were included)."""
    labels = [
        label
        for c, ns, label in [*nres, *pres]
        if c > 0
        and ns
        and all(_soft(corpus, n, frozenset(analyze(norm_text(label)))) for n in ns)
        and not any(
            corpus.sentences[n].kind == "interest" or corpus.sentences[n].uri.endswith("#profiles")
            for n in ns
        )
    ]
    return ", ".join(labels) or None


def _client_only(pres: Sequence[tuple[float, list[int], str]], text: str, corpus: Corpus) -> str | None:
    """The word of an ask of a field's own work ("bakery" of "Bakery operations") whose every showing
    sentence names it only as a client ("for a chain of bakeries"), or None."""
    for c, ns, label in pres:
        terms = analyze(label)
        if (
            c >= 1.0
            and ns
            and len(terms) == 1
            and field_work_asked(text, label)
            and all(only_as_client(terms[0], corpus.sentences[n].text) for n in ns)
        ):
            return label
    return None


def _qualifier(word: str) -> bool:
    """How good or how big ("robust", "maintainable", "customer-facing", "data-heavy"), not which kind of
    thing: an ad's praise, not a thing the content must show."""
    low = word.casefold()
    if noun_by_suffix(low):
        return False  # "department", "payment": a thing, though "-ent" ends many qualifiers
    return bool(_QUALIFIER_SUFFIX.search(low)) or low.rsplit("-", 1)[-1] in _QUALIFIER_TAIL


def _other_kind(checker: _Checker, group: Sequence[Unit]) -> str | None:
    """A noun compound ("penetration tests", "object store", "double-entry ledger") whose first words (which
    kind of the last one) the content never shows: what the last word shows is another kind of thing, so
    the requirement is not matched whatever else is. Its label, or None."""
    for u in group[:-1]:
        word = u.alternatives[0][0]
        if not _qualifier(word) and _unit_credit(checker, u)[0] == 0:
            return " ".join(v.alternatives[0][0] for v in group)
    return None


# What a tool's users make or run with it ("Helm charts", "Kafka clusters", "Terraform modules"), as
# opposed to what is made for someone ("visualisations", "dashboards"), which the content must show.
_ARTIFACTS = frozenset(
    normalize_token(w)
    for w in word_list(
        "chart charts cluster clusters container containers module modules operator operators manifest "
        "manifests template templates playbook playbooks plugin plugins extension extensions package packages "
        "instance instances deployment deployments topic topics queue queues schema schemas query queries "
        "script scripts job jobs workflow workflows stack stacks crate crates library libraries codebase"
    )
)


# What is built with a tool for a kind of work ("CI/CD pipelines with GitHub Actions"): its artifact only where
# the ask also names the tool it is built with.
_BUILT_WITH = frozenset(normalize_token(w) for w in word_list("pipeline pipelines"))


# A volume of data ("petabyte-scale", "terabyte-sized", "PB-scale"): an amount the content must show.
_DATA_SIZE = re.compile(r"(peta|tera|exa|[PTE](?=B-))(?:bytes?)?B?-", re.IGNORECASE)
_VOLUME_ORDER = {"tera": 1, "t": 1, "peta": 2, "p": 2, "exa": 3, "e": 3}


def _volume_shown(corpus: Corpus, prefix: str) -> bool:
    """Whether the content states a volume of data at the size ``prefix`` names or above ("6 TB", "two
    petabytes" for terabyte-scale)."""
    need = _VOLUME_ORDER[prefix.casefold()]
    return any(
        _VOLUME_ORDER[(m.group(1) or m.group(2)).casefold()] >= need
        for s in corpus.sentences
        for m in _VOLUME_WRITTEN.finditer(s.text)
    )


_VOLUME_WRITTEN = re.compile(r"\b(?:\d[\d.,]*\s*|\w+\s+)(?:(T|P|E)B\b|(?i:(tera|peta|exa)bytes?)\b)")


def _hyphen_qualifier(u: Unit, corpus: Corpus | None = None) -> bool:
    """ "crash-safe", "data-heavy", "time-based", "usable": how good or how much (a hyphenated qualifier
    or an -able adjective); praise the content need not repeat, not a thing to show. A volume of data
    ("petabyte-scale") is an amount to show, when ``corpus`` shows none that large."""
    words = u.alternatives[0] if len(u.alternatives) == 1 else ()
    if len(words) != 1:
        return False
    w = words[0]
    if w.split("-", 1)[0].casefold() in TECHNOLOGY_NAMES:
        return False  # "Kubernetes-based", "Kafka-driven": which technology it runs on, a thing to show
    if is_field_name(w):
        return False  # "5+ years building machine-learning systems": the years are of the field
    if (size := _DATA_SIZE.match(w)) and corpus is not None and not _volume_shown(corpus, size.group(1)):
        return False  # "Petabyte-scale BigQuery" and no petabyte shown: a volume of data asked, not praise
    return ("-" in w.strip("-") and _qualifier(w)) or bool(re.fullmatch(r"[a-z]{2,}(?:able|ible)", w))


def _artifact_credit(
    checker: _Checker,
    u: Unit,
    named: Sequence[Unit],
    nres: Sequence[tuple[float, list[int], str]],
    text: str,
) -> tuple[float, list[int], str] | None:
    """ "Helm charts", "Kafka clusters", "MP4 containers": a plain noun written right after a named
    thing is that thing's artifact, shown wherever the named thing is (at most as well as it is)."""
    if len(u.alternatives) != 1 or len(u.alternatives[0]) != 1:
        return None
    word = u.alternatives[0][0]
    built = normalize_token(word.casefold()) in _BUILT_WITH
    if normalize_token(word.casefold()) not in _ARTIFACTS and not built:
        return None
    if built and (len(named) < 2 or any(c < 1.0 for c, _, _ in nres)):
        # "CI/CD pipelines with GitHub Actions": pipelines of a kind, built with a tool the ask names and the
        # content shows; "CI/CD pipelines" alone asks for pipeline work a CI step does not show
        return None
    for nu, (c, ns, _) in zip(named, nres, strict=True):
        for alt in nu.alternatives:
            pattern = (
                r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in alt) + r"\s+" + re.escape(word) + r"\b"
            )
            if c > 0 and re.search(pattern, text, re.IGNORECASE):
                return c, ns, word
    return None


_EXAMPLES_FOLLOW = r"\s*,?\s+(?:such as|like|e\.g\.|for example|for instance|including)\b"


def _exemplified_credit(
    checker: _Checker, u: Unit, named: Sequence[Unit], text: str
) -> tuple[float, list[int], str] | None:
    """ "Video compression formats such as MPEG and MP4": the word before a head that examples follow says
    which kind of thing the examples are, so an example shown (MPEG in a compression skill) shows it too,
    where the example is. None when the word is not such a modifier or no example is shown."""
    if len(u.alternatives) != 1 or len(u.alternatives[0]) != 1:
        return None
    word = u.alternatives[0][0]
    for nu in named:
        if len(nu.alternatives) < 2:
            continue
        head = r"[\s-]+".join(re.escape(w) for w in nu.alternatives[0])
        if not re.search(rf"(?<![\w-]){re.escape(word)}[\s-]+{head}{_EXAMPLES_FOLLOW}", text, re.IGNORECASE):
            continue
        best, where = 0.0, []
        for alt in nu.alternatives[1:]:
            c, ns = _alt_credit(checker, alt, True)
            if c > best:
                best, where = c, list(ns)
        if best > 0:
            return best, where, word
    return None


_PARENS = re.compile(r"\(([^()]*)\)")


def _kind_tail(words: Sequence[str]) -> bool:
    """Whether a name's last word only says what kind of thing the words before it are ("CI/CD
    pipelines", "Kafka clusters"): a known tool named with its kind, not a product of its own name."""
    if len(words) < 2:
        return False
    kinds = kind_terms([" ".join(words[:-1])])
    return bool(kinds) and set(analyze(words[-1])) <= kinds


def _examples_unshown(
    checker: _Checker, unit: Unit, credit: tuple[float, list[int], str], text: str
) -> tuple[float, list[int], str]:
    """ "Mobile app security (iOS, Android)": the products listed in brackets say which kind of the thing
    is asked. The thing shown with none of them is another kind of it (web and API security): related
    evidence, not the thing. The unit's credit, capped then at RELATED_CREDIT."""
    if credit[0] < 1.0 or len(unit.alternatives) < 2:
        return credit
    inside = {w.casefold() for m in _PARENS.finditer(text) for w in re.findall(r"[\w.+#-]+", m.group(1))}
    head, examples = unit.alternatives[0], unit.alternatives[1:]
    if not inside or all(w.casefold() in inside for w in head):
        return credit
    # a choice of tools ("(Unity, Ceedling or GoogleTest)") outside a title-cased label: each capitalised
    # word offered is a tool's name, known or not; one of them is asked
    outside = re.findall(r"[A-Za-z][\w-]{3,}", _PARENS.sub(" ", text))
    offered = any(re.search(r"\bor\b", m.group(1)) for m in _PARENS.finditer(text))
    capitals_name = offered and any(w[:1].islower() for w in outside[1:])
    if not all(
        all(w.casefold() in inside for w in a)
        and (_bracketed_name(a) or (capitals_name and all(w[:1].isupper() for w in a)))
        for a in examples
    ):
        return credit
    if sum(len(a) for a in examples) < 2:
        return credit  # one word in brackets ("(IAAP)", "(COS)") names the thing or its body, not its kinds
    if any(_alt_credit(checker, a, True)[0] > 0 for a in examples):
        return credit
    return RELATED_CREDIT, credit[1], f"{' '.join(head)} ({', '.join(' '.join(a) for a in examples)})"


def _kind_with_head_shown(text: str, corpus: Corpus, numbers: Sequence[int], word: str | None = None) -> bool:
    """Whether a kind asked as a word and its generic head ("battery management systems", "booking
    platform") is shown by ``numbers`` with that head; true where the ask names no such kind. Why: the
    word alone is another thing ("battery life" is no battery management system), so it is no evidence;
    the ask is missing, not partial, where nothing else supports it. ``word``: the word before the head,
    else the first word of ``text``."""
    if word is None:
        terms = re.findall(r"[\w-]+", text)
        word = terms[0] if terms else ""
    heads = head_nouns_after(text, word) if word else []
    # a sentence that shows the kind by another name ("trained LLMs" for "language models") holds it whole
    written = re.compile(rf"(?<![\w-]){re.escape(word)}", re.IGNORECASE)
    return not heads or any(
        holds_a_head(corpus.sentences[n].text, heads) or not written.search(corpus.sentences[n].text)
        for n in numbers
    )


def _known_of_kind(checker: _Checker, kind: str, examples: Sequence[Sequence[str]]) -> bool:
    """Whether a bracketed example the owner shows is known to be of the kind ``kind`` names ("Local
    persistence (Core Data, Realm, SQLite)": Core Data is local persistence). Why: the padding reading
    takes the bracket for the owner's tools borrowed to dress up a kind they never name; a tool that is
    itself of the kind is the kind shown, whichever of the others the owner lacks."""
    kinds = kind_terms(" ".join(a) for a in examples if _alt_credit(checker, a, True)[0] > 0)
    return bool(kinds) and bool(kinds & (set(analyze(kind)) - _BROAD_KIND_TERMS))


# Kind words too broad to say a tool is of the kind asked ("Data lakehouse (Spark, Airflow, dbt)": Spark is
# big-data processing, no lakehouse)
_BROAD_KIND_TERMS = frozenset(analyze("data big cloud platform system systems software service services"))


def _decide(us: Sequence[Unit], checker: _Checker, text: str = "") -> tuple[str, float, list[int], list[str]]:
    """matched / partial / missing from the units a requirement names.

    Matched: every named thing shown (together: in one passage, or among the listed skills), at least
    half the weight of the plain words, and no noun compound of another kind ("penetration tests" for
    someone who only tests). Missing: a named thing asked and none shown, or plain words barely shown.
    Partial otherwise."""
    corpus = checker.corpus
    named = [u for u in us if u.named]
    nres = [_unit_credit(checker, u) for u in named]
    for i, u in enumerate(named):
        # "StreamGrid Mesh (Rust, Kafka, Kubernetes)": the product asked, never named, is not shown by
        # the technologies it is built on
        head = u.alternatives[0] if u.alternatives else ()
        if (
            len(u.alternatives) >= 2
            and nres[i][0] > 0
            and proper_product(head, text)
            and not _kind_tail(head)
            and bracketed_after(text, head, u.alternatives[1:])
            and (
                not _alt_credit(checker, head, True)[0]
                or ((coined := coined_words(text, head)) and not any(checker.written(w) for w in coined))
            )
        ):
            nres[i] = (0.0, [], " ".join(head))
        elif (
            len(u.alternatives) >= 4  # three tools or more: two are as often a kind's own examples
            and nres[i][0] > 0
            and (noun := kind_noun(head)) is not None
            and not offers_alternatives(text, u.alternatives[1:])
            and bracketed_after(text, head, u.alternatives[1:])
            and not _alt_credit(checker, [noun], False)[0]
            and not _alt_credit(checker, head, True)[0]
            and not _known_of_kind(checker, " ".join(head), u.alternatives[1:])
        ):
            # "Service mesh (Istio, Kubernetes, Helm)": a kind the owner never names, padded with tools they
            # use; what names the kind (a mesh) is nowhere, so the tools are no evidence of it
            nres[i] = (0.0, [], " ".join(head))
    for i, u in enumerate(named):
        head = u.alternatives[0] if len(u.alternatives) == 1 else ()
        if (
            0 < nres[i][0] < 1.0
            and len(head) >= 2
            and head[0].casefold() not in VENDORS
            and unwritten_technology(" ".join(head), [s.text for s in corpus.sentences]) == head[0]
        ):
            # "Azure Machine Learning" against machine learning elsewhere: the product's brand is never written
            nres[i] = (0.0, [], " ".join(head))
    if len(named) == 1:  # one named thing, its kind given by the products in brackets
        nres = [_examples_unshown(checker, named[0], nres[0], text)]
    groups = layout(text, list(us)) if text else [(u,) for u in us if not u.named]
    plain = [u for g in groups for u in g if not _hyphen_qualifier(u, corpus)]
    if not plain and not named:
        plain = [u for g in groups for u in g]
    pres = [_artifact_credit(checker, u, named, nres, text) or _unit_credit(checker, u) for u in plain]
    for i, u in enumerate(plain):
        # "battery management systems": the kind is the word with its generic head, in one sentence
        if (
            pres[i][0] >= 1.0
            and u.alternatives
            and len(u.alternatives[0]) == 1  # "weather or climate models": the head is the first one's too
            and not _qualifier(u.alternatives[0][0])
            and not _kind_with_head_shown(text, corpus, pres[i][1], u.alternatives[0][0])
        ):
            pres[i] = (0.0, [], pres[i][2])
    for i, u in enumerate(plain):
        shown_by_example = _exemplified_credit(checker, u, named, text)
        if shown_by_example is not None and shown_by_example[0] >= pres[i][0]:
            pres[i] = shown_by_example
    # "Orchestrating workflows with Airflow": what the tool asked and shown is, is shown with it
    kinds = kind_terms(
        " ".join(a)
        for u, (c, _, _) in zip(named, nres, strict=True)
        if c >= 1.0
        for a in u.alternatives
        if _alt_credit(checker, a, True)[0] >= 1.0  # the tool itself shown, not only the kind asked
    )
    tool_ns = [n for c, ns, _ in nres if c >= 1.0 for n in ns]
    for i, u in enumerate(plain):
        if pres[i][0] < 1.0 and _of_kind(u, kinds):
            pres[i] = (1.0, tool_ns, pres[i][2])
    # "Active CISSP": every named credential shown by a certificate line that never says it lapsed is
    # held now; "active" only says so
    held = [
        [
            n
            for n in ns
            if corpus.sentences[n].kind == "certificate"
            and not lapsed_certificate("certificate", corpus.sentences[n].text)
        ]
        for c, ns, _ in nres
        if c >= 1.0
    ]
    if named and len(held) == len(named) and all(held):
        for i, u in enumerate(plain):
            if pres[i][0] < 1.0 and all(currency_word(a) for a in u.alternatives):
                pres[i] = (1.0, held[0], pres[i][2])
    # A technology not shown whose category-mate is (MySQL asked, PostgreSQL shown): partial at most.
    mates: list[str] = []
    for us_, res in ((named, nres), (plain, pres)) if _INVITES_ALTERNATIVES.search(text) else ():
        for i, u in enumerate(us_):
            if res[i][0] == 0 and (mate := _category_mate(checker, u)) is not None:
                res[i] = (RELATED_CREDIT, mate[0], res[i][2])
                mates.append(mate[1])
    # "Tailwind CSS" against an owner who writes CSS: the product is one name, and it is never written
    for i, u in enumerate(plain):
        if pres[i][0] > 0 or len(u.alternatives) != 1 or len(u.alternatives[0]) != 1:
            continue
        for j, nu in enumerate(named):
            if (
                nres[j][0] > 0
                and nu.alternatives
                and (product := brand_before(text, u.alternatives[0][0], nu.alternatives[0]))
            ):
                nres[j] = (0.0, [], product)
    groups = [tuple(u for u in g if not _of_kind(u, kinds)) for g in groups]
    other_kinds = [k for g in groups if len(g) > 1 and (k := _other_kind(checker, g))]
    credits = [c for c, _, _ in nres + pres]
    score = sum(credits) / len(credits) if credits else 0.0
    evidence = _quoted([ns for c, ns, _ in nres + pres if c > 0 and ns], corpus, text)
    not_shown = [label for c, _, label in nres + pres if c == 0]
    reasons = [f"not shown: {', '.join(not_shown)}"] if not_shown else []
    pcov = sum(c for c, _, _ in pres) / len(pres) if pres else None
    shown = [ns for c, ns, _ in nres + pres if c >= 1.0]
    if shown and all(all(_soft(corpus, n) for n in ns) for ns in shown):
        # Only an interest or a profile link: "quantum computing" among hobbies is not experience.
        reasons.append("shown only as an interest or a profile")
        # An interest and nothing else of what is asked ("worked in the energy sector", "a social media
        # following") is not experience of it: missing. All of it shown as an interest is partial.
        # A sector asked ("the energy sector", "the gaming industry") is work done in it: an interest is none.
        status = (
            MISSING
            if not_shown or (named and not all(c >= 1.0 for c, _, _ in nres)) or _SECTOR_WORD.search(text)
            else PARTIAL
        )
        return status, score, evidence if status == PARTIAL else [], reasons
    status, score, evidence, reasons = _verdict(named, nres, pres, pcov, corpus, score, evidence, reasons)
    if status == MATCHED and not named and _only_coursework(pres, corpus) and not _STUDY_ASKED.search(text):
        # "Network forensics" against a degree's "Network Forensics" course: studied, not done
        status = PARTIAL
        reasons.append("shown only by coursework")
    if (
        status == MATCHED
        and money_budget(text)
        and any(
            0 < c < 1.0 and any(normalize_token(w.casefold()) == _BUDGET for a in u.alternatives for w in a)
            for u, (c, _, _) in zip(plain, pres, strict=True)
        )
    ):
        # "Own the cloud budget" against "Cut the AWS bill by 31%": money saved or spent is related to a
        # budget, never the owning of one, however many of the other words are shown
        status = PARTIAL
        reasons.append("no budget shown, only money spent or saved")
    if status == PARTIAL and shown_only_as_setting(
        text,
        [(u.alternatives, c > 0) for u, (c, _, _) in zip(named, nres, strict=True)],
        lambda word: any(checker.hits(t) for t in _terms(word)),
    ):
        # "Xamarin apps with Firebase": the thing asked is never named; what it is done with is its setting
        status, evidence = MISSING, []
    if status == PARTIAL and _lone_word_wording(named, nres, plain, pres, text, corpus):
        # "Disaster-recovery exercises for production databases": one word of the ask's wording, never
        # written, while everything else is shown together
        status = MATCHED
        reasons = [r for r in reasons if not r.startswith("not shown: ")]
    if (
        status == MATCHED
        and not _INTEREST_ASKED.search(text)
        and (hobby := _said_as_interest(nres, pres, corpus))
    ):
        # "Transcription services in Rust" against "in my spare time I am learning Rust" and transcription at
        # work: what is said only as an interest is not experience, whatever the work shows of the rest
        status = PARTIAL
        reasons.append(f"shown only as an interest: {hobby}")
    if status == MATCHED and (client := _client_only(pres, text, corpus)):
        # "Bakery operations management" against "dashboards for a chain of 11 bakeries": the field's own
        # work asked, the field shown only as whom the owner's work was for
        status = PARTIAL
        reasons.append(f"{client} shown only as a client")
    if status == MATCHED and (asked := _asked_head_unshown(named, plain, pres, text)):
        # "Analytics warehouse governance": three words of four shown, the one asked of them is not
        status = PARTIAL
        reasons.append(f"not shown: {asked}")
    if (
        status == MATCHED
        and not named
        and (
            thing := first_thing_unshown(
                text,
                [
                    (u.alternatives[0], c > 0)
                    for u, (c, _, _) in zip(plain, pres, strict=True)
                    if u.alternatives
                ],
            )
        )
    ):
        # "Grant writing for public research funding": the work asked never shown, only what it is for
        status = PARTIAL
        if not any(r.startswith("not shown: ") for r in reasons):
            reasons.append(f"not shown: {thing}")
    if status == MATCHED and not named and (unshown := _conjunct_unshown(plain, pres, text)):
        # "write-ahead log and compaction components": each thing joined by "and" is asked; one never
        # shown leaves the requirement partly met, however many of its other words are
        status = PARTIAL
        reasons.append(f"not shown: {unshown}")
    if (
        status == MATCHED
        and any(currency_word((w,)) for w in text.split())
        and named
        and (
            all(
                c >= 1.0
                and ns
                and all(lapsed_certificate(corpus.sentences[n].kind, corpus.sentences[n].text) for n in ns)
                for c, ns, _ in nres
            )
            or _lapsed_where_named_together(plain, pres, nres, corpus)
        )
    ):
        # "Current CKAD" against "CKAD - expired 2022-09": asked still held, shown only as lapsed
        reasons.append(CERT_EXPIRED_REASON)
        status = PARTIAL
    if (
        status == PARTIAL
        and "shown only in separate places" in reasons
        and all(c >= 1.0 for c, _, _ in [*nres, *pres])
        and names_listed(text)
    ):
        # "Expo, Fastlane": a bare list asks for each tool, not for the tools used together
        reasons.remove("shown only in separate places")
        status = MATCHED
    if status == MATCHED and (compound := _course_only_part(named, plain, pres, text, corpus)):
        # "the Rust compiler" against Rust at work and "Compilers" among a degree's courses
        reasons.append(f"{compound} is shown only by coursework")
        status = PARTIAL
    if mates:
        reasons.extend(mates)
        status = _worse(status, PARTIAL)  # a comparable tool is never the one asked
    elif (
        status == MATCHED and _INVITES_ALTERNATIVES.search(text) and (kind := _other_kind_shown(checker, us))
    ):
        reasons.append(kind)
        status = PARTIAL
    if status == MATCHED and other_kinds:
        reasons.append(f"not shown as such: {', '.join(other_kinds)}")
        status = PARTIAL
    if (
        status == PARTIAL
        and not mates
        and (
            tool := instrument_unshown(
                text, [*named, *plain], [*nres, *pres], lambda w: _tool_name(corpus, w)
            )
        )
    ):
        # "Linux performance tuning with eBPF": the work asked is done with a tool never named
        reasons.append(f"the tool asked is not named: {tool}")
        return MISSING, score, [], reasons
    if status == PARTIAL and not any(c >= 1.0 for c, _, _ in nres) and not mates:
        core = _core_not_shown(groups, plain, pres)
        if core:
            # "Threat modelling for cloud applications": cloud work is not related evidence of threat modelling
            reasons.append(f"what is asked is not shown: {core}")
            return MISSING, score, [], reasons
        if not nres and _apart(pres, corpus):
            # "Design trading algorithms for commodity futures exchanges": "design" in one job, "algorithms"
            # in a course, nothing of trading: each word shown for another reason is no related evidence
            reasons.append("its words are shown only apart, in unrelated places")
            return MISSING, score, [], reasons
    return status, score, evidence, reasons


# The thing an ask makes or runs, after its article, then what it is for ("a build system for iOS", "an
# internal developer platform for mobile").
_OBJECT_FOR = re.compile(
    r"\b(?:a|an|the|our|your)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:for|in|on|at|across|within)\s+\S", re.I
)


_GENERIC_MADE = re.compile(
    r"(?:system|platform|framework|tool|toolchain|library|engine|stack|toolkit)s?|tooling|libraries", re.I
)


def _design_owned(
    text: str, checker: _Checker
) -> tuple[list[Unit], tuple[str, float, list[int], list[str]]] | None:
    """The units and verdict of an ask to own the design of the employer's product, read as met when the
    things it names (the stack before "architecture", the tools named in the product) are shown and a
    sentence that shows them says the owner owns the work; None otherwise. The product's other words
    ("banking", "patient") are the employer's setting, not asked; an ask naming no tool is left as it was."""
    named_with = design_owned_asked(text)
    if named_with is None:
        return None
    setting = text[text.casefold().rfind(" of ") + 4 :]
    weak = _weak_for(text)
    asked = [*units(_abbreviate(named_with), weak), *(u for u in units(setting, weak) if u.named)]
    asked = [u for u in asked if u.named]
    if not asked:
        return None
    met = _decide(asked, checker, text)
    if met[0] != MATCHED:
        return None
    owning = set(ownership_shown([s.text for s in checker.corpus.sentences]))
    said = [owning.intersection(_unit_credit(checker, u)[1]) for u in asked]  # each thing, in work owned
    if not all(said):
        return None
    return asked, (met[0], met[1], sorted(set.union(*said)) + met[2], [])


def _weak_object_unshown(text: str, checker: _Checker) -> str | None:
    """The thing asked when its words are all generic ("build system", "developer platform": words never a
    thing alone, so the matcher drops them) and they never meet in one sentence: what is left is only what
    the thing is for (iOS, mobile), shown by any work there. The thing's words, or None."""
    m = _OBJECT_FOR.search(text)
    if m is None:
        return None
    thing = m.group(1)
    words = [t for t in analyze(norm_text(thing, keep=False)) if t not in _WEAK_STOP]
    if len(words) < 2 or units(_abbreviate(thing), _weak_for(thing)):
        return None  # one word, or a word that names something itself: read as usual
    if not _GENERIC_MADE.fullmatch(thing.split()[-1]):
        return None  # "the workloads running on them": no made thing named by its generic head
    return None if checker._phrase_hits(thing) else thing


def _course_only_part(
    named: Sequence[Unit],
    plain: Sequence[Unit],
    pres: Sequence[tuple[float, list[int], str]],
    text: str,
    corpus: Corpus,
) -> str | None:
    """A part of a named thing asked ("the Rust compiler", "the Linux kernel") whose noun is shown only by a
    course listed under a degree: the named thing used at work and a course on compilers are not the
    compiler of that thing. The compound as asked, or None."""
    for u, (c, ns, _) in zip(plain, pres, strict=True):
        if c <= 0 or not ns or not all(_coursework(corpus, n) for n in ns) or len(u.alternatives[0]) != 1:
            continue
        word = u.alternatives[0][0]
        for nu in named:
            for alt in nu.alternatives:
                name = r"\s+".join(re.escape(w) for w in alt)
                if re.search(rf"(?<![\w-]){name}\s+{re.escape(word)}\b", text, re.IGNORECASE):
                    return f"{' '.join(alt)} {word}"
    return None


def _quoted(shown: Sequence[list[int]], corpus: Corpus, text: str) -> list[int]:
    """One sentence per word shown: the one showing the most of the words shown at once, then the most
    of the requirement's words, then the word's own first. "Managing a data team" (managing read apart)
    quotes "managed a team of seven" in the summary, not the title line above it that only says "Data"."""
    count: dict[int, int] = {}
    for ns in shown:
        for n in set(ns):
            count[n] = count.get(n, 0) + 1
    asked = set(analyze(text))  # every word, "managing" and "team" too
    return [
        min(ns, key=lambda n: (-count[n], -len(asked & corpus.sentences[n].terms), ns.index(n)))
        for ns in shown
    ]


def _words_of_units(
    named: Sequence[Unit], plain: Sequence[Unit], pres: Sequence[tuple[float, list[int], str]]
) -> tuple[set[str], set[str], set[str]]:
    """The words of the plain things shown, of the named things, and of every thing asked: what
    ``only_wording`` and ``asked_head`` weigh one unshown word against (one helper, so both read alike)."""
    shown_words = {
        x.casefold()
        for uu, (cc, _, _) in zip(plain, pres, strict=True)
        if cc >= 1.0
        for a in uu.alternatives
        for x in a
    }
    named_words = {x.casefold() for uu in named for a in uu.alternatives for x in a}
    unit_words = {x.casefold() for uu in [*named, *plain] for a in uu.alternatives for x in a}
    return shown_words, named_words, unit_words


def _lone_word_wording(
    named: Sequence[Unit],
    nres: Sequence[tuple[float, list[int], str]],
    plain: Sequence[Unit],
    pres: Sequence[tuple[float, list[int], str]],
    text: str,
    corpus: Corpus,
) -> bool:
    """Every named thing shown, one plain word never written anywhere and only the wording of the ask
    (``only_wording``), and at least two other things shown in one sentence ("Speech corpus creation"
    against "recorded and transcribed the Parlure corpus, 1,400 hours of conversational speech")."""
    if any(c < 1.0 for c, _, _ in nres):
        return False
    unshown = [(u, c) for u, (c, _, _) in zip(plain, pres, strict=True) if c < 1.0]
    if len(unshown) != 1:
        return False
    u, c = unshown[0]
    if c > 0 or len(u.alternatives) != 1 or len(u.alternatives[0]) != 1:
        return False
    word = u.alternatives[0][0]
    if not word.isalpha() or not word.islower() or normalize_token(word) in TECH_WORDS:
        return False
    if not only_wording(text, word, *_words_of_units(named, plain, pres)):
        return False
    shown = [set(ns) for c, ns, _ in [*nres, *pres] if c >= 1.0]
    if len(shown) < 2:
        return False
    # the things shown are written in one sentence, not only on one page (of a job, when paid work is asked)
    together = {n for n in set.intersection(*shown) if not corpus.sentences[n].uri.startswith(_SKILL_URI)}
    if _YEARS_AT_WORK.search(text):
        together = {n for n in together if corpus.sentences[n].uri.startswith("portfolio://profile#work/")}
    return bool(together)


def _asked_head_unshown(
    named: Sequence[Unit], plain: Sequence[Unit], pres: Sequence[tuple[float, list[int], str]], text: str
) -> str | None:
    """The one plain word never shown that closes the ask as a quality, field or technique of the words
    shown before it (``asked_head``), or None."""
    unshown = [(u, label) for u, (c, _, label) in zip(plain, pres, strict=True) if c == 0]
    if len(unshown) != 1 or len(unshown[0][0].alternatives) != 1 or len(unshown[0][0].alternatives[0]) != 1:
        return None
    word = unshown[0][0].alternatives[0][0]
    if not word.isalpha() or not word.islower():
        return None
    return unshown[0][1] if asked_head(text, word, *_words_of_units(named, plain, pres)) else None


# A part the ask names as included in it ("Threat modelling, including STRIDE").
_INCLUDED = re.compile(r",?\s+including\s+([^.;:()]+?)\s*(?:[.;:()]|$)", re.IGNORECASE)


def _included_unshown(text: str, checker: _Checker) -> str | None:
    """The named part an ask says it includes when none of it is shown, or None. Why: "including" names a
    part of what is asked, not an example of a kind ("such as"), so the ask met without it is met in part:
    "Threat modelling, including STRIDE" by threat models of another method. Only a named part is read:
    plain words ("including offensive work", "including performance reviews") are said in many ways, and
    are left to the checks of their own."""
    m = _INCLUDED.search(text)
    if m is None or _YEARS_REQ.search(m.group(1)):
        return None  # "including 3+ years as a manager": a length of time, counted elsewhere
    part = m.group(1).strip()
    named = [u for u in units(_abbreviate(part), _weak_for(part)) if u.named]
    if not named or any(_unit_credit(checker, u)[0] > 0 for u in named):
        return None
    return part


def _lapsed_where_named_together(
    plain: Sequence[Unit],
    pres: Sequence[tuple[float, list[int], str]],
    nres: Sequence[tuple[float, list[int], str]],
    corpus: Corpus,
) -> bool:
    """Whether the certificate lines that show every word of a credential asked still held ("Current ICAEW
    practising certificate") all say it lapsed, though the body named also issued one still held ("ACA,
    issued by ICAEW"). Why: the issuer alone was read as the credential; the words that tell one of its
    credentials from another ("practising") are only on the lapsed line."""
    narrowing = [
        set(ns)
        for u, (c, ns, _) in zip(plain, pres, strict=True)
        if c >= 1.0 and not all(currency_word(a) or _CERT_SAID.fullmatch(" ".join(a)) for a in u.alternatives)
    ]
    if not narrowing:
        return False
    together = {
        n
        for n in set.intersection(*[set(ns) for _, ns, _ in nres], *narrowing)
        if corpus.sentences[n].kind == "certificate"
    }
    return bool(together) and all(
        lapsed_certificate("certificate", corpus.sentences[n].text) for n in together
    )


def _conjunct_unshown(
    plain: Sequence[Unit], pres: Sequence[tuple[float, list[int], str]], text: str
) -> str | None:
    """A plain noun never shown that "and" joins to the rest of the ask ("log and compaction"), or None."""
    for u, (c, _, label) in zip(plain, pres, strict=True):
        if c > 0 or len(u.alternatives) != 1 or len(u.alternatives[0]) != 1:
            continue
        word = u.alternatives[0][0]
        if _qualifier(word):
            continue
        if re.search(rf"\band\s+{re.escape(word)}\b", text, re.IGNORECASE):
            return label
    return None


def _of_kind(u: Unit, kinds: frozenset[str]) -> bool:
    """Whether the plain unit ``u`` only says what kind of thing a tool of ``kinds`` is."""
    if not kinds or u.named:
        return False
    # "detection or scanning rules" with Semgrep: a choice, met by the alternative that is the tool's kind
    return any(
        bool(terms) and all(t in kinds for t in terms)
        for terms in (analyze(norm_text(" ".join(a), keep=False)) for a in u.alternatives)
    )


def _tool_name(corpus: Corpus, word: str) -> bool:
    """Whether ``word``, opening a line, is a technology's name ("Cypress", "Scala", "gRPC"): a known
    name or written as one, and never written in lower case in the content ("automotive")."""
    low = word.casefold()
    if not (_PRODUCT_TOKEN.fullmatch(word) or low in TECHNOLOGY_NAMES or normalize_token(low) in TECH_WORDS):
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(low)}(?![\w-])")
    return not any(pattern.search(s.text) for s in corpus.sentences)


def _apart(pres: Sequence[tuple[float, list[int], str]], corpus: Corpus) -> bool:
    """Whether most of a requirement's plain words are not shown at all and those shown (two or more)
    never share one passage (a job, a project section): each is then shown for another reason. With
    half its words shown or more, scattered evidence is still related evidence of the ask."""
    shown = [ns for c, ns, _ in pres if c > 0]
    if len(shown) < 2 or 2 * len(shown) >= len(pres):
        return False
    places = [{corpus.sentences[n].uri for n in ns} for ns in shown]
    return not any(places[i] & places[j] for i in range(len(places)) for j in range(i + 1, len(places)))


def _core_not_shown(
    groups: Sequence[tuple[Unit, ...]], plain: Sequence[Unit], pres: Sequence[tuple[float, list[int], str]]
) -> str | None:
    """The thing a requirement asks for is its first noun group ("penetration tests", "social media
    following"); the rest says where or for whom. When the group's last word is shown but a word saying
    which kind (not a qualifier) is shown nowhere, the owner has another kind of thing (testing, not
    penetration testing), and what else is shown is context, not evidence: its label, else None."""
    credit = {id(u): c for u, (c, _, _) in zip(plain, pres, strict=True)}
    for group in groups:
        words = [u for u in group if id(u) in credit and not _qualifier(u.alternatives[0][0])]
        if not words:
            continue
        head, modifiers = words[-1], words[:-1]
        # a hyphenated modifier says which variant ("double-entry ledger"): the thing itself is still shown
        if (
            modifiers
            and credit[id(head)] > 0
            and any(credit[id(u)] == 0 and "-" not in u.alternatives[0][0] for u in modifiers)
        ):
            return " ".join(u.alternatives[0][0] for u in group)
        return None
    return None


# What study shows by itself: "a statistics background", "knowledge of compilers".
_STUDY_ASKED = re.compile(
    r"\b(?:background|knowledge|understanding|familiarity|grounding|foundations?|fundamentals|coursework|"
    r"courses?|degree|studies|studied|academic)\b",
    re.IGNORECASE,
)


def _only_coursework(res: Sequence[tuple[float, list[int], str]], corpus: Corpus) -> bool:
    """Whether everything shown of ``res`` is a course listed under a degree, or study not finished; an
    interest beside the course adds no work ("Radio signal processing": a DSP course and a radio hobby)."""
    shown_in = {
        "course"
        if (s.kind == "education" and not s.text.startswith(("Education:", "Score")))
        or (s.kind in ("certificate", "education") and unfinished(s.text))
        else s.kind
        for s in (corpus.sentences[n] for c, ns, _ in res if c > 0 for n in ns)
    }
    return "course" in shown_in and shown_in <= {"course", "interest"}


def _verdict(
    named: Sequence[Unit],
    nres: Sequence[tuple[float, list[int], str]],
    pres: Sequence[tuple[float, list[int], str]],
    pcov: float | None,
    corpus: Corpus,
    score: float,
    evidence: list[int],
    reasons: list[str],
) -> tuple[str, float, list[int], list[str]]:
    if named:
        if all(c >= 1.0 for c, _, _ in nres):
            if pcov is not None and pcov <= 0.5:  # more than half the plain words must be shown
                return PARTIAL, score, evidence, reasons
            if any(c > 0 for c, _, _ in pres) and not _together([*nres, *pres], corpus):
                # "Speak at conferences about OpenTelemetry": the named thing and what is done with it
                # on one page, not OpenTelemetry in a project and a conference talk about storage.
                reasons.append("shown only in separate places")
                return PARTIAL, score, evidence, reasons
            if _only_coursework(nres, corpus):
                reasons.append("shown only by coursework")
                return PARTIAL, score, evidence, reasons
            places = [{corpus.sentences[n].uri for n in ns} for _, ns, _ in nres]
            if len(places) >= 2:
                skills = all(any(u.startswith(_SKILL_URI) for u in p) for p in places)
                shared = set.intersection(*places)
                if not shared and not skills:
                    pages = [{u.split("#")[0] for u in p} for p in places]
                    if not set.intersection(*pages):
                        reasons.append("shown only in separate places")
                        return PARTIAL, score, evidence, reasons
            return MATCHED, score, evidence, reasons
        if any(c > 0 for c, _, _ in nres):
            return PARTIAL, score, evidence, reasons
        return MISSING, score, [], reasons
    assert pcov is not None
    if pcov >= 0.75 and _together(pres, corpus):
        if any(c == 0 and platform_word(label) for c, _, label in pres):
            # "Mobile app security testing" with the testing shown on web apps: another platform's work
            return PARTIAL, score, evidence, reasons
        return MATCHED, score, evidence, reasons
    if pcov >= 0.5 or (pcov >= 0.4 and any(c >= 1.0 for c, _, _ in pres)):
        return PARTIAL, score, evidence, reasons
    return MISSING, score, [], reasons


def _sentences_in(checker: _Checker, group: _Group, uri: str) -> list[int]:
    for alt in group.alternatives:
        for term in alt:
            c, ns = checker.credit(term)
            hit = [n for n in ns if checker.corpus.sentences[n].uri == uri]
            if c >= 1.0 and hit:
                return hit[:1]
    return []


def _people_counted(
    status: str,
    need: int,
    shown: Callable[[Sequence[str], Callable[[str], int | None]], list[tuple[int, int]]],
    verb: str,
    corpus: Corpus,
    numbers: list[int],
    reasons: list[str],
) -> tuple[str, int | None]:
    """A count of people asked by what was done to them ("Hired 10+", "Mentored 10+ engineers") against
    the largest such count the content states (``shown``), not the group led: the status, capped, and
    the sentence quoted first (None when no count is stated; ``numbers`` and ``reasons`` are added to)."""
    counted = shown([s.text for s in corpus.sentences], _number)
    if counted:
        numbers.insert(0, counted[0][1])
        q = _quantity(counted[0][0], need, 0.5)
        reasons.append(f"most people {verb}: {counted[0][0]}")
    else:
        q = PARTIAL
        reasons.append(f"no number of people {verb} is stated")
    capped = _worse(status, PARTIAL if q == MISSING else q) if status != MISSING else status
    return capped, counted[0][1] if counted else None


def _quantity(have: float, need: float, share: float = QUANTITY_PARTIAL_SHARE) -> str:
    if have >= need:
        return MATCHED
    if have >= share * need:
        return PARTIAL
    return MISSING


def _worse(a: str, b: str) -> str:
    return a if _RANK[a] <= _RANK[b] else b


def _evidence(
    corpus: Corpus, numbers: Sequence[int], limit: int = 2, *, first: int | None = None
) -> list[dict[str, str]]:
    """Quote and cite the sentences, the most frequently pointed-at first (``first``, the sentence a
    quantity was read from, before them), one per passage."""
    counts: dict[int, int] = {}
    for n in numbers:
        counts[n] = counts.get(n, 0) + 1
    ordered = sorted(counts, key=lambda n: (n != first, -counts[n], n))
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for n in ordered:
        s = corpus.sentences[n]
        if s.uri in seen:
            continue
        seen.add(s.uri)
        quote = s.text if len(s.text) <= 240 else s.text[:237].rsplit(" ", 1)[0] + "…"
        out.append({"uri": s.uri, "title": s.title, "quote": quote, "snippet": quote})
        if len(out) == limit:
            break
    return out


def _best_sentences(corpus: Corpus, groups: Sequence[_Group], checker: _Checker) -> list[int]:
    """Sentences that show the most of the requirement's key things at once."""
    wanted: set[str] = set()
    for g in groups:
        if g.key:
            for alt in g.alternatives:
                wanted.update(t for t in alt if checker.credit(t)[0] >= 1.0)
    if not wanted:
        return []
    scores: dict[int, int] = {}
    for t in wanted:
        for n in corpus.terms.get(t, ()):
            scores[n] = scores.get(n, 0) + 1
    return sorted(scores, key=lambda n: (-scores[n], n))[:2]


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w.+#/-]+", name) if w.casefold() not in _STOP_WORDS_SET]


_STOP_WORDS_SET = frozenset(STOP_WORDS)


_KEYWORD_GENERIC = frozenset(analyze("api apis sdk sdks library libraries framework client"))


def _listed(name: str, corpus: Corpus) -> bool:
    """The skill's name is itself among the résumé's listed skills (a skill or one of its keywords): the
    job's keywords then only illustrate it ("JavaScript: ES6, DOM" against JavaScript listed). A vendor
    opening the name is no part of it ("Apache Airflow: DAGs" against Airflow listed)."""
    words = name.split()
    bare = without_vendor(words) or words
    terms = frozenset(analyze(" ".join(bare)))
    return bool(terms) and any(terms <= entry for entry, _, _ in corpus.skill_entries)


_PRODUCT_TOKEN = re.compile(r"[\w+#.]*(?:\d|[.+#]\w*$|[a-z][A-Z])[\w+#.]*|[A-Z]{2,}")


def _name_part(word: str) -> bool:
    """A capitalised word that continues a product's name ("Billing" in Google Play Billing), not a generic
    ending ("API", "SDK", "Platform") or an acronym in brackets."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    return not all(t in _WEAK or t in TRAILING_GENERIC for t in analyze(norm_text(word, keep=False)))


def _unshown_acronym(checker: _Checker, word: str) -> bool:
    """An acronym that says more than a generic ending ("QSA" after "PCI DSS", not "API") and that the
    content never writes, nor anything it stands for."""
    if not _ACRONYM.fullmatch(word):
        return False
    terms = [t for t in analyze(norm_text(word, keep=False)) if t not in _WEAK and t not in TRAILING_GENERIC]
    return bool(terms) and not any(checker.credit(t)[0] > 0 for t in terms)


def _bracketed_name(words: Sequence[str]) -> bool:
    """A product named among a requirement's bracketed examples: a technology's own name, or two words or
    more each capitalised ("Apple Pay", "Google Play Billing"), as products are written and kinds are not."""
    return _product_name(" ".join(words)) or (
        len(words) >= 2 and all(w[:1].isupper() and any(c.isalpha() for c in w) for w in words)
    )


def _product_name(name: str) -> bool:
    """A technology's own name ("Node.js", "GKE", "iOS"), not a field or a kind ("Deep learning", "Core Web
    Vitals"): written with a digit, a dot, inner capitals or in capitals, or a known technology word."""
    words = name.split()
    return bool(words) and all(
        _PRODUCT_TOKEN.fullmatch(w) or normalize_token(w.casefold()) in TECH_WORDS for w in words
    )


def _skill(req: Requirement, corpus: Corpus, checker: _Checker) -> Assessment:
    """A JSON skill: its name must be shown; its level is checked when the résumé states one."""
    if _PEOPLE_MGMT_ASKED.search(req.text) and not _people_managed(corpus):
        # "Team management": managing people, which leading a team is not
        return Assessment(req, MISSING, 0.0, [], ["no people management (reports, reviews) in the portfolio"])
    reasons: list[str] = []
    listed = next(
        (
            (lvl, n)
            for names, (lvl, n) in corpus.skills.items()
            if names and names == frozenset(analyze(req.text))
        ),
        None,
    )
    kw_hits = []
    kw_numbers: list[int] = []
    kw_places: set[str] = set()  # the passages that show a keyword
    for kw in req.keywords:
        # "Google Maps API": the named thing is shown by its name; "API", "SDK", "library" only say which part
        words = kw.split()
        # "CAN" among the keywords is the vehicle bus, not the stop word it spells
        spelt = _words_terms(words)
        terms = [t for t in spelt if t not in _KEYWORD_GENERIC] or spelt
        credits = [checker.credit(t) for t in terms]
        if len(terms) > 1 and family_product(words, kw, _weak_word):
            # "Kafka Streams" among the keywords: the product's name, not its words anywhere
            credits = [_alt_credit(checker, words, True)]
        if terms and all(c >= 1.0 for c, _ in credits):
            kw_hits.append(kw)
            kw_numbers += [ns[0] for _, ns in credits if ns]
            kw_places |= {corpus.sentences[n].uri for _, ns in credits for n in ns}
    if listed is not None:
        have_level, n = listed
        status, numbers = MATCHED, [n]
        need = skill_level(req.level)
        if need is not None and have_level is not None and have_level < need:
            status = PARTIAL
            reasons.append(f"listed at a lower level than {req.level}")
        return Assessment(req, status, 1.0, _evidence(corpus, numbers + kw_numbers), reasons)
    # The name is one thing: its words shown together ("Windows Server" is not a sliding window
    # and a server somewhere else), or by a true equivalent.
    score, numbers = _alt_credit(checker, _name_words(req.text), True)
    if score >= 1.0 and not _kind_with_head_shown(req.text, corpus, numbers):
        score, numbers = 0.0, []  # "Battery management systems" against "battery life": another thing
    folded = analyze(norm_text(req.text, keep=False))
    if score < 1.0 and len(folded) == 1 and folded != analyze(req.text):  # "Infrastructure as code" is IaC
        score, numbers = checker.credit(folded[0], loose=False)
    members = kind_members(req.text) if score < 1.0 else ()
    if members:
        # "Message brokers", "Time-series databases": a kind, met by any member the owner shows and by
        # nothing else ("Time-series databases: PostgreSQL, Kafka" is padding: neither is one)
        shown = [c for m in members if (c := _alt_credit(checker, m.split(), True))[0] >= 1.0]
        score, numbers = (1.0, [n for _, ns in shown for n in ns]) if shown else (0.0, [])
    elif score < 1.0 and kw_hits and _kind_by_keywords(checker, req.text, kw_hits):
        # "Cloud data warehouse: BigQuery": a kind named by the skill, shown by a keyword known to be of it
        score, numbers = 1.0, [n for n in kw_numbers if not _soft(corpus, n)]
    elif score < 1.0 and _kind_beside_keywords(checker, req, kw_hits, kw_places):
        # "Automotive bus systems: CAN, CAN FD, LIN": the kind's words written where its members are
        score, numbers = 1.0, [n for n in kw_numbers if not _soft(corpus, n)]
    status = MATCHED if score >= 1.0 else PARTIAL if score > 0 else MISSING
    name_terms = frozenset(t for t in analyze(req.text) if t not in _WEAK)
    if status != MISSING and numbers and all(_soft(corpus, n, name_terms) for n in numbers):
        # "Quantum computing" among "his non-work interests": an interest is not experience.
        return Assessment(req, MISSING, 0.0, [], [f"{req.text} is shown only as an interest"])
    if status == MATCHED and numbers and all(_coursework(corpus, n) for n in numbers):
        status = PARTIAL  # a "Compilers" course is not compiler work, whatever the keywords add
        reasons.append("shown only by coursework")
    elif status == MATCHED and numbers and all(_under_way(corpus, n) for n in numbers):
        # "Kubernetes" against "CKAD - in progress, exam booked": being learnt, not yet shown
        status = PARTIAL
        reasons.append(CERT_UNFINISHED_REASON)
    if status == PARTIAL and not reasons:
        if (tech := unwritten_technology(req.text, [s.text for s in corpus.sentences])) is not None:
            # "Azure Machine Learning: PyTorch, MLflow": a technology never written, padded with the owner's words
            return Assessment(req, MISSING, 0.0, [], [f"{tech} is not named in the portfolio"])
        reasons.append(f"only related to {req.text}")
    if status == MISSING:
        mate = (
            _category_mate(checker, Unit(alternatives=(tuple(_name_words(req.text)),), named=True))
            if _INVITES_ALTERNATIVES.search(req.text)
            else None
        )
        if mate is not None:  # "MySQL" against PostgreSQL: a comparable tool, partial at most
            return Assessment(req, PARTIAL, RELATED_CREDIT, _evidence(corpus, mate[0]), [mate[1]])
        # A concept of the vocabulary ("Deep learning") is partly shown by what is related to it (a
        # convolutional network); a product name never is.
        related = [
            n
            for phrase in _RELATED_JOB.get(req.text.casefold().strip(), ())
            for n in checker._phrase_hits(phrase)
        ]
        related = [n for n in related if not _soft(corpus, n)]
        if related and not kw_hits:  # padded with the owner's keywords stays missing
            return Assessment(
                req, PARTIAL, RELATED_CREDIT, _evidence(corpus, related[:2]), [f"only related to {req.text}"]
            )
        return Assessment(req, MISSING, score, [], reasons or [f"{req.text} is not shown"])
    need_level = skill_level(req.level)
    if need_level is not None and status == MATCHED:
        # "TypeScript (Advanced)": a keyword of a skill the résumé lists at a lower level is shown below it.
        level_terms = {t for t in analyze(req.text) if t not in _WEAK}
        levels = [lvl for entry, lvl, _ in corpus.skill_entries if lvl is not None and level_terms <= entry]
        if not levels and (bare := without_vendor(req.text.split())) is not None:
            # "Apache Kafka (Advanced)" against "Messaging (Beginner): Kafka": the résumé rates the product
            # without its vendor, and that rating is the level shown
            level_terms = {t for t in analyze(" ".join(bare)) if t not in _WEAK}
            levels = [
                lvl for entry, lvl, _ in corpus.skill_entries if lvl is not None and level_terms <= entry
            ]
        used = (
            corpus.years_with([frozenset(level_terms)], named=[frozenset(level_terms)])[0] if levels else 0.0
        )
        # the role held now vouches for a keyword of a group, not for a group rated by the name asked
        # ("Android" against "Android development: Advanced")
        by_name = any(level_terms <= names for names, (lvl, _) in corpus.skills.items() if lvl is not None)
        central = bool(level_terms) and level_terms <= corpus.now_terms and not by_name
        if levels and not level_reached(need_level, max(levels), used, central=central):
            status = PARTIAL
            reasons.append(f"listed at a lower level than {req.level}")
        elif (
            not levels
            and any(lapsed_certificate(corpus.sentences[n].kind, corpus.sentences[n].text) for n in numbers)
            and all(_below_or_lapsed(corpus, n, need_level) for n in numbers)
        ):
            # "Kubernetes (Advanced)" against an expired CKAD and EKS among the keywords of AWS at
            # Intermediate: a lapsed credential, and every other line showing it rates it below the level
            status = PARTIAL
            reasons.append(f"listed at a lower level than {req.level}")
    if req.keywords and _listed(req.text, corpus):
        if kw_hits:  # listed by name: the keywords only illustrate it
            reasons.append("shown: " + ", ".join(kw_hits))
    elif req.keywords and not kw_hits:
        status = _worse(status, PARTIAL)
        reasons.append("none of its keywords is shown")
    elif req.keywords and need_level is not None and need_level >= 3 and 2 * len(kw_hits) < len(req.keywords):
        status = _worse(status, PARTIAL)
        reasons.append(f"at {req.level} level, most of its keywords are not shown")
    elif req.keywords and 3 * len(kw_hits) < len(req.keywords):
        status = _worse(status, PARTIAL)
        reasons.append(f"only {', '.join(kw_hits)} of its {len(req.keywords)} keywords shown")
    elif kw_hits:
        reasons.append("shown: " + ", ".join(kw_hits))
    first = kw_numbers[0] if kw_numbers else None  # the keyword shown says more than a shared word
    return Assessment(req, status, score, _evidence(corpus, numbers + kw_numbers, first=first), reasons)


def _kind_beside_keywords(
    checker: _Checker, req: Requirement, kw_hits: Sequence[str], kw_places: set[str]
) -> bool:
    """Whether a posting's label line ("Automotive bus systems: CAN, CAN FD, LIN") is shown by its items:
    two or more, every one it gives, each word of the label written in a passage that shows one of them
    ("Automotive networks: CAN, LIN", "CAN bus load"). Why: the line asks for its items, which a résumé
    names rather than the kind as an ad words it. Padding keeps a word never written beside the owner's
    tools ("Quantum chemistry: Rust, Go"). Not a JSON skill: there the name is what is asked, and a
    padded name is written with the owner's own words (measured: one fake read as met)."""
    if not req.meta.get(LABEL_LINE) or len(kw_hits) < 2 or len(kw_hits) < len(req.keywords):
        return False
    if _product_name(req.text):
        return False
    if any(normalize_token(w.casefold()) in TECH_WORDS for w in req.text.split()):
        return False  # "Kafka Streams: Kafka": a product of a family, not a kind
    terms = [t for t in analyze(req.text) if t not in _WEAK and t not in _KEYWORD_GENERIC]
    if not terms:
        return False
    for t in terms:
        _, ns = checker.credit(t, loose=False)
        if not any(checker.corpus.sentences[n].uri in kw_places for n in ns):
            return False
    return True


def _kind_by_keywords(checker: _Checker, name: str, kw_hits: Sequence[str]) -> bool:
    """Whether a JSON skill names a kind ("Cloud data warehouse", "Identity and access") that a keyword shown
    is known to be (BigQuery, Keycloak), its other words shown too. Why: a skill named as a field is written
    by its products on a résumé; padding is not (a tool's own name, "Kafka Streams", or words never shown,
    "Mixed-integer programming" beside Python, stay unshown)."""
    tools = [
        w for w in name.split() if w.casefold() in KIND_WORDS or normalize_token(w.casefold()) in TECH_WORDS
    ]
    # "Python web frameworks: Django, FastAPI": the language a keyword shown is written in says which kind
    shown_terms = [frozenset(analyze(norm_text(kw, keep=False))) for kw in kw_hits]
    languages = [w for w in tools if any(t in written_in([frozenset(analyze(w))]) for t in shown_terms)]
    if len(languages) < len(tools):
        return False
    name = " ".join(w for w in name.split() if w not in languages)
    examples = [kw.split() for kw in kw_hits]
    if not _known_of_kind(checker, name, examples):
        return False
    kinds = kind_terms(kw_hits)
    rest = [t for t in analyze(name) if t not in kinds and t not in _WEAK and t not in _BROAD_KIND_TERMS]
    if languages:
        return not rest  # "Python ML frameworks: Django": the words beside the language are Django's kind
    return all(checker.credit(t)[0] > 0 for t in rest)


def _below_or_lapsed(corpus: Corpus, n: int, need: int) -> bool:
    """Whether sentence ``n`` is a skill line rated below ``need`` or a certificate that has expired."""
    s = corpus.sentences[n]
    rated = next((lvl for _, lvl, m in corpus.skill_entries if m == n), None)
    return (rated is not None and rated < need) or lapsed_certificate(s.kind, s.text)


def _under_way(corpus: Corpus, n: int) -> bool:
    """A certificate or study line still under way ("in progress, exam booked for 2027")."""
    s = corpus.sentences[n]
    return s.kind in ("certificate", "education") and unfinished(s.text)


def _coursework(corpus: Corpus, n: int) -> bool:
    """A course listed under a degree, not the degree line itself and not work."""
    s = corpus.sentences[n]
    return s.kind == "education" and not s.text.startswith("Education:")


# Fields a degree area names broadly: any science, technology, engineering or mathematics degree is one.
_BROAD_FIELD = re.compile(
    r"\b(?:quantitative|technical|scientific|numerate|stem|engineering|technology)\s+"
    r"(?:field|discipline|subject|area|background|science)s?\b|\bSTEM\b",
    re.IGNORECASE,
)
_STEM_TERMS = frozenset(
    analyze(
        "computer science information technology mathematics statistics physics engineering informatics "
        "electrical mechanical chemistry data econometrics actuarial computing software astronomy"
    )
) - frozenset(analyze("science"))
# Fields as ads abbreviate them (case as written: "IT" is not "it").


def _wanted_stem(area: str) -> bool:
    """Whether an asked field of study is a technical one (computer science, engineering, mathematics)."""
    return bool(set(analyze(norm_text(_spell_fields(area), keep=False))) & _STEM_TERMS)


_FIELD_ABBREVIATIONS = (
    (re.compile(r"\bIT\b"), "information technology"),
    (re.compile(r"\bCS\b"), "computer science"),
    (re.compile(r"\bEE\b"), "electrical engineering"),
    (re.compile(r"\bICT\b"), "information technology"),
    # a family of sciences, named by its members: "a doctorate in a physical science" is one in physics
    (
        re.compile(r"\b(?:the\s+)?(?:physical|exact)\s+sciences?\b", re.IGNORECASE),
        "physics or chemistry or astronomy or geology or geophysics",
    ),
    (
        re.compile(r"\b(?:the\s+)?natural\s+sciences?\b", re.IGNORECASE),
        "physics or chemistry or biology or astronomy or geology or geophysics",
    ),
    (
        re.compile(r"\b(?:the\s+)?life\s+sciences?\b", re.IGNORECASE),
        "biology or biochemistry or genetics or microbiology or bioinformatics",
    ),
)


_FOCUS = re.compile(
    r"\s+(?:with|and)\s+(?:a\s+|an\s+)?(?:focus|emphasis|speciali[sz]ation|concentration|major)\s+(?:on|in)\s+"
    r"([\w &-]{2,60})",
    re.IGNORECASE,
)


def _spell_fields(text: str) -> str:
    for pattern, field_name in _FIELD_ABBREVIATIONS:
        text = pattern.sub(field_name, text)
    return text


def _area_before(text: str) -> tuple[str, str]:
    """(field, field as written) when the field comes before the degree word ("A Computer Science degree"),
    else ("", ""): without it any degree would do for one in a named field."""
    if labelled := _LABELLED_FIELD.match(text):
        # "Degree: Computer Science or related", as a table row or a labelled line writes it
        field = _AREA_LIST_END.split(labelled.group(1), maxsplit=1)[0]
        words = [w for w in re.split(r"[\s,]+", field) if w and w.casefold().rstrip(".") not in _NOT_A_FIELD]
        while words and _DEGREE_NAME_WORD.fullmatch(words[0]):
            words = words[1:]
        if words and not any(_DEGREE_NAME_WORD.fullmatch(w) for w in words):
            return " ".join(words), labelled.group(1)
    for m in _AREA_BEFORE.finditer(text):
        words = m.group(1).split()
        while words and words[0].casefold() in _NOT_A_FIELD:
            words = words[1:]
        while words and words[-1].casefold() in _NOT_A_FIELD:
            words = words[:-1]
        # a field is a name ("Computer Science", "CS or EE") or a science ("a physics degree"), not a
        # sentence's own words ("You hold a degree")
        named = all(w[0].isupper() or w.casefold() in ("or", "and", "&", "/") for w in words)
        if words and (named or set(analyze(" ".join(words))) & _STEM_TERMS):
            field_text = " ".join(words)
            return field_text, field_text
    return "", ""


# "A degree in CS or equivalent experience": years of work stand for the degree. A first degree is about
# four years of study; each higher one asks two more.
_OR_EXPERIENCE = re.compile(
    r"\bor\s+(?:an?\s+)?(?:the\s+)?(?:equivalent|comparable|relevant|related|similar)\s+"
    r"(?:practical\s+|professional\s+|work\s+|industry\s+|hands-on\s+|technical\s+|real-world\s+)?"
    r"(?:experience|work experience)\b",
    re.IGNORECASE,
)
_YEARS_FOR_DEGREE = {1: 2.0, 2: 4.0, 3: 6.0, 4: 8.0}


# "A degree in CS, or 4+ years of equivalent experience": the years that stand for the degree, stated.
_OR_YEARS_EXPERIENCE = re.compile(
    r"\bor\s+(?:at least\s+|a minimum of\s+)?(\d{1,2}|[a-z]+)\s*\+?\s*years?\s+of\s+"
    r"(?:(?:equivalent|comparable|relevant|related|similar|practical|professional|work|industry|hands-on|"
    r"technical|real-world)\s+)*experience\b",
    re.IGNORECASE,
)


def _equivalent_experience(text: str, rank: int, corpus: Corpus) -> tuple[str, int | None] | None:
    """The status and first work entry, when the ask accepts experience instead of the degree: matched when
    the career is long enough to stand for it (the years the ask states, else the degree's years of study),
    partial when it is shorter than the years stated (as a career is read against years); else None. Why: "or 4+ years
    of equivalent experience" was read as the degree alone, and a career changer without one was missing."""
    stated = _OR_YEARS_EXPERIENCE.search(text)
    years = _number(stated.group(1)) if stated else None
    if years is None and not _OR_EXPERIENCE.search(text):
        return None
    need = float(years) if years is not None else _YEARS_FOR_DEGREE.get(rank, 4.0)
    status = _quantity(corpus.career_years, need, CAREER_PARTIAL_SHARE) if years else None
    if status is None and corpus.career_years >= need:
        status = MATCHED
    if status in (None, MISSING):
        return None
    return status, corpus.find("portfolio://profile#work/")


# Degrees whose name is their field ("an MBA or equivalent business qualification").
_FIELD_IN_NAME = {
    "MBA": "business administration",
    "BBA": "business administration",
    "LLB": "law",
    "LLM": "law",
}


# "Master" in a role or a thing's name, not a degree: "Scrum Master certification", "master data management".
_MASTER_NOT_DEGREE = re.compile(
    r"\b(?:scrum|web|product|quiz|grand)\s+masters?\b|\bmasters?\s+(?:data|class(?:es)?|branch|nodes?|records?|plan)\b|"
    # a trade's highest grade ("master electrician licence", "Master Plumber"): a licence, not a degree
    r"\bmasters?\s+(?:electricians?|plumbers?|gas ?fitters?|pipe ?fitters?|carpenters?|joiners?|builders?|"
    r"mechanics?|welders?|craftsm[ae]n|tradesm[ae]n|technicians?)\b",
    re.IGNORECASE,
)


# Others' studies the owner guided ("Supervised master's students", "Mentor PhD students through their theses"):
# people or work to show, not a degree asked of the owner.
_OTHERS_STUDIES = re.compile(
    r"\b(?:supervis\w*|co-supervis\w*|mentor\w*|advis\w*|coach\w*|guid\w*|teach\w*|taught)\b"
    r"[^.;]{0,40}?\b(?:master'?s?|bachelor'?s?|ph\.?d\.?|doctoral|msc|bsc|undergraduate|graduate)\s+"
    r"(?:students?|theses|thesis|researchers?|interns?)\b",
    re.IGNORECASE,
)


def _degree(req: Requirement, corpus: Corpus, checker: _Checker) -> Assessment | None:
    """A degree asked, read against the degrees held. A degree still under way ("BSc Computing, in progress;
    expected 2027") is not held: it is read apart, and where it alone would meet the ask it is the
    related evidence of a degree being studied for (partial), never the degree."""
    pending = [d for d in corpus.degrees if unfinished(corpus.sentences[d[3]].text)]
    if not pending:
        return _degree_held(req, corpus, checker)
    held = [d for d in corpus.degrees if d not in pending]
    got = _degree_held(req, replace(corpus, degrees=held), checker)
    if got is None or got.status == MATCHED:
        return got
    studied = _degree_held(req, replace(corpus, degrees=pending), checker)
    if studied is not None and studied.status == MATCHED and studied.evidence:
        return Assessment(req, PARTIAL, 0.5, studied.evidence, [DEGREE_UNDER_WAY_REASON])
    return got


DEGREE_UNDER_WAY_REASON = "the degree is still under way, not yet held"


def _degree_held(req: Requirement, corpus: Corpus, checker: _Checker) -> Assessment | None:
    text = req.text
    if not _DEGREE_WORDS.search(_MASTER_NOT_DEGREE.sub(" ", text)) or _OTHERS_STUDIES.search(text):
        return None
    need = degree_rank(text)
    if need is None:
        if not re.search(r"\bdegree\b", text, re.IGNORECASE):
            return None
        need = ("bachelor", 2)  # "a degree in IT": a first degree
    named = [(name, rank) for name, rank, pattern in DEGREE_PATTERNS if pattern.search(text)]
    if len(named) > 1 and re.search(r"\bor\b|/", text, re.IGNORECASE):
        need = min(named, key=lambda d: d[1])  # "MSc or PhD": the lesser one is enough
    if (by_work := _equivalent_experience(text, need[1], corpus)) is not None:
        shown = (
            "equivalent experience shown" if by_work[0] == MATCHED else "fewer years of experience than asked"
        )
        cited = [by_work[1]] if by_work[1] is not None else []
        return Assessment(req, by_work[0], 1.0, _evidence(corpus, cited), [shown])
    if not corpus.degrees:
        return Assessment(req, MISSING, 0.0, [], ["no degree in the portfolio"])
    best = max(corpus.degrees, key=lambda d: d[1])
    focus = _FOCUS.search(text)
    if focus:  # "a degree in computer science with a focus on distributed systems": the field, then its focus
        text = text[: focus.start()]
    area = _AREA.search(text)
    area_text, area_tail = (area.group(1), text[area.start(1) :]) if area else _area_before(text)
    own_field = next((f for d, f in _FIELD_IN_NAME.items() if re.search(rf"\b{d}\b", text)), None)
    if own_field and not area_text.strip():
        area_text = area_tail = own_field  # "an MBA": the degree's name is its field
    area_ok = True
    if area_text and _BROAD_FIELD.search(area_text) and best[2] & _STEM_TERMS:
        area_text = ""  # "a quantitative field", "a technical discipline": any science or engineering degree
    if area_text:
        spelled = analyze(norm_text(_spell_fields(area_text), keep=False))
        wanted = [t for t in spelled if t not in _WEAK]
        lenient = bool(_LENIENT_AREA.search(text[area.start() :] if area else text))
        # "physics or computer science", "operations research, computer science": any one field will do
        fields = [
            [t for t in analyze(norm_text(f, keep=False)) if t not in _WEAK]
            or [t for t in analyze(norm_text(f, keep=False)) if t not in _WEAK_STOP]  # "Software Engineering"
            for f in re.split(r",|/|\bor\b", _AREA_LIST_END.split(_spell_fields(area_tail), maxsplit=1)[0])
        ]

        def fits(degree: tuple[str, int, frozenset[str], int]) -> bool:
            # the degree's own words spelled as the ask's are ("IT Security": information technology)
            line = corpus.sentences[degree[3]].text
            have_terms = degree[2] | degree_terms(line, _spell_fields)
            have_terms -= school_terms(line, _spell_fields)  # "University of Applied Sciences" is no field
            have_terms -= degree_kind_terms(line, _spell_fields)  # nor "Bachelor of Science in Insurance"
            uri = corpus.sentences[degree[3]].uri  # the thesis written under the degree is its field too
            have_terms |= thesis_terms((s.text for s in corpus.sentences if s.uri == uri), _spell_fields)
            shown = [t for t in wanted if t in have_terms]
            related = [t for t in wanted if any(set(analyze(r)) & have_terms for r in _REL.get(t, ()))]
            any_field = any(f and all(t in have_terms for t in f) for f in fields)
            # "Machine Learning, Statistics or a related field": a computing or mathematical degree is related
            near = (
                lenient and _QUANT_ASK.search(area_text) and _near_computing(corpus.sentences[degree[3]].text)
            )
            return bool(
                not wanted
                or len(shown) == len(wanted)
                or any_field
                or (lenient and (shown or related))
                or near
            )

        # any degree at the level asked may be the one in the field: a BSc in CS under an MSc in physics
        best = next((d for d in held_at_level(corpus.degrees, need[1]) if fits(d)), best)
        area_ok = fits(best)
    if focus and area_ok and best[1] >= need[1]:
        wanted_focus = [t for t in analyze(norm_text(focus.group(1), keep=False)) if t not in _WEAK_STOP]
        if not set(wanted_focus) <= best[2]:
            return Assessment(req, PARTIAL, 0.5, _evidence(corpus, [best[3]]), ["that focus is not shown"])
    if best[1] >= need[1] and area_ok:
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, [best[3]]), [])
    if (
        best[1] >= need[1]
        and area_text
        and (_wanted_stem(area_text) or _BROAD_FIELD.search(area_text))
        and not best[2] & _STEM_TERMS
    ):
        # "a degree in computer science or a related technical field", "a degree in a technical field"
        # against hospitality management: not a neighbouring field but another career's
        return Assessment(
            req, MISSING, 0.0, _evidence(corpus, [best[3]]), ["a degree in a non-technical field"]
        )
    if (
        own_field
        and best[1] >= need[1]
        and not area_ok
        and any(analyze(d) == [t] for t in best[2] for d in _FIELD_IN_NAME)
    ):
        area_ok = True  # the degree held is written by the same name ("MBA, INSEAD")
    if best[1] >= need[1] and area_ok:
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, [best[3]]), [])
    if best[1] >= need[1] and own_field and area_text == own_field:
        # an MBA asked, an MSc in engineering held: another degree, not an MBA in another field
        return Assessment(req, MISSING, 0.0, [], [f"no degree in {own_field}"])
    if (
        best[1] >= need[1]
        and area_text
        and _COMPUTING_ASK.search(_spell_fields(area_text))
        and not any(
            _near_computing(corpus.sentences[d[3]].text) for d in held_at_level(corpus.degrees, need[1])
        )
    ):
        # computer science asked, chemistry or teaching held: not a neighbouring field (physics,
        # mathematics, electrical engineering, econometrics are), so nothing supports the degree asked
        return Assessment(req, MISSING, 0.0, [], ["a degree in an unrelated field"])
    if best[1] >= need[1]:
        return Assessment(req, PARTIAL, 0.5, _evidence(corpus, [best[3]]), ["a degree in another field"])
    return Assessment(req, MISSING, 0.0, _evidence(corpus, [best[3]]), [f"highest degree: {best[0]}"])


# A computing degree asked (computer science, informatics, software or computer engineering, IT).
_COMPUTING_ASK = re.compile(
    r"\b(?:comput\w*|informati\w*|software|information technology|IT|data science|inform[aá]tica)\b", re.I
)
# Fields next to computing: the sciences of numbers and machines, and engineering.
_NEAR_COMPUTING = re.compile(
    r"comput|informati|software|electr|mathemat|statistic|physic|econometr|engineer|data|information|"
    r"cybern|robot|mechatron|telecom|secur",
    re.IGNORECASE,
)
# Fields of numbers and computing asked, whose "or a related field" any degree next to computing meets.
_QUANT_ASK = re.compile(
    r"\b(?:comput\w*|informati\w*|software|mathemat\w*|statistic\w*|data|machine learning|"
    r"artificial intelligence|AI|physics|econometrics)\b",
    re.IGNORECASE,
)
_IT_FIELD = re.compile(r"\bIT\b")  # "IT Security": information technology, written as capitals
_TEACHING_FIELD = re.compile(r"^\s*(?:the\s+)?(?:teaching|education|pedagog)", re.IGNORECASE)


def _near_computing(line: str) -> bool:
    """Whether a degree's line names a field next to computing. The field is what follows "in" up to
    the school ("Master in Teaching of Physics and Chemistry at ..." is teaching, not physics)."""
    m = re.search(r"\b(?:in|of)\s+(.+?)(?:\s+at\s+|\s*\(|$)", line.split(":", 1)[-1])
    field = m.group(1) if m else line
    return not _TEACHING_FIELD.search(field) and bool(
        _NEAR_COMPUTING.search(field) or _IT_FIELD.search(field)
    )


_LANGUAGE_PIECES = re.compile(r"[,;/]|\s+(?:and|plus|as well as|with)\s+", re.IGNORECASE)


def _own_levels(text: str) -> dict[str, int]:
    """Languages asked each with its own level word ("Native Portuguese, fluent English", "English (C1)
    and German (B2)"): language -> level. A piece naming one language and a level gives that language its
    level; a language with none of its own takes the requirement's."""
    out: dict[str, int] = {}
    for piece in _LANGUAGE_PIECES.split(re.sub(r"\(([^()]*)\)", r" \1 ", text)):
        langs = [w for w in tokenize(piece) if w in _LANGUAGES]
        level = fluency_rank(piece)
        if len(langs) == 1 and level is not None:
            out[langs[0]] = level
    return out


def _language(req: Requirement, corpus: Corpus) -> Assessment | None:
    words = [w for w in tokenize(req.text) if w in _LANGUAGES]
    if not words or len(tokenize(req.text)) > 14:
        return None
    # "Fluent English; Dutch is nice to have": a language only wished for does not weigh on the one asked
    wished = {w for piece in optional_pieces(req.text) for w in tokenize(piece) if w in _LANGUAGES}
    if wished and any(w not in wished for w in words):
        words = [w for w in words if w not in wished]
    need = fluency_rank(req.text) or 3
    if need == 5 and re.search(r"\bbilingual\b", req.text, re.IGNORECASE) and len(words) > 1:
        need = 4  # "bilingual French and English": fluent in each, not two mother tongues
    either = bool(re.search(r"\bor\b", req.text, re.IGNORECASE))  # "Igbo or Yoruba": one is enough
    own = _own_levels(req.text)
    found: list[str] = []
    numbers = []
    for w in words:
        # "Native Portuguese and fluent English": each language at its own level
        level = own.get(w, need) if not re.search(r"\bbilingual\b", req.text, re.IGNORECASE) else need
        have = corpus.languages.get(normalize_token(w))
        if have is None:
            if not either:
                return Assessment(req, MISSING, 0.0, [], [f"{w.title()} is not listed"])
            continue
        numbers.append(have[1])
        # some of it: the language listed below the level asked is less than asked, as fewer years are
        # ("fluent Italian" against A2 Italian); a language not listed at all is missing
        found.append(MATCHED if have[0] >= level else PARTIAL if have[0] >= 1 else MISSING)
    if not found:
        return Assessment(req, MISSING, 0.0, [], ["none of these languages is listed"])
    status = max(found, key=lambda st: _RANK[st]) if either else min(found, key=lambda st: _RANK[st])
    return Assessment(req, status, 1.0 if status == MATCHED else 0.5, _evidence(corpus, numbers), [])


# Levels off the engineering ladder: an executive or director level needs such a title held; a manager
# level needs people management (leading is not it).
_EXECUTIVE_LEVEL = re.compile(r"\b(executive|director|vp|vice president|c-level|chief|head)\b", re.IGNORECASE)
_EXECUTIVE_TITLE = re.compile(
    r"\b(ceo|cto|coo|cfo|cpo|chief|president|vp|vice president|director|head of|founder|co-founder)\b",
    re.IGNORECASE,
)


def _executive_level(req: Requirement, corpus: Corpus, manager: bool) -> Assessment:
    titles = [(i, t) for i, t in _titles(corpus) if _EXECUTIVE_TITLE.search(t)]
    if manager:
        managed = _people_managed(corpus)
        if managed or any(re.search(r"\bmanager\b", t, re.I) for _, t in _titles(corpus)):
            return Assessment(req, MATCHED, 1.0, _evidence(corpus, managed[:1]), [])
        if titles:
            return Assessment(
                req,
                PARTIAL,
                0.5,
                _evidence(corpus, [titles[0][0]]),
                ["an executive title; managing is not shown"],
            )
        return Assessment(req, MISSING, 0.0, [], ["no people management (reports, reviews) in the portfolio"])
    if titles:
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, [titles[0][0]]), [])
    n = corpus.find("portfolio://profile#work/")
    status = PARTIAL if corpus.career_years > 0 else MISSING
    return Assessment(
        req, status, 0.5, _evidence(corpus, [n] if n is not None and status == PARTIAL else []),
        ["no executive or director title held"],
    )  # fmt: skip


def _experience_level(req: Requirement, corpus: Corpus) -> Assessment:
    words = re.findall(r"[a-z]+", req.text.casefold())
    need = max((_EXPERIENCE_LEVEL_YEARS[w] for w in words if w in _EXPERIENCE_LEVEL_YEARS), default=None)
    if _EXECUTIVE_LEVEL.search(req.text) or re.search(r"\bmanager\b", req.text, re.I):
        return _executive_level(req, corpus, manager=not _EXECUTIVE_LEVEL.search(req.text))
    years = _YEARS_REQ.search(req.text)
    if (
        need is None
        and years
        and (asked := _number(years.group(1)))
        and (_YEARS_MANAGING.search(req.text) or management_years_asked(req.text))
    ):
        # "5+ years managing mobile engineers" as the level: the years of the roles that managed people
        have, cite = _people_manager_years(corpus)
        status = _quantity(have, asked) if have > 0 else MISSING
        why = f"about {have:.0f} years managing people" if have > 0 else "no dated role managing people"
        return Assessment(req, status, 1.0, _evidence(corpus, [cite]) if cite is not None else [], [why])
    if need is None and years and (asked := _number(years.group(1))):
        # "5+ years" given as the level: the career's length
        n = corpus.find("portfolio://profile#work/")
        status = _quantity(corpus.career_years, asked, CAREER_PARTIAL_SHARE)
        evidence = _evidence(corpus, [n]) if n is not None and status != MISSING else []
        return Assessment(
            req, status, 1.0, evidence, [f"about {corpus.career_years:.0f} years of work shown"]
        )
    if need is None:
        return Assessment(req, PARTIAL, 0.5, [], ["level not understood"])
    status = _quantity(corpus.career_years, need)
    if status == MISSING and corpus.career_years > 0:
        status = PARTIAL  # work is shown; its level is not (undated roles, a title alone)
    n = corpus.find("portfolio://profile#work/")
    reasons = [f"about {corpus.career_years:.0f} years of work shown"]
    # Staff, principal, distinguished are rungs a title shows, not a number of years: the highest
    # engineering title held must reach the rung asked.
    titles = [t for _, t in _titles(corpus)]
    if "lead" in words and status == MATCHED and not (lead_title_held(titles) or _technical_manager(titles)):
        # "Lead" is a rung a title grants, not a length of service: a lead title (or one above it) shows
        # it; years alone, a "technical lead" line under a senior title, or a hotel's front desk do not
        status = PARTIAL
        reasons.append("no lead title held")
    if status == MATCHED and (now := junior_now(set(words), [t for _, t in _titles(corpus)])):
        status = PARTIAL  # "Mid-level" against a current "Junior Backend Engineer" title
        reasons.append(f"current title: {now}")
    asked = max((_TITLE_RUNGS[w] for w in words if w in _TITLE_RUNGS), default=None)
    if asked is not None and asked >= _TITLE_RUNGS["staff"] and status == MATCHED:
        held = [
            (max((_TITLE_RUNGS[w] for w in re.findall(r"[a-z]+", title.casefold()) if w in _TITLE_RUNGS),
                 default=0), i)
            for i, title in _titles(corpus)
        ]  # fmt: skip
        best = max(held, default=(0, None))
        if best[0] < asked:
            status = PARTIAL
            reasons.append("no title at that level")
            n = best[1] if best[1] is not None else n
    return Assessment(req, status, 1.0, _evidence(corpus, [n] if n is not None else []), reasons)


# What says an entry is technical work (a lead role in it can speak for a "Lead" engineering level).
_TECHNICAL_TERMS = TECH_WORDS | frozenset(
    analyze(
        "engineer engineering developer software platform infrastructure data security devops reliability "
        "frontend backend mobile cloud architect architecture technical tech code programming"
    )
)


def _technical_manager(titles: Sequence[str]) -> bool:
    """Whether a title held manages technical work ("Engineering Manager", "Head of Data"), not a hotel's
    front office: a rung above a lead's."""
    return any(_MANAGER_TITLE.search(t) and set(analyze(norm_text(t))) & _TECHNICAL_TERMS for t in titles)


# Rungs of the engineering ladder as titles write them (executive titles are off this ladder).
_TITLE_RUNGS = {"junior": 1, "senior": 3, "staff": 4, "principal": 5, "distinguished": 6, "fellow": 6}


def _titles(corpus: Corpus) -> list[tuple[int, str]]:
    """(sentence, position) for each role held, from its work passage's heading line."""
    out = []
    for i, s in enumerate(corpus.sentences):
        if s.kind == "work" and s.text.startswith("Work experience: "):
            out.append((i, s.text[len("Work experience: ") :].split(" at ")[0]))
    return out


def _titles_now(corpus: Corpus) -> list[str]:
    """The positions of the roles still running (their heading ends "– present)")."""
    return [t for n, t in _titles(corpus) if corpus.sentences[n].text.rstrip().endswith("present)")]


# Growing a team to a size is about the team one leads, not the engineers one sets direction for.
_GROWN = re.compile(
    r"\b(?:grow|grew|grown|growing|scale[sd]?|scaling|built|build|building)\b.{0,25}\b(?:team|teams|org\w*|"
    r"department|group)\b",
    re.IGNORECASE,
)
_MANAGE = re.compile(r"\b(manag\w*|direct reports?|line manag\w*|people lead\w*)\b", re.IGNORECASE)


def _number(word: str) -> int | None:
    return number_value(word)


# Fields of work rather than topics: years in them are the career's years.
_FIELD_TERMS = frozenset(
    normalize_token(w)
    for w in word_list(
        "it ict software engineering infrastructure industry tech technology development programming coding "
        "professional work computing backend"
    )
)
_RELOCATE = re.compile(r"\breloca\w*", re.IGNORECASE)
# The negation in the clause of the move: "no visa sponsorship needed; open to relocation" refuses nothing.
_NO_RELOCATE = re.compile(
    r"\b(not|no|never|unable|unwilling|cannot|can't|won't)\b(?:(?![,;]|\bbut\b)[^.]){0,40}\breloca\w*|\breloca\w*[^.;,]{0,20}\bnot\b",
    re.I,
)
# Managers or a counted group ("has managed managers or at least two teams"): the group's size may show it.
_MANAGERS_OR = re.compile(
    r"\bmanagers,?\s+or\s+(?:at least\s+|more than\s+|over\s+|a group of\s+|a team of\s+)?"
    r"(?:\d+|two|three|four|five|six|several|multiple)\b",
    re.IGNORECASE,
)
# "managers or tech leads", "leads or managers": a manager of leads is one of the two asked.
_LEADS_OR_MANAGERS = re.compile(
    r"\bmanagers,?\s+or\s+(?:[\w-]+\s+)?leads\b|\bleads,?\s+or\s+(?:[\w-]+\s+)?managers\b", re.IGNORECASE
)
_MANAGERS_ASKED = re.compile(r"\b(manag\w*|hire|hiring|lead|led|grow)\b.{0,40}\bmanagers\b", re.IGNORECASE)
_MANAGERS_SHOWN = re.compile(
    r"\b(managed|managing|manager of|hired|led|grew)\b.{0,40}\b(managers|engineering managers|directors)\b",
    re.I,
)


_PEOPLE_MGMT_ASKED = re.compile(
    r"\b(line[- ]manag\w*|people[- ]manag\w*|direct reports?|performance reviews?|"
    # "Manage and grow a team of data engineers": a second verb joined to the managing one asks it too
    r"manag\w* (?:and \w+ )?(?:a |the |your )?(?:team|engineers|people|developers|staff)\b|"
    # "disciplinary responsibility for 6+ engineers" (German "disziplinarische Führung"): line management
    r"disciplinary (?:responsibility|lead\w*|manag\w*|authority)\b|"
    # "with line responsibility", "personnel responsibility for 6 engineers" (German "Personalverantwortung")
    r"(?:line|personnel|staff|people)[- ](?:responsibility|authority)\b|"
    # the role itself: "You have been an engineering manager", "2+ years as a team manager"
    r"(?:an?|as)\s+(?:engineering|software|development|team|people|line)\s+manager\b|"
    r"engineering manager (?:experience|background|role)\b|(?:team|people|line|staff) management\b|"
    # the role as the whole ask: "Engineering manager of mobile engineers", "manager of a backend team"
    r"^\s*(?:engineering|software|development|team|people|line)\s+manager\b|"
    r"manager of (?:a |the |an? )?(?:[\w-]+ )?(?:teams?|engineers|developers|people)\b)",
    re.IGNORECASE,
)
_PEOPLE_MGMT_SHOWN = re.compile(
    r"\b(line[- ]manag\w*|people[- ]manag\w*|direct reports?|performance reviews?|engineering manager|"
    # a count in words as in digits ("Managed two assistant quantity surveyors" as "Managed 2 ...")
    r"managed (?:a |the )?(?:team|\d+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty)\b|[a-z]+ (?:engineers|people|developers))|"
    r"(?:who|that) (?:directly )?report(?:s|ed)? (?:directly )?to (?:me|us)|"
    # performance reviews as British employers name them ("hiring, annual appraisals and training")
    r"(?:annual|yearly|staff|performance|mid-year|team) appraisals?|"
    r"appraised (?:\w+ ){0,3}(?:staff|team|engineers|people|reports|architects|designers))\b",
    re.IGNORECASE,
)
# "5+ years managing mobile engineers", "3 years of people management": years of managing people.
_YEARS_MANAGING = re.compile(
    r"\byears?\b[^.;:]{0,30}?\b(?:(?:line[- ])?managing (?:[\w-]+ ){0,3}?(?:engineers|developers|people|teams?|staff|"
    r"reports|managers|scientists|analysts|designers|researchers|consultants|specialists|technicians|"
    r"employees|contractors)\b|people[- ]manag\w*)",
    re.IGNORECASE,
)
# Managing people named as such ("line-manage", "people management of a team of 8").
# Line management, also as German-English ads name it ("disciplinary leadership of 6+ engineers").
_LINE_MANAGE = re.compile(
    r"\b(?:line|people)[- ]manag\w*|\bdisciplinary\s+(?:lead\w*|manag\w*)|"
    r"\b(?:line|personnel)[- ](?:responsibility|authority)\b",
    re.IGNORECASE,
)
# Asks only a people manager meets, whatever the size of the team named with them.
_PEOPLE_MGMT_ONLY = re.compile(
    r"\b(line[- ]manag\w*|people[- ]manag\w*|direct reports?|performance reviews?|"
    r"disciplinary\s+(?:lead\w*|manag\w*)|(?:line|personnel)[- ](?:responsibility|authority)|"
    r"career conversations|compensation decisions)\b",
    re.IGNORECASE,
)
# Managing a counted group ("manage two teams of 14", "manage a team of 8-10"): the manager's job, named by its verb.
# The noun says it too: "Management of 5+ engineers".
_MANAGE_COUNTED = re.compile(
    # "Managed 5+ engineers" asks it in the past tense; "Manage and grow a team of 8" with a second verb
    r"\b(?:manag(?:e|es|ed|ing)|management of)\s+(?:and \w+\s+)?"
    r"(?:a |an |the |your |our |" + NUMBER + r"\s*\+? )?(?:[\w-]+ )?"
    r"(?:teams?|engineers|developers|people|staff|squads?|reports)\b",
    re.IGNORECASE,
)


def _manages_people(text: str) -> bool:
    """An ask to manage people (line management, reviews, reports, "manage a team of N"), which leading
    a team or setting its direction does not show."""
    return bool(
        _PEOPLE_MGMT_ONLY.search(text) or _PEOPLE_MGMT_ASKED.search(text) or _MANAGE_COUNTED.search(text)
    )


# "they report to an engineering manager": the manager named is someone else; people reporting to the owner
# ("eight engineers who report to me") are a group managed, not the owner's own report line.
_REPORTS_TO = re.compile(r"\breport(?:s|ed|ing)? (?:in )?to\b(?!\s+(?:me|us)\b)", re.IGNORECASE)
_NEGATED = re.compile(r"\b(not|no|never|nor)\b", re.IGNORECASE)
_AUTH_ASKED = re.compile(
    r"\b(authori[sz]ed to work|eligib\w*\s+to work|right to work|work permit|sponsorship|visa|"
    r"work authori[sz]ation|(?:authori[sz]ation|permission|entitlement) to work|"
    r"legally (?:able|allowed|entitled) to work)\b",
    re.IGNORECASE,
)
# A second ask joined to a work-authorization one ("... and have experience managing direct reports").
_AND_ALSO = re.compile(r",?\s+and\s+(?:also\s+)?(?:have|has|hold|bring|know|speak)\s+(\w.*)$", re.IGNORECASE)
_AUTH_SAID = re.compile(
    r"\b(citizen\w*|visa|sponsorship|work permit|right to work|authori[sz]ed to work|permanent resident\w*|"
    r"residence permit|green card)\b",
    re.IGNORECASE,
)
_AUTH_NEG = re.compile(
    r"\b(need|needs|needed|require|requires|required|requiring)\b[^.;]{0,30}\b(visa|sponsorship|permit)\b|"
    r"\bnot (?:authori[sz]ed|eligible|allowed|entitled)\b",
    re.IGNORECASE,
)
_AUTH_POS = re.compile(
    r"\bwithout (?:a |any )?(?:visa|sponsorship)|\bcitizen\w*|\bcan work\b|\bauthori[sz]ed to work\b|"
    r"\bright to work\b|\bpermanent resident|\bgreen card\b",
    re.IGNORECASE,
)
_AUTH_WORDS = frozenset(
    analyze(
        "authorized authorised eligible eligibility right work permit sponsorship sponsor visa legally able "
        "allowed without need needing require requiring based located country"
    )
)
_PLACE_NAME = re.compile(
    r"\b(?:in|within|for|across|from)\s+(?:the\s+)?((?:[A-Z][\w/.-]*)(?:\s+(?:of\s+)?[A-Z][\w/.-]*)*)"
)
_CLAUSE_SPLIT = re.compile(r"[.;]\s+|,\s+(?:so|but|and|while|whereas)\s+|\s+but\s+", re.IGNORECASE)
_PLACE_EQUIV = {"eu": {"eu", "eea", "europ"}, "europ": {"eu", "eea", "europ"}, "eea": {"eu", "eea", "europ"}}
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_AVAIL_ASKED = re.compile(
    r"\b(available to start|start date|start (?:within|in|by|immediately|asap|on)|immediate(?:ly)? "
    r"(?:start|available)|notice period|join (?:within|in|by|immediately)|"
    r"available (?:from|in|by|on) (?:" + "|".join(_MONTHS) + r")\w*)\b",
    re.IGNORECASE,
)
_AVAIL_SAID = re.compile(
    r"\b(notice|available from|starting from|start(?:ing)? (?:date|in|from|within)|availab\w*)\b", re.I
)
# The owner's own words on when they can start: "can usually start within three weeks", "a notice of one month".
_START_WITHIN = re.compile(r"\b(?:notice|start(?:ing)? within|join(?:ing)? within)\b", re.IGNORECASE)


# "within three months", and "within a month": "a" is one of the period
_PERIOD = re.compile(r"(?:\b(an?)|" + NUMBER + r")\s+(weeks?|months?)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\w*\s+(20\d\d)\b", re.IGNORECASE)


def _month(text: str) -> int | None:
    """ "February 2027" as a month count (year * 12 + month), for comparing start dates."""
    m = _MONTH_YEAR.search(text)
    return int(m.group(2)) * 12 + _MONTHS.index(m.group(1).casefold()[:3]) if m else None


def _weeks(text: str) -> float | None:
    """The first period written in ``text`` ("within three months", "Two months") in weeks."""
    m = _PERIOD.search(text)
    if not m:
        return None
    v = 1.0 if m.group(1) else number_value(m.group(2))
    if v is None:
        return None
    return v * (52 / 12 if m.group(3).casefold().startswith("month") else 1)


def _work_authorization(req: Requirement, corpus: Corpus) -> Assessment:
    """Where the owner may work, from their own words: "can work in the UK ... without visa
    sponsorship" shows the UK; "for the United States I would need visa sponsorship" rules it out."""
    said = [n for n, s in enumerate(corpus.sentences) if s.kind != "reference" and _AUTH_SAID.search(s.text)]
    if not said:
        return Assessment(req, MISSING, 0.0, [], ["work authorization is not stated in the portfolio"])
    # The place asked, as a whole name ("the United States" is not "the United Kingdom"): each of its
    # words, or an equivalent ("EU" ~ "Europe"), in the same clause as what the owner says about it.
    named_places = [
        [t for t in analyze(m.group(1)) if t not in _AUTH_WORDS]
        for m in _PLACE_NAME.finditer(req.text)
        if not _AUTH_ASKED.fullmatch(m.group(1))
    ]
    places: list[list[set[str]]] = [
        [_PLACE_EQUIV.get(t, {t}) for t in words] for words in named_places if words
    ]
    if not places:
        loose = [
            t
            for t in analyze(req.text)
            if t not in _WEAK and t not in _AUTH_WORDS and not _NUMERIC.fullmatch(t)
        ]
        places = [[_PLACE_EQUIV.get(t, {t})] for t in loose]

    def clauses(n: int) -> list[str]:
        return [c for c in _CLAUSE_SPLIT.split(corpus.sentences[n].text) if c.strip()]

    def about(clause: str) -> bool:
        terms = set(analyze(clause)) | citizenship_terms(clause)  # "Canadian citizen" is about Canada
        return not places or any(all(alts & terms for alts in place) for place in places)

    def says(n: int, pattern: re.Pattern[str]) -> bool:
        return any(about(c) and pattern.search(c) and not (pattern is _AUTH_POS and _AUTH_NEG.search(c))
                   for c in clauses(n))  # fmt: skip

    positive = [n for n in said if says(n, _AUTH_POS)]
    if positive:
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, positive), [])
    negative = [n for n in said if says(n, _AUTH_NEG)]
    if negative:
        return Assessment(
            req,
            MISSING,
            0.0,
            [],
            ["the owner says they would need sponsorship there: " + corpus.sentences[negative[0]].text[:160]],
        )
    # "Canadian citizen; I would need sponsorship for the US" against "authorised to work in the EU": what the
    # owner says of other places says nothing of the one asked
    return Assessment(req, MISSING, 0.0, [], ["work authorization there is not stated"])


_TZ_ASKED = re.compile(r"\b(overlap\w*|time[- ]?zones?)\b", re.IGNORECASE)
_TZ_SAID = re.compile(r"\b(overlap\w*|time[- ]?zones?|CET|CEST|UTC|GMT)\b", re.IGNORECASE)
# A zone the owner names for their own work ("fully remote within North American Eastern time").
_TZ_WORKED = re.compile(r"\b(?:remote\w*|hours|time|working)\b", re.IGNORECASE)


def _time_zone(req: Requirement, corpus: Corpus) -> Assessment:
    """Hours of overlap with a time zone, from the owner's own words: the zone asked named there is
    matched; overlap stated with other zones is partial (the asker must compare clocks)."""
    said = [
        n
        for n, s in enumerate(corpus.sentences)
        if s.kind in ("faq", "basics")
        and (_TZ_SAID.search(s.text) or (zones(s.text) and _TZ_WORKED.search(s.text)))
    ]
    region = broad_zones(req.text)
    if region:
        # "Based in a US time zone": where the owner lives decides; overlap stated with one is less
        home = location_zone(corpus)
        if home is not None and home[0] in region:
            return Assessment(req, MATCHED, 1.0, _evidence(corpus, [home[1]]), ["lives in that time zone"])
        near = [n for n in said if zones(corpus.sentences[n].text) & region]
        if near:
            return Assessment(
                req, PARTIAL, 0.5, _evidence(corpus, near), ["overlap with that region is stated"]
            )
        if home is not None or said:
            return Assessment(req, MISSING, 0.0, [], ["lives and works in another region"])
    if not said:
        home = location_zone(corpus)
        if home is not None and zones(req.text) == {home[0]}:
            return Assessment(req, MATCHED, 1.0, _evidence(corpus, [home[1]]), ["lives in that time zone"])
        return Assessment(req, MISSING, 0.0, [], ["time zones and overlap are not stated"])
    asked_zones = zones(req.text)
    named = [n for n in said if not asked_zones or asked_zones <= zones(corpus.sentences[n].text)]
    if named:
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, named), [])
    home = location_zone(corpus)
    if home is not None and asked_zones == {home[0]}:
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, [home[1]]), ["lives in that time zone"])
    return Assessment(
        req,
        PARTIAL,
        0.5,
        _evidence(corpus, said),
        ["overlap is stated for other time zones: compare the hours"],
    )


def _people_managed(corpus: Corpus) -> list[int]:
    """Sentences where the owner manages people (reports, reviews), not where they lead or mentor."""
    return [
        n
        for n, s in enumerate(corpus.sentences)
        if s.kind != "reference"
        for clause in _CLAUSE_SPLIT.split(s.text)
        if _PEOPLE_MGMT_SHOWN.search(clause)
        and not _NEGATED.search(clause)
        and not _REPORTS_TO.search(clause)
    ]


# Hiring for one's own team ("hired five people", "helped interview and hire four"), not being hired.
_HIRING_SHOWN = re.compile(
    r"\b(?:hired|hiring|hire)\b(?!\s+(?:to|as|by|in|into|on)\b)|\binterview(?:ed|ing)\b(?!\s+(?:for|at|with)\b)",
    re.IGNORECASE,
)
# A role held whose title says it managed people, in whatever field ("Front Office Manager", "CEO").
_MANAGER_TITLE = re.compile(
    r"\b(?:manager|head of|director|chief|ceo|cto|coo|president|vp|vice president)\b", re.IGNORECASE
)


# Manager titles that manage a thing, not people.
_THING_MANAGER = re.compile(
    r"\b(?:product|project|program|programme|account|release|community)\s+manager\b", re.I
)


def _led_as_manager(corpus: Corpus, n: int | None) -> bool:
    """Whether the group counted in sentence ``n`` was led in a role whose title is a manager's ("Front
    Office Manager": leading a team of 14 receptionists). Why: a recruiter reads a team led by its manager
    as a team managed, in whatever field; a tech lead's team of the same size stays led, not managed."""
    if n is None:
        return False
    uri = corpus.sentences[n].uri
    if not uri.startswith("portfolio://profile#work/"):
        return False
    return any(
        corpus.sentences[i].uri == uri and _MANAGER_TITLE.search(title) and not _THING_MANAGER.search(title)
        for i, title in _titles(corpus)
    )


def _managed_fewer(corpus: Corpus) -> bool:
    """Whether the owner manages a group (reports, reviews) at all: then managing fewer people than asked is
    the thing asked at a smaller scope, partial however large the gap, as leading fewer is."""
    return any(people > 1 for people, _ in corpus.people_managed) and bool(_people_managed(corpus))


# Technical people asked as the ones managed ("managing a team of data engineers", "manage 6 developers").
_MANAGING_TECH_ASKED = re.compile(
    r"\bmanag\w*\s+(?:(?:a|an|the|our|your)\s+)?(?:(?:team|group|squad)s?\s+of\s+)?(?:\d+\+?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:engineers|developers|programmers|sres|testers)\b",
    re.IGNORECASE,
)


def _managed_only_in_other_career(text: str, corpus: Corpus) -> str | None:
    """For an ask to manage engineers: the reason when every group the owner managed was managed in another
    career (an audit manager's appraisals, a store manager's staff) and no sentence of the technology work
    shows people managed. Why: managing people is shown; managing engineers, in that trade, is related only."""
    if not _MANAGING_TECH_ASKED.search(text) or not corpus.other_careers:
        return None
    managed = _people_managed(corpus)
    titled = _titled_manager_entries(corpus)
    uris = {corpus.sentences[n].uri for n in managed} | titled
    if not uris or not uris <= corpus.other_careers:
        return None
    return "people managed only in another career, not engineers"


def _leading_only(text: str, corpus: Corpus) -> str | None:
    """An ask to manage people met only by leading: no one managed (reports, reviews), no one hired and
    no manager's title held. Leading is not people management; leading and hiring is part of it, and a
    manager's title in another field shows some of it. The reason, or None."""
    if not _manages_people(text) or _people_managed(corpus):
        return None
    if any(_MANAGER_TITLE.search(title) for _, title in _titles(corpus)):
        return None
    if _hired(corpus):
        return None
    return "leading shown; no people management and no hiring in the portfolio"


# Leads among the people one manages or hires ("hired 8 people, two of them engineering leads").
_LEADS_SHOWN = re.compile(
    r"\b(?:hired|hiring|managed|managing|manage|grew)\b.{0,60}\b(?:team|tech|engineering|technical)\s+leads\b",
    re.IGNORECASE,
)


def _leads_managed(corpus: Corpus) -> list[int]:
    """Sentences where a people manager (reports, reviews) hires or manages leads. Why: managing managers is the
    rung above; a manager whose people include leads shows part of it, a tech lead who hired shows none."""
    if not _people_managed(corpus):
        return []
    return [
        n for n in _people_managed(corpus) + _hired(corpus) if _LEADS_SHOWN.search(corpus.sentences[n].text)
    ]


def _hired(corpus: Corpus) -> list[int]:
    """Sentences where the owner hires for their own team."""
    return [
        n
        for n, s in enumerate(corpus.sentences)
        if s.kind not in ("reference", "interest")
        for clause in _CLAUSE_SPLIT.split(s.text)
        if _HIRING_SHOWN.search(clause) and not _NEGATED.search(clause)
    ]


# An ask that is hiring itself, of whomever ("You have hired iOS engineers", "Experience interviewing data
# scientists", "Run the hiring process for mobile engineers"): one activity, its object the people hired.
_HIRING_ASKED = re.compile(
    r"^\W*(?:(?:you|have|has|had|experience|experienced|proven|track|record|of|in|with|strong|solid|"
    r"run|own|lead|drive|the|our|your)\s+){0,5}"
    r"(?:hire|hired|hiring|recruit|recruited|recruiting|interview|interviewed|interviewing)\b[^,;&]*$",
    re.IGNORECASE,
)
_RECRUITING_SHOWN = re.compile(r"\brecruit(?:ed|ing)?\b", re.IGNORECASE)
# Another activity joined to the hiring ("Hire and grow the team", "interview and mentor engineers", "hire
# engineers and run their reviews"): the ask is more than hiring. A conjunction inside the people hired
# ("Hire iOS and Android engineers", "data scientists or ML engineers") joins no activity.
_OTHER_ACTIVITY = re.compile(
    r"\b(?:hire|hired|hiring|recruit|recruited|recruiting|interview|interviewed|interviewing)\s+"
    r"(?:and|or|plus|&)\b"
    r"|\s(?:and|or|plus|&)\s+(?:then\s+)?(?:grow|grew|growing|develop|developing|mentor|mentoring|manage|"
    r"managing|lead|leading|coach|coaching|onboard|onboarding|retain|retaining|train|training|build|building|"
    r"run|running|support|supporting|scale|scaling|nurture|nurturing|keep|keeping|own|owning)\b",
    re.IGNORECASE,
)


def _hiring_unshown(text: str, corpus: Corpus) -> bool:
    """Whether ``text`` asks only for hiring and the portfolio shows none (no one hired, interviewed or
    recruited). Why: the kind of people to hire ("iOS engineers", "SREs") is only the object of the ask;
    working beside them is no related evidence of hiring them."""
    asked = _HIRING_ASKED.search(text.strip())
    if not asked or _OTHER_ACTIVITY.search(text):
        return False
    return _no_hiring(corpus)


def _no_hiring(corpus: Corpus) -> bool:
    """Whether the portfolio shows no one hired, interviewed or recruited by the owner."""
    return not _hired(corpus) and not any(
        _RECRUITING_SHOWN.search(s.text) for s in corpus.sentences if s.kind not in ("reference", "interest")
    )


# Hiring named among other things asked ("Own the hiring plan and budget", "hire and grow the team"); not new
# hires to onboard, nor the hiring managers one works with.
_HIRING_NAMED = re.compile(
    r"\b(?:hire|hired|hiring|recruit|recruiting|recruitment)\b(?!\s+managers?\b)", re.I
)


def _hiring_part_unshown(text: str, corpus: Corpus) -> bool:
    """Whether ``text`` names hiring beside other things and the portfolio shows none. Why: the other words
    ("plan", "budget", "team") are shown in other senses often enough to be three of four; the hiring asked
    is still not there, so the ask is met in part at most."""
    return bool(_HIRING_NAMED.search(re.sub(r"\bnew\s+hires?\b", " ", text, flags=re.I))) and _no_hiring(
        corpus
    )


def _screening(req: Requirement, corpus: Corpus) -> Assessment | None:
    """Asks the screening facts answer, or a scope no wording can stretch to: relocating, and
    managing managers."""
    text = req.text
    if _RELOCATE.search(text):
        if home := presence.home_asked(text, corpus):
            return Assessment(req, MATCHED, 1.0, _evidence(corpus, home), ["the owner already lives there"])
        said = [n for n, s in enumerate(corpus.sentences) if _RELOCATE.search(s.text)]
        if not said:
            return (
                Assessment(
                    req,
                    PARTIAL if corpus.find("portfolio://faq#remote") else MISSING,
                    0.0,
                    [],
                    ["relocation is not discussed"],
                )
                if False
                else Assessment(
                    req, MISSING, 0.0, [], ["the portfolio does not say the owner would relocate"]
                )
            )
        refused = [n for n in said if _NO_RELOCATE.search(corpus.sentences[n].text)]
        # "not relocating outside the Netherlands" does not refuse a move to Amsterdam, a city she names
        asked_places = presence.places(text)
        if refused and asked_places:
            owner_said = [s.text for s in corpus.sentences if s.kind in ("faq", "basics")]
            named = set().union(*(presence.places(t) for t in owner_said))
            within = [
                m.group(1).casefold()
                for n in refused
                for m in re.finditer(
                    r"\boutside (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)?)", corpus.sentences[n].text
                )
            ]
            if asked_places <= named | set(within):
                return Assessment(
                    req, PARTIAL, 0.5, _evidence(corpus, refused), ["a move within the area the owner names"]
                )
        if refused:
            return Assessment(
                req,
                MISSING,
                0.0,
                [],
                ["the owner says they are not relocating: " + corpus.sentences[refused[0]].text[:160]],
            )
        # "relocation to the EU or Singapore": a move the owner offers, to the place asked
        offered = [
            n
            for n in said
            if corpus.sentences[n].kind in ("faq", "basics")
            and (at := _RELOCATE.search(corpus.sentences[n].text)) is not None
            and presence.move_reaches(text, corpus.sentences[n].text[at.start() :])
        ]
        if offered:
            return Assessment(req, MATCHED, 1.0, _evidence(corpus, offered), ["the owner names a move there"])
        return Assessment(
            req, PARTIAL, 0.5, _evidence(corpus, said), ["relocation: read the owner's own words"]
        )
    for check in (presence.travel, presence.office, presence.residence):
        verdict = check(text, corpus)
        if verdict is not None:
            status, numbers, why = verdict
            score = {MATCHED: 1.0, PARTIAL: 0.5, MISSING: 0.0}[status]
            return Assessment(req, status, score, _evidence(corpus, numbers), [why] if why else [])
    if _AUTH_ASKED.search(text):
        also = _AND_ALSO.search(text)
        if also is not None and _AUTH_ASKED.search(text[: also.start()]):
            # "authorized to work in Canada and have experience managing direct reports": two asks, each
            # judged on its own; the line is met only as far as both are
            auth = _work_authorization(replace(req, text=text[: also.start()]), corpus)
            other = assess_requirement(replace(req, text=also.group(1)), corpus)
            worst = auth if _worse(auth.status, other.status) == auth.status else other
            return Assessment(req, worst.status, min(auth.score, other.score), worst.evidence, worst.reasons)
        return _work_authorization(req, corpus)
    if _TZ_ASKED.search(text) or (zones(text) and re.search(r"\b(hours|time)\b", text, re.IGNORECASE)):
        return _time_zone(req, corpus)
    if _AVAIL_ASKED.search(text):
        # what the owner says of themselves: the FAQ, or the profile's own summary
        said = [
            n
            for n, s in enumerate(corpus.sentences)
            if _AVAIL_SAID.search(s.text)
            and (s.kind == "faq" or (s.kind == "basics" and _START_WITHIN.search(s.text)))
        ]
        if not said:
            return Assessment(req, MISSING, 0.0, [], ["availability and notice are not stated"])
        # "Available from March 2027" against "open to new roles starting from February 2027"
        asked_month = _month(text)
        dated = [(m, n) for n in said if (m := _month(corpus.sentences[n].text)) is not None]
        if asked_month is not None and dated:
            month, n = min(dated)
            if month <= asked_month:
                return Assessment(req, MATCHED, 1.0, _evidence(corpus, [n]), ["available by then"])
            return Assessment(req, PARTIAL, 0.5, _evidence(corpus, [n]), ["available later than asked"])
        asked = _weeks(text)
        notice = [(w, n) for n in said if _START_WITHIN.search(corpus.sentences[n].text)
                  for w in [_weeks(corpus.sentences[n].text)] if w is not None]  # fmt: skip
        if asked is not None and notice:
            weeks, n = min(notice)
            if weeks <= asked:
                return Assessment(
                    req, MATCHED, 1.0, _evidence(corpus, [n]), [f"notice of about {weeks:.0f} weeks"]
                )
        return Assessment(
            req, PARTIAL, 0.5, _evidence(corpus, said), ["compare these dates with the start asked"]
        )
    # Managing people (line management, reviews, reports) is its own job: leading or mentoring is not it.
    if (
        _PEOPLE_MGMT_ASKED.search(text)
        and not re.search(r"\d", text)
        and not _TEAM_OF.search(text)  # "a team of mobile engineers" names no size to count
    ) and not _people_managed(corpus):
        return Assessment(req, MISSING, 0.0, [], ["no people management (reports, reviews) in the portfolio"])
    if _MANAGERS_ASKED.search(text) and not _MANAGERS_OR.search(text):
        shown = [
            n
            for n, s in enumerate(corpus.sentences)
            if s.kind != "reference" and _MANAGERS_SHOWN.search(s.text)
        ]
        if not shown and (leads := _leads_managed(corpus)):
            if _LEADS_OR_MANAGERS.search(text):
                return None  # "managing managers or tech leads": leads managed are one of the two asked
            # "hired 8 people (two of them engineering leads)": a manager of leads, the rung below managers
            return Assessment(
                req, PARTIAL, 0.5, _evidence(corpus, leads[:1]), ["leads managed or hired, not managers"]
            )
        if not shown:
            return Assessment(req, MISSING, 0.0, [], ["no managers led or managed in the portfolio"])
    return None


def _words_terms(words: Sequence[str]) -> list[str]:
    """The terms of an alternative's words. Cut out of its sentence, an abbreviation in capitals ("CAN")
    would read as the stop word it spells; read inside a sentence, it is what it names (the vehicle bus)."""
    text = " ".join(words)
    return analyze(f"the {text}" if text.isupper() else text)


_LEVEL_ASKED = re.compile(
    r"\b(expert|advanced|proficient|master|mastery)\b(?! ?'?s\b)(?! of science| degree)", re.I
)


def _level_status(word: str, us: Sequence[Unit], corpus: Corpus) -> tuple[str, str]:
    """ "Expert in X": X must be listed at that level; elsewhere the level is not shown."""
    need = skill_level(word) or 3
    named = [u for u in us if u.named] or list(us)
    for u in named:
        terms = {t for a in u.alternatives for t in _words_terms(a) if t not in _WEAK}
        # a line that holds the whole name ("Node.js") speaks for it before one sharing a broader word of it
        # ("JavaScript" at Master is no Node.js at that level)
        whole = [
            lvl
            for entry, lvl, _ in corpus.skill_entries
            if lvl is not None
            and any(
                (alt := {t for t in _words_terms(a) if t not in _WEAK}) and alt <= entry
                for a in u.alternatives
            )
        ]
        levels = whole or [lvl for entry, lvl, _ in corpus.skill_entries if lvl is not None and terms & entry]
        if not levels or max(levels) < need:
            return PARTIAL, f"{word} level not shown for {' '.join(u.alternatives[0])}"
    return MATCHED, ""


# "3 years as a people manager", "as an engineering lead": a role, held in dated entries (their title or
# summary), not the career's length.
_ROLE_YEARS = re.compile(
    r"\bas (?:an? )?((?:[\w-]+ ){0,3}?(?:manager|lead|leader|director|head|founder|cto|ceo|vp|architect|"
    r"engineer|developer|scientist|consultant|teacher|instructor|researcher|analyst|designer))\b",
    re.IGNORECASE,
)


# A manager's or an executive's role opening the line, its years after it ("Engineering manager for 5+
# years"): years in the role, as "5+ years as an engineering manager" asks them, not the career's. (A
# maker's title, "Mobile engineer for 5+ years", names the field and leaves the career to count.)
_ROLE_FOR_YEARS = re.compile(
    r"^\s*(?:you\s+)?(?:(?:have\s+)?(?:been|worked|served)\s+)?(?:as\s+)?(?:an?\s+)?((?:[\w-]+ ){0,3}?(?:manager|director|"
    r"head|founder|cto|ceo|vp))\s+for\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?(?:\d{1,2}|[a-z]+)\s*\+?\s*"
    r"(?:or\s+more\s+)?(?:years?|yrs)\b",
    re.IGNORECASE,
)


# A years figure right before the role it is of ("including 3+ years | as an engineering manager").
# The years word may be left to the line's own figure ("10+ years in software, 3+ as a manager").
_YEARS_BEFORE_ROLE = re.compile(
    r"(\d{1,2}|[a-z]+)\s*\+?\s*(?:or more\s+)?(?:years?|yrs)(?:\s+of\s+experience)?\s*$"
    r"|(?:[,;]|\band\b|\bwith\b|\bincluding\b)\s*(?:at least\s+)?(\d{1,2})\s*\+?\s*"
    r"(?:of (?:them|those|which)\s+)?$",
    re.IGNORECASE,
)
# Some time in a role, with no figure of its own ("8+ years of experience, including time as a people
# manager"): the line's figure is of the career, and any dated time in the role shows the rest.
_SOME_TIME_BEFORE_ROLE = re.compile(
    r"\b(?:including|incl\.?|with|and)\s+(?:some\s+)?(?:time|experience|a stint)\s*$",
    re.IGNORECASE,
)


# Words that say which kind of role without naming a field ("a similar role", "a senior engineering role").
_AS_ROLE_NOT_TITLE = _WEAK_STOP | frozenset(analyze("hands-on"))
_ROLE_NOT_FIELD = _WEAK_STOP | frozenset(
    analyze(
        "similar relevant equivalent comparable same senior junior mid lead leading leadership "
        "technical engineering software full-time part-time permanent new current hands-on professional "
        "previous prior engineer individual contributor"
    )
)
_ROLE_IN = re.compile(r"\bin (?:an? |the )((?:[\w-]+ ){1,3}?)(?:role|position)\b", re.IGNORECASE)


def _equivalent_terms(alts: Sequence[frozenset[str]], *, whole: bool = False) -> list[frozenset[str]]:
    """The term sets of what shows each alternative (EKS for Kubernetes, event ingestion for event
    streaming); ``whole`` as ``_alternative_terms``."""
    out = []
    for a in alts:
        for key in {" ".join(sorted(a)), *a} if len(a) > 1 else a:
            out += [_alternative_terms((eq,), whole=whole) for eq in _EQUIV.get(key, ())]
    for phrase, eqs in _EQUIVALENT.items():  # multi-word topics ("event streaming") by their words
        if len(phrase.split()) > 1 and any(a == frozenset(analyze(phrase)) for a in alts):
            out += [_alternative_terms((e,), whole=whole) for e in eqs]
    return [t for t in out if t]


# A role asked as managing people ("3+ years as a people manager", "as a line manager"): any dated entry that
# shows people management counts, whatever its title calls it ("Engineering Manager", "Head of Data").
_PEOPLE_ROLE = re.compile(r"\b(?:people|line|engineering)[- ]manager\b", re.IGNORECASE)


# "10 years of experience leading security teams": years of leading a group, not of the field.
_YEARS_LEADING = re.compile(
    r"\byears?\b[^.;:]{0,30}?\b(?:leading|led)\s+(?:[\w-]+\s+){0,2}?(?:teams?|engineers|developers|people|"
    r"groups?|squads?|organi[sz]ations?|orgs?|departments?|researchers|scientists|analysts|designers)\b",
    re.IGNORECASE,
)


_GROUP_LEAD_TITLE = re.compile(r"\b(?:lead|leader|head|manager|director|supervisor|chief)\b", re.IGNORECASE)


def _leader_years(corpus: Corpus) -> tuple[float, int | None]:
    """Years of the dated entries whose passages show a group led or managed, or a lead role, overlaps
    counted once, and the first sentence of the earliest such entry."""
    # a founder of a one-person consultancy or a project's creator led no group: only a title that leads
    # people (lead, head, manager, director) counts without a group shown
    roles = [n for n in corpus.lead_roles if _GROUP_LEAD_TITLE.search(corpus.sentences[n].text)]
    shown = [n for _, n in corpus.people_led] + roles + _people_managed(corpus)
    uris = {corpus.sentences[n].uri for n in shown}
    return years_covered((s, e, n) for s, e, _, n in corpus.spans if corpus.sentences[n].uri in uris)


def _people_manager_years(corpus: Corpus, *, technical: bool = False) -> tuple[float, int | None]:
    """Years of the dated entries whose passages show people management (reports, line management),
    overlaps counted once, and the first sentence of the earliest such entry (``technical``: only entries
    whose group led is not called by a non-technical trade)."""
    return _years_of_entries(corpus, _people_manager_entries(corpus), technical=technical)


def _people_manager_entries(corpus: Corpus) -> set[str]:
    """The entries whose passages show people management (reports, line management, reviews)."""
    return {corpus.sentences[n].uri for n in _people_managed(corpus)}


def _titled_manager_entries(corpus: Corpus) -> set[str]:
    """The roles whose title names a manager's post (not a thing's manager) and whose passages show a group led."""
    led = {corpus.sentences[n].uri for _, n in corpus.people_led}
    return {
        corpus.sentences[i].uri
        for i, t in _titles(corpus)
        if _MANAGER_TITLE.search(t) and not _THING_MANAGER.search(t)
    } & led


def _years_of_entries(corpus: Corpus, uris: set[str], *, technical: bool) -> tuple[float, int | None]:
    """Years the dated entries ``uris`` cover, overlaps counted once, with the earliest one's first sentence
    (``technical``: without the entries whose group led is called by a non-technical trade)."""
    if technical:
        uris = uris - _non_technical_groups(corpus)
    return years_covered((s, e, n) for s, e, _, n in corpus.spans if corpus.sentences[n].uri in uris)


def _titled_manager_years(corpus: Corpus, *, technical: bool = False) -> tuple[float, int | None]:
    """Years of the dated roles whose title names a manager's post and whose passages show a group led,
    overlaps counted once, and the first sentence of the earliest such role (``technical`` as above)."""
    return _years_of_entries(corpus, _titled_manager_entries(corpus), technical=technical)


def _managing_years(corpus: Corpus, *, technical: bool = False) -> tuple[float, int | None]:
    """Years of the dated roles that managed people, either way it is shown: reports or reviews named
    (``_people_manager_years``), or a manager's title over a group led (``_titled_manager_years``), overlaps
    counted once. Why: a career changer's store manager of 22 and a later support lead with reports are
    both years of managing people; taking only the first kind found dropped the earlier trade's years."""
    uris = _people_manager_entries(corpus) | _titled_manager_entries(corpus)
    return _years_of_entries(corpus, uris, technical=technical)


# Technical people named as managed in an ask of years ("5+ years managing platform or infrastructure
# engineers"): years of managing receptionists are years of managing people, not engineers.
_YEARS_MANAGING_TECH = re.compile(
    r"\byears?\b[^.;:]{0,30}?\bmanag\w*\s+(?:[\w-]+\s+){0,3}?(?:engineers|developers|programmers|sres|"
    r"architects|testers)\b",
    re.IGNORECASE,
)


def _non_technical_groups(corpus: Corpus) -> set[str]:
    """Entries whose group led is called by a trade that is not technical ("a team of 14 receptionists and
    night auditors") and that name no technical people anywhere."""
    called = {
        s.uri
        for s in corpus.sentences
        if (m := _TEAM_CALLED.search(s.text)) and not _TECH_PEOPLE.search(f"2 {m.group(2)}")
    }
    technical = {s.uri for s in corpus.sentences if _TECH_NAMED.search(s.text)}
    return called - technical


_TECH_NAMED = re.compile(r"\b(?:engineers|developers|programmers|sres|architects|testers)\b", re.IGNORECASE)


# What opens the manner of the work after its years: "6+ years building iOS apps | in Swift".
_YEARS_MANNER = re.compile(r"\s(?:in|with|using)\s", re.IGNORECASE)


def _years_head_units(raw: str, bound: Sequence[Unit], corpus: Corpus) -> list[Unit]:
    """The units the years are of: "8 years of Android development with Kotlin" are years of Android
    work, Kotlin the way it was done. Why: an owner's platform years are dated by the roles that show the
    platform; a language is often named once per role, or only in a highlight. The manner only gives up
    its own years when a dated entry shows it in that very work (Kotlin in an Android role); the unit
    check still asks it to be shown. With no named thing before the manner ("5+ years of experience with
    Kotlin", "10+ years of systems programming in C++") the years stay of everything named."""
    head = years_head(raw)
    if head == raw.strip() or not _YEARS_MANNER.search(" " + raw + " "):
        return list(bound)
    low = head.casefold()
    heads = [u for u in bound if u.named and any(all(w.casefold() in low for w in a) for a in u.alternatives)]
    manner = [u for u in bound if u not in heads]
    if not heads or not manner:
        return list(bound)

    def terms(u: Unit) -> list[frozenset[str]]:
        alts = [
            frozenset(t for t in analyze(norm_text(" ".join(a), keep=False)) if t not in _WEAK)
            for a in u.alternatives
        ]
        alts = [a for a in alts if a]
        return [*alts, *_equivalent_terms(alts)]

    head_alts = [a for u in heads for a in terms(u)]
    for u in manner:
        mine = terms(u)
        together = any(
            any(h <= span for h in head_alts) and any(m <= span for m in mine)
            for _, _, span, _ in corpus.spans
        )
        if not together:
            return list(bound)
    return heads


def _with_unbranded(alternatives: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``alternatives`` and, after them, each one a vendor opens without its vendor ("Apache Kafka": Kafka)."""
    bare = [b for a in alternatives if (b := without_vendor(a)) is not None]
    return [*alternatives, *bare]


def _alternative_terms(words: Sequence[str], *, whole: bool) -> frozenset[str]:
    """The terms an alternative of a thing asked is dated by, its ad words left out ("Python experience").
    ``whole`` (a sector asked): a name of several words keeps them all, as "digital health" or "e-health"
    left without their weak "health" would date a digital agency or an e-bike start-up as healthcare."""
    every = frozenset(analyze(norm_text(" ".join(words), keep=False))) - _KIN_WORDS
    kept = frozenset(t for t in every if t not in _WEAK)
    return every if whole and kept and kept != every else kept


def _beside_a_named(
    alternatives: Sequence[Sequence[str]], terms: list[frozenset[str]]
) -> list[frozenset[str]]:
    """``terms`` of the alternatives, where one made only of ad words ("solutions engineering", "customer
    success") stands beside one that names a thing ("in pre-sales or solutions engineering") dated by all its
    words save how near it is ("a similar role"). Why: with no terms left it read as a field of work, and the
    whole career's years met "3+ years in pre-sales or solutions engineering" for a support lead."""
    if not any(t and not t <= _FIELD_TERMS for t in terms):
        return terms
    out = []
    for words, t in zip(alternatives, terms, strict=True):
        every = frozenset(analyze(norm_text(" ".join(words), keep=False))) - _KIN_WORDS - _NEARNESS
        out.append(t or (every if every - _FIELD_TERMS else t))
    return out


# How near the kind asked is ("in a similar or related role"): no thing named.
_NEARNESS = frozenset(
    normalize_token(w)
    for w in word_list(
        "similar related relevant equivalent comparable role roles position positions field area"
    )
)


# "adjacent backend roles", "comparable platform work": how near the kind asked is, no word of it to date.
_KIN_WORDS = frozenset(analyze("adjacent comparable neighbouring neighboring"))


# Words of a post-qualification ask that name no topic ("5+ years' post-qualification experience").
_PQE_FRAME = frozenset(
    analyze("years year post qualification qualified pqe experience since qualifying minimum least")
)


def _post_qualification(
    req: Requirement, status: str, need: int, corpus: Corpus
) -> tuple[str, int | None, str] | None:
    """Years since the owner qualified against the years asked after qualifying (``post_qualification``);
    None when no qualification is dated. An ask naming nothing else is met by the years alone; one naming
    more ("3+ years PQE in audit") keeps the status of what it names, partial at most when short."""
    now = max((e for _, e, _, _ in corpus.spans), default=None)
    since = qualified_since((n, s.kind, s.text) for n, s in enumerate(corpus.sentences))
    if now is None or since is None:
        return None
    have = now - since[0]
    rest = [t for t in analyze(norm_text(re.sub(r"\d+", " ", req.text), keep=False)) if t not in _PQE_FRAME]
    out = MATCHED if not rest else status
    if have < need:
        out = _worse(out, PARTIAL) if out != MISSING else MISSING
    return out, since[1], f"about {have:.0f} years since qualifying"


def _years_status(
    req: Requirement, us: Sequence[Unit], status: str, need: int, corpus: Corpus, checker: _Checker
) -> tuple[str, int | None, str]:
    """Years asked against the years shown (``_years_shown``); years of managing people with no one
    managed are partial at most: "5+ years managing security teams" is not met by twelve years of
    security work and a team led."""
    if asks_post_qualification(req.text) and (since := _post_qualification(req, status, need, corpus)):
        return since
    out, n, why = _years_shown(req, us, status, need, corpus, checker)
    if (
        out == MATCHED
        and (_YEARS_MANAGING.search(req.text) or management_years_asked(req.text))
        and _people_manager_years(corpus)[0] <= 0
        and _titled_manager_years(corpus)[0] <= 0
    ):
        return PARTIAL, n, f"{why}; no dated role managing people"
    return out, n, why


_INCLUDING = re.compile(r"\b(?:including|of which|with at least|incl\.?)\b", re.IGNORECASE)


def _years_shown(
    req: Requirement, us: Sequence[Unit], status: str, need: int, corpus: Corpus, checker: _Checker
) -> tuple[str, int | None, str]:
    """Years asked against the years shown: stated ("twelve years of backend"), from dated entries
    that mention the topic (a lower bound: less than asked is partial), or the career's length for a
    field of work ("10 years in software"); years "as a people manager" from the dated roles that say so."""
    role = _ROLE_YEARS.search(req.text) or _ROLE_FOR_YEARS.search(req.text)
    # "as a hands-on data engineer": how the role is done, no word of its title
    wanted = (
        frozenset(t for t in analyze(role.group(1)) if t not in _AS_ROLE_NOT_TITLE) if role else frozenset()
    )
    not_field: frozenset[str] = _WEAK_STOP
    titled_as = role is not None  # "as a data scientist": a title, not "in a developer relations role"
    if role:
        not_field = _AS_ROLE_NOT_TITLE
    else:
        not_field = _ROLE_NOT_FIELD
        # "2+ years in a developer relations role": the role's field, not a career's length; "in a
        # similar role", "in a senior role" name no field and leave the career to count
        role = _ROLE_IN.search(req.text)
        wanted = (
            frozenset(t for t in analyze(role.group(1)) if t not in _ROLE_NOT_FIELD) if role else frozenset()
        )
    managing = bool(_YEARS_MANAGING.search(req.text) or management_years_asked(req.text))
    have_mgmt, cite_mgmt = _managing_years(corpus) if managing else (0.0, None)
    if have_mgmt > 0 and _YEARS_MANAGING_TECH.search(req.text):
        # "5+ years managing infrastructure engineers": the years of a front office manager of 14
        # receptionists are years of managing people, not engineers
        tech = _managing_years(corpus, technical=True)
        if tech[0] <= 0:
            return (
                _worse(status, PARTIAL),
                cite_mgmt,
                f"about {have_mgmt:.0f} years managing people, not engineers",
            )
        have_mgmt, cite_mgmt = tech
    if have_mgmt > 0:
        # "5+ years managing data engineers": the years of the roles that managed people, not of data work
        figures = [f for m in _YEARS_REQ.finditer(req.text) if (f := _number(m.group(1)))]
        if len(figures) >= 2 and _INCLUDING.search(req.text):
            # "8+ years of software engineering, including 3+ years managing engineers": the career has
            # the first figure, the managing the one it includes
            if corpus.career_years < figures[0]:
                return _worse(status, PARTIAL), None, f"about {corpus.career_years:.0f} years of work shown"
            need = figures[-1]
        if have_mgmt < need:
            return _worse(status, PARTIAL), cite_mgmt, f"about {have_mgmt:.0f} years managing people"
        return (
            (MATCHED if status != MISSING else PARTIAL),
            cite_mgmt,
            f"about {have_mgmt:.0f} years managing people",
        )
    if _YEARS_LEADING.search(req.text) and not managing:
        have_lead, cite_lead = _leader_years(corpus)
        if have_lead < need:  # the field's years are not years of leading in it
            why = (
                f"about {have_lead:.0f} years leading a group"
                if have_lead > 0
                else "no dated role leading a group"
            )
            return (_worse(status, PARTIAL) if status != MISSING else MISSING), cite_lead, why
    if role and wanted:
        # "10+ years in software, including 3+ years as an engineering manager": the role has its own figure
        before_role = req.text[: role.start()]
        own_years = _YEARS_BEFORE_ROLE.search(before_role)
        n_own = None
        if own_years and own_years.start() > 0:
            n_own = _number(own_years.group(1) or own_years.group(2))
        elif _SOME_TIME_BEFORE_ROLE.search(before_role) and _YEARS_REQ.search(before_role):
            n_own = 1  # "including time as a people manager": some time in the role, a year at least
        if n_own is not None and n_own < need:
            career = corpus.career_years
            if career < need:  # the figure of the whole line is of the career, counted apart
                return _worse(status, PARTIAL), None, f"about {career:.0f} years of work shown"
            need = n_own
        people = _PEOPLE_ROLE.search(role.group(1))
        have_role, cite_role = (
            _people_manager_years(corpus)
            if people
            else corpus.years_with(role_alternatives(role.group(1), not_field))
        )
        if have_role <= 0:
            # the work of a title shown without the title ("as a data scientist" against models built as a
            # backend engineer) is related evidence; managing people never done, or a role's field, is none
            held = PARTIAL if titled_as and not people and status == MATCHED else MISSING
            return held, None, f"no dated role as {role.group(1)}"
        if have_role < need:
            return _worse(status, PARTIAL), cite_role, f"about {have_role:.0f} years as {role.group(1)}"
        if people:  # the years of managing people are shown; a named thing not shown leaves it partial
            return (
                (MATCHED if status != MISSING else PARTIAL),
                cite_role,
                f"about {have_role:.0f} years managing people",
            )
    elif (
        (in_role := asked_role(req.text, _WEAK_STOP))
        and not any(a <= _FIELD_TERMS for a in in_role)  # "in DevOps or infrastructure roles": a field
        and corpus.years_with(in_role)[0] <= 0
    ):
        return MISSING, None, "no dated role of the kind asked"  # "2+ years in a developer relations role"
    topic_units = [u for u in us if u.named] or list(us)
    years_at = _YEARS_REQ.search(req.text)
    if years_at:
        # "8+ years of backend experience and have been a technical lead": the years are of what
        # follows them up to the next clause, not of everything the requirement names.
        raw = _YEARS_PHRASE_END.split(req.text[years_at.end() :], maxsplit=1)[0]
        if not re.search(r"[a-z]", raw, re.IGNORECASE):
            # "You've been building for iOS for 8+ years and know SwiftUI": the years close their clause,
            # and are of what the clause names before them
            before = req.text[: years_at.start()]
            raw = before[m.end() :] if (m := _CLAUSE_START.match(before)) else before
        phrase = (raw + " " + norm_text(raw, keep=False)).casefold()  # "productmanagement" too
        bound = [u for u in us if any(all(w.casefold() in phrase for w in a) for a in u.alternatives)]
        if phrase.strip() and re.search(r"[a-z]", phrase):
            topic_units = [u for u in bound if u.named] or bound
            topic_units = _years_head_units(raw, topic_units, corpus)
    # "8+ years building data-intensive backend systems": how big or how good is not what the years are of
    topic_units = [u for u in topic_units if not _hyphen_qualifier(u)]
    # "5+ years with Apache Kafka": the roles that write Kafka date it, the vendor's name or not
    sector = sector_years_asked(req.text)  # "5+ years in payments": years of jobs held in it
    alt_terms = []
    for u in topic_units:
        named = _with_unbranded(pair_parts(u.alternatives, lambda w: w.casefold() in _EQUIVALENT))
        alt_terms.append(_beside_a_named(named, [_alternative_terms(a, whole=sector) for a in named]))
    # "in SRE or platform roles": an alternative in ad words only names a field of work, so the career counts
    topical = [alts for alts in alt_terms if all(alts) and any(not a <= _FIELD_TERMS for a in alts)]
    # years of Kubernetes count the role that ran EKS: a topic's equivalents date it too
    topical = [[*alts, *_equivalent_terms(alts, whole=sector)] for alts in topical]
    industry = industry_asked(req.text)  # "7+ years of industry experience": not the PhD's years
    career = corpus.industry_years if industry else corpus.career_years
    if not topical:
        have = career
        if building_years_asked(req.text) and corpus.building_years < have:
            # "5+ years of software engineering": the roles that built software, not a product owner's years
            have = corpus.building_years
            if have <= 0:
                return MISSING, None, "no dated role building software"
        q = _quantity(have, need, CAREER_PARTIAL_SHARE)
        n = corpus.find("portfolio://profile#work/")
        if status == MISSING and q != MISSING:
            status = q
        return _worse(status, q) if status != MISSING else MISSING, n, f"about {have:.0f} years of work shown"
    # Each thing asked needs its own years: from the dated entries that show it, or a sentence stating
    # years of it ("six years of Kubernetes"); "ten years of apps for iPhone and Android" states neither.
    per_unit: list[tuple[float, int | None]] = []
    at_work = bool(_YEARS_AT_WORK.search(req.text))  # "professional embedded C": years of jobs only
    asked = {a for alts in alt_terms for a in alts}  # a role's bullets date the thing asked, not its kin
    field_work = field_work_terms(req.text)  # "8+ years of claims handling": not the claims software's years
    for alts in topical:
        # years of Swift count the roles that built in SwiftUI: a framework written only in the language
        own = written_in(alts)
        # a skill no dated entry names (BIM) is dated by the named things the owner lists under it (Revit API,
        # IFC); one an entry names is dated by its own name alone (machine learning, not every PyTorch year)
        filed = (
            [kw for a in alts for kw in corpus.skill_keywords.get(a, ())]
            if corpus.years_with([*alts, *own])[0] <= 0
            else []
        )
        dated = corpus.years_with(
            [*alts, *own, *filed],
            named=[*(a for a in alts if a in asked), *own, *filed],
            at_work=at_work,
            industry=industry,
            sector=sector,
            built=bool(BUILDING_ASKED.search(req.text)),
            beside=[other for other in topical if other is not alts],
            field_work=field_work if any(a & field_work for a in alts) else frozenset(),
        )
        if any(a <= _FIELD_TERMS for a in alts) and career > dated[0]:
            # "7 years in DevOps or infrastructure": one alternative is a field of work, which the
            # career's years show
            dated = (
                career,
                dated[1] if dated[1] is not None else corpus.find("portfolio://profile#work/"),
            )
        said = max(
            (
                (float(y), n)
                for y, terms, n in corpus.stated_years
                if any(a <= terms for a in alts) and (not sector or terms <= frozenset().union(*alts))
            ),
            default=(0.0, None),
        )
        if industry:
            said = (0.0, None)  # "ten years of machine learning" said of a career that began in a lab
        per_unit.append(said if said[0] > dated[0] and said[1] is not None else dated)
    have = min(y for y, _ in per_unit)
    cite = next((n for _, n in per_unit if n is not None), None)
    if have >= need:
        return status, cite, f"about {have:.0f} years shown"
    if have <= 0:
        return (_worse(status, PARTIAL) if status != MISSING else MISSING), cite, "years not shown for this"
    shown = f"{have:.1f}" if round(have) >= need else f"{have:.0f}"  # 7.8 of 8 is not "about 8"
    return (_worse(status, PARTIAL) if status != MISSING else MISSING), cite, f"about {shown} years shown"


# Years asked of paid work ("3+ years of professional embedded C development", "commercial Go").
_YEARS_AT_WORK = re.compile(r"\b(?:professional(?:ly)?|commercial(?:ly)?|paid)\b", re.IGNORECASE)


# "a team of 3+ mobile engineers": the kind of people counted, between the number and the people noun.
_PEOPLE_KIND = re.compile(
    NUMBER + r"\s*\+?\s*(?:or more\s+)?([a-z][\w-]+)\s+(?:engineers|developers|people|staff|members)\b",
    re.IGNORECASE,
)


# People of another role than engineers, counted: "5 data scientists", "6 designers", "4 researchers".
_OTHER_ROLE = re.compile(
    NUMBER + r"\s*\+?\s*(?:or more\s+)?(?:[a-z][\w-]*\s+)?(scientists|designers|analysts|researchers)\b",
    re.IGNORECASE,
)


# People of a technical trade counted in an ask ("8+ engineers"), and what a group led is called after its
# count ("a team of 14 receptionists and night auditors").
_TECH_PEOPLE = re.compile(
    NUMBER + r"\s*\+?\s*(?:or more\s+)?(?:[\w-]+\s+){0,2}?(engineers|developers|programmers|scientists|sres|"
    r"architects|analysts|designers|testers)\b",
    re.IGNORECASE,
)
# A lead of technical people asked by the lead's kind, not the people's ("Tech lead of a team of 10+").
_TECH_LEAD = re.compile(
    r"\b(?:tech(?:nical)?|engineering|software|development)[\s-]+(?:team[\s-]+)?lead", re.I
)
# A group led called by what its people are ("a team of 14 receptionists"), also when the group is a
# workplace's ("a store of 22 staff", "a kitchen of 9 cooks"): a store manager's staff are not engineers.
# ("crews of up to 12 electricians": the crews one runs in turn, by the largest)
_TEAM_CALLED = re.compile(
    r"\b(?:team|store|shop|restaurant|kitchen|branch|crew|ward)s?\s+of\s+(?:up\s+to\s+)?"
    + NUMBER
    + r"\s+([a-z][\w-]*s|staff)\b",
    re.IGNORECASE,
)


def _people_kind_not_shown(req_text: str, led: str, need: int) -> str | None:
    """The kind of people asked ("mobile" of "3+ mobile engineers") when the sentence showing the group led
    counts fewer of that kind ("a team of six engineers (four web, two mobile)")."""
    asked = _TECH_PEOPLE.search(req_text)
    called = _TEAM_CALLED.search(led)
    if (asked or _TECH_LEAD.search(req_text)) and called and not _TECH_PEOPLE.search(f"2 {called.group(2)}"):
        # "a team of 8+ engineers", "Tech lead of a team of 10+" against a team of 14 receptionists led
        return asked.group(2) if asked else "engineers"
    role = _OTHER_ROLE.search(req_text)
    # "3+ researchers" against "the four-person research team": a team named by their work is of them
    work = re.sub(r"(?:ers|ists)$", "", role.group(2)) if role else ""
    if (
        role
        and not re.search(rf"\b{re.escape(role.group(2).rstrip('s'))}", led, re.IGNORECASE)
        and not re.search(rf"\b{re.escape(work)}\w*\s+(?:[\w-]+\s+)?teams?\b", led, re.IGNORECASE)
    ):
        return role.group(2)  # "a team of 5 data scientists" against a team of nine engineers
    m = _PEOPLE_KIND.search(req_text)
    if not m or normalize_token(m.group(2)) in _WEAK or m.group(2).casefold() in ("more", "other"):
        return None
    kind = m.group(2)
    counted = [
        v
        for c in re.finditer(NUMBER + r"\s+(?:[\w-]+\s+)?" + re.escape(kind) + r"\b", led, re.IGNORECASE)
        if (v := number_value(c.group(1))) is not None
    ]
    # a sentence that counts no such people ("a team of nine") leaves the kind to the owner's field of work
    return kind if counted and max(counted) < need else None


_MULTIPLIER = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9}
# Counts written as words ("five product teams", "two new platform teams") are counts too; "one" is not
# (it is more often "one of", "one week per quarter" than a count to compare).
_COUNT_WORDS = word_list(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty"
)
_NUMBER_AT = re.compile(
    # "24/7" counts nothing, nor does the 1 of "N+1 queries"
    # a bound may say its figure with an article ("within a 300 ms latency budget", "under a 2 s page load")
    r"(?:\b(under|below|less than|within|at most|no more than|sub)\s+(?:an?\s+)?)?(?<![\w./])(?<![A-Za-z]\+)"
    r"(\d[\d,]*(?:\.\d+)?|(?i:" + "|".join(_COUNT_WORDS) + r")\b)(?![\d.]*\d)(?!/\d)"
    r"\s*(k|thousand|mn|m|million|b|billion)?\b\s*\+?\s*(?:or more\s+)?",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"^\s*(?:per|a|an|/|each|every)\s*(second|sec|s|minute|min|hour|h|day|week|month|year)\b", re.I
)
_RATE_NAMES = {"sec": "second", "s": "second", "min": "minute", "h": "hour"}
# Counted elsewhere (years, people led) or not a measure of the owner's work.
_NOT_MEASURES = frozenset(
    word_list(
        "year yr month week day engineer people person developer report member staff employee manager time "
        "way step thing more less other percent"
    )
)
_TIME_UNITS = frozenset(word_list("ms millisecond second sec minute min hour"))
_TEAM_STEMS = frozenset(("team", "squad"))
_PEOPLE_COUNTED = re.compile(
    # "5 data engineers", "7 web and mobile engineers"
    r"(?:[\w-]+\s+){0,3}?(?:engineers|people|persons|developers|reports|members|staff|employees|managers|"
    r"scientists|designers|analysts|researchers)\b",
    re.IGNORECASE,
)


def _count(written: str) -> float:
    """ "35,000" or "five" as a number."""
    value = number_value(written)
    return float(value) if value is not None else float(written.replace(",", ""))


def _stem(word: str) -> str:
    """A plain singular: "events" -> "event", "ms" stays "ms" (the search analyser's synonyms would
    turn "ms" into a degree)."""
    w = word.casefold()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _rate(rest: str) -> str | None:
    m = _RATE.match(rest)
    return _RATE_NAMES.get(m.group(1).casefold(), m.group(1).casefold()) if m else None


# A standard or specification named by a number: the body's acronym (or a version mark) right before it.
_STANDARD_BEFORE = re.compile(r"(?:\b(?:[A-Z]{2,6}(?:/[A-Z]{2,6})?|[Vv]ersion|[Vv])[ -]?)$")


# A plural noun right after the word that follows a count: the thing counted, the word before it says which
# kind ("two backend teams"); not a word of another phrase ("3 years Python").
# A plural noun then "and"/"or" names things counted together ("two backend services and APIs"), unless what
# follows opens another phrase ("two backend teams and their leads": the teams are counted).
_COUNTED_HEAD = re.compile(
    r"\s+([a-z][a-z-]*[a-rt-z]s)\b(?!\s*(?:and|or)\b(?!\s+(?:their|the|its|our|your|his|her)\b))"
)


def _measures(
    req_text: str, sizes: bool = True
) -> list[tuple[str | None, float, list[str], str | None, str]]:
    """The quantities a requirement states with what they count: (direction, value, unit stems, rate,
    as written). "10,000+ requests or events per second" -> (None, 10000, [request, event], second);
    "under 200 ms" -> ("under", 200, [ms], None); a size in words is its figure ("millions of users")."""
    req_text = sizes_as_figures(req_text) if sizes else req_text
    req_text = citations_as_counted(req_text)  # "cited 1,000+ times": the citations counted
    out = []
    for m in _NUMBER_AT.finditer(req_text):
        if _STANDARD_BEFORE.search(req_text[: m.start(2)]):
            # "ISO 27001 compliance", "WCAG 2.2": the number names a standard, it counts nothing (in "MTTR
            # under 10 minutes" the acronym is what is bounded, not the number's name)
            continue
        direction, num, mult = m.group(1), m.group(2), m.group(3)
        rest = req_text[m.end() :]
        # "two new platform teams": an adjective of size or novelty before the thing counted is not it
        words = re.match(
            r"((?:[A-Z][\w-]*\s+)?(?:(?:new|more|other|different|separate|large|small|major|big)\s+)?)"
            # the thing counted, or its acronym in the plural ("500+ Airflow DAGs", "20+ CVEs"; not "4.0 GPA")
            r"([a-z][a-z-]*|[A-Z]{2,}s\b)(?:\s+or\s+([a-z][a-z-]+))?",
            rest,
        )
        if not words or _PEOPLE_COUNTED.match(rest):
            continue  # "a team of 5 data engineers": people, counted by the size of the group led
        counted = words.group(2)
        head = _COUNTED_HEAD.match(rest[words.end() :]) if words.group(3) is None else None
        if head is not None and counted.casefold() in _MULTIPLIER and mult is None:
            mult, counted = counted, head.group(1)  # "5+ million downloads": five million downloads
        elif head is not None and not counted.casefold().endswith("s") and counted not in _STOP_WORDS_SET:
            # "two backend teams", "500 dbt models": the plural noun is what is counted
            counted = head.group(1)
        stems = [_stem(u) for u in (counted, words.group(3)) if u]
        if (
            stems[0] in _NOT_MEASURES
            or words.group(2) in _STOP_WORDS_SET
            or (stems[0] in _TIME_UNITS and not direction)
        ):
            continue  # years and people are checked on their own; "15 minutes" alone is not a bound
        value = _count(num) * _MULTIPLIER.get((mult or "").casefold(), 1.0)
        rate = _rate(rest[words.end() :])
        out.append((direction, value, stems, rate, (m.group(0) + words.group(0)).strip()))
    return out


def _figures(corpus: Corpus, stems: Sequence[str], rate: str | None) -> list[tuple[float, int]]:
    """(value, sentence) for every figure the content gives of ``stems`` (at the same rate, if one); a
    duration asked also counts durations written in another unit, converted."""
    have = []
    asked_seconds = next((v for u in stems if (v := seconds_per(u)) is not None), None)
    for n, s in enumerate(corpus.sentences):
        text = citations_as_counted(s.text)
        for m in _NUMBER_AT.finditer(text):
            rest = text[m.end() :]
            # the thing counted comes right after the number ("35,000 events"), or after one name or noun
            # saying which ("600 GitHub stars", "22,000 payment events"): in "2.4 s to 180 ms" the 2.4 is
            # not milliseconds
            words = re.match(r"((?:[A-Za-z][\w-]*\s+)?)([A-Za-z][\w-]*)", rest)
            hit = None
            if words:
                first = re.match(r"[A-Za-z][\w-]*", rest)
                hit = next(
                    (
                        w
                        for w in (first, words)
                        if w is not None and _stem(w.group(w.lastindex or 0)) in stems
                    ),
                    None,
                )
            scale = 1.0
            if hit is None and words and asked_seconds and m.group(3) is None:
                # "90 seconds" for "under two minutes": a duration in another unit, converted
                own = seconds_per(_stem(first.group(0))) if first is not None else None
                if own is not None:
                    hit, scale = first, own / asked_seconds
            if hit is None or (rate and _rate(rest[hit.end() :]) != rate):
                continue
            have.append((_count(m.group(2)) * _MULTIPLIER.get((m.group(3) or "").casefold(), 1.0) * scale, n))
        # "across the Munich and Brno sites": places named before their noun are counted by their names
        for m in _NAMED_PLACES.finditer(s.text):
            if _stem(m.group(2)) in stems:
                have.append((float(len(re.findall(r"[A-Z][\w-]+", m.group(1)))), n))
    return have


# Two or more capitalised names joined by "and" before a noun of places ("the Munich and Brno sites",
# "our Lisbon, Porto and Braga offices"): as many places as names.
_NAMED_PLACES = re.compile(
    r"\b((?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+\s+and\s+[A-Z][\w-]+)\s+"
    r"(sites|offices|locations|campuses|plants|factories|studios|hubs|labs|countries|cities)\b"
)


def _figure_terms(corpus: Corpus, n: int, stems: Sequence[str]) -> frozenset[str]:
    """The words a figure is read with: its sentence, and the entry's heading for what counts the entry
    as a whole ("1,900 GitHub stars" under an open-source project's heading are the project's)."""
    return with_heading(corpus, n) if set(stems) & ENTRY_COUNTS else corpus.sentences[n].terms


_CITATION = "citation"


def _quantity_shown(req_text: str, corpus: Corpus) -> tuple[str, int | None, str] | None:
    """A stated quantity checked against the figures the content gives for the same thing: "100,000+
    events per second" needs events per second at least that many ("35,000 events per second" is
    fewer; "1.9 billion events" is a total, not a rate), "under 100 ms" a figure at most that. None
    when the requirement states no such quantity."""
    req_text = citations_as_counted(req_text)
    asked = _measures(req_text)
    if not asked:
        return None
    # a size in words ("millions of records") is vague about what it counts: held short only by a smaller
    # figure of the same thing, not for want of one ("4 million transactions" may be the records asked)
    in_digits = {written for *_, written in _measures(req_text, sizes=False)}
    worst: tuple[str, int | None, str] = (MATCHED, None, "")
    unit_terms = {t for _, _, stems, _, _ in asked for u in stems for t in analyze(u)}
    # the figures themselves ("1M+", "10k", "1 billion+") are what is compared, not words a sentence of
    # the same thing shares; nor is the rate's unit however written ("/sec", "per second")
    unit_terms |= {t for *_, written in asked for t in analyze(written)}
    unit_terms |= {
        t
        for _, _, _, rate, _ in asked
        if rate
        for w in (rate, *(short for short, name in _RATE_NAMES.items() if name == rate))
        for t in analyze(w)
    }
    topic = {t for t in _terms(req_text) if t not in unit_terms}
    # the technologies the ask names ("Kafka"): a sentence naming them all is of the same thing, whatever
    # words of the ask's own it leaves out ("event streaming ... or similar")
    named_topic = {t for t in topic if t in TECH_WORDS}
    for direction, need, stems, rate, written in asked:
        # a figure of the same thing: in a sentence with half the requirement's words ("p99 latency")
        share = -(-len(topic) // 2)  # half the requirement's words, rounded up
        teams_led = bool(_TEAM_STEMS & set(stems)) and (
            leads_teams(req_text) or teams_count_led_asked(req_text)
        )
        have = [
            (v, n)
            for v, n in _figures(corpus, stems, rate)
            # "Lead two backend teams": the teams a sentence leads, not the teams a tool was used by
            if (
                leads_teams(corpus.sentences[n].text)
                if teams_led
                # citations are of the owner's publications, whatever words ("research", "papers") say so
                else _CITATION in stems
                or len(topic & _figure_terms(corpus, n, stems)) >= share
                or (bool(named_topic) and named_topic <= _figure_terms(corpus, n, stems))
            )
        ]
        verdict: tuple[str, int | None, str]
        if not have and written not in in_digits:
            verdict = (MATCHED, None, "")
        elif not have:
            verdict = (PARTIAL, None, f"{written}: no such figure in the portfolio")
        elif direction:
            v, n = min(have)
            verdict = (MATCHED, n, "") if v <= need else (PARTIAL, n, f"{written}: best shown {v:,.0f}")
        else:
            v, n = max(have)
            # "5 first-author papers" against "9 papers, 3 as first author": the count of the kind asked
            of_kind = [
                (c, k) for _, k in have for c in qualified_counts(written, stems, corpus.sentences[k].text)
            ]
            if v >= need and of_kind and max(of_kind)[0] < need:
                v, n = max(of_kind)
            verdict = (MATCHED, n, "") if v >= need else (PARTIAL, n, f"{written}: largest shown {v:,.0f}")
        if verdict[0] != MATCHED or (worst[0] == MATCHED and worst[1] is None):
            worst = verdict  # the first shortfall, else the first figure that shows it
    return worst


# The verbs of a change ("cut", "reduced", "raised by"): every figure of a change shares them.
_CHANGE_TERMS = frozenset(
    t
    for w in word_list(
        "cut cuts cutting reduce reduced reducing lower lowered decrease decreased improve improved increase "
        "increased raise raised grow grew boost boosted save saved shrink shrank drop dropped bring brought"
    )
    for t in analyze(w)
) | {"measured_result"}  # the analyser's mark for any figure of a result


def _percent_status(req_text: str, corpus: Corpus) -> tuple[str, int | None, str] | None:
    """A percentage asked ("by at least 50%", "99.99% availability") against the percentages the
    content gives in passages of the same thing (half the ask's words): matched when one reaches it,
    partial when all fall short or none is given. None when no percentage is asked."""
    asked = percent_asks(req_text)
    if not asked:
        return None
    topic = set(_terms(req_text)) - _CHANGE_TERMS  # what changed, not that it changed
    share = -(-len(topic) // 2)
    checker = _Checker(corpus, req_text)
    money = bool(topic & MONEY_TERMS)
    votes: dict[int, int] = {}
    for t in topic:  # a term or its equivalents ("cloud costs" ~ "the AWS bill")
        said = set(checker.credit(t)[1])
        if t in MONEY_TERMS:  # "warehouse costs" ~ "the BigQuery bill", "cloud spend"
            said |= {n for m in MONEY_TERMS for n in corpus.terms.get(m, ())}
        for n in said:
            votes[n] = votes.get(n, 0) + 1
    near = [n for n, k in votes.items() if k >= share and corpus.sentences[n].kind != "reference"]
    if money and (of_cost := [n for n in near if of_money(corpus.sentences[n].text)]):
        near = of_cost  # a change of money asked: the changes of money shown, not a count cut beside them
    if not topic:
        # "Reduced pages by 90% or more": every word of what changed is ad wording the index leaves out;
        # the figure is still asked, so each change the content states is compared with it
        near = [
            n for n, s in enumerate(corpus.sentences) if s.kind != "reference" and s.terms & _CHANGE_TERMS
        ]
    worst: tuple[str, int | None, str] = (MATCHED, None, "")
    for ask in asked:
        have = [
            (v, n)
            for n in near
            for v in percents_shown(corpus.sentences[n].text, money=money)[0 if ask.change else 1]
        ]
        if not have:
            if not ask.change and not ask.at_most:
                # "99.99% availability": a level to hold, and no figure of it shown - the thing is not
                # shown at that level ("available for interviews" shares its words, not its figure)
                return PARTIAL, None, f"{ask.written}: no such figure in the portfolio"
            continue  # no figure of the same thing to compare: the words shown decide
        if ask.at_most:
            v, n = min(have)
            ok = v <= ask.value + 1e-9
        else:
            v, n = max(have)
            ok = v >= ask.value - 1e-9
        if not ok:
            return PARTIAL, n, f"{ask.written}: best shown {round(v, 1 if v < 99 else 3):g}%"
        if worst[1] is None:
            worst = (MATCHED, n, "")
    return worst


def _money_status(req_text: str, need: float, checker: _Checker) -> tuple[str, int | None, str]:
    """An amount of money asked against the largest the content states of the same thing (a sentence
    holding half the requirement's words): less is partial, none stated too;
    the thing the amount is of (a budget) shown nowhere, not even by a related thing, is missing."""
    corpus = checker.corpus
    topic = {t for t in _terms(re.sub(r"[€$£]\S*|\b(?:EUR|USD|GBP|CHF)\b", " ", req_text)) if t.isalpha()}
    thing = measured_thing(req_text)
    if thing and not any(checker.credit(t)[0] > 0 for t in analyze(thing) if t not in _WEAK_STOP):
        return MISSING, None, f"no {thing} shown"  # "a security budget of EUR 2M+" where no budget is
    share = -(-len(topic) // 2)
    have = amounts_shown(
        [s.text for s in corpus.sentences], lambda n: len(_topic_held(topic, corpus.sentences[n])) >= share
    )
    if not have:
        return PARTIAL, None, "no amount stated for it"
    value, n = max(have)
    if value >= need:
        return MATCHED, n, f"largest amount stated: {value:,.0f}"
    return PARTIAL, n, f"largest amount stated: {value:,.0f}"


# The words an initialism is written out in ("arr": "annual recurring revenue"), from the vocabulary's concepts.
_SPELLED_OUT: dict[str, tuple[str, ...]] = {}
for _words, _initials in ABBREVIATIONS.items():
    _SPELLED_OUT[_initials] = (*_SPELLED_OUT.get(_initials, ()), _words)


def _topic_held(topic: set[str], sentence: Sentence) -> set[str]:
    """The terms of ``topic`` a sentence holds, an initialism also when written out ("EUR 5M+ ARR" against
    "EUR 3.1 million in annual recurring revenue"): the amount is of the same thing either way."""
    text = sentence.text.casefold()
    return {t for t in topic if t in sentence.terms or any(w in text for w in _SPELLED_OUT.get(t, ()))}


_FIGURE_WORD = re.compile(r"[\d.,]+[kmb]?\+?|(?:k|thousand|mn|m|million|b|bn|billion)\+?", re.IGNORECASE)


def _without_figures(us: Sequence[Unit], req_text: str) -> list[Unit]:
    """The units without the figures the quantity check reads ("10k+" in "Kafka at 10k+ events/s", "1M+" in
    "apps with 1M+ downloads"): a figure is a number to compare with the content's own figures of the same
    thing (``_quantity_shown``), not a name the content must write, so "not shown: 10k+" never holds a met
    requirement at partial. A figure the check cannot read stays a unit."""
    # the number and its multiplier ("5 million+ downloads"): both are the figure
    # a duration's short unit too ("under 300 ms"): the quantity check reads it, and "ms" alone reads as a degree
    figures = {
        w
        for *_, written in _measures(req_text)
        for w in written.split()
        if _FIGURE_WORD.fullmatch(w) or (len(w) <= 4 and seconds_per(w.casefold()) is not None)
    }
    counts = _count_words_read(req_text)
    if not figures and not counts:
        return list(us)
    if sizes_as_figures(req_text) != req_text:
        figures |= SIZE_WORDS  # "tens of thousands of events": the words were the figure
    out: list[Unit] = []
    for u in us:
        alts = tuple(
            kept
            for alt in u.alternatives
            if (kept := tuple(w for w in alt if w not in figures and w.casefold() not in counts))
        )
        if alts:
            out.append(u if alts == u.alternatives else Unit(alts, u.named))
    return out


# The first end of a range of counts in words ("six to eight engineers", "five or six years").
_RANGE_START = re.compile(NUMBER + r"\s*(?:to|-|\u2013|or)\s*$", re.IGNORECASE)


def _count_words_read(req_text: str) -> frozenset[str]:
    """The number words (casefolded) that the size and years checks read as figures ("a team of six",
    "ten engineers", "Five years' experience", both ends of "six to eight engineers"). Why: a count in
    digits is never a word to show, but "six" was a plain word the content had to write, so an owner who
    led a team of 9 was "not shown: six"; the figure itself is still compared (``_PEOPLE_REQ``, ``_TEAM_OF``,
    ``_YEARS_REQ``)."""
    out: set[str] = set()
    for pattern in (_TEAM_OF, _PEOPLE_REQ, _YEARS_REQ):
        for m in pattern.finditer(req_text):
            word = m.group(1)
            if word.isdigit() or number_value(word) is None:
                continue
            out.add(word.casefold())
            if start := _RANGE_START.search(req_text[: m.start(1)]):
                out.add(start.group(1).casefold())
    return frozenset(w for words in out for w in words.split())


_MENTOR = re.compile(r"\b(mentor\w*|coach\w*)\b", re.IGNORECASE)
_RUNG_WORDS = re.compile(r"\b(senior|staff|principal)\b", re.IGNORECASE)


def _mentee_rung_not_shown(text: str, corpus: Corpus) -> str | None:
    """ "Mentor senior engineers to staff level": the rungs asked must be named where the owner mentors
    ("Mentored five engineers, two of whom were promoted to senior" shows senior, not staff)."""
    if not _MENTOR.search(text):
        return None
    asked = {m.casefold() for m in _RUNG_WORDS.findall(text)}
    if not asked:
        return None
    said = [s.text.casefold() for s in corpus.sentences if s.kind != "reference" and _MENTOR.search(s.text)]
    missing = sorted(r for r in asked if not any(re.search(rf"\b{r}\b", t) for t in said))
    return " and ".join(missing) or None


_CONCEPT_PHRASES = frozenset(k.casefold() for k in _EQUIVALENT if " " in k)


_ABBREVIATED = [
    (
        re.compile(r"\b" + r"[\s-]+".join(map(re.escape, phrase.split())) + r"s?\b", re.IGNORECASE),
        short.upper(),
    )
    for phrase, short in ABBREVIATIONS.items()
]


# How well, said as an idiom ("knows MPEG inside out", "the ins and outs of Kafka", "like the back of your
# hand"): praise, whose words ("inside", "hand") are no thing to show.
# "leading a small team": the least size a team has, no word to show (a team of a size asked is counted apart)
_SMALL_GROUP = re.compile(r"\bsmall(?=\s+(?:[\w-]+\s+)?(?:teams?|groups?|squads?)\b(?!['’]s))", re.IGNORECASE)


_IDIOMS = re.compile(
    r"\b(?:inside[- ]out|the ins and outs of|ins and outs|like the back of (?:your|their|my) hand|"
    r"back to front|front to back|"
    # "you know your way around video compression", "finds her way around a codebase": familiarity with it
    r"(?:know|knows|knew|knowing|find|finds|finding)\s+(?:your|their|his|her|one['’]s|my|our)\s+way\s+(?:around|round)|"
    # "fine-tune models for production use cases": what the work is for, said as the ad's scaffolding
    r"use[- ]cases?|"
    # "you have carried a pager": been on call; the pager is what is shown, the carrying is the idiom
    r"carr(?:y|ies|ied|ying)(?=\s+(?:a|the)\s+pagers?\b)|"
    # "a Burp Suite power user", "an Excel power user": expert use of the tool, no power and no users asked
    r"power[- ]users?|"
    # "planning and running red team exercises": running one is planning it; the doing is what is shown
    r"plan(?:ning)?\s+and\s+(?=(?:run|runs|running|lead|leading|execut\w*|deliver\w*|facilitat\w*)\b)|"
    # "functional safety per (according to) ISO 26262": the standard followed is the thing, the preposition is
    # wording
    # (not "per second": a rate is a figure)
    r"(?:per|according\s+to|in\s+accordance\s+with)(?=\s+(?-i:[A-Z]{2,})[\w-]*\b)|"
    # "you will spend time mentoring juniors": the doing is what is asked, the time spent is how the ad says it
    r"spend(?:s|ing)?\s+(?:(?:some|much|most|part|half|a\s+lot|a\s+(?:good\s+|large\s+)?(?:share|portion|part))\s+)?"
    r"(?:of\s+(?:(?:your|the|their|our)\s+)?)?time\b(?:\s+on\b)?|"
    # "code review on every change", "ownership of outcomes", "from design to production": how often and how
    # far a way of working is asked, not a thing of its own to show
    r"(?:on|for|of)\s+every\s+(?:change|commit|pull\s+request|merge\s+request|pr|mr)s?\b|"
    r"(?<=ownership)\s+of\s+(?:the\s+|your\s+|our\s+)?(?:outcomes?|results?|deliver(?:y|ables?))\b|"
    r"(?<=ownership)\s+from\s+(?:idea|design|concept|conception|inception|prototype|discovery)\s+"
    r"(?:to|through|into)\s+(?:production|launch|release|delivery|operation|operations)\b|"
    # "leading a small team", "a small engineering group": the least size a team has, met by any team led
    r"small(?=\s+(?:[\w-]+\s+)?(?:teams?|groups?|squads?)\b(?!['’]s))|"
    # "grown a team from a small core", "from a core of three": where a team grown began, not a thing to show
    r"from\s+(?:an?\s+)?(?:small\s+|tiny\s+)?core(?:\s+(?:team|group))?(?:\s+of\s+[\w-]+(?:\s+(?:people|engineers))?)?"
    r"(?=\s*(?:$|[,.;:)]|(?:and|to|into|of)\b))|"
    # "own the release process end to end": how much of it, not end-to-end testing
    r"end[- ]to[- ]end(?:,?\s+from\s+[\w-]+(?:\s+[\w-]+)?\s+(?:to|through|until|into)\s+[\w-]+\b)?"
    r"(?=\s*(?:$|[,.;:)]|(?:from|across|and|with|including|for)\b)))\b",
    re.IGNORECASE,
)


def _abbreviate(text: str) -> str:
    """ "Service level objectives" read as "SLO": the concept's acronym, so that the ad words in the
    phrase are not dropped and the last word ("objectives", "interface") is not read on its own."""
    for pattern, short in _ABBREVIATED:
        text = pattern.sub(short, text)
    return text


# "Keep our Kafka clusters healthy", "keeping the services fast and secure": the state a thing is kept in is
# what running it well means, not a thing of its own the content must name.
_STATES = (
    r"healthy|stable|reliable|secure|fast|available|running|lean|clean|safe|performant|green|compliant|current|"
    r"tidy|online|fresh|trustworthy|accurate|correct|consistent|predictable|cheap|affordable|observable|"
    r"auditable|boring|calm|quiet|rarer|shorter|faster|cheaper|safer|simpler|easier|smaller|quieter|calmer|"
    r"smoother|leaner|sturdier|more reliable|less frequent|"
    # what a process or system is kept as ("keep on-call healthy and sustainable")
    r"sustainable|scalable|maintainable|resilient|efficient|robust|humane|manageable|low"
)
_KEPT_STATE = re.compile(
    r"\b(?:keep|keeps|keeping|kept|make|makes|making)\b[^.;:,]*?\s((?:" + _STATES + r"|up to date|up)"
    r"(?:\s+(?:and|&)\s+(?:" + _STATES + r"))?)\s*(?:[.!]?$|:)",
    re.IGNORECASE,
)


# Which version of a thing is to be built ("the first version of the web app", "an initial version of"):
# when in its life the work happens, not a thing of its own.
# Only before the thing done ("Perform code reviews"): performing "in an orchestra" or "on stage", conducting
# alone, is the doing asked itself.
_DOING_VERB = re.compile(
    r"\b(?:perform|performs|performed|performing|conduct|conducts|conducted|conducting)\b"
    r"(?=\s+\w)(?!\s+(?:in|with|at|on|for|as|live|before|under|experience)\b)",
    re.I,
)
_FIRST_VERSION = re.compile(r"\b(?:first|initial|early)\s+versions?\s+of\b", re.IGNORECASE)


# "Commercial experience with TypeScript", "7+ years of commercial React experience": experience gained in
# paid work (as "professional" asks, checked by ``_only_outside_work`` and the years at work), not a field
# of its own; only before the experience itself or a named thing, so "commercial banking experience" or
# "commercial real estate" still ask the commercial kind.
_COMMERCIAL_WORK = re.compile(
    r"\b(?i:commercial)\s+(?:[A-Z][\w.+#/-]*\s+){0,2}(?i:experience|work|roles?|background)\b"
)
_COMMERCIAL = frozenset(analyze("commercial"))


_END_USERS = re.compile(r"\bend[- ]users?\b", re.IGNORECASE)


def _weak_for(text: str) -> frozenset[str]:
    """The ad words of a requirement, less those inside a concept it names ("deep" in "deep learning" is
    not praise: without it, machine learning would show the rest), plus the state a thing is to be kept in
    ("keep the clusters healthy")."""
    low = text.casefold()
    keep = {
        normalize_token(w)
        for phrase in _CONCEPT_PHRASES
        if re.search(r"\b" + re.escape(phrase) + r"\b", low)
        for w in phrase.split()
    }
    # "Advanced Excel skills", a skill named "Excel": the spreadsheet, not "excellent"
    capitalised = _CAPITALISED_INSIDE.findall(text) + (text.split() if len(text.split()) <= 2 else [])
    keep |= {
        w.casefold() for w in capitalised if w[:1].isupper() and normalize_token(w.casefold()) == w.casefold()
    } & _NAME_LIKE_STEMS
    weak = _WEAK - keep if keep else _WEAK
    if _CERT_ASK.search(text) or _licence_asked(text):
        # "an active CKA certification", "a valid driving licence": whether it is still held is judged apart
        weak = weak | {normalize_token(w) for w in ("active", "current", "valid")}
    if _END_USERS.search(text):  # "Training end users": the users trained, "end" no thing to find
        weak = weak | {normalize_token("end")}
    if _FIRST_VERSION.search(text):  # "build the first version of the web app": the app is the thing
        weak = weak | {normalize_token(w) for w in ("first", "initial", "early", "version", "versions")}
    if _DOING_VERB.search(text) and not re.search(r"\bperforman\w*", text, re.IGNORECASE):
        weak = weak | {"perform", "conduct"}  # "Perform code reviews": the reviews are the thing
    if re.search(r"\btitles?\b(?:\s+or\s+equivalent)?\s*[.!]?\s*$", text, re.IGNORECASE):
        weak = weak | {"titl"} | set(analyze("title titles"))  # "Senior SRE title": the title is read apart
    weak = weak | style_heads(text)  # "event-driven architecture": the style is the thing asked
    if _COMMERCIAL_WORK.search(text):  # "commercial React experience": paid work, as "professional" says
        weak = weak | _COMMERCIAL
    state = _KEPT_STATE.search(text.strip())
    if state:
        weak = weak | {normalize_token(w) for w in state.group(1).casefold().split() if w not in ("and", "&")}
    return weak


_SHARED_HEAD = re.compile(
    r"\b([A-Za-z][\w/-]*)((?:,\s*[A-Za-z][\w/-]*)*),?\s+(and|or|&)\s+([A-Za-z][\w/-]*)\s+([A-Za-z]+)\b"
)


def _distribute(text: str) -> str:
    """ "Unit and end-to-end tests" read as "unit tests and end-to-end tests": modifiers sharing one head
    noun, when the first with that noun is a concept of the vocabulary (so "unit" is not asked alone)."""

    def spell(m: re.Match[str]) -> str:
        head = m.group(5)
        if f"{m.group(1)} {head}".casefold() not in _CONCEPT_PHRASES:
            return m.group(0)
        mods = [m.group(1), *(w.strip() for w in m.group(2).split(",") if w.strip()), m.group(4)]
        return ", ".join(f"{w} {head}" for w in mods[:-1]) + f" {m.group(3)} {mods[-1]} {head}"

    return _SHARED_HEAD.sub(spell, text)


def _join_concepts(us: list[Unit]) -> list[Unit]:
    """Two plain words that name one concept of the vocabulary ("vehicle routing", "technical strategy") read
    as that phrase, also as the first of a choice ("vehicle routing or scheduling optimisation"): shown by
    what shows the concept, not word by word."""
    return joined_pairs(us, lambda a, b: f"{a} {b}".casefold() in _CONCEPT_PHRASES, choice=True)


# An ask for a little of a thing ("basic Kotlin", "familiarity with Go", "exposure to Rust"): a beginner's
# listing shows that much.
_LOW_ASK = re.compile(r"\b(basic|basics|familiar\w*|exposure|beginner|some|awareness|introduct\w*)\b", re.I)


# Passages of a student's own work: a project of their own, not a job's.
_PROJECT_URI = "portfolio://profile#projects/"
# An ask for use in production ("You have run Go in production", "production experience with Kafka").
_PRODUCTION_ASK = re.compile(r"\bproduction\b", re.IGNORECASE)


def _beginner_only(
    us: Sequence[Unit], corpus: Corpus, checker: _Checker, *, production: bool = False
) -> str | None:
    """A named thing shown only by a skill listed at a beginner's level ("Android Native (Beginner):
    Kotlin"): the owner says they know a little of it, not that they have done the work asked. With
    ``production`` (use in production asked), also one shown by that and otherwise only by an internship
    or a project of the owner's own ("Wrote a Go service" as an intern, Go rated Beginner): a student's
    work is no production use. Why, else None."""
    beginner = {corpus.sentences[n].uri for _, level, n in corpus.skill_entries if level == 1}
    if not beginner:
        return None
    student = {corpus.sentences[n].uri for n, title in _titles(corpus) if student_job(title)}
    for u in us:
        if not u.named:
            continue
        c, ns, label = _unit_credit(checker, u)
        if not (c > 0 and ns):
            continue
        uris = {corpus.sentences[n].uri for n in ns}
        if uris <= beginner:
            return f"{label} is listed only at a beginner's level"
        if (
            production
            and uris & beginner
            and all(uri in beginner or uri in student or uri.startswith(_PROJECT_URI) for uri in uris)
        ):
            return f"{label} is listed only at a beginner's level, used only in a student's work"
    return None


# The stated level from which a skill line says the thing was used in depth (evidence.SKILL_LEVELS).
_ADVANCED = 3


def _skill_listed_only(us: Sequence[Unit], corpus: Corpus, checker: _Checker) -> str | None:
    """The label of a named thing every passage of which is a skill line rated below Advanced or not rated
    (a list of what is known, no work done with it), else None. An Advanced or Expert line is the owner's
    own word for deep use, left to stand (a kind rated Expert whose tools the work names)."""
    listed = {corpus.sentences[n].uri for _, lvl, n in corpus.skill_entries if lvl is None or lvl < _ADVANCED}
    if not listed:
        return None
    for u in us:
        if not u.named:
            continue
        c, ns, label = _unit_credit(checker, u)
        if c > 0 and ns and {corpus.sentences[n].uri for n in ns} <= listed:
            return label
    return None


def _named_only_as(
    us: Sequence[Unit],
    corpus: Corpus,
    checker: _Checker,
    only_as: Callable[[Iterable[str], Iterable[str]], bool],
) -> str | None:
    """A named thing every crediting sentence names only in a span ``only_as`` tells apart (what the owner
    took out, what a grant is to pay for): knowing of it, not working with it. Its label, else None."""
    for u in us:
        if not u.named:
            continue
        c, ns, label = _unit_credit(checker, u)
        if c > 0 and ns and only_as(analyze(label), (corpus.sentences[n].text for n in set(ns))):
            return label
    return None


# A group of groups asked ("an engineering organisation of 50+", "a department of 40"): a lead role of no stated
# size may be a team of that size, never an organisation (led through managers of teams).
_ORGANISATION = re.compile(r"\b(?:organi[sz]ations?|orgs?|departments?|divisions?)\b", re.IGNORECASE)


# "Compose Offline Sync (COS)": a name in capitals defined by its acronym in the ad.
_DEFINED_NAME = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|and|for|as)\s+)?){1,5})\(([A-Z][A-Za-z]{1,7})\)")


def _known(phrase: str) -> bool:
    key = phrase.casefold()
    return key in SHOWN_BY or key in _EQUIVALENT or key in ABBREVIATIONS or normalize_token(key) in TECH_WORDS


def _defined_name_not_shown(text: str, corpus: Corpus) -> str | None:
    """A product named in the ad with its acronym and known to no vocabulary ("Compose Offline Sync (COS)")
    is one thing: shown where the content writes its name or its acronym, not by its words found apart
    ("Jetpack Compose", "offline sync"). The name when the content writes neither, else None."""
    for m in _DEFINED_NAME.finditer(text):
        acronym = m.group(2)
        words = m.group(1).split()
        # the words whose initials spell the acronym, counted back from the parenthesis
        for k in range(len(words), 0, -1):
            name = words[-k:]
            initials = "".join(w[0] for w in name if w.casefold() not in ("of", "and", "for", "as"))
            if initials.casefold() == acronym.casefold() and name[0][0].isupper():
                break
        else:
            continue
        phrase = " ".join(name)
        if _known(acronym) or _known(phrase):
            continue
        written = re.compile(
            r"\b" + re.escape(acronym) + r"s?\b|\b" + r"[\s-]+".join(map(re.escape, name)) + r"\b"
        )
        if not any(
            written.search(s.text) or re.search(r"[\s-]+".join(map(re.escape, name)), s.text, re.I)
            for s in corpus.sentences
            if s.kind != "reference"
        ):
            return phrase
    return None


# A credential asked by name ("Google Cloud Professional Cloud Architect certification", "AWS Certified
# Solutions Architect"): the trigger words, and a name as written (capitalised words, acronyms, versions).
_CERT_ASK = re.compile(r"\bcertifi(?:cation|ed|ca\w*)s?\b", re.IGNORECASE)
_CERT_SAID = re.compile(r"\bcertifi\w*|\bcertificate", re.IGNORECASE)
# A licence to practise asked ("a current journeyman electrician licence", "a PE license"): a credential as a
# certification is, held or lapsed; where a licence is stated is where it is said. Only the noun: "licensed
# electrician or completed apprenticeship" asks a background, which the licence is one way to show.
_LICENCE_ASK = re.compile(r"\blicen[cs](?:e|es|ure)\b", re.IGNORECASE)
_LICENCE_SAID = re.compile(r"\blicen[cs]\w*", re.IGNORECASE)
# A software licence is no credential ("open-source licence compliance", "licence management").
_SOFTWARE_LICENCE = re.compile(
    r"\b(?:software|open[- ]source|OSS|licen[cs]ing|compliance|management|SPDX|GPL|MIT|Apache|keys?|seats?|"
    r"subscriptions?|costs?)\b",
    re.IGNORECASE,
)


def _licence_asked(text: str) -> bool:
    """Whether an ask names a licence to practise (not a software licence)."""
    return bool(_LICENCE_ASK.search(text)) and not _SOFTWARE_LICENCE.search(text)


# A credential the content says is no longer held (``lapsed.CERT_EXPIRED``).
_CERT_EXPIRED = CERT_EXPIRED
# How an ask says the credential must still be held ("an Active AWS certification"): not part of its name.
_CERT_CURRENCY = re.compile(r"\b(?:active|current|valid|up-to-date)\b", re.IGNORECASE)
CERT_EXPIRED_REASON = "the certificate held by that name has expired"
CERT_OF_KIND_REASON = "a certificate of that kind is held, not one named"
CERT_FIELD_UNSTATED_REASON = "no certificate in that field is stated"
# Certificates named as examples of a kind ("a mobile security certification such as GIAC GMOB").
_CERT_EXAMPLES = re.compile(r"\b(?:such as|e\.g\.|for example|for instance|like)\b", re.IGNORECASE)
# A name runs over the small words inside it ("Certified Professional in Web Accessibility").
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w+#.]*|\d[\w.]*)(?:(?:[ \t]*[-–:]?[ \t]*|[ \t]+(?:in|of|for|on)[ \t]+)(?:[A-Z][\w+#.]*|\d[\w.]*))*"
)
# A vendor's credential named by its tier, with no word saying it is one ("Google Cloud Professional Cloud
# Architect", "Azure Data Engineer Associate", "AWS Security Specialty").
_VENDOR_CREDENTIAL = re.compile(
    r"\b(?:AWS|Amazon Web Services|Google Cloud|GCP|Azure|Microsoft|HashiCorp|Cisco|Oracle|Salesforce|Red Hat|"
    r"CompTIA|Databricks|Snowflake)(?:[ \t]+[A-Z][\w-]*){0,4}?[ \t]+[-–]?[ \t]*"
    r"(?:Associate|Professional|Specialty|Expert|Practitioner|Fundamentals)\b"
)
# A field's credential with the one meant in brackets ("Kubernetes certification (CKA)"): the bracket names it.
_ONE_MEANT = re.compile(r"\bcertifi\w*\s*\(\s*([A-Z][\w+#.-]*(?:[ \t]+[A-Z][\w+#.-]*)*)\s*\)", re.IGNORECASE)


_TIER_LEVEL = re.compile(
    r"\b(?:at\s+(?:the\s+|an?\s+)?)?(?:foundational|associate|professional|expert|specialty)[- ]level\b"
    r"(?:\s+or\s+(?:higher|above))?",
    re.IGNORECASE,
)


def _credential_names(text: str) -> list[list[str]]:
    """The names a credential ask writes ("CKA or CKAD certification": CKA, CKAD), each as its content
    terms, without the words that only say it is a credential."""
    names = []
    # "an AWS certification at Associate level or higher": the tier is how high, not a second name (which a
    # HashiCorp "Terraform Associate" would show); the tier itself is read by _CERT_TIER
    text = _TIER_LEVEL.sub(" ", text)
    for m in _NAME_RUN.finditer(_CERT_CURRENCY.sub(" ", _CERT_ASK.sub(" ", _LICENCE_ASK.sub(" ", text)))):
        if m.start() == 0 and " " not in m.group(0).strip():
            first = m.group(0).casefold()
            if first in STOP_WORDS or normalize_token(first) in _WEAK:
                continue  # "You hold ...": a sentence's first word, not a name
        terms = [t for t in analyze(norm_text(m.group(0), keep=False)) if t not in _WEAK_STOP]
        # "IAAP WAS": a credential's initials that spell a stop word are still its name, not nothing
        if all(w.isupper() for w in m.group(0).split()):
            terms += [
                w.casefold() for w in m.group(0).split() if len(w) > 1 and w.isalpha() and not analyze(w)
            ]
        if terms:
            names.append(terms)
    return names


_WISHED = re.compile(
    r"\b(?:ideally|preferably|optionally|bonus|a plus|nice to have)\b[^.;]{0,20}$", re.IGNORECASE
)


# A certification's tier asked by name ("professional-level", "at the associate level"), not "or higher".
_CERT_TIER = re.compile(
    r"\b(foundational|associate|professional|expert|specialty)[- ]level\b(?![^.;]{0,20}\b(?:or|and)\s+(?:higher|above))",
    re.IGNORECASE,
)


# A qualification asked as still held ("a current mortgage adviser qualification", "valid first-aid
# qualification"): a credential, which lapses as a certificate does; "qualifications" alone ask nothing held.
_HELD_QUALIFICATION = re.compile(
    r"\b(?:active|current|valid|up-to-date)\s+(?:[\w-]+\s+){0,3}?(qualification)\b", re.IGNORECASE
)


def _credential_not_held(text: str, corpus: Corpus, checker: _Checker) -> str | None:
    """A named certification is shown only where the content states a credential holding all of its
    words: another certificate of the same vendor or field (CISSP for CISM, AWS Security for AWS Solutions
    Architect) or the skill used at work is not it. The reason, or None when one is held (or none named)."""
    # "a current mortgage adviser qualification": a credential still held, asked as a certification is
    text = _HELD_QUALIFICATION.sub(lambda m: m.group(0)[: -len(m.group(1))] + "certification", text)
    licence = _licence_asked(text)
    cert = (
        _CERT_ASK.search(text)
        or _VENDOR_CREDENTIAL.search(text)
        or (_LICENCE_ASK.search(text) if licence else None)
    )
    if not cert:
        return None
    if _WISHED.search(text[: cert.start()]):
        return None  # "..., ideally with a certification": the rest of the ask is judged on its own
    names = _credential_names(text)
    if (meant := _ONE_MEANT.search(text)) is not None and not _issuer_initials(meant.group(1), corpus):
        # "Kubernetes certification (CKA)": CKA is asked; another Kubernetes certificate is not it (but
        # "Accessibility certification (IAAP)" names the body that issues one)
        inside = [t for t in analyze(norm_text(meant.group(1), keep=False)) if t not in _WEAK_STOP]
        names = [n for n in names if n == inside or len(n) > 1] or names
    if not names:
        # "a security certification": any held shows it; "a valid functional safety certification" asks
        # one still held, which a certificate of that field marked expired is not
        return _field_certificate_lapsed(text, corpus, checker) or _field_certificate_unstated(
            text, corpus, checker
        )
    said = {
        n
        for n, s in enumerate(corpus.sentences)
        if _credential_said(s.text, licence) and not _soft(corpus, n)
    }
    if not said:
        return "no certification is stated"
    expired = {n for n in said if _CERT_EXPIRED.search(corpus.sentences[n].text)}
    pending = {n for n in said if unfinished(corpus.sentences[n].text)}
    expired |= pending
    spelled = {
        n
        for m in re.finditer(r"\b[A-Z][A-Z-]+\b", text)
        for n in credential_initials([m.group(0)], _certificate_lines(corpus))
    }
    if spelled - expired:
        return None  # "CPSA-F certification": the initials of a credential written out in the portfolio
    lapsed = False
    under_way = False
    tier = _CERT_TIER.search(text)
    for terms in names:
        where = set(said)
        for t in terms:
            c, ns = checker.credit(t, loose=False)
            where &= set(ns) if c >= 1.0 else set()
        if tier is not None:  # "an AWS professional-level certification": an Associate one is another
            where = {n for n in where if re.search(rf"\b{tier.group(1)}\b", corpus.sentences[n].text, re.I)}
        if where - expired:
            return None
        lapsed = lapsed or bool(where)
        under_way = under_way or bool(where & pending)
    if under_way:
        return CERT_UNFINISHED_REASON  # "CKAD - in progress, exam booked": working towards it, not held
    if lapsed:
        return CERT_EXPIRED_REASON
    if _kind_held(text, cert, said - expired, checker):
        return CERT_OF_KIND_REASON
    return "no certificate held by that name"


def _kind_held(text: str, cert: re.Match[str], held: set[int], checker: _Checker) -> bool:
    """Whether the ask names its certificates only as examples of a kind ("a mobile security certification
    such as GIAC GMOB") and a certificate held is of that kind (every word of it before the word
    certification: "Mobile Application Security Essentials"): the kind asked, not the one named, partial."""
    examples = _CERT_EXAMPLES.search(text)
    if examples is None or examples.start() < cert.end():
        return False
    kind = [t for t in analyze(norm_text(text[: cert.start()], keep=False)) if t not in _WEAK_STOP]
    if not kind:
        return False
    where = set(held)
    for t in kind:
        c, ns = checker.credit(t, loose=False)
        where &= set(ns) if c >= 1.0 else set()
    return bool(where)


def _issuer_initials(name: str, corpus: Corpus) -> bool:
    """Whether ``name`` is the initials of the body a certificate line says issued it ("IAAP" for "issued by
    International Association of Accessibility Professionals"): the issuer, not a credential of its own."""
    if not name.isupper() or len(name) < 2:
        return False
    return name.casefold() in _certificate_issuers(corpus)


def _certificate_lines(corpus: Corpus) -> list[tuple[int, str]]:
    """The certificate sentences, as (number, text)."""
    return [(n, s.text) for n, s in enumerate(corpus.sentences) if s.kind == "certificate"]


def _certificate_issuers(corpus: Corpus) -> Mapping[str, list[int]]:
    """Issuers' initials -> the certificate sentences naming that issuer (``issuers.issuer_initials``)."""
    return issuer_initials((n, s.text) for n, s in enumerate(corpus.sentences) if s.kind == "certificate")


def _credential_said(sentence: str, licence: bool) -> bool:
    """Whether a sentence states a credential: a certificate, or for a licence asked, a licence."""
    return bool(_CERT_SAID.search(sentence) or (licence and _LICENCE_SAID.search(sentence)))


def _field_certificate_lapsed(text: str, corpus: Corpus, checker: _Checker) -> str | None:
    """For an ask of a still-valid certification in a field ("a valid functional safety certification"):
    the expired reason when every certificate stated in that field has expired, else None."""
    if not _CERT_CURRENCY.search(text):
        return None
    field = [
        t
        for t in analyze(
            norm_text(_CERT_CURRENCY.sub(" ", _CERT_ASK.sub(" ", _LICENCE_ASK.sub(" ", text))), keep=False)
        )
        if t not in _WEAK_STOP
    ]
    licence = _licence_asked(text)
    said = [
        n
        for n, s in enumerate(corpus.sentences)
        if _credential_said(s.text, licence) and not _soft(corpus, n)
    ]
    if not field or not said:
        return None
    in_field = [n for n in said if all(n in checker.credit(t, loose=False)[1] for t in field)]
    if licence:
        # the licences written as certificates say whether one is held ("Journeyman Electrician Licence
        # (lapsed)"), not a summary's "licensed electrician turned engineer"; the field may be the stem of
        # the trade's word ("electrical" of "electrician")
        certified = [
            n
            for n in said
            if corpus.sentences[n].kind == "certificate"
            and all(n in in_field or any(w.startswith(t) for w in corpus.sentences[n].terms) for t in field)
        ]
        in_field = certified or in_field
    if in_field and all(_CERT_EXPIRED.search(corpus.sentences[n].text) for n in in_field):
        return CERT_EXPIRED_REASON
    return None


# A credential asked by the noun a recruiter uses for one held ("a business analysis certification").
_FIELD_CERTIFICATION = re.compile(r"\bcertifications?\b", re.IGNORECASE)


def _field_certificate_unstated(text: str, corpus: Corpus, checker: _Checker) -> str | None:
    """For a certification asked by its field alone ("a business analysis certification"): the reason when no
    credential stated is in that field, else None. Why: the field's work (a business analyst's years) or a
    course in it (a three-day agile course) shows the knowledge a certification attests, not the credential,
    as an expired certificate does; read word by word, the field's words anywhere met the ask."""
    # "certificate pinning", "TLS certificates", "PCI-certified": no credential of the owner's
    if not _FIELD_CERTIFICATION.search(text) or _licence_asked(text):
        return None
    field = [
        t
        for t in analyze(
            norm_text(_CERT_CURRENCY.sub(" ", _CERT_ASK.sub(" ", _LICENCE_ASK.sub(" ", text))), keep=False)
        )
        if t not in _WEAK_STOP
    ]
    if not field:
        return None
    said = {
        n for n, s in enumerate(corpus.sentences) if _credential_said(s.text, False) and not _soft(corpus, n)
    }
    for t in field:
        # the field in the credential's own word ("product ownership" of a Certified Scrum Product Owner)
        said = {
            n
            for n in said
            if n in checker.credit(t)[1]
            or any(len(w) >= 4 and (w.startswith(t) or t.startswith(w)) for w in corpus.sentences[n].terms)
        }
    return None if said else CERT_FIELD_UNSTATED_REASON


# "Experience as a CISO", "served as VP of Engineering": an executive role asked as one held.
# Only after what says it was held ("experience as", "served as"): "As our first CTO you will..." is the job.
_AS_ROLE = re.compile(
    r"\b(?:experience|worked|working|served|serving|time|years?|background|career|tenure|record)\s+as\s+"
    r"(?:an?\s+|the\s+)?([^,.;:()]+)",
    re.IGNORECASE,
)
# "You have been a CISO", "Head of Security for 3+ years": the role held, said without "as".
_BEEN_ROLE = re.compile(r"\b(?:have|has|having)\s+been\s+(?:an?\s+|the\s+)?([^,.;:()]+)", re.IGNORECASE)
# "Hold a CISO title in a previous role", "has held a VP position": the role named by the title held.
_TITLE_ROLE = re.compile(
    r"\b(?:held|hold|holds|holding|had)\s+(?:an?\s+|the\s+)?([^,.;:()]+?)\s+(?:title|role|position)\b",
    re.IGNORECASE,
)
_TITLE_FRAMING = frozenset({"title", "role", "position", "held", "hold", "previous", "previously", "prior"})
_ROLE_THEN_YEARS = re.compile(
    r"^\s*(?:an?\s+)?([^,.;:()]+?)\s+for\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?(?:\d{1,2}|[a-z]+)\s*\+?\s*"
    r"(?:or\s+more\s+)?(?:years?|yrs)\b",
    re.IGNORECASE,
)
# Where the role's name ends and what is said of the time in it begins ("... for 3+ years", "... before").
_ROLE_END = re.compile(
    r"\s+(?:for|before|since|in|at|with|within|during|of\s+an?|of\s+the)\b.*", re.IGNORECASE | re.DOTALL
)
_C_LEVEL = re.compile(r"\bC[A-Z]{1,3}O\b")
# Titles that name one role (founding is an act, "starting Pied Piper"; "C-level" is any of several).
_NAMED_EXECUTIVE = re.compile(
    r"\b(?:vp|vice president|director|head of|chief\s+\w+(?:\s+\w+)?\s+officer)\b", re.IGNORECASE
)


def _executive_role_not_held(text: str, corpus: Corpus) -> str | None:
    """An executive role asked as held ("as a CISO") is shown only by a title the owner held (a role's
    heading or the headline): the word in "report to the CISO" or a referee's title is someone else's.
    The reason, or None when held (or no such role asked)."""
    m = (
        _AS_ROLE.search(text)
        or _BEEN_ROLE.search(text)
        or _TITLE_ROLE.search(text)
        or _ROLE_THEN_YEARS.search(text)
    )
    if m is None:
        return None
    alts = [a for a in re.split(r"\s+or\s+|\s*/\s*", _ROLE_END.sub("", m.group(1))) if a.strip()]
    roles = [" ".join(a.split()[:5]) for a in alts]
    roles = [r for r in roles if _NAMED_EXECUTIVE.search(r) or _C_LEVEL.search(r)]
    if not roles:
        return None
    held = [t for _, t in _titles(corpus)]
    held += [s.text for s in corpus.sentences if s.kind == "basics"][:1]
    held_terms = [set(analyze(norm_text(h, keep=False))) for h in held]
    for role in roles:
        terms = {t for t in analyze(norm_text(role, keep=False)) if t not in _WEAK_STOP}
        if terms and any(terms <= h for h in held_terms):
            return None
    return f"no title held as {roles[0]}"


# A lead role by its title ("team lead", "tech lead", "lead engineer").
_LEAD_ROLE = re.compile(r"\b(?:(?:team|tech|technical)\s+lead|lead\s+[\w-]+|leader)\b", re.IGNORECASE)
_LEADING = re.compile(r"\b(?:lead|leads|led|leading|leader|headed|supervis\w*|coordinat\w*)\b", re.IGNORECASE)


def _lead_role_not_shown(text: str, corpus: Corpus) -> str | None:
    """A lead role asked as held ("experience as a data team lead") when nothing in the content says the
    owner led anyone or anything: no lead title, no sentence of leading. The reason, or None."""
    m = _AS_ROLE.search(text) or _BEEN_ROLE.search(text)
    if m is None or not _LEAD_ROLE.search(_ROLE_END.sub("", m.group(1))):
        return None
    if any(_LEADING.search(s.text) for s in corpus.sentences if s.kind not in ("reference", "interest")):
        return None
    return "no lead role or leading shown"


# "Professional experience", "paid work": what was done at work, not as a volunteer or what won a prize.
_AT_WORK_ASKED = re.compile(
    r"\b(?:professional|paid|commercial)\s+(?:[\w-]+\s+){0,2}?(?:experience|work|background|role)s?\b",
    re.IGNORECASE,
)
_NOT_WORK = frozenset({"volunteer", "award", "interest"})


def _only_outside_work(text: str, corpus: Corpus, numbers: Sequence[int]) -> bool:
    """Whether a requirement asking work experience is shown only by volunteering, awards or interests."""
    return bool(
        _AT_WORK_ASKED.search(text)
        and numbers
        and all(corpus.sentences[n].kind in _NOT_WORK for n in numbers if 0 <= n < len(corpus.sentences))
    )


_DECADES = re.compile(r"\b(half a|a|one|two|three|four)\s+decades?\b", re.IGNORECASE)
_DECADE_YEARS = {"half a": "5", "a": "10", "one": "10", "two": "20", "three": "30", "four": "40"}


def _in_years(text: str) -> str:
    """ "Over a decade of experience" read as "Over 10 years of experience": a span asked in decades is
    a number of years, checked as years are."""
    return _DECADES.sub(lambda m: _DECADE_YEARS[m.group(1).casefold()] + " years", text)


def assess_requirement(req: Requirement, corpus: Corpus) -> Assessment:
    """The verdict on one requirement, with the sentences that show it (reported with its own words)."""
    read = _in_years(in_english(req.text))  # a bilingual posting's line in one language: read in English
    read = low_end_of_years(read)  # "4-6 years of Go" asks four at least
    read = headcounts_after(read)  # "a 20-person team" asks a team of 20 people
    read = without_opener(read)
    if req.kind != "skill" or _SENTENCE_ASK.search(read):
        read = spell_kinds(read)  # "a JVM language": Java, Kotlin, Scala, Clojure or Groovy
    read = without_rationale(read)  # "..., since they're moving into telematics": why, not what
    read = without_valuing(read)  # "Kafka knowledge is important": how much it is wanted, not what
    read = without_wishes(read)  # "Terraform; Pulumi is a bonus": the must, not the wish beside it
    read = bracket_as_alternative(read)  # "Certified Ethical Hacker (CEH) or OSCP": either name, one ask
    read = without_plus(read)  # "Staff+ experience": the rung or above, as any rung asked
    out = _assess(req if read == req.text else replace(req, text=read), corpus)
    out.requirement = req
    if out.status == MATCHED and (after := years_after_degree(req.text, corpus)) and after[1] < after[0]:
        # "6+ years of post-PhD experience": the PhD held, the years after it fewer than asked
        out.status = PARTIAL
        out.reasons.append(f"about {after[1]:.1f} years of work after the degree")
    if out.status != MISSING and (amp := ampersand_unshown(read, (s.text for s in corpus.sentences))):
        # "P&L responsibility": the analyser drops the acronym's letters, so the rest (context) decided
        out.status, out.evidence = MISSING, []
        out.reasons = [r for r in out.reasons if not r.startswith("shown")] + [f"not shown: {amp}"]
    return out


# A skill written as an ask, not a name: it states a quantity ("10+ years", "a team of 12") or runs to a
# sentence ("Lead the move to Kubernetes").
_SENTENCE_ASK = re.compile(r"\d|(?:\S+\s+){3,}\S")


def _assess(req: Requirement, corpus: Corpus) -> Assessment:
    checker = _Checker(corpus, req.text)
    if req.kind == "skill":
        out = _skill(req, corpus, checker)
        if out.status == MATCHED and (word := level_to_show(req)):
            # "| Kafka | Expert |" asks what "Expert in Kafka" asks: the level shown, not only the skill
            out.status, why = _level_status(word, units(_abbreviate(req.text), _weak_for(req.text)), corpus)
            out.reasons += [why] if why else []
        if out.status == MATCHED and (
            unwritten := unwritten_standards(req.text, (s.text for s in corpus.sentences))
        ):
            # "ISO 21434" as a skill, against ISO 26262: another standard of the same body
            return Assessment(
                req, MISSING, 0.0, [], [f"{', '.join(unwritten)} is not named in the portfolio"]
            )
        if out.status != MISSING and _SENTENCE_ASK.search(req.text):
            # "| 10+ years running AWS | Strong |": an ask written as a sentence, with a level beside it,
            # still asks its years and team sizes - the level is checked on top of them, not instead
            plain = _assess(replace(req, kind="requirement", level=None), corpus)
            if _worse(plain.status, out.status) != out.status:
                if req.level:
                    plain.reasons.append(f"level asked: {req.level}")
                return plain
        return out
    if req.kind == "experience" or only_a_level(req.text):  # "Senior level" as a line of the ad
        return _experience_level(req, corpus)
    if (held_as := title_held(req.text, [t for _, t in _titles(corpus)])) is not None:
        # "Senior Software Engineer title": a title held with every word asked
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, [_titles(corpus)[held_as][0]]), [])
    if (only := rung_only(req.text)) is not None:
        # "Currently at Staff level or above", "Staff or Principal title": read from the titles held
        titles = _titles(corpus)
        held = rung_held([t for _, t in titles])
        status = MATCHED if held >= only else PARTIAL if held == only - 1 else MISSING
        best = [i for i, t in titles if rung_held([t]) == held][:1]
        return Assessment(
            req, status, 1.0, _evidence(corpus, best) if status != MISSING else [],
            [] if status == MATCHED else ["no title held at that level"],
        )  # fmt: skip
    if (at_rung := title_at_rung(req.text)) is not None:
        # "Staff Mobile Engineer experience": the role shown under another title (Senior Mobile
        # Engineer) is the adjacent level, partial; the rung is read from the titles held
        title_rung, role = at_rung
        out = _assess(replace(req, text=role), corpus)
        out.requirement = req
        held = rung_held([t for _, t in _titles(corpus)])
        if out.status != MISSING and held < RUNGS[title_rung]:
            # only the rung below is adjacent: a mid-level title is not near a principal one
            out.status = PARTIAL if held >= RUNGS[title_rung] - 1 else MISSING
            out.reasons.append(f"no title held at {title_rung} level")
        return out
    if (lead_role := lead_title_asked(req.text)) is not None:
        # "Experience as a Lead SRE": the role is checked as written, the lead title from the titles held
        out = _assess(replace(req, text=lead_role), corpus)
        out.requirement = req
        if out.status == MATCHED and not lead_title_held([t for _, t in _titles(corpus)]):
            out.status = PARTIAL
            out.reasons.append("no lead title held")
        return out
    for special in (_degree(req, corpus, checker), _language(req, corpus)):
        if special is not None:
            return special
    if ownership_asked(req.text) and (
        owned := [n for n in ownership_shown([s.text for s in corpus.sentences]) if not _soft(corpus, n)]
    ):
        # "A strong sense of ownership": shown by work the owner says they owned, not by the word
        return Assessment(req, MATCHED, 1.0, _evidence(corpus, owned), ["shown: work the owner owned"])
    # "industry experience": read from the jobs' dates; "a small team": any team
    groups = _groups(_SMALL_GROUP.sub(" ", without_industry(req.text)))
    speedup = asked_speedup(req.text)  # "by at least 10x": checked against the content's speed-ups
    read = _distribute(without_speedup(req.text) if speedup else req.text)
    us = _without_figures(
        _join_concepts(units(_abbreviate(_IDIOMS.sub(" ", without_industry(read))), _weak_for(read))), read
    )
    need_money = amount_asked(read)  # "a budget of €1M+": an amount to compare, not a name to find
    us = without_amounts(us) if need_money else us
    if us:
        status, score, numbers, reasons = _decide(us, checker, read)
        if status == PARTIAL and (setting := employer_setting(read)):
            # "Integrate Google Maps APIs into our planner": the employer's planner is where the work
            # happens; shown without it, the ask is met (its words still count as related evidence)
            weak = _weak_for(read) | setting
            bare = _without_figures(_join_concepts(units(_abbreviate(_IDIOMS.sub(" ", read)), weak)), read)
            if bare and (met := _decide(bare, checker, read))[0] == MATCHED:
                us, (status, score, numbers, reasons) = bare, met
        if status == PARTIAL and (alone := without_partner_teams(read)) != read:
            # "Define SLOs and error budgets with product teams": the duty shown is the ask
            bare = _without_figures(
                _join_concepts(units(_abbreviate(_IDIOMS.sub(" ", alone)), _weak_for(alone))), alone
            )
            if bare and (met := _decide(bare, checker, alone))[0] == MATCHED:
                us, (status, score, numbers, reasons) = bare, met
        if status == PARTIAL and (design := _design_owned(read, checker)) is not None:
            # "Own the architecture of our React banking app": React shown in an app the owner says they own
            us, (status, score, numbers, reasons) = design
    else:
        status, score, numbers, reasons = _lexical(groups, checker)
    if status == PARTIAL and _hiring_unshown(req.text, corpus):
        # "You have hired iOS engineers" against an iOS engineer who never hired: nothing of it is shown
        return Assessment(
            req, MISSING, 0.0, [], ["no hiring (hired, interviewed, recruited) in the portfolio"]
        )
    if status == MATCHED and _hiring_part_unshown(req.text, corpus):
        # "Own the mobile org's hiring plan and budget": a "trip-planning" app and a "budgeting" app are no
        # hiring plan, and no one was ever hired
        status = PARTIAL
        reasons.append("no hiring (hired, interviewed, recruited) in the portfolio")
    if speedup:
        texts = [s.text for s in corpus.sentences]
        status, n_fast, why_fast = speedup_status(status, speedup, texts, any(u.named for u in us))
        numbers = numbers if n_fast is None else [n_fast, *numbers]
        reasons.append(why_fast)
    deciding = list(numbers)  # the sentences the words were met in, before the best of the rest are added
    numbers = numbers + _best_sentences(corpus, groups, checker) if status != MISSING else numbers
    pinned: int | None = None
    special = _screening(req, corpus)
    if special is not None:
        return special
    coined = _defined_name_not_shown(req.text, corpus) if status != MISSING else None
    if coined:
        rest = re.sub(r"\(\s*[A-Z][A-Za-z]{1,7}\s*\)", " ", req.text.replace(coined, " "))
        others = units(_abbreviate(rest), _weak_for(rest))
        status = PARTIAL if others and status == MATCHED else MISSING
        reasons.append(f"{coined} is not named in the portfolio")
    if status != MISSING and automation_unshown(req.text, (s.text for s in corpus.sentences)):
        # "Experience writing automated tests" against user acceptance testing coordinated with customers
        status = MISSING
        reasons.append("not shown: automated testing")
    if status != MISSING and handled_not_built(req.text, (corpus.sentences[n].text for n in deciding)):
        # "Designing and building REST APIs" against "Skill: API testing: Postman, REST APIs": tested, not built
        status = MISSING
        reasons.append("not shown: building it (only tested, configured, demonstrated or trained on)")
    if status == MATCHED and (thing := _weak_object_unshown(req.text, checker)):
        status = PARTIAL  # "Built a build system for iOS": iOS shown, the build system never
        reasons.append(f"not shown: {thing}")
    if status == MATCHED and (graded := grade_below(req.text, (s.text for s in corpus.sentences))):
        status = PARTIAL  # "Safety work at ASIL D" against ASIL B work: the scheme at a lower grade
        reasons.append(f"{graded} is not shown; only a lower grade")
    if status == MATCHED and (included := _included_unshown(req.text, checker)):
        # "Kubernetes security, including admission controllers": the part it names is not shown
        status = PARTIAL
        reasons.append(f"not shown: {included}")
    if status == MATCHED and (versioned := version_below(req.text, (s.text for s in corpus.sentences))):
        status = PARTIAL  # "TLS 1.3" against a gateway moved to TLS 1.2: the thing at an older version
        reasons.append(f"shown at a version older than {versioned}")
    if status == MATCHED and (rating_short := rating_below(req.text, (s.text for s in corpus.sentences))):
        status = PARTIAL  # "An App Store rating of 4.9 or higher" against apps rated 4.6 and 4.7
        reasons.append(rating_short)
    if status == MATCHED and (unwritten := unwritten_standards(req.text, (s.text for s in corpus.sentences))):
        # "IEC 61508" met only through IEC 62304: another standard of the body, as another tool is another
        # tool (the ask read partial through its other words stays so: labelled sets read that both ways)
        status = MISSING
        reasons.append(f"{', '.join(unwritten)} is not named in the portfolio")
    level = _LEVEL_ASKED.search(_MASTER_NOT_DEGREE.sub(" ", req.text))  # a Scrum Master is no level
    # "| Rust | Expert | 3+ |": a table row's level column asks the level as a sentence would
    level_word = level.group(1) if level else level_to_show(req)
    if level_word and status == MATCHED:
        status, why = _level_status(level_word, us, corpus)
        if why:
            reasons.append(why)
    elif status == MATCHED and strength_asked(req.text):
        # "Strong Go skills" against Go listed at Beginner: the owner's own rating says it is not strong
        scope = strength_scope(req.text).casefold()  # "Strong Python; familiarity with Polars": Python
        things = [
            [frozenset(t for t in analyze(" ".join(a)) if t not in _WEAK) for a in u.alternatives]
            for u in us
            if u.named and any(all(w.casefold() in scope for w in a) for a in u.alternatives)
        ]
        if (rated := stated_below_strength(things, corpus.skill_entries)) is not None:
            status = PARTIAL
            numbers.insert(0, rated)
            pinned = rated
            reasons.append("listed below the strength asked")
    # Quantities: years and the size of the group led.
    years = _YEARS_REQ.search(req.text)
    need_years = _number(years.group(1)) if years else None
    if need_years:
        coursework = "shown only by coursework" in reasons
        status, n, why = _years_status(req, us, status, need_years, corpus, checker)
        if coursework and why == "years not shown for this":
            status = MISSING  # "2+ years of Java in production" against an introductory course
        if n is not None:
            numbers.insert(0, n)
            pinned = n
        reasons.append(why)
    people_read = low_end_of_people(req.text)  # "10–15 engineers" asks ten at least
    need_people = next(
        (
            v
            for m in [*_TEAM_OF.finditer(people_read), *_PEOPLE_REQ.finditer(people_read)]
            if (v := _number(m.group(1)))
        ),
        None,
    )
    need_hires = hires_asked(req.text, _number)
    if need_hires and need_people in (None, need_hires):
        # "Hired 10+ engineers": a count of hires, compared with the people hired, not the group led
        need_people = None
        status, first = _people_counted(status, need_hires, hires_shown, "hired", corpus, numbers, reasons)
        pinned = pinned if first is None else first
    need_mentees = mentees_asked(req.text, _number)
    if need_mentees and need_people in (None, need_mentees) and not need_hires:
        # "Mentored 10+ engineers": a count of mentees, compared with the people mentored, not the group led
        need_people = None
        status, first = _people_counted(
            status, need_mentees, mentees_shown, "mentored", corpus, numbers, reasons
        )
        pinned = pinned if first is None else first
    need_members = members_asked(req.text, _number)
    if need_members and need_people in (None, need_members) and not need_hires and not need_mentees:
        # "Grow a meetup of 500+ members": a community's size, compared with its members, not the group led
        need_people = None
        status, first = _people_counted(
            status, need_members, members_shown, "in a community", corpus, numbers, reasons
        )
        pinned = pinned if first is None else first
    member_of = membership_asked(req.text, _number)
    if member_of and need_people in (None, member_of) and not need_hires and not need_mentees:
        # "Worked in a team of 8 engineers": a team worked in, not a group led
        need_people = None
        status, first = _people_counted(status, member_of, teams_shown, "in a team", corpus, numbers, reasons)
        pinned = pinned if first is None else first
    crew = crew_asked(req.text, _number)
    if (
        crew
        and need_people in (None, crew[0])
        and not need_hires
        and not need_mentees
        and not need_members
        and crew_shown([s.text for s in corpus.sentences], crew[1], _number)
    ):
        # "Coordinated a team of 10+ annotators": that trade counted, not the largest group of engineers led
        need_people = None
        trade = crew[1]
        status, first = _people_counted(
            status,
            crew[0],
            lambda texts, number: crew_shown(texts, trade, number),
            f"counted as {trade}",
            corpus,
            numbers,
            reasons,
        )
        pinned = pinned if first is None else first
    if need_people and need_people > 1:
        direct = bool(
            _MANAGE.search(req.text)
            or re.search(r"\bteam of\b", req.text, re.I)  # "teams of 15+" is a scope led, not reports
            or re.search(r"\bdirectly\b", req.text, re.I)
            or _GROWN.search(req.text)
        )
        led_groups = corpus.people_managed if direct else corpus.people_led
        have_people: tuple[int, int | None] = max(led_groups, default=(0, None))
        # "a team of 6 support engineers": the largest group of the kind asked (the support team of 8), not a
        # larger one of another trade led before (a store of 22 staff)
        have_people = max(
            (
                g
                for g in led_groups
                if not _people_kind_not_shown(req.text, corpus.sentences[g[1]].text, need_people)
            ),
            default=have_people,
        )
        if have_people[1] is not None:
            numbers.insert(0, have_people[1])
            pinned = have_people[1]
            q = _quantity(have_people[0], need_people, 0.5)
            if (
                q == MISSING
                and status != MISSING
                and (not direct or fewer_led(req.text) or _managed_fewer(corpus))
            ):
                # direction set for 40 where 200 are asked, 13 managed where 30+ are: the thing, at a smaller scope
                q = PARTIAL
            reasons.append(f"largest group led{' directly' if direct else ''}: {have_people[0]}")
            if q != MATCHED and _LINE_MANAGE.search(req.text) and not _people_managed(corpus):
                q = MISSING  # "Line-manage a team of 10" against a team of six led, none of them managed
                reasons.append("no people management (reports, reviews) in the portfolio")
            kind = _people_kind_not_shown(req.text, corpus.sentences[have_people[1]].text, need_people)
            if kind and q == MATCHED:
                q = PARTIAL  # "3+ mobile engineers" against a team of six, two of them mobile
                who = (
                    kind
                    if _OTHER_ROLE.search(f"2 {kind}") or _TECH_PEOPLE.search(f"2 {kind}")
                    else f"{kind} engineers"
                )
                reasons.append(f"{who} are not shown at that number")
        elif corpus.lead_roles and not _ORGANISATION.search(req.text):
            q = PARTIAL  # a lead role with no size: the scope asked is not shown
            numbers.insert(0, corpus.lead_roles[0])
            pinned = corpus.lead_roles[0]
            reasons.append("a lead role, but no team size shown")
        else:
            q = MISSING
            reasons.append(
                f"a lead role of no stated size, not {need_people}" if corpus.lead_roles else "no group led"
            )
        status = q if status != MISSING else _worse(q, PARTIAL)
    if status != MISSING and not need_people and group_lead_asked(req.text):
        # "Led a backend team": no size to compare, but a group led is still the ask
        if not corpus.people_led and not corpus.lead_roles:
            status = MISSING
            reasons.append("no group led in the portfolio")
        elif not corpus.people_led and all(corpus.sentences[n].kind != "work" for n in corpus.lead_roles):
            status = _worse(status, PARTIAL)  # the team lead of a hackathon entry
            reasons.append("a lead role only outside paid work")
    if (
        status == MATCHED
        and not need_people
        and not group_lead_asked(req.text)
        and lead_role_asked(req.text)
        and not (corpus.people_led or any(corpus.sentences[n].kind == "work" for n in corpus.lead_roles))
    ):
        # "Led a project end to end as tech lead": a project led, the lead role only on a side project
        status = PARTIAL
        reasons.append("no lead role in paid work" if corpus.lead_roles else "no lead role shown")
    if (
        status != MISSING
        and team_built_asked(req.text)
        and group_built([s.text for s in corpus.sentences]) is None
        and (from_scratch(req.text) or not _hired(corpus))
    ):
        # "You have built a platform team from scratch": leading a team, or hiring into one, is part of it;
        # a team built, not from scratch, is one hired into
        led = bool(corpus.people_led or corpus.lead_roles or _hired(corpus))
        status = _worse(status, PARTIAL if led else MISSING)
        reasons.append("no team built or grown in the portfolio")
    if (
        status == MATCHED
        and need_people
        and _manages_people(req.text)
        and not _people_managed(corpus)
        and not _led_as_manager(corpus, pinned)
    ):
        # "Manage a team of 8-10 engineers": a team that size led, but never managed
        status = PARTIAL
        reasons.append("leading shown, people management (reports, reviews) is not")
    if status == MATCHED and (other_trade := _managed_only_in_other_career(req.text, corpus)):
        status = PARTIAL  # "Experience managing software engineers": an audit manager's teams managed
        reasons.append(other_trade)
    if status == MATCHED and _PEOPLE_MGMT_ONLY.search(req.text) and not _people_managed(corpus):
        # "Line-manage a team of seven": a team that size led, but never managed
        status = PARTIAL
        reasons.append("leading shown, people management (reports, reviews) is not")
    if status != MISSING and (not_managed := _leading_only(req.text, corpus)):
        status = MISSING  # "Manage a team of 8": a team that size led, no one managed, no one hired
        reasons.append(not_managed)
    if (
        status == MATCHED
        and not _LOW_ASK.search(req.text)
        and (low := _beginner_only(us, corpus, checker, production=bool(_PRODUCTION_ASK.search(req.text))))
    ):
        status = PARTIAL  # "Native Android development in Kotlin" against Kotlin listed at Beginner
        reasons.append(low)
    if status == MATCHED and scale_asked(req.text) and (listed := _skill_listed_only(us, corpus, checker)):
        status = PARTIAL  # "GraphQL at scale" against GraphQL named only in a skills list
        reasons.append(f"{listed} is only listed as a skill; no work at scale shown")
    if (
        status == MATCHED
        and not removal_asked(req.text)
        and (gone := _named_only_as(us, corpus, checker, named_only_as_removed))
    ):
        status = (
            PARTIAL  # "Spark for large batch jobs" against "replacing an always-on Spark cluster with DuckDB"
        )
        reasons.append(f"{gone} is shown only as what was replaced")
    if status == MATCHED and (funded := _named_only_as(us, corpus, checker, named_only_as_funded)):
        status = PARTIAL  # "GPU computing" against a grant "to spend a year ... on GPU support"
        reasons.append(f"{funded} is shown only as what a grant is to pay for")
    if status == MATCHED and (
        weaker := weaker_form(
            req.text,
            [(u, _unit_credit(checker, u)[1]) for u in us],
            corpus,
            lambda t: checker.credit(t, loose=False)[1],
        )
    ):
        status, why_weaker = weaker  # "Databases (PostgreSQL)" shown by RDS, a platform team served not led
        reasons.append(why_weaker)
    if status == MATCHED and (asked := rung_not_held(req.text, [t for _, t in _titles(corpus)])):
        status = (
            PARTIAL  # "Staff-level technical leadership": the work shown, the title at that rung not held
        )
        reasons.append(f"no title held at {asked} level")
    if status == MATCHED and (rung := _mentee_rung_not_shown(req.text, corpus)):
        status = PARTIAL  # "Mentor staff engineers": mentoring shown, not of engineers at that rung
        reasons.append(f"mentoring of {rung} engineers is not shown")
    if (
        status == MATCHED
        and lead_asked(req.text)
        and only_took_part(corpus.sentences[n].text for n in dict.fromkeys(numbers))
    ):
        status = PARTIAL  # "Led incident response" against "joined the on-call rotation"
        reasons.append("taking part is shown, leading it is not")
    if status == MATCHED and (learners := audience_not_shown(req.text, corpus)):
        status = PARTIAL  # "Lecture undergraduates" against teaching teenagers at a coding club
        reasons.append(f"teaching of {learners} learners is not shown")
    if status == MATCHED and (pct := _percent_status(req.text, corpus)) is not None:
        status, n_pct, why_pct = pct  # "cut costs by at least 50%" against a cut of 44%
        if n_pct is not None:
            numbers.insert(0, n_pct)
            pinned = n_pct
        if why_pct:
            reasons.append(why_pct)
    if status == MATCHED:
        shown = _quantity_shown(req.text, corpus)
        if shown is not None:
            q_status, n, why = shown
            status = _worse(status, q_status)
            if n is not None:
                numbers.insert(0, n)
                pinned = n
            if why:
                reasons.append(why)
    if need_money and status != MISSING:
        money, n, why = _money_status(req.text, need_money, checker)
        status = _worse(status, money)
        if n is not None:
            numbers.insert(0, n)
            pinned = n
        reasons.append(why)
    if status == MATCHED and _only_outside_work(req.text, corpus, numbers):
        status = (
            PARTIAL  # a meetup co-organised as a volunteer is the thing, not professional experience of it
        )
        reasons.append("shown only outside paid work (volunteering, awards)")
    if status != MISSING and (not_title := _executive_role_not_held(req.text, corpus)):
        status = MISSING  # the title asked, held by someone the owner reports to, is not the owner's
        reasons.append(not_title)
    elif (
        status == PARTIAL
        and (titled := _TITLE_ROLE.search(req.text))
        and (_NAMED_EXECUTIVE.search(titled.group(1)) or _C_LEVEL.search(titled.group(1)))
    ):
        # "Hold a CISO title in a previous role" with CISO held: the title's framing words are not things asked
        unshown = [r for r in reasons if r.startswith("not shown: ")]
        framing = {w.strip() for r in unshown for w in r.removeprefix("not shown: ").split(",")}
        if unshown and len(unshown) == len(reasons) and framing <= _TITLE_FRAMING:
            status, reasons = MATCHED, []
    if status != MISSING and (no_lead := _lead_role_not_shown(req.text, corpus)):
        status = MISSING  # "as a bioinformatics team lead": the field's work is not the lead role
        reasons.append(no_lead)
    if (exec_rung := executive_rung_asked(req.text)) is not None and (
        status != MISSING or TITLE_OF_RUNG.search(req.text)
    ):
        # a rung's title asked ("a Director title"): its words are never shown below it, the rung decides
        held = executive_rung_held([t for _, t in _titles(corpus)], bool(_people_managed(corpus)))
        if status == MISSING and held == exec_rung[1] - 1:
            status = PARTIAL  # the title held one rung below is what shows it, quoted
            below = [i for i, t in _titles(corpus) if executive_rung_held([t], False) == held]
            numbers = below[:1] + _people_managed(corpus)[:1] + numbers
        if held < exec_rung[1]:
            # "VP-level leadership" against an engineering manager: leading shown, not at that rung
            status = PARTIAL if held == exec_rung[1] - 1 else MISSING
            reasons.append(f"no title held at {exec_rung[0]} level")
    if (
        status == MATCHED
        and (role_now := current_role_asked(req.text))
        and not role_held_now(role_now, _titles_now(corpus))
    ):
        status = PARTIAL  # "Currently an Engineering Manager" against one who was, and is no longer
        reasons.append(f"no {role_now} title held now")
    if status == MATCHED and (word := title_word_not_held(req.text, [t for _, t in _titles(corpus)])):
        status = PARTIAL  # "Lead SRE or Staff SRE title" against a Senior SRE: the work shown, not the title
        reasons.append(f"no {word} title held")
    if status == MATCHED and (
        junior := junior_for_level(req.text, next((t for _, t in _titles(corpus)), None))
    ):
        status = PARTIAL  # "Senior-level backend engineering" against a current Junior Backend Engineer title
        reasons.append(f"the title held now is below {junior} level")
    if status != MISSING and (not_held := _credential_not_held(req.text, corpus, checker)):
        # a certificate asked is held or not: a neighbouring one is not part of it; one held once and
        # expired shows the knowledge, not the credential
        status = (
            PARTIAL
            if not_held
            in (CERT_EXPIRED_REASON, CERT_UNFINISHED_REASON, CERT_OF_KIND_REASON, CERT_FIELD_UNSTATED_REASON)
            else MISSING
        )
        reasons.append(not_held)
    if (lower := lower_tier_held(req.text, _certificate_lines(corpus))) is not None:
        # "ISTQB Advanced Level" against the Foundation Level held: the ladder climbed part of the way
        status, numbers, pinned = PARTIAL, [lower, *numbers], lower
        reasons.append("the certificate is held at a lower tier")
    if status != MISSING and numbers:
        kept = [n for n in numbers if not another_standard_only(req.text, corpus.sentences[n].text)]
        if kept:
            # "IEC 62304 or ISO 13485": the sentence that writes ISO 26262 is not quoted for it
            numbers, pinned = kept, pinned if pinned in kept else None
        elif unwritten := unwritten_standards(req.text, (s.text for s in corpus.sentences)):
            # "Cybersecurity per ISO/SAE 21434" met only by lines that write ISO 26262: another standard is
            # no evidence of the one asked, so nothing is left to show it
            status, score = MISSING, 0.0
            reasons.append(f"{', '.join(unwritten)} is not named in the portfolio; only another standard is")
    evidence = [] if status == MISSING else _evidence(corpus, numbers, first=pinned)
    return Assessment(req, status, score, evidence, reasons)
