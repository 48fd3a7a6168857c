"""``heyfolio dev``: the whole stack in one local process on embedded defaults.

Order matters: the content is validated first (the server refuses to start on
broken content, with the validator's report), then the in-process AWS
emulator starts and the tables are created, then uvicorn serves the template's
routes through ``StackRouter``.
"""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

from heyfolio.config import Settings, get_settings
from heyfolio.content.loader import validate_content
from heyfolio.content.model import ContentError
from heyfolio.dev.local_emulator import LocalEmulator
from heyfolio.dev.local_flows import start_local_flows, stop_local_flows
from heyfolio.dev.local_schedule import schedule_minutes, start_analytics_schedule
from heyfolio.publish.store import LOCAL_BUCKET
from heyfolio.published import get_published
from heyfolio.storage.tables import ensure_tables


def build_app(settings: Settings) -> Any:
    """The dev server's ASGI app: the stack's routes plus /docs and /openapi.json."""
    from fastapi import FastAPI

    from heyfolio.dev.openapi import openapi_document
    from heyfolio.dev.router import StackRouter
    from heyfolio.stack.template import function_specs

    specs = function_specs()
    # /docs is the page's own renderer (web/docs.html + /static/docs.js): no Swagger UI from a CDN,
    # so the docs work offline.
    docs = FastAPI(title="heyfolio (local)", version="0.1.0", docs_url=None, redoc_url=None)
    document = openapi_document(specs, title="heyfolio", version="0.1.0")
    docs.openapi = lambda: document  # type: ignore[method-assign]

    @docs.get("/docs", include_in_schema=False)
    def docs_page() -> Any:
        from fastapi.responses import HTMLResponse

        from heyfolio.api.site_routes import PAGE_POLICY

        page = (settings.web_dir / "docs.html").read_text()
        return HTMLResponse(
            page, headers={"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-cache"}
        )

    return StackRouter(
        specs, fallback=docs, fallback_paths=frozenset({"/docs", "/openapi.json", "/docs/oauth2-redirect"})
    )


def check_content(settings: Settings, out: TextIO = sys.stderr) -> bool:
    """Validate the configured content; print the report and return False when broken."""

    problems = validate_content(settings.content_path)
    if problems:
        print(ContentError(problems).report(), file=out)
        print(
            f"\nThe dev server did not start: fix {settings.content_path} (heyfolio content validate).",
            file=out,
        )
        return False
    return True


LOCAL_AWS_FOLDER = "aws"
"""Under the data folder (``HEYFOLIO_DATA_DIR``): the emulator's saved tables and keys."""


def prepare_local_stack(settings: Settings) -> Any:
    """Start the in-process AWS emulator on the data folder's saved state (tables, keys and
    published content kept across restarts) and create whatever tables are missing, and the
    content bucket (``heyfolio publish``); returns the emulator."""

    emulator = LocalEmulator(state_dir=settings.data_dir / LOCAL_AWS_FOLDER)
    emulator.start()
    ensure_tables(settings)
    from heyfolio.config import get_settings
    from heyfolio.publish.store import ensure_local_bucket

    ensure_local_bucket(get_settings())

    start_local_flows()  # queues, owner topic, state machines in the emulator; the queue poller
    return emulator


def run_dev(settings: Settings) -> int:
    """Serve the local stack until interrupted; returns the process exit code."""
    import uvicorn

    if not check_content(settings):
        return 1
    # Content published with `heyfolio publish` is served without a restart (checked every 2 s here).
    os.environ.setdefault("HEYFOLIO_CONTENT_BUCKET", LOCAL_BUCKET)
    os.environ.setdefault("HEYFOLIO_CONTENT_CHECK_SECONDS", "2")
    get_settings.cache_clear()
    try:
        schedule_minutes()  # a bad setting stops the start with its reason, before anything runs
    except ValueError as problem:
        print(f"heyfolio dev: {problem}", file=sys.stderr)
        return 1
    emulator = prepare_local_stack(settings)
    schedule = None
    try:
        # owner analytics (issue 14): the daily analytics flow on start and every N minutes (0: off)
        schedule = start_analytics_schedule()
        published = get_published()
        origin = (
            f"published generation {published.generation} (`heyfolio publish` again after editing {settings.content_path})"
            if published.generation is not None
            else f"{settings.content_path}, index {published.index_from}"
        )
        print(
            f"heyfolio: serving {published.portfolio.owner_name} "
            f"({len(published.chunks)} passages, from {origin}) on {settings.public_url}\n"
            f"  web {settings.public_url}/   MCP {settings.public_url}/mcp   docs {settings.public_url}/docs",
            flush=True,
        )
        from heyfolio.dev.running import forget_running, note_running

        note_running(settings.public_url, aws=emulator.endpoint_url)  # `heyfolio token` / `publish` use it
        try:
            uvicorn.run(
                build_app(settings),
                host=settings.host,
                port=settings.port,
                log_level="info",
                access_log=False,
            )
        finally:
            forget_running()
    finally:
        if schedule is not None:
            schedule.stop()
        stop_local_flows()
        emulator.stop()
    return 0
