"""Online answers: Claude with tool use over the MCP server's own tool catalog.

The model gets the cached system prompt, the conversation so far, and the visitor's message
wrapped as data (with what we remember about the visitor). It may call the public catalog
tools (``mcp_handlers.catalog.call_tool`` with a visitor ``Caller`` - the same code the MCP
server runs) and the chat-only ``remember`` step, for at most ``Limits.max_tool_steps``
rounds; the last round offers no tool so it must answer. Text streams to the visitor as it
arrives; a leak of the system prompt's canary stops the stream.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

from heyfolio.chat import guard, history, prompt, spend
from heyfolio.chat.request import Limits
from heyfolio.chat.routing import Route
from heyfolio.chat.sources import Source, Sources, render
from heyfolio.chat.sse import TOKEN, TOOL, ChatEvent
from heyfolio.chat.text import clean, clean_value
from heyfolio.content.model import Portfolio
from heyfolio.llm.errors import TurnTimeout
from heyfolio.llm.stream import ModelClient, TextDelta, ToolUse, TurnEnd, Usage, UsageReport
from heyfolio.memory.extract import FACT_KINDS, Fact
from heyfolio.memory.store import LongTermMemory, Memory
from heyfolio.published import get_published
from heyfolio.storage.conversations import Message
from mcp_handlers import catalog
from mcp_handlers.tools.base import Caller, ToolResult

logger = logging.getLogger("heyfolio.chat.online")

MAX_TOOL_RESULT_CHARS = 6000
_UNANSWERED_RE = re.compile(
    r"\b(the )?portfolio (doesn['’]t|does not|didn['’]t) (say|mention|cover|include|answer)|"
    r"\bnot (mentioned |covered |stated )?in the portfolio\b|\bcouldn['’]t find (anything|that)\b",
    re.IGNORECASE,
)


class PromptLeak(Exception):
    """The answer started to repeat the system prompt."""


UNSUPPORTED_NOTE = " - I can't confirm that from the portfolio, so I won't claim it."
"""What replaces the rest of an answer that started to claim a skill the content does not support."""

_shields: dict[str, guard.PromptShield] = {}


def _shield(system_text: str) -> guard.PromptShield:
    found = _shields.get(system_text)
    if found is None:
        _shields.clear()  # one system prompt per published content; keep only the current one
        found = _shields[system_text] = guard.shield_for(system_text)
    return found


def _corpus() -> frozenset[str]:
    published = get_published()
    cached = getattr(published, "_guard_corpus", None)
    if cached is None:
        cached = guard.corpus_of(published.chunks)
        object.__setattr__(published, "_guard_corpus", cached)
    return cached


@dataclass
class OnlineResult:
    text: str
    model: str
    usage: Usage
    sources: Sources
    cited: list[Source]
    unanswered: bool
    tool_calls: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class OnlineTurn:
    message: str
    prior: list[Message]
    memories: list[Memory]
    portfolio: Portfolio
    route: Route
    limits: Limits
    deadline: float
    """``limits.clock()`` by which the whole turn must be done."""
    visitor_id: str
    memory: LongTermMemory | None
    correlation_id: str = ""
    spent: list[Usage] = field(default_factory=list)
    """One slot per model call, holding its usage as last reported (kept current while the call
    streams): whatever stops the turn - the guard, an error, the visitor leaving - the sum of
    these is what the turn cost (``Chat._within_budget`` settles with it)."""


def _user_turn(message: str, memories: list[Memory]) -> str:
    remembered = ""
    if memories:
        facts = "\n".join(f"- {clean(m.fact.text)}" for m in memories)
        remembered = f"<visitor_memory>\nWhat this visitor told you earlier:\n{facts}\n</visitor_memory>\n"
    return remembered + guard.wrap(message)


def _append(messages: list[dict[str, Any]], role: str, content: Any) -> None:
    if (
        messages
        and messages[-1]["role"] == role
        and isinstance(content, str)
        and isinstance(messages[-1]["content"], str)
    ):
        messages[-1]["content"] += "\n\n" + content
    else:
        messages.append({"role": role, "content": content})


PREFIX_SERVES = frozenset({"search_portfolio", "get_profile"})
"""Tools that only serve passages back: with every passage in the cached prefix they add nothing but
a round trip, and their definitions would be cached (and read) on every call for nothing."""


def offered_tools(prefix: prompt.Prefix) -> list[dict[str, Any]]:
    """The tools the model is offered: with the whole portfolio in the prefix, the ones that bring
    something it lacks (live project figures, job fit, contact, memory); else all of them."""
    tools = guard.visitor_tools()
    return [t for t in tools if t["name"] not in PREFIX_SERVES] if prefix.passages else tools


CACHE_BREAKPOINT = {"type": "ephemeral"}
BREAKPOINT_BYTES = len(
    json.dumps([{"type": "text", "text": "", "cache_control": CACHE_BREAKPOINT}], separators=(",", ":"))
) - len('""')
"""The most the mark adds to what is sent (a string reply becomes one marked text block): every
input bound (:mod:`heyfolio.chat.spend`) leaves room for it."""


def with_breakpoint(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``messages`` as sent: the last assistant message's last block marked ``cache_control``.

    The system prompt (tools, instructions, passages) is cached by its own mark; this second,
    rolling mark caches the conversation up to the model's latest reply, so the next call - the
    next tool round, or the visitor's next question - reads it at the cache-read price instead of
    paying full input price for the whole history again (the API keys the cache on the content,
    not on the marks, and looks back from a mark for the longest prefix it has). Only the copy
    sent is marked: the API allows four marks, and an older reply must not keep one.
    """
    for i in range(len(messages) - 1, -1, -1):
        message = messages[i]
        if message["role"] != "assistant":
            continue
        content = message["content"]
        blocks = [{"type": "text", "text": content}] if isinstance(content, str) else list(content)
        if not blocks or not isinstance(blocks[-1], Mapping):
            return messages
        blocks[-1] = {**blocks[-1], "cache_control": CACHE_BREAKPOINT}
        return [*messages[:i], {**message, "content": blocks}, *messages[i + 1 :]]
    return messages


_STREAM_END = object()
_MARKER_RE = re.compile(r"(\s?)\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
_OPEN_MARKER_RE = re.compile(r"\s?\[[\d,\s]{0,20}$")


class KnownHandles:
    """The answer's text with only the citation handles its sources have.

    A handle ``[n]`` the model invents - one neither the prefix nor a tool result gave - would show
    as a marker that links nowhere (it never becomes a citation: :meth:`Sources.cited`); it is left
    out of the text as it streams, and out of the stored answer. A piece that ends in what may still
    become a handle (``... [1``) waits for the next one, like the leak watch's risky tail.
    """

    def __init__(self, sources: Sources) -> None:
        self._sources = sources
        self._pending = ""

    def feed(self, piece: str) -> str:
        """What of the text so far can be shown (``piece`` and anything held back before it)."""
        text, self._pending = self._pending + piece, ""
        open_marker = _OPEN_MARKER_RE.search(text)
        if open_marker is not None:
            text, self._pending = text[: open_marker.start()], text[open_marker.start() :]
        return self._known(text)

    def flush(self) -> str:
        """The rest, at the end of a model call (what was held back was not a handle after all)."""
        text, self._pending = self._pending, ""
        return self._known(text)

    def _known(self, text: str) -> str:
        def keep(m: re.Match[str]) -> str:
            numbers = [part.strip() for part in m.group(2).split(",")]
            kept = [n for n in numbers if self._sources.has(int(n))]
            if len(kept) == len(numbers):
                return m.group(0)
            return f"{m.group(1)}[{', '.join(kept)}]" if kept else ""

        return _MARKER_RE.sub(keep, text)


def answer(turn: OnlineTurn, client: ModelClient) -> Generator[ChatEvent, None, OnlineResult]:
    """Stream one answer; returns the result (text, usage, citations) when done."""
    prefix = prompt.prefix(turn.portfolio)
    system = prefix.blocks
    # The cached passages ride on top of the per-call allowance (reserved at cache prices).
    max_input = turn.limits.max_input_tokens + prefix.allowance
    watch = guard.LeakWatch(_shield(system[0]["text"]))
    corpus = _corpus()
    claimed: str | None = None
    tools = offered_tools(prefix)
    messages = history.model_messages(turn.prior, guard.wrap)
    _append(messages, "user", _user_turn(turn.message, turn.memories))
    messages = spend.fit_history(system, tools, messages, max_input - BREAKPOINT_BYTES)
    sources = Sources()
    sources.preload(prefix.passages)
    handles = KnownHandles(sources)
    from_tools: list[Source] = []
    text, model, steps = "", turn.route.model, 0
    tool_calls: list[str] = []
    searched, found_any = False, False
    while True:
        remaining = turn.deadline - turn.limits.clock()
        if remaining <= 0:
            raise TurnTimeout()
        last_round = steps >= turn.limits.max_tool_steps
        uses: list[ToolUse] = []
        end: TurnEnd | None = None
        round_started = bool(text)
        slot = len(turn.spent)
        turn.spent.append(Usage())
        stream = client.stream(
            model=turn.route.model,
            system=system,
            messages=with_breakpoint(messages),
            tools=tools,
            max_tokens=turn.limits.max_output_tokens,
            timeout=remaining,
            tool_choice={"type": "none"} if last_round else None,
        )
        for event in itertools.chain(stream, (_STREAM_END,)):
            if turn.limits.clock() > turn.deadline:
                raise TurnTimeout()
            if isinstance(event, TextDelta) or event is _STREAM_END:
                # Handles no source has are dropped; a piece ending in what may become one waits.
                piece = handles.feed(clean(event.text)) if isinstance(event, TextDelta) else handles.flush()
                if not piece:
                    continue
                if round_started and piece and not text.endswith(("\n", " ")):
                    piece = "\n\n" + piece.lstrip()
                round_started = False
                before = text
                text += piece
                shown_before = watch.released
                try:
                    shown = watch.update(text)  # checked from the first token; a risky tail waits
                except guard.LeakFound:
                    raise PromptLeak() from None
                claimed = guard.unsupported_claim(text, corpus, partial_tail=True)
                if claimed is not None:
                    logger.warning(
                        "chat answer claimed an unsupported skill; stopped", extra={"claim": claimed}
                    )
                    kept = before.rstrip()
                    rest = kept[shown_before:]
                    text = kept + UNSUPPORTED_NOTE
                    yield ChatEvent(TOKEN, {"text": rest + UNSUPPORTED_NOTE})
                    break
                if shown:
                    yield ChatEvent(TOKEN, {"text": shown})
            elif isinstance(event, UsageReport):
                turn.spent[slot] = event.usage
            elif isinstance(event, ToolUse):
                uses.append(ToolUse(event.id, event.name, clean_value(dict(event.input))))
            elif isinstance(event, TurnEnd):
                end = event
                turn.spent[slot] = event.usage
        if claimed is not None:
            break
        if end is None:
            raise RuntimeError("the model stream ended without a final message")
        model = end.model or model
        if end.stop_reason != "tool_use" or not uses or last_round:
            break
        steps += 1
        messages.append({"role": "assistant", "content": clean_value(end.content)})
        results = []
        for use in uses:
            yield ChatEvent(TOOL, {"name": use.name, "arguments": dict(use.input)})
            tool_calls.append(use.name)
            content, is_error, found = _run_tool(use, turn, sources)
            from_tools += [s for s in found if s not in from_tools]
            if use.name == "search_portfolio":
                searched = True
                found_any = found_any or bool(found)
            results.append(
                {"type": "tool_result", "tool_use_id": use.id, "content": content, "is_error": is_error}
            )
        # What is left for the results once the message that carries them is counted.
        carrier = {"role": "user", "content": []}
        room = max_input - BREAKPOINT_BYTES - spend.input_bound(system, tools, [*messages, carrier])
        results, exhausted = spend.fit_results(results, room)
        messages.append({"role": "user", "content": results})
        if exhausted:  # no room left to read more: the next round answers with what it has
            steps = turn.limits.max_tool_steps
    if claimed is None:
        try:
            rest = watch.flush(text)  # the answer is complete: what was held back is settled
        except guard.LeakFound:
            raise PromptLeak() from None
        if rest:
            yield ChatEvent(TOKEN, {"text": rest})
    usage = Usage()
    for call in turn.spent:  # every call, including one the guard cut short
        usage = usage.plus(call)
    cited = sources.cited(text)
    unanswered = bool(_UNANSWERED_RE.search(text)) or (searched and not found_any and not cited)
    if not cited and not unanswered and from_tools:
        cited = from_tools[:3]  # the model used tool results but wrote no markers
    return OnlineResult(text, model, usage, sources, cited, unanswered, tool_calls)


def _run_tool(use: ToolUse, turn: OnlineTurn, sources: Sources) -> tuple[str, bool, list[Source]]:
    """Run one tool call for a visitor; returns (content for the model, is_error, sources found)."""
    refused = guard.check_tool(use.name, use.input, is_owner=False)
    if refused:
        logger.warning("chat refused a tool call", extra={"tool": use.name, "reason": refused})
        return f"Refused: {refused}.", True, []
    if use.name == guard.REMEMBER_TOOL["name"]:
        return _remember(use.input, turn), False, []

    caller = Caller(role="visitor", subject=turn.visitor_id, correlation_id=turn.correlation_id)
    try:
        outcome = catalog.call_tool(use.name, use.input, caller)
    except Exception:
        logger.exception("chat tool call failed", extra={"tool": use.name})
        return f"{use.name} failed; answer without it or say the portfolio could not be checked.", True, []
    if not isinstance(outcome, ToolResult):
        return (
            f"{use.name} needs the visitor to confirm in an MCP client, which this chat cannot do. "
            "Suggest the contact details from the portfolio instead.",
            True,
            [],
        )
    if outcome.is_error:
        return outcome.text, True, []
    found = sources.from_result(use.name, use.input, outcome.structured)
    if use.name == "search_portfolio":
        content = (
            render(found) if found else "No passage of the portfolio matches. Say the portfolio doesn't say."
        )
    else:
        body = (
            outcome.text
            if len(outcome.text) <= MAX_TOOL_RESULT_CHARS
            else outcome.text[:MAX_TOOL_RESULT_CHARS] + "…"
        )
        content = body + (f"\n\nCite these as:\n{render(found)}" if found else "")
    return content, False, found


def _remember(arguments: Mapping[str, Any], turn: OnlineTurn) -> str:
    kind, value = arguments.get("kind"), clean_value(arguments.get("value"))
    if kind not in FACT_KINDS or not isinstance(value, str) or not value.strip() or len(value) > 80:
        return "Not remembered: kind must be name, company or role, and value a short text."
    if turn.memory is None:
        return "Memory is unavailable; carry on."
    try:
        turn.memory.remember(turn.visitor_id, [Fact(kind, value.strip())], at=time.time())
    except Exception:
        logger.warning("could not store a visitor memory", exc_info=True)
        return "Memory is unavailable; carry on."
    return json.dumps({"remembered": {kind: value.strip()}})
