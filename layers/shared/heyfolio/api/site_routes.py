"""The web pages and their assets: ``/``, ``/owner``, ``/static/...`` and the owner's photo under ``/media/...``.

Served by a function (not S3 + CloudFront) so one ``sam deploy`` gives a
working portfolio; the files are small and API Gateway caches nothing here,
so responses carry ``Cache-Control``. The HTML pages carry a strict Content-Security-Policy
(scripts and styles from this origin only, no inline code): the pages insert content and model
output as text, and the policy is the second line of defence if that ever slips.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.exceptions import BadRequestError, NotFoundError

from heyfolio.api.errors import install_not_found
from heyfolio.config import get_settings

MEDIA_TYPES = {".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif", ".pdf"}
TEXT_PREFIXES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/manifest+json",
    "image/svg+xml",
)
EXTRA_TYPES = {".webmanifest": "application/manifest+json", ".js": "application/javascript"}
SERVICE_WORKER = "sw.js"
"""Served from /static/ but controls the whole site (``Service-Worker-Allowed: /``); never cached long."""
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
    "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

resolver = APIGatewayRestResolver()
install_not_found(resolver, "the page is at / and its files under /static/")


MAX_NAME = 255


def _safe_name(relative: str) -> str:
    """``relative`` if it can name a file; 400 for what no file name holds (NUL, control characters)."""
    bad = next((c for c in relative if ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF), None)
    if bad is not None:
        raise BadRequestError(
            f"The path holds the control character U+{ord(bad):04X}, which no file name here has: "
            "request a file name such as /static/app.js."
        )
    if len(relative) > 4 * MAX_NAME:
        raise BadRequestError(
            f"The path is {len(relative)} characters long: no file here has a name that long."
        )
    return relative


def _inside(base: Path, relative: str) -> Path | None:
    """``base/relative`` if it stays inside ``base`` and is a file (no ``..`` escapes)."""
    try:
        candidate = (base / _safe_name(relative)).resolve()
        candidate.relative_to(base.resolve())
        return candidate if candidate.is_file() else None
    except (ValueError, OSError):  # outside base; a name the file system refuses (too long)
        return None


def _file_response(path: Path, max_age: int, *, page: bool = False) -> Response:
    content_type = (
        EXTRA_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )
    data = path.read_bytes()
    body: str | bytes = data.decode("utf-8") if content_type.startswith(TEXT_PREFIXES) else data
    if content_type.startswith("text/") or content_type in (
        "application/javascript",
        "application/manifest+json",
    ):
        content_type += "; charset=utf-8"
    headers = {"Cache-Control": f"public, max-age={max_age}", "X-Content-Type-Options": "nosniff"}
    if page:
        headers["Content-Security-Policy"] = PAGE_POLICY
        headers["Referrer-Policy"] = "same-origin"
    return Response(status_code=200, content_type=content_type, body=body, headers=headers)


@resolver.get("/")
def index() -> Response:
    page = _inside(get_settings().web_dir, "index.html")
    if page is None:
        raise NotFoundError("The web page is not deployed (web/index.html missing).")
    return _file_response(page, max_age=60, page=True)


@resolver.get("/owner")
def owner() -> Response:
    """The owner's dashboard shell; its data comes from /api/owner/* with the owner's token."""
    page = _inside(get_settings().web_dir, "owner.html")
    if page is None:
        raise NotFoundError("The owner dashboard is not deployed (web/owner.html missing).")
    return _file_response(page, max_age=60, page=True)


@resolver.get("/static/.+")
def static() -> Response:
    relative = resolver.current_event.path.split("/static/", 1)[1]
    found = _inside(get_settings().web_dir / "static", relative)
    if found is None:
        raise NotFoundError(f"No static file '{relative}': the page's files are listed in web/static/.")
    if relative == SERVICE_WORKER:
        response = _file_response(found, max_age=0)
        response.headers["Service-Worker-Allowed"] = "/"
        return response
    return _file_response(found, max_age=300)


@resolver.get("/media/<name>")
def media(name: str) -> Response:
    settings = get_settings()
    content = settings.content_path if settings.content_path.is_dir() else settings.content_path.parent
    found = _inside(content, name)
    if found is None or found.suffix.lower() not in MEDIA_TYPES:
        raise NotFoundError(f"No media file '{name}'.")
    return _file_response(found, max_age=3600)
