"""Markdown flattening, GitHub anchors and ## sections."""

from __future__ import annotations

from heyfolio.search.markdown import github_anchor, split_sections, strip_markdown


def test_strip_markdown_keeps_words_and_drops_syntax() -> None:
    md = (
        "# Title\n\nSome **bold**, _italic_ and `code` with a [link](https://x.example) and "
        "![alt text](img.png).\n\n- item one\n1. item two\n> quoted\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
        "\n---\n\n<b>html</b> <https://auto.example>\n[ref]: https://ref.example\n"
    )
    assert strip_markdown(md) == (
        "Title\nSome bold, italic and code with a link and alt text.\nitem one\nitem two\nquoted\n"
        "a · b\n1 · 2\nhtml https://auto.example"
    )


def test_code_fences_keep_code_without_fence_lines() -> None:
    assert strip_markdown("Before\n```python\nx = 1  # *not emphasis*\n```\nAfter") == (
        "Before\nx = 1  # *not emphasis*\nAfter"
    )


def test_identifiers_with_underscores_survive() -> None:
    assert strip_markdown("use io_uring and snake_case_names") == "use io_uring and snake_case_names"


def test_github_anchor_matches_githubs_rules() -> None:
    assert github_anchor("What I learned") == "what-i-learned"
    assert github_anchor("1. Split by time, or you are lying!") == "1-split-by-time-or-you-are-lying"
    assert github_anchor("The `fsync` problem") == "the-fsync-problem"
    assert github_anchor("Überblick & Ziele") == "überblick--ziele"
    used: dict[str, int] = {}
    assert [github_anchor("Results", used) for _ in range(3)] == ["results", "results-1", "results-2"]


def test_split_sections_at_h2_only_and_not_inside_fences() -> None:
    body = "Intro\n\n## One\ntext\n### Deeper\nmore\n```\n## not a heading\n```\n## Two\nend"
    preamble, sections = split_sections(body)
    assert preamble == "Intro"
    assert [(s.heading, s.anchor) for s in sections] == [("One", "one"), ("Two", "two")]
    assert "### Deeper" in sections[0].body and "## not a heading" in sections[0].body


def test_split_sections_counts_every_heading_for_repeat_suffixes() -> None:
    _, sections = split_sections("### Notes\nx\n## Notes\ny")
    assert sections[0].anchor == "notes-1"


def test_a_wrapped_paragraph_or_list_item_is_one_line() -> None:
    md = "I started the project on\nevenings in November 2020.\n\n- a list item that\n  wraps\n- next item\n## Heading\ntext"
    assert strip_markdown(md) == (
        "I started the project on evenings in November 2020.\na list item that wraps\nnext item\nHeading\ntext"
    )
