"""Key builders, ids and time formats: the whole key design in code, without any SDK import.

``README.md`` beside this file shows the same patterns as a table; keep them in step.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, date, datetime, timedelta

# Sort keys of the "one item per partition" entities in the state table.
SESSION_SK = "SESSION"
CONVERSATION_SK = "CONVERSATION"
HANDLE_SK = "HANDLE"
LEAD_SK = "LEAD"
MESSAGE_PREFIX = "MSG#"


def session_pk(session_id: str) -> str:
    return f"SESSION#{session_id}"


def conversation_pk(conversation_id: str) -> str:
    return f"CONV#{conversation_id}"


def message_sk(seq: int) -> str:
    # Zero-padded so the sort key orders messages numerically.
    return f"{MESSAGE_PREFIX}{seq:010d}"


def handle_pk(handle_id: str) -> str:
    return f"HANDLE#{handle_id}"


def lead_pk(lead_id: str) -> str:
    return f"LEAD#{lead_id}"


def lead_status_key(status: str) -> str:
    return f"LEADS#{status}"


def invocation_pk(day: str) -> str:
    return f"INV#{day}"


def tool_key(tool: str) -> str:
    return f"TOOL#{tool}"


def stars_pk(slug: str) -> str:
    return f"STARS#{slug}"


def audit_pk(month: str) -> str:
    return f"AUDIT#{month}"


def actor_key(actor: str) -> str:
    return f"ACTOR#{actor}"


def usage_pk(day: str) -> str:
    return f"USAGE#{day}"


def model_key(model: str) -> str:
    return f"MODEL#{model}"


def new_id() -> str:
    """A random 128-bit id in hex, for sessions, conversations and event suffixes."""
    return secrets.token_hex(16)


def new_handle_id() -> str:
    """An opaque, unguessable id for a server-minted handle (192 random bits, URL-safe)."""
    return secrets.token_urlsafe(24)


def lead_id_for(idempotency_key: str) -> str:
    """The lead id an idempotency key maps to: one key, one lead, in a single conditional put."""
    return hashlib.sha256(b"heyfolio-lead\0" + idempotency_key.encode()).hexdigest()[:32]


def iso(ts: float) -> str:
    """UTC ISO-8601 with microseconds and a ``Z``: sorts as text in time order."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_sk(ts: float) -> str:
    """A sort key unique per event and ordered by time: ``<iso>#<random>``."""
    return f"{iso(ts)}#{secrets.token_hex(6)}"


def day_of(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


def month_of(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m")


def days_between(start: float, end: float) -> list[str]:
    """Every UTC day (``YYYY-MM-DD``) from the day of ``start`` to the day of ``end``, inclusive."""
    first = datetime.fromtimestamp(start, UTC).date()
    last = datetime.fromtimestamp(end, UTC).date()
    return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def months_between(start: float, end: float) -> list[str]:
    """Every UTC month (``YYYY-MM``) from the month of ``start`` to the month of ``end``."""
    first = datetime.fromtimestamp(start, UTC).date().replace(day=1)
    last = datetime.fromtimestamp(end, UTC).date().replace(day=1)
    months: list[str] = []
    current = first
    while current <= last:
        months.append(current.strftime("%Y-%m"))
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months
