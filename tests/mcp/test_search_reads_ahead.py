"""A search entry point says a search is coming before it fetches the content, so a new instance
reads the dense stage's model meanwhile (heyfolio.published.expect_search, minilm.preload)."""

from __future__ import annotations

import pytest

from mcp_handlers.catalog import call_tool
from mcp_handlers.tools import search_portfolio
from mcp_handlers.tools.base import Caller


@pytest.mark.usefixtures("local_stack")
def test_search_portfolio_expects_a_search_before_it_loads_the_content(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from heyfolio import published

    order: list[str] = []
    real = search_portfolio.get_published
    monkeypatch.setattr(search_portfolio, "expect_search", lambda: order.append("expect_search"))
    monkeypatch.setattr(search_portfolio, "get_published", lambda: order.append("get_published") or real())
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    published.get_settings.cache_clear()
    result = call_tool("search_portfolio", {"query": "Kubernetes in production", "limit": 3}, Caller())
    assert not result.is_error
    assert order[:2] == ["expect_search", "get_published"]


@pytest.mark.usefixtures("local_stack")
def test_the_search_route_expects_a_search_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio import published
    from heyfolio.api import portfolio_routes
    from heyfolio.stack.local_invoke import invoke_local

    said: list[str] = []
    monkeypatch.setattr(portfolio_routes, "expect_search", lambda: said.append("expect_search"))
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    published.get_settings.cache_clear()
    query = {"q": "Kubernetes in production"}
    event = {
        "resource": "/api/search", "path": "/api/search", "httpMethod": "GET",
        "headers": {"Host": "127.0.0.1:8000"}, "multiValueHeaders": {"Host": ["127.0.0.1:8000"]},
        "queryStringParameters": query, "multiValueQueryStringParameters": {k: [v] for k, v in query.items()},
        "pathParameters": None, "requestContext": {"requestId": "r", "stage": "local",
        "identity": {"sourceIp": "127.0.0.1"}, "resourcePath": "/api/search", "httpMethod": "GET"},
        "body": None, "isBase64Encoded": False,
    }  # fmt: skip
    assert invoke_local("portfolio_api", event)["statusCode"] == 200
    assert said == ["expect_search"]
