"""Optimising code of a mathematical kind ("optimise numerical code") is optimisation shown by a measured cut;
optimisation of the mathematical kind ("numerical optimisation") is not, over a made-up owner."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)

# A made-up research software engineer since 2018 who made a Fortran and Python ocean model fast (a measured
# cut), and who never wrote about solvers or mathematical optimisation.
OWNER: dict[str, Any] = {
    "basics": {"name": "Runa Castellanos-Whitfield", "label": "Research Software Engineer"},
    "work": [
        {
            "name": "Tidemark Ocean Lab",
            "position": "Research Software Engineer",
            "startDate": "2018-05",
            "highlights": [
                "Cut the run time of the numerical ocean model from 14 hours to 50 minutes by vectorising its "
                "Python and Fortran code",
            ],
        }
    ],
    "skills": [{"name": "Languages", "keywords": ["Python", "Fortran"]}],
}


def test_optimising_numerical_code_is_shown_by_a_measured_cut() -> None:
    assert assessed(OWNER, "Optimise numerical code", today=TODAY)["status"] == "matched"


def test_numerical_optimisation_is_not_shown_by_a_cut() -> None:
    assert assessed(OWNER, "Numerical optimisation", today=TODAY)["status"] != "matched"
