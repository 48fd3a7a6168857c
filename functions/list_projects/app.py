"""Lambda entry point: the `list_projects` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/list_projects.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("list_projects")
