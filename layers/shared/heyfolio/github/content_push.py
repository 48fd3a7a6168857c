"""A push to the owner's content repository publishes the content: the same path as ``heyfolio publish``.

The owner names the repository (``HEYFOLIO_CONTENT_REPOSITORY``, ``owner/name``), the branch
(``HEYFOLIO_CONTENT_BRANCH``; default: the repository's default branch) and the content folder in
it (``HEYFOLIO_CONTENT_REPOSITORY_PATH``, default ``content``). The GitHub worker hands every
queued push to :func:`publish_push`, which:

1. keeps only pushes to that repository and branch that touch the content folder (the paths the
   payload lists; a push whose list is incomplete is fetched and compared by git tree instead);
2. keeps only commits newer than the published one: the pointer records the commit a generation
   came from; the same commit again (a replay, a redelivery with a new id) publishes nothing, and
   GitHub's compare API says whether the push is behind the published commit (a late, out-of-order
   delivery: skipped); after a force push, the later push wins (``pushed_at``);
3. fetches the content folder at the pushed commit through the git database API (commit, trees,
   blobs: every size is known from the tree before any file is downloaded, so the caps below hold
   without reading a byte too many, and every file is checked against its git blob id);
4. publishes it with ``heyfolio.publish.publisher.publish`` (the validation of
   ``heyfolio content validate``, the index artifact, the generation, the change events).

Failures: GitHub unreachable, 5xx or rate limited raises :class:`GitHubUnavailable`, so the worker
reports the message as failed and SQS delivers it again (then the dead-letter queue). Anything a
retry cannot fix - invalid content, a tree over the caps, a commit or folder that does not exist -
publishes nothing (the live generation stays) and tells the owner why: a structured log line with
each problem's file and line, and ``heyfolio.limits.alerts.notify_owner`` (the owner's SNS topic and
an ``owner.alert`` audit record, listed by ``GET /api/owner/audit?action=owner.alert``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from heyfolio.config import Settings, get_settings
from heyfolio.content.model import ContentError, Problem
from heyfolio.github.events import ZERO_SHA

log = logging.getLogger(__name__)

MAX_FILES = 500
"""Files the content folder may hold (the example owner's has 14)."""
MAX_FILE_BYTES = 2 * 1024 * 1024
"""Largest single content file (a photo included)."""
MAX_TOTAL_BYTES = 10 * 1024 * 1024
"""Largest content folder: the worker holds it on disk and in the bundle it stores."""
FETCH_THREADS = 8
"""Files downloaded at once (the REST client is thread-safe)."""
MAX_REPORTED = 20
"""Problems kept in the worker's result and the owner's message (the log has every one)."""

_transport: Any = None
"""The HTTP transport of the GitHub client (``None``: the network); tests put a fake api.github.com here."""


class GitHubUnavailable(Exception):
    """GitHub could not answer now (network, 5xx, rate limit): the delivery is retried."""


class PushRefused(Exception):
    """A retry cannot publish this push; ``problems`` says why, one line each."""

    def __init__(self, problems: list[str], *, detail: list[dict[str, Any]] | None = None) -> None:
        self.problems = problems
        self.detail = detail or [{"problem": p} for p in problems]
        super().__init__("; ".join(problems[:3]))


@dataclass(frozen=True)
class ContentPush:
    """A push to the configured repository and branch."""

    repository: str
    ref: str
    sha: str
    pushed_at: float
    delivery: str
    prefix: str
    touches: bool | None
    """Whether it changed the content folder (``None``: the payload does not say)."""


@dataclass
class PushOutcome:
    """What a content push did (the worker's result carries it as ``content``)."""

    outcome: str
    """``published``, ``superseded``, ``skipped`` or ``refused``."""
    reason: str
    sha: str
    generation: int | None = None
    changes: list[list[str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"outcome": self.outcome, "reason": self.reason, "sha": self.sha}
        if self.generation is not None:
            out["generation"] = self.generation
        if self.changes:
            out["changes"] = self.changes
        if self.problems:
            out["problems"] = self.problems[:MAX_REPORTED]
        return out


def _iso_seconds(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    return None


def touches_folder(paths: list[str], prefix: str) -> bool:
    """Whether any of ``paths`` (repository-relative) lies in the content folder ``prefix``."""
    if not prefix:
        return bool(paths)
    return any(p == prefix or p.startswith(prefix + "/") for p in paths)


def select(message: Mapping[str, Any], settings: Settings) -> tuple[ContentPush | None, str | None]:
    """The content push in a queued delivery, or ``(None, why not)`` (``why`` is ``None`` when the
    delivery is not about the content repository at all)."""
    wanted = settings.content_repository
    if not wanted or message.get("event") != "push":
        return None, None
    slim = message.get("payload") or {}
    repo = slim.get("repository") or {}
    if str(repo.get("full_name") or "").lower() != wanted.lower():
        return None, None
    push = slim.get("push") or {}
    branch = settings.content_branch or repo.get("default_branch")
    ref = str(push.get("ref") or "")
    if not branch or ref != f"refs/heads/{branch}":
        return None, f"{ref or 'the push'} is not the content branch refs/heads/{branch}"
    sha = str(push.get("after") or "")
    if push.get("deleted") or sha in ("", ZERO_SHA):
        return None, f"refs/heads/{branch} was deleted: the published content stays"
    prefix = settings.content_repository_path
    paths = [p for p in push.get("paths") or [] if isinstance(p, str)]
    touches = touches_folder(paths, prefix) if push.get("paths_complete") else None
    if touches is False:
        return None, f"{sha[:12]} does not touch {prefix or 'the repository'}/"
    pushed_at = (
        _iso_seconds(push.get("pushed_at"))
        or _iso_seconds(repo.get("pushed_at"))
        or float(message.get("received_at") or 0)
    )
    push_ = ContentPush(wanted, ref, sha, pushed_at, str(message.get("delivery") or ""), prefix, touches)
    return push_, None


def github_api(settings: Settings) -> Any:
    """The REST client: the configured API URL and token (a private content repository needs one)."""
    from heyfolio.github.rest import GitHubApi
    from heyfolio.github.secrets import api_token

    return GitHubApi(token=api_token(), base_url=settings.github_api_url, transport=_transport, timeout=15.0)


def _get(api: Any, path: str, params: dict[str, Any] | None = None, *, missing_ok: bool = False) -> Any:
    """One JSON ``GET``: the body, ``None`` for a 404 when ``missing_ok``; transient failures raise
    :class:`GitHubUnavailable`, the others :class:`PushRefused`."""
    import httpx

    try:
        response = api.get(path, params=params)
    except httpx.HTTPError as error:
        raise GitHubUnavailable(f"GET {path}: {type(error).__name__}: {error}") from error
    if response.status == 200 and isinstance(response.body, dict):
        return response.body
    if response.status == 404 and missing_ok:
        return None
    message = response.body.get("message") if isinstance(response.body, dict) else None
    said = f"GitHub answered {response.status} to GET {path}" + (f" ({message})" if message else "")
    if response.rate_limited or response.status >= 500 or response.status in (200, 408, 429):
        raise GitHubUnavailable(said)
    hint = (
        "the commit or repository is not readable: for a private repository set the stack's "
        "GitHubTokenSecretArn to a token that can read it"
        if response.status in (401, 403, 404)
        else "GitHub refused the request"
    )
    raise PushRefused([f"{said}: {hint}"])


def relation(api: Any, repository: str, published: str, pushed: str) -> str | None:
    """GitHub's compare status of ``pushed`` against ``published``: ``ahead``, ``behind``,
    ``identical``, ``diverged``, or ``None`` when the published commit is gone (force-pushed away)."""
    body = _get(api, f"/repos/{repository}/compare/{published}...{pushed}", {"per_page": 1}, missing_ok=True)
    status = body.get("status") if isinstance(body, dict) else None
    return str(status) if status else None


def content_tree(api: Any, repository: str, sha: str, prefix: str) -> str:
    """The git tree of the content folder at commit ``sha``."""
    commit = _get(api, f"/repos/{repository}/git/commits/{sha}")
    tree = str((commit.get("tree") or {}).get("sha") or "")
    walked: list[str] = []
    for part in PurePosixPath(prefix).parts if prefix else ():
        listing = _get(api, f"/repos/{repository}/git/trees/{tree}")
        entry = next(
            (e for e in listing.get("tree") or [] if e.get("path") == part and e.get("type") == "tree"), None
        )
        walked.append(part)
        if entry is None:
            raise PushRefused(
                [
                    f"{'/'.join(walked)}/: no such folder at {sha[:12]} - the content folder is "
                    "HEYFOLIO_CONTENT_REPOSITORY_PATH (the ContentRepositoryPath parameter)"
                ]
            )
        tree = str(entry["sha"])
    return tree


def git_blob_id(data: bytes) -> str:
    """Git's id of a file's bytes (SHA-1 of ``blob <size>\\0`` and the bytes)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _shown(prefix: str, path: str) -> str:
    return f"{prefix}/{path}" if prefix else path


def download(api: Any, repository: str, tree: str, prefix: str, dest: Path) -> tuple[int, int]:
    """Write the content folder's files (tree ``tree``) into ``dest``; returns ``(files, bytes)``.

    The listing is checked against the caps before any file is fetched; hidden files are left out
    (as ``heyfolio publish`` leaves them out); links and submodules are refused (not content)."""
    listing = _get(api, f"/repos/{repository}/git/trees/{tree}", {"recursive": "1"})
    if listing.get("truncated"):
        raise PushRefused(
            [
                f"{prefix or 'the repository'}/ has more entries than GitHub lists at once (cap: {MAX_FILES} files)"
            ]
        )
    problems: list[str] = []
    blobs: list[tuple[str, str, int]] = []
    for entry in listing.get("tree") or []:
        path = str(entry.get("path") or "")
        parts = PurePosixPath(path).parts
        if not parts or any(p.startswith(".") for p in parts) or entry.get("type") == "tree":
            continue
        if path.startswith("/") or ".." in parts:
            problems.append(f"{_shown(prefix, path)}: an unsafe path")
            continue
        if entry.get("type") != "blob" or entry.get("mode") == "120000":
            kind = "a symbolic link" if entry.get("mode") == "120000" else "a submodule"
            problems.append(f"{_shown(prefix, path)}: {kind}; the content must be plain files")
            continue
        size = int(entry.get("size") or 0)
        if size > MAX_FILE_BYTES:
            problems.append(
                f"{_shown(prefix, path)}: {size} bytes, over the cap of {MAX_FILE_BYTES} per file"
            )
        blobs.append((path, str(entry["sha"]), size))
    total = sum(size for _, _, size in blobs)
    if len(blobs) > MAX_FILES:
        problems.append(f"{prefix or 'the repository'}/: {len(blobs)} files, over the cap of {MAX_FILES}")
    if total > MAX_TOTAL_BYTES:
        problems.append(f"{prefix or 'the repository'}/: {total} bytes, over the cap of {MAX_TOTAL_BYTES}")
    if problems:
        raise PushRefused(problems)

    def fetch(item: tuple[str, str, int]) -> None:
        path, blob, size = item
        body = _get(api, f"/repos/{repository}/git/blobs/{blob}")
        try:
            content = body.get("content") or ""
            encoding = body.get("encoding", "base64")
            data = base64.b64decode(content) if encoding == "base64" else str(content).encode()
        except (binascii.Error, ValueError) as error:
            raise GitHubUnavailable(f"blob {blob} of {path} is not base64 ({error})") from error
        if len(data) != size or git_blob_id(data) != blob:
            raise GitHubUnavailable(f"blob {blob} of {path} does not match its id: a damaged answer")
        target = dest.joinpath(*PurePosixPath(path).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    # A few requests at a time: 500 files one by one could outlast the worker's timeout.
    with ThreadPoolExecutor(max_workers=FETCH_THREADS) as pool:
        for _ in pool.map(fetch, blobs):
            pass
    return len(blobs), total


def _problem_lines(problems: list[Problem], folder: Path, prefix: str) -> list[dict[str, Any]]:
    """Each validation problem with its file named as in the repository."""
    out: list[dict[str, Any]] = []
    for p in problems:
        try:
            name = Path(p.file).resolve().relative_to(folder.resolve()).as_posix()
        except ValueError:
            name = p.file
        out.append(
            {"file": _shown(prefix, name), "line": p.line, "column": p.column, "path": p.path,
             "expected": p.expected, "found": p.found, "hint": p.hint}
        )  # fmt: skip
    return out


def _line(p: Mapping[str, Any]) -> str:
    where = str(p["file"]) + (f":{p['line']}" if p.get("line") else "")
    text = f"{where}: {p['path']}: expected {p['expected']}, found {p['found']}"
    return f"{text} (hint: {p['hint']})" if p.get("hint") else text


def _order(api: Any, push: ContentPush, current: Mapping[str, Any] | None) -> str | None:
    """Why this push must not replace the published generation (``None``: it may)."""
    if not current or "generation" not in current:
        return None
    generation = current["generation"]["N"]
    source_sha = (current.get("source_sha") or {}).get("S")
    source_repo = str((current.get("source_repository") or {}).get("S") or "")
    pushed = current.get("source_pushed_at")
    source_pushed = float(pushed["N"]) if pushed else None
    if source_sha and source_repo.lower() == push.repository.lower():
        if source_sha == push.sha:
            return f"commit {push.sha[:12]} is already published (generation {generation})"
        status = relation(api, push.repository, source_sha, push.sha)
        if status in ("behind", "identical"):
            return f"commit {push.sha[:12]} is {status} the published {source_sha[:12]} (generation {generation})"
        if status == "ahead":
            return None
        # Diverged (a force push) or the published commit is gone: the later push wins.
        if source_pushed is not None and push.pushed_at < source_pushed:
            return f"commit {push.sha[:12]} was pushed before the published {source_sha[:12]} ({status or 'gone'})"
        return None
    published_at = float((current.get("published_at") or {}).get("N") or 0)
    if push.pushed_at < published_at:
        return f"commit {push.sha[:12]} was pushed before generation {generation} was published"
    return None


def _publish(api: Any, push: ContentPush, settings: Settings) -> PushOutcome:
    from heyfolio.publish.publisher import ContentSource, publish
    from heyfolio.publish.store import PublishError, current_item

    current = current_item(settings)
    skip = _order(api, push, current)
    if skip:
        return PushOutcome("skipped", skip, push.sha)
    tree = content_tree(api, push.repository, push.sha, push.prefix)
    if current and (current.get("source_tree") or {}).get("S") == tree:
        return PushOutcome(
            "skipped", f"{push.prefix or 'the repository'}/ is unchanged at {push.sha[:12]}", push.sha
        )
    with tempfile.TemporaryDirectory(prefix="heyfolio-content-push-") as tmp:
        folder = Path(tmp) / "content"
        folder.mkdir()
        files, size = download(api, push.repository, tree, push.prefix, folder)
        source = ContentSource(push.repository, push.ref, push.sha, tree, push.pushed_at, push.delivery)
        try:
            result = publish(folder, settings, source=source)
        except ContentError as error:
            detail = _problem_lines(error.problems, folder, push.prefix)
            raise PushRefused([_line(p) for p in detail], detail=detail) from None
        except PublishError as error:
            raise PushRefused([str(error)]) from None
    if result.superseded:
        return PushOutcome(
            "superseded",
            f"generation {result.generation} stored, but a newer publish (or this commit) is current",
            push.sha,
            result.generation,
        )
    log.info("content push %s published as generation %s (%d files, %d bytes)",
             push.sha[:12], result.generation, files, size)  # fmt: skip
    return PushOutcome(
        "published",
        f"{push.repository}@{push.sha[:12]} published as generation {result.generation}",
        push.sha,
        result.generation,
        [list(c) for c in result.changes],
    )


def _tell_owner(push: ContentPush, refused: PushRefused, settings: Settings) -> None:
    from heyfolio.limits.alerts import notify_owner

    log.warning(
        "content push %s not published: %d problem(s)",
        push.sha[:12],
        len(refused.problems),
        extra={"content_repository": push.repository, "content_sha": push.sha,
               "content_problems": refused.detail},
    )  # fmt: skip
    shown = refused.problems[:MAX_REPORTED]
    more = len(refused.problems) - len(shown)
    message = "\n".join(
        [
            f"The push of {push.sha[:12]} to {push.repository} ({push.ref}) was not published; "
            "the site keeps serving the content it had. Fix these and push again:",
            *(f"- {p}" for p in shown),
            *([f"- ... and {more} more (see the GitHub worker's log)"] if more else []),
        ]
    )
    try:
        notify_owner(f"heyfolio: content push {push.sha[:7]} not published", message, settings=settings)
    except Exception:  # the refusal stands; the log line above still says why
        log.warning("could not tell the owner about the refused content push", exc_info=True)


def publish_push(message: Mapping[str, Any], *, settings: Settings | None = None) -> dict[str, Any] | None:
    """Publish the content of a queued push to the content repository (see the module doc).

    ``None`` when the delivery is not a push to that repository; otherwise what happened. Raises
    :class:`GitHubUnavailable` when a retry may succeed."""
    s = settings or get_settings()
    push, why = select(message, s)
    if push is None:
        if why is None:
            return None
        log.info("content push ignored: %s", why)
        return {"outcome": "skipped", "reason": why}
    api = github_api(s)
    try:
        outcome = _publish(api, push, s)
    except PushRefused as refused:
        _tell_owner(push, refused, s)
        outcome = PushOutcome("refused", refused.problems[0], push.sha, problems=refused.problems)
    finally:
        api.close()
    log.info("content push %s: %s (%s)", push.sha[:12], outcome.outcome, outcome.reason)
    return outcome.to_dict()
