"""New conversation insights reach the owner's ``subscriptions/listen`` stream, and only the owner's."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.mcp_subscriptions.test_listen import LISTEN_HEADERS, RawStream, listen_body


def test_the_owners_listen_stream_hears_when_a_periods_insights_land(dev_site: str) -> None:
    from heyfolio.analytics.insights import aggregate_task
    from heyfolio.changes import publish_change
    from heyfolio.security.tokens import mint_token

    day = datetime.now(UTC).date().isoformat()
    uri = f"analytics://insights/{day}"
    wanted = {"resourceSubscriptions": [uri, "portfolio://profile"]}
    owner = RawStream(
        f"{dev_site}/mcp",
        body=listen_body("owner-1", wanted),
        headers={**LISTEN_HEADERS, "authorization": f"Bearer {mint_token('owner')}"},
    )
    anonymous = RawStream(f"{dev_site}/mcp", body=listen_body("anon-1", wanted), headers=LISTEN_HEADERS)
    try:
        owner_ack = owner.wait_for(1)[0]
        anonymous_ack = anonymous.wait_for(1)[0]
        assert owner_ack["params"]["notifications"]["resourceSubscriptions"] == sorted(
            [uri, "portfolio://profile"]
        )
        assert anonymous_ack["params"]["notifications"]["resourceSubscriptions"] == ["portfolio://profile"]

        assert aggregate_task({"day": day})["announced"] is True
        heard = owner.wait_for(2)[1]
        assert heard["method"] == "notifications/resources/updated" and heard["params"]["uri"] == uri
        # Order, not time: a profile change follows; the anonymous stream's next message must be that
        # one (had it been told of the owner's insights, that would have come first).
        publish_change("portfolio://profile", summary="profile updated")
        told = anonymous.wait_for(2)[1:]
        assert [(m["method"], m["params"]["uri"]) for m in told] == [
            ("notifications/resources/updated", "portfolio://profile")
        ]
        assert owner.wait_for(3)[2]["params"]["uri"] == "portfolio://profile"
    finally:
        owner.close()
        anonymous.close()


def test_the_public_browser_feed_leaves_owner_insights_out(dev_site: str) -> None:
    from heyfolio.analytics.insights import aggregate_task
    from heyfolio.changes import publish_change

    feed = RawStream(f"{dev_site}/api/changes", headers={"accept": "text/event-stream"})
    try:
        feed.wait_for(1)  # ready
        aggregate_task({"day": datetime.now(UTC).date().isoformat()})
        publish_change("portfolio://profile", summary="profile updated")
        changes = feed.wait_for(2)
        assert [c.get("uri") for c in changes[1:]] == ["portfolio://profile"]
    finally:
        feed.close()
