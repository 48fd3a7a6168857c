"""``heyfolio content validate``: exit codes, the human report and the JSON report."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from content_helpers import FIXTURES, VALID_FAQ, VALID_POST, VALID_PROJECT

from heyfolio.content.validate_command import run_validate

MakeContent = Callable[..., Path]
BAD_RESUME = {
    "basics": {"name": "Ada Example", "email": "nope"},
    "work": [{"name": None, "startDate": "2013-12-021"}],
}


def run(path: Path, *, as_json: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    code = run_validate(path, as_json=as_json, out=out)
    return code, out.getvalue()


def test_clean_folder_prints_one_line(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    root = make_content(
        resume=sample_resume,
        projects={"a.md": VALID_PROJECT, "b.md": VALID_PROJECT},
        posts={"p.md": VALID_POST},
        faq=VALID_FAQ,
    )
    assert run(root) == (0, "resume + 2 projects + 1 post + faq: valid\n")


def test_clean_folder_without_extras(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    assert run(make_content(resume=sample_resume)) == (0, "resume + 0 projects + 0 posts: valid\n")


def test_clean_single_file() -> None:
    assert run(FIXTURES / "sample.resume.json") == (0, "resume: valid\n")


def test_human_report_lists_every_problem(make_content: MakeContent) -> None:
    root = make_content(resume=BAD_RESUME, projects={"x.md": "---\ntitle: [\n---\n"})
    code, text = run(root)
    assert code == 1
    resume, project = str(root / "resume.json"), str(root / "projects" / "x.md")
    assert text.splitlines()[0] == f"{root}: 4 problems"
    # Every problem now says where it is in the file, not only syntax errors.
    assert re.search(
        re.escape(f"\n{resume}\n  $.basics.email (line ")
        + r"\d+, column \d+\)\n    expected: an email address such as ada@example.com\n",
        text,
    )
    assert '    found:    "nope"\n' in text
    assert re.search(
        r"  \$\.work\[0\]\.name \(line \d+, column \d+\)\n    expected: a string\n    found:    null\n"
        r"    hint:     remove the key",
        text,
    )
    assert re.search(r"  \$\.work\[0\]\.startDate \(line \d+, column \d+\)\n    expected: a date", text)
    assert '"2013-12-021"' in text
    assert f"\n{project}\n  $ (line 3, column 1)\n    expected: valid YAML\n" in text
    assert text.index(resume) < text.index(project)


def test_json_report(make_content: MakeContent) -> None:
    root = make_content(resume=BAD_RESUME)
    code, text = run(root, as_json=True)
    assert code == 1
    report = json.loads(text)
    assert report["valid"] is False and report["path"] == str(root)
    assert [p["path"] for p in report["problems"]] == [
        "$.basics.email",
        "$.work[0].name",
        "$.work[0].startDate",
    ]
    first = report["problems"][0]
    assert set(first) == {"file", "path", "expected", "found", "hint", "line", "column"}
    assert first["file"] == str(root / "resume.json") and first["found"] == '"nope"'


def test_json_report_when_valid(make_content: MakeContent, sample_resume: dict[str, Any]) -> None:
    code, text = run(make_content(resume=sample_resume, posts={"p.md": VALID_POST}), as_json=True)
    assert code == 0
    report = json.loads(text)
    assert report["valid"] is True and report["problems"] == []
    assert report["summary"] == "resume + 0 projects + 1 post"
    assert report["counts"] == {"projects": 0, "posts": 1, "faq": False}


def test_missing_path_exits_1(tmp_path: Path) -> None:
    code, text = run(tmp_path / "nope")
    assert code == 1
    assert "1 problem" in text and "nothing at this path" in text and "HEYFOLIO_CONTENT" in text
