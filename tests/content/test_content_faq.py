"""faq.yaml: screening facts, links and extra entries."""

from __future__ import annotations

import pytest
from content_helpers import VALID_FAQ

from heyfolio.content.faq import FAQ_KEYS, entry_key, parse_faq, parse_faq_text
from heyfolio.content.model import Faq, FaqEntry, Profile


def test_valid_faq_is_typed() -> None:
    faq, problems = parse_faq_text(VALID_FAQ, "faq.yaml")
    assert problems == []
    assert faq == Faq(
        availability="From March 2027",
        location="Lisbon, Portugal",
        remote="Remote or hybrid",
        work_authorization="EU citizen",
        notice_period="One month",
        links=(Profile(network="GitHub", username="ada", url="https://github.com/ada"),),
        entries=(
            FaqEntry(key="do_you_mentor", question="Do you mentor?", answer="Yes, two engineers a year."),
        ),
    )


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_empty_faq_is_empty(text: str) -> None:
    assert parse_faq_text(text, "faq.yaml") == (Faq(), [])


def test_many_faq_problems_at_once() -> None:
    text = """availability: 2027
remote: yes
notice: 1 month
links:
  - network: GitHub
    url: not a url
  - username: ada
  - just-a-string
entries:
  - question: Visa?
    answer: No sponsorship needed.
    key: Visa Sponsorship
  - question: Do you mentor?
  - answer: orphan answer
  - question: Do you mentor?
    answer: Yes, gladly.
  - key: do_you_mentor
    question: Again?
    answer: Dup
  - key: availability
    question: When?
    answer: Now
"""
    faq, problems = parse_faq_text(text, "faq.yaml")
    assert faq is None
    got = [(p.path, p.expected, p.found) for p in problems]
    assert got == [
        ("$.notice", "a known key", "unknown key `notice`"),
        ("$.availability", "a string", "the number 2027"),
        ("$.remote", "a string", "true"),
        ("$.links[0].url", "a URL such as https://example.com", '"not a url"'),
        ("$.links[1].network", "a non-empty string", "nothing (the key is missing)"),
        ("$.links[1].url", "a non-empty string", "nothing (the key is missing)"),
        ("$.links[2]", "a mapping", '"just-a-string"'),
        ("$.entries[0].key", "a key of lowercase letters, digits, _ and -", '"Visa Sponsorship"'),
        ("$.entries[1].answer", "a non-empty string", "nothing (the key is missing)"),
        ("$.entries[2].question", "a non-empty string", "nothing (the key is missing)"),
        ("$.entries[4].key", "a key used once", "`do_you_mentor`, already used at $.entries[3]"),
    ]
    hints = {p.path: p.hint for p in problems}
    assert "quote" in hints["$.remote"] and "quote" in hints["$.availability"]
    assert "did you mean `notice_period`?" in hints["$.notice"]
    assert all(k in hints["$.notice"] for k in FAQ_KEYS)


def test_yes_answer_is_caught_with_a_quoting_hint() -> None:
    _, problems = parse_faq_text("entries:\n  - question: Remote?\n    answer: yes\n", "faq.yaml")
    assert [(p.path, p.found) for p in problems] == [("$.entries[0].answer", "true")]
    assert "quote" in problems[0].hint


def test_entry_key_may_not_shadow_a_fact_that_is_set() -> None:
    text = "availability: now\nentries:\n  - key: availability\n    question: When?\n    answer: Now\n"
    _, problems = parse_faq_text(text, "faq.yaml")
    assert [(p.path, p.found) for p in problems] == [
        ("$.entries[0].key", "`availability`, already used at $.availability")
    ]


def test_unknown_keys_inside_links_and_entries() -> None:
    text = "links:\n  - network: X\n    url: https://x.example\n    user: me\nentries:\n  - question: Q\n    answr: A\n"
    _, problems = parse_faq_text(text, "faq.yaml")
    assert [p.path for p in problems] == ["$.links[0].user", "$.entries[0].answr", "$.entries[0].answer"]
    assert "did you mean `username`?" in problems[0].hint
    assert "did you mean `answer`?" in problems[1].hint


@pytest.mark.parametrize("data", [["a"], "text", 5])
def test_faq_must_be_a_mapping(data: object) -> None:
    faq, problems = parse_faq(data, "faq.yaml")
    assert faq is None and [p.path for p in problems] == ["$"]


def test_faq_syntax_error_has_line() -> None:
    faq, problems = parse_faq_text("availability: now\nlinks:\n  - network: [unclosed\n", "faq.yaml")
    assert faq is None
    assert len(problems) == 1 and problems[0].line is not None and problems[0].line >= 3
    assert problems[0].expected == "valid YAML"


def test_entry_key_from_question() -> None:
    assert entry_key("Do you sponsor visas?") == "do_you_sponsor_visas"
    assert entry_key("???") == "entry"
    assert len(entry_key("word " * 40)) <= 60
