"""The owner's analytics resources and their completions, over the dev server's /mcp."""

from __future__ import annotations

import json

from tests.analytics.conftest import mcp


def _owner() -> str:
    from heyfolio.security.tokens import mint_token

    return mint_token("owner")


def test_the_schema_browser_lists_tables_columns_and_contact_fields(dev_site: str) -> None:
    reply = mcp(dev_site, "resources/read", {"uri": "schemas://analytics"}, token=_owner())
    result = reply["result"]
    assert result["cacheScope"] == "private"
    schema = json.loads(result["contents"][0]["text"])
    tables = {t["name"]: t for t in schema["tables"]}
    assert set(tables) == {"invocations", "questions", "leads", "conversations", "project_interest"}
    contact = {c["name"] for c in tables["leads"]["columns"] if c["contact"]}
    assert contact == {"name", "email", "message"}

    column = mcp(dev_site, "resources/read", {"uri": "schemas://analytics/leads/email"}, token=_owner())
    assert json.loads(column["result"]["contents"][0]["text"])["contact"] is True
    missing = mcp(dev_site, "resources/read", {"uri": "schemas://analytics/sessions"}, token=_owner())
    assert missing["error"]["code"] == -32602


def test_analytics_resources_are_the_owners_only(dev_site: str) -> None:
    from heyfolio.published import get_published

    slug = get_published().portfolio.projects[0].slug
    for uri in ("schemas://analytics", f"analytics://projects/{slug}/interest"):
        reply = mcp(dev_site, "resources/read", {"uri": uri})
        assert "error" in reply and "owner" in reply["error"]["message"], reply


def test_project_interest_resource(dev_site: str) -> None:
    from heyfolio.published import get_published

    slug = get_published().portfolio.projects[0].slug
    mcp(dev_site, "tools/call", {"name": "get_project", "arguments": {"slug": slug}})
    reply = mcp(dev_site, "resources/read", {"uri": f"analytics://projects/{slug}/interest"}, token=_owner())
    series = json.loads(reply["result"]["contents"][0]["text"])
    assert series["slug"] == slug and len(series["days"]) == 30
    assert series["totals"]["views"] == 1 and series["days"][-1]["views"] == 1


def test_templates_are_listed_and_complete_tables_and_columns(dev_site: str) -> None:
    listed = mcp(dev_site, "resources/templates/list")["result"]["resourceTemplates"]
    uris = {t["uriTemplate"] for t in listed}
    assert {"schemas://analytics/{table}", "schemas://analytics/{table}/{column}",
            "analytics://projects/{slug}/interest", "analytics://insights/{period}"} <= uris  # fmt: skip

    def complete(template: str, name: str, value: str, context: dict | None = None) -> list[str]:
        params = {
            "ref": {"type": "ref/resource", "uri": template},
            "argument": {"name": name, "value": value},
        }
        if context:
            params["context"] = {"arguments": context}
        return mcp(dev_site, "completion/complete", params)["result"]["completion"]["values"]

    assert complete("schemas://analytics/{table}", "table", "le") == ["leads"]
    assert complete("schemas://analytics/{table}/{column}", "column", "em", {"table": "leads"}) == ["email"]
    assert "latency_ms" in complete("schemas://analytics/{table}/{column}", "column", "lat")
    assert complete("analytics://insights/{period}", "period", "we") == ["week"]
