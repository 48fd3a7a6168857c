"""``heyfolio import ...``: run an importer, report, and (unless ``--dry-run``) write atomically.

Nothing is written when the source cannot be read, when the merged résumé would not validate,
or on a dry run (which prints the report and the unified diff instead).
"""

from __future__ import annotations

import difflib
import json
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from heyfolio.importers.errors import SourceError
from heyfolio.importers.merge import diff, dumps, merge

RESUME_FILE = "resume.json"
SNAPSHOTS = ".imports"
"""``<content>/.imports/<source>.json``: what each source said at its last import (the merge base)."""


def _write_all(files: Mapping[Path, str]) -> None:
    """Write every file or none: each goes to a temporary file first, then all are renamed in place."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            staged.append((tmp, path))
        for tmp, path in staged:
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: cannot read it as JSON ({exc}); fix or remove the file") from None


def apply_resume(
    fragment: Mapping[str, Any],
    source: str,
    content: Path,
    *,
    dry_run: bool,
    out: TextIO | None = None,
) -> int:
    """Merge ``fragment`` into ``<content>/resume.json``; 0 when done (or nothing to do), 1 when refused."""
    from heyfolio.content.resume import parse_resume

    out = out or sys.stdout
    resume_path = content / RESUME_FILE
    current = _load_json(resume_path)
    if not isinstance(current, dict):
        raise SourceError(
            f"{resume_path}: no JSON Resume object there; run this in a content folder (HEYFOLIO_CONTENT)"
        )
    snapshot_path = content / SNAPSHOTS / f"{source}.json"
    previous = _load_json(snapshot_path)
    merged, report = merge(current, fragment, previous if isinstance(previous, dict) else None, source)
    out.write(report.text() + "\n")
    if dry_run:
        out.write(diff(current, merged) or "(no change to resume.json)\n")
        return 0
    _, problems = parse_resume(merged, RESUME_FILE)
    if problems:
        out.write("not written: the merged résumé would not validate:\n")
        out.write("".join(f"  {p}\n" for p in problems))
        return 1
    files = {snapshot_path: dumps(dict(fragment))}
    if report.modified:
        files[resume_path] = dumps(merged)
    _write_all(files)
    out.write(f"wrote {resume_path}\n" if report.modified else "resume.json already up to date\n")
    return 0


def write_stubs(stubs: list[Any], content: Path, *, dry_run: bool, out: TextIO | None = None) -> int:
    """Write each project stub unless its file exists (the owner's write-up is never overwritten)."""
    out = out or sys.stdout
    folder = content / "projects"
    new: dict[Path, str] = {}
    for stub in stubs:
        path = folder / f"{stub.slug}.md"
        if path.exists() or path in new:
            out.write(f"  = projects/{stub.slug}.md: exists, kept ({stub.repo})\n")
            continue
        new[path] = stub.text
        out.write(f"  + projects/{stub.slug}.md ({stub.repo})\n")
    out.write(f"github: {len(new)} project stubs to add, {len(stubs) - len(new)} kept\n")
    if dry_run:
        for path, text in new.items():
            name = f"projects/{path.name}"
            out.write("".join(difflib.unified_diff([], text.splitlines(True), "/dev/null", f"b/{name}")))
        return 0
    _write_all(new)
    return 0


def run(args: Any) -> int:
    """The CLI entry (``heyfolio import linkedin|orcid|publications|github``)."""
    from heyfolio.config import get_settings

    content = Path(args.content) if getattr(args, "content", None) else get_settings().content_path
    quiet = not sys.stderr.isatty()
    try:
        if args.source == "linkedin":
            from heyfolio.importers.linkedin import import_archive

            return apply_resume(
                import_archive(Path(args.archive), quiet=quiet), "linkedin", content, dry_run=args.dry_run
            )
        if args.source == "orcid":
            from heyfolio.importers import publications

            if publications.orcid_id(args.id_or_file):
                import httpx

                with httpx.Client(timeout=20.0, headers={"User-Agent": "heyfolio-import"}) as client:
                    works = publications.fetch_orcid_works(args.id_or_file, client)
            elif Path(args.id_or_file).is_file():
                works = publications.from_file(Path(args.id_or_file))
            else:
                raise SourceError(
                    f"{args.id_or_file!r} is neither a valid ORCID iD nor a file (a saved /works response)"
                )
            return apply_resume({"publications": works}, "orcid", content, dry_run=args.dry_run)
        if args.source == "publications":
            from heyfolio.importers.publications import from_file

            works = from_file(Path(args.file))
            return apply_resume({"publications": works}, "publications", content, dry_run=args.dry_run)
        if args.source == "github":
            from heyfolio.github.rest import GitHubApi
            from heyfolio.importers.github import fetch_stubs

            api = GitHubApi(token=os.environ.get("GITHUB_TOKEN") or None)
            stubs = fetch_stubs(args.user, api, include_forks=args.forks, quiet=quiet)
            return write_stubs(stubs, content, dry_run=args.dry_run)
    except SourceError as exc:
        print(f"heyfolio import {args.source}: {exc}", file=sys.stderr)
        return 2
    raise SystemExit(f"unknown import source {args.source!r}")
