"""One short, non-streamed Claude call for a server-side task (a project insight, a fit summary).

Shared by the flows and the MCP tools so that every such call is budgeted, priced and
recorded the same way: the day's and month's spend caps are reserved before the call (no
reservation means no call - the caller falls back to its deterministic text), the actual
cost is settled after, and the usage is recorded for the owner's dashboard. The
``anthropic`` SDK is imported only here, when a call is actually made.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from heyfolio.limits.backend import budget_guard
from heyfolio.llm.pricing import cost_usd, price_of
from heyfolio.storage import usage

log = logging.getLogger(__name__)

FRAMING_TOKENS = 1000
"""Allowance for what the API adds around the content (as ``heyfolio.chat.spend``)."""
"""A conservative estimate used to reserve the input cost before the call."""


@dataclass(frozen=True)
class Completion:
    text: str
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_ms: float


class CompletionUnavailable(Exception):
    """No answer: no key, the budget is spent, or the model call failed (``reason`` says which)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def complete(
    *,
    system: str,
    prompt: str,
    model: str,
    purpose: str,
    api_key: str | None,
    max_tokens: int = 300,
    timeout: float = 30.0,
    http_client: Any = None,
    budget: Any = None,
) -> Completion:
    """Claude's text for ``prompt``; raises :class:`CompletionUnavailable` instead of failing the task.

    ``budget`` is a :class:`heyfolio.limits.budget.BudgetGuard` (the configured one by default).
    """

    if not api_key:
        raise CompletionUnavailable("no ANTHROPIC_API_KEY")
    if budget is None:
        budget = budget_guard()
    # A true upper bound, as the chat's (heyfolio.chat.spend): a token stands for at least one
    # byte, plus the API's framing; input priced at the dearer of plain and cache-write.
    price, _ = price_of(model)
    input_bound = len(system.encode()) + len(prompt.encode()) + FRAMING_TOKENS
    worst = (input_bound * max(price.input, price.cache_write) + max_tokens * price.output) / 1_000_000
    reservation = budget.reserve(worst)
    if reservation is None:
        raise CompletionUnavailable("the model budget for today or this month is spent")
    started = time.monotonic()
    try:
        import anthropic

        kwargs: dict[str, Any] = {"api_key": api_key, "max_retries": 1}
        if http_client is not None:
            kwargs["http_client"] = http_client
        message = anthropic.Anthropic(**kwargs).messages.create(
            model=model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": prompt}],
            timeout=timeout,
        )
    except Exception as error:
        if type(error).__name__ == "APITimeoutError":
            # The request was sent and may have been answered (and billed) after we stopped
            # waiting: keep the worst case rather than call it free.
            reservation.settle(worst)
            _record(model, 0, 0, worst, (time.monotonic() - started) * 1000, f"{purpose}-timeout")
        else:
            reservation.release()
        log.warning("%s: Claude unavailable (%s)", purpose, type(error).__name__)
        raise CompletionUnavailable(f"the model call failed ({type(error).__name__})") from error
    from heyfolio.llm.anthropic_client import usage_of

    used_model = str(message.model or model)
    usage = usage_of(message.usage)
    tokens_in, tokens_out = usage.all_input_tokens, usage.output_tokens
    cost = cost_usd(
        used_model,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cache_write_tokens=usage.cache_write_tokens,
        cache_read_tokens=usage.cache_read_tokens,
    )
    reservation.settle(cost)
    latency = (time.monotonic() - started) * 1000
    _record(used_model, tokens_in, tokens_out, cost, latency, purpose)
    text = " ".join(str(getattr(b, "text", "")) for b in message.content if b.type == "text").strip()
    if not text:
        raise CompletionUnavailable("the model returned no text")
    return Completion(text, used_model, tokens_in, tokens_out, cost, latency)


def _record(
    model: str, tokens_in: int, tokens_out: int, cost: float, latency_ms: float, purpose: str
) -> None:
    try:
        usage.record(model, tokens_in, tokens_out, cost, latency_ms, purpose=purpose)
    except Exception:  # accounting must not lose the answer
        log.warning("could not record the model usage of %s", purpose, exc_info=True)
