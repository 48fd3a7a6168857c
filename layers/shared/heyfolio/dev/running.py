"""Which local server is running: ``heyfolio dev`` notes its URL so ``heyfolio token`` mints for it.

A token names its issuer and audience (the server's URL); one minted for port 8000 is refused
by a server on 8123. ``heyfolio dev`` writes ``<data folder>/dev-server.json`` (URL and process
id) while it serves and removes it on exit; :func:`target_url` picks the URL to mint for and
says why, so the command prints which server its token is for.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from heyfolio.config import get_settings

FILE = "dev-server.json"


def _path() -> Path:
    return get_settings().data_dir / FILE


def note_running(url: str, *, aws: str | None = None) -> Path:
    """Record the serving URL (the dev server's start) and its AWS emulator's (``heyfolio publish``)."""
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"url": url, "pid": os.getpid(), "aws": aws}))
    return path


def forget_running() -> None:
    """The dev server stopped."""
    path = _path()
    try:
        if json.loads(path.read_text()).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError):
        pass


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_aws() -> str | None:
    """The AWS emulator endpoint of the dev server running on this data folder, if one is."""
    try:
        noted = json.loads(_path().read_text())
    except (OSError, ValueError):
        return None
    aws = noted.get("aws") if isinstance(noted, dict) else None
    return aws if isinstance(aws, str) and aws and _alive(noted.get("pid")) else None


def running_url() -> str | None:
    """The URL of the dev server running on this data folder, if one is."""
    try:
        noted = json.loads(_path().read_text())
    except (OSError, ValueError):
        return None
    url = noted.get("url") if isinstance(noted, dict) else None
    return url if isinstance(url, str) and url and _alive(noted.get("pid")) else None


def target_url(explicit: str | None = None) -> tuple[str, str]:
    """The URL to mint a token for, and why that one."""
    if explicit:
        return explicit.rstrip("/"), "--url"
    if os.environ.get("HEYFOLIO_PUBLIC_URL"):
        return get_settings().public_url, "HEYFOLIO_PUBLIC_URL"
    if os.environ.get("PORT"):
        return get_settings().public_url, "PORT"
    found = running_url()
    if found:
        return found, "the running dev server"
    return get_settings().public_url, "no dev server running: the default; pass --url for another"
