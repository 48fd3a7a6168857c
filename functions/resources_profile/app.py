"""Lambda entry point: reads the `portfolio://` resources of the profile family for the MCP endpoint."""

from mcp_handlers.invocation import resource_function

handler = resource_function("resources_profile")
