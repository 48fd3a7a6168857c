"""One chat turn, end to end: session, guard, memory, answer, citations, records, ``done``.

``Chat.turn(request)`` yields the turn's events in wire order: ``session``, then ``token``
(and ``tool``) events as the answer forms, ``citation`` events for the sources the answer
cites, and ``done`` - or ``error`` at any point after ``session``. The visitor's message is
saved first; after the answer the assistant's reply is saved, the turn's model, tokens, cost
and latency go to ``heyfolio.storage.usage``, and the question goes to the owner's question
log (answered or not). Bookkeeping failures are logged, never shown to the visitor.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from heyfolio.analytics.records import record_chat_turn
from heyfolio.chat import guard, history, offline, online, prompt, spend
from heyfolio.chat.request import ChatRequest, Limits
from heyfolio.chat.routing import Route, choose_model
from heyfolio.chat.sse import CITATION, DONE, ERROR, FORM, SESSION, TOKEN, ChatEvent
from heyfolio.config import Settings, get_settings
from heyfolio.limits.backend import budget_guard
from heyfolio.llm import errors
from heyfolio.llm.anthropic_client import AnthropicModelClient
from heyfolio.llm.pricing import cost_usd
from heyfolio.llm.stream import ModelClient, Usage
from heyfolio.memory.extract import Fact, extract_facts
from heyfolio.memory.store import LongTermMemory, Memory, get_memory
from heyfolio.published import get_published
from heyfolio.security.visitor import mint_visitor_session
from heyfolio.storage import questions
from heyfolio.storage import usage as usage_log

if TYPE_CHECKING:
    from heyfolio.limits.budget import BudgetGuard, Reservation

logger = logging.getLogger("heyfolio.chat")

OFFLINE_MODEL = "offline"
GUARD_MODEL = "guard"
TOKEN_WORDS = 3  # offline text goes out a few words per token event, like a model's stream


def error_event(code: str, message: str, *, retryable: bool = False, status: int | None = None) -> ChatEvent:
    data: dict[str, Any] = {"message": message, "code": code, "retryable": retryable}
    if status is not None:
        data["status"] = status
    return ChatEvent(ERROR, data)


def _visitor_token(thread: history.Thread) -> dict[str, str]:
    """The signed visitor session (``heyfolio.security.visitor``) that lets this visitor export or
    erase their data later (``/api/me``); omitted, not fatal, if it cannot be minted."""
    try:
        return {"visitor_token": mint_visitor_session(thread.visitor_id, thread.session_id)}
    except Exception:
        logger.warning("could not mint a visitor session token", exc_info=True)
        return {}


def _emit_metrics(model: str, usage: Usage, latency_ms: float, cost: float, *, error: bool) -> None:
    """EMF metrics of one turn (imported here: the streaming path keeps Powertools off its cold start)."""
    from heyfolio import observability

    observability.record_request(latency_ms, error=error)
    if model not in (OFFLINE_MODEL, GUARD_MODEL):
        observability.record_model_usage(
            model,
            input_tokens=usage.all_input_tokens,
            output_tokens=usage.output_tokens,
            cost_usd=cost,
            cache_read_tokens=usage.cache_read_tokens,
        )


def _words(text: str) -> Iterator[str]:
    """Split text into small pieces that concatenate back to exactly ``text``."""
    pieces = text.split(" ")
    for i in range(0, len(pieces), TOKEN_WORDS):
        chunk = " ".join(pieces[i : i + TOKEN_WORDS])
        yield chunk if i + TOKEN_WORDS >= len(pieces) else chunk + " "


@dataclass
class _Outcome:
    """How an online turn ended, for the usage record its ``finally`` writes."""

    model: str
    purpose: str = "chat-cancelled"
    """``chat`` (answered), ``chat-error`` (error event sent) or ``chat-cancelled`` (the stream
    was closed before either: the visitor left, or the turn was interrupted)."""
    visitor_id: str = ""
    latency_ms: float | None = None


class Chat:
    """The chat service; one per process. ``model_client`` overrides the Anthropic client (tests, bench);
    ``budget`` the spend guard (default: the configured daily/monthly caps, ``heyfolio.limits``)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        model_client: ModelClient | None = None,
        memory: LongTermMemory | None = None,
        limits: Limits | None = None,
        budget: BudgetGuard | None = None,
    ) -> None:
        self._settings = settings
        self._model_client = model_client
        self._memory = memory
        self._budget = budget
        self.limits = limits or Limits()

    @property
    def settings(self) -> Settings:
        return self._settings or get_settings()

    @property
    def online(self) -> bool:
        return self._model_client is not None or bool(self.settings.anthropic_api_key)

    def model_client(self) -> ModelClient:
        if self._model_client is None:
            key = self.settings.anthropic_api_key
            if not key:
                raise RuntimeError("no ANTHROPIC_API_KEY")
            self._model_client = AnthropicModelClient(key)
        return self._model_client

    def memory(self) -> LongTermMemory:
        return self._memory or get_memory(self.settings)

    def budget(self) -> BudgetGuard:
        if self._budget is not None:
            return self._budget

        return budget_guard(self.settings)

    def turn(self, request: ChatRequest, *, correlation_id: str = "") -> Iterator[ChatEvent]:
        """The events of one turn, in wire order (see ``README.md``); the turn is recorded for the owner's analytics."""
        return record_chat_turn(self._turn(request, correlation_id=correlation_id), request.message)

    def _turn(self, request: ChatRequest, *, correlation_id: str = "") -> Iterator[ChatEvent]:
        started = time.monotonic()
        deadline = self.limits.clock() + self.limits.total_seconds
        try:
            thread = history.open_thread(
                request.session_id, window=self.limits.history_messages, visitor_id=request.visitor_id
            )
        except Exception:
            logger.exception("chat could not open or save the conversation")
            yield error_event(
                "unavailable",
                "I can't save our conversation right now, so I can't answer safely. Please try again in a moment.",
                retryable=True,
            )
            return
        history.save_question_in_background(thread, request.message)
        yield ChatEvent(SESSION, {"session_id": thread.session_id, **_visitor_token(thread)})

        published = get_published()
        portfolio = published.portfolio
        first = prompt.first_name(portfolio)
        online = self.online

        verdict = guard.screen(request.message)
        if verdict is not None:
            logger.warning("chat guard refused a message", extra={"category": verdict.category})
            text = guard.refusal(verdict, first)
            yield from (ChatEvent(TOKEN, {"text": piece}) for piece in _words(text))
            done = self._done(GUARD_MODEL, Usage(), started, offline=not online)
            writer = self._finish(thread, text, done, Usage(), [], meta={"guard": verdict.category})
            yield done
            writer.join()
            return

        from heyfolio.leads.intent import form_offer, wants_contact

        if wants_contact(request.message):
            # "How can I reach her?": the page's contact form, offered as a ``form`` event (no model call).
            text, form = form_offer(first, request.message)
            yield from (ChatEvent(TOKEN, {"text": piece}) for piece in _words(text))
            yield ChatEvent(FORM, form)
            done = self._done(OFFLINE_MODEL, Usage(), started, offline=not online)
            writer = self._finish(thread, text, done, Usage(), [], meta={"intent": "contact"})
            yield done
            writer.join()
            return

        facts = extract_facts(request.message)
        memories = self._memories(thread.visitor_id, request.message, facts)
        if online:
            route = choose_model(request.message, self.settings)
            reservation = self._reserve(route, prompt.prefix(portfolio).allowance)
            if reservation is not None:
                yield from self._within_budget(
                    reservation,
                    route,
                    request=request,
                    thread=thread,
                    portfolio=portfolio,
                    memories=memories,
                    deadline=deadline,
                    started=started,
                    correlation_id=correlation_id,
                )
                return
        # No model, or past a spend cap (then the conversation hears once that it is offline for today).
        yield from self._offline(request, thread, published, memories, facts, started, over_budget=online)

    # -- the two answerers -------------------------------------------------------------

    def _offline(
        self,
        request: ChatRequest,
        thread: history.Thread,
        published: Any,
        memories: list[Memory],
        facts: list[Fact],
        started: float,
        *,
        over_budget: bool = False,
    ) -> Iterator[ChatEvent]:
        previous = thread.last_assistant_meta()
        if over_budget:
            note = offline.BUDGET_NOTE
            already_offline = any(
                m.role == "assistant" and m.meta.get("offline_reason") == "budget" for m in thread.messages
            )
        else:
            note = offline.OFFLINE_NOTE
            already_offline = any(m.role == "assistant" and m.meta.get("offline") for m in thread.messages)
        try:
            answer = offline.compose(
                request.message,
                published.portfolio,
                published.index,
                memories=memories,
                new_facts=facts,
                previous=previous,
                first_offline_answer=not already_offline,
                offline_note=note,
            )
        except Exception:
            # A content shape the answerer was never shown must not cost the visitor a 500 or the
            # question: the question is saved, the turn ends with an error the page can show.
            logger.exception("chat offline answer failed")
            history.wait_for_question(thread)
            yield error_event(
                "internal",
                "I couldn't put that answer together from the portfolio. Your question is saved; "
                "please try again or ask it another way.",
                retryable=True,
            )
            return
        for piece in _words(answer.text):
            yield ChatEvent(TOKEN, {"text": piece})
        for source in answer.cited:
            yield ChatEvent(CITATION, source.citation())
        question = request.message if answer.intent in ("question", "unanswered", "about") else None
        meta: dict[str, Any] = {"query": answer.query, "uris": answer.shown, "intent": answer.intent}
        if over_budget:
            meta["offline_reason"] = "budget"
        done = self._done(OFFLINE_MODEL, Usage(), started, offline=True)
        writer = self._finish(
            thread,
            answer.text,
            done,
            Usage(),
            answer.cited,
            meta=meta,
            question=question,
            answered=answer.answered,
        )
        yield done
        writer.join()

    def _reserve(self, route: Route, prefix_tokens: int = 0) -> Reservation | None:
        """Set aside the turn's maximum cost (with the cached passages' bound, ``prefix_tokens``);
        ``None`` (answer offline) past a cap or without a store."""
        maximum = spend.max_turn_cost(route.model, self.limits, prefix_tokens)
        try:
            reservation = self.budget().reserve(maximum)
        except Exception:
            logger.exception("chat budget check failed; answering offline")
            reservation = None
        if reservation is None:
            logger.warning("chat spend cap reached; answering offline", extra={"model": route.model})
        return reservation

    def _within_budget(
        self, reservation: Reservation, route: Route, *, started: float, **kwargs: Any
    ) -> Iterator[ChatEvent]:
        """The online answer; when it ends - however it ends: answer, error, the guard cutting
        it, or the visitor going away mid-stream - every model call it made is paid for: the
        reservation is settled and the usage log records what the calls really cost (each
        call's last usage report, ``OnlineTurn.spent``), in this ``finally``."""
        spent: list[Usage] = []
        outcome = _Outcome(model=route.model)
        try:
            yield from self._online(started=started, route=route, spent=spent, outcome=outcome, **kwargs)
        finally:
            total = Usage()
            for usage in spent:
                total = total.plus(usage)
            try:
                reservation.settle(self._cost(route.model, total))
            except Exception:
                logger.exception("chat could not settle its budget reservation")
            if spent:
                self._record_usage(
                    outcome.model,
                    total,
                    started,
                    outcome.visitor_id,
                    purpose=outcome.purpose,
                    latency_ms=outcome.latency_ms,
                )

    def _online(
        self,
        *,
        request: ChatRequest,
        thread: history.Thread,
        portfolio: Any,
        memories: list[Memory],
        deadline: float,
        started: float,
        correlation_id: str,
        route: Route,
        spent: list[Usage],
        outcome: _Outcome,
    ) -> Iterator[ChatEvent]:
        outcome.visitor_id = thread.visitor_id

        turn = online.OnlineTurn(
            message=request.message,
            prior=thread.messages,
            memories=memories,
            portfolio=portfolio,
            route=route,
            limits=self.limits,
            deadline=deadline,
            visitor_id=thread.visitor_id,
            memory=self._safe_memory(),
            correlation_id=correlation_id,
            spent=spent,
        )
        stream = online.answer(turn, self.model_client())
        try:
            while True:
                yield next(stream)
        except StopIteration as stop:
            result: online.OnlineResult = stop.value
        except GeneratorExit:
            # The visitor left: close the model's stream now (the API stops generating, and
            # bills, when its connection closes), before _within_budget settles the calls.
            stream.close()
            raise
        except online.PromptLeak:
            logger.error("chat answer leaked the prompt canary; stopped", extra={"model": route.model})
            history.wait_for_question(thread)
            outcome.purpose = "chat-error"
            yield error_event("refused", "I can't share that. Ask me about the portfolio instead.")
            return
        except Exception as exc:
            humane = errors.humane(exc)
            log = logger.warning if humane.retryable else logger.error
            log(
                "chat model call failed",
                extra={"code": humane.code, "error": repr(exc)[:300], "model": route.model},
            )
            history.wait_for_question(thread)
            outcome.purpose = "chat-error"
            yield error_event(humane.code, humane.message, retryable=humane.retryable)
            return
        for source in result.cited:
            yield ChatEvent(CITATION, source.citation())
        meta = {"tier": route.tier, "route": route.reason, "tools": result.tool_calls}
        done = self._done(result.model, result.usage, started, offline=False)
        writer = self._finish(
            thread,
            result.text,
            done,
            result.usage,
            result.cited,
            meta=meta,
            question=request.message,
            answered=not result.unanswered,
            record_usage=False,  # recorded with every call of the turn by _within_budget
        )
        outcome.purpose, outcome.model = "chat", result.model
        outcome.latency_ms = float(done.data["latency_ms"])
        yield done
        writer.join()

    # -- bookkeeping -----------------------------------------------------------------------

    def _safe_memory(self) -> LongTermMemory | None:
        try:
            return self.memory()
        except Exception:
            logger.warning("long-term memory unavailable", exc_info=True)
            return None

    def _memories(self, visitor_id: str, message: str, facts: list[Fact]) -> list[Memory]:
        """Store what the visitor just said about themselves; recall what they said before."""
        memory = self._safe_memory()
        if memory is None:
            return []
        try:
            if facts:
                memory.remember(visitor_id, facts, at=time.time())
            return memory.recall(visitor_id, message)
        except Exception:
            logger.warning("long-term memory failed; answering without it", exc_info=True)
            return []

    def _done(self, model: str, usage: Usage, started: float, *, offline: bool) -> ChatEvent:
        return ChatEvent(
            DONE,
            {
                "model": model,
                "input_tokens": usage.all_input_tokens,
                "output_tokens": usage.output_tokens,
                "cost_usd": self._cost(model, usage),
                "latency_ms": round((time.monotonic() - started) * 1000, 1),
                "offline": offline,
            },
        )

    @staticmethod
    def _cost(model: str, usage: Usage) -> float:
        return cost_usd(
            model,
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cache_write_tokens=usage.cache_write_tokens,
            cache_read_tokens=usage.cache_read_tokens,
        )

    def _finish(
        self,
        thread: history.Thread,
        text: str,
        done: ChatEvent,
        usage: Usage,
        cited: list[Any],
        *,
        meta: dict[str, Any],
        question: str | None = None,
        answered: bool = True,
        record_usage: bool = True,
    ) -> threading.Thread:
        """Save the answer and record usage (and the question) in a background thread.

        Started just before ``done`` is sent and joined right after, so the visitor's
        ``done`` does not wait for three writes, yet the turn still ends only once they
        are stored (on Lambda the invocation lasts until the stream closes)."""
        model, offline = str(done.data["model"]), bool(done.data["offline"])
        latency = float(done.data["latency_ms"])

        def run() -> None:
            history.wait_for_question(thread)
            try:
                history.save(
                    thread,
                    "assistant",
                    text,
                    meta={**meta, "model": model, "offline": offline, "citations": [c.uri for c in cited]},
                )
            except Exception:
                logger.exception("chat could not save the answer")
            if record_usage:
                self._record_usage(model, usage, None, thread.visitor_id, purpose="chat", latency_ms=latency)
            if question is not None:
                self._record_question(question, answered=answered, visitor_id=thread.visitor_id)

        writer = threading.Thread(target=run, name="chat-finish", daemon=True)
        writer.start()
        return writer

    def _record_usage(
        self,
        model: str,
        usage: Usage,
        started: float | None,
        visitor_id: str,
        *,
        purpose: str,
        latency_ms: float | None = None,
    ) -> None:
        now = time.monotonic()
        latency = latency_ms if latency_ms is not None else round((now - (started or now)) * 1000, 1)
        logger.info(
            "chat turn",
            extra={"model": model, "input_tokens": usage.all_input_tokens, "output_tokens": usage.output_tokens,
                   "latency_ms": latency, "purpose": purpose},
        )  # fmt: skip
        try:
            usage_log.record(
                model,
                usage.all_input_tokens,
                usage.output_tokens,
                self._cost(model, usage),
                latency,
                visitor_id=visitor_id,
                purpose=purpose,
            )
        except Exception:
            logger.exception("chat could not record usage")
        _emit_metrics(model, usage, latency, self._cost(model, usage), error=purpose == "chat-error")

    @staticmethod
    def _record_question(question: str, *, answered: bool, visitor_id: str) -> None:
        questions.record(question, answered=answered, source="chat", visitor_id=visitor_id)
