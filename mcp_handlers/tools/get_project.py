"""``get_project``: one project's facts, links and write-up."""

from __future__ import annotations

from heyfolio.public_view import public_project, public_projects
from heyfolio.published import get_published
from mcp_handlers.apps import VIEW_URI
from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolError, ToolResult
from mcp_handlers.tools.list_projects import PROJECT
from mcp_handlers.views import project_detail


def run(call: ToolCall) -> ToolResult:
    slug: str = call.arguments["slug"].strip()
    portfolio = get_published().portfolio
    found = public_project(portfolio, slug)
    if found is None:
        known = ", ".join(p.slug for p, _ in public_projects(portfolio)) or "none"
        raise ToolError(f"no project '{slug}'; known projects: {known}")
    project, live = found
    detail = project_detail(project, live)
    if project.demos:
        from heyfolio.demos.monitor import health_for

        detail["demos"] = health_for(project)  # live-demo health (heyfolio.demos)
    text = f"# {project.title}\n{project.summary}\n\n{project.body}".strip()
    return ToolResult({"project": detail}, text)


TOOL = ToolDefinition(
    name="get_project",
    title="Get a project",
    description="One project by slug (see list_projects): its facts, links and full write-up in Markdown.",
    input_schema={
        "type": "object",
        "properties": {
            "slug": {"type": "string", "minLength": 1, "maxLength": 100, "description": "The project's slug."}
        },
        "required": ["slug"],
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "project": {
                "type": "object",
                "properties": {
                    **PROJECT["properties"],
                    "body": {"type": "string"},
                    "demos": {
                        "type": "array",
                        "description": "Live demos: state up/down/degraded/unknown, status, latency, TLS expiry.",
                        "items": {"type": "object"},
                    },
                },
                "required": [*PROJECT["required"], "body"],
            }
        },
        "required": ["project"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    ui_resource=VIEW_URI,
)
