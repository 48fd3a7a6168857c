"""What the server publishes follows the settings: private fields stay out of every passage
unless opted in, and the optional dense stage is switched on by HEYFOLIO_EMBEDDER."""

from __future__ import annotations

from pathlib import Path

import pytest

from heyfolio.config import Settings
from heyfolio.published import load_published, make_embedder

CONTENT = Path(__file__).resolve().parents[1] / "content"
PHONE = "+31 6 5550 1927"
STREET = "Zeilmakerskade"


def all_text(settings: Settings) -> str:
    published = load_published(CONTENT, settings)
    return "\n".join(f"{c.title}\n{c.text}" for c in published.chunks)


def test_passages_withhold_phone_and_street_by_default() -> None:
    text = all_text(Settings.from_env({}))
    assert PHONE not in text and STREET not in text
    assert "mira.okafor@example.com" in text


def test_owner_can_opt_in_per_field() -> None:
    text = all_text(Settings.from_env({"HEYFOLIO_SERVE_PRIVATE_FIELDS": "phone"}))
    assert PHONE in text
    assert STREET not in text


def test_unknown_private_field_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="choose from phone, address, postalCode"):
        Settings.from_env({"HEYFOLIO_SERVE_PRIVATE_FIELDS": "ssn"})


def test_embedder_setting_selects_the_dense_stage() -> None:
    assert make_embedder("none") is None
    assert make_embedder("hashing").__class__.__name__ == "HashingEmbedder"
    assert make_embedder("bedrock").__class__.__name__ == "BedrockEmbedder"
    with pytest.raises(ValueError, match="HEYFOLIO_EMBEDDER must be one of none, hashing, bedrock"):
        Settings.from_env({"HEYFOLIO_EMBEDDER": "openai"})


def test_hashing_embedder_index_still_answers_with_citations() -> None:
    published = load_published(CONTENT, Settings.from_env({"HEYFOLIO_EMBEDDER": "hashing"}))
    hits = published.index.search("What has she built with Rust?", limit=5)
    assert any("ledgerline" in hit.chunk.uri for hit in hits)


def test_the_minilm_dense_stage_is_on_by_default_where_its_package_is_installed() -> None:
    from heyfolio.search.minilm import available

    assert Settings.from_env({}).embedder == "minilm"
    embedder = make_embedder("minilm")
    assert (embedder is not None) == available()
