"""Lambda entry point: the `match_role` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/match_role.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("match_role")
