"""The ``heyfolio`` command as a user runs it: a real subprocess of the installed entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEYFOLIO = Path(sys.executable).parent / "heyfolio"


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [str(HEYFOLIO), *args], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=ROOT
    )


def write_broken_content(folder: Path) -> Path:
    folder.mkdir()
    (folder / "resume.json").write_text(
        json.dumps(
            {"basics": {"name": None, "email": 42}, "work": [{"company": "Acme", "startDate": "2013-12-021"}]}
        )
    )
    return folder


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("dev", "content", "search", "bench", "eval"):
        assert command in result.stdout


def test_validate_the_example_owner() -> None:
    result = run("content", "validate", "content")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def test_validate_reports_every_problem_and_fails(tmp_path: Path) -> None:
    broken = write_broken_content(tmp_path / "broken")
    result = run("content", "validate", str(broken))
    assert result.returncode == 1
    out = result.stdout + result.stderr
    for path in ("$.basics.name", "$.basics.email", "$.work[0].startDate"):
        assert path in out, f"{path} missing from:\n{out}"


def test_dev_server_refuses_invalid_content_with_the_same_report(tmp_path: Path) -> None:
    broken = write_broken_content(tmp_path / "broken")
    result = run("dev", env={"HEYFOLIO_CONTENT": str(broken), "PORT": "0"}, timeout=120)
    assert result.returncode == 1
    assert "$.work[0].startDate" in result.stderr
    assert "did not start" in result.stderr


def test_dev_server_refuses_a_missing_content_folder(tmp_path: Path) -> None:
    result = run("dev", env={"HEYFOLIO_CONTENT": str(tmp_path / "nowhere")}, timeout=120)
    assert result.returncode == 1
    assert "did not start" in result.stderr


def test_search_a_single_resume_file(shared_fixtures: Path) -> None:
    sample = shared_fixtures / "jsonresume" / "sample.resume.json"
    result = run(
        "search", "Where did Richard work before Pied Piper?", "--json", env={"HEYFOLIO_CONTENT": str(sample)}
    )
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and all(hit["uri"].startswith("portfolio://") for hit in hits)
    assert any("Hooli" in hit["text"] or "Hooli" in hit["snippet"] for hit in hits[:5])


def test_token_mints_verifiable_owner_and_visitor_tokens(tmp_path: Path) -> None:
    from heyfolio.config import get_settings
    from heyfolio.security.tokens import verify_token

    env = {"HEYFOLIO_DATA_DIR": str(tmp_path / "data")}
    owner = run("token", "--role", "owner", env=env)
    visitor = run("token", "--role", "visitor", "--ttl", "60", env=env)
    assert owner.returncode == 0 and visitor.returncode == 0, owner.stderr + visitor.stderr
    settings = get_settings()
    assert (
        verify_token(owner.stdout.strip(), public_url=settings.public_url, data_dir=tmp_path / "data").role
        == "owner"
    )
    assert (
        verify_token(visitor.stdout.strip(), public_url=settings.public_url, data_dir=tmp_path / "data").role
        == "visitor"
    )


def test_token_refuses_an_unknown_role() -> None:
    result = run("token", "--role", "admin")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_dev_serves_the_example_owner_with_the_local_aws_emulator(tmp_path: Path) -> None:
    """`heyfolio dev` as `make dev` runs it: content validated, moto started, tables made, routes served."""
    import time

    import httpx

    from tests.support.live_server import free_port

    port = free_port()
    env = {**os.environ, "PORT": str(port), "HEYFOLIO_DATA_DIR": str(tmp_path / "data")}
    process = subprocess.Popen(
        [str(HEYFOLIO), "dev"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        # Waiting for another process to reach a state: the deadline is patience for a loaded machine.
        deadline = time.monotonic() + 180
        health = None
        while time.monotonic() < deadline and process.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert health is not None, f"dev server did not answer; exit={process.poll()}"
        assert health["owner"] == "Mira Okafor"
        page = httpx.get(f"http://127.0.0.1:{port}/")
        assert page.status_code == 200
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
    assert f"on http://127.0.0.1:{port}" in output
