"""Chat speed: server time to the first ``token`` event, and the whole offline answer.

Runs the chat's real ASGI app under uvicorn on loopback, over the in-process AWS emulator
(moto: sessions, conversations, usage and question records are real DynamoDB calls), and
measures from sending ``POST /api/chat`` to (a) the first ``token`` event with a model
stand-in that answers instantly (the real Anthropic SDK over an ``httpx2.MockTransport``:
everything but the network and the model's thinking), and (b) the end of the stream in
offline mode. Targets: (a) p95 <= 50 ms, (b) p95 <= 100 ms.

(c) The cost of a turn with a warm cache, from the ``done`` event's ``cost_usd`` - the server's
own figure, priced by ``heyfolio.llm.pricing`` - over the same runs as (a), with the whole example
portfolio in the cached prefix (the default). The stand-in bills each call as Anthropic's prompt
cache would (``_PromptCache``: the longest marked prefix already written is read, the rest up to
the last mark written, the remainder plain input), each counted at four bytes a token
(``prompt.estimate_tokens``; no Claude tokenizer offline), with an answer at the length the
prompt asks for (``prompt.CONCISE``), cited. Target: <= $0.002 a turn on the small model.

(d) ``--profile N``: the server's own work to the first token, in process under cProfile, with
the CPU time per turn (what the machine's load inflates least). ``--quick`` runs 40 requests a
measure instead of 200, for a re-run on a quiet machine.

Writes the "Chat" section of bench/RESULTS.md (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TURNS_PER_CONVERSATION = 4  # a new visitor, then three follow-ups in the same session
QUESTIONS = [
    "What has Mira built with Rust?",
    "Is she open to remote work?",
    "What is her notice period?",
    "Tell me about ledgerline",
    "Does she know Haskell?",
    "hello",
    "Can she do Kubernetes?",
    "Where is she based?",
]


class _PromptCache:
    """Anthropic's prompt cache as the stand-in bills it: a request is its tools and system prompt,
    then its messages; a ``cache_control`` mark (on the system block, on a message's block) writes
    the prefix up to it; a later request reads the longest prefix it shares with one written
    (the marks themselves are not part of the key, and a string content is the one text block it
    stands for); conversations share no text but the system prompt's. Reported like the API: ``cache_read`` (the prefix found), ``cache_write`` (from
    there to the last mark), ``input_tokens`` (the rest), each at four bytes a token
    (``prompt.estimate_tokens``). The bench's requests come well inside the cache's five minutes."""

    def __init__(self) -> None:
        self.written: set[str] = set()
        self.heads: dict[tuple[str, ...], tuple[Any, int]] = {}

    @staticmethod
    def _plain(message: dict) -> tuple[str, bool]:
        import json

        content = message["content"]
        blocks = [{"type": "text", "text": content}] if isinstance(content, str) else content
        marked = any(isinstance(b, dict) and "cache_control" in b for b in blocks)
        blocks = [{k: v for k, v in b.items() if k != "cache_control"} for b in blocks]
        return json.dumps({"role": message["role"], "content": blocks}), marked

    def usage(self, body: dict) -> dict[str, int]:
        import hashlib
        import json

        from heyfolio.chat import prompt

        tools = json.dumps(body.get("tools", []))
        marker = (tools, *(b["text"] for b in body["system"]))
        if marker not in self.heads:  # the same for every call of one published content: once
            system = [{k: v for k, v in b.items() if k != "cache_control"} for b in body["system"]]
            head = json.dumps([body.get("tools", []), system])
            self.heads = {marker: (hashlib.sha256(head.encode()), prompt.estimate_tokens(head))}
        digest, size = self.heads[marker]
        digest = digest.copy()
        keys, sizes = [digest.hexdigest()], [size]
        parts = [("", True), *(self._plain(m) for m in body["messages"])]
        for text, _ in parts[1:]:
            digest.update(text.encode())
            keys.append(digest.hexdigest())
            sizes.append(prompt.estimate_tokens(text))
        last_mark = max(i for i, (_, marked) in enumerate(parts) if marked)
        if len(body["messages"]) == 1:
            # A new conversation. The bench's conversations repeat the same questions and answers;
            # real visitors' do not, so a conversation never reads another's cached messages:
            # only the tools and system prompt stay cached across conversations.
            self.written &= {keys[0]}
        hit = max((i for i in range(last_mark + 1) if keys[i] in self.written), default=-1)
        self.written.update(keys[i] for i, (_, marked) in enumerate(parts) if marked)
        return {
            "cache_read": sum(sizes[: hit + 1]),
            "cache_write": sum(sizes[hit + 1 : last_mark + 1]),
            "input_tokens": sum(sizes[last_mark + 1 :]),
        }


_handles: dict[str, dict[str, int]] = {}


def _cite(pieces: list[str], system: str) -> list[str]:
    """The stand-in's answer with its ``[passage id]`` placeholders turned into the handles the
    prefix gives those passages (``[n]``), as a model reading it would cite them."""
    if system not in _handles:
        from heyfolio.chat import prompt
        from heyfolio.published import get_published

        passages = prompt.prefix(get_published().portfolio).passages
        found = {c.id: n for n, c in enumerate(passages, 1)} if "<portfolio_passages>" in system else {}
        _handles.clear()
        _handles[system] = found
    handles = _handles[system]
    return [re.sub(r"\[([a-z]+[^]]*)\]", lambda m: f"[{handles.get(m.group(1), 1)}]", p) for p in pieces]


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _measure(base: str, runs: int, *, until: str, dones: list[dict] | None = None) -> list[float]:
    """Milliseconds to the first ``until`` event per request (warm-up excluded); each request's
    ``done`` data is appended to ``dones`` when given."""
    import json

    import httpx

    timings = []
    with httpx.Client(base_url=base, timeout=30) as http:
        session_id = None
        for i in range(runs + 5):
            if i % TURNS_PER_CONVERSATION == 0:
                session_id = None
            body = {"message": QUESTIONS[i % len(QUESTIONS)], "session_id": session_id}
            started = time.perf_counter()
            elapsed = None
            with http.stream("POST", "/api/chat", json=body) as response:
                buffer = ""
                for chunk in response.iter_text():
                    buffer += chunk
                    if elapsed is None and f"event: {until}\n" in buffer:
                        elapsed = (time.perf_counter() - started) * 1000
                    if session_id is None and "event: session" in buffer:
                        line = buffer.split("event: session\ndata: ", 1)[1].split("\n", 1)[0]
                        session_id = line.split('"session_id":"', 1)[1].split('"', 1)[0]
            if elapsed is None:
                raise RuntimeError(f"no {until} event in: {buffer[:300]}")
            if i >= 5:  # warm-up excluded
                timings.append(elapsed)
                if dones is not None and "event: done\ndata: " in buffer:
                    line = buffer.split("event: done\ndata: ", 1)[1].split("\n", 1)[0]
                    dones.append(json.loads(line))
    return timings


def _profile(chat: object, runs: int) -> list[str]:
    """The server's own work to the first ``token``, in process (no HTTP, no uvicorn): request
    parsing, admission (rate limits) and the turn up to its first token. First ``runs`` turns
    unprofiled, for the CPU time per turn of the request's thread and of the whole process
    (background writes included) - figures the machine's load inflates far less than wall-clock
    time; then ``runs`` more under cProfile, for where the time goes."""
    import cProfile
    import io
    import json
    import pstats

    from botocore.endpoint import Endpoint

    from heyfolio.chat import admission
    from heyfolio.chat.request import parse_request

    profiler = cProfile.Profile()
    in_aws = [0.0]  # CPU of the request's thread inside DynamoDB calls (moto's emulation of AWS's side)
    make_request = Endpoint.make_request

    def timed_request(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return make_request(self, *args, **kwargs)
        finally:
            in_aws[0] += time.thread_time() - started

    thread_cpu: list[float] = []
    own_cpu: list[float] = []
    process_cpu: list[float] = []
    wall: list[float] = []
    session_id = None
    for i in range(2 * runs + 5):
        if i % TURNS_PER_CONVERSATION == 0:
            session_id = None
        timed, profiled = 5 <= i < runs + 5, i >= runs + 5  # 5 warm-up turns first
        body = json.dumps({"message": QUESTIONS[i % len(QUESTIONS)], "session_id": session_id})
        t0, p0, w0 = time.thread_time(), time.process_time(), time.perf_counter()
        in_aws[0] = 0.0
        Endpoint.make_request = timed_request if timed else make_request  # type: ignore[method-assign]
        if profiled:
            profiler.enable()
        request = parse_request(body)
        if admission.check(request, "127.0.0.1") is not None:
            raise RuntimeError("the bench's turns must not be rate limited")
        events = iter(chat.turn(request))  # type: ignore[attr-defined]
        for event in events:
            if event.name == "session":
                session_id = event.data["session_id"]
            if event.name == "token":
                break
        if profiled:
            profiler.disable()
        if timed:
            thread_cpu.append((time.thread_time() - t0) * 1000)
            own_cpu.append((time.thread_time() - t0 - in_aws[0]) * 1000)
            process_cpu.append((time.process_time() - p0) * 1000)
            wall.append((time.perf_counter() - w0) * 1000)
        Endpoint.make_request = make_request  # type: ignore[method-assign]
        for _ in events:  # the rest of the turn, not measured
            pass
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(r"heyfolio|mcp_handlers|botocore/endpoint|anthropic", 25)
    print(out.getvalue())
    top = []
    emulated = 0.0
    for (path, _line, name), (_cc, calls, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if path.endswith("botocore/endpoint.py") and name == "make_request":
            emulated += cumulative
        if "heyfolio" in path or "mcp_handlers" in path:
            short = path.split("layers/shared/")[-1].split("/h-chat/")[-1]
            top.append((cumulative, f"`{short.removesuffix('.py')}.{name}`", calls))
    top.sort(reverse=True)
    rows = [
        f"The server's own work to the first `token` (portfolio in the prefix, instant stand-in), in "
        f"process (no HTTP), {runs} turns after 5 warm-up turns. CPU per turn of the request's thread: "
        f"p50 {statistics.median(thread_cpu):.1f} ms / p95 {_percentile(thread_cpu, 95):.1f} ms, of which "
        f"outside the DynamoDB calls (botocore and moto, which runs AWS's side in this process: "
        f"on AWS most of it is network time) p50 {statistics.median(own_cpu):.1f} ms / p95 "
        f"{_percentile(own_cpu, 95):.1f} ms; of the "
        f"whole process (background writes included): p50 {statistics.median(process_cpu):.1f} ms; wall "
        f"p50 {statistics.median(wall):.1f} ms. Then {runs} more turns under cProfile (wall time, "
        f"inflated by the profiler): {sum(c for c, _, _ in top[:1]) * 1000 / runs:.1f} ms a turn, of "
        f"which {emulated * 1000 / runs:.1f} ms in the emulated DynamoDB calls. Heaviest steps "
        "(cumulative, per turn):",
        "",
        "| step | ms per turn (cProfile) | calls per turn |",
        "| --- | ---: | ---: |",
    ]
    for cumulative, label, calls in top[:14]:
        rows.append(f"| {label} | {cumulative * 1000 / runs:.2f} | {calls / runs:.1f} |")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="40 requests per measure (a quick re-run)")
    parser.add_argument(
        "--profile", type=int, default=60, metavar="N",
        help="turns profiled in process (cProfile) to the first token; 0 skips the profile",
    )  # fmt: skip
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.runs = min(args.runs, 40)

    os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    os.environ["AWS_REGION"] = os.environ["AWS_DEFAULT_REGION"]
    os.environ.pop("ANTHROPIC_API_KEY", None)
    # Hundreds of turns from one loopback address: this measures latency, not the rate limits
    # or spend caps (bench/limits_bench.py times those).
    os.environ["HEYFOLIO_CHAT_LIMITS"] = "100000/m"
    os.environ["HEYFOLIO_LIMITS_BACKEND"] = "memory"
    os.environ["HEYFOLIO_BUDGET_DAILY_USD"] = "1000"
    os.environ["HEYFOLIO_BUDGET_MONTHLY_USD"] = "10000"
    os.environ["HEYFOLIO_DATA_DIR"] = tempfile.mkdtemp(prefix="heyfolio-chat-bench-")
    import logging

    logging.disable(logging.WARNING)

    import json

    import httpx2
    from moto import mock_aws

    from heyfolio.chat import prompt
    from heyfolio.chat.asgi import create_app
    from heyfolio.chat.engine import Chat
    from heyfolio.config import get_settings
    from heyfolio.llm.anthropic_client import AnthropicModelClient
    from heyfolio.llm.pricing import PRICES
    from heyfolio.storage.tables import ensure_tables
    from tests.chat.anthropic_fake import text_stream
    from tests.support.live_server import serve

    # What the prompt asks for (``prompt.CONCISE``): unless the visitor asks for detail, under
    # ``prompt.ANSWER_WORDS`` (60) words, 2-3 sentences, cited. The stand-in writes an answer at
    # that ceiling (three sentences, three citations), not below it: a model that follows the instruction
    # writes this much or less, and one asked for detail writes more (not in this mix of questions).
    answer = [
        "Mira built ledgerline, ",
        "an embeddable append-only log in Rust that reaches 1.2 million durable appends per second "
        "on one NVMe disk [projects/ledgerline]. It is the storage core of the crane-move ledger at "
        "Tidewater Labs, which has recorded 1.9 billion events with no data lost since 2022 "
        "[projects/ledgerline#results]. She also writes Rust for the hot paths of her platform work "
        "[profile#basics].",
    ]
    words = len(re.sub(r" \[[^]]+\]", "", "".join(answer)).split())
    if not words <= prompt.ANSWER_WORDS < words + 5:
        raise RuntimeError(f"the stand-in's answer ({words} words) must sit at the prompt's ceiling")
    calls: list[dict[str, int]] = []

    cache = _PromptCache()

    def model(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        said = _cite(answer, body["system"][0]["text"])
        usage = {**cache.usage(body), "output_tokens": prompt.estimate_tokens("".join(said))}
        calls.append(usage)
        stream = text_stream(said, model=body["model"], **usage)
        return httpx2.Response(200, content=stream, headers={"content-type": "text/event-stream"})

    load_before = os.getloadavg()[0]
    stand_in = AnthropicModelClient(
        "sk-ant-bench", http_client=httpx2.Client(transport=httpx2.MockTransport(model))
    )
    with mock_aws():
        ensure_tables()
        with serve(create_app(Chat(model_client=stand_in))) as base:
            dones: list[dict] = []
            first_token = _measure(base, args.runs, until="token", dones=dones)
            warm = dict(calls[-1])  # a warm call of the prefix runs (the tools path follows)
            turns = calls[-args.runs :]  # one call per turn (answered from the prefix), warm-up excluded
        profile = _profile(Chat(model_client=stand_in), args.profile) if args.profile else None
        # The same turns on the tools path (no passages in the prefix), under the same load.
        budget = os.environ.get("HEYFOLIO_PREFIX_TOKENS")
        os.environ["HEYFOLIO_PREFIX_TOKENS"] = "0"
        with serve(create_app(Chat(model_client=stand_in))) as base:
            first_token_tools = _measure(base, args.runs, until="token")
        if budget is None:
            os.environ.pop("HEYFOLIO_PREFIX_TOKENS")
        else:
            os.environ["HEYFOLIO_PREFIX_TOKENS"] = budget
        with serve(create_app(Chat())) as base:
            offline_whole = _measure(base, args.runs, until="done")

    rows = [
        ("time to first `token`, instant model stand-in (portfolio in the prefix)", first_token, 50.0),
        ("time to first `token`, instant model stand-in (tools path, no prefix)", first_token_tools, 50.0),
        ("whole offline answer (to `done`)", offline_whole, 100.0),
    ]
    lines = [
        f"POST /api/chat over loopback HTTP (uvicorn), moto DynamoDB in process; {args.runs} requests each, "
        f"in conversations of {TURNS_PER_CONVERSATION} turns (a new session, then follow-ups); warm. "
        f"Machine load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores "
        "(other work on a shared machine inflates the tails).",
        "",
        "| measure | p50 ms | p95 ms | max ms | target p95 | ok |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    ok = True
    for label, values, target in rows:
        p95 = _percentile(values, 95)
        ok = ok and p95 <= target
        lines.append(
            f"| {label} | {statistics.median(values):.1f} | {p95:.1f} | {max(values):.1f} | {target:.0f} | "
            f"{'yes' if p95 <= target else 'NO'} |"
        )
    small_model = get_settings().model_small
    small = [d for d in dones if d["model"] == small_model and not d["offline"]]
    if not small:
        raise RuntimeError("no online answer from the small model was measured")
    costs = [d["cost_usd"] for d in small]
    price = PRICES[small_model]
    cost_ok = _percentile(costs, 95) <= 0.002
    ok = ok and cost_ok
    from heyfolio.published import get_published

    built = prompt.prefix(get_published().portfolio)

    def split(key: str, price_per_million: float) -> str:
        usd = [t[key] * price_per_million / 1e6 for t in turns]
        return f"{statistics.median(usd):.5f} | {_percentile(usd, 95):.5f}"

    lines += [
        "",
        f"Cost of a turn with a warm cache ({small_model}: ${price.input:.2f} in, "
        f"${price.output:.2f} out, ${price.cache_read:.2f} cache read, ${price.cache_write:.2f} cache write "
        f"per million tokens, `heyfolio.llm.pricing`), from `done.cost_usd` of the {len(small)} runs above; "
        f"every one of the {len(built.passages)} passages in the cached prefix under its handle `[n]` "
        f"(`HEYFOLIO_PREFIX_TOKENS` = {prompt.prefix_budget()}); the conversation cached up to the "
        f"latest reply (`online.with_breakpoint`). The last call: {warm['cache_read']} tokens read from "
        f"the cache, {warm['cache_write']} written, {warm['input_tokens']} uncached input, "
        f"{warm['output_tokens']} output - four bytes a token of the request as sent (no Claude tokenizer "
        f"offline). The answer is modelled at the ceiling the prompt sets (`prompt.CONCISE`: under "
        f"{prompt.ANSWER_WORDS} words unless the visitor asks for detail): {words} words, three citations.",
        "",
        "| measure | p50 USD | p95 USD | target p95 | ok |",
        "| --- | ---: | ---: | ---: | --- |",
        f"| cost of a turn, warm cache, small model | {statistics.median(costs):.5f} | "
        f"{_percentile(costs, 95):.5f} | 0.00200 | {'yes' if cost_ok else 'NO'} |",
        f"| of which read from the cache (tools, system prompt, passages; then the conversation) | "
        f"{split('cache_read', price.cache_read)} | | |",
        f"| of which written to the cache (the conversation's latest exchange) | "
        f"{split('cache_write', price.cache_write)} | | |",
        f"| of which uncached input (the new question) | {split('input_tokens', price.input)} | | |",
        f"| of which the answer (output) | {split('output_tokens', price.output)} | | |",
    ]
    if profile is not None:
        lines += ["", *profile]
    from bench.results import machine_line, update_section

    body = "\n".join([machine_line(), "", *lines])
    print(body)
    if not args.no_write:
        update_section("Chat", body)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
