"""Lambda entry point: reads the `portfolio://` resources of the posts family for the MCP endpoint."""

from mcp_handlers.function_handlers import resource_function

handler = resource_function("resources_posts")
