"""Names the tables, their indexes and the pynamodb models share (and so template.yaml).

A leaf module: :mod:`heyfolio.storage.tables` (the definitions) and :mod:`heyfolio.storage.models`
(the pynamodb models) both read these names without importing each other.
"""

from __future__ import annotations

GSI1 = "gsi1"
BY_VISITOR = "by_visitor"
TTL_ATTRIBUTE = "expires_at"
VISITOR_INDEX_PROJECTED = ["kind", TTL_ATTRIBUTE]
