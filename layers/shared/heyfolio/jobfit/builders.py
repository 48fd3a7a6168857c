"""Years asked of building software ("5+ years of software engineering", "3+ years of programming
experience") against roles that analysed, specified, owned, coordinated, taught, configured, demonstrated or
supported software without writing it.
Why: a business analyst, product owner or scrum master works at a software company among engineers, and their
years are years in technology (``career.is_field_work``); read as a field's length, eight years of requirements
workshops, user stories and acceptance testing met "5+ years of software engineering". A recruiter counts only
the roles that built the software: a title that names the building (engineer, developer, programmer, architect)
keeps its role; a title of analysis, product ownership, delivery or teaching with no such word does not.
"""

from __future__ import annotations

import re

from heyfolio.content.model import Work

__all__ = ["building_years_asked", "builds_software", "software_titled"]

# The years asked are of building software: its engineering, development or programming, not a field's length
# ("10+ years in tech", "7+ years of professional experience").
_BUILDING_ASK = re.compile(
    r"\b(?:(?:software|application|app|web|backend|back-end|frontend|front-end|full[- ]stack|systems?)\s+"
    r"(?:engineering|development)|programming|coding|(?:hands-on\s+)?development\s+experience)\b",
    re.IGNORECASE,
)
# Titles that name the building itself ("Product Engineer", "Engineering Manager", "Lead Developer", "CTO").
_BUILDING_TITLE = re.compile(
    r"\b(?:engineer\w*|developer|programmer|coder|architect|devops|SRE|CTO|software|data scientist)\b",
    re.IGNORECASE,
)
# Titles of work around software, not of writing it: analysing, specifying, owning the backlog, running the
# process, teaching, configuring, demonstrating or supporting it ("Business Analyst", "Senior Product Owner",
# "Scrum Master", "Delivery Lead", "BA Tutor").
_AROUND_SOFTWARE_TITLE = re.compile(
    r"\b(?:(?:business|systems|process|functional|requirements)\s+analyst|product\s+(?:owner|manager|lead|"
    r"director|specialist)|head\s+of\s+product|chief\s+product\s+officer|scrum\s*master|agile\s+coach|"
    r"delivery\s+(?:manager|lead)|project\s+(?:manager|coordinator)|programme\s+manager|program\s+manager|"
    r"tutor|trainer|instructor|lecturer|"
    # a software vendor's consultants and customer-facing roles configure, show, sell or support the product
    # ("Implementation Consultant", "Solutions Consultant", "Customer Success Manager", "Account Executive")
    r"(?:implementation|solutions?|pre-?sales|functional|onboarding|customer\s+success)\s+(?:consultant|specialist|"
    r"manager|lead)|customer\s+success\s+manager|account\s+(?:manager|executive)|sales\s+(?:manager|executive|"
    r"representative)|support\s+(?:specialist|agent|analyst))\b",
    re.IGNORECASE,
)


def building_years_asked(text: str) -> bool:
    """Whether a years ask is of building software ("software engineering", "programming"), not of a field."""
    return _BUILDING_ASK.search(text) is not None


def builds_software(work: Work) -> bool:
    """Whether a role counts toward years of building software: every role does except one titled only as
    work around software (analysis, product ownership, delivery, teaching) with no word of the building."""
    title = work.position or ""
    return bool(_BUILDING_TITLE.search(title)) or not _AROUND_SOFTWARE_TITLE.search(title)


# Titles of technical work beyond the words above ("Technical Lead", "IT Systems Analyst", "Technology Consultant").
_TECHNICAL_TITLE = re.compile(
    r"\b(?:technical|technology|tech|IT|systems?|solutions?|implementation)\b", re.IGNORECASE
)


def software_titled(work: Work) -> bool:
    """Whether a role's title is of software work, built or around it ("Guidewire ClaimCenter Developer",
    "Technical Lead", "Implementation Consultant"): its highlights name a field's things as what the software
    handles, not as the field's own work done."""
    title = work.position or ""
    return bool(
        _BUILDING_TITLE.search(title)
        or _AROUND_SOFTWARE_TITLE.search(title)
        or _TECHNICAL_TITLE.search(title)
    )
