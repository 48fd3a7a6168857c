"""Lambda entry point: the `ask_analytics` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/ask_analytics.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("ask_analytics")
