"""Load the owner's content (a folder or a single JSON Resume file) into a ``Portfolio``.

A content folder holds ``resume.json`` and, optionally, ``projects/<slug>.md``,
``posts/<slug>.md`` and ``faq.yaml``. Every file is checked and *all* problems
are gathered before anything is refused, so an author fixes everything in one
round instead of one error per restart.

Order is deterministic so that ids, listings and tests do not depend on the file
system: projects come featured first, then newest end first (a project with a
start but no end, or ending "Present", is ongoing and counts as newest; undated
projects last), then newest start first, then by slug; posts come newest
``date`` first (undated last), then by slug.

Problems name files as ``path / name``, so with a relative ``path`` (``content``)
they read ``content/projects/foo.md`` — clickable from where the command ran.
"""

from __future__ import annotations

import json
from pathlib import Path

from heyfolio.content.dates import sort_key
from heyfolio.content.documents import parse_post, parse_project
from heyfolio.content.faq import parse_faq_text
from heyfolio.content.model import ContentError, Faq, PartialDate, Portfolio, Post, Problem, Project, Resume
from heyfolio.content.resume import owner_name_problems, parse_resume

RESUME_FILE = "resume.json"
FAQ_FILE = "faq.yaml"
PROJECTS_DIR = "projects"
POSTS_DIR = "posts"
_JSON_HINT = "JSON needs double-quoted keys and strings, commas between items and none after the last"


def load_portfolio(path: Path) -> Portfolio:
    """Load and validate everything at ``path``; raise ``ContentError`` listing every problem."""
    portfolio, problems = _load(Path(path))
    if problems or portfolio is None:
        raise ContentError(problems)
    return portfolio


def validate_content(path: Path) -> list[Problem]:
    """Every problem in the content at ``path`` (empty when it loads clean)."""
    return _load(Path(path))[1]


def load_resume_file(path: Path, file: str | None = None) -> tuple[Resume | None, list[Problem]]:
    """Read, parse and validate one JSON Resume file; ``file`` is the name used in problems."""
    name = file if file is not None else str(path)
    text, problems = _read_text(path, name)
    if text is None:
        return None, problems
    return load_resume_text(text, name)


def load_resume_text(text: str, name: str) -> tuple[Resume | None, list[Problem]]:
    """Parse and validate a JSON Resume document's text; every problem carries its line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        found = f"a syntax error: {err.msg}"
        return None, [Problem(name, "$", "valid JSON", found, _JSON_HINT, err.lineno, err.colno)]
    except RecursionError:
        found = "JSON nested too deeply to read"
        return None, [Problem(name, "$", "a JSON Resume document", found, "flatten the document", 1, 1)]
    resume, problems = parse_resume(data, name)
    problems = owner_name_problems(data, name) + problems
    return (resume if not problems else None), with_lines(problems, text)


def with_lines(problems: list[Problem], text: str) -> list[Problem]:
    """``problems`` with the line and column of each JSON path in ``text`` (its nearest ancestor for a
    missing key), so every problem, not only a syntax error, says where to look."""
    if not problems:
        return problems
    from dataclasses import replace

    from heyfolio.content.jsonlines import locate, value_positions

    positions = value_positions(text)
    out = []
    for problem in problems:
        found = locate(problem.path, positions) if problem.line is None else None
        out.append(replace(problem, line=found[0], column=found[1]) if found else problem)
    return out


def _load(path: Path) -> tuple[Portfolio | None, list[Problem]]:
    if path.is_file():
        single, found = load_resume_file(path)
        return (Portfolio(resume=single, source=path) if single else None), found
    if not path.is_dir():
        return None, [
            Problem(
                str(path),
                "$",
                f"a content folder (holding {RESUME_FILE}) or a JSON Resume file",
                "nothing at this path",
                "check the path, or set HEYFOLIO_CONTENT to your content folder",
            )
        ]
    problems: list[Problem] = []
    resume_path = path / RESUME_FILE
    resume: Resume | None = None
    if resume_path.is_file():
        resume, found = load_resume_file(resume_path)
        problems += found
    else:
        problems.append(_missing_resume(path))
    projects = _documents(path / PROJECTS_DIR, "project", problems)
    posts = _documents(path / POSTS_DIR, "post", problems)
    faq = _faq(path, problems)
    if problems or resume is None:
        return None, problems
    return (
        Portfolio(
            resume=resume,
            projects=tuple(sorted((p for p in projects if isinstance(p, Project)), key=_project_order)),
            posts=tuple(sorted((p for p in posts if isinstance(p, Post)), key=_post_order)),
            faq=faq or Faq(),
            source=path,
        ),
        problems,
    )


def _missing_resume(path: Path) -> Problem:
    others = sorted(p.name for p in path.glob("*.json"))
    hint = (
        f"rename {others[0]} to {RESUME_FILE}"
        if len(others) == 1
        else f"create {RESUME_FILE} (a JSON Resume document, https://jsonresume.org/schema)"
    )
    return Problem(str(path / RESUME_FILE), "$", "a JSON Resume file", "no such file", hint)


def _documents(folder: Path, kind: str, problems: list[Problem]) -> list[Project | Post]:
    """Parse every ``*.md`` in ``folder`` (dot files skipped); a missing folder means none."""
    if not folder.is_dir():
        return []

    parse = parse_project if kind == "project" else parse_post
    out: list[Project | Post] = []
    for file in sorted(folder.iterdir()):
        if file.name.startswith(".") or not file.is_file():
            continue
        name = str(file)
        if file.suffix != ".md":
            if file.suffix.lower() in (".md", ".markdown"):
                problems.append(
                    Problem(
                        name, "(file name)", "a .md file", f'"{file.name}"', f"rename it to {file.stem}.md"
                    )
                )
            continue
        text, found = _read_text(file, name)
        problems += found
        if text is None:
            continue
        doc, found = parse(text, file.stem, name, file)
        problems += found
        if doc is not None:
            out.append(doc)
    return out


def _faq(path: Path, problems: list[Problem]) -> Faq | None:
    faq_path = path / FAQ_FILE
    if not faq_path.is_file():
        if (path / "faq.yml").is_file():
            problems.append(
                Problem(
                    str(path / "faq.yml"), "(file name)", FAQ_FILE, '"faq.yml"', f"rename it to {FAQ_FILE}"
                )
            )
        return None
    text, found = _read_text(faq_path, str(faq_path))
    problems += found
    if text is None:
        return None

    faq, found = parse_faq_text(text, str(faq_path))
    problems += found
    return faq


def _read_text(path: Path, name: str) -> tuple[str | None, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, [
            Problem(name, "$", "a readable file", err.strerror or str(err), "check its permissions")
        ]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        found = f"the byte 0x{data[err.start]:02x}, which is not UTF-8"
        return None, [Problem(name, "$", "UTF-8 text", found, "save the file as UTF-8", line, column)]


def _newest_first(date: PartialDate | None) -> tuple[int, int, int]:
    year, month, day = sort_key(date)
    return (-year, -month, -day)


_ONGOING = PartialDate(raw="ongoing", present=True)


def _project_order(project: Project) -> tuple[bool, tuple[int, int, int], tuple[int, int, int], str]:
    # a start without an end reads as ongoing, as in JSON Resume's work entries
    end = project.end_date or (_ONGOING if project.start_date else None)
    return (not project.featured, _newest_first(end), _newest_first(project.start_date), project.slug)


def _post_order(post: Post) -> tuple[tuple[int, int, int], str]:
    return (_newest_first(post.date), post.slug)
