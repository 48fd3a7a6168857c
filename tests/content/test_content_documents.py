"""Projects and posts: front matter parsing, typing and the problems authors actually make."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_helpers import VALID_POST, VALID_PROJECT

from heyfolio.content.documents import PROJECT_KEYS, check_slug, parse_post, parse_project, parse_repo
from heyfolio.content.frontmatter import read_front_matter


def project(front: str, body: str = "Body.") -> str:
    return f"---\n{front.strip()}\n---\n\n{body}\n"


def test_valid_project_is_typed() -> None:
    doc, problems = parse_project(VALID_PROJECT, "tidewater", "projects/tidewater.md", Path("x.md"))
    assert problems == []
    assert doc is not None
    assert (doc.slug, doc.title, doc.summary) == ("tidewater", "Tidewater", "A tide-table service.")
    assert doc.topics == ("forecasting", "time series")
    assert doc.languages == ("Python",)
    assert doc.repo == "ada/tidewater"
    assert doc.start_date is not None and doc.start_date.iso() == "2021-03"
    assert doc.end_date is None
    assert doc.featured is True
    assert doc.body == "Tidewater predicts tides."
    assert doc.source == Path("x.md")


def test_all_project_keys_are_typed() -> None:
    text = project(
        """
title: Full
summary: Everything set.
topics: [a]
languages: [Go, Rust]
repo: https://github.com/ada/full.git
url: https://full.example.com
homepage: full.example.com
role: Creator
start: 2019
end: Present
status: archived
featured: false
"""
    )
    doc, problems = parse_project(text, "full", "full.md")
    assert problems == [] and doc is not None
    assert doc.repo == "ada/full"
    assert (doc.url, doc.homepage, doc.role, doc.status) == (
        "https://full.example.com",
        "full.example.com",
        "Creator",
        "archived",
    )
    assert doc.start_date is not None and doc.start_date.year == 2019  # a bare YAML number is a year
    assert doc.end_date is not None and doc.end_date.present
    assert doc.featured is False


def test_valid_post_is_typed() -> None:
    doc, problems = parse_post(VALID_POST, "on-tides", "posts/on-tides.md")
    assert problems == [] and doc is not None
    assert doc.date is not None and doc.date.iso() == "2023-05-01"
    assert doc.date.raw == "2023-05-01"  # YAML timestamps stay text
    assert doc.tags == ("tides",)
    assert doc.body == "Body text."


def test_many_front_matter_problems_at_once() -> None:
    text = project(
        """
title: ""
sumary: typo here
topics: [rust, 3, null]
languages: Python
repo: not a repo
url: "has spaces in it"
start: 2019-02-30
end: someday
featured: "yes"
"""
    )
    doc, problems = parse_project(text, "Bad_Name", "projects/Bad_Name.md")
    assert doc is None
    got = [(p.path, p.found) for p in problems]
    assert got == [
        ("(file name)", '"Bad_Name"'),
        ("$.sumary", "unknown key `sumary`"),
        ("$.title", "an empty string"),
        ("$.summary", "nothing (the key is missing)"),
        ("$.repo", '"not a repo"'),
        ("$.topics[1]", "the number 3"),
        ("$.topics[2]", "null"),
        ("$.languages", '"Python"'),
        ("$.url", '"has spaces in it"'),
        ("$.start", '"2019-02-30"'),
        ("$.end", '"someday"'),
        ("$.featured", '"yes"'),
    ]
    by_path = {p.path: p for p in problems}
    assert "bad-name.md" in by_path["(file name)"].hint
    assert "did you mean `summary`?" in by_path["$.sumary"].hint
    assert all(key in by_path["$.sumary"].hint for key in PROJECT_KEYS)
    assert by_path["$.topics[1]"].expected == "a string"
    assert "quote" in by_path["$.topics[1]"].hint
    assert by_path["$.languages"].expected == "a list of strings"
    assert '["Python"]' in by_path["$.languages"].hint
    assert "does not exist" in by_path["$.start"].hint
    assert by_path["$.featured"].expected == "true or false"
    assert by_path["$.repo"].expected == 'a GitHub repository as "owner/name"'
    assert all(p.file == "projects/Bad_Name.md" for p in problems)


def test_post_unknown_keys_and_missing_title() -> None:
    doc, problems = parse_post(project("summary: s\ndate: 2023-01-01\ntopics: [x]\ncategory: y"), "p", "p.md")
    assert doc is None
    assert [(p.path, p.expected) for p in problems] == [
        ("$.topics", "a known key"),
        ("$.category", "a known key"),
        ("$.title", "a non-empty string"),
    ]
    assert "known keys: title, summary, date, tags, url" in problems[0].hint
    assert "did you mean" not in problems[1].hint  # nothing close to "category"


def test_yaml_syntax_error_has_file_line_numbers() -> None:
    text = "---\ntitle: Fine\nsummary: broken: colon here\n---\nbody\n"
    doc, problems = parse_project(text, "x", "projects/x.md")
    assert doc is None
    (problem,) = problems
    assert (problem.line, problem.column) == (3, 16)  # line 3 of the file, not of the YAML
    assert problem.expected == "valid YAML"
    assert "mapping values are not allowed" in problem.found
    assert str(problem).startswith("projects/x.md:3:16: $: expected valid YAML")


def test_yaml_unclosed_bracket_line() -> None:
    text = "---\ntitle: T\nsummary: S\ntopics: [a, b\nrole: r\n---\n"
    _, problems = parse_project(text, "x", "x.md")
    assert len(problems) == 1 and problems[0].line is not None and problems[0].line >= 4


def test_duplicate_key_is_reported_with_its_line() -> None:
    text = project("title: A\nsummary: S\ntitle: B")
    doc, problems = parse_project(text, "x", "x.md")
    assert doc is None
    assert [(p.found, p.line) for p in problems] == [("the key `title` again", 4)]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("# Just markdown\n", "no front matter", "front matter between `---` lines"),
        ("", "an empty file", "front matter between `---` lines"),
        ("---\ntitle: T\nsummary: S\n", "the end of the file", "a closing `---` line after the front matter"),
        ("---\n- a\n- b\n---\n", "a list of 2 items", "a mapping of keys (`title: ...`)"),
    ],
)
def test_front_matter_shape_problems(text: str, found: str, expected: str) -> None:
    doc, problems = parse_post(text, "x", "x.md")
    assert doc is None
    assert [(p.found, p.expected) for p in problems] == [(found, expected)]


def test_empty_front_matter_reports_required_keys() -> None:
    doc, problems = parse_post("---\n---\nbody\n", "x", "x.md")
    assert doc is None
    assert [p.path for p in problems] == ["$.title", "$.summary"]


def test_front_matter_split_keeps_body_and_accepts_bom_and_dots() -> None:
    meta, body, problems = read_front_matter("\ufeff---\ntitle: T\n...\n\n# Heading\n\ntext\n\n", "x.md")
    assert problems == [] and meta == {"title": "T"}
    assert body == "# Heading\n\ntext"


def test_dashes_inside_body_do_not_end_front_matter_early() -> None:
    meta, body, _ = read_front_matter("---\ntitle: T\n---\nintro\n\n---\n\nmore\n", "x.md")
    assert meta == {"title": "T"}
    assert body == "intro\n\n---\n\nmore"


@pytest.mark.parametrize(
    ("slug", "ok"),
    [
        ("tidewater", True),
        ("tide-water-2", True),
        ("2024", True),
        ("Tide", False),
        ("a_b", False),
        ("a--b", False),
        ("-a", False),
    ],
)
def test_slugs(slug: str, ok: bool) -> None:
    assert (check_slug(slug, "f.md") == []) is ok


@pytest.mark.parametrize(
    ("value", "repo"),
    [
        ("ada/tidewater", "ada/tidewater"),
        ("https://github.com/ada/tidewater", "ada/tidewater"),
        ("github.com/ada/tide.water.git", "ada/tide.water"),
        ("https://github.com/ada/tidewater/", "ada/tidewater"),
        ("ada", None),
        ("ada/tide/water", None),
        ("https://gitlab.com/ada/tidewater", None),
    ],
)
def test_repo_forms(value: str, repo: str | None) -> None:
    assert parse_repo(value) == repo
