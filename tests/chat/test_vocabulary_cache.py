"""The answerer's vocabulary is built once per set of passages, whatever list holds them."""

from __future__ import annotations

from heyfolio.chat.support import vocabulary
from heyfolio.search.chunks import Chunk


def _chunk(ident: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="skill", title=ident, text=text)


def test_a_new_list_of_the_same_passages_reuses_the_vocabulary() -> None:
    passages = [_chunk("profile#skills/0", "Zephyrmesh and Quillstack"), _chunk("profile#skills/1", "Tokio")]
    first = vocabulary(passages)
    assert vocabulary(list(passages)) is first  # filtered per question into a fresh list: same passages
    assert "zephyrmesh" in first.words


def test_other_passages_get_their_own_vocabulary() -> None:
    passages = [_chunk("profile#skills/0", "Zephyrmesh")]
    other = [_chunk("profile#skills/0", "Quillstack")]  # same id, another passage object and text
    assert vocabulary(passages) is not vocabulary(other)
    assert "quillstack" in vocabulary(other).words
    assert "quillstack" not in vocabulary(passages).words
