"""The streaming model interface the chat engine uses, free of any SDK.

A model call is a stream of :class:`TextDelta` (answer text as it comes), then one
:class:`ToolUse` per tool the model wants, then one :class:`TurnEnd` with the stop reason,
the assistant content to send back next round, and the token usage. :class:`UsageReport`
events in between carry the call's usage so far, so a call cut short is still paid for. Tests and benchmarks
plug in any object with a ``stream`` method; production uses ``AnthropicModelClient``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Usage:
    """Tokens of one call (or a sum of calls): plain input, output, cache writes and reads."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_write_tokens: int = 0
    cache_read_tokens: int = 0

    def plus(self, other: Usage) -> Usage:
        return Usage(
            self.input_tokens + other.input_tokens,
            self.output_tokens + other.output_tokens,
            self.cache_write_tokens + other.cache_write_tokens,
            self.cache_read_tokens + other.cache_read_tokens,
        )

    @property
    def all_input_tokens(self) -> int:
        """Every input token billed, cached or not (what ``done.input_tokens`` reports)."""
        return self.input_tokens + self.cache_write_tokens + self.cache_read_tokens


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ToolUse:
    id: str
    name: str
    input: Mapping[str, Any]


@dataclass(frozen=True)
class UsageReport:
    """What the call has cost so far (cumulative, not an increment), sent as the API reports it.

    The API bills a call whatever ends it (a guard cutting the answer, the visitor leaving, an
    error), so the caller keeps the newest report of each call and settles with it; only a
    call that reaches :class:`TurnEnd` has its final figure, the rest the last report.
    """

    usage: Usage


@dataclass(frozen=True)
class TurnEnd:
    stop_reason: str
    usage: Usage
    content: list[dict[str, Any]] = field(default_factory=list)
    """The assistant message's content blocks, as the Messages API takes them back."""
    model: str = ""


ModelEvent = TextDelta | ToolUse | UsageReport | TurnEnd


class ModelClient(Protocol):
    """Anything that can stream one Messages-API-shaped call."""

    def stream(
        self,
        *,
        model: str,
        system: Sequence[Mapping[str, Any]],
        messages: Sequence[Mapping[str, Any]],
        tools: Sequence[Mapping[str, Any]],
        max_tokens: int,
        timeout: float,
        tool_choice: Mapping[str, Any] | None = None,
    ) -> Iterator[ModelEvent]: ...
