"""The index artifact: loaded when valid for the content and the code, otherwise rebuilt with a reason.

A loaded index must rank exactly as a built one (same passages, scores, weak marks), and no
artifact - missing, stale, corrupt, from another engine or dense stage - may fail a request.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from heyfolio.config import Settings
from heyfolio.publish import artifact as art
from heyfolio.published import load_published

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = [
    "Has she run Kubernetes in production?",
    "React JavaScript",
    "Where does she live?",
    "Kubernets operator",
    "What's her most starred project?",
    "Has she worked at Google?",
]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ROOT / "content", tmp_path / "content"))


def lexical() -> Settings:
    return Settings.from_env({"HEYFOLIO_EMBEDDER": "none"})


def ranking(published: object) -> list[list[tuple[str, float, bool]]]:
    index = published.index  # type: ignore[attr-defined]
    return [[(h.chunk.id, round(h.score, 9), h.weak) for h in index.search(q, limit=5)] for q in QUESTIONS]


def built_artifact(content: Path, folder: Path, settings: Settings) -> Path:
    built = load_published(content, settings)
    art.write_artifact(
        folder, built.index, content_hash=art.content_hash(content),
        served_private=settings.served_private_fields, chunks=built.chunks,
    )  # fmt: skip
    return folder


def test_a_loaded_artifact_ranks_exactly_as_the_built_index(content: Path, tmp_path: Path) -> None:
    folder = built_artifact(content, tmp_path / "index", lexical())
    assert not (folder / art.VECTORS).exists()  # no dense stage: no vectors
    built = load_published(content, lexical())
    loaded = load_published(content, lexical(), artifacts=(folder,))
    assert (built.index_from, loaded.index_from) == ("built", "artifact")
    assert loaded.chunks == built.chunks
    assert ranking(loaded) == ranking(built)


def test_dense_vectors_travel_in_npy_and_rank_the_same(content: Path, tmp_path: Path) -> None:
    settings = Settings.from_env({"HEYFOLIO_EMBEDDER": "hashing"})
    folder = built_artifact(content, tmp_path / "index", settings)
    import numpy as np

    vectors = np.load(folder / art.VECTORS, allow_pickle=False)
    # the passages' vectors, then the windows' of the long ones (search.windows), which travel too
    windows = len(json.loads((folder / art.INDEX).read_text())["window_owners"])
    assert windows > 0
    assert vectors.dtype == np.float32 and vectors.shape[0] == art.read_manifest(folder).passages + windows
    loaded = load_published(content, settings, artifacts=(folder,))
    assert loaded.index_from == "artifact"
    assert ranking(loaded) == ranking(load_published(content, settings))
    # A process without that dense stage still uses the lexical state and ignores the vectors.
    assert load_published(content, lexical(), artifacts=(folder,)).index_from == "artifact"


def _reason(caplog: pytest.LogCaptureFixture) -> str:
    return " | ".join(r.getMessage() for r in caplog.records if r.name == "heyfolio.published")


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        ("content", "built from other content"),
        ("engine", "another version of the search engine"),
        ("private", "private fields"),
        ("dense", "passage vectors are from None"),
        ("index-json", "cannot be read"),
        ("manifest-json", "cannot be read"),
        ("manifest-format", "manifest format"),
        ("postings", "does not fit"),
        ("passages", "the manifest says"),
        ("missing", "no artifact"),
    ],
)
def test_a_stale_or_corrupt_artifact_is_rebuilt_with_a_logged_reason(
    content: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, spoil: str, reason: str
) -> None:
    folder = built_artifact(content, tmp_path / "index", lexical())
    settings = lexical()
    manifest = json.loads((folder / art.MANIFEST).read_text())
    if spoil == "content":
        (content / "faq.yaml").write_text((content / "faq.yaml").read_text() + "\n# edited\n")
    elif spoil == "engine":
        manifest["engine"] = "0" * 64
    elif spoil == "private":
        settings = Settings.from_env({"HEYFOLIO_EMBEDDER": "none", "HEYFOLIO_SERVE_PRIVATE_FIELDS": "phone"})
    elif spoil == "dense":
        settings = Settings.from_env({"HEYFOLIO_EMBEDDER": "hashing"})
    elif spoil == "index-json":
        (folder / art.INDEX).write_text('{"format": 1, "chunks": [')
    elif spoil == "manifest-json":
        (folder / art.MANIFEST).write_text("not json")
    elif spoil == "manifest-format":
        manifest["format"] = 99
    elif spoil == "postings":
        state = json.loads((folder / art.INDEX).read_text())
        term = next(iter(state["postings"]))
        state["postings"][term][0][0] = 10**6
        (folder / art.INDEX).write_text(json.dumps(state))
    elif spoil == "passages":
        manifest["passages"] += 1
    elif spoil == "missing":
        shutil.rmtree(folder)
    if spoil in ("engine", "manifest-format", "passages"):
        (folder / art.MANIFEST).write_text(json.dumps(manifest))
    caplog.set_level(logging.INFO, logger="heyfolio.published")
    published = load_published(content, settings, artifacts=(folder,))
    assert published.index_from == "built"
    assert reason in _reason(caplog)
    assert published.index.search("Where does she live?", limit=3)


def test_the_dev_cache_is_written_once_and_then_loaded(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_published(content, lexical(), cache=cache)
    second = load_published(content, lexical(), cache=cache)
    assert (first.index_from, second.index_from) == ("built", "artifact")
    (content / "resume.json").write_text(
        (content / "resume.json").read_text().replace("Rotterdam", "Utrecht")
    )
    third = load_published(content, lexical(), cache=cache)
    assert third.index_from == "built" and "Utrecht" in json.dumps([c.text for c in third.chunks])


def test_get_published_serves_with_a_corrupt_packaged_artifact(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.config import get_settings
    from heyfolio.published import get_published, reload

    broken = tmp_path / "index"
    broken.mkdir()
    (broken / art.MANIFEST).write_bytes(b"\x00\xff garbage")
    monkeypatch.setenv("HEYFOLIO_CONTENT", str(content))
    monkeypatch.setenv("HEYFOLIO_INDEX", str(broken))
    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    get_settings.cache_clear()
    reload()
    try:
        assert get_published().index_from == "built"
    finally:
        get_settings.cache_clear()
        reload()


def test_the_layer_build_command_refuses_invalid_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from heyfolio.publish.build import main

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "resume.json").write_text('{"basics": ')
    assert main([str(bad), str(tmp_path / "out")]) == 1
    assert "resume.json" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert main([str(ROOT / "content"), str(tmp_path / "out")]) == 0
    assert art.read_manifest(tmp_path / "out").content_hash == art.content_hash(ROOT / "content")


def test_the_index_is_read_on_first_use_and_built_if_its_folder_went_away(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tool that serves content without searching it never parses the index; one that searches
    later gets the artifact's index, or, when the generation folder was removed meanwhile (a newer
    generation swapped in), an index built from the content already loaded: the same ranking."""
    folder = built_artifact(content, tmp_path / "index", lexical())
    reads: list[Path] = []
    original = art.read_index

    def counted(where: Path, *args: object, **kwargs: object) -> object:
        reads.append(where)
        return original(where, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(art, "read_index", counted)
    served = load_published(content, lexical(), artifacts=(folder,))
    assert served.portfolio.owner_name and reads == []
    assert served.index_from == "artifact" and reads == [folder]
    assert ranking(served) == ranking(load_published(content, lexical())) and reads == [folder]

    gone = load_published(content, lexical(), artifacts=(folder,))
    shutil.rmtree(folder)
    shutil.rmtree(content)
    assert gone.index_from == "built"
    assert ranking(gone) == ranking(served)


def test_on_aws_an_artifact_without_the_vectors_is_searched_lexically_not_re_embedded(
    content: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Content published without the dense stage must not make each new Lambda instance embed every
    passage on a request; locally the index is built with the vectors as before."""
    folder = built_artifact(content, tmp_path / "index", lexical())
    dense = {"HEYFOLIO_EMBEDDER": "hashing"}
    with caplog.at_level(logging.WARNING, logger="heyfolio.published"):
        on_aws = load_published(
            content, Settings.from_env({**dense, "HEYFOLIO_ENV": "aws"}), artifacts=(folder,)
        )
        assert on_aws.index_from == "artifact"
    assert ranking(on_aws) == ranking(load_published(content, lexical()))
    assert any("vectors: search is lexical" in r.getMessage() for r in caplog.records), caplog.text
    local = load_published(content, Settings.from_env(dense), artifacts=(folder,))
    assert local.index_from == "built"
    assert ranking(local) == ranking(load_published(content, Settings.from_env(dense)))
