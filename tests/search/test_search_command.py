"""``heyfolio search``: ranked passages with URIs, JSON output, plain 'nothing' and exit codes."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from heyfolio.search.search_command import NOTHING_FOUND, run_search

from .conftest import SAMPLE_RESUME


def run(query: str, content: Path = SAMPLE_RESUME, **kwargs: object) -> tuple[int, str]:
    out = io.StringIO()
    code = run_search(query, content=content, out=out, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue()


def test_prints_rank_score_title_uri_and_snippet() -> None:
    code, out = run("Which university did he go to?", limit=2)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("1. [") and "University of Oklahoma" in lines[0]
    assert lines[1].strip() == "portfolio://profile#education/0"
    assert "University of Oklahoma" in lines[2]
    assert sum(1 for line in lines if line[:1].isdigit()) <= 2


def test_json_lists_rank_score_uri_title_snippet_and_text() -> None:
    code, out = run("What awards has he received?", as_json=True)
    assert code == 0
    results = json.loads(out)
    assert results[0]["rank"] == 1
    assert results[0]["uri"] == "portfolio://profile#awards/0"
    assert set(results[0]) == {"rank", "score", "uri", "title", "snippet", "text"}
    assert "Digital Compression Pioneer Award" in results[0]["text"]
    assert [r["rank"] for r in results] == list(range(1, len(results) + 1))


def test_nothing_relevant_is_said_plainly_and_is_not_an_error() -> None:
    assert run("What is his favourite pizza?") == (0, NOTHING_FOUND + "\n")
    code, out = run("What is his favourite pizza?", as_json=True)
    assert (code, json.loads(out)) == (0, [])


def test_invalid_content_reports_problems_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run("anything", content=tmp_path / "missing")
    assert code == 1 and out == ""
    assert "nothing at this path" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text('{"basics": {"name": 42}}', encoding="utf-8")
    assert run("anything", content=broken)[0] == 1


@pytest.mark.parametrize(("query", "limit"), [("", 5), ("   ", 5), ("Where?", 0)])
def test_usage_errors_exit_2(query: str, limit: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(query, limit=limit) == (2, "")
    assert "heyfolio search" in capsys.readouterr().err


def test_content_folder_with_projects_is_searched(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    (folder / "projects").mkdir(parents=True)
    shutil.copy(SAMPLE_RESUME, folder / "resume.json")
    (folder / "projects" / "zebra.md").write_text(
        "---\ntitle: Zebra\nsummary: A stripe detector written in Zig.\n---\n\nIt finds stripes.\n",
        encoding="utf-8",
    )
    code, out = run("Has he written anything in Zig?", content=folder)
    assert code == 0
    assert "portfolio://projects/zebra" in out


def test_cli_wires_the_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from heyfolio.config import get_settings
    from heyfolio.dev.cli import main

    monkeypatch.setenv("HEYFOLIO_CONTENT", str(SAMPLE_RESUME))
    get_settings.cache_clear()
    try:
        assert main(["search", "Who recommended him?", "--limit", "1", "--json"]) == 0
    finally:
        get_settings.cache_clear()
    (result,) = json.loads(capsys.readouterr().out)
    assert result["uri"] == "portfolio://profile#references/0"
