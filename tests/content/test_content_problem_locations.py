"""Every content problem says where and what (issue 9, item 10): the JSON path, the LINE (and
column) in the file, what was expected, what was found, and a hint, for every kind of problem in
every kind of file: ``resume.json``, ``faq.yaml``, and the front matter of projects and posts.

Type and shape problems in YAML carry the line from the YAML parser's own node marks (the
document is composed once and constructed from the nodes), not only syntax errors.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from heyfolio.content.documents import parse_post, parse_project
from heyfolio.content.faq import parse_faq_text
from heyfolio.content.loader import load_resume_text
from heyfolio.content.model import Problem
from heyfolio.content.validate_command import run_validate
from heyfolio.content.yamlfile import load_yaml_located

MakeContent = Callable[..., Path]


def _complete(problems: list[Problem]) -> None:
    """Each problem names a JSON path, a line and column, expected, found and a hint."""
    assert problems, "the broken file should have problems"
    for p in problems:
        assert p.path.startswith("$"), p
        assert isinstance(p.line, int) and p.line >= 1, f"no line: {p}"
        assert isinstance(p.column, int) and p.column >= 1, f"no column: {p}"
        assert p.expected.strip() and p.found.strip(), p
        assert p.hint.strip(), f"no hint: {p}"


def _line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line of ``text`` containing ``needle``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _at(problems: list[Problem], path: str) -> Problem:
    [found] = [p for p in problems if p.path == path]
    return found


# ------------------------------------------------------------------------------ faq.yaml

FAQ_BROKEN = """availability: From March 2027
remote: yes
notice: one month
location:
  city: Lisbon
links:
  - network: GitHub
    url: not a url
  - just a string
  - username: ada
entries:
  - question: Do you mentor?
    answer: Yes, two engineers a year.
  - question: Salary?
    answer: 12
  - question: Visas?
    answer: Sponsored
    key: Bad Key
  - question: Do you mentor?
    answer: Again
  - answer: no question here
"""


def test_faq_type_and_shape_problems_carry_their_line() -> None:
    _, problems = parse_faq_text(FAQ_BROKEN, "faq.yaml")
    _complete(problems)
    text = FAQ_BROKEN
    assert _at(problems, "$.remote").line == _line_of(text, "remote: yes")
    assert _at(problems, "$.notice").line == _line_of(text, "notice:")
    assert _at(problems, "$.location").line == _line_of(text, "location:")
    assert _at(problems, "$.links[0].url").line == _line_of(text, "url: not a url")
    assert _at(problems, "$.links[1]").line == _line_of(text, "- just a string")
    # A missing key is reported on the mapping that lacks it.
    assert _at(problems, "$.links[2].network").line == _line_of(text, "- username: ada")
    assert _at(problems, "$.links[2].url").line == _line_of(text, "- username: ada")
    assert _at(problems, "$.entries[1].answer").line == _line_of(text, "answer: 12")
    assert _at(problems, "$.entries[2].key").line == _line_of(text, "key: Bad Key")
    duplicate = _at(problems, "$.entries[3]")
    assert duplicate.line == _line_of(text, "answer: Again") - 1 and "$.entries[0]" in duplicate.found
    assert _at(problems, "$.entries[4].question").line == _line_of(text, "- answer: no question")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("- a list\n- not a mapping\n", 1),
        ("availability: now\navailability: later\n", 2),
        ("\n\nlinks: github.com/ada\n", 3),
        ("entries:\n  question: not a list\n", 1),
        ("1: numeric key\n", 1),
        ("availability: now\nlinks:\n  - network: [unclosed\n", 4),
    ],
)
def test_faq_every_other_kind_of_problem_has_a_line(text: str, line: int) -> None:
    _, problems = parse_faq_text(text, "faq.yaml")
    _complete(problems)
    assert problems[0].line == line, problems


# ------------------------------------------------------------------------------ front matter

PROJECT_BROKEN = """---
title: 5
sumary: A typo for summary.
topics: forecasting, time series
languages:
  - Python
  - 3
repo: not a repo at all
start: 2019-13
featured: "yes"
homepage: nowhere
demos:
  - ftp://demo.example.org
---

Body.
"""


def test_project_front_matter_problems_carry_the_file_line() -> None:
    _, problems = parse_project(PROJECT_BROKEN, "tidewater", "projects/tidewater.md")
    _complete(problems)
    text = PROJECT_BROKEN
    assert _at(problems, "$.title").line == _line_of(text, "title: 5")
    assert _at(problems, "$.sumary").line == _line_of(text, "sumary:")
    assert _at(problems, "$.summary").line == 2, "missing: the front matter's first line"
    assert _at(problems, "$.topics").line == _line_of(text, "topics:")
    assert _at(problems, "$.languages[1]").line == _line_of(text, "- 3")
    assert _at(problems, "$.repo").line == _line_of(text, "repo:")
    assert _at(problems, "$.start").line == _line_of(text, "start:")
    assert _at(problems, "$.featured").line == _line_of(text, "featured:")
    assert _at(problems, "$.homepage").line == _line_of(text, "homepage:")
    assert _at(problems, "$.demos[0]").line == _line_of(text, "- ftp://")
    assert _at(problems, "$.demos[0]").column == 5


POST_BROKEN = """---
title: On tides
summary:
  - not
  - text
date: sometime
tags: tides
url: 7
---
Body.
"""


def test_post_front_matter_problems_carry_the_file_line() -> None:
    _, problems = parse_post(POST_BROKEN, "on-tides", "posts/on-tides.md")
    _complete(problems)
    text = POST_BROKEN
    for path, needle in (
        ("$.summary", "summary:"),
        ("$.date", "date:"),
        ("$.tags", "tags:"),
        ("$.url", "url:"),
    ):
        assert _at(problems, path).line == _line_of(text, needle), path


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\n---\nbody\n", 2),  # empty front matter: title and summary missing
        ("---\n- a\n- list\n---\n", 2),
        ("---\ntitle: T\nsummary: S\ntitle: again\n---\n", 4),
        ("---\ntitle: T\nsummary: [unclosed\n---\n", 4),
        ("no front matter\n", 1),
        ("---\ntitle: T\n", 1),
    ],
)
def test_front_matter_every_other_kind_of_problem_has_a_line(text: str, line: int) -> None:
    _, problems = parse_post(text, "a-post", "posts/a-post.md")
    _complete(problems)
    assert problems[0].line == line, problems


def test_an_alias_that_contains_itself_neither_hangs_nor_loses_the_lines() -> None:
    data, problems, positions = load_yaml_located("a: &x [1, *x]\nb: 2\n", "x.yaml")
    assert problems == [] and isinstance(data, dict) and data["b"] == 2
    assert positions["$.b"] == (2, 1) and positions["$.a[0]"] == (1, 8)


# ------------------------------------------------------------------------------ resume.json

RESUME_BROKEN: dict[str, Any] = {
    "basics": {
        "email": "nope",
        "url": "not a url",
        "profiles": {"network": "GitHub"},
        "location": ["Lisbon"],
    },
    "work": [
        {"name": None, "startDate": "2013-12-021", "highlights": "one, two"},
        "a string",
        {"company": "Old", "name": "New", "url": 5},
    ],
    "skills": {"name": "Python"},
    "education": [{"institution": "Uni", "score": 4, "courses": ["ok", 3]}],
}


def test_resume_problems_carry_their_line() -> None:
    text = json.dumps(RESUME_BROKEN, indent=2)
    _, problems = load_resume_text(text, "resume.json")
    _complete(problems)
    assert _at(problems, "$.basics.name").line == _line_of(text, '"basics"'), "missing: on its object"
    assert _at(problems, "$.basics.email").line == _line_of(text, '"email"')
    assert _at(problems, "$.work[0].startDate").line == _line_of(text, '"startDate"')
    assert _at(problems, "$.skills").line == _line_of(text, '"skills"')


@pytest.mark.parametrize(
    "text",
    [
        "[1, 2]",
        "{}",
        '{"basics": []}',
        '{"basics": {"name": "  "}}',
        '{"basics": {"name": 7}}',
        '{"basics": {"name": "A"}, "work": {}}',
    ],
)
def test_resume_every_other_kind_of_problem_has_a_line(text: str) -> None:
    _, problems = load_resume_text(text, "resume.json")
    _complete(problems)


# ------------------------------------------------------------------------------ the command


def test_validate_prints_path_line_expected_found_and_hint_for_yaml_type_errors(
    make_content: MakeContent, sample_resume: dict[str, Any]
) -> None:
    root = make_content(
        resume=sample_resume,
        projects={"tidewater.md": PROJECT_BROKEN},
        faq="availability: soon\nremote: yes\n",
    )
    out = io.StringIO()
    assert run_validate(root, out=out) == 1
    text = out.getvalue()
    faq = str(root / "faq.yaml")
    assert (
        f"\n{faq}\n  $.remote (line 2, column 1)\n    expected: a string\n    found:    true\n    hint:     "
        in text
    )
    assert re.search(r"\n  \$\.repo \(line 8, column 1\)\n    expected: .+\n    found: .+\n    hint: ", text)
    out = io.StringIO()
    run_validate(root, as_json=True, out=out)
    report = json.loads(out.getvalue())
    assert all(p["line"] and p["hint"] for p in report["problems"] if p["path"].startswith("$"))
