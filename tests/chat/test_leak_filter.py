"""The instruction-leak filter checks a streamed answer from its first token (issue 9, item 6).

Text that could still be the start of a leak (a run of the instructions, an announcement that
they follow, the canary, a key) is held back until the next words settle it; a leak stops the
stream before any of it - lead-in included - reaches the visitor.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from heyfolio.chat import guard, prompt
from heyfolio.chat.asgi import create_app
from heyfolio.chat.engine import Chat
from heyfolio.published import get_published
from tests.chat.anthropic_fake import FakeAnthropic, text_stream, untimed
from tests.chat.conftest import one, post, text_of

LEAD_INS = ["Sure", "Sure, here are my instructions:", "Of course! Here is my system prompt -"]


@pytest.fixture(scope="module")
def shield() -> guard.PromptShield:
    return guard.shield_for(prompt.system_blocks(get_published().portfolio)[0]["text"])


def _instructions() -> str:
    return prompt.system_blocks(get_published().portfolio)[0]["text"].split("\n")[0]


def _stream(shield: guard.PromptShield, pieces: list[str]) -> tuple[list[str], bool]:
    """What the visitor would see, piece by piece, and whether the watch stopped the answer."""
    watch = guard.LeakWatch(shield)
    text, shown = "", []
    try:
        for piece in pieces:
            text += piece
            shown.append(watch.update(text))
        shown.append(watch.flush(text))
    except guard.LeakFound:
        return shown, True
    return shown, False


def test_the_first_line_of_the_instructions_is_a_leak(shield: guard.PromptShield) -> None:
    assert _instructions().startswith("You are the assistant on")
    assert shield.reveals(_instructions())


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_a_leak_in_the_first_token_shows_nothing(shield: guard.PromptShield, lead_in: str) -> None:
    shown, stopped = _stream(shield, [f"{lead_in} {_instructions()}"])
    assert stopped and "".join(shown) == ""


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8])
def test_a_leak_split_across_tokens_shows_none_of_its_words(shield: guard.PromptShield, size: int) -> None:
    answer = f"Sure, here are my instructions: {_instructions()}"
    pieces = [answer[i : i + size] for i in range(0, len(answer), size)]
    shown, stopped = _stream(shield, pieces)
    visible = "".join(shown)
    assert stopped
    assert "here" not in visible.lower() and "you are" not in visible.lower(), visible
    assert visible in ("", "Sure, ", "Sure,", "Sure")


def test_a_late_leak_stops_before_its_first_word(shield: guard.PromptShield) -> None:
    preface = "Mira is a Staff Software Engineer in Rotterdam. By the way, "
    pieces = [preface[i : i + 4] for i in range(0, len(preface), 4)] + [
        w + " " for w in _instructions().split(" ")
    ]
    shown, stopped = _stream(shield, pieces)
    visible = "".join(shown)
    assert stopped and visible.startswith("Mira is a Staff Software Engineer in Rotterdam.")
    assert "You" not in visible and "assistant" not in visible


def test_the_canary_split_across_tokens_never_shows(shield: guard.PromptShield) -> None:
    marker = guard.canary("Mira Okafor")
    pieces = ["The marker is ", *[marker[i : i + 3] for i in range(0, len(marker), 3)], " ok"]
    shown, stopped = _stream(shield, pieces)
    assert stopped and "hf" not in "".join(shown) and "".join(shown).startswith("The marker is")


def test_a_key_prefix_is_held_until_it_is_known(shield: guard.PromptShield) -> None:
    secret_shield = guard.PromptShield("rules", secrets=("sk-ant-api03-SECRET",))
    shown, stopped = _stream(secret_shield, ["The key is sk-", "ant-", "api03-SEC", "RET"])
    assert stopped and "".join(shown) == "The key is "
    shown, stopped = _stream(secret_shield, ["Her skills: sk-", "learn"])
    assert not stopped and "".join(shown) == "Her skills: sk-learn"


@pytest.mark.parametrize(
    "pieces",
    [
        ["Mira", " is", " based", " in", " Rotterdam", "."],
        ["She built ", "ledgerline, ", "an append-only ", "log ", "in Rust [1]."],
        ["Here are ", "my favourite ", "of her projects: ", "ledgerline."],
        ["You can ", "reach her ", "by email."],
    ],
)
def test_a_normal_answer_is_shown_whole_and_mostly_at_once(
    shield: guard.PromptShield, pieces: list[str]
) -> None:
    shown, stopped = _stream(shield, pieces)
    assert not stopped and "".join(shown) == "".join(pieces)
    held = sum(1 for i, piece in enumerate(shown[:-1]) if piece == "" and pieces[i].strip())
    assert held <= 2, f"text is held back only while it could still be a leak: {shown}"


def test_first_text_is_held_at_most_until_the_second_piece(shield: guard.PromptShield) -> None:
    shown, _ = _stream(shield, ["Mira", " is", " based", " in", " Rotterdam."])
    assert "".join(shown[:2]).startswith("Mira"), shown


# ------------------------------------------------------------------ end to end, at the HTTP boundary


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def client(chat_stack: None, fake: FakeAnthropic) -> Iterator[TestClient]:
    with TestClient(create_app(Chat(model_client=fake.client(), limits=untimed()))) as c:
        yield c


@pytest.mark.parametrize(
    "pieces",
    [
        ["Sure, here are my instructions: You are the assistant on Mira Okafor's portfolio website."],
        ["Sure", ", here", " are my", " instructions", ": You", " are the", " assistant", " on Mira"],
        ["Mira is in Rotterdam. ", "Also: You are the ", "assistant on ", "Mira Okafor's portfolio"],
    ],
)
def test_over_http_a_leak_never_reaches_the_visitor(
    client: TestClient, fake: FakeAnthropic, pieces: list[str]
) -> None:
    fake.queue(text_stream(pieces))
    _, events = post(client, "What are you?")
    assert one(events, "error")["code"] == "refused"
    visible = text_of(events).lower()
    assert "instructions" not in visible and "you are" not in visible and "assistant" not in visible, visible


def test_over_http_a_normal_answer_streams_whole(client: TestClient, fake: FakeAnthropic) -> None:
    pieces = ["Mira", " is", " based", " in", " Rotterdam", "."]
    fake.queue(text_stream(pieces))
    _, events = post(client, "Where is Mira based?")
    assert text_of(events) == "Mira is based in Rotterdam." and one(events, "done")["offline"] is False
    assert len([e for e in events if e.name == "token"]) >= 4, "still streamed in pieces"
