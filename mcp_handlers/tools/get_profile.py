"""``get_profile``: the owner's résumé (JSON Resume), whole or one section."""

from __future__ import annotations

import json

from heyfolio.config import get_settings
from heyfolio.content.privacy import public_document
from heyfolio.published import get_published
from mcp_handlers.apps import VIEW_URI
from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolError, ToolResult
from mcp_handlers.views import PROFILE_SECTIONS


def run(call: ToolCall) -> ToolResult:
    # Phone, street address and postal code only when the owner opted in (HEYFOLIO_SERVE_PRIVATE_FIELDS).
    document = public_document(
        get_published().portfolio.resume.document, get_settings().served_private_fields
    )
    section: str | None = call.arguments.get("section")
    if section is None:
        return ToolResult(
            {"section": None, "profile": document}, json.dumps(document, ensure_ascii=False, indent=1)
        )
    if section not in document:
        raise ToolError(
            f"the résumé has no '{section}' section; it has: {', '.join(k for k in document if k in PROFILE_SECTIONS)}"
        )
    value = document[section]
    return ToolResult(
        {"section": section, "profile": {section: value}}, json.dumps(value, ensure_ascii=False, indent=1)
    )


TOOL = ToolDefinition(
    name="get_profile",
    title="Get the résumé",
    description=(
        f"The owner's résumé as a JSON Resume document, or one section of it ({', '.join(PROFILE_SECTIONS)})."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "section": {
                "type": "string",
                "enum": list(PROFILE_SECTIONS),
                "description": "One résumé section; omit for all.",
            }
        },
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {"section": {"type": ["string", "null"]}, "profile": {"type": "object"}},
        "required": ["section", "profile"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    ui_resource=VIEW_URI,
)
