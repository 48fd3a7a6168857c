"""A count of an organisation's staff is not answered by the size of the owner's own team."""

from __future__ import annotations

from heyfolio.chat.staff_counts import asks_staff, team_only


def test_staff_of_a_named_organisation_is_asked() -> None:
    assert asks_staff("How many nurses work at Willowmere Clinic?")
    assert asks_staff("how many people were employed by Orbweaver Labs")
    assert asks_staff("How many engineers does Orbweaver Labs have?")
    assert not asks_staff("How many customers does Orbweaver Labs have?")  # not its people
    assert not asks_staff("How many people did she manage at Orbweaver Labs?")  # the owner's own reports
    assert not asks_staff("how big is her team")


def test_only_the_owners_own_team_stated_is_not_the_staff() -> None:
    said = ["Shipped the triage app to 30 wards.", "I work in a team of four nurses on the night shift."]
    assert team_only("How many nurses work at Willowmere Clinic?", said) == 1
    assert team_only("How many people work at Willowmere Clinic?", said) == 1
    staff = ["Willowmere Clinic employs 240 nurses across three sites.", *said]
    assert team_only("How many nurses work at Willowmere Clinic?", staff) is None
    assert team_only("How big is her team at Willowmere Clinic?", said) is None  # her team is asked
