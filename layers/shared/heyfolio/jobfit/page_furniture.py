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
    # when and how many: "Reposted 3 days ago", "Over 100 applicants", "57 applicants"
    r"(?:re)?posted\s+\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|(?:over\s+)?\d+\+?\s+applicants?|"
    r"(?:over\s+)?\d+\+?\s+(?:people\s+)?clicked\s+apply"
    r")\W*$",
    re.IGNORECASE,
)


def is_page_furniture(text: str) -> bool:
    """``text`` (a line, a sentence or an item) is the job board's, not the posting's."""
    return bool(_FURNITURE.match(text.strip()))
