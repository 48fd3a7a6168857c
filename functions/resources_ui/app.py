"""Lambda entry point: reads the MCP Apps views (`ui://heyfolio/portfolio`) for the MCP endpoint."""

from mcp_handlers.function_handlers import resource_function

handler = resource_function("resources_ui")
