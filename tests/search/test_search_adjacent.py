"""A question about what came just before or after an entry it describes rather than names ("after her
PhD", "before consulting", "before she became a manager") is answered by the neighbouring dated entry."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "work", 0, "Independent Consultant at Fenwick Consulting (2019-03 – present)", "Audits for clients."
    ),
    _entry("work", 1, "Data Consultant at Harrow Wind (2020-01 – 2020-09)", "Turbine anomaly detection."),
    _entry("work", 2, "Team Lead, Analytics at Quillmark (2016-10 – 2019-02)", "Led four analysts."),
    _entry("work", 3, "Research Scientist at Quillmark (2014-09 – 2016-09)", "Demand forecasting models."),
    _entry("work", 4, "Line Cook at Harbour Bistro (2008-06 – 2009-08)", "Evening shifts."),
    _entry(
        "education", 0, "PhD in Statistics at Norland University (2009-09 – 2014-07)", "Thesis on sampling."
    ),
    _entry(
        "education", 1, "Bootcamp certificate in Data Science at Ridge School (2008-10 – 2009-01)", "SQL."
    ),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("What did she do after her PhD?", "profile#work/3"),
        ("what did she do right after university", "profile#work/3"),
        ("What did she do before consulting?", "profile#work/2"),
        ("Where did she work before she became a team lead?", "profile#work/3"),
        ("and after the research scientist job?", "profile#work/2"),
    ],
)
def test_the_neighbouring_entry_comes_first(index: SearchIndex, question: str, first: str) -> None:
    assert index.search(question)[0].chunk.id == first


def test_words_that_describe_no_entry_change_nothing(index: SearchIndex) -> None:
    hits = index.search("What did she do after leaving Google?")
    assert not [h for h in hits if not h.weak]
    assert index._adjacent("What does she do after work?") is None
    assert index._adjacent("What did she do after Google?") is None


def test_with_no_job_next_to_it_the_volunteering_or_study_answers() -> None:
    index = SearchIndex.build(
        [
            _entry("work", 0, "Founder at Larkspur Audio (2015-02 – 2016-06)", "Built a codec start-up."),
            _entry(
                "volunteer", 0, "Tutor at Harbour Code Club (2013-09 – 2014-12)", "Taught teenagers Python."
            ),
        ]
    )
    assert index.search("What did he do before Larkspur Audio?")[0].chunk.id == "profile#volunteer/0"


def test_what_the_owner_did_counts_study_and_a_job_that_wound_down() -> None:
    index = SearchIndex.build(
        [
            _entry(
                "work", 0, "Chemistry Teacher at Elmfield School (2010-09 – 2017-06)", "Taught chemistry."
            ),
            _entry("work", 1, "Junior Developer at Quayline (2017-08 – 2020-01)", "Django services."),
            _entry(
                "education",
                0,
                "Diploma in Education at Elmfield College (2009-09 – 2010-06)",
                "Teacher training.",
            ),
            _entry(
                "education",
                1,
                "Part-time bootcamp in Web Development at Forge Academy (2016-11 – 2017-05)",
                ".",
            ),
            _entry("volunteer", 0, "Co-lead at Rivet Meetup (2015-01 – present)", "Monthly talks."),
        ]
    )
    # the teaching ran into the part-time bootcamp: it is what she was doing before it
    assert index.search("What was she doing before the bootcamp?")[0].chunk.id == "profile#work/0"
    # what she did after her diploma: the teaching job (a course of study is a doing too)
    assert index.search("What did she do after the diploma?")[0].chunk.id == "profile#work/0"
    # where she worked after teaching: a job, not the volunteering that went on
    assert index.search("Where did she work after teaching?")[0].chunk.id == "profile#work/1"
