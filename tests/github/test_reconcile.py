"""The scheduled reconcile against a fake api.github.com (httpx.MockTransport) that answers
with GitHub's documented response shapes, ETags, rate-limit headers and Retry-After."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.github.support import write_content

API = Path(__file__).parent / "api"
REPOS = {"hello": "octocat/Hello-World", "spoon": "octocat/Spoon-Knife", "linguist": "octocat/linguist"}
IDS = {"octocat/hello-world": 1296269, "octocat/spoon-knife": 1300192, "octocat/linguist": 1725199}


class FakeGitHub:
    """Enough of api.github.com for the reconcile: repos, latest release, workflow runs."""

    def __init__(self) -> None:
        self.repos: dict[str, dict[str, Any]] = {}
        for name, repo_id in IDS.items():
            body = json.loads((API / "repo.json").read_text())
            owner, short = REPOS_BY_LOWER[name].split("/")
            body.update(
                id=repo_id,
                name=short,
                full_name=f"{owner}/{short}",
                html_url=f"https://github.com/{owner}/{short}",
            )
            self.repos[name] = body
        self.release = json.loads((API / "release.json").read_text())
        self.runs = json.loads((API / "workflow_runs.json").read_text())
        self.requests: list[httpx.Request] = []
        self.remaining: int | None = None
        self.reset = 1_800_003_600
        self.retry_after_on: str | None = None
        self.missing: set[str] = set()
        self.no_release: set[str] = set()
        self.renamed: dict[str, str] = {}  # old lower name -> new lower name
        self.down = False

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _json(self, request: httpx.Request, body: Any, status: int = 200) -> httpx.Response:
        text = json.dumps(body, sort_keys=True)
        etag = f'W/"{abs(hash(text)) % 10**12:012d}"'
        headers = self._rate_headers()
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers={**headers, "ETag": etag})
        return httpx.Response(
            status, text=text, headers={**headers, "ETag": etag, "Content-Type": "application/json"}
        )

    def _rate_headers(self) -> dict[str, str]:
        if self.remaining is None:
            return {
                "X-RateLimit-Limit": "60",
                "X-RateLimit-Remaining": "59",
                "X-RateLimit-Reset": str(self.reset),
            }
        self.remaining = max(0, self.remaining - 1)
        return {
            "X-RateLimit-Limit": "60",
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path = request.url.path.removeprefix("/api/v3")
        if self.retry_after_on and self.retry_after_on in path:
            return httpx.Response(
                429,
                json={"message": "You have exceeded a secondary rate limit"},
                headers={"Retry-After": "120"},
            )
        if self.remaining == 0:
            return httpx.Response(
                403, json={"message": "API rate limit exceeded"}, headers=self._rate_headers()
            )

        def not_found() -> httpx.Response:
            return httpx.Response(404, json={"message": "Not Found"}, headers=self._rate_headers())

        parts = path.strip("/").split("/")
        if parts[0] == "repositories":
            repo = next(r for r in self.repos.values() if str(r["id"]) == parts[1])
            return self._json(request, repo)
        name = f"{parts[1]}/{parts[2]}".lower()
        if name in self.renamed and len(parts) == 3:
            target = self.repos[self.renamed[name]]["id"]
            return httpx.Response(301, headers={"Location": f"https://api.github.com/repositories/{target}"})
        if name in self.missing or name not in self.repos:
            return not_found()
        if len(parts) == 3:
            return self._json(request, self.repos[name])
        if parts[3:] == ["releases", "latest"]:
            return not_found() if name in self.no_release else self._json(request, self.release)
        if parts[3:] == ["actions", "runs"]:
            assert request.url.params["branch"] == self.repos[name]["default_branch"]
            return self._json(request, self.runs)
        return not_found()


REPOS_BY_LOWER = {v.lower(): v for v in REPOS.values()}


@pytest.fixture
def owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, local_stack: None) -> Iterator[None]:
    from heyfolio.config import get_settings
    from heyfolio.published import reload

    monkeypatch.setenv("HEYFOLIO_CONTENT", str(write_content(tmp_path / "content", REPOS)))
    get_settings.cache_clear()
    reload()
    yield
    reload()


@pytest.fixture
def clock() -> Iterator[Any]:
    from heyfolio.storage.clock import ManualClock, using_clock

    manual = ManualClock(1_800_000_000.0)
    with using_clock(manual):
        yield manual


def run(fake: FakeGitHub, token: str | None = None) -> Any:
    from heyfolio.github.reconcile import reconcile
    from heyfolio.github.rest import GitHubApi
    from heyfolio.published import get_published

    api = GitHubApi(token=token, transport=fake.transport())
    try:
        return reconcile(get_published().portfolio, api)
    finally:
        api.close()


@pytest.mark.usefixtures("owner", "clock")
def test_first_run_fills_live_data_and_later_runs_cost_only_304s() -> None:
    from heyfolio.changes import changes_since
    from heyfolio.github.live import project_live_data

    fake = FakeGitHub()
    report = run(fake)
    assert report.stopped is None and report.errors == []
    assert sorted(report.checked) == sorted(REPOS) == sorted(report.updated)
    assert report.requests == 9 and len(fake.requests) == 9
    assert all("if-none-match" not in r.headers for r in fake.requests)
    live = project_live_data("hello")
    assert live is not None
    assert (live["stars"], live["forks"], live["watchers"]) == (80, 9, 42)
    assert live["topics"] == ["octocat", "atom", "electron", "api"]
    assert live["latestRelease"]["tag"] == "v1.0.0"
    assert live["ci"] == {
        "status": "completed",
        "conclusion": "success",
        "workflow": "Build",
        "url": "https://github.com/octo-org/octo-repo/actions/runs/30433642",
        "sha": "acb5820ced9479c074f688cc328bf03f341a511d",
        "branch": "master",
        "at": "2020-01-22T19:33:08Z",
    }
    events_after_first, cursor = changes_since(None)
    assert {e.uri for e in events_after_first} == {f"portfolio://projects/{s}" for s in REPOS}

    fake.requests.clear()
    again = run(fake)
    assert again.not_modified == 9 and again.updated == [] and again.errors == []
    assert all(r.headers.get("if-none-match", "").startswith('W/"') for r in fake.requests)
    assert changes_since(cursor)[0] == []

    fake.repos["octocat/spoon-knife"]["stargazers_count"] = 81
    third = run(fake)
    assert third.updated == ["spoon"] and third.not_modified == 8
    assert project_live_data("spoon")["stars"] == 81  # type: ignore[index]


@pytest.mark.usefixtures("owner")
def test_rate_limit_stops_the_run_and_the_next_run_resumes_after_the_reset(clock: Any) -> None:
    from heyfolio.github.live import project_live_data

    fake = FakeGitHub()
    fake.remaining = 4  # enough for one repository (3 requests), not two
    first = run(fake)
    assert first.checked == ["hello"] and first.requests == 3
    assert first.stopped is not None and "rate limit" in first.stopped
    assert (first.next_index, first.not_before) == (1, fake.reset)

    fake.requests.clear()
    waiting = run(fake)  # before GitHub's reset: not a single request
    assert fake.requests == [] and waiting.stopped is not None and waiting.checked == []

    clock.advance(fake.reset - clock.value + 1)
    fake.remaining = None
    resumed = run(fake)
    assert resumed.checked == ["linguist", "spoon", "hello"], "resumes at the repository it stopped on"
    assert resumed.stopped is None and project_live_data("linguist") is not None


@pytest.mark.usefixtures("owner")
def test_retry_after_is_honoured(clock: Any) -> None:
    fake = FakeGitHub()
    fake.retry_after_on = "linguist"
    report = run(fake)
    assert report.checked == ["hello"] and report.next_index == 1
    assert report.not_before == clock.value + 120
    fake.retry_after_on = None
    fake.requests.clear()
    assert run(fake).checked == [] and fake.requests == []
    clock.advance(121)
    assert run(fake).checked == ["linguist", "spoon", "hello"]


@pytest.mark.usefixtures("owner", "clock")
def test_a_repository_gone_from_github_leaves_the_portfolio() -> None:
    from heyfolio.changes import changes_since
    from heyfolio.github.live import project_live_data, visible_projects
    from heyfolio.published import get_published

    fake = FakeGitHub()
    run(fake)
    _, cursor = changes_since(None)
    fake.missing.add("octocat/linguist")
    report = run(fake)
    assert report.updated == ["linguist"]
    assert project_live_data("linguist") is None
    assert "linguist" not in {p.slug for p in visible_projects(get_published().portfolio)}
    kinds = {(e.uri, e.kind) for e in changes_since(cursor)[0]}
    assert ("portfolio://projects", "list_changed") in kinds


@pytest.mark.usefixtures("owner", "clock")
def test_an_unknown_repository_is_reported_not_stored() -> None:
    from heyfolio.storage import projects as store

    fake = FakeGitHub()
    fake.missing.add("octocat/spoon-knife")
    report = run(fake)
    assert report.errors == ["octocat/Spoon-Knife: not found on GitHub (check the project's repo:)"]
    assert store.repo_id_for_name("octocat/Spoon-Knife") is None
    assert sorted(report.checked) == ["hello", "linguist"]


@pytest.mark.usefixtures("owner", "clock")
def test_renamed_repository_is_followed_through_githubs_redirect() -> None:
    from heyfolio.github.live import project_live_data
    from heyfolio.storage import projects as store

    fake = FakeGitHub()
    renamed = copy.deepcopy(fake.repos.pop("octocat/hello-world"))
    renamed.update(name="Hello-Universe", full_name="octocat/Hello-Universe")
    fake.repos["octocat/hello-universe"] = renamed
    fake.renamed["octocat/hello-world"] = "octocat/hello-universe"
    report = run(fake)
    assert "hello" in report.checked and report.errors == []
    live = project_live_data("hello")
    assert live is not None and live["repo"] == "octocat/Hello-Universe"
    assert (
        store.repo_id_for_name("octocat/Hello-World")
        == store.repo_id_for_name("octocat/hello-universe")
        == 1296269
    )
    assert any(r.url.path == "/repos/octocat/Hello-Universe/releases/latest" for r in fake.requests)


@pytest.mark.usefixtures("owner", "clock")
def test_github_unreachable_stops_and_resumes_at_the_same_repository() -> None:
    fake = FakeGitHub()
    fake.down = True
    report = run(fake)
    assert report.checked == [] and report.next_index == 0 and "ConnectError" in report.errors[0]
    fake.down = False
    assert sorted(run(fake).checked) == sorted(REPOS)


@pytest.mark.usefixtures("owner", "clock")
def test_token_is_sent_and_a_missing_release_is_no_release() -> None:
    from heyfolio.github.live import project_live_data

    fake = FakeGitHub()
    fake.no_release.add("octocat/linguist")
    run(fake, token="ghp_exampletoken")
    assert all(r.headers["authorization"] == "Bearer ghp_exampletoken" for r in fake.requests)
    assert all(r.headers["x-github-api-version"] == "2022-11-28" for r in fake.requests)
    live = project_live_data("linguist")
    assert live is not None and "latestRelease" not in live


def test_scheduled_handler_reads_the_token_and_api_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, local_stack: None
) -> None:
    from heyfolio.config import get_settings
    from heyfolio.github.reconcile import run_scheduled
    from heyfolio.published import reload

    monkeypatch.setenv(
        "HEYFOLIO_CONTENT", str(write_content(tmp_path / "content", {"hello": REPOS["hello"]}))
    )
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_fromenv")
    monkeypatch.setenv("HEYFOLIO_GITHUB_API_URL", "https://ghe.example.com/api/v3/")
    get_settings.cache_clear()
    reload()
    fake = FakeGitHub()
    report = run_scheduled(transport=fake.transport())
    assert report.checked == ["hello"]
    assert {r.url.host for r in fake.requests} == {"ghe.example.com"}
    assert fake.requests[0].url.path == "/api/v3/repos/octocat/Hello-World"
    assert fake.requests[0].headers["authorization"] == "Bearer ghp_fromenv"
    reload()
