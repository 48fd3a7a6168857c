"""What of the résumé may leave the server.

Phone, street address and postal code are personal: they are served only when
the owner opts in per field (``HEYFOLIO_SERVE_PRIVATE_FIELDS``). Email and
public profile links are served by default. Every surface (tools, resources,
prompts, chat, search chunks) goes through ``public_document``.
"""

from __future__ import annotations

import copy
from typing import Any

from heyfolio.config import PRIVATE_CONTACT_FIELDS


def public_document(document: dict[str, Any], served: tuple[str, ...] = ()) -> dict[str, Any]:
    """A deep copy of a JSON Resume document without the private fields not opted in."""
    out = copy.deepcopy(document)
    basics = out.get("basics")
    if not isinstance(basics, dict):
        return out
    if "phone" not in served:
        basics.pop("phone", None)
    location = basics.get("location")
    if isinstance(location, dict):
        for field in ("address", "postalCode"):
            if field not in served:
                location.pop(field, None)
    return out


def hidden_fields(served: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The private fields currently withheld (for notes such as 'phone is not published')."""
    return tuple(f for f in PRIVATE_CONTACT_FIELDS if f not in served)
