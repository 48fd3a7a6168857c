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
from heyfolio.llm.pricing import cost_usd
from heyfolio.storage import usage

log = logging.getLogger(__name__)

CHARS_PER_TOKEN = 3
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
    worst = cost_usd(
        model, input_tokens=(len(system) + len(prompt)) // CHARS_PER_TOKEN + 50, output_tokens=max_tokens
    )
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
        reservation.release()
        log.warning("%s: Claude unavailable (%s)", purpose, type(error).__name__)
        raise CompletionUnavailable(f"the model call failed ({type(error).__name__})") from error
    used_model = str(message.model or model)
    tokens_in, tokens_out = int(message.usage.input_tokens or 0), int(message.usage.output_tokens or 0)
    cost = cost_usd(used_model, input_tokens=tokens_in, output_tokens=tokens_out)
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
