"""Every passage search can cite is readable with resources/read (its page, the fragment kept)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heyfolio.published import get_published, reload
from mcp_handlers.resources import not_found, owner_function, read


@pytest.fixture
def published(local_stack: None) -> Iterator[None]:
    # A readable state store: without one, projects with a repository are withheld (fail closed).
    reload()
    yield
    reload()


def test_every_cited_passage_resolves(published: None) -> None:
    index = get_published().index
    uris = [c.uri for c in index.chunks]
    assert "portfolio://projects/ledgerline#why" in uris
    for uri in uris:
        assert owner_function(uri) is not None, uri
        result = read(uri)
        assert result["contents"][0]["uri"] == uri and result["contents"][0]["text"], uri


def test_an_unknown_fragment_is_not_found(published: None) -> None:
    with pytest.raises(type(not_found("x"))):
        read("portfolio://projects/ledgerline#no-such-section")
