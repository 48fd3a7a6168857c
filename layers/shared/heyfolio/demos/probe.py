"""One check of one demo URL: a GET, timed, with what the certificate and the page say."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urljoin

MAX_BODY = 512 * 1024
"""Enough for any landing page's <head>; a demo serving more is not read further."""
USER_AGENT = "heyfolio-demo-checker (+https://github.com/heyfolio)"

_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


@dataclass(frozen=True)
class Probe:
    url: str
    checked_at: float
    up: bool
    status: int | None = None
    latency_ms: int | None = None
    error: str | None = None
    tls_expires_at: float | None = None
    digest: str | None = None
    preview: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def open_graph_image(html: str, base: str) -> str | None:
    """The page's ``og:image`` (or ``twitter:image``) as an absolute http(s) URL."""
    found: dict[str, str] = {}
    for tag in _META.findall(html):
        attrs = {k.lower(): v.strip("'\"") for k, v in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image") and attrs.get(
            "content"
        ):
            found.setdefault(key, attrs["content"])
    for key in ("og:image:secure_url", "og:image", "og:image:url", "twitter:image"):
        if key in found:
            url = urljoin(base, found[key])
            return url if url.startswith(("https://", "http://")) else None
    return None


def _tls_expiry(response: Any) -> float | None:
    """The server certificate's notAfter (epoch seconds), read from the open TLS connection."""
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(True)  # binary form (DER); positional: _ssl sockets take no keywords
    if not der:
        return None
    from cryptography import x509

    return float(x509.load_der_x509_certificate(der).not_valid_after_utc.timestamp())


def probe(url: str, client: Any, *, now: float, timer: Callable[[], float] = time.perf_counter) -> Probe:
    """GET ``url`` with ``client`` (an ``httpx.Client`` that follows redirects); never raises for the demo's faults."""
    import httpx

    start = timer()
    try:
        with client.stream(
            "GET", url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*"}
        ) as response:
            expiry = _tls_expiry(response)
            body = b""
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) >= MAX_BODY:
                    break
            latency = max(0, round((timer() - start) * 1000))
            status = response.status_code
            final = str(response.url)
            kind = response.headers.get("content-type", "")
    except httpx.TimeoutException:
        return Probe(url, now, False, error="timed out")
    except httpx.ConnectError as exc:
        reason = (
            "TLS certificate problem"
            if "CERTIFICATE" in str(exc).upper()
            else "connection refused or unreachable"
        )
        return Probe(url, now, False, error=reason)
    except httpx.HTTPError as exc:
        return Probe(url, now, False, error=f"{type(exc).__name__}")
    up = 200 <= status < 400
    html = (
        body.decode("utf-8", errors="replace")
        if "html" in kind or body[:100].lstrip().startswith(b"<")
        else ""
    )
    return Probe(
        url,
        now,
        up,
        status=status,
        latency_ms=latency,
        error=None if up else f"HTTP {status}",
        tls_expires_at=expiry,
        digest=hashlib.sha256(body).hexdigest()[:32] if up else None,
        preview=open_graph_image(html, final) if html else None,
    )
