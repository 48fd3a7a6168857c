"""Chat speed: server time to the first ``token`` event, and the whole offline answer.

Runs the chat's real ASGI app under uvicorn on loopback, over the in-process AWS emulator
(moto: sessions, conversations, usage and question records are real DynamoDB calls), and
measures from sending ``POST /api/chat`` to (a) the first ``token`` event with a model
stand-in that answers instantly (the real Anthropic SDK over an ``httpx2.MockTransport``:
everything but the network and the model's thinking), and (b) the end of the stream in
offline mode. Targets: (a) p95 <= 50 ms, (b) p95 <= 100 ms.

(c) The cost of a turn with a warm cache, from the ``done`` event's ``cost_usd`` - the server's
own figure, priced by ``heyfolio.llm.pricing`` - over the same runs as (a), with the whole example
portfolio in the cached prefix (the default). The stand-in reports each call's usage in
Anthropic's shape: the tools and system prompt (what ``cache_control`` on the system block caches)
as ``cache_creation_input_tokens`` on the process's first call and ``cache_read_input_tokens``
after, the messages as ``input_tokens``, the answer as ``output_tokens`` - each counted at four
bytes a token (``prompt.estimate_tokens``; no tokenizer offline), with an answer of a typical
length (about 120 words, cited). Target: <= $0.002 a turn on the small model.

Writes the "Chat" section of bench/RESULTS.md (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

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

    answer = [
        "Mira built ledgerline, ",
        "an append-only log in Rust that keeps every write durable before it acknowledges it [1]. "
        "She started it to learn how storage engines recover after a crash, and it now backs the "
        "audit trail of a payments service at her current employer, where it replaced a Kafka topic "
        "that lost events during failovers [2]. The project has a write-ahead log, segment "
        "compaction and a small query tool; its README walks through the recovery design, and a "
        "post on her blog explains the trade-offs between fsync on every write and group commit, "
        "with the benchmarks she ran on a laptop and on cloud disks [3].",
    ]
    calls: list[dict[str, int]] = []

    def model(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        cached = prompt.estimate_tokens(json.dumps([body.get("tools", []), body["system"]]))
        usage = {
            "input_tokens": prompt.estimate_tokens(json.dumps(body["messages"])),
            "output_tokens": prompt.estimate_tokens("".join(answer)),
            "cache_write": cached if not calls else 0,  # the process's first call writes the prefix
            "cache_read": cached if calls else 0,
        }
        calls.append(usage)
        stream = text_stream(answer, model=body["model"], **usage)
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
    lines += [
        "",
        f"Cost of a turn with a warm cache ({small_model}: ${price.input:.2f} in, "
        f"${price.output:.2f} out, ${price.cache_read:.2f} cache read, ${price.cache_write:.2f} cache write "
        f"per million tokens, `heyfolio.llm.pricing`), from `done.cost_usd` of the {len(small)} runs above; "
        f"every one of the {len(built.passages)} passages in the cached prefix "
        f"(`HEYFOLIO_PREFIX_TOKENS` = {prompt.prefix_budget()}). A warm call: {warm['cache_read']} cached "
        f"tokens read, {warm['input_tokens']} uncached input, {warm['output_tokens']} output (four bytes a "
        "token; answers of about 120 words).",
        "",
        "| measure | p50 USD | p95 USD | target p95 | ok |",
        "| --- | ---: | ---: | ---: | --- |",
        f"| cost of a turn, warm cache, small model | {statistics.median(costs):.5f} | "
        f"{_percentile(costs, 95):.5f} | 0.00200 | {'yes' if cost_ok else 'NO'} |",
        f"| of which the cached prefix (read) | {warm['cache_read'] * price.cache_read / 1e6:.5f} | | | |",
        f"| of which the answer (output) | {warm['output_tokens'] * price.output / 1e6:.5f} | | | |",
    ]
    from bench.results import machine_line, update_section

    body = "\n".join([machine_line(), "", *lines])
    print(body)
    if not args.no_write:
        update_section("Chat", body)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
