"""Online chat with the whole portfolio in the cached prefix (the default when it fits the budget).

The Messages API is faked at the HTTP boundary (the real SDK parses the streams). What is pinned:
the prefix is on by default for the example owner and off over the budget; an answer's ``[n]``
resolves to the prefix's passage n, whose ``portfolio://`` id ``resources/read`` opens, and tool
citations share the same numbering; the passages ride on top of each call's input allowance and
are reserved at cache prices; spend caps still hold; a stream failing mid-answer is still paid.
"""

from __future__ import annotations

import json
import re

import httpx2
import pytest
from starlette.testclient import TestClient

from heyfolio.chat import online, prompt, spend
from heyfolio.chat.asgi import create_app
from heyfolio.chat.engine import Chat
from heyfolio.chat.request import Limits
from heyfolio.chat.sources import Sources
from heyfolio.limits.budget import BudgetGuard, MemoryBudgetStore
from heyfolio.published import get_published
from mcp_handlers.resources import read
from tests.chat.anthropic_fake import FakeAnthropic, midstream_error, text_stream, tool_stream, untimed
from tests.chat.conftest import one, post, text_of

HAIKU_TURN_MAX = 5 * (32_000 * 1.25 + 1024 * 5.00) / 1e6
WHY = "portfolio://projects/ledgerline#why"


class _Quiet:
    def __call__(self, subject: str, message: str) -> None:  # the owner alert: not under test here
        pass


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


def _guard(daily: float) -> BudgetGuard:
    return BudgetGuard(MemoryBudgetStore(), daily_usd=daily, monthly_usd=100.0, notify=_Quiet())


def _client(fake: FakeAnthropic, guard: BudgetGuard | None = None, **kwargs: object) -> TestClient:
    kwargs.setdefault("limits", untimed())
    chat = Chat(model_client=fake.client(), budget=guard or _guard(50.0), **kwargs)  # type: ignore[arg-type]
    return TestClient(create_app(chat))


def _blocks(system: str) -> dict[int, str]:
    """The prefix's passages by handle: ``[n]`` at the start of a line opens passage n."""
    inside = system.split("<portfolio_passages>\n", 1)[1].split("\n</portfolio_passages>", 1)[0]
    parts = re.split(r"^\[(\d+)\]", inside, flags=re.MULTILINE)
    return {int(n): body for n, body in zip(parts[1::2], parts[2::2], strict=True)}


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _number_of(uri: str) -> int:
    passages = prompt.prefix(get_published().portfolio).passages
    return [c.uri for c in passages].index(uri) + 1


def test_the_example_portfolio_fits_the_default_budget(prefix_stack: None) -> None:
    published = get_published()
    built = prompt.prefix(published.portfolio)
    assert prompt.prefix_budget() == prompt.PREFIX_TOKEN_BUDGET
    assert built.passages and built.allowance > 0
    text = built.blocks[0]["text"]
    assert built.blocks[0]["cache_control"] == {"type": "ephemeral"}
    blocks = _blocks(text)
    assert sorted(blocks) == list(range(1, len(built.passages) + 1)), "one handle per passage, in order"
    assert [c.uri for c in built.passages] == [c.uri for c in published.index.chunks], "every passage"
    assert "portfolio://" not in text, "the long citation ids stay on the server"
    assert WHY in [c.uri for c in built.passages]
    # The allowance bounds what the passages add to a call (bytes >= tokens), so it is at least the
    # difference between the prompt with them and without them.
    without = prompt._system_blocks(published.portfolio, None)
    assert built.allowance >= len(text.encode()) - len(without[0]["text"].encode())


def test_over_the_budget_the_chat_uses_the_tools(
    prefix_stack: None, fake: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYFOLIO_PREFIX_TOKENS", "2000")
    built = prompt.prefix(get_published().portfolio)
    assert built.passages == () and built.allowance == 0
    fake.queue(text_stream(["She is in Rotterdam."]))
    with _client(fake) as client:
        post(client, "Where is Mira based?")
    system = fake.requests[0]["system"][0]["text"]
    assert "<portfolio_passages>" not in system and "Use search_portfolio" in system
    monkeypatch.setenv("HEYFOLIO_PREFIX_TOKENS", "0")
    assert prompt.prefix(get_published().portfolio).passages == (), "0 turns the prefix off"


def test_an_answer_from_the_prefix_cites_passages_that_resources_read_opens(
    prefix_stack: None, fake: FakeAnthropic
) -> None:
    n = _number_of(WHY)
    fake.queue(text_stream([f"She wrote ledgerline to learn how logs stay durable [{n}]."]))
    with _client(fake) as client:
        _, events = post(client, "Why did she build ledgerline?")
    system = fake.requests[0]["system"][0]["text"]
    assert "<portfolio_passages>" in system and f"\n[{n}]" in system and WHY not in system
    assert len(fake.requests) == 1, "answered from the prefix: no search round"
    citation = one(events, "citation")
    assert (citation["n"], citation["uri"]) == (n, WHY) and "ledgerline" in citation["title"].lower()
    opened = read(citation["uri"])["contents"][0]
    assert opened["uri"] == WHY and opened["text"]


def test_prefix_and_tool_citations_share_one_numbering_and_all_resolve(
    prefix_stack: None, fake: FakeAnthropic
) -> None:
    total = len(prompt.prefix(get_published().portfolio).passages)
    fake.queue(tool_stream([("get_project", {"slug": "ledgerline"})]))  # live figures: offered

    def second(request: httpx2.Request) -> httpx2.Response:
        """Cite what the search round returned (its numbers are only known now)."""
        body = json.loads(request.content)
        assert "search_portfolio" not in [t["name"] for t in body["tools"]], "the prefix serves the passages"
        result = body["messages"][-1]["content"][0]["content"]
        numbers = [int(m) for m in re.findall(r"^\[(\d+)\]", result, re.MULTILINE)]
        assert numbers and all(1 <= k <= total for k in numbers), "a passage keeps its prefix number"
        cites = "".join(f" [{k}]" for k in numbers[:2])
        stream = text_stream([f"ledgerline is her Rust log{cites}."])
        return httpx2.Response(200, content=stream, headers={"content-type": "text/event-stream"})

    fake.queue(second)
    with _client(fake) as client:
        _, events = post(client, "What did she build with Rust?")
    citations = [e.data for e in events if e.name == "citation"]
    assert citations, text_of(events)
    passages = prompt.prefix(get_published().portfolio).passages
    for c in citations:
        assert passages[c["n"] - 1].uri == c["uri"], "[n] is the prefix's passage n"
        assert read(c["uri"])["contents"][0]["uri"] == c["uri"]


def test_an_answer_without_markers_cites_nothing_from_the_prefix(
    prefix_stack: None, fake: FakeAnthropic
) -> None:
    fake.queue(text_stream(["Hello! Ask me about Mira's work."]))
    with _client(fake) as client:
        _, events = post(client, "hello")
    assert [e for e in events if e.name == "citation"] == [], "no passage is claimed that was not cited"


def test_the_prefix_rides_on_top_of_the_input_allowance(prefix_stack: None, fake: FakeAnthropic) -> None:
    cap = 14_000
    allowance = prompt.prefix(get_published().portfolio).allowance
    assert allowance > cap, "the passages alone would not fit the per-call allowance"
    long_answer = ["Mira has worked on storage systems and data pipelines for years. " * 40]
    with _client(fake, limits=untimed(max_input_tokens=cap)) as client:
        session = None
        for i in range(4):
            fake.queue(text_stream(long_answer))
            _, events = post(client, f"Question {i} about her storage work?", session)
            session = one(events, "session")["session_id"]
        fake.queue(
            tool_stream([("get_project", {"slug": "ledgerline"})]),
            text_stream(["ledgerline is her log."]),
        )
        _, events = post(client, "Tell me about ledgerline?", session)
    assert one(events, "done")["offline"] is False
    for request in fake.requests:
        assert "<portfolio_passages>" in request["system"][0]["text"]
        sent = spend.input_bound(request["system"], request["tools"], request["messages"])
        assert sent <= cap + allowance, "everything but the passages stays inside the cap"
    assert "Question 0" not in str(fake.requests[-1]["messages"]), "oldest turns dropped"


def test_the_passages_are_reserved_at_cache_prices_and_settled_at_the_real_cost(
    prefix_stack: None, fake: FakeAnthropic
) -> None:
    allowance = prompt.prefix(get_published().portfolio).allowance
    expected = HAIKU_TURN_MAX + allowance * (1.25 + 4 * 0.10) / 1e6
    assert spend.max_turn_cost("claude-haiku-4-5", Limits(), allowance) == pytest.approx(expected)
    assert spend.max_turn_cost("claude-haiku-4-5", Limits(max_tool_steps=0), allowance) == pytest.approx(
        HAIKU_TURN_MAX / 5 + allowance * 1.25 / 1e6
    ), "one call: the passages may be written, at the cache-write price"
    guard = _guard(5.0)
    seen: list[float] = []

    def reply(request: httpx2.Request) -> httpx2.Response:
        seen.append(guard.spent().day_usd)
        body = text_stream(["In Rotterdam."], input_tokens=60, output_tokens=20, cache_read=16_000)
        return httpx2.Response(200, content=body, headers={"content-type": "text/event-stream"})

    fake.queue(reply)
    with _client(fake, guard) as client:
        _, events = post(client, "Where is Mira based?")
    assert seen == [pytest.approx(expected, abs=1e-6)], "the passages are part of the turn's reservation"
    done = one(events, "done")
    warm = (60 * 1.00 + 20 * 5.00 + 16_000 * 0.10) / 1e6  # the cached prefix at the cache-read price
    assert done["cost_usd"] == pytest.approx(warm) and done["input_tokens"] == 16_060
    assert guard.spent().day_usd == pytest.approx(warm, abs=1e-6)


def test_the_daily_cap_counts_the_passages(prefix_stack: None, fake: FakeAnthropic) -> None:
    """A cap that admits a tools-path turn but not a prefix turn answers offline: nothing is sent."""
    guard = _guard(HAIKU_TURN_MAX + 0.0001)
    with _client(fake, guard) as client:
        _, events = post(client, "Where is Mira based?")
    assert fake.requests == [] and one(events, "done")["offline"] is True
    assert guard.spent().day_usd == 0.0


def test_a_stream_failing_mid_answer_still_pays_for_the_prefix_it_wrote(
    prefix_stack: None, fake: FakeAnthropic
) -> None:
    guard = _guard(5.0)
    fake.queue(midstream_error(["She built "], cache_write=15_000))
    with _client(fake, guard) as client:
        _, events = post(client, "What did she build with Rust?")
    assert one(events, "error")["code"] == "overloaded"
    paid = (40 * 1.00 + 1 * 5.00 + 15_000 * 1.25) / 1e6  # the cache write is billed though it failed
    assert guard.spent().day_usd == pytest.approx(paid, abs=1e-6)


def test_every_passage_says_all_of_its_text_under_its_handle_once(prefix_stack: None) -> None:
    """Nothing is lost by the compact form: every line of every passage is in the prefix, under
    its own handle or (said once) under an earlier one; its title is there too (whole, as its
    section's heading after its page, or in words of its first line); no line is said twice."""
    built = prompt.prefix(get_published().portfolio)
    blocks = _blocks(built.blocks[0]["text"])
    for n, chunk in enumerate(built.passages, 1):
        block = _norm(blocks[n])
        earlier = _norm(" ".join(blocks[k] for k in range(1, n)))
        lines = [line for line in chunk.text.split("\n") if line.strip()]
        for line in lines[1:] if lines[0] == chunk.title else lines:
            assert _norm(line) in block or _norm(line) in earlier, (chunk.uri, line)
        heading = chunk.title.split(" — ")[-1]
        assert _norm(heading) in block or set(_norm(chunk.title).split()) <= set(block.split()), chunk.uri
    said = [
        _norm(line)
        for body in blocks.values()
        for line in body.split("\n")
        if len(_norm(line)) >= 20 and not line.startswith(("Keywords:", "Tags:", "Topics:"))
    ]
    assert len(said) == len(set(said)), [s for s in said if said.count(s) > 1][:3]


def test_the_prefix_does_not_repeat_the_profile_summary(prefix_stack: None) -> None:
    """The résumé summary is a passage; the orientation summary of the tools path is left out."""
    portfolio = get_published().portfolio
    text = prompt.prefix(portfolio).blocks[0]["text"]
    summary = portfolio.resume.basics.summary
    assert summary and text.count(summary) == 1
    assert "Screening facts on file" not in text and "Work history:" not in text


def test_every_handle_maps_back_to_a_uri_that_resources_read_opens(prefix_stack: None) -> None:
    passages = prompt.prefix(get_published().portfolio).passages
    sources = Sources()
    sources.preload(passages)
    for n, chunk in enumerate(passages, 1):
        cited = sources.cited(f"A fact [{n}].")
        assert [(s.n, s.uri) for s in cited] == [(n, chunk.uri)]
        assert read(chunk.uri)["contents"][0]["uri"] == chunk.uri, chunk.uri


def test_a_handle_the_model_invents_is_not_a_citation(prefix_stack: None, fake: FakeAnthropic) -> None:
    """Neither a citation nor a marker in the text (streamed or stored), even split across pieces."""
    total = len(prompt.prefix(get_published().portfolio).passages)
    n = _number_of(WHY)
    pieces = ["She wrote ledgerline to learn about durable logs [", f"{n}, {total + 1}", "]. It has "]
    pieces += ["2,300 stars [", f"{total + 7}].", " See [0]."]
    fake.queue(text_stream(pieces))
    with _client(fake) as client:
        _, events = post(client, "Why did she build ledgerline?")
        session = one(events, "session")["session_id"]
        fake.queue(text_stream(["More?"]))
        post(client, "And then?", session)
    citations = [e.data for e in events if e.name == "citation"]
    assert [(c["n"], c["uri"]) for c in citations] == [(n, WHY)]
    shown = f"She wrote ledgerline to learn about durable logs [{n}]. It has 2,300 stars. See."
    assert text_of(events) == shown
    assert fake.requests[1]["messages"][1]["content"][0]["text"] == shown, "stored as shown"


def test_known_handles_hold_back_only_what_may_become_a_handle() -> None:
    sources = Sources()
    for k in range(3):
        sources.add(f"portfolio://faq#q{k}", f"Q{k}")
    handles = online.KnownHandles(sources)
    assert handles.feed("Rust [") == "Rust"
    assert handles.feed("2] and Go [4") == " [2] and Go"
    assert handles.feed("] in arrays[") == " in arrays"
    assert handles.feed("i] [A] [1,3] [1, 5]") == "[i] [A] [1,3] [1]"
    assert handles.feed(" end [") == " end"
    assert handles.flush() == " [", "not a handle after all: given back at the end of the call"


def _marks(request: dict) -> list[tuple[int, str]]:
    """Where the request's messages carry ``cache_control``: (message index, role)."""
    return [
        (i, m["role"])
        for i, m in enumerate(request["messages"])
        if isinstance(m["content"], list) and any("cache_control" in b for b in m["content"])
    ]


def test_the_conversation_is_cached_up_to_the_latest_reply(prefix_stack: None, fake: FakeAnthropic) -> None:
    """One rolling mark, on the last assistant message as sent: the next call reads the
    conversation up to there from the cache; the stored history is not changed by it."""
    with _client(fake) as client:
        fake.queue(text_stream(["ledgerline is her Rust log."]))
        _, events = post(client, "What did she build with Rust?")
        session = one(events, "session")["session_id"]
        fake.queue(text_stream(["She is based in Rotterdam."]))
        post(client, "Where is she based?", session)
        fake.queue(
            tool_stream([("get_project", {"slug": "ebbflow"})]),
            text_stream(["She ran Kubernetes at Tidewater."]),
        )
        post(client, "Has she run Kubernetes?", session)
    first, second, tool_round, after_tool = fake.requests
    assert _marks(first) == [], "nothing to cache before the first reply (the system block has its own)"
    assert _marks(second) == [(1, "assistant")]
    assert second["messages"][1]["content"] == [
        {"type": "text", "text": "ledgerline is her Rust log.", "cache_control": {"type": "ephemeral"}}
    ]
    assert isinstance(second["messages"][-1]["content"], str), "the new question is not marked"
    assert _marks(tool_round) == [(3, "assistant")], "only the latest reply: an older one loses its mark"
    assert _marks(after_tool) == [(5, "assistant")] and after_tool["messages"][5]["content"][-1]["type"] == (
        "tool_use"
    ), "a tool round's call is cached for the round after it"
    assert after_tool["messages"][3]["content"] == "She is based in Rotterdam."
    for request in fake.requests:
        marks = sum(1 for b in request["system"] if "cache_control" in b) + len(_marks(request))
        assert marks <= 4, "the API allows four marks"


def test_prefix_numbering_starts_afresh_each_turn(prefix_stack: None, fake: FakeAnthropic) -> None:
    """The prefix's numbered sources are made once; a turn's tool sources never leak into the next."""
    total = len(prompt.prefix(get_published().portfolio).passages)
    first, second = Sources(), Sources()
    first.preload(prompt.prefix(get_published().portfolio).passages)
    extra = first.add("portfolio://projects/not-in-the-prefix", "Elsewhere", "text")
    assert extra.n == total + 1 and len(first) == total + 1
    second.preload(prompt.prefix(get_published().portfolio).passages)
    assert len(second) == total and second.cited(f"[{total + 1}]") == []
    assert [s.n for s in second] == list(range(1, total + 1))


def test_tools_that_only_serve_passages_are_not_offered_with_the_prefix(
    prefix_stack: None, fake: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.queue(text_stream(["She is in Rotterdam [7]."]))
    with _client(fake) as client:
        post(client, "Where is Mira based?")
    offered = {t["name"] for t in fake.requests[0]["tools"]}
    assert offered.isdisjoint({"search_portfolio", "get_profile"})
    assert {"list_projects", "get_project", "match_role", "contact_owner", "remember"} <= offered
    monkeypatch.setenv("HEYFOLIO_PREFIX_TOKENS", "0")
    fake.queue(text_stream(["She is in Rotterdam."]))
    with _client(fake) as client:
        post(client, "Where is Mira based?")
    assert {"search_portfolio", "get_profile"} <= {t["name"] for t in fake.requests[1]["tools"]}, "tools path"
