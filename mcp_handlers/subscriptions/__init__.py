"""Change subscriptions: ``subscriptions/listen`` (MCP 2026-07-28) and the web page's change feed.

A client opens one long-lived POST whose response is a server-sent-event stream: the
acknowledgement of what it asked for (and what the server honors), then
``notifications/resources/updated`` / ``notifications/resources/list_changed`` whenever a
GitHub webhook or a flow changes the portfolio, each tagged with the subscription id, with
keepalive comments in between, until the client disconnects or the stream's maximum duration
ends it gracefully. Changes come from ``heyfolio.changes``. The browser gets the same changes
on ``GET /api/changes``. Served by ``functions/mcp_subscriptions`` (an ASGI app; on AWS behind
the Lambda Web Adapter with API Gateway response streaming). See README.md for the routing.

Modules: ``filter`` (what a listen asked for, honored subset, event → notification),
``feed`` (polling the change stream), ``stream`` (the SSE frames of one listen / one browser
feed), ``asgi`` (the function's app), ``listen_server`` (its admission-only MCP server),
``listen`` (the endpoint's answer where it cannot stream).
"""

from __future__ import annotations

from typing import Final

SUBSCRIPTIONS_PATH: Final = "/mcp/subscriptions"
"""Where the streaming function serves ``subscriptions/listen`` on AWS (``/mcp`` cannot stream there)."""
CHANGES_PATH: Final = "/api/changes"
"""The browser's change feed (``EventSource``)."""
SUBSCRIPTION_ID: Final = "io.modelcontextprotocol/subscriptionId"
