"""Lambda entry point: the `get_profile` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/get_profile.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("get_profile")
