"""pynamodb models for the two tables. Imported lazily, through ``binding.models()``.

Each table has one base model carrying the shared key attributes and indexes, and one
subclass per entity told apart by the ``kind`` discriminator (pynamodb's polymorphism), so a
query over a partition or an index returns each item as its own class. Table name, region
and endpoint are *not* fixed here: ``binding.bind_models`` sets them from the settings when
storage is first used, because tests and the local emulator change them at run time.
"""

from __future__ import annotations

from typing import Any, NoReturn

from pynamodb.attributes import (
    BooleanAttribute,
    DiscriminatorAttribute,
    NumberAttribute,
    UnicodeAttribute,
)
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex, IncludeProjection
from pynamodb.models import Model

# Names shared with tables.table_definitions() (and so with template.yaml).
from heyfolio.storage.indexes import BY_VISITOR, GSI1, VISITOR_INDEX_PROJECTED


class Gsi1Index(GlobalSecondaryIndex[Any]):
    """Overloaded secondary access path: leads by status, invocations by tool, audit by actor."""

    class Meta:
        index_name = GSI1
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class ByVisitorIndex(GlobalSecondaryIndex[Any]):
    """Every item a visitor owns, for export and erasure; sparse (only items with visitor_id)."""

    class Meta:
        index_name = BY_VISITOR
        projection = IncludeProjection(list(VISITOR_INDEX_PROJECTED))

    visitor_id = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)


class StateItem(Model):
    """An item of the state table (sessions, conversations, messages, handles, leads)."""

    class Meta:
        table_name: str | None = None  # set by binding.bind_models
        region: str | None = None
        host: str | None = None

    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    kind = DiscriminatorAttribute()
    created_at = NumberAttribute()
    visitor_id = UnicodeAttribute(null=True)
    expires_at = NumberAttribute(null=True)
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)

    gsi1 = Gsi1Index()
    by_visitor = ByVisitorIndex()


class SessionItem(StateItem, discriminator="session"):
    session_id = UnicodeAttribute()
    last_seen_at = NumberAttribute()
    data_json = UnicodeAttribute(null=True)


class ConversationItem(StateItem, discriminator="conversation"):
    conversation_id = UnicodeAttribute()
    updated_at = NumberAttribute()
    message_count = NumberAttribute(default=0)
    title = UnicodeAttribute(null=True)


class MessageItem(StateItem, discriminator="message"):
    conversation_id = UnicodeAttribute()
    seq = NumberAttribute()
    role = UnicodeAttribute()
    content = UnicodeAttribute()
    meta_json = UnicodeAttribute(null=True)


class HandleItem(StateItem, discriminator="handle"):
    handle_id = UnicodeAttribute()
    handle_kind = UnicodeAttribute()
    payload_json = UnicodeAttribute()
    consumed_at = NumberAttribute(null=True)


class LeadItem(StateItem, discriminator="lead"):
    lead_id = UnicodeAttribute()
    status = UnicodeAttribute()
    updated_at = NumberAttribute()
    consent = BooleanAttribute()
    consent_at = NumberAttribute(null=True)
    # Personal fields: null after erasure.
    name = UnicodeAttribute(null=True)
    email = UnicodeAttribute(null=True)
    message = UnicodeAttribute(null=True)
    reply = UnicodeAttribute(null=True)
    source = UnicodeAttribute(null=True)
    decided_at = NumberAttribute(null=True)
    erased_at = NumberAttribute(null=True)


class EventItem(Model):
    """An item of the events table (invocations, audit events, model usage): written once."""

    class Meta:
        table_name: str | None = None  # set by binding.bind_models
        region: str | None = None
        host: str | None = None

    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    kind = DiscriminatorAttribute()
    created_at = NumberAttribute()
    visitor_id = UnicodeAttribute(null=True)
    expires_at = NumberAttribute(null=True)
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)

    gsi1 = Gsi1Index()
    by_visitor = ByVisitorIndex()


class InvocationItem(EventItem, discriminator="invocation"):
    tool = UnicodeAttribute()
    caller = UnicodeAttribute()
    latency_ms = NumberAttribute()
    outcome = UnicodeAttribute()
    error = UnicodeAttribute(null=True)
    # What the owner's analytics read (heyfolio.analytics.records); null on records made before them.
    surface = UnicodeAttribute(null=True)  # "tool", "resource" or "chat"
    client_name = UnicodeAttribute(null=True)  # MCP clientInfo.name when the client gave it
    session_id = UnicodeAttribute(null=True)  # the chat conversation's session
    conversation_id = UnicodeAttribute(null=True)  # the chat conversation (what the daily flow classifies)
    cited_json = UnicodeAttribute(null=True)  # portfolio:// URIs of the passages the answer cited
    projects_json = UnicodeAttribute(null=True)  # {"viewed": [...], "cited": [...], "asked": [...]}


class InsightItem(EventItem, discriminator="insight"):
    """A conversation's classification (``CONVINSIGHT#<day>`` / conversation id) or a day's aggregate
    (``INSIGHTS`` / day), written by the daily analytics flow."""

    data_json = UnicodeAttribute()


class StarsItem(EventItem, discriminator="stars"):
    """One project's GitHub stars on one UTC day (the last value seen that day wins)."""

    slug = UnicodeAttribute()
    stars = NumberAttribute()


class AuditItem(EventItem, discriminator="audit"):
    actor = UnicodeAttribute()
    action = UnicodeAttribute()
    outcome = UnicodeAttribute()
    target = UnicodeAttribute(null=True)
    source_ip = UnicodeAttribute(null=True)
    detail_json = UnicodeAttribute(null=True)

    def update(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Audit events are append-only: an update is a bug, so it fails before any call."""
        raise TypeError("audit events are append-only and are never updated")


class UsageItem(EventItem, discriminator="usage"):
    model = UnicodeAttribute()
    input_tokens = NumberAttribute()
    output_tokens = NumberAttribute()
    # Millionths of a US dollar, an integer: sums stay exact.
    cost_microusd = NumberAttribute()
    latency_ms = NumberAttribute()
    purpose = UnicodeAttribute(null=True)


STATE_MODELS: tuple[type[StateItem], ...] = (
    StateItem,
    SessionItem,
    ConversationItem,
    MessageItem,
    HandleItem,
    LeadItem,
)
EVENT_MODELS: tuple[type[EventItem], ...] = (
    EventItem,
    InvocationItem,
    AuditItem,
    UsageItem,
    StarsItem,
    InsightItem,
)
