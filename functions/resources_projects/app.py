"""Lambda entry point: reads the `portfolio://` resources of the projects family for the MCP endpoint."""

from mcp_handlers.invocation import resource_function

handler = resource_function("resources_projects")
