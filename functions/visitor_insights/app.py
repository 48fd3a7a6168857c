"""Lambda entry point: the `visitor_insights` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/visitor_insights.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("visitor_insights")
