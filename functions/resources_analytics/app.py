"""Lambda entry point: the owner's analytics resources (schemas://analytics, analytics://...), see mcp_handlers/analytics_resources.py."""

from mcp_handlers.analytics_resources import handler as read_analytics
from mcp_handlers.function_handlers import _observed

handler = _observed(read_analytics, "resources_analytics")
