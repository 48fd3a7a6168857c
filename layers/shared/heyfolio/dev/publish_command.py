"""``heyfolio publish [PATH]``: publish content without a redeploy (``heyfolio.publish.publisher``).

Where it goes: on AWS (``HEYFOLIO_ENV=aws``) the stack's content bucket (``HEYFOLIO_CONTENT_BUCKET``,
the ``ContentBucketName`` output) and state table (``HEYFOLIO_TABLE``). Locally, the running
``heyfolio dev`` server's emulator when one runs on this data folder (it swaps within seconds);
otherwise the data folder's saved emulator state, so the next ``heyfolio dev`` serves it.
Invalid content is refused with every problem and nothing is written (exit 1).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from heyfolio.config import Settings, get_settings
from heyfolio.content.model import ContentError


@contextmanager
def _local_target(out: TextIO) -> Iterator[Settings]:
    """Settings pointing at the running dev server's emulator, or at one started on the data folder."""
    from heyfolio.aws.clients import clear_cache
    from heyfolio.dev.running import running_aws
    from heyfolio.publish.store import LOCAL_BUCKET, ensure_local_bucket

    os.environ.setdefault("HEYFOLIO_CONTENT_BUCKET", LOCAL_BUCKET)
    endpoint = running_aws()
    if endpoint:
        saved = {
            k: os.environ.get(k) for k in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
        }
        os.environ.update(
            {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local"}
        )
        get_settings.cache_clear()
        clear_cache()
        out.write(f"publishing to the running dev server's emulator ({endpoint})\n")
        try:
            ensure_local_bucket(get_settings())
            yield get_settings()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            get_settings.cache_clear()
            clear_cache()
        return
    from heyfolio.dev.local_emulator import LocalEmulator
    from heyfolio.dev.server import LOCAL_AWS_FOLDER
    from heyfolio.storage.tables import ensure_tables

    get_settings.cache_clear()
    folder = get_settings().data_dir / LOCAL_AWS_FOLDER
    out.write(f"no dev server running: publishing into the saved local state ({folder})\n")
    with LocalEmulator(state_dir=folder, execute_state_machines=False):
        ensure_tables(get_settings())
        ensure_local_bucket(get_settings())
        yield get_settings()


def run_publish(path: Path | None, *, as_json: bool = False, out: TextIO = sys.stdout) -> int:
    """Publish the content at ``path`` (default: ``HEYFOLIO_CONTENT``); returns the exit status."""
    from heyfolio.publish.publisher import publish
    from heyfolio.publish.store import PublishError

    content = Path(path) if path else get_settings().content_path
    try:
        if get_settings().env == "aws":
            result = publish(content, get_settings())
        else:
            with _local_target(sys.stderr if as_json else out) as settings:
                result = publish(content, settings)
    except ContentError as error:
        if as_json:
            out.write(json.dumps({"published": False, "problems": [str(p) for p in error.problems]}) + "\n")
        else:
            out.write(f"{error.report()}\nnothing was published: fix {content} (heyfolio content validate)\n")
        return 1
    except PublishError as error:
        out.write(f"heyfolio publish: {error}\n")
        return 1
    if as_json:
        payload = {
            "published": not result.superseded,
            "generation": result.generation,
            "content_hash": result.content_hash,
            "passages": result.passages,
            "changes": [{"uri": u, "kind": k} for u, k in result.changes],
        }
        out.write(json.dumps(payload) + "\n")
    elif result.superseded:
        out.write(f"generation {result.generation} stored, but a newer one was published first: not served\n")
    else:
        told = ", ".join(f"{u} ({k.replace('_', ' ')})" for u, k in result.changes) or "nothing changed"
        out.write(
            f"generation {result.generation} published ({result.passages} passages); announced: {told}\n"
        )
    return 0
