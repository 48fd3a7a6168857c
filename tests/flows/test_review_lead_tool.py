"""The review_lead MCP tool module (registered in the catalog by the MCP side): owner only,
arguments checked by its schema, review errors as tool errors."""

from __future__ import annotations

import pytest

from mcp_handlers.tools.base import Caller, ToolCall
from mcp_handlers.tools.review_lead import TOOL

OWNER = Caller(role="owner", subject="owner")


def _lead() -> str:
    from heyfolio.storage import leads

    lead, _ = leads.create_once("tool-1", name="Ada", email="ada@example.org", message="Hi", consent=True)
    return lead.lead_id


@pytest.mark.usefixtures("local_stack")
def test_owner_decides_and_others_are_refused() -> None:
    lead_id = _lead()
    refused = TOOL.call(ToolCall({"lead_id": lead_id, "decision": "decline"}, Caller(role="visitor")))
    assert refused.is_error and "owner only" in refused.text  # type: ignore[union-attr]
    missing = TOOL.call(ToolCall({"lead_id": lead_id, "decision": "approve"}, OWNER))
    assert missing.is_error and "needs a reply" in missing.text  # type: ignore[union-attr]
    bad = TOOL.call(ToolCall({"lead_id": lead_id, "decision": "later"}, OWNER))
    assert bad.is_error and "expected one of" in bad.text  # type: ignore[union-attr]
    done = TOOL.call(ToolCall({"lead_id": lead_id, "decision": "approve", "reply": "Let's talk"}, OWNER))
    assert not done.is_error  # type: ignore[union-attr]
    assert done.structured["status"] == "approved" and done.structured["reply"] == "Let's talk"  # type: ignore[union-attr,index]
    twice = TOOL.call(ToolCall({"lead_id": lead_id, "decision": "decline"}, OWNER))
    assert twice.is_error and "already approved" in twice.text  # type: ignore[union-attr]
