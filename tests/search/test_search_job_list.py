"""A question asking for the list of the owner's employers ("which companies has she worked for?",
"list his previous employers", "where has she worked?") is answered by the jobs, newest first, though
a job's passage rarely says "company"; "company" or "jobs" asked about something else is left alone."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.listing import asks_job_list


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "basics", 0, "Greta Solberg — Backend Engineer", "Backend engineer; worked in logistics and retail."
    ),
    _entry("work", 0, "Staff Engineer at Hollow Pine (2022-03 – present)", "Owns the order service."),
    _entry(
        "work", 1, "Senior Engineer at Brackwater Retail (2019-01 – 2022-02)", "Checkout, worked on pricing."
    ),
    _entry("work", 2, "Engineer at Tarn Freight (2016-05 – 2018-12)", "Worked on routing; worked nights."),
    _entry("work", 3, "Intern at Mossgate (2015-06 – 2015-09)", "Worked on internal tools, worked with QA."),
    _entry("volunteer", 0, "Mentor at Code Harbour (2018-01 – present)", "Worked with career changers."),
    _entry("project", 0, "pinecone-cli (2021-02)", "Project: pinecone-cli — Company-wide CLI for releases."),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    "question",
    [
        "Which companies has she worked for?",
        "List her previous employers",
        "Where has she worked?",
        "her employers?",
    ],
)
def test_the_jobs_come_newest_first(index: SearchIndex, question: str) -> None:
    ids = [h.chunk.id for h in index.search(question)]
    assert ids[:4] == ["profile#work/0", "profile#work/1", "profile#work/2", "profile#work/3"], ids


@pytest.mark.parametrize(
    "question",
    [
        "Has she saved money for the company?",
        "How many of her mentees got jobs?",
        "Where has she worked on Kafka?",
        "Which company was acquired?",
        "What did she do at Tarn Freight?",
        "Which company has she worked at longest?",
    ],
)
def test_other_questions_are_not_a_list_of_jobs(question: str) -> None:
    assert not asks_job_list(question)


_CONSULTANT = [
    _entry("work", 0, "Independent Consultant at Ivo Brandt Consulting (2018-01 – present)", "My practice."),
    _entry(
        "work",
        1,
        "Contract Data Engineer at Saltmarsh Energy (2023-04 – present)",
        "Retainer, two days a week.",
    ),
    _entry(
        "work", 2, "Lecturer (part-time) at Fenwick Polytechnic (2020-09 – present)", "One evening course."
    ),
    _entry("work", 3, "Consultant at Orrin Seeds (2021-02 – 2022-06)", "Greenhouse sensor pipeline."),
    _entry("work", 4, "Freelance Developer at Larkspur Books (2019-03 – 2020-01)", "Shop checkout."),
]


def test_a_list_of_clients_is_the_client_work() -> None:
    index = SearchIndex.build(_CONSULTANT)
    ids = [h.chunk.id for h in index.search("What clients has he had?")]
    assert ids[:3] == ["profile#work/1", "profile#work/3", "profile#work/4"], ids
