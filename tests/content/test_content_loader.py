"""Loading a whole content folder or a single résumé file, and reporting across files."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from content_helpers import EXAMPLE_CONTENT, FIXTURES, ROOT, VALID_FAQ, VALID_POST, VALID_PROJECT

from heyfolio.content.loader import load_portfolio, load_resume_file, validate_content
from heyfolio.content.model import ContentError, Faq

MakeContent = Callable[..., Path]


def test_folder_mode_loads_everything(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    root = make_content(
        resume=sample_resume,
        projects={"tidewater.md": VALID_PROJECT, "notes.txt": "ignored", ".hidden.md": "ignored"},
        posts={"on-tides.md": VALID_POST},
        faq=VALID_FAQ,
    )
    portfolio = load_portfolio(root)
    assert portfolio.owner_name == "Richard Hendriks"
    assert [p.slug for p in portfolio.projects] == ["tidewater"]
    assert portfolio.projects[0].source == root / "projects" / "tidewater.md"
    assert [p.slug for p in portfolio.posts] == ["on-tides"]
    assert portfolio.faq.location == "Lisbon, Portugal"
    assert portfolio.source == root
    assert validate_content(root) == []


def test_folder_with_only_a_resume(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    portfolio = load_portfolio(make_content(resume=sample_resume))
    assert (portfolio.projects, portfolio.posts, portfolio.faq) == ((), (), Faq())


def test_single_file_mode() -> None:
    file = FIXTURES / "sample.resume.json"
    portfolio = load_portfolio(file)
    assert portfolio.source == file
    assert portfolio.resume.work[0].name == "Pied Piper"
    assert portfolio.projects == () and portfolio.posts == ()


def test_single_file_mode_reports_under_the_given_path(tmp_path: Path) -> None:
    file = tmp_path / "me.json"
    file.write_text('{"basics": {"name": "Ada", "email": "nope"}}', encoding="utf-8")
    problems = validate_content(file)
    assert [(p.file, p.path) for p in problems] == [(str(file), "$.basics.email")]


def test_missing_path() -> None:
    missing = Path("/nonexistent/heyfolio-content")
    with pytest.raises(ContentError) as err:
        load_portfolio(missing)
    (problem,) = err.value.problems
    assert problem.file == str(missing)
    assert problem.found == "nothing at this path"
    assert "HEYFOLIO_CONTENT" in problem.hint
    assert str(missing) in str(err.value)


def test_missing_resume_json(make_content: MakeContent) -> None:
    root = make_content(posts={"on-tides.md": VALID_POST})
    (problem,) = validate_content(root)
    assert (problem.file, problem.found) == (str(root / "resume.json"), "no such file")
    assert "jsonresume.org" in problem.hint


def test_missing_resume_json_suggests_the_lone_json_file(make_content: MakeContent) -> None:
    root = make_content()
    (root / "cv.json").write_text("{}", encoding="utf-8")
    (problem,) = validate_content(root)
    assert problem.hint == "rename cv.json to resume.json"


def test_invalid_json_has_line_and_column(make_content: MakeContent) -> None:
    root = make_content(resume='{\n  "basics": {\n    "name": "Ada",\n  }\n}\n')
    (problem,) = validate_content(root)
    assert (problem.file, problem.line, problem.column) == (str(root / "resume.json"), 4, 3)
    assert problem.expected == "valid JSON"
    assert "double quotes" in problem.found
    assert "trailing" not in problem.found and "none after the last" in problem.hint


def test_problems_from_every_file_are_gathered(make_content: MakeContent) -> None:
    root = make_content(
        resume={"basics": {"name": "Ada Example"}, "work": [{"startDate": "2013-12-021"}]},
        projects={"good.md": VALID_PROJECT, "bad.md": "---\ntitle: T\n---\n", "Bad Name.md": VALID_PROJECT},
        posts={"broken.md": "---\ntitle: [\n---\n", "old.markdown": VALID_POST},
        faq="remote: yes\n",
    )
    with pytest.raises(ContentError) as err:
        load_portfolio(root)
    got = [(Path(p.file).relative_to(root).as_posix(), p.path) for p in err.value.problems]
    assert got == [
        ("resume.json", "$.work[0].startDate"),
        ("projects/Bad Name.md", "(file name)"),
        ("projects/bad.md", "$.summary"),
        ("posts/broken.md", "$"),
        ("posts/old.markdown", "(file name)"),
        ("faq.yaml", "$.remote"),
    ]
    report = err.value.report()
    assert report.startswith("6 problem(s) in the content:")
    assert "posts/broken.md:3:" in report  # YAML error with the file's own line number


def test_faq_yml_gets_a_rename_hint(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    root = make_content(resume=sample_resume)
    (root / "faq.yml").write_text(VALID_FAQ, encoding="utf-8")
    (problem,) = validate_content(root)
    assert problem.hint == "rename it to faq.yaml"


def test_non_utf8_file_is_a_problem(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    root = make_content(resume=sample_resume, posts={})
    (root / "posts" / "latin.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    (problem,) = validate_content(root)
    assert (problem.expected, problem.found) == ("UTF-8 text", "the byte 0xe9, which is not UTF-8")
    assert (problem.line, problem.column) == (2, 11)


def test_unreadable_file_is_a_problem(make_content: MakeContent, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_content(resume="{}")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (problem,) = validate_content(root)
    assert (problem.expected, problem.found) == ("a readable file", "Permission denied")


def _project(slug: str, *, featured: bool = False, start: str | None = None, end: str | None = None) -> str:
    lines = [f"title: {slug}", "summary: s", f"featured: {'true' if featured else 'false'}"]
    lines += [f"start: {start}"] if start else []
    lines += [f"end: {end}"] if end else []
    return "---\n" + "\n".join(lines) + "\n---\n"


def test_sort_order_is_deterministic(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    projects = {
        "old-ended.md": _project("old-ended", start="2015", end="2016"),
        "new-ended.md": _project("new-ended", start="2018", end="2022-05"),
        "ongoing-old.md": _project("ongoing-old", start="2017"),
        "ongoing-new.md": _project("ongoing-new", start="2021", end="Present"),
        "undated-b.md": _project("undated-b"),
        "undated-a.md": _project("undated-a"),
        "star-old.md": _project("star-old", featured=True, start="2010", end="2011"),
        "star-undated.md": _project("star-undated", featured=True),
    }
    posts = {
        "b-post.md": "---\ntitle: b\nsummary: s\ndate: 2023-01\n---\n",
        "a-post.md": "---\ntitle: a\nsummary: s\ndate: 2023-01\n---\n",
        "newest.md": "---\ntitle: n\nsummary: s\ndate: 2024-02-01\n---\n",
        "undated.md": "---\ntitle: u\nsummary: s\n---\n",
        "older.md": "---\ntitle: o\nsummary: s\ndate: 2023-01-05\n---\n",
    }
    portfolio = load_portfolio(make_content(resume=sample_resume, projects=projects, posts=posts))
    assert [p.slug for p in portfolio.projects] == [
        "star-old",
        "star-undated",
        "ongoing-new",
        "ongoing-old",
        "new-ended",
        "old-ended",
        "undated-a",
        "undated-b",
    ]
    assert [p.slug for p in portfolio.posts] == ["newest", "older", "a-post", "b-post", "undated"]


def test_example_owner_loads_clean() -> None:
    if not (EXAMPLE_CONTENT / "resume.json").is_file():
        pytest.skip("the example owner in content/ has not been written yet")
    portfolio = load_portfolio(EXAMPLE_CONTENT)
    assert portfolio.resume.basics.name
    assert len(portfolio.projects) >= 3 and len(portfolio.posts) >= 2
    assert portfolio.faq != Faq()
    assert all(p.summary and p.title for p in portfolio.projects)
    assert all(p.summary and p.title for p in portfolio.posts)


def test_resume_file_helper_names_problems_as_asked(tmp_path: Path) -> None:
    file = tmp_path / "r.json"
    file.write_text("[1, 2]", encoding="utf-8")
    resume, problems = load_resume_file(file, "shown-name.json")
    assert resume is None and [p.file for p in problems] == ["shown-name.json"]


def test_importing_the_loader_stays_light() -> None:
    # a function that serves a lone resume.json should not pay for YAML or the validators it does not use
    code = "import sys, heyfolio.content.loader; print(sorted(m for m in ('yaml', 'difflib') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "layers" / "shared")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "[]"
