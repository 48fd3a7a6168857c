"""Lambda entry point: the `list_leads` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/list_leads.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("list_leads")
