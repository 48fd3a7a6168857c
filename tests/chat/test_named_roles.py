"""Two roles compared by how long each lasted, named by their words or their initials."""

from __future__ import annotations

from heyfolio.chat.named_roles import named_roles
from heyfolio.chat.offline import _compared_roles, _duration_lead
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit


def _job(i: int, title: str, text: str = "") -> Chunk:
    return Chunk(
        id=f"profile#work/{i}", uri=f"portfolio://profile#work/{i}", kind="work", title=title, text=text
    )


STAFF = _job(0, "Staff Data Platform Engineer at Bursztyn Pay (2023-09-04 – present)")
MANAGER = _job(1, "Engineering Manager, Data Platform at Loadstar Freight (2021-01-04 – 2023-08-31)")
SRE = _job(2, "Site Reliability Engineer at Loadstar Freight (2019-05-06 – 2020-12-31)")
JOBS = [STAFF, MANAGER, SRE]


def test_a_role_is_named_by_its_words_its_head_run_or_its_initials() -> None:
    question = "Did she spend longer as an SRE or as an engineering manager?"
    assert named_roles(JOBS, question) == [SRE, MANAGER]
    # "data platform" of the manager's title lies inside the longer naming of the staff role
    assert named_roles(JOBS, "How long was she a data platform engineer?") == [STAFF]
    # initials are capitals: a lower-case word that spells them names nothing
    assert named_roles(JOBS, "did she sre a lot") == []


def test_the_two_roles_named_are_compared_whatever_search_ranked_first() -> None:
    question = "Did she spend longer as an SRE or as an engineering manager?"
    hits = [Hit(MANAGER, 0.4, ""), Hit(STAFF, 0.2, ""), Hit(SRE, 0.1, "")]
    compared = _compared_roles(hits, question, JOBS)
    assert [h.chunk for h in compared] == [SRE, MANAGER]
    lead = _duration_lead(hits, "did she spend longer as an sre or as an engineering manager", compared)
    assert lead is not None
    assert "1 year and 8 months" in lead and "2 years and 8 months" in lead
    assert lead.index("Site Reliability") < lead.index("Engineering Manager")
    assert "the longer was Engineering Manager" in lead
    assert _compared_roles(hits, "How long was she an SRE?", JOBS) == []
