"""The page's hand-written Markdown renderer against a CommonMark parser, on every file in content/.

``web/static/dom.js`` parses Markdown to a small tree (``parseMarkdown``) and builds DOM nodes
from it by hand (no HTML parsing). This runs that parser in Node on the body of every Markdown
file in ``content/`` (and on cases the content uses: a bullet wrapping onto a second line,
nested lists, code spans and blocks, links, emphasis) and compares its tree with what
markdown-it-py (CommonMark) says the same text means: block structure, list nesting and
order, and inline code, links and emphasis - text included.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOM_JS = ROOT / "web" / "static" / "dom.js"
CONTENT = ROOT / "content"

CASES = {
    "wrapped bullet": "- **Parsing.** Files are streamed into a worker that parses\n  incrementally and packs spans.\n- Second.\n\nAfter.",
    "lazy continuation": "- first item\nstill the first item\n- second",
    "nested lists": "- outer\n  - inner one\n  - inner two\n    wrapped\n- outer two\n\n1. one\n2. two\n   - nested under two",
    "loose list": "- a\n\n- b\n\n  more of b",
    "code block and spans": "Use `jq` and ``a ` tick``.\n\n```python\nprint('x')\n\n    indented\n```\n\nAfter.",
    "links and emphasis": "See [the *docs*](https://example.com/docs) and **bold `code`** or *it* _under_ snake_case.",
    "headings": "# One\n\n## Two ##\nText right after.\n### Three",
    "ordered start": "3. three\n4. four\n\nText.",
    "quote": "> quoted\n> more\n\nplain",
}


def _markdown_files() -> list[Path]:
    return sorted(CONTENT.rglob("*.md"))


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        from heyfolio.content.frontmatter import read_front_matter

        _, body, _ = read_front_matter(text, path.name)
        return body
    return text


# -- what CommonMark says -------------------------------------------------------------------------


def _inline(tokens: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack: list[list[dict[str, Any]]] = [out]

    def text(t: str) -> None:
        top = stack[-1]
        if top and top[-1]["type"] == "text":
            top[-1]["text"] += t
        elif t:
            top.append({"type": "text", "text": t})

    for token in tokens:
        if token.type == "text":
            text(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            text(" ")
        elif token.type == "code_inline":
            stack[-1].append({"type": "code", "text": token.content})
        elif token.type in ("strong_open", "em_open", "link_open"):
            node: dict[str, Any] = {"type": token.type[: -len("_open")], "children": []}
            if token.type == "link_open":
                node["href"] = token.attrs["href"]
            stack[-1].append(node)
            stack.append(node["children"])
        elif token.type in ("strong_close", "em_close", "link_close"):
            stack.pop()
        else:
            text(token.content)  # html_inline, images: shown as text by the page
    return out


def commonmark_tree(source: str) -> list[dict[str, Any]]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    root: list[dict[str, Any]] = []
    stack: list[Any] = [root]
    for token in tokens:
        top = stack[-1]
        kind = token.type
        if kind == "paragraph_open":
            pass
        elif kind == "inline":
            if isinstance(top, dict) and top.get("type") == "heading":
                top["children"] = _inline(token.children or [])
            else:
                (top if isinstance(top, list) else top["children"]).append(
                    {"type": "paragraph", "children": _inline(token.children or [])}
                )
        elif kind == "heading_open":
            node = {"type": "heading", "level": int(token.tag[1]), "children": []}
            top.append(node)
            stack.append(node)
        elif kind == "heading_close":
            stack.pop()
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1)) if kind == "ordered_list_open" else 1
            node = {"type": "list", "ordered": kind == "ordered_list_open", "start": start, "items": []}
            top.append(node)
            stack.append(node)
        elif kind == "list_item_open":
            item: list[dict[str, Any]] = []
            top["items"].append({"children": item})
            stack.append(item)
        elif kind in ("bullet_list_close", "ordered_list_close", "list_item_close", "blockquote_close"):
            stack.pop()
        elif kind in ("fence", "code_block"):
            top.append({"type": "code", "text": token.content.rstrip("\n")})
        elif kind == "blockquote_open":
            children: list[dict[str, Any]] = []
            top.append({"type": "quote", "children": children})
            stack.append(children)
        elif kind == "hr":
            top.append({"type": "rule"})
    return root


# -- what the page's parser says ------------------------------------------------------------------


def page_trees(sources: list[str]) -> list[list[dict[str, Any]]]:
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            "node is needed for the Markdown renderer test (tests/install_system_deps.sh installs it)"
        )
    script = (
        f"import {{ parseMarkdown }} from {json.dumps(DOM_JS.as_uri())};"
        "let input = ''; process.stdin.on('data', (d) => (input += d));"
        "process.stdin.on('end', () => process.stdout.write("
        "JSON.stringify(JSON.parse(input).map((s) => parseMarkdown(s)))));"
    )
    done = subprocess.run(
        [node, "--input-type=module", "-e", script],
        input=json.dumps(sources),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def normalise(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop what only one side records (tight/loose, a code block's language); squeeze spaces."""
    out = []
    for block in blocks:
        block = {k: v for k, v in block.items() if k not in ("loose", "lang")}
        if block["type"] == "list":
            block["items"] = [{"children": normalise(i["children"])} for i in block["items"]]
        elif block["type"] == "quote":
            block["children"] = normalise(block["children"])
        elif "children" in block:
            block["children"] = _squeeze(block["children"])
        out.append(block)
    return out


def _squeeze(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for node in nodes:
        node = dict(node)
        if node["type"] == "text":
            node["text"] = " ".join(node["text"].split(" "))
        if "children" in node:
            node["children"] = _squeeze(node["children"])
        out.append(node)
    if out and out[-1]["type"] == "text":
        out[-1]["text"] = out[-1]["text"].rstrip()
    return out


def test_every_content_file_is_covered() -> None:
    files = _markdown_files()
    assert (
        len(files) >= 10
        and any("projects" in str(f) for f in files)
        and any("posts" in str(f) for f in files)
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_constructs_the_content_uses_render_as_commonmark_says(name: str) -> None:
    (tree,) = page_trees([CASES[name]])
    assert normalise(tree) == normalise(commonmark_tree(CASES[name]))


def test_a_wrapped_bullet_stays_one_list_item() -> None:
    """The reported bug: the second line of a bullet became a stray paragraph after the list."""
    (tree,) = page_trees([CASES["wrapped bullet"]])
    assert [b["type"] for b in tree] == ["list", "paragraph"]
    first = tree[0]["items"][0]["children"]
    assert len(first) == 1 and first[0]["children"][-1]["text"].endswith("packs spans.")


def test_every_markdown_file_in_content_renders_as_commonmark_says() -> None:
    files = _markdown_files()
    trees = page_trees([_body(f) for f in files])
    for path, tree in zip(files, trees, strict=True):
        expected = normalise(commonmark_tree(_body(path)))
        got = normalise(tree)
        for index, (mine, theirs) in enumerate(zip(got, expected, strict=False)):
            assert mine == theirs, f"{path.relative_to(ROOT)}: block {index} differs"
        assert len(got) == len(expected), (
            f"{path.relative_to(ROOT)}: {len(got)} blocks, CommonMark has {len(expected)}"
        )
