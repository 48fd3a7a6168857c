"""Lambda entry point: the `contact_owner` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/contact_owner.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("contact_owner")
