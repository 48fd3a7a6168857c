"""Helpers for the GitHub and flow tests: signed API Gateway events, a content folder whose
projects own the octokit fixtures' repositories, and the local flow resources under moto."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from heyfolio.github.signature import sign

ROOT = Path(__file__).resolve().parents[2]
WEBHOOK_FIXTURES = ROOT.parent / "shared" / "fixtures" / "github-webhooks"
SECRET = b"test-webhook-secret-7f3a"

# The octokit fixtures' repositories, as projects of a test owner.
FIXTURE_PROJECTS = {
    "hello-world": "Codertocat/Hello-World",
    "octocoders-hello": "Octocoders/Hello-World",
    "octo-repo": "octo-org/octo-repo",
}
SLUG_OF = {repo.lower(): slug for slug, repo in FIXTURE_PROJECTS.items()}


def fixture_files() -> list[Path]:
    """Every delivery in ../shared/fixtures/github-webhooks/."""
    files = sorted(WEBHOOK_FIXTURES.glob("*.json"))
    assert files, f"no webhook fixtures in {WEBHOOK_FIXTURES}"
    return files


def event_name(path: Path) -> str:
    """The event name is the file name before the first dot (what GitHub sends in X-GitHub-Event)."""
    return path.name.split(".", 1)[0]


def write_content(folder: Path, projects: Mapping[str, str] = FIXTURE_PROJECTS) -> Path:
    """A content folder: the example owner's résumé and FAQ, and one project per repository."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "content" / "resume.json", folder / "resume.json")
    shutil.copy(ROOT / "content" / "faq.yaml", folder / "faq.yaml")
    (folder / "projects").mkdir(exist_ok=True)
    for slug, repo in projects.items():
        (folder / "projects" / f"{slug}.md").write_text(
            f"---\ntitle: {slug}\nsummary: The {slug} project, built on {repo}.\n"
            f"topics: [testing]\nlanguages: [Python]\nrepo: {repo}\nstart: 2019-05\n---\n\n"
            f"{slug} is a project whose code lives in {repo}. It exists for the webhook tests.\n"
        )
    return folder


def apigw_event(
    body: bytes | str,
    headers: Mapping[str, str],
    *,
    path: str = "/webhooks/github",
    method: str = "POST",
    base64_body: bool = False,
    path_parameters: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """An API Gateway REST (v1) proxy event, as API Gateway hands it to the function."""
    import base64

    raw = body.encode() if isinstance(body, str) else body
    return {
        "resource": path,
        "path": path,
        "httpMethod": method,
        "headers": dict(headers),
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "pathParameters": dict(path_parameters) if path_parameters else None,
        "stageVariables": None,
        "requestContext": {
            "resourcePath": path,
            "httpMethod": method,
            "path": "/dev" + path,
            "stage": "dev",
            "requestId": "req-1",
            "identity": {"sourceIp": "192.0.2.10"},
            "accountId": "123456789012",
            "apiId": "abc123",
        },
        "body": base64.b64encode(raw).decode() if base64_body else raw.decode("utf-8", "surrogateescape"),
        "isBase64Encoded": base64_body,
    }


def signed_event(
    event: str, body: bytes, delivery: str, *, secret: bytes = SECRET, extra: Mapping[str, str] | None = None
) -> dict[str, Any]:
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "GitHub-Hookshot/044aadd",
        "X-GitHub-Event": event,
        "X-GitHub-Delivery": delivery,
        "X-Hub-Signature-256": sign(secret, body),
        **(extra or {}),
    }
    return apigw_event(body, headers)


def queued(queue_url: str) -> list[dict[str, Any]]:
    """Every message waiting in a queue (peeked: made visible again at once)."""
    from heyfolio.aws.clients import client

    sqs = client("sqs")
    found: list[dict[str, Any]] = []
    for _ in range(10):
        batch = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, VisibilityTimeout=0).get(
            "Messages", []
        )
        new = [m for m in batch if m["MessageId"] not in {f["MessageId"] for f in found}]
        if not new:
            break
        found.extend(new)
    return [json.loads(m["Body"]) for m in found]


@contextmanager
def local_flows(timings: Mapping[str, int] | None = None) -> Iterator[Any]:
    """The flow resources (queues, topic, state machines) in the current moto, env exported."""
    from heyfolio.dev.local_flows import create_flow_resources, export_env

    flows = create_flow_resources(timings=timings)
    export_env(flows)
    try:
        yield flows
    finally:
        flows.stop()


def response_json(result: Mapping[str, Any]) -> dict[str, Any]:
    body = result.get("body") or "{}"
    parsed: dict[str, Any] = json.loads(body)
    return parsed
