"""Content without a redeploy: ``heyfolio publish`` reaches an open listen stream and the next tool call.

The dev app runs on loopback over the in-process moto; a listen stream is open on the profile and
on list changes; a publish with a changed résumé must arrive there as ``resources/updated`` for
``portfolio://profile``, and a ``tools/call`` made after it must answer from the new content
(functions check the generation pointer every time here: ``HEYFOLIO_CONTENT_CHECK_SECONDS=0``).
Invalid content publishes nothing: no generation number, no object, no event, no swap.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mcp_subscriptions.test_listen import LISTEN_HEADERS, RawStream, listen_body
from tests.mcp_tasks.support import McpWire, live_stack

ROOT = Path(__file__).resolve().parents[2]
BUCKET = "heyfolio-content-test"
NEW_LABEL = "Principal Engineer — storage engines and the teams that build them"


def edited(source: Path, folder: Path, **basics: str) -> Path:
    shutil.copytree(source, folder)
    resume = json.loads((folder / "resume.json").read_text())
    resume["basics"].update(basics)
    (folder / "resume.json").write_text(json.dumps(resume, indent=2, ensure_ascii=False))
    return folder


@pytest.fixture
def stack(local_stack: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path]]:
    from heyfolio.config import get_settings
    from heyfolio.publish.store import ensure_local_bucket
    from heyfolio.published import reload

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    monkeypatch.setenv("HEYFOLIO_CONTENT", str(content))
    monkeypatch.setenv("HEYFOLIO_CONTENT_BUCKET", BUCKET)
    monkeypatch.setenv("HEYFOLIO_CONTENT_CHECK_SECONDS", "0")
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    get_settings.cache_clear()
    reload()
    ensure_local_bucket()
    with live_stack() as base:
        yield base, content


def _changes() -> list[tuple[str, str]]:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings

    items = client("dynamodb").query(
        TableName=get_settings().table_name,
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": "CHANGES"}},
    )["Items"]
    return sorted((i["uri"]["S"], i["change_kind"]["S"]) for i in items)


def test_a_published_resume_reaches_the_listen_stream_and_the_next_tool_call(
    stack: tuple[str, Path], tmp_path: Path
) -> None:
    from heyfolio.config import get_settings
    from heyfolio.publish.publisher import publish
    from heyfolio.publish.store import current_generation

    base, content = stack
    assert publish(content, get_settings()).generation == 1  # what the site serves now
    wire = McpWire(base)
    before = wire.call_tool("get_profile", {})
    assert NEW_LABEL not in json.dumps(before, ensure_ascii=False)
    stream = RawStream(
        f"{base}/mcp/subscriptions",
        body=listen_body(1, {"resourceSubscriptions": ["portfolio://profile"], "resourcesListChanged": True}),
        headers=LISTEN_HEADERS,
    )
    try:
        assert stream.wait_for(1)[0]["method"] == "notifications/subscriptions/acknowledged"
        result = publish(edited(content, tmp_path / "next", label=NEW_LABEL), get_settings())
        assert result.generation == 2 and not result.superseded
        assert ("portfolio://profile", "resource_updated") in result.changes
        # Only the résumé changed: the FAQ, projects and posts are not announced.
        assert {uri for uri, _ in result.changes} == {"portfolio://profile", "portfolio://resume.md"}
        told = stream.wait_for(2, timeout=15)[1]
        assert told["method"] == "notifications/resources/updated"
        assert told["params"]["uri"] == "portfolio://profile"
    finally:
        stream.close()
    # The endpoint's own reads (prompts embed the résumé) see the new generation first here, then a tool.
    prompt = wire.result("prompts/get", {"name": "introduce_owner", "arguments": {"audience": "recruiter"}},
                         name="introduce_owner")  # fmt: skip
    assert NEW_LABEL in json.dumps(prompt, ensure_ascii=False)
    after = wire.call_tool("get_profile", {})
    assert NEW_LABEL in json.dumps(after, ensure_ascii=False)
    pointer = current_generation(get_settings())
    assert pointer is not None and pointer.generation == 2


def test_the_first_publish_announces_every_resource_and_both_lists(stack: tuple[str, Path]) -> None:
    from heyfolio.config import get_settings
    from heyfolio.publish.publisher import publish

    _, content = stack
    result = publish(content, get_settings())
    assert set(result.changes) == {
        ("portfolio://profile", "resource_updated"),
        ("portfolio://resume.md", "resource_updated"),
        ("portfolio://faq", "resource_updated"),
        ("portfolio://projects", "list_changed"),
        ("portfolio://posts", "list_changed"),
        *(
            (f"portfolio://projects/{p.stem}", "resource_updated")
            for p in (content / "projects").glob("*.md")
        ),
        *((f"portfolio://posts/{p.stem}", "resource_updated") for p in (content / "posts").glob("*.md")),
    }
    assert set(result.changes) <= set(_changes())


def test_invalid_content_publishes_nothing(stack: tuple[str, Path], tmp_path: Path) -> None:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings
    from heyfolio.content.model import ContentError
    from heyfolio.publish.publisher import publish
    from heyfolio.publish.store import current_generation

    base, content = stack
    broken = edited(content, tmp_path / "broken")
    (broken / "resume.json").write_text('{"basics": {"name": "Mira"}, "work": [ }')
    with pytest.raises(ContentError) as refused:
        publish(broken, get_settings())
    assert "resume.json" in refused.value.report()
    assert current_generation(get_settings()) is None
    counter = client("dynamodb").get_item(
        TableName=get_settings().table_name, Key={"pk": {"S": "CONTENT"}, "sk": {"S": "COUNTER"}}
    )
    assert "Item" not in counter
    assert client("s3").list_objects_v2(Bucket=BUCKET).get("KeyCount", 0) == 0
    assert _changes() == []
    assert "Mira" in json.dumps(McpWire(base).call_tool("get_profile", {}))
