"""Which résumé jobs count as professional experience in the field a job ad is about.

Why: a career changer's earlier profession (a teacher, a nurse, a chef) is real work, but not years of
software work; "7+ years of software development" or "Senior" must not count a classroom. And a role
asked by name ("2+ years in a developer relations role") is shown only by a dated entry in that role,
never by the career's length.
"""

from __future__ import annotations

import re

from heyfolio.content.model import Work
from heyfolio.search.text import analyze

__all__ = ["asked_role", "is_field_work", "teaching_asked", "teaching_post"]

# Occupations outside technology: a job titled only with one of these is another career.
_OTHER_OCCUPATION = re.compile(
    r"\b(teachers?|teaching|tutor|schoolteacher|nurse|nursing|midwife|physician|doctor|surgeon|dentist|"
    r"pharmacist|veterinarian|paramedic|caregiver|carer|nanny|social worker|therapist|chef|cook|waiter|"
    r"waitress|bartender|barista|cashier|retail|shop assistant|sales assistant|store assistant|"
    r"receptionist|driver|courier|lawyer|solicitor|paralegal|accountant|bookkeeper|musician|actor|"
    r"librarian|journalist|translator|interpreter|cleaner|warehouse|labou?rer|carpenter|electrician|"
    r"plumber|firefighter|police|soldier|farmer|lifeguard|coach|instructor|concierge|housekeep\w*|"
    r"front[- ](?:office|desk)|night auditor|sommelier|hotel\w*|hospitality|"
    # the back office: finance, insurance and clerical work ("Accounts Payable Specialist", "Claims Handler")
    r"clerk|bookkeeping|accounts (?:payable|receivable)|payables|receivables|payroll|credit controller|"
    r"auditor|underwriter|claims (?:handler|adjuster|assessor)|bank teller|teller|secretary|"
    # retail banking by its grades ("Personal Banker", "Branch Manager", "Mortgage Adviser", "Loan Officer")
    r"(?:personal |retail |private |relationship |commercial |investment )?bankers?|branch manager|"
    r"bank manager|(?:mortgage|financial|savings|lending) (?:adviser|advisor)|loan officer|"
    # the finance and legal professions by their grades ("Audit Senior", "Tax Manager", "Financial Controller")
    r"(?:audit|tax|assurance|insolvency)(?:,)? (?:trainee|associate|assistant|senior|supervisor|manager|partner|"
    r"director|adviser|advisor|executive|junior)|actuary|actuarial (?:analyst|trainee)|financial controller|"
    r"(?:trainee|articled|chartered|certified|management|tax|financial) accountant|associate solicitor|"
    r"(?:administrative|office|accounts) assistant|customer service|call cent(?:re|er)|"
    # the building trades and professions ("Project Architect", "Quantity Surveyor", "Site Manager")
    r"architectural (?:assistant|technologist|technician|designer)|"
    r"(?:project|design|landscape|registered|licensed|chartered|job|site|associate) architect|"
    r"(?:quantity|building|land) surveyor|site manager|construction manager|foreman|"
    # the skilled trades by their grades ("Electrical Apprentice", "Journeyman Electrician", "Pipefitter")
    r"apprentice|journey(?:man|woman|person)|tradesperson|plumbing|pipe ?fitter|welder|joiner|bricklayer|"
    r"roofer|plasterer|glazier|millwright|line(?:man|woman|worker)|electrical (?:installer|fitter|contractor)|"
    # warehouse and transport operations by their grades ("Shift Supervisor", "Logistics Coordinator")
    r"shift (?:supervisor|manager|leader|lead)|forklift (?:driver|operator)|order picker|"
    r"(?:logistics|transport|fleet|depot|distribution|site operations) (?:coordinator|supervisor|manager|planner))\b",
    re.IGNORECASE,
)
# Workplaces outside technology: a job whose title says nothing of technology ("Front Office Manager",
# "Shift Supervisor", "Store Manager" at "a grocery chain with 40 stores") at one of these is another career too.
_OTHER_WORKPLACE = re.compile(
    r"\b(hotels?|hostels?|resorts?|restaurants?|caf[eé]s?|bars?|pubs?|catering|hospitality|schools?|"
    r"hospitals?|clinics?|pharmacy|supermarkets?|grocer\w*|retailers?|stores|shops|farms?|factory|warehouses?|"
    r"cruise|third-party logistics|3PL|logistics (?:provider|company|firm)s?|fulfil?ment (?:cent(?:re|er)|"
    r"provider|company)s?|distribution cent(?:re|er)s?|freight forward\w*|haulage|hauliers?|"
    r"architecture (?:practice|firm|studio|office)s?|architectural (?:practice|firm|studio|office)s?|"
    r"(?:accountancy|accounting|audit|law|legal) (?:practice|firm|partnership)s?|"
    r"architects(?:'? (?:practice|firm|studio|office))?$)\b",
    re.IGNORECASE,
)
# What makes such a workplace a technology business after all ("SaaS for hotels", "apps for schools").
_TECH_BUSINESS = re.compile(
    r"\b(platform|saas|apps?|online|start-?up|fintech|e-?commerce|payments?|internet)\b", re.IGNORECASE
)
# Words that put a job in technology whatever else its title says ("Coding instructor", "IT teacher").
_TECH = re.compile(
    r"\b(software|developer|engineer\w*|programm\w*|coding|code|computer|computing|data|web|"
    r"front[- ]?end|back[- ]?end|full[- ]?stack|mobile|devops|cloud|tech\w*|digital|cyber\w*|"
    r"systems?|network\w*|machine learning|product|computational|BIM)\b",
    re.IGNORECASE,
)
_TECH_ACRONYM = re.compile(r"\b(IT|ICT|AI|ML|CTO|UX|UI)\b")


def is_field_work(work: Work) -> bool:
    """Whether ``work`` counts toward years of professional (technology) work: every job does,
    except one whose title names another occupation, or is held at a workplace outside technology (a
    "Front Office Manager" at a hotel), and whose title and employer say nothing of technology ("Physics
    Teacher" at "Private secondary school")."""
    title = work.position or ""
    if _TECH.search(title) or _TECH_ACRONYM.search(title):
        return True
    place = " ".join(x for x in (work.description, work.name) if x)
    if not _OTHER_OCCUPATION.search(title) and (
        not _OTHER_WORKPLACE.search(place) or _TECH_BUSINESS.search(place)
    ):
        return True
    said = " ".join(x for x in (title, work.description, work.name) if x)
    return bool(_TECH.search(said) or _TECH_ACRONYM.search(said))


# A post held to teach ("Business Analysis Tutor", "Evening Class Instructor"), and an ask about teaching.
_TEACHING_TITLE = re.compile(r"\b(?:tutor|teacher|instructor|trainer|lecturer|teaching)\b", re.IGNORECASE)
_TEACHING_TERMS = frozenset(
    analyze("teach teaching tutor tutoring train training instruct instructor lecture")
)


def teaching_post(work: Work) -> bool:
    """Whether ``work`` is a teaching post outside technology work ("Business Analysis Tutor" at a training
    provider). Why: it names the subject it taught, and read as a dated entry mentioning that subject it
    counted as years of doing it ("5+ years of business analysis" from three years as an analyst and two of
    evening classes); teaching a subject is not practising it. A post titled with technology work ("Coding
    Instructor" at a bootcamp writes code) is not one."""
    title = work.position or ""
    return bool(_TEACHING_TITLE.search(title)) and not (_TECH.search(title) or _TECH_ACRONYM.search(title))


def teaching_asked(alternatives: list[frozenset[str]]) -> bool:
    """Whether the things asked years of are teaching ("3+ years of teaching", "training delivery")."""
    return any(a & _TEACHING_TERMS for a in alternatives)


# "in a developer relations role", "in SRE or platform roles", "in a product position"
_IN_ROLE = re.compile(
    r"\b(?:in|as)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){1,4}?)(?:role|roles|position|positions|capacity)\b",
    re.IGNORECASE,
)


# How an ad qualifies a role without naming one ("in a similar role", "in a senior role").
_QUALIFIERS = frozenset(
    str.split(
        "similar related relevant equivalent comparable same such this that senior junior mid mid-level lead "
        "leading leadership full-time part-time permanent professional hands-on technical paid formal"
    )
)


def asked_role(text: str, stop: frozenset[str]) -> list[frozenset[str]] | None:
    """The role a requirement asks years in, as alternatives of index terms (``stop`` words and
    qualifiers left out), or None when it names no role ("in a similar role").
    "in SRE or platform roles" -> [{sre}, {platform}]."""
    m = _IN_ROLE.search(text)
    if not m:
        return None
    alts = []
    for part in re.split(r"\s+or\s+|\s*/\s*|,\s*", m.group(1).strip()):
        words = [w for w in part.split() if w.casefold() not in _QUALIFIERS]
        terms = frozenset(t for t in analyze(" ".join(words)) if t not in stop)
        if terms:
            alts.append(terms)
    return alts or None
