"""Lambda entry point: reads the MCP Apps views (`ui://heyfolio/portfolio`) for the MCP endpoint."""

from mcp_handlers.invocation import resource_function

handler = resource_function("resources_ui")
