"""Publishing a content generation: validate, build the artifact, store, move the pointer, announce.

See ``heyfolio.publish.store`` for the layout and why numbers never collide. Used by
``heyfolio publish`` (the CLI) and by a push to the owner's content repository
(``heyfolio.github.content_push``, which passes the commit as ``source``): one code path.

A generation published from a commit records it on the pointer (``source_repository``,
``source_sha``, ``source_tree``, ``source_pushed_at``), and the pointer then moves only when the
commit is another one and was not pushed before the published one: a replayed or redelivered push
moves nothing, and an older push that lost a race with a newer one reports ``superseded``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from heyfolio.aws.clients import client, error_code
from heyfolio.config import Settings, get_settings
from heyfolio.publish.store import (
    BUNDLE_FORMAT,
    COUNTER_SK,
    PK,
    PublishError,
    bundle_key,
    current_item,
    pointer_key,
)

log = logging.getLogger(__name__)

__all__ = ["ContentSource", "PublishResult", "changes_between", "publish"]


@dataclass(frozen=True)
class ContentSource:
    """The commit of the owner's content repository a generation was published from."""

    repository: str
    ref: str
    sha: str
    tree: str
    """The content folder's git tree: the same tree is the same content."""
    pushed_at: float
    """When GitHub received the push (epoch seconds): orders pushes that ancestry cannot."""
    delivery: str = ""

    def item(self) -> dict[str, Any]:
        """The pointer item's attributes for this source."""
        return {
            "source_repository": {"S": self.repository},
            "source_ref": {"S": self.ref},
            "source_sha": {"S": self.sha},
            "source_tree": {"S": self.tree},
            "source_pushed_at": {"N": repr(float(self.pushed_at))},
            "source_delivery": {"S": self.delivery or "-"},
        }

    def to_dict(self) -> dict[str, Any]:
        return {"repository": self.repository, "ref": self.ref, "sha": self.sha, "tree": self.tree,
                "pushed_at": self.pushed_at, "delivery": self.delivery}  # fmt: skip


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


def _bundle(content: Path, index_folder: Path, generation: int, source: ContentSource | None) -> bytes:
    from heyfolio.publish.artifact import content_files

    def encoded(folder: Path) -> dict[str, str]:
        return {name: base64.b64encode(f.read_bytes()).decode() for name, f in content_files(folder)}

    return json.dumps(
        {"format": BUNDLE_FORMAT, "generation": generation, "content": encoded(content),
         "index": encoded(index_folder), "source": source.to_dict() if source else None},
        separators=(",", ":"),
    ).encode()  # fmt: skip


def publish(
    content: Path, settings: Settings | None = None, *, source: ContentSource | None = None
) -> PublishResult:
    """Validate, build, store and announce ``content`` as the next generation (see the module doc);
    ``source``: the commit it comes from (recorded; the pointer refuses a replay or an older push).

    Raises ``ContentError`` (every problem; nothing written) or ``PublishError``."""
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
        write_artifact(
            index_folder,
            built.index,
            content_hash=digest,
            served_private=s.served_private_fields,
            chunks=built.chunks,
        )
        previous = current_item(s)
        taken = ddb.update_item(
            TableName=s.table_name, Key={"pk": {"S": PK}, "sk": {"S": COUNTER_SK}},
            UpdateExpression="ADD #n :one", ExpressionAttributeNames={"#n": "n"},
            ExpressionAttributeValues={":one": {"N": "1"}}, ReturnValues="UPDATED_NEW",
        )  # fmt: skip
        generation = int(taken["Attributes"]["n"]["N"])
        s3.put_object(
            Bucket=s.content_bucket, Key=bundle_key(generation), Body=_bundle(content, index_folder, generation, source),
            ContentType="application/json",
        )  # fmt: skip
    condition = "(attribute_not_exists(generation) OR generation < :n)"
    values: dict[str, Any] = {":n": {"N": str(generation)}}
    if source is not None:  # not the same commit again, not a push older than the published one
        condition += (" AND (attribute_not_exists(source_sha) OR source_sha <> :sha)"
                      " AND (attribute_not_exists(source_pushed_at) OR source_pushed_at <= :pushed)")  # fmt: skip
        values |= {":sha": {"S": source.sha}, ":pushed": {"N": repr(float(source.pushed_at))}}
    try:
        ddb.put_item(
            TableName=s.table_name,
            Item={**pointer_key(), "generation": {"N": str(generation)}, "content_hash": {"S": digest},
                  "files": {"S": json.dumps(files, sort_keys=True)}, "published_at": {"N": repr(time.time())},
                  **(source.item() if source is not None else {})},
            ConditionExpression=condition,
            ExpressionAttributeValues=values,
        )  # fmt: skip
    except Exception as error:
        if error_code(error) != "ConditionalCheckFailedException":
            raise
        log.warning("generation %s stored but superseded (a newer publish, or this commit again)", generation)
        return PublishResult(generation, digest, superseded=True, passages=len(built.chunks))
    old_files = json.loads(previous["files"]["S"]) if previous and "files" in previous else None
    changes = changes_between(old_files, files)
    from heyfolio.changes.events import publish_change

    for uri, kind in changes:
        publish_change(uri, kind, summary=f"content generation {generation} published")  # type: ignore[arg-type]
    return PublishResult(generation, digest, superseded=False, changes=changes, passages=len(built.chunks))
