"""A small GitHub REST client on httpx: conditional requests and rate-limit headers, nothing else.

Every response reports what the caller needs to be a good citizen: its ETag, the
``X-RateLimit-Remaining`` / ``X-RateLimit-Reset`` budget and any ``Retry-After``. Redirects
are followed, which is how GitHub answers for a renamed or transferred repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

API_VERSION = "2022-11-28"
USER_AGENT = "heyfolio-reconcile"


@dataclass(frozen=True)
class ApiResponse:
    status: int
    body: Any
    etag: str | None
    rate_remaining: int | None
    rate_reset: float | None
    retry_after: float | None
    url: str

    @property
    def rate_limited(self) -> bool:
        """GitHub refused for the rate limit (primary or secondary)."""
        return self.status in (403, 429) and (self.retry_after is not None or self.rate_remaining == 0)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class GitHubApi:
    """``GET`` against the GitHub REST API, with an optional token."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str = "https://api.github.com",
        transport: httpx.BaseTransport | None = None,
        timeout: float = 10.0,
    ) -> None:
        headers = {
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": API_VERSION,
            "User-Agent": USER_AGENT,
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            base_url=base_url, headers=headers, transport=transport, timeout=timeout, follow_redirects=True
        )

    def get(self, path: str, *, etag: str | None = None, params: dict[str, Any] | None = None) -> ApiResponse:
        headers = {"If-None-Match": etag} if etag else {}
        response = self._client.get(path, headers=headers, params=params)
        body: Any = None
        if response.status_code != 304 and response.content:
            try:
                body = response.json()
            except ValueError:
                body = None
        remaining = _number(response.headers.get("x-ratelimit-remaining"))
        return ApiResponse(
            status=response.status_code,
            body=body,
            etag=response.headers.get("etag"),
            rate_remaining=int(remaining) if remaining is not None else None,
            rate_reset=_number(response.headers.get("x-ratelimit-reset")),
            retry_after=_number(response.headers.get("retry-after")),
            url=str(response.request.url),
        )

    def close(self) -> None:
        self._client.close()
