"""Lambda entry point: the `search_portfolio` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/search_portfolio.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("search_portfolio")
