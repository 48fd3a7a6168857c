"""Which parts of a multi-part requirement the job only wishes for ("Fluent English; Dutch is nice to have").

Why: a requirement can join a must and a wish in one line. The wish says what would be welcome, not
what the job needs, so it must not lower the verdict on the must: "Fluent English; Dutch is a plus" is
met by fluent English whatever the Dutch. A line that is a wish as a whole is judged on its own words.
"""

from __future__ import annotations

import re

__all__ = ["optional_pieces", "split_pieces", "without_wishes"]

# A clause of its own: ";" and "," or a sentence end part a must from a wish; so does "and".
_PIECES = re.compile(r"[;,.]\s*|\s+(?:and|but|while)\s+", re.IGNORECASE)
_WISH = re.compile(
    r"\b(?:(?:is|are|would be)\s+(?:a\s+)?(?:plus|bonus|nice to have|an? advantage|an? asset|desirable|welcome)"
    r"|nice[- ]to[- ]have|ideally|preferably|optionally|(?:a\s+)?bonus\b)",
    re.IGNORECASE,
)


def split_pieces(text: str) -> list[str]:
    """The clauses of a requirement, as written."""
    return [p.strip() for p in _PIECES.split(text) if p and p.strip()]


def optional_pieces(text: str) -> list[str]:
    """The clauses only wished for, when at least one other clause is not: [] for a line that is all
    wish or all must."""
    pieces = split_pieces(text)
    wished = [p for p in pieces if _WISH.search(p)]
    return wished if wished and len(wished) < len(pieces) else []


# Where a must and a wish part in one line for certain: a semicolon or a sentence's end, or a comma before
# a clause of its own saying it is a wish ("Terraform, Pulumi is a bonus") - not "and", which can join
# two things one wish is about ("Kafka and Flink experience would be a plus").
_CLAUSES = re.compile(
    r"\s*;\s*|(?<=[a-z)])\.\s+(?=[A-Z])|,\s*(?=(?:[\w/+#.-]+\s+){1,4}(?:is|are|would be)\s)"
)


def without_wishes(text: str) -> str:
    """``text`` without the clauses it only wishes for, when one it asks for remains: "Infrastructure as
    code with Terraform; Pulumi is a bonus" asks Terraform, and Pulumi must not hold it partial."""
    pieces = [p for p in _CLAUSES.split(text) if p and p.strip()]
    if len(pieces) < 2:
        return text
    kept = [p.strip() for p in pieces if not _WISH.search(p)]
    return "; ".join(kept) if kept and len(kept) < len(pieces) else text
