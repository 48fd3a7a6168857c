"""Content published by a push to the owner's content repository, through the real webhook path.

Each delivery is signed and sent to the webhook function, queued, and handed by the local event
source mapping to the GitHub worker's Lambda handler; GitHub's API is a fake api.github.com at the
HTTP boundary (real git object ids, documented response shapes), S3 and DynamoDB are moto. The
content repository is private: the worker reads its token from Secrets Manager.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.github.content_repo import (
    CONTENT_REPO,
    FakeContentRepo,
    example_files,
    new_delivery,
    push_delivery,
    with_resume,
)
from tests.github.support import response_json, signed_event

BUCKET = "heyfolio-content-test"
TOKEN = "ghp_contentreader0000000000000000000000"
NEW_LABEL = "Principal Engineer — storage engines and the teams that build them"


@pytest.fixture
def repo(stack: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeContentRepo]:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings
    from heyfolio.github import content_push, secrets
    from heyfolio.publish.store import ensure_local_bucket
    from heyfolio.published import reload

    arn = client("secretsmanager").create_secret(Name="heyfolio/github-token", SecretString=TOKEN)["ARN"]
    monkeypatch.setenv("GITHUB_TOKEN_SECRET_ARN", arn)
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.setattr(secrets, "_providers", {})
    monkeypatch.setenv("HEYFOLIO_CONTENT_REPOSITORY", CONTENT_REPO)
    monkeypatch.setenv("HEYFOLIO_CONTENT_BUCKET", BUCKET)
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    monkeypatch.setenv("HEYFOLIO_CONTENT_CHECK_SECONDS", "0")
    get_settings.cache_clear()
    reload()
    ensure_local_bucket()
    fake = FakeContentRepo(token=TOKEN)
    monkeypatch.setattr(content_push, "_transport", fake.transport())
    yield fake
    reload()


@pytest.fixture
def outcomes(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any] | None]:
    """What each content push did, as the worker's result carries it (a spy: the real code runs)."""
    from heyfolio.github import worker

    seen: list[dict[str, Any] | None] = []
    real = worker.publish_push

    def spy(message: Any) -> dict[str, Any] | None:
        result = real(message)
        seen.append(result)
        return result

    monkeypatch.setattr(worker, "publish_push", spy)
    return seen


def send(
    webhook: Any, stack: Any, github_worker: Any, body: bytes, delivery: str | None = None
) -> dict[str, Any]:
    """Sign and send one push delivery, then let the worker drain the queue; the webhook's answer."""
    from heyfolio.dev.local_flows import drain

    result = webhook(signed_event("push", body, delivery or new_delivery()))
    assert result["statusCode"] in (200, 202), result
    drain(stack.queue_urls["github-events"], github_worker)
    return response_json(result)


def pointer() -> dict[str, Any]:
    from heyfolio.config import get_settings
    from heyfolio.publish.store import current_item

    item = current_item(get_settings()) or {}
    return {k: next(iter(v.values())) for k, v in item.items()}


def stored_generations() -> list[str]:
    from heyfolio.aws.clients import client

    return sorted(o["Key"] for o in client("s3").list_objects_v2(Bucket=BUCKET).get("Contents", []))


def counter() -> int:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings

    item = (
        client("dynamodb")
        .get_item(TableName=get_settings().table_name, Key={"pk": {"S": "CONTENT"}, "sk": {"S": "COUNTER"}})
        .get("Item")
    )
    return int(item["n"]["N"]) if item else 0


def owner_alerts() -> list[Any]:
    from heyfolio.storage import audit

    return [e for e in audit.list_recent(limit=50) if e.action == "owner.alert"]


def test_a_push_publishes_the_content_folder_and_the_next_push_announces_the_changed_resume(
    repo: FakeContentRepo, outcomes: list[Any], webhook: Any, stack: Any, github_worker: Any
) -> None:
    from heyfolio.config import get_settings
    from heyfolio.publish.store import Pointer, fetch_generation

    files = example_files()
    first = repo.commit(files, message="Portfolio content")
    answer = send(webhook, stack, github_worker, push_delivery(repo, first))
    assert answer["accepted"] is True
    [published] = outcomes
    assert published is not None and published["outcome"] == "published", published
    assert published["generation"] == 1 and published["sha"] == first
    assert pointer()["source_sha"] == first and pointer()["source_repository"] == CONTENT_REPO
    content_files = [n for n in files if n.startswith("content/")]
    assert repo.blob_requests() == len(content_files), "only the content folder is downloaded"
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in repo.requests)

    second = repo.commit(with_resume(files, label=NEW_LABEL), parent=first, message="New title")
    repo.requests.clear()
    send(webhook, stack, github_worker, push_delivery(repo, second))
    assert outcomes[-1] is not None and outcomes[-1]["outcome"] == "published", outcomes[-1]
    assert outcomes[-1]["generation"] == 2
    # Only the résumé changed: the profile and resume.md are announced, nothing else.
    assert {tuple(c) for c in outcomes[-1]["changes"]} == {
        ("portfolio://profile", "resource_updated"),
        ("portfolio://resume.md", "resource_updated"),
    }
    assert any("/compare/" in r.url.path for r in repo.requests), (
        "the commit was compared with the published one"
    )
    current = pointer()
    assert (current["generation"], current["source_sha"]) == ("2", second)
    served = fetch_generation(Pointer(2, current["content_hash"]), get_settings())
    assert NEW_LABEL in (served / "content" / "resume.json").read_text()
    assert (
        not (served / "content" / "README.md").exists()
        or (served / "content" / "README.md").read_bytes()
        == (Path(__file__).resolve().parents[2] / "content" / "README.md").read_bytes()
    ), "the repository's own README is not content"


def test_pushes_that_are_not_the_content_publish_nothing(
    repo: FakeContentRepo, outcomes: list[Any], webhook: Any, stack: Any, github_worker: Any
) -> None:
    files = example_files()
    base = repo.commit(files)
    draft = repo.commit(with_resume(files, label=NEW_LABEL), parent=base)
    send(webhook, stack, github_worker, push_delivery(repo, draft, ref="refs/heads/draft"))
    send(webhook, stack, github_worker, push_delivery(repo, draft, full_name="mira-okafor/ledgerline"))
    send(webhook, stack, github_worker, push_delivery(repo, draft, ref="refs/tags/v1"))
    readme = repo.commit({**files, "README.md": b"# Notes\n"}, parent=base)
    send(webhook, stack, github_worker, push_delivery(repo, readme))
    assert outcomes[1] is None, "another repository's push is not about content"
    reasons = [o["reason"] for o in outcomes if o is not None]
    assert any("not the content branch" in r and "draft" in r for r in reasons), reasons
    assert any("does not touch content/" in r for r in reasons), reasons
    assert all(o is None or o["outcome"] == "skipped" for o in outcomes)
    assert repo.requests == [], "GitHub was not asked for anything"
    assert pointer() == {} and stored_generations() == []


def test_a_redelivered_or_replayed_push_publishes_once(
    repo: FakeContentRepo, outcomes: list[Any], webhook: Any, stack: Any, github_worker: Any
) -> None:
    first = repo.commit(example_files())
    body = push_delivery(repo, first)
    send(webhook, stack, github_worker, body, delivery="push-delivery-1")
    again = send(webhook, stack, github_worker, body, delivery="push-delivery-1")  # GitHub redelivers
    assert again["duplicate"] is True
    repo.requests.clear()
    send(webhook, stack, github_worker, body)  # the same push under a new delivery id (a replay)
    assert [o["outcome"] for o in outcomes if o] == ["published", "skipped"]
    assert "already published" in outcomes[-1]["reason"]
    assert repo.requests == [], "a commit already published is not fetched again"
    assert counter() == 1 and len(stored_generations()) == 1 and pointer()["generation"] == "1"


def test_an_older_push_delivered_late_never_replaces_a_newer_generation(
    repo: FakeContentRepo, outcomes: list[Any], webhook: Any, stack: Any, github_worker: Any
) -> None:
    files = example_files()
    older = repo.commit(files, message="first")
    older_body = push_delivery(repo, older)
    newer = repo.commit(with_resume(files, label=NEW_LABEL), parent=older, message="second")
    send(webhook, stack, github_worker, push_delivery(repo, newer))
    assert pointer()["source_sha"] == newer
    repo.requests.clear()
    send(webhook, stack, github_worker, older_body)  # delivered after the newer one
    assert outcomes[-1]["outcome"] == "skipped" and "behind" in outcomes[-1]["reason"], outcomes[-1]
    assert repo.blob_requests() == 0 and pointer()["source_sha"] == newer and counter() == 1

    # A force push replaced the branch: a diverged commit pushed before the published one stays out,
    # one pushed after it is published.
    stale = repo.commit(with_resume(files, label="Staff Engineer"), parent=older, message="rewritten")
    send(
        webhook,
        stack,
        github_worker,
        push_delivery(repo, stale, pushed_at=int(float(pointer()["source_pushed_at"])) - 30),
    )
    assert outcomes[-1]["outcome"] == "skipped" and "pushed before" in outcomes[-1]["reason"], outcomes[-1]
    forced = repo.commit(with_resume(files, label="Distinguished Engineer"), parent=older, message="forced")
    send(webhook, stack, github_worker, push_delivery(repo, forced))
    assert outcomes[-1]["outcome"] == "published", outcomes[-1]
    assert pointer()["source_sha"] == forced and pointer()["generation"] == "2"


def test_invalid_content_publishes_nothing_and_the_owner_learns_why(
    repo: FakeContentRepo, outcomes: list[Any], webhook: Any, stack: Any, github_worker: Any
) -> None:
    files = example_files()
    good = repo.commit(files)
    send(webhook, stack, github_worker, push_delivery(repo, good))
    assert pointer()["generation"] == "1"
    broken = dict(files)
    broken["content/resume.json"] = b'{"basics": {"name": "Mira Okafor"}, "work": [ }'
    broken["content/projects/shoal.md"] = b"---\ntitle: Shoal\n---\nNo summary here.\n"
    bad = repo.commit(broken, parent=good, message="broken")
    send(webhook, stack, github_worker, push_delivery(repo, bad))
    refused = outcomes[-1]
    assert refused["outcome"] == "refused", refused
    problems = "\n".join(refused["problems"])
    assert "content/resume.json:1:" in problems and "valid JSON" in problems
    assert "content/projects/shoal.md" in problems and "summary" in problems
    # Nothing was stored or announced; the site keeps generation 1.
    assert pointer()["generation"] == "1" and pointer()["source_sha"] == good
    assert counter() == 1 and len(stored_generations()) == 1
    [alert] = owner_alerts()
    assert bad[:7] in alert.detail["subject"]
    assert "content/resume.json:1:" in alert.detail["message"] and "keeps serving" in alert.detail["message"]

    fixed = repo.commit(with_resume(files, label=NEW_LABEL), parent=bad, message="fixed")
    send(webhook, stack, github_worker, push_delivery(repo, fixed))
    assert outcomes[-1]["outcome"] == "published" and pointer()["generation"] == "2"


def test_a_tree_over_the_caps_is_refused_before_any_file_is_downloaded(
    repo: FakeContentRepo,
    outcomes: list[Any],
    webhook: Any,
    stack: Any,
    github_worker: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from heyfolio.github import content_push

    files = example_files()
    huge = repo.commit({**files, "content/photo.png": b"\x89PNG" + b"\0" * content_push.MAX_FILE_BYTES})
    send(webhook, stack, github_worker, push_delivery(repo, huge))
    assert outcomes[-1]["outcome"] == "refused"
    assert any("content/photo.png" in p and "over the cap" in p for p in outcomes[-1]["problems"])
    monkeypatch.setattr(content_push, "MAX_TOTAL_BYTES", 50_000)  # the example content is ~90 kB
    whole = repo.commit(files, parent=huge)
    send(webhook, stack, github_worker, push_delivery(repo, whole))
    assert outcomes[-1]["outcome"] == "refused" and "over the cap of 50000" in outcomes[-1]["reason"]
    monkeypatch.setattr(content_push, "MAX_TOTAL_BYTES", 10 * 1024 * 1024)
    repo.truncate_trees = True  # more entries than GitHub lists in one answer
    send(webhook, stack, github_worker, push_delivery(repo, whole, before="1" * 40), delivery=new_delivery())
    assert outcomes[-1]["outcome"] == "refused" and "more entries" in outcomes[-1]["reason"]
    assert repo.blob_requests() == 0 and pointer() == {} and stored_generations() == []
    assert len(owner_alerts()) == 3


def _received(stack: Any) -> tuple[list[dict[str, Any]], str]:
    from heyfolio.aws.clients import client

    sqs = client("sqs")
    url = stack.queue_urls["github-events"]
    messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=0).get(
        "Messages", []
    )
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    return messages, arn


@pytest.mark.parametrize("failure", ["blobs-502", "network", "rate-limit"])
def test_github_failing_midway_is_retried_not_dropped(
    failure: str, repo: FakeContentRepo, outcomes: list[Any], webhook: Any, stack: Any, github_worker: Any
) -> None:
    """GitHub down for a moment: the worker reports the message failed (SQS delivers it again), and
    the redelivery publishes - the delivery's idempotency record does not turn it into a no-op."""
    from heyfolio.dev.local_flows import sqs_event
    from heyfolio.stack.local_invoke import LocalLambdaContext
    from tests.github.support import WEBHOOK_FIXTURES

    first = repo.commit(example_files())
    webhook(signed_event("push", push_delivery(repo, first), new_delivery()))
    star = (WEBHOOK_FIXTURES / "star.created.payload.json").read_bytes()
    webhook(signed_event("star", star, new_delivery()))  # the same batch carries another delivery
    messages, arn = _received(stack)
    assert len(messages) == 2
    push_id = next(m["MessageId"] for m in messages if json.loads(m["Body"])["event"] == "push")
    event = sqs_event(messages, arn)
    context = LocalLambdaContext(function_name="github-worker", timeout_seconds=120)
    repo.failing = failure
    failed = github_worker(event, context)
    assert failed["batchItemFailures"] == [{"itemIdentifier": push_id}], "only the push is retried"
    assert pointer() == {} and stored_generations() == []
    assert owner_alerts() == [], "a transient failure is not the owner's to fix"
    repo.failing = None
    retried = github_worker(event, context)  # SQS's redelivery of the same message
    assert retried["batchItemFailures"] == []
    assert outcomes[-1]["outcome"] == "published" and pointer()["source_sha"] == first


def test_a_commit_github_does_not_have_is_refused_not_retried(
    repo: FakeContentRepo, outcomes: list[Any], webhook: Any, stack: Any, github_worker: Any
) -> None:
    from heyfolio.dev.local_flows import sqs_event
    from heyfolio.stack.local_invoke import LocalLambdaContext

    files = example_files()
    repo.commit(files)
    body = json.loads(push_delivery(repo, "ab" * 20, paths=["content/resume.json"]))
    webhook(signed_event("push", json.dumps(body).encode(), new_delivery()))
    messages, arn = _received(stack)
    answer = github_worker(sqs_event(messages, arn), LocalLambdaContext(function_name="github-worker"))
    assert answer["batchItemFailures"] == []
    assert outcomes[-1]["outcome"] == "refused" and "404" in outcomes[-1]["reason"]
    assert "GitHubTokenSecretArn" in outcomes[-1]["reason"]
    assert pointer() == {} and len(owner_alerts()) == 1
