"""What a job board's page adds around a pasted posting ("Show more", "+5 more", "Set alert for similar jobs").

Why its own module: a recruiter pastes the whole page, and a report that lists "See how you compare to 80
applicants" as a missing requirement understates every candidate. These lines are the board's, not the
employer's nor the candidate's, so they are dropped wherever they fall: a line, a sentence, a list's item.
"""

from __future__ import annotations

import re

__all__ = ["is_page_furniture"]

_FURNITURE = re.compile(
    r"^(?:"
    # a list cut short by the board: "Skills: SwiftUI, Core ML, +7 more"
    r"\+?\s?\d+\s+more|(?:show|see|read|view)\s+(?:more|less|all)(?:\s+skills)?|…\s*(?:see|show)\s+more|"
    # the board's own offers and buttons
    r"set (?:an? )?(?:job )?alerts?\b.*|see how you compare\b.*|try premium\b.*|get (?:job )?alerts\b.*|"
    r"(?:easy )?apply|save|saved|promoted|actively recruiting|be an early applicant|report this job|"
    r"meet the hiring team|message|show all|similar jobs|people also viewed|"
    # an applicant-tracking page's links and its form ("Back to jobs", "Apply for this job", "* Required")
    r"back to (?:all )?(?:jobs|openings|careers)|apply (?:for this (?:job|role|position)|now|here)|"
    r"(?:jobs |careers )?powered by \w+|share (?:this )?(?:job|role|posting)|view all (?:jobs|openings)|"
    r"submit (?:your )?application|\*\s?required|report (?:this )?job|hiring insights|"
    # a job board's fact labels, each over its value ("Job type" / "Full-time"), and its section labels
    r"job details|full job description|job type|shift and schedule|schedule|pay|"
    # when and how many: "Reposted 3 days ago", "Over 100 applicants", "57 applicants"
    r"(?:re)?posted\s+(?:\d+\+?|a|an|one)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|(?:over\s+)?\d+\+?\s+applicants?|"
    r"(?:over\s+)?\d+\+?\s+(?:people\s+)?clicked\s+apply|"
    # the job's schedule and terms as a board lists them ("Monday to Friday", "Full-time · Permanent")
    r"(?:monday|mon)\s*(?:to|-|–)\s*(?:friday|fri|saturday|sat)|"
    # a professional network's own seniority value, on a line of its own or beside the schedule ("Senior level"
    # alone may be an ask; "Mid-Senior level" is only ever the network's)
    r"(?:(?:(?:full|part)[- ]time|contract)\s*[·|]\s*)?mid-senior\s+level|"
    r"(?:(?:full|part)[- ]time|permanent|temporary|fixed[- ]term)"
    r"(?:\s*[·,|/+&-]\s*(?:(?:full|part)[- ]time|permanent|temporary|fixed[- ]term|contract|freelance))*"
    r")\W*$",
    re.IGNORECASE,
)


def is_page_furniture(text: str) -> bool:
    """``text`` (a line, a sentence or an item) is the job board's, not the posting's."""
    return bool(_FURNITURE.match(text.strip()))
