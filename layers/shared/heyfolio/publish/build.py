"""``python -m heyfolio.publish.build CONTENT OUT``: build the index artifact of CONTENT into OUT.

The layer's build (layers/shared/Makefile, run by ``sam build``) calls this so a new Lambda
instance loads the index instead of building it. Invalid content stops the build with every
problem (exit 1): content that would not load never deploys.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from heyfolio.config import get_settings
from heyfolio.content.model import ContentError


def build_artifact(content: Path, out: Path) -> str:
    """Build and write the artifact; returns a one-line summary. Raises ``ContentError``."""
    from heyfolio.publish.artifact import content_hash, write_artifact
    from heyfolio.published import load_published

    settings = get_settings()
    started = time.perf_counter()
    published = load_published(content, settings)
    manifest = write_artifact(
        out,
        published.index,
        content_hash=content_hash(content),
        chunks=published.chunks,
        served_private=settings.served_private_fields,
    )
    return (
        f"index artifact: {manifest.passages} passages, dense stage {manifest.embedder or 'none'}, "
        f"content {manifest.content_hash[:12]}, engine {manifest.engine[:12]} -> {out} "
        f"({time.perf_counter() - started:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m heyfolio.publish.build CONTENT OUT", file=sys.stderr)
        return 2
    try:
        print(build_artifact(Path(args[0]), Path(args[1])))
    except ContentError as error:
        print(f"{error.report()}\nthe index artifact was not built: fix {args[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
