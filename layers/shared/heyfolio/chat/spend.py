"""What a chat turn may cost at most, and keeping every model call inside that bound.

A turn makes at most ``Limits.max_tool_steps + 1`` model calls; each receives at most
``Limits.max_output_tokens`` and - enforced here - sends at most ``Limits.max_input_tokens``.
Priced for the routed model (input at the dearer of the plain and cache-write prices: the
cached prefix may be written on any call), that is what the turn reserves from the daily and
monthly budget (:mod:`heyfolio.limits.budget`) before its first call; the real cost from the
API's usage replaces it when the turn ends.

The input bound needs no tokenizer and no extra API call: a token always stands for at least
one byte of text, so the UTF-8 size of what is sent (system prompt, tool definitions and
messages as compact JSON - more bytes than their text) plus an allowance for the API's own
framing (role markers, the tool-use system prompt: a few hundred tokens) bounds the call's
input tokens from above. English runs at about four bytes a token, so the bound is generous;
:func:`fit_history` drops the oldest turns of a long conversation and :func:`fit_results`
shortens tool results so that every call stays inside it, which is what makes the
reservation a true maximum.

When the portfolio's passages ride in the cached system prompt (:mod:`heyfolio.chat.prompt`),
each call's input bound is widened by exactly their bound (``Prefix.allowance``), so they never
crowd out the conversation or the tool results, and the reservation prices them at cache
prices: written (cache-write price) by the turn's first call, read (cache-read price) by every
later call of the same turn - the first call has just written them, well inside the cache's
five minutes. The settled cost is always the API's own usage, whatever the cache did.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from heyfolio.chat.request import Limits
from heyfolio.llm.pricing import price_of

FRAMING_TOKENS = 1000
"""Allowance for what the API adds around the content (role markers, tool-use instructions)."""
ELLIPSIS = "…"
OMITTED = "Omitted: this answer has used its reading allowance. Answer with what you already have."
MIN_RESULT_BYTES = 200


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def input_bound(
    system: Sequence[Mapping[str, Any]], tools: Sequence[Mapping[str, Any]], messages: Sequence[Any]
) -> int:
    """An upper bound on the input tokens of one call sending these (see the module docstring)."""
    return _size([list(system), list(tools), list(messages)]) + FRAMING_TOKENS


def max_call_cost(model: str, limits: Limits) -> float:
    """The most one model call of a turn can cost, in US dollars."""
    price, _ = price_of(model)
    per_input = max(price.input, price.cache_write)
    return (limits.max_input_tokens * per_input + limits.max_output_tokens * price.output) / 1_000_000


def max_turn_cost(model: str, limits: Limits, prefix_tokens: int = 0) -> float:
    """The most a whole turn (every tool round and the final answer) can cost, in US dollars.

    ``prefix_tokens`` bounds the cached passages each call carries on top of
    ``limits.max_input_tokens`` (see the module docstring for how they are priced).
    """
    calls = limits.max_tool_steps + 1
    price, _ = price_of(model)
    prefix = prefix_tokens * (price.cache_write + price.cache_read * (calls - 1)) / 1_000_000
    return max_call_cost(model, limits) * calls + prefix


def fit_history(
    system: Sequence[Mapping[str, Any]],
    tools: Sequence[Mapping[str, Any]],
    messages: list[dict[str, Any]],
    max_tokens: int,
) -> list[dict[str, Any]]:
    """Drop the oldest exchanges until the call fits in ``max_tokens``; the last message stays.

    The result still starts with a user turn (the API requires it).
    """
    sizes = [_size(m) + 1 for m in messages]
    total = input_bound(system, tools, []) + sum(sizes)
    start = 0
    while total > max_tokens and start < len(messages) - 1:
        total -= sizes[start]
        start += 1
        while start < len(messages) - 1 and messages[start]["role"] != "user":
            total -= sizes[start]
            start += 1
    return messages[start:]


def _cut(text: str, limit: int) -> str:
    """``text`` shortened (with an ellipsis) until its JSON form takes at most ``limit`` bytes."""
    if _size(text) <= limit:
        return text
    room = limit - len(ELLIPSIS.encode())
    keep = text
    while keep and _size(keep) > room:
        # JSON escapes make bytes and characters differ: scale down by the ratio, at least one char.
        keep = keep[: min(len(keep) - 1, len(keep) * max(room, 0) // _size(keep))]
    return keep + ELLIPSIS


def fit_results(results: list[dict[str, Any]], room: int) -> tuple[list[dict[str, Any]], bool]:
    """Shorten tool results so together they add at most ``room`` tokens to the next call.

    Each result gets an equal share; one whose share is too small to be useful says it was
    omitted. Returns the results and whether any was omitted (then the turn should answer
    with what it has instead of reading more). Omitted results still cost their few hundred
    bytes - far inside the bound's slack, since real tokens run at several bytes each.
    """
    if not results or sum(_size(r) + 1 for r in results) <= room:
        return results, False
    share = max(room, 0) // len(results)
    fitted: list[dict[str, Any]] = []
    omitted = False
    for result in results:
        content = result.get("content")
        if not isinstance(content, str):
            fitted.append(result)
            continue
        allowed = share - _size({**result, "content": ""}) - 1
        if _size(content) <= allowed:
            fitted.append(result)
        elif allowed < MIN_RESULT_BYTES:
            omitted = True
            fitted.append({**result, "content": OMITTED})
        else:
            fitted.append({**result, "content": _cut(content, allowed)})
    return fitted, omitted
