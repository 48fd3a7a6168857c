"""What the Powertools resolvers answer for a path none of their routes match.

Powertools' default is ``{"message": "Not found"}``; a path parameter its patterns refuse
(``/api/projects/%ED%A0%80``) ends up there too. This says what was asked and where to look.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import Response, content_types


def _shown(text: str) -> str:
    cleaned = "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else "?" for c in text[:80])
    return cleaned + ("..." if len(text) > 80 else "")


def install_not_found(resolver: Any, hint: str = "GET /openapi.json lists the routes") -> None:
    """Answer unmatched paths on ``resolver`` with a JSON 404 naming the path and ``hint``."""

    @resolver.not_found
    def _not_found(error: Exception) -> Response:
        # A route's own NotFoundError arrives here too: keep its message.
        said = str(getattr(error, "msg", "") or "")
        if not said or said == "Not found":
            event = resolver.current_event
            said = f"Nothing at {event.http_method} {_shown(event.path)}: {hint}."
        return Response(
            status_code=404,
            content_type=content_types.APPLICATION_JSON,
            body={"message": said},
            headers={"X-Content-Type-Options": "nosniff"},
        )
