"""The scheduled ORCID sync (``functions/publications_sync``, built like ``github_reconcile``).

On AWS the content is baked into the deployment, so the function does not rewrite the résumé:
it fetches the owner's public works from ORCID (``HEYFOLIO_ORCID_ID``), keeps the latest list
in the state table, and when ORCID has works the published résumé does not list yet, it tells
the owner once (SNS owner topic) and records a change on ``portfolio://profile`` (listen
streams hear it). The owner brings them in with ``heyfolio import orcid <iD>`` and a deploy,
keeping the résumé a reviewed, versioned file.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from heyfolio.importers.errors import SourceError
from heyfolio.importers.merge import same_entry
from heyfolio.importers.publications import fetch_orcid_works
from heyfolio.storage import clock

log = logging.getLogger(__name__)

PK = "PUBLICATIONS#ORCID"
SK = "LATEST"
ORCID_ENV = "HEYFOLIO_ORCID_ID"


def _table() -> tuple[Any, str]:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings

    return client("dynamodb"), get_settings().table_name


def latest() -> dict[str, Any] | None:
    """The last sync's record: ``{"orcid", "works", "fetchedAt", "notified"}`` (``None`` before the first)."""
    ddb, table = _table()
    item = ddb.get_item(TableName=table, Key={"pk": {"S": PK}, "sk": {"S": SK}}, ConsistentRead=True).get(
        "Item"
    )
    return json.loads(item["doc"]["S"]) if item else None


def missing_from(published: list[dict[str, Any]], works: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The works no entry of the published ``publications`` matches."""
    return [w for w in works if not any(same_entry("publications", p, w) for p in published)]


def run_sync(client: Any = None, orcid: str | None = None) -> dict[str, Any]:
    """One scheduled run; ``client`` is an ``httpx.Client`` (tests pass one with a fake transport)."""
    from heyfolio.changes.events import publish_change
    from heyfolio.limits.alerts import notify_owner
    from heyfolio.published import get_published

    identifier = orcid or os.environ.get(ORCID_ENV, "").strip()
    if not identifier:
        return {"skipped": f"no ORCID iD configured ({ORCID_ENV})"}
    owned = client is None
    if owned:
        import httpx

        client = httpx.Client(timeout=20.0, headers={"User-Agent": "heyfolio-publications-sync"})
    try:
        works = fetch_orcid_works(identifier, client)
    except SourceError as exc:
        log.warning("publications sync: %s", exc)
        return {"error": str(exc)}
    finally:
        if owned:
            client.close()
    document = get_published().portfolio.resume.document
    new = missing_from(list(document.get("publications") or []), works)
    previous = latest() or {}
    told = set(previous.get("notified") or [])
    fresh = [w for w in new if w["name"] not in told]
    record = {
        "orcid": identifier,
        "works": works,
        "fetchedAt": clock.now(),
        "notified": sorted(told | {w["name"] for w in new}),
    }
    ddb, table = _table()
    ddb.put_item(
        TableName=table,
        Item={"pk": {"S": PK}, "sk": {"S": SK}, "doc": {"S": json.dumps(record, ensure_ascii=False)}},
    )
    if fresh:
        titles = "; ".join(w["name"] for w in fresh)
        summary = f"{len(fresh)} new publication(s) on ORCID not in the résumé yet: {titles}"
        publish_change("portfolio://profile", summary=summary[:500])
        notify_owner(
            "heyfolio: new publications on ORCID",
            f"{summary}\n\nAdd them with `heyfolio import orcid {identifier}` and deploy.",
        )
    report = {"works": len(works), "notInResume": len(new), "newlyNotified": [w["name"] for w in fresh]}
    log.info("publications sync: %s", report)
    return report
