"""Published content generations: S3 holds each one, the state table says which is current.

Functions read the pointer and fetch a generation here; ``heyfolio.publish.publisher.publish``
validates the content (invalid content: ``ContentError`` with every problem, nothing
written), builds the index artifact, takes the next generation number, stores one bundle
(``generations/<n>/bundle.json``: every content file and every artifact file, base64 in JSON)
and then moves the pointer to it, and finally tells listeners what changed
(``heyfolio.changes``). Functions read the pointer at most every
``HEYFOLIO_CONTENT_CHECK_SECONDS`` (``heyfolio.published``) and swap to a newer generation.

Why this shape:

- **Numbers never collide**: the number comes from an atomic counter (``UpdateItem ADD``), so two
  publishes can never write the same ``generations/<n>/``; the pointer then only moves forward
  (a conditional write: ``generation < :n``), so a slow publish that finished after a newer one
  does not roll the site back, it reports that it was superseded.
- **The pointer moves last**: the bundle is whole in S3 before any function can be told about it.
- **One object per generation**: a function swapping pays one ``GetObject``; the bundle is data
  only (names are checked: no absolute paths, no ``..``, no hidden files).

State table items: ``pk = CONTENT``, ``sk = COUNTER`` (``n``, the last number taken) and
``sk = CURRENT`` (``generation``, ``content_hash``, ``files`` - name to SHA-256, to say what
changed next time - and ``published_at``).
"""

from __future__ import annotations

import base64
import json
import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from heyfolio.config import Settings, get_settings

log = logging.getLogger(__name__)

PK = "CONTENT"
COUNTER_SK = "COUNTER"
CURRENT_SK = "CURRENT"
BUNDLE_FORMAT = 1
LOCAL_BUCKET = "heyfolio-content-local"
"""The bucket ``make dev`` and ``heyfolio publish`` use in the local emulator."""


class PublishError(Exception):
    """A publish could not complete (what failed and what to do)."""


def bundle_key(generation: int) -> str:
    return f"generations/{generation}/bundle.json"


def local_root(settings: Settings) -> Path:
    """Where fetched generations are unpacked: the data folder locally, ``/tmp`` on Lambda."""
    if settings.env == "local":
        return settings.data_dir / "published"
    return Path(tempfile.gettempdir()) / "heyfolio-published"


def pointer_key() -> dict[str, Any]:
    return {"pk": {"S": PK}, "sk": {"S": CURRENT_SK}}


@dataclass(frozen=True)
class Pointer:
    """The generation functions should serve and the hash of its content."""

    generation: int
    content_hash: str


def current_generation(settings: Settings | None = None) -> Pointer | None:
    """The generation functions should serve (``None``: nothing published yet): one ``GetItem``,
    without the SDK where the light client can sign it (``heyfolio.aws.lite``)."""
    s = settings or get_settings()
    params = {"TableName": s.table_name, "Key": pointer_key(), "ConsistentRead": True,
              "ProjectionExpression": "generation, content_hash"}  # fmt: skip
    from heyfolio.aws import lite

    if lite.available(s):
        item = lite.dynamodb("GetItem", params, s).get("Item")
    else:
        from heyfolio.aws.clients import client

        item = client("dynamodb", s).get_item(**params).get("Item")
    if not item or "generation" not in item:
        return None
    return Pointer(int(item["generation"]["N"]), str(item.get("content_hash", {}).get("S", "")))


def current_item(settings: Settings) -> dict[str, Any] | None:
    from heyfolio.aws.clients import client

    item = (
        client("dynamodb", settings)
        .get_item(TableName=settings.table_name, Key=pointer_key(), ConsistentRead=True)
        .get("Item")
    )
    return item or None


def _safe_name(name: str) -> str:
    path = PurePosixPath(name)
    if not name or path.is_absolute() or any(p in ("", ".", "..") or p.startswith(".") for p in path.parts):
        raise PublishError(f"bundle names an unsafe path {name!r}")
    return path.as_posix()


def fetch_generation(pointer: Pointer, settings: Settings | None = None) -> Path:
    """The folder holding ``pointer``'s generation (``content/`` and ``index/``), downloaded and
    unpacked on first use; a half-written folder is never used (unpacked beside it, then renamed),
    and content whose hash is not the pointer's is refused (``PublishError``)."""
    from heyfolio.publish.artifact import content_hash

    s = settings or get_settings()
    root = local_root(s)
    generation = pointer.generation
    folder = root / f"gen-{generation}-{pointer.content_hash[:16]}"
    if (folder / "index").is_dir() and (folder / "content").is_dir():
        return folder
    if not s.content_bucket:
        raise PublishError("HEYFOLIO_CONTENT_BUCKET is not set")
    from heyfolio.aws import lite

    if lite.available(s):  # no SDK on a cold start's path (heyfolio.aws.lite)
        body = lite.s3_get(s.content_bucket, bundle_key(generation), s)
    else:
        from heyfolio.aws.clients import client

        body = client("s3", s).get_object(Bucket=s.content_bucket, Key=bundle_key(generation))["Body"].read()
    bundle = json.loads(body)
    if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT:
        raise PublishError(
            f"generation {generation}: bundle format {bundle.get('format')!r} is not {BUNDLE_FORMAT}"
        )
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".gen-{generation}.", dir=root))
    try:
        for part in ("content", "index"):
            for name, data in dict(bundle[part]).items():
                target = staging / part / _safe_name(str(name))
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(base64.b64decode(data, validate=True))
        found = content_hash(staging / "content")
        if found != pointer.content_hash:
            raise PublishError(f"generation {generation}: content hash {found[:16]} is not the pointer's")
        try:
            staging.rename(folder)
        except OSError:  # another thread unpacked it first
            if not folder.is_dir():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def ensure_local_bucket(settings: Settings | None = None) -> str:
    """Create the content bucket in the local emulator when missing; returns its name."""
    from heyfolio.aws.clients import client

    s = settings or get_settings()
    name = s.content_bucket or LOCAL_BUCKET
    s3 = client("s3", s)
    try:
        s3.head_bucket(Bucket=name)
    except Exception:
        s3.create_bucket(Bucket=name)
    return name


__all__ = [
    "LOCAL_BUCKET",
    "Pointer",
    "PublishError",
    "current_generation",
    "ensure_local_bucket",
    "fetch_generation",
]
