"""``ModelClient`` on the official ``anthropic`` SDK's streaming helper.

The SDK is imported when the first client is built, never at module import: offline mode
and every other function stay ~700 ms lighter. ``http_client`` lets tests put an
``httpx2.MockTransport`` at the HTTP boundary (the SDK's own transport), so everything above
the socket - SSE parsing, event accumulation, errors, retries - is the real code.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from heyfolio.llm.stream import ModelEvent, TextDelta, ToolUse, TurnEnd, Usage, UsageReport

DEFAULT_MAX_RETRIES = 1
"""One retry (the SDK backs off ~0.5-1 s): a visitor is waiting, and the turn has a time cap."""


class AnthropicModelClient:
    """Stream Claude's answer as :mod:`heyfolio.llm.stream` events."""

    def __init__(
        self, api_key: str, *, http_client: Any = None, max_retries: int = DEFAULT_MAX_RETRIES
    ) -> None:
        import anthropic

        kwargs: dict[str, Any] = {"api_key": api_key, "max_retries": max_retries}
        if http_client is not None:
            kwargs["http_client"] = http_client
        self._client = anthropic.Anthropic(**kwargs)

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
    ) -> Iterator[ModelEvent]:
        """One Messages API call, streamed; raises the SDK's errors (see ``llm.errors``)."""
        kwargs: dict[str, Any] = {
            "model": model,
            "system": list(system),
            "messages": list(messages),
            "max_tokens": max_tokens,
            "timeout": timeout,
        }
        if tools:
            kwargs["tools"] = list(tools)
            if tool_choice is not None:
                kwargs["tool_choice"] = dict(tool_choice)
        reported = Usage()
        deltas = 0
        with self._client.messages.stream(**kwargs) as stream:
            for event in stream:
                if event.type == "message_start" or event.type == "message_delta":
                    # The SDK folds each event's usage into its snapshot (message_delta's figures
                    # are cumulative), so the snapshot is the call's bill so far.
                    reported = usage_of(stream.current_message_snapshot.usage)
                    yield UsageReport(_at_least(reported, deltas))
                elif event.type == "content_block_delta":
                    # Output tokens are reported only at the end; until then count what arrived
                    # (every delta carries at least one token), so a call cut short is not free.
                    deltas += 1
                    if deltas > reported.output_tokens:
                        yield UsageReport(_at_least(reported, deltas))
                elif event.type == "text":
                    yield TextDelta(event.text)
                elif event.type == "content_block_stop" and event.content_block.type == "tool_use":
                    block = event.content_block
                    yield ToolUse(block.id, block.name, dict(block.input or {}))
            final = stream.get_final_message()
        yield TurnEnd(
            stop_reason=str(final.stop_reason or "end_turn"),
            usage=usage_of(final.usage),
            content=[_block(b) for b in final.content],
            model=str(final.model or model),
        )


def usage_of(u: Any) -> Usage:
    """The SDK's usage object as :class:`Usage` (absent counts are zero)."""
    return Usage(
        input_tokens=int(getattr(u, "input_tokens", 0) or 0),
        output_tokens=int(getattr(u, "output_tokens", 0) or 0),
        cache_write_tokens=int(getattr(u, "cache_creation_input_tokens", 0) or 0),
        cache_read_tokens=int(getattr(u, "cache_read_input_tokens", 0) or 0),
    )


def _at_least(usage: Usage, output_tokens: int) -> Usage:
    if usage.output_tokens >= output_tokens:
        return usage
    return Usage(usage.input_tokens, output_tokens, usage.cache_write_tokens, usage.cache_read_tokens)


def _block(block: Any) -> dict[str, Any]:
    """A response content block as a request content block (only the fields the API accepts back)."""
    if block.type == "text":
        return {"type": "text", "text": block.text}
    if block.type == "tool_use":
        return {"type": "tool_use", "id": block.id, "name": block.name, "input": dict(block.input or {})}
    dumped: dict[str, Any] = block.model_dump(exclude_none=True)
    return dumped
