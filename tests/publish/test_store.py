"""Content generations: unique numbers, a forward-only pointer, safe bundles, what each publish announces,
and the CLI's local target keeping its state across restarts."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUCKET = "heyfolio-content-test"


@pytest.fixture
def store(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.config import get_settings
    from heyfolio.publish.store import ensure_local_bucket

    monkeypatch.setenv("HEYFOLIO_CONTENT_BUCKET", BUCKET)
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    get_settings.cache_clear()
    ensure_local_bucket()


def test_a_slower_publish_never_rolls_the_pointer_back(store: None, tmp_path: Path) -> None:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings
    from heyfolio.publish.publisher import publish
    from heyfolio.publish.store import current_generation, pointer_key

    s = get_settings()
    first = publish(ROOT / "content", s)
    assert first.generation == 1 and not first.superseded
    # Another publish took number 2 and moved the pointer to 5 meanwhile (numbers are only ever
    # taken from the counter; the pointer only moves forward).
    client("dynamodb").update_item(
        TableName=s.table_name, Key=pointer_key(), UpdateExpression="SET generation = :g",
        ExpressionAttributeValues={":g": {"N": "5"}},
    )  # fmt: skip
    late = publish(ROOT / "content", s)
    assert late.generation == 2 and late.superseded and late.changes == []
    pointer = current_generation(s)
    assert pointer is not None and pointer.generation == 5


def test_a_bundle_with_an_unsafe_name_or_other_content_is_refused(store: None, tmp_path: Path) -> None:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings
    from heyfolio.publish.publisher import publish
    from heyfolio.publish.store import Pointer, PublishError, bundle_key, fetch_generation

    s = get_settings()
    result = publish(ROOT / "content", s)
    good = fetch_generation(Pointer(result.generation, result.content_hash), s)
    assert (good / "content" / "resume.json").is_file() and (good / "index" / "manifest.json").is_file()
    with pytest.raises(PublishError, match="content hash"):
        fetch_generation(Pointer(result.generation, "f" * 64), s)
    evil = {"format": 1, "generation": 9, "content": {"../../escape.txt": base64.b64encode(b"x").decode()},
            "index": {}}  # fmt: skip
    client("s3").put_object(Bucket=BUCKET, Key=bundle_key(9), Body=json.dumps(evil).encode())
    with pytest.raises(PublishError, match="unsafe path"):
        fetch_generation(Pointer(9, "0" * 64), s)
    assert not (s.data_dir / "escape.txt").exists() and not (s.data_dir.parent / "escape.txt").exists()


def test_changes_name_what_the_edit_touched() -> None:
    from heyfolio.publish.publisher import changes_between

    old = {"resume.json": "a", "faq.yaml": "b", "projects/x.md": "c", "posts/p.md": "d"}
    assert changes_between(old, dict(old)) == []
    assert changes_between(old, {**old, "faq.yaml": "B"}) == [("portfolio://faq", "resource_updated")]
    added = changes_between(old, {**old, "projects/y.md": "e"})
    assert added == [("portfolio://projects/y", "resource_updated"), ("portfolio://projects", "list_changed")]
    removed = changes_between(old, {k: v for k, v in old.items() if k != "posts/p.md"})
    assert removed == [("portfolio://posts/p", "resource_updated"), ("portfolio://posts", "list_changed")]


def test_get_published_swaps_generations_and_keeps_serving_when_the_store_fails(
    store: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.config import get_settings
    from heyfolio.publish import store as store_module
    from heyfolio.publish.publisher import publish
    from heyfolio.published import get_published, reload

    content = Path(shutil.copytree(ROOT / "content", tmp_path / "content"))
    monkeypatch.setenv("HEYFOLIO_CONTENT", str(content))
    monkeypatch.setenv("HEYFOLIO_CONTENT_CHECK_SECONDS", "0")
    get_settings.cache_clear()
    reload()
    assert get_published().generation is None  # nothing published: the packaged content
    edited = Path(shutil.copytree(content, tmp_path / "edited"))
    resume = json.loads((edited / "resume.json").read_text())
    resume["basics"]["label"] = "Principal Engineer"
    (edited / "resume.json").write_text(json.dumps(resume))
    publish(edited, get_settings())
    swapped = get_published()
    assert swapped.generation == 1 and swapped.portfolio.resume.basics.label == "Principal Engineer"
    assert swapped.index_from == "artifact"

    def unreachable(settings: object = None) -> None:
        raise ConnectionError("DynamoDB is unreachable")

    monkeypatch.setattr(store_module, "current_generation", unreachable)
    assert get_published() is swapped  # logged, and the loaded generation keeps being served


def test_the_cli_publishes_into_the_saved_local_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from heyfolio.config import get_settings
    from heyfolio.dev.publish_command import run_publish
    from heyfolio.dev.server import LOCAL_AWS_FOLDER

    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    monkeypatch.delenv("HEYFOLIO_CONTENT_BUCKET", raising=False)
    get_settings.cache_clear()
    try:
        assert run_publish(ROOT / "content", as_json=True) == 0
        first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        assert first["published"] and first["generation"] == 1
        assert (tmp_path / "data" / LOCAL_AWS_FOLDER / "state.pickle").is_file()
        # A new emulator on the same data folder (a restart) continues from the saved numbers.
        assert run_publish(ROOT / "content", as_json=True) == 0
        second = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        assert second["generation"] == 2 and second["changes"] == []
        bad = tmp_path / "bad"
        bad.mkdir()
        (bad / "resume.json").write_text('{"basics": ')
        assert run_publish(bad, as_json=True) == 1
        refused = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        assert refused["published"] is False and "resume.json" in refused["problems"][0]
    finally:
        get_settings.cache_clear()
        # The CLI's emulator leaves moto's process-wide backends holding generations 1 and 2: a later
        # emulator in this process (tests/aws/test_built_artifact.py under xdist) would count from 3.
        from moto.moto_api._internal.models import moto_api_backend

        moto_api_backend.reset()
