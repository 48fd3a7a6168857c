"""Lambda entry point: the owner's analytics resources (schemas://analytics, analytics://...), see mcp_handlers/analytics_resources.py."""

from heyfolio.observability import instrument_tool
from mcp_handlers.analytics_resources import handler as read_analytics

handler = instrument_tool(read_analytics, "resources_analytics")
