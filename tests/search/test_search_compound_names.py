"""Compound technology names (``compounds``): a question naming the thing finds the compound that is
that thing ("spark" -> "PySpark"), and the other way round; a part of any other compound counts
only in part ("java" is not "JavaScript")."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.compounds import PART_PREFIX, binding_split, bound_head, camel_pieces, dotted_js
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze, normalize_token, parse_query


def _chunk(ident: str, text: str, kind: str = "work") -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=ident.title(), text=text)


@pytest.fixture
def stack() -> SearchIndex:
    """A data engineer's passages, each naming one technology in one of its compound spellings."""
    return SearchIndex.build(
        [
            _chunk("fraud", "Rewrote the fraud feature job in PySpark on Dataproc."),
            _chunk("orders", "Moved the order tables to MySQL with read replicas."),
            _chunk("site", "Rebuilt the marketing site with NextJS and a headless CMS."),
            _chunk("routes", "Drew delivery routes on GoogleMaps for the dispatch desk."),
            _chunk("dashboard", "Wrote the dashboard in JavaScript with charts for the ops team."),
            _chunk("cluster", "Ran Spark jobs on a shared cluster."),
            _chunk("broker", "Ran Kafka for the event bus and its consumers."),
        ]
    )


def _ids(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, weak=True)]


def test_camel_pieces_split_compounds_of_words_only() -> None:
    assert camel_pieces("PySpark") == ["Py", "Spark"]
    assert camel_pieces("PostgreSQL") == ["Postgre", "SQL"]
    assert camel_pieces("GoogleMaps") == ["Google", "Maps"]
    # one piece, a one-letter mark, digits: not a compound
    assert camel_pieces("Kafka") == camel_pieces("SQL") == camel_pieces("iOS") == camel_pieces("eBay") == []
    assert camel_pieces("GPT4") == camel_pieces("pyspark") == []


def test_a_binding_prefix_makes_the_head_the_thing() -> None:
    assert bound_head(["Py", "Spark"]) == "spark"
    assert bound_head(["My", "SQL"]) == "sql"
    assert bound_head(["Rx", "Java"]) == "java"
    assert bound_head(["Java", "Script"]) is None  # no binding prefix: JavaScript is not Java
    assert bound_head(["Py", "PI"]) is None  # a two-letter head is too ambiguous
    assert binding_split("pyspark") == ("py", "spark")
    assert binding_split("kafka") is None


def test_js_run_on_is_the_dotted_name() -> None:
    assert dotted_js("nextjs") == "next.js"
    assert dotted_js("objs") is None and dotted_js("kafka") is None
    assert normalize_token("nextjs") == normalize_token("next.js")
    assert normalize_token("nodejs") == normalize_token("node.js")  # the alias still wins


def test_analysis_adds_the_head_and_in_the_index_the_parts() -> None:
    assert normalize_token("spark") in analyze("Rewrote it in PySpark")
    terms = analyze("Routes on GoogleMaps in JavaScript")
    assert normalize_token("google") not in terms and normalize_token("java") not in terms
    assert not any(t.startswith(PART_PREFIX) for t in terms)  # parts are the search index's only
    parts = analyze("Routes on GoogleMaps in JavaScript", parts=True)
    assert PART_PREFIX + normalize_token("google") in parts and PART_PREFIX + normalize_token("java") in parts
    assert normalize_token("next") in analyze("Built with NextJS")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("spark", "fraud"),  # the thing -> the compound bound to a language
        ("Does she know SQL?", "orders"),
        ("next", "site"),  # the thing -> the dotted name written run on
        ("Has she used Next.js?", "site"),
        ("nextjs", "site"),
    ],
)
def test_a_question_naming_the_thing_finds_the_compound(
    stack: SearchIndex, question: str, passage: str
) -> None:
    hits = stack.search(question)
    assert passage in [h.chunk.id for h in hits], [h.chunk.id for h in hits]


def test_a_question_naming_the_compound_finds_the_thing() -> None:
    index = SearchIndex.build(
        [_chunk("cluster", "Ran Spark jobs on a shared cluster."), _chunk("other", "Ran Kafka.")]
    )
    (group,) = parse_query("pyspark", index._postings.__contains__)
    assert group.word == normalize_token("spark")
    assert index.search("Has she used pyspark?")[0].chunk.id == "cluster"


def test_a_part_of_another_compound_is_never_an_answer(stack: SearchIndex) -> None:
    # "Java" is not "JavaScript" and "Google" is not "GoogleMaps": at most the closest, never answers
    for question in ("Does she know Java?", "Has she worked at Google?", "java"):
        assert stack.search(question) == []
        assert all(h.weak for h in stack.search(question, weak=True))


def test_the_part_counts_less_than_the_word_where_both_are_written() -> None:
    index = SearchIndex.build(
        [_chunk("maps", "Drew routes on GoogleMaps."), _chunk("google", "Worked at Google on search.")]
    )
    hits = index.search("Google")
    assert [h.chunk.id for h in hits][:1] == ["google"]
    assert [h.chunk.id for h in hits] == ["google"] or hits[1].score < hits[0].score


def test_the_maker_opening_a_technology_name_is_not_the_technology() -> None:
    index = SearchIndex.build(
        [
            _chunk(
                "cert", "AWS Certified Solutions Architect, issued by Amazon Web Services.", "certificate"
            ),
            _chunk("gcp", "Moved the batch jobs to Google Cloud Platform.", "work"),
            _chunk("kafka", "Ran Kafka for the event bus.", "work"),
            _chunk("queue", "Sources are plugins: RabbitMQ, Amazon SQS and Apache Kafka.", "project"),
        ]
    )
    assert normalize_token("amazon") in analyze("Amazon Web Services")  # outside the index, a word
    assert normalize_token("amazon") not in analyze("Amazon Web Services", parts=True)
    assert normalize_token("amazon") not in analyze("Queues on Amazon SQS", parts=True)
    assert normalize_token("python") in analyze("Python Django", parts=True)  # a technology is no maker
    assert normalize_token("learning") in analyze("Learning Rust", parts=True)  # a title's first word
    # only a technology follows a maker: "Pioneer" of an award's name is a word
    assert normalize_token("pioneer") in analyze("The Digital Compression Pioneer Award", parts=True)
    assert index.search("Has she worked at Amazon?") == []
    assert index.search("Has she worked at Google?") == []
    assert [h.chunk.id for h in index.search("Does she know Amazon Web Services?")][:1] == ["cert"]
    assert [h.chunk.id for h in index.search("Has she used Google Cloud?")][:1] == ["gcp"]
    assert [h.chunk.id for h in index.search("Has she used SQS?")][:1] == ["queue"]


@pytest.mark.parametrize(
    ("text", "makers"),
    [
        ("Amazon SQS queues the jobs.", set()),  # the text's first word opens a sentence
        ("   Amazon SQS queues the jobs.", set()),  # so does one after nothing but spaces
        ("She ran Amazon SQS at work.", {2}),
        ("She shipped it. Amazon SQS queued it.", set()),  # after a sentence's end
        ("She shipped it (Amazon SQS) daily.", set()),
        ("She shipped it;   Amazon SQS queued it.", set()),  # spaces between the stop and the word
        ("She shipped it with  Amazon SQS.", {4}),
        ("She ran Amazon  SQS at work.", set()),  # two spaces: not one name
    ],
)
def test_a_maker_is_a_capitalised_word_inside_a_sentence_right_before_a_technology(
    text: str, makers: set[int]
) -> None:
    from heyfolio.search.text import _makers

    assert _makers(text) == makers
