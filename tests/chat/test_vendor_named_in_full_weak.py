"""A vendor named in full ("Amazon hosting costs") is named by a passage writing its cloud's initials
("AWS spend"): a paraphrase search only finds weakly is still read for its answer, rather than refused
because the question's capitalised word is not in the passage. The owner is made up for the test."""

from __future__ import annotations

from heyfolio.chat.weak_evidence import _VENDOR_SHORT
from heyfolio.search.text import analyze


def test_a_vendor_in_full_is_named_by_its_clouds_initials() -> None:
    (amazon,) = analyze("Amazon")
    assert _VENDOR_SHORT[amazon] & set(analyze("Reduced AWS spend by 41% (about EUR 300,000 a year)."))
    (google,) = analyze("Google")
    assert _VENDOR_SHORT[google] & set(analyze("Moved the warehouse to GCP"))
    assert analyze("Initech")[0] not in _VENDOR_SHORT
