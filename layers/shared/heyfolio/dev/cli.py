"""The ``heyfolio`` command: dev server, content validation, search, tokens, benchmarks.

Each subcommand imports what it needs when it runs, so ``heyfolio --help`` is instant.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from heyfolio.config import ProjectRoot, get_settings
from heyfolio.content.validate_command import run_validate
from heyfolio.dev.running import target_url
from heyfolio.dev.server import run_dev
from heyfolio.search.search_command import run_search
from heyfolio.security.tokens import mint_token


def _cmd_dev(args: argparse.Namespace) -> int:
    settings = get_settings()
    if args.port is not None:
        settings = replace(settings, port=args.port, public_url=f"http://{settings.host}:{args.port}")
    return run_dev(settings)


def _cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else get_settings().content_path
    return run_validate(path, as_json=args.json)


def _cmd_publish(args: argparse.Namespace) -> int:
    from heyfolio.dev.publish_command import run_publish

    return run_publish(Path(args.path) if args.path else None, as_json=args.json)


def _cmd_search(args: argparse.Namespace) -> int:
    return run_search(args.query, content=get_settings().content_path, limit=args.limit, as_json=args.json)


def _cmd_token(args: argparse.Namespace) -> int:
    url, why = target_url(args.url)
    print(mint_token(args.role, subject=args.subject, ttl_seconds=args.ttl, public_url=url))
    # stderr: the token alone goes to stdout, so TOKEN=$(heyfolio token ...) still works.
    print(f"heyfolio: {args.role} token for {url} ({why}); valid {args.ttl} s.", file=sys.stderr)
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    import runpy

    script = ProjectRoot / "bench" / f"{args.name}.py"
    if not script.is_file():
        names = sorted(p.stem for p in (ProjectRoot / "bench").glob("*.py"))
        print(f"no benchmark '{args.name}'; choose from: {', '.join(names)}", file=sys.stderr)
        return 2
    sys.argv = [str(script), *args.rest]
    runpy.run_path(str(script), run_name="__main__")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    """Without files: the project's question sets (bench/search_bench.py). With ``--questions`` and/or
    ``--jobs``: the owner's own questions and job descriptions against the owner's content."""
    if not args.questions and not args.jobs:
        import runpy

        sys.argv = ["search_bench", "--recall-only"]
        runpy.run_path(str(ProjectRoot / "bench" / "search_bench.py"), run_name="__main__")
        return 0
    from heyfolio.dev.eval_command import run_eval

    return run_eval(
        content=Path(args.content) if args.content else get_settings().content_path,
        questions=[Path(p) for p in args.questions],
        jobs=[Path(p) for p in args.jobs],
        fail_under=args.fail_under,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="heyfolio", description="A serverless AI portfolio, locally.")
    sub = parser.add_subparsers(dest="command", required=True)

    dev = sub.add_parser("dev", help="serve the whole stack locally (PORT, HEYFOLIO_CONTENT)")
    dev.add_argument("--port", type=int, default=None, help="port to listen on (default: PORT or 8000)")
    dev.set_defaults(func=_cmd_dev)

    content = sub.add_parser("content", help="work with the owner's content")
    content_sub = content.add_subparsers(dest="content_command", required=True)
    validate = content_sub.add_parser(
        "validate", help="report every problem in a content folder or résumé file"
    )
    validate.add_argument(
        "path", nargs="?", help="content folder or JSON Resume file (default: HEYFOLIO_CONTENT)"
    )
    validate.add_argument("--json", action="store_true", help="print the problems as JSON")
    validate.set_defaults(func=_cmd_validate)

    publish = sub.add_parser(
        "publish",
        help="validate content, build its index and publish it as a new generation (no redeploy)",
    )
    publish.add_argument("path", nargs="?", help="content folder (default: HEYFOLIO_CONTENT)")
    publish.add_argument("--json", action="store_true", help="print the result as JSON")
    publish.set_defaults(func=_cmd_publish)

    search = sub.add_parser("search", help="ranked passages with their portfolio:// URIs")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=5)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=_cmd_search)

    token = sub.add_parser("token", help="mint a local bearer token (owner or visitor) for the dev server")
    token.add_argument("--role", choices=["owner", "visitor"], required=True)
    token.add_argument(
        "--subject", default=None, help="the token's subject (default: owner / a new visitor id)"
    )
    token.add_argument("--ttl", type=int, default=3600, help="lifetime in seconds (default 3600)")
    token.add_argument(
        "--url",
        default=None,
        help="the server the token is for (issuer and audience); default: the running dev server, "
        "else HEYFOLIO_PUBLIC_URL / PORT, else http://127.0.0.1:8000",
    )
    token.set_defaults(func=_cmd_token)

    bench = sub.add_parser("bench", help="run a benchmark from bench/ (e.g. search_bench, cold_start)")
    bench.add_argument("name")
    bench.add_argument("rest", nargs=argparse.REMAINDER)
    bench.set_defaults(func=_cmd_bench)

    evaluate = sub.add_parser(
        "eval",
        help="check answers: your questions (search recall@5, offline answers) and job descriptions (job fit)",
    )
    evaluate.add_argument(
        "--questions", action="append", default=[], help="a question set (YAML), repeatable"
    )
    evaluate.add_argument("--jobs", action="append", default=[], help="a job-fit set (YAML), repeatable")
    evaluate.add_argument("--content", help="the content folder or résumé (default: HEYFOLIO_CONTENT)")
    evaluate.add_argument(
        "--fail-under", type=float, default=None, help="exit 1 when any rate is below this share (0..1)"
    )
    evaluate.set_defaults(func=_cmd_eval)

    _add_import_commands(sub)
    return parser


def _cmd_import(args: argparse.Namespace) -> int:
    from heyfolio.importers.command import run

    return run(args)


def _add_import_commands(sub: Any) -> None:
    """``heyfolio import linkedin|orcid|publications|github`` (heyfolio.importers)."""
    imp = sub.add_parser(
        "import", help="bring a LinkedIn export, publications or GitHub repositories into content"
    )
    kinds = imp.add_subparsers(dest="source", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--dry-run", action="store_true", help="print the report and the diff; write nothing")
    common.add_argument("--content", help="content folder (default: HEYFOLIO_CONTENT)")
    linkedin = kinds.add_parser(
        "linkedin", parents=[common], help="merge a LinkedIn data export (ZIP) into resume.json"
    )
    linkedin.add_argument("archive")
    orcid = kinds.add_parser(
        "orcid", parents=[common], help="publications from an ORCID iD or a saved /works response"
    )
    orcid.add_argument("id_or_file")
    pubs = kinds.add_parser(
        "publications", parents=[common], help="publications from a BibTeX or CSL-JSON file"
    )
    pubs.add_argument("file")
    github = kinds.add_parser(
        "github", parents=[common], help="project stubs from a user's public repositories"
    )
    github.add_argument("user")
    github.add_argument("--forks", action="store_true", help="include forks")
    for parser in (linkedin, orcid, pubs, github):
        parser.set_defaults(func=_cmd_import)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
