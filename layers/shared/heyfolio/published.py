"""What the portfolio currently publishes: the loaded content, its chunks and its search index.

Loaded once per process (a Lambda instance or the dev server) and reused by every request;
``reload()`` drops it (tests, content edits in ``make dev``).

Where it comes from, newest first:

- a **published generation** (``heyfolio publish``; ``heyfolio.publish.store``): with
  ``HEYFOLIO_CONTENT_BUCKET`` set, the process asks for the current generation at most every
  ``HEYFOLIO_CONTENT_CHECK_SECONDS`` and swaps to a newer one (its content and index artifact,
  from S3) without a redeploy;
- else the **packaged content** (``settings.content_path``) with its **index artifact**
  (``HEYFOLIO_INDEX``: what ``sam build`` put in the layer) when it is valid for that content
  and this code, or the dev cache in the data folder; else the index is built (and, locally,
  cached). A missing, stale or corrupt artifact is logged with its reason and never fails a
  request.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from heyfolio.config import Settings, get_settings
from heyfolio.content.loader import load_portfolio
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.embedder import BedrockEmbedder, HashingEmbedder
from heyfolio.search.index import SearchIndex

if TYPE_CHECKING:
    from heyfolio.content.model import Portfolio
    from heyfolio.publish.artifact import Manifest
    from heyfolio.search.chunks import Chunk
    from heyfolio.search.embedder import Embedder

log = logging.getLogger(__name__)

CACHE_FOLDER = "index-cache"
"""Under the data folder: artifacts ``make dev`` and the CLI built, one per content and settings."""
_CACHE_KEEP = 8


class Published:
    """The portfolio as visitors see it, with the chunks every citation points into.

    The content is loaded and the index artifact's manifest checked when this is made; the
    index itself (most of an instance's load: every posting list) is read on first use of
    ``index``, ``chunks`` or ``index_from``, so a tool that serves content without searching it
    (``get_profile``, ``list_projects``) never parses it. If that read fails (a corrupt file, a
    generation folder removed since), the index is built from the loaded content instead."""

    def __init__(
        self,
        portfolio: Portfolio,
        source: Path,
        generation: int | None = None,
        *,
        load_index: Callable[[], tuple[SearchIndex, tuple[Chunk, ...], str]],
    ) -> None:
        self.portfolio = portfolio
        self.source = source
        self.generation = generation
        """The published generation this came from (``None``: the packaged content)."""
        self._load_index: Callable[[], tuple[SearchIndex, tuple[Chunk, ...], str]] | None = load_index
        self._loaded: tuple[SearchIndex, tuple[Chunk, ...], str] | None = None
        self._index_lock = threading.Lock()

    def _resolved(self) -> tuple[SearchIndex, tuple[Chunk, ...], str]:
        loaded = self._loaded
        if loaded is None:
            with self._index_lock:
                if self._loaded is None:
                    assert self._load_index is not None
                    self._loaded = self._load_index()
                    self._load_index = None
                loaded = self._loaded
        return loaded

    @property
    def index(self) -> SearchIndex:
        return self._resolved()[0]

    @property
    def chunks(self) -> tuple[Chunk, ...]:
        return self._resolved()[1]

    @property
    def index_from(self) -> str:
        """Where the index came from: ``artifact`` (loaded) or ``built`` (on this start)."""
        return self._resolved()[2]


_lock = threading.Lock()
_current: Published | None = None
_checked_at: float | None = None  # monotonic time of the last generation check


def expect_search() -> None:
    """A search of the published content is coming (a search tool or route was called): with the
    MiniLM dense stage on, start reading its model in the background now (``minilm.preload``), so a
    new instance reads it while it fetches and reads the content, not after. Once per process; a
    no-op for any other dense stage, and costs nothing once the model is read."""
    if get_settings().embedder == "minilm":
        from heyfolio.search.minilm import preload

        preload()


def make_embedder(kind: str) -> Embedder | None:
    """The dense search stage the settings ask for (``none`` keeps search purely lexical)."""
    if kind == "hashing":
        return HashingEmbedder()
    if kind == "bedrock":
        return BedrockEmbedder()
    if kind == "minilm":
        from heyfolio.search.minilm import MiniLMEmbedder, MiniLMUnavailable, model_dir

        try:
            model_dir()
        except MiniLMUnavailable as why:  # lexical only without the model's files, and said once
            from heyfolio.search.minilm_weights import LAYER_DIR

            on_aws = get_settings().env == "aws"
            _say_lexical(
                f"{why}" + (f" (the layer has no {LAYER_DIR}: layers/shared/Makefile)" if on_aws else "")
            )
            return None
        return MiniLMEmbedder()
    return None


_said: set[str] = set()


def _say_lexical(why: str) -> None:
    """Log (once per process and reason) why search runs without its dense stage: on AWS a layer
    built without the converted weights (layers/shared/Makefile) would otherwise only show as
    lower recall."""
    if why not in _said:
        _said.add(why)
        log.warning("dense search stage off (search is lexical only): %s", why)


def load_published(
    path: Path,
    settings: Settings | None = None,
    *,
    artifacts: tuple[Path, ...] = (),
    cache: Path | None = None,
    generation: int | None = None,
) -> Published:
    """Load and validate the content at ``path`` and index it; raises ``ContentError``.

    The index is read from the first of ``artifacts`` that is valid for this content and code
    (its manifest checked now, its index read on first use: ``Published``); otherwise it is
    built, and written to ``cache`` when one is given. Chunks leave out the
    résumé's private contact fields unless the owner opted in, so no passage (and no answer built
    from one) carries them.
    """

    settings = settings or get_settings()
    portfolio = load_portfolio(path)
    embedder = make_embedder(settings.embedder)
    served = tuple(settings.served_private_fields)

    def build() -> tuple[SearchIndex, tuple[Chunk, ...], str]:
        chunks = tuple(chunk_portfolio(portfolio, served_private=settings.served_private_fields))
        return SearchIndex.build(chunks, embedder=embedder), chunks, "built"

    if not artifacts and cache is None:
        return Published(portfolio, path, generation, load_index=build)
    from heyfolio.publish.artifact import content_hash, embedder_name

    digest = content_hash(path)
    slots = (*artifacts, *([_cache_slot(cache, digest, settings)] if cache else []))
    found = _checked_artifact(slots, digest, served, embedder)
    if found is None and embedder is not None and artifacts and settings.env == "aws":
        # An artifact valid but for its vectors (content published without the dense stage): on
        # AWS, search it lexically rather than embed every passage inside a request's time limit.
        found = _checked_artifact(artifacts, digest, served, None)
        if found is not None:
            log.warning(
                "index artifact %s has no %s vectors: search is lexical until the content is "
                "published with them (heyfolio publish with the dense stage on)",
                found[0], embedder_name(embedder),
            )  # fmt: skip
            embedder = None
    if found is not None:
        folder, manifest = found

        def read() -> tuple[SearchIndex, tuple[Chunk, ...], str]:
            loaded = _read_index(folder, manifest, embedder)
            return (*loaded, "artifact") if loaded is not None else build()

        return Published(portfolio, path, generation, load_index=read)
    built = build()
    if cache is not None:
        _write_cache(cache, digest, settings, built[0], built[1])
    return Published(portfolio, path, generation, load_index=lambda: built)


def _checked_artifact(
    folders: tuple[Path, ...], digest: str, served: tuple[str, ...], embedder: Embedder | None
) -> tuple[Path, Manifest] | None:
    """The first of ``folders`` whose manifest says it serves this content with this code."""
    from heyfolio.publish.artifact import ArtifactInvalid, check_manifest, read_manifest

    for folder in folders:
        try:
            manifest = read_manifest(folder)
            check_manifest(manifest, content_hash=digest, served_private=served, embedder=embedder)
            return folder, manifest
        except ArtifactInvalid as why:
            log.info("index artifact %s not used: %s", folder, why)
        except Exception:  # a corrupt artifact must never stop the content from being served
            log.warning("index artifact %s not used: it could not be read", folder, exc_info=True)
    return None


def _read_index(
    folder: Path, manifest: Manifest, embedder: Embedder | None
) -> tuple[SearchIndex, tuple[Chunk, ...]] | None:
    """The index of a checked artifact; ``None`` (logged) when its files cannot be read."""
    from heyfolio.publish.artifact import ArtifactInvalid, read_index

    try:
        return read_index(folder, manifest, embedder)
    except ArtifactInvalid as why:
        log.info("index artifact %s not used: %s", folder, why)
    except Exception:  # a corrupt artifact must never stop the content from being served
        log.warning("index artifact %s not used: it could not be read", folder, exc_info=True)
    return None


def _cache_slot(cache: Path, digest: str, settings: Settings) -> Path:
    key = f"{digest}\0{','.join(settings.served_private_fields)}\0{settings.embedder}"
    return cache / hashlib.sha256(key.encode()).hexdigest()[:24]


def _write_cache(
    cache: Path, digest: str, settings: Settings, index: SearchIndex, chunks: tuple[Chunk, ...]
) -> None:
    from heyfolio.publish.artifact import write_artifact

    try:
        write_artifact(
            _cache_slot(cache, digest, settings), index, content_hash=digest,
            served_private=tuple(settings.served_private_fields),
            chunks=chunks,
        )  # fmt: skip
        slots = sorted((p for p in cache.iterdir() if p.is_dir() and not p.name.startswith(".")),
                       key=lambda p: p.stat().st_mtime)  # fmt: skip
        for old in slots[:-_CACHE_KEEP]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as error:  # a read-only data folder only costs the next start a rebuild
        log.info("index artifact not cached in %s: %s", cache, error)


def _packaged(settings: Settings) -> Published:
    artifacts = (settings.index_path,) if settings.index_path else ()
    cache = settings.data_dir / CACHE_FOLDER if settings.env == "local" else None
    return load_published(settings.content_path, settings, artifacts=artifacts, cache=cache)


def _check_generation(settings: Settings, current: Published | None) -> Published | None:
    """A newer published generation than ``current``, loaded; ``None`` to keep what is served.
    Never raises: an unreachable store or a broken generation keeps the current content."""
    from heyfolio.publish.store import current_generation, fetch_generation

    try:
        pointer = current_generation(settings)
        if pointer is None or (current is not None and current.generation == pointer.generation):
            return None
        folder = fetch_generation(pointer, settings)
        return load_published(
            folder / "content", settings, artifacts=(folder / "index",), generation=pointer.generation
        )
    except Exception:
        log.warning("published content not checked; serving what is loaded", exc_info=True)
        return None


def get_published() -> Published:
    """The process-wide published portfolio, loaded on first use (and swapped for a newer
    published generation, checked at most every ``content_check_seconds``)."""
    global _current, _checked_at
    current = _current
    settings = get_settings()
    due = settings.content_bucket is not None and (
        _checked_at is None or time.monotonic() - _checked_at >= settings.content_check_seconds
    )
    if current is not None and not due:
        return current
    with _lock:
        if settings.content_bucket is not None and (
            _checked_at is None or time.monotonic() - _checked_at >= settings.content_check_seconds
        ):
            _checked_at = time.monotonic()
            newer = _check_generation(settings, _current)
            if newer is not None:
                if _current is not None:
                    log.info(
                        "published content: generation %s replaces %s", newer.generation, _current.generation
                    )
                    _drop_old_generations(settings, newer.generation)
                _current = newer
        if _current is None:
            _current = _packaged(settings)
        return _current


def _drop_old_generations(settings: Settings, keep: int | None) -> None:
    from heyfolio.publish.store import local_root

    root = local_root(settings)
    for folder in root.glob("gen-*") if root.is_dir() else ():
        if not folder.name.startswith(f"gen-{keep}-"):
            shutil.rmtree(folder, ignore_errors=True)


def reload() -> None:
    """Forget the loaded portfolio; the next ``get_published()`` reads the content again."""
    global _current, _checked_at
    with _lock:
        _current = None
        _checked_at = None
