"""A loose count (a thing whose other words the vocabulary does not know: "Debezium connectors") is
answered by a figure of a passage about the question only when that sentence counts the thing in other
words (the embedding model tells: "300 Debian servers" of "machines"); "two small businesses" of the
same job is no count of connectors. A sentence naming the thing answers as before. The owner and
texts are made up for these tests."""

from __future__ import annotations

from heyfolio.chat.counting import count_evidence, read_count, states_count
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex

JOB = Chunk(
    id="profile#work/0",
    uri="portfolio://profile#work/0",
    kind="work",
    title="Data Engineer at Kettle Works",
    text="Data Engineer at Kettle Works\n- Weekend contracts for two small businesses.\n- Looked after 300 Debian servers.",
)
NAMING = Chunk(
    id="profile#work/1",
    uri="portfolio://profile#work/1",
    kind="work",
    title="Data Engineer at Kettle Works",
    text="Data Engineer at Kettle Works\n- Set up 4 Debezium connectors for the ledger.",
)


def test_a_figure_about_the_question_answers_only_when_it_counts_the_thing() -> None:
    count = read_count("How many Debezium connectors did she set up at Kettle Works?")
    assert count is not None and count.loose
    assert count_evidence(count, [JOB])  # without a judge of other words, any figure about it
    assert not count_evidence(count, [JOB], lambda sentence: False)
    assert not states_count(count, [JOB], lambda sentence: False)
    servers = count_evidence(count, [JOB], lambda sentence: "servers" in sentence)
    assert [c.sentence for c in servers] == ["Looked after 300 Debian servers."]
    # a sentence naming the thing answers whatever the judge says
    assert [c.sentence for c in count_evidence(count, [NAMING], lambda sentence: False)] == [
        "Set up 4 Debezium connectors for the ledger."
    ]


def test_no_embedding_model_tells_no_other_words() -> None:
    assert SearchIndex.build([JOB]).counts_alike("How many connectors did she set up?") is None
