"""A name asked of a thing only described with a quantifier ("most of them university labs", a
referee's "our bank clients") is not stated: those mentions name no one."""

from __future__ import annotations

from heyfolio.search.unnamed import asked_name, states_name


def test_a_quantified_mention_names_no_one() -> None:
    noun = asked_name("Which universities were her clients?")
    assert noun is not None
    assert states_name(["Training for 14 small clients, most of them university labs."], noun) is False
    client = asked_name("Which client companies use the assistant?")
    assert client is not None
    assert states_name(["She made it something our bank clients could run."], client) is False


def test_a_named_mention_still_names() -> None:
    client = asked_name("Which clients used the app?")
    assert client is not None
    assert states_name(["Client: Fjordbank (credit union) - rebuilt the app."], client) is True
