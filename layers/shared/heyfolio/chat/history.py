"""Sessions and conversations in DynamoDB: the chat's memory of the current conversation.

A session (``heyfolio.storage.sessions``, sliding 24 h expiry) belongs to a visitor and points
at one conversation (``heyfolio.storage.conversations``); every user and assistant message is
appended there, so a new function instance - or a restarted dev server talking to the same
tables - continues the conversation. The visitor's message is saved before any model call:
if the model fails, the question is not lost. The question's write runs in the background
while the answer starts (it is the slowest call before the first token) and is always
finished before the answer is written or an error is sent.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from heyfolio.chat.text import clean, clean_value
from heyfolio.storage import conversations, keys, sessions
from heyfolio.storage.conversations import Message

logger = logging.getLogger("heyfolio.chat.history")


@dataclass
class Thread:
    """One visitor's conversation as this turn sees it."""

    session_id: str
    visitor_id: str
    conversation_id: str
    resumed: bool
    messages: list[Message] = field(default_factory=list)
    """The conversation before this turn (the current question is not in it)."""
    user_saved: threading.Thread | None = None
    """The background write of this turn's question; joined before the answer is saved."""

    def last_assistant_meta(self) -> dict[str, Any]:
        for m in reversed(self.messages):
            if m.role == "assistant":
                return dict(m.meta)
        return {}


def _latest_session(visitor_id: str) -> str | None:
    """The visitor's most recently used live session (sessions slide, so the latest expiry)."""
    import time

    from heyfolio.privacy.locate import STATE, visitor_items

    now = time.time()
    live = [
        ref for ref in visitor_items(visitor_id, (STATE,))  # sessions live in the state table
        if ref.kind == "session" and (ref.expires_at is None or ref.expires_at > now)
    ]  # fmt: skip
    if not live:
        return None
    newest = max(live, key=lambda ref: ref.expires_at or 0.0)
    return newest.pk.removeprefix("SESSION#")


def open_thread(session_id: str | None, *, window: int, visitor_id: str | None = None) -> Thread:
    """The live session's conversation (last ``window`` messages), or a new session if none.

    ``visitor_id`` (a returning visitor's signed cookie): without a session id of its own (a new
    tab, a new visit) the visitor's latest live session continues; a new one is theirs too, so
    long-term memory spans visits.
    """
    if session_id is None and visitor_id:
        try:
            session_id = _latest_session(visitor_id)
        except Exception:
            logger.warning("could not look up the returning visitor's session", exc_info=True)
    if session_id is not None:
        session = sessions.touch(session_id)
        conversation_id = session.data.get("conversation_id") if session else None
        # The conversation outlives its session (30 days against a sliding day), so a live
        # session's conversation is live: no read to check it (an append would say NotFound).
        if session is not None and conversation_id and (not visitor_id or session.visitor_id == visitor_id):
            return Thread(
                session.session_id,
                session.visitor_id,
                conversation_id,
                True,
                conversations.newest(conversation_id, window),
            )
        logger.info("chat session unknown or expired; starting a new one")
    visitor_id = visitor_id or keys.new_id()
    conversation = conversations.create(visitor_id, title="chat")
    session = sessions.create(visitor_id, data={"conversation_id": conversation.conversation_id})
    return Thread(session.session_id, visitor_id, conversation.conversation_id, False)


def save(thread: Thread, role: conversations.Role, content: str, meta: dict[str, Any] | None = None) -> None:
    """Append a message to the thread's conversation (its text cleaned: ``heyfolio.chat.text``)."""
    conversations.append(
        thread.conversation_id, role, clean(content), meta=clean_value(meta) if meta else meta
    )


def save_question_in_background(thread: Thread, question: str) -> None:
    """Write the visitor's question while the answer is being prepared (off the first-token path)."""

    def run() -> None:
        try:
            save(thread, "user", question)
        except Exception:
            logger.exception("chat could not save the visitor's question")

    thread.user_saved = threading.Thread(target=run, name="chat-save-question", daemon=True)
    thread.user_saved.start()


def wait_for_question(thread: Thread) -> None:
    """Block until the question is written (the answer must come after it)."""
    if thread.user_saved is not None:
        thread.user_saved.join()


def model_messages(messages: list[Message], wrap: Any) -> list[dict[str, Any]]:
    """Stored messages as Messages API turns: user text wrapped as data, same roles merged,
    starting with a user turn (the API requires it)."""
    out: list[dict[str, Any]] = []
    for m in messages:
        if m.role not in ("user", "assistant") or not m.content:
            continue
        content = clean(m.content)
        text = wrap(content) if m.role == "user" else content
        if out and out[-1]["role"] == m.role:
            out[-1]["content"] += "\n\n" + text
        else:
            out.append({"role": m.role, "content": text})
    while out and out[0]["role"] != "user":
        out.pop(0)
    return out
