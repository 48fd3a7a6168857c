"""Lambda entry point: the `review_lead` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/review_lead.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("review_lead")
