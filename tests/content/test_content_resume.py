"""JSON Resume validation: the project's own section cases, the sample, legacy résumés, and messages."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from content_helpers import FIXTURES

from heyfolio.content.model import Problem
from heyfolio.content.resume import parse_resume

SECTION_DIR = FIXTURES / "section-cases"


def _section_cases() -> list[Any]:
    params = []
    for file in sorted(SECTION_DIR.glob("*.json")):
        if file.name == "dates.json":  # a map of date strings, covered in test_content_dates
            continue
        for name, doc in json.loads(file.read_text(encoding="utf-8")).items():
            params.append(pytest.param(file.stem, name, doc, id=f"{file.stem}:{name}"))
    return params


SECTION_CASES = _section_cases()


def test_section_cases_are_all_found() -> None:
    # guards the parametrization itself: every section file and both kinds of case are present
    sections = {p.values[0] for p in SECTION_CASES}
    assert {"basics", "work", "education", "projects", "meta", "schema"} <= sections
    names = [str(p.values[1]).lower() for p in SECTION_CASES]
    assert sum(n.endswith("invalid") for n in names) >= 50
    assert sum(not n.endswith("invalid") for n in names) >= 50


@pytest.mark.parametrize(("section", "name", "doc"), SECTION_CASES)
def test_section_case(section: str, name: str, doc: dict[str, Any]) -> None:
    resume, problems = parse_resume(doc, f"{section}.json")
    if name.lower().endswith("invalid"):  # check first: "invalid" also ends with "valid"
        assert resume is None
        assert problems, "an invalid case must be rejected"
        for p in problems:
            assert p.file == f"{section}.json"
            assert p.path.startswith("$") and p.expected and p.found
    else:
        assert problems == []
        assert resume is not None
        assert resume.document == doc  # no legacy names here, so the document is unchanged


def test_invalid_null_cases_point_at_the_null() -> None:
    _, problems = parse_resume({"work": [{"startDate": None}]}, "r.json")
    assert [(p.path, p.found) for p in problems] == [("$.work[0].startDate", "null")]
    assert "null" in problems[0].hint
    _, problems = parse_resume({"$schema": {}}, "r.json")
    assert [(p.path, p.expected, p.found) for p in problems] == [("$['$schema']", "a string", "an object")]


def test_sample_resume_is_typed(sample_resume: dict[str, Any]) -> None:
    resume, problems = parse_resume(sample_resume, "sample.resume.json")
    assert problems == []
    assert resume is not None
    assert resume.basics.name == "Richard Hendriks"
    assert resume.basics.image is None  # "image": "" means no picture
    assert resume.basics.location is not None and resume.basics.location.country_code == "US"
    assert [p.network for p in resume.basics.profiles] == ["Twitter", "SoundCloud"]
    work = resume.work[0]
    assert (work.name, work.position) == ("Pied Piper", "CEO/President")
    assert work.start_date is not None and work.start_date.iso() == "2013-12-01"
    assert len(work.highlights) == 3
    assert resume.education[0].score == "4.0"
    assert resume.education[0].courses == ("DB1101 - Basic SQL", "CS2011 - Java Introduction")
    assert resume.projects[0].roles == ("Team lead", "Designer")
    assert resume.meta is not None and resume.meta.version == "v1.0.0"
    assert resume.publications[0].release_date is not None
    assert resume.document == sample_resume
    assert list(resume.document) == list(sample_resume)


INVALID_NAMES = ["invalid-root-array.json", "invalid-syntax.json", "invalid-types.json"]
INVALID_FILES = [FIXTURES / name for name in INVALID_NAMES]


def test_the_invalid_fixtures_exist() -> None:
    """The parametrized test below once skipped silently when the fixtures were absent."""
    assert all(f.is_file() for f in INVALID_FILES), [str(f) for f in INVALID_FILES if not f.is_file()]
    assert sorted(FIXTURES.glob("invalid-*.json")) == sorted(INVALID_FILES), "a new fixture: add it here"


@pytest.mark.parametrize("file", INVALID_FILES, ids=INVALID_NAMES)
def test_invalid_fixture_documents_are_rejected(file: Path) -> None:
    """Every problem: file, JSON path, line and column, expected, found and a hint."""
    from heyfolio.content.loader import load_resume_file

    resume, problems = load_resume_file(file, file.name)
    assert resume is None and problems
    lines = file.read_text().splitlines()
    for p in problems:
        assert p.file == file.name and p.path.startswith("$") and p.expected and p.found and p.hint, p
        assert p.line is not None and p.column is not None and 1 <= p.line <= len(lines), p
        assert str(p).startswith(f"{file.name}:{p.line}:{p.column}: {p.path}: expected ")


def test_type_errors_point_at_their_line_with_a_hint() -> None:
    from heyfolio.content.loader import load_resume_file

    file = FIXTURES / "invalid-types.json"
    _, problems = load_resume_file(file, file.name)
    found = {p.path: p for p in problems}
    lines = file.read_text().splitlines()
    for path, key in [
        ("$.basics.profiles", '"profiles"'),
        ("$.work", '"work"'),
        ("$.skills[0].keywords", '"keywords"'),
        ("$.education[0].institution", '"institution"'),
    ]:
        problem = found[path]
        assert lines[problem.line - 1][problem.column - 1 :].startswith(key), (path, problem)
    assert found["$.education[0].institution"].hint == 'put it in quotes to make it text: "42"'
    assert found["$.work"].hint == "wrap the object in [ ] to make it an array of objects"
    assert found["$.skills[0].keywords"].hint.endswith(
        'or make each item its own string: ["Django", "Flask"]'
    )


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"basics": {"label": "Engineer"}}, "$.basics.name"),
        ({"basics": {"name": "   "}}, "$.basics.name"),
        ({"basics": {"name": 7}}, "$.basics.name"),
        ({"work": []}, "$.basics"),
    ],
)
def test_a_resume_without_the_owners_name_is_refused(
    tmp_path: Path, document: dict[str, Any], path: str
) -> None:
    """Without basics.name the site would serve an anonymous "owner"; the loader refuses it."""
    from heyfolio.content.loader import load_resume_file

    file = tmp_path / "resume.json"
    file.write_text(json.dumps(document, indent=2))
    resume, problems = load_resume_file(file, "resume.json")
    assert resume is None
    assert [p.path for p in problems] == [path]
    assert problems[0].line is not None and problems[0].hint


LEGACY: dict[str, Any] = {
    "basics": {
        "name": "Grace Legacy",
        "picture": "https://example.com/grace.jpg",
        "website": "grace.example.com",
        "email": "grace@example.com",
    },
    "work": [
        {
            "company": "Analytical Engines Ltd",
            "position": "Engineer",
            "website": "https://engines.example.com",
            "startDate": "May 2019",
            "endDate": "Present",
            "extra": "kept",
        },
        {"company": "Jacquard Looms", "startDate": "2016/02", "endDate": "Jan 2019"},
        {"company": "No Dates Inc"},
    ],
    "volunteer": [
        {"organization": "CoderDojo", "website": "http://dojo.example.com", "startDate": "Summer 2018"}
    ],
    "education": [
        {"institution": "Uni A", "gpa": "3.9/4.0", "endDate": "current"},
        {"institution": "Uni B", "gpa": 3.7},
    ],
    "publications": [{"name": "Notes", "website": "https://notes.example.com", "releaseDate": "2014"}],
    "projects": [{"name": "Loom", "website": "https://loom.example.com", "endDate": ""}],
    "customSection": {"anything": True},
}


def test_legacy_resume_is_accepted_and_normalized() -> None:
    resume, problems = parse_resume(copy.deepcopy(LEGACY), "legacy.json")
    assert problems == []
    assert resume is not None
    assert resume.basics.image == "https://example.com/grace.jpg"
    assert resume.basics.url == "grace.example.com"
    first, second, third = resume.work
    assert (first.name, first.url) == ("Analytical Engines Ltd", "https://engines.example.com")
    assert first.start_date is not None and (first.start_date.year, first.start_date.month) == (2019, 5)
    assert first.start_date.raw == "May 2019"
    assert first.end_date is not None and first.end_date.present
    assert second.start_date is not None and second.start_date.iso() == "2016-02"
    assert second.end_date is not None and second.end_date.iso() == "2019-01"
    assert (third.name, third.start_date, third.end_date) == ("No Dates Inc", None, None)
    assert resume.volunteer[0].url == "http://dojo.example.com"
    summer = resume.volunteer[0].start_date
    assert summer is not None and (summer.year, summer.month, summer.raw) == (2018, None, "Summer 2018")
    assert [e.score for e in resume.education] == ["3.9/4.0", "3.7"]
    assert resume.education[0].end_date is not None and resume.education[0].end_date.present
    assert resume.publications[0].url == "https://notes.example.com"
    assert resume.projects[0].url == "https://loom.example.com"
    assert resume.projects[0].end_date is None  # "" means no date

    doc = resume.document
    assert list(doc["basics"]) == ["name", "image", "url", "email"]  # renamed in place, order kept
    assert list(doc["work"][0]) == ["name", "position", "url", "startDate", "endDate", "extra"]
    assert doc["work"][0]["extra"] == "kept"
    assert doc["education"][0]["score"] == "3.9/4.0" and "gpa" not in doc["education"][0]
    assert doc["education"][1]["score"] == "3.7"
    assert doc["customSection"] == {"anything": True}
    assert "company" not in json.dumps(doc) and "website" not in json.dumps(doc)
    assert LEGACY["work"][0]["company"] == "Analytical Engines Ltd"  # the input is not mutated


def test_legacy_and_current_name_together() -> None:
    same, problems = parse_resume({"work": [{"name": "A", "company": "A"}]}, "r.json")
    assert problems == [] and same is not None
    assert same.document["work"] == [{"name": "A"}]
    _, problems = parse_resume({"work": [{"name": "A", "company": "B"}]}, "r.json")
    assert len(problems) == 1
    assert problems[0].path == "$.work[0].company"
    assert "different values" in problems[0].found


def test_problem_path_names_the_key_the_author_wrote() -> None:
    _, problems = parse_resume(
        {"work": [{"company": 42, "website": "not a url"}], "basics": {"picture": None}}, "r"
    )
    assert [p.path for p in problems] == ["$.basics.picture", "$.work[0].company", "$.work[0].website"]


def test_many_problems_are_reported_at_once() -> None:
    doc = {
        "basics": {
            "name": None,
            "email": "not-an-email",
            "url": "my homepage",
            "location": "Berlin",
            "profiles": [{"network": "GitHub", "url": "https://github.com/x"}, "twitter"],
        },
        "work": [
            {"name": "A", "startDate": "2019-01"},
            {"name": "B", "startDate": "2019-02"},
            {"name": "C", "startDate": "2013-12-021", "endDate": "2020-13", "highlights": ["ok", 7]},
        ],
        "education": {"institution": "Not a list"},
        "skills": [{"name": "Go", "keywords": "go, rust"}],
        "awards": [{"date": "someday"}],
        "meta": {"canonical": "nope nope"},
    }
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is None
    got = [(p.path, p.expected, p.found) for p in problems]
    date_expected = 'a date: YYYY, YYYY-MM or YYYY-MM-DD (or text such as "May 2019" or "Present")'
    assert got == [
        ("$.basics.name", "a string", "null"),
        ("$.basics.email", "an email address such as ada@example.com", '"not-an-email"'),
        ("$.basics.url", "a URL such as https://example.com", '"my homepage"'),
        ("$.basics.location", "an object", '"Berlin"'),
        ("$.basics.profiles[1]", "an object", '"twitter"'),
        ("$.work[2].startDate", date_expected, '"2013-12-021"'),
        ("$.work[2].endDate", date_expected, '"2020-13"'),
        ("$.work[2].highlights[1]", "a string", "the number 7"),
        ("$.education", "an array of objects", "an object"),
        ("$.awards[0].date", date_expected, '"someday"'),
        ("$.skills[0].keywords", "an array of strings", '"go, rust"'),
        ("$.meta.canonical", "a URL such as https://example.com", '"nope nope"'),
    ]
    hints = {p.path: p.hint for p in problems}
    assert "YYYY-MM-DD" in hints["$.work[2].startDate"]
    assert "month 13" in hints["$.work[2].endDate"]
    assert "null" in hints["$.basics.name"]
    assert "city" in hints["$.basics.location"]
    assert '["go, rust"]' in hints["$.skills[0].keywords"]
    assert all(p.file == "resume.json" for p in problems)
    assert str(problems[5]).startswith("resume.json: $.work[2].startDate: expected a date")


@pytest.mark.parametrize("value", [None, [], "resume", 3])
def test_document_must_be_an_object(value: object) -> None:
    resume, problems = parse_resume(value, "r.json")
    assert resume is None
    assert [(p.path, p.expected.startswith("a JSON Resume document")) for p in problems] == [("$", True)]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com", True),
        ("http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)", True),
        ("mailto:ada@example.com", True),
        ("example.com/ada", True),
        ("", True),
        ("my site", False),
        ("https://exa mple.com", False),
        ("ada", False),
        ("//", False),
    ],
)
def test_url_format(url: str, ok: bool) -> None:
    resume, problems = parse_resume({"basics": {"url": url}}, "r.json")
    assert (problems == []) is ok
    if ok:
        assert resume is not None and resume.basics.url == (url or None)


@pytest.mark.parametrize(
    ("email", "ok"),
    [("ada@example.com", True), ("a.b+c@mail.example.org", True), ("", True), ("ada", False), ("a@b", False)],
)
def test_email_format(email: str, ok: bool) -> None:
    _, problems = parse_resume({"basics": {"email": email}}, "r.json")
    assert (problems == []) is ok


def test_image_is_free_text() -> None:
    # the schema gives image no format: a relative file name is fine
    resume, problems = parse_resume({"basics": {"image": "profile-image.png"}}, "r.json")
    assert problems == [] and resume is not None and resume.basics.image == "profile-image.png"


def test_dates_must_be_strings() -> None:
    _, problems = parse_resume({"work": [{"startDate": 2019}]}, "r.json")
    assert [(p.path, p.found) for p in problems] == [("$.work[0].startDate", "the number 2019")]


def test_problem_type_is_the_shared_model() -> None:
    _, problems = parse_resume({"basics": None}, "r.json")
    assert problems == [
        Problem(
            "r.json",
            "$.basics",
            "an object",
            "null",
            "remove the key or give it a value (null is not allowed here)",
        )
    ]
