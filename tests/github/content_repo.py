"""A content repository on a fake api.github.com (httpx.MockTransport) and its push deliveries.

The fake keeps real git objects - blob, tree and commit ids are git's own SHA-1s - and answers the
git database API with the response shapes of GitHub's documentation (tests/github/api/git_*.json,
compare.json). A push delivery is the real octokit ``push`` payload
(../shared/fixtures/github-webhooks/push.with-no-username-committer.payload.json) moved to the
content repository, with this push's commit, paths and time.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import shutil
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.github.support import WEBHOOK_FIXTURES

API = Path(__file__).parent / "api"
ROOT = Path(__file__).resolve().parents[2]
CONTENT_REPO = "mira-okafor/portfolio-content"
PUSH_FIXTURE = WEBHOOK_FIXTURES / "push.with-no-username-committer.payload.json"


def _object_id(kind: str, body: bytes) -> str:
    return hashlib.sha1(f"{kind} {len(body)}\0".encode() + body, usedforsecurity=False).hexdigest()


@dataclass
class Commit:
    sha: str
    tree: str
    parents: list[str]
    message: str
    files: dict[str, bytes]


def example_files(prefix: str = "content") -> dict[str, bytes]:
    """The example owner's content under ``prefix``, beside what else a content repository holds."""
    files = {
        f"{prefix}/{p.relative_to(ROOT / 'content').as_posix()}" if prefix else p.relative_to(ROOT / "content").as_posix(): p.read_bytes()
        for p in sorted((ROOT / "content").rglob("*"))
        if p.is_file()
    }  # fmt: skip
    files["README.md"] = b"# Mira's portfolio content\n\nPushed to main, published by heyfolio.\n"
    files[".github/workflows/check.yml"] = b"on: push\njobs: {}\n"
    return files


def with_resume(files: Mapping[str, bytes], prefix: str = "content", **basics: str) -> dict[str, bytes]:
    """``files`` with the résumé's ``basics`` changed."""
    name = f"{prefix}/resume.json" if prefix else "resume.json"
    resume = json.loads(files[name])
    resume["basics"].update(basics)
    return {**files, name: json.dumps(resume, indent=2, ensure_ascii=False).encode()}


class FakeContentRepo:
    """One repository's git objects behind the git database and compare endpoints."""

    def __init__(self, full_name: str = CONTENT_REPO, *, token: str | None = None) -> None:
        self.full_name = full_name
        self.token = token
        self.objects: dict[str, tuple[str, Any]] = {}
        self.commits: dict[str, Commit] = {}
        self.requests: list[httpx.Request] = []
        self.failing: str | None = None
        """``blobs-502`` (blob requests fail), ``network`` (no connection) or ``rate-limit``."""
        self.truncate_trees = False
        self.clock = 1_800_000_000

    # ---------------------------------------------------------------- git objects
    def _tree(self, files: Mapping[str, bytes]) -> str:
        entries: dict[str, tuple[str, str, str]] = {}  # name -> (mode, kind, id)
        folders: dict[str, dict[str, bytes]] = {}
        for path, data in files.items():
            head, _, rest = path.partition("/")
            if rest:
                folders.setdefault(head, {})[rest] = data
            else:
                blob = _object_id("blob", data)
                self.objects[blob] = ("blob", data)
                entries[head] = ("100644", "blob", blob)
        for name, inner in folders.items():
            entries[name] = ("40000", "tree", self._tree(inner))
        ordered = sorted(entries.items(), key=lambda e: e[0] + ("/" if e[1][1] == "tree" else ""))
        body = b"".join(f"{mode} {name}\0".encode() + bytes.fromhex(oid) for name, (mode, _, oid) in ordered)
        tree = _object_id("tree", body)
        self.objects[tree] = ("tree", [(name, mode, kind, oid) for name, (mode, kind, oid) in ordered])
        return tree

    def commit(
        self, files: Mapping[str, bytes], *, parent: str | None = None, message: str = "Update"
    ) -> str:
        """A new commit holding exactly ``files``; returns its id."""
        tree = self._tree(files)
        self.clock += 60
        who = f"Mira Okafor <mira@example.org> {self.clock} +0000"
        body = (
            f"tree {tree}\n"
            + (f"parent {parent}\n" if parent else "")
            + f"author {who}\ncommitter {who}\n\n{message}\n"
        )
        sha = _object_id("commit", body.encode())
        self.commits[sha] = Commit(sha, tree, [parent] if parent else [], message, dict(files))
        return sha

    def ancestors(self, sha: str) -> set[str]:
        seen: set[str] = set()
        todo = [sha]
        while todo:
            current = todo.pop()
            if current in seen or current not in self.commits:
                continue
            seen.add(current)
            todo.extend(self.commits[current].parents)
        return seen

    # ---------------------------------------------------------------- HTTP
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _url(self, kind: str, oid: str) -> str:
        return f"https://api.github.com/repos/{self.full_name}/git/{kind}s/{oid}"

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.failing == "network":
            raise httpx.ConnectError("connection refused", request=request)
        if self.failing == "rate-limit":
            return httpx.Response(
                403,
                json={
                    "message": "API rate limit exceeded for user ID 1.",
                    "documentation_url": "https://docs.github.com/rest",
                },
                headers={
                    "X-RateLimit-Limit": "5000",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": "1800003600",
                },
            )
        if self.failing == "blobs-502" and "/git/blobs/" in request.url.path:
            return httpx.Response(502, json={"message": "Server Error"})
        if self.token and request.headers.get("authorization") != f"Bearer {self.token}":
            return httpx.Response(
                404, json={"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}
            )
        prefix = f"/repos/{self.full_name}/"
        path = request.url.path
        if not path.startswith(prefix):
            return httpx.Response(404, json={"message": "Not Found"})
        rest = path[len(prefix) :].split("/")
        if rest[:2] == ["git", "commits"] and rest[2] in self.commits:
            return httpx.Response(200, json=self._commit_body(self.commits[rest[2]]))
        if rest[:2] == ["git", "trees"] and self.objects.get(rest[2], ("",))[0] == "tree":
            return httpx.Response(200, json=self._tree_body(rest[2], request.url.params.get("recursive")))
        if rest[:2] == ["git", "blobs"] and self.objects.get(rest[2], ("",))[0] == "blob":
            return httpx.Response(200, json=self._blob_body(rest[2]))
        if rest[0] == "compare":
            base, _, head = "/".join(rest[1:]).partition("...")
            if base in self.commits and head in self.commits:
                return httpx.Response(200, json=self._compare_body(base, head))
        return httpx.Response(
            404, json={"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}
        )

    def _commit_body(self, commit: Commit) -> dict[str, Any]:
        body = json.loads((API / "git_commit.json").read_text())
        body.update(sha=commit.sha, url=self._url("commit", commit.sha), message=commit.message,
                    html_url=f"https://github.com/{self.full_name}/commit/{commit.sha}")  # fmt: skip
        body["tree"] = {"sha": commit.tree, "url": self._url("tree", commit.tree)}
        body["parents"] = [{"sha": p, "url": self._url("commit", p), "html_url": f"https://github.com/{self.full_name}/commit/{p}"} for p in commit.parents]  # fmt: skip
        return dict(body)

    def _tree_body(self, tree: str, recursive: str | None) -> dict[str, Any]:
        body = json.loads((API / "git_tree.json").read_text())
        template = {e["type"]: e for e in body["tree"]}

        def entries(oid: str, base: str) -> list[dict[str, Any]]:
            out = []
            for name, mode, kind, child in self.objects[oid][1]:
                entry = {**copy.deepcopy(template[kind]), "path": base + name, "sha": child,
                         "mode": "040000" if kind == "tree" else mode,
                         "url": self._url(kind, child)}  # fmt: skip
                if kind == "blob":
                    entry["size"] = len(self.objects[child][1])
                out.append(entry)
                if kind == "tree" and recursive:
                    out.extend(entries(child, base + name + "/"))
            return out

        body.update(
            sha=tree, url=self._url("tree", tree), tree=entries(tree, ""), truncated=self.truncate_trees
        )
        return dict(body)

    def _blob_body(self, blob: str) -> dict[str, Any]:
        data: bytes = self.objects[blob][1]
        encoded = base64.b64encode(data).decode()
        body = json.loads((API / "git_blob.json").read_text())
        body.update(  # GitHub wraps the base64 at 60 characters
            content="\n".join(encoded[i : i + 60] for i in range(0, len(encoded), 60)) + "\n",
            sha=blob, size=len(data), url=self._url("blob", blob),
        )  # fmt: skip
        return dict(body)

    def _compare_body(self, base: str, head: str) -> dict[str, Any]:
        body = json.loads((API / "compare.json").read_text())
        base_line, head_line = self.ancestors(base), self.ancestors(head)
        ahead, behind = len(head_line - base_line), len(base_line - head_line)
        status = (
            "identical" if base == head else "ahead" if not behind else "behind" if not ahead else "diverged"
        )
        body.update(status=status, ahead_by=ahead, behind_by=behind, total_commits=ahead)
        body["base_commit"]["sha"] = base
        return dict(body)

    def blob_requests(self) -> int:
        return sum("/git/blobs/" in r.url.path for r in self.requests)


def push_delivery(
    repo: FakeContentRepo,
    after: str,
    *,
    before: str | None = None,
    ref: str = "refs/heads/main",
    paths: list[str] | None = None,
    pushed_at: int | None = None,
    full_name: str | None = None,
) -> bytes:
    """The raw body of a ``push`` delivery for commit ``after`` (GitHub's payload shape, real fixture)."""
    payload = json.loads(PUSH_FIXTURE.read_text())
    name = full_name or repo.full_name
    owner, short = name.split("/")
    commit = repo.commits.get(after)
    before = before or (commit.parents[0] if commit and commit.parents else "0" * 40)
    if paths is None:
        old = repo.commits[before].files if before in repo.commits else {}
        new = commit.files if commit else {}
        paths = sorted(p for p in set(old) | set(new) if old.get(p) != new.get(p))
    repository = payload["repository"]
    repository.update(name=short, full_name=name, default_branch="main", private=True,
                      html_url=f"https://github.com/{name}", url=f"https://github.com/{name}",
                      pushed_at=pushed_at if pushed_at is not None else repo.clock)  # fmt: skip
    repository["owner"].update(name=owner, login=owner)
    head = payload["head_commit"]
    head.update(id=after, tree_id=commit.tree if commit else head["tree_id"],
                message=commit.message if commit else head["message"],
                url=f"https://github.com/{name}/commit/{after}", added=[], removed=[], modified=paths)  # fmt: skip
    payload.update(ref=ref, before=before, after=after, created=before == "0" * 40,
                   compare=f"https://github.com/{name}/compare/{before[:12]}...{after[:12]}",
                   commits=[copy.deepcopy(head)])  # fmt: skip
    return json.dumps(payload).encode()


def new_delivery() -> str:
    return str(uuid.uuid4())


def copy_content(folder: Path) -> Path:
    shutil.copytree(ROOT / "content", folder)
    return folder
