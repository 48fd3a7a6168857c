"""The owner's analytics resources (owner only), read by ``functions/resources_analytics``:

- ``schemas://analytics``: the analytics tables and their columns (the schema browser);
- ``schemas://analytics/{table}``: one table; completion suggests table names, and column names for
  ``schemas://analytics/{table}/{column}`` (one column, with whether it is a visitor contact field);
- ``analytics://projects/{slug}/interest``: a project's views, citations, questions and stars per day;
- ``analytics://insights/{period}``: the conversation insights of a period (``heyfolio.analytics.insights``).

They are private (``cacheScope: private``); a caller without the owner's token gets an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mcp_handlers.envelopes import FunctionAnswer
from mcp_handlers.wire import INVALID_PARAMS, McpError

FUNCTION = "resources_analytics"
PRIVATE_TTL_MS = 60_000
INTEREST_DAYS = 30
PERIODS = ("today", "week", "month")


@dataclass(frozen=True)
class AnalyticsTemplate:
    uri_template: str
    name: str
    title: str
    description: str
    pattern: str
    mime_type: str = "application/json"
    function: str = FUNCTION

    @property
    def prefix(self) -> str:
        return self.uri_template.split("{", 1)[0]

    def matches(self, uri: str) -> bool:
        return re.fullmatch(self.pattern, uri) is not None

    def to_mcp(self) -> dict[str, Any]:
        return {
            "uriTemplate": self.uri_template,
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "mimeType": self.mime_type,
        }


SCHEMA_URI = "schemas://analytics"
_SEG = r"[A-Za-z0-9_.-]+"
TEMPLATES: tuple[AnalyticsTemplate, ...] = (
    AnalyticsTemplate(
        "schemas://analytics/{table}",
        "analytics-table",
        "Analytics table (owner)",
        "One analytics table and its columns. Complete `table`.",
        rf"schemas://analytics/{_SEG}",
    ),
    AnalyticsTemplate(
        "schemas://analytics/{table}/{column}",
        "analytics-column",
        "Analytics column (owner)",
        "One column of an analytics table. Complete `table`, then `column`.",
        rf"schemas://analytics/{_SEG}/{_SEG}",
    ),
    AnalyticsTemplate(
        "analytics://projects/{slug}/interest",
        "project-interest",
        "Project interest (owner)",
        f"Views, citations, questions and stars of one project per day (the last {INTEREST_DAYS} days).",
        rf"analytics://projects/{_SEG}/interest",
    ),
    AnalyticsTemplate(
        "analytics://insights/{period}",
        "visitor-insights",
        "Visitor insights (owner)",
        "Conversation insights of a period: 'today', 'week', 'month' or a day (YYYY-MM-DD). Subscribable.",
        rf"analytics://insights/{_SEG}",
    ),
)


def owns(uri: str) -> bool:
    return uri == SCHEMA_URI or any(t.matches(uri) for t in TEMPLATES)


def _not_found(uri: str) -> McpError:
    return McpError(INVALID_PARAMS, "Resource not found", {"uri": uri})


def read(uri: str) -> dict[str, Any]:
    """The ``ReadResourceResult`` for an analytics URI (owner already checked)."""
    from heyfolio.analytics.tables import BY_NAME, schema_document

    data: Any
    if uri == SCHEMA_URI:
        data = schema_document()
    elif uri.startswith("schemas://analytics/"):
        parts = uri.removeprefix("schemas://analytics/").split("/")
        table = BY_NAME.get(parts[0])
        if table is None:
            raise _not_found(uri)
        if len(parts) == 1:
            data = table.to_dict()
        else:
            column = table.column(parts[1])
            if column is None:
                raise _not_found(uri)
            data = {"table": table.name, "name": column.name, "type": column.type,
                    "description": column.description, "contact": column.contact}  # fmt: skip
    elif uri.startswith("analytics://projects/"):
        data = _interest(uri.removeprefix("analytics://projects/").removesuffix("/interest"), uri)
    elif uri.startswith("analytics://insights/"):
        from heyfolio.analytics.insights import period_view

        try:
            data = period_view(uri.removeprefix("analytics://insights/"))
        except ValueError as exc:
            raise McpError(INVALID_PARAMS, str(exc), {"uri": uri}) from None
    else:
        raise _not_found(uri)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return {
        "contents": [{"uri": uri, "mimeType": "application/json", "text": text}],
        "ttlMs": PRIVATE_TTL_MS,
        "cacheScope": "private",
    }


def _interest(slug: str, uri: str) -> dict[str, Any]:
    from heyfolio.analytics.interest import interest
    from heyfolio.published import get_published
    from heyfolio.storage import clock

    if get_published().portfolio.project(slug) is None:
        raise _not_found(uri)
    series = interest(clock.now() - (INTEREST_DAYS - 1) * 86400, slugs=[slug])[slug]
    return series.to_dict()


def candidates(uri_template: str, argument: str, context: Mapping[str, Any]) -> list[str] | None:
    """Completion values for an analytics template's argument; ``None`` when the template is not ours."""
    from heyfolio.analytics.tables import BY_NAME, TABLES

    if uri_template in ("schemas://analytics/{table}", "schemas://analytics/{table}/{column}"):
        if argument == "table":
            return [t.name for t in TABLES]
        if argument == "column":
            table = BY_NAME.get(str(context.get("table") or ""))
            tables = [table] if table else list(TABLES)
            return list(dict.fromkeys(c.name for t in tables for c in t.columns))
        return []
    if uri_template == "analytics://projects/{slug}/interest":
        from heyfolio.published import get_published

        return [p.slug for p in get_published().portfolio.projects] if argument == "slug" else []
    if uri_template == "analytics://insights/{period}":
        if argument != "period":
            return []
        from datetime import UTC, datetime, timedelta

        today = datetime.now(UTC).date()
        return [*PERIODS, *((today - timedelta(days=i)).isoformat() for i in range(7))]
    return None


def handler(event: Any, context: Any) -> FunctionAnswer:
    """The ``resources_analytics`` function: owner only, then ``read``."""
    from mcp_handlers.tools.base import Caller

    uri = event.get("uri") if isinstance(event, dict) else None
    if not isinstance(event, dict) or event.get("kind") != "resources/read" or not isinstance(uri, str):
        return {
            "ok": False,
            "error": {"code": INVALID_PARAMS, "message": "expected a resources/read envelope"},
        }
    if not owns(uri):
        return {
            "ok": False,
            "error": {"code": INVALID_PARAMS, "message": f"{FUNCTION} does not serve {uri!r}"},
        }
    if not Caller.from_wire(event.get("caller")).is_owner:
        message = f"{uri} is the owner's analytics: read it with the owner's bearer token (`heyfolio token --role owner`)."
        return {"ok": False, "error": {"code": INVALID_PARAMS, "message": message, "data": {"uri": uri}}}
    try:
        return {"ok": True, "result": read(uri)}
    except McpError as exc:
        return {"ok": False, "error": exc.to_wire()}
