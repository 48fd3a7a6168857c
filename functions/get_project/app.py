"""Lambda entry point: the `get_project` MCP tool, invoked by the MCP endpoint (see mcp_handlers/tools/get_project.py)."""

from mcp_handlers.function_handlers import tool_function

handler = tool_function("get_project")
