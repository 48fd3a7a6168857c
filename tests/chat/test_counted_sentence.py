"""A counted clause ("Wrote 7 journal papers, 2 as first author;") is quoted in the owner's whole sentence."""

from __future__ import annotations

from heyfolio.chat.offline import _whole_sentence


def test_a_counted_clause_is_quoted_in_its_whole_sentence() -> None:
    text = "Led the lab.\n- Wrote 7 journal papers, 2 as first author; about 300 citations in total."
    whole = _whole_sentence(text, "Wrote 7 journal papers, 2 as first author;")
    assert whole == "Wrote 7 journal papers, 2 as first author; about 300 citations in total."


def test_a_clause_found_in_no_sentence_is_quoted_as_it_is() -> None:
    assert _whole_sentence("Led the lab.", "Wrote 7 journal papers;") == "Wrote 7 journal papers;"
