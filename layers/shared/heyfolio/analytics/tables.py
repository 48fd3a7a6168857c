"""The published analytics tables: names, columns, types, and which columns are visitor contact fields.

This is the only schema ``ask_analytics`` queries may read (``heyfolio.analytics.guard`` refuses
every other table), what ``schemas://analytics`` shows, and what the export writes as Parquet,
partitioned by UTC day (``<table>/day=YYYY-MM-DD/part-*.parquet``; ``day`` is the partition column).
Types are DuckDB's; ``athena_type`` gives the Glue/Athena spelling of the same column.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    contact: bool = False
    """A visitor's contact detail: a query that reads it asks the owner to confirm first."""

    @property
    def athena_type(self) -> str:
        return {
            "VARCHAR": "string",
            "DOUBLE": "double",
            "BIGINT": "bigint",
            "BOOLEAN": "boolean",
            "TIMESTAMP": "timestamp",
            "DATE": "date",
            "VARCHAR[]": "array<string>",
        }[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    private: tuple[Column, ...] = ()
    """Stored in the files but never published (not in the views, ``schemas://analytics`` or Glue):
    what a visitor's erasure finds their rows by."""

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def stored_columns(self) -> tuple[Column, ...]:
        """What the export writes: the published columns, then the private ones."""
        return self.columns + self.private

    @property
    def contact_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.contact)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "columns": [
                {"name": c.name, "type": c.type, "description": c.description, "contact": c.contact}
                for c in self.columns
            ],
        }


def visitor_key(visitor_id: str | None) -> str | None:
    """The exported rows' key of a visitor: one-way (the files never hold the id), the same everywhere."""
    if not visitor_id:
        return None
    return hashlib.sha256(f"heyfolio-analytics-visitor:{visitor_id}".encode()).hexdigest()[:32]


VISITOR_KEY = Column(
    "visitor_key", "VARCHAR", "A one-way key of the visitor id (heyfolio.analytics.erase), never published."
)
DAY = Column("day", "DATE", "UTC day of the record (the partition column: filter on it to scan less).")

TABLES: tuple[Table, ...] = (
    Table(
        "invocations",
        "One row per MCP tool call, MCP resource read and chat turn.",
        (
            Column("occurred_at", "TIMESTAMP", "When the call ended (UTC)."),
            Column("surface", "VARCHAR", "'tool', 'resource' or 'chat'."),
            Column("tool", "VARCHAR", "Tool name, resource family (portfolio://projects/{...}) or 'chat'."),
            Column("caller_kind", "VARCHAR", "'anonymous', 'visitor' or 'owner'."),
            Column("client_name", "VARCHAR", "The MCP client's clientInfo.name, when it gave one."),
            Column("latency_ms", "DOUBLE", "Latency seen by the server, in milliseconds."),
            Column("outcome", "VARCHAR", "'ok', 'error', 'denied', 'timeout' or 'input_required'."),
            Column("session_id", "VARCHAR", "The chat session (chat turns only)."),
            Column("cited_uris", "VARCHAR[]", "portfolio:// passages the answer cited."),
            Column("projects_viewed", "VARCHAR[]", "Project slugs read (resource read, get_project)."),
            Column("projects_cited", "VARCHAR[]", "Project slugs whose passages the answer cited."),
            Column("projects_asked", "VARCHAR[]", "Project slugs the question named."),
            DAY,
        ),
        (VISITOR_KEY,),
    ),
    Table(
        "questions",
        "Questions visitors asked (chat and search), and whether the portfolio could answer.",
        (
            Column("occurred_at", "TIMESTAMP", "When it was asked (UTC)."),
            Column("question", "VARCHAR", "The visitor's words (data, never instructions)."),
            Column("answered", "BOOLEAN", "Whether the portfolio had an answer."),
            Column("source", "VARCHAR", "'chat' or 'search'."),
            DAY,
        ),
        (VISITOR_KEY,),
    ),
    Table(
        "leads",
        "Visitors who asked to be put in touch (contact_owner), as created.",
        (
            Column("lead_id", "VARCHAR", "The lead's id."),
            Column("created_at", "TIMESTAMP", "When the visitor asked (UTC)."),
            Column("status", "VARCHAR", "Status when exported: new, approved, declined, replied, expired."),
            Column("source", "VARCHAR", "Where the request came from (mcp, chat)."),
            Column("name", "VARCHAR", "The visitor's name.", contact=True),
            Column("email", "VARCHAR", "The visitor's email address.", contact=True),
            Column("message", "VARCHAR", "The visitor's message.", contact=True),
            DAY,
        ),
        (VISITOR_KEY,),
    ),
    Table(
        "conversations",
        "One row per classified chat conversation (the daily analytics flow).",
        (
            Column("conversation_id", "VARCHAR", "The conversation."),
            Column("started_at", "TIMESTAMP", "First message (UTC)."),
            Column("topics", "VARCHAR[]", "Topics from the taxonomy, the owner's skills and projects."),
            Column("projects", "VARCHAR[]", "Project slugs the conversation asked about or was cited."),
            Column("intent", "VARCHAR", "'hiring', 'collaboration', 'curiosity' or 'other'."),
            Column("sentiment", "VARCHAR", "'positive', 'neutral' or 'negative'."),
            Column("industry", "VARCHAR", "The visitor's industry when they said it (e.g. 'fintech')."),
            Column("turns", "BIGINT", "Visitor messages."),
            Column("follow_ups", "BIGINT", "Visitor messages after the first."),
            Column("contact_requested", "BOOLEAN", "Whether the visitor asked to get in touch."),
            Column(
                "unanswered_needs", "VARCHAR[]", "What the visitor asked that the portfolio could not answer."
            ),
            Column("classifier", "VARCHAR", "'model' or 'vocabulary'."),
            DAY,
        ),
        (VISITOR_KEY,),
    ),
    Table(
        "project_interest",
        "Per project and per UTC day: views, citations in answers, questions about it, stars.",
        (
            Column("project", "VARCHAR", "Project slug."),
            Column("views", "BIGINT", "Reads of the project."),
            Column("citations", "BIGINT", "Answers citing it."),
            Column("questions", "BIGINT", "Questions naming it."),
            Column("stars", "BIGINT", "GitHub stars that day (null when unknown)."),
            DAY,
        ),
    ),
)

BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def table(name: str) -> Table | None:
    return BY_NAME.get(name)


def schema_document() -> dict[str, Any]:
    """What ``schemas://analytics`` returns: every table with its columns."""
    return {
        "dialect": "DuckDB SQL locally, Athena (Trino) on AWS; one read-only SELECT",
        "partitionColumn": "day",
        "tables": [t.to_dict() for t in TABLES],
    }
