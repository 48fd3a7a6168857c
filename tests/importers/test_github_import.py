"""``heyfolio import github USER``: project stubs from public repositories, GitHub REST faked at
the HTTP boundary with the recorded shapes of ``/users/{user}/repos`` and ``/repos/{repo}/languages``."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx

from heyfolio.content.loader import load_portfolio
from heyfolio.dev.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "github"
API = "https://api.github.com"


@pytest.fixture
def github() -> respx.MockRouter:
    repos = json.loads((FIXTURES / "repos.json").read_text())
    languages = json.loads((FIXTURES / "languages.json").read_text())
    with respx.mock(assert_all_called=False) as router:
        router.get(f"{API}/users/mira-okafor/repos").mock(
            return_value=httpx.Response(200, json=repos, headers={"x-ratelimit-remaining": "58"})
        )
        router.get(f"{API}/users/nobody-here/repos").mock(
            return_value=httpx.Response(404, json={"message": "Not Found", "status": "404"})
        )
        for name, langs in languages.items():
            router.get(f"{API}/repos/mira-okafor/{name}/languages").mock(
                return_value=httpx.Response(200, json=langs)
            )
        yield router


def test_stubs_for_new_repositories_and_existing_pages_kept(
    content: Path, github: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    ledgerline = (content / "projects" / "ledgerline.md").read_bytes()
    assert main(["import", "github", "mira-okafor", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "= projects/ledgerline.md: exists, kept" in out
    assert (content / "projects" / "ledgerline.md").read_bytes() == ledgerline  # the owner's write-up wins
    assert not (content / "projects" / "tokio.md").exists()  # forks are left out
    stub = (content / "projects" / "harbour-sim.md").read_text()
    assert 'repo: "mira-okafor/harbour-sim"' in stub and 'homepage: "https://harbour-sim.example.org"' in stub
    portfolio = load_portfolio(content)  # every stub is a valid project page
    projects = {p.slug: p for p in portfolio.projects}
    harbour = projects["harbour-sim"]
    assert harbour.languages == ("Python", "Jupyter Notebook", "Dockerfile")
    assert harbour.topics == ("simulation", "logistics")
    assert harbour.start_date is not None and harbour.start_date.raw == "2024-02"
    assert projects["gpx-tiles"].status == "archived"
    assert "add a one-line summary" in projects["dotfiles"].summary
    # The request asked for the owner's repositories, 100 a page.
    request = github.calls[0].request
    assert request.url.params["per_page"] == "100" and request.url.params["type"] == "owner"


def test_dry_run_and_errors(
    content: Path, github: respx.MockRouter, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(p.name for p in (content / "projects").iterdir())
    assert main(["import", "github", "mira-okafor", "--content", str(content), "--dry-run", "--forks"]) == 0
    out = capsys.readouterr().out
    assert "+++ b/projects/tokio.md" in out and '+title: "harbour-sim"' in out
    assert sorted(p.name for p in (content / "projects").iterdir()) == before
    assert main(["import", "github", "nobody-here", "--content", str(content)]) == 2
    assert "GitHub has no user 'nobody-here'" in capsys.readouterr().err
    assert main(["import", "github", "bad name!", "--content", str(content)]) == 2
    assert "is not a GitHub user name" in capsys.readouterr().err
