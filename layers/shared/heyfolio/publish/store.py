"""Published content generations: S3 holds each one, the state table says which is current.

``publish`` validates the content (invalid content: ``ContentError`` with every problem, nothing
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
import hashlib
import json
import logging
import shutil
import tempfile
import time
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class PublishResult:
    """What a publish did."""

    generation: int
    content_hash: str
    superseded: bool
    """A newer generation became current first: this one is stored but not served."""
    changes: list[tuple[str, str]] = field(default_factory=list)
    """``(uri, kind)`` of every change event emitted."""
    passages: int = 0


def bundle_key(generation: int) -> str:
    return f"generations/{generation}/bundle.json"


def local_root(settings: Settings) -> Path:
    """Where fetched generations are unpacked: the data folder locally, ``/tmp`` on Lambda."""
    if settings.env == "local":
        return settings.data_dir / "published"
    return Path(tempfile.gettempdir()) / "heyfolio-published"


def _key() -> dict[str, Any]:
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
    params = {"TableName": s.table_name, "Key": _key(), "ConsistentRead": True,
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


def _current_item(settings: Settings) -> dict[str, Any] | None:
    from heyfolio.aws.clients import client

    item = (
        client("dynamodb", settings)
        .get_item(TableName=settings.table_name, Key=_key(), ConsistentRead=True)
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


def _file_hashes(path: Path) -> dict[str, str]:
    from heyfolio.publish.artifact import content_files

    return {name: hashlib.sha256(file.read_bytes()).hexdigest() for name, file in content_files(path)}


def changes_between(old: dict[str, str] | None, new: dict[str, str]) -> list[tuple[str, str]]:
    """``(uri, kind)`` change events for going from files ``old`` to ``new`` (``None``: unknown,
    everything changed): the résumé updates the profile and ``resume.md``, the FAQ ``faq``; a project
    or post file added, removed or edited updates it and changes its list."""
    names = set(new) | set(old or {})
    changed = {n for n in names if old is None or old.get(n) != new.get(n)}
    out: list[tuple[str, str]] = []
    if old is None or any(PurePosixPath(n).suffix == ".json" and "/" not in n for n in changed):
        out += [("portfolio://profile", "resource_updated"), ("portfolio://resume.md", "resource_updated")]
    if old is None or {"faq.yaml", "faq.yml"} & changed:
        out.append(("portfolio://faq", "resource_updated"))
    for folder in ("projects", "posts"):
        slugs = sorted(
            PurePosixPath(n).stem for n in changed if n.startswith(f"{folder}/") and n.endswith(".md")
        )
        out += [(f"portfolio://{folder}/{slug}", "resource_updated") for slug in slugs]
        if old is None or slugs:
            out.append((f"portfolio://{folder}", "list_changed"))
    return out


def _bundle(content: Path, index_folder: Path, generation: int) -> bytes:
    from heyfolio.publish.artifact import content_files

    def encoded(folder: Path) -> dict[str, str]:
        return {name: base64.b64encode(f.read_bytes()).decode() for name, f in content_files(folder)}

    return json.dumps(
        {"format": BUNDLE_FORMAT, "generation": generation, "content": encoded(content),
         "index": encoded(index_folder)}, separators=(",", ":"),
    ).encode()  # fmt: skip


def publish(content: Path, settings: Settings | None = None) -> PublishResult:
    """Validate, build, store and announce ``content`` as the next generation (see the module doc).

    Raises ``ContentError`` (every problem; nothing written) or ``PublishError``."""
    from heyfolio.aws.clients import client
    from heyfolio.content.loader import validate_content
    from heyfolio.content.model import ContentError
    from heyfolio.publish.artifact import content_hash, write_artifact
    from heyfolio.published import load_published

    s = settings or get_settings()
    if not s.content_bucket:
        raise PublishError(
            "no content bucket: set HEYFOLIO_CONTENT_BUCKET (the stack's ContentBucket output)"
        )
    content = Path(content)
    problems = validate_content(content)
    if problems:
        raise ContentError(problems)
    built = load_published(content, s)
    digest = content_hash(content)
    files = _file_hashes(content)
    ddb, s3 = client("dynamodb", s), client("s3", s)
    with tempfile.TemporaryDirectory(prefix="heyfolio-publish-") as tmp:
        index_folder = Path(tmp) / "index"
        write_artifact(index_folder, built.index, content_hash=digest, served_private=s.served_private_fields)
        previous = _current_item(s)
        taken = ddb.update_item(
            TableName=s.table_name, Key={"pk": {"S": PK}, "sk": {"S": COUNTER_SK}},
            UpdateExpression="ADD #n :one", ExpressionAttributeNames={"#n": "n"},
            ExpressionAttributeValues={":one": {"N": "1"}}, ReturnValues="UPDATED_NEW",
        )  # fmt: skip
        generation = int(taken["Attributes"]["n"]["N"])
        s3.put_object(
            Bucket=s.content_bucket, Key=bundle_key(generation), Body=_bundle(content, index_folder, generation),
            ContentType="application/json",
        )  # fmt: skip
    try:
        ddb.put_item(
            TableName=s.table_name,
            Item={**_key(), "generation": {"N": str(generation)}, "content_hash": {"S": digest},
                  "files": {"S": json.dumps(files, sort_keys=True)}, "published_at": {"N": repr(time.time())}},
            ConditionExpression="attribute_not_exists(generation) OR generation < :n",
            ExpressionAttributeValues={":n": {"N": str(generation)}},
        )  # fmt: skip
    except ddb.exceptions.ConditionalCheckFailedException:
        log.warning("generation %s stored but superseded by a newer publish", generation)
        return PublishResult(generation, digest, superseded=True, passages=len(built.chunks))
    old_files = json.loads(previous["files"]["S"]) if previous and "files" in previous else None
    changes = changes_between(old_files, files)
    from heyfolio.changes.events import publish_change

    for uri, kind in changes:
        publish_change(uri, kind, summary=f"content generation {generation} published")  # type: ignore[arg-type]
    return PublishResult(generation, digest, superseded=False, changes=changes, passages=len(built.chunks))


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
    "PublishResult",
    "changes_between",
    "current_generation",
    "ensure_local_bucket",
    "fetch_generation",
    "publish",
]
