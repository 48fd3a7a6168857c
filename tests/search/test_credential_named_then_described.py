"""A credential named by its initials and then described ("the PSD, the Scrum developer cert") is
held only when an entry names those initials, though a held one shares the description's words."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.credentials import absent_credential


def _certificate(title: str) -> Chunk:
    return Chunk(id="c", uri="portfolio://c", kind="certificate", title=title, text=f"Certificate: {title}")


def test_the_initials_before_a_description_are_the_credential_asked() -> None:
    held = [_certificate("Professional Scrum Master I (PSM I) (Scrum.org, 2021-05)")]
    question = "Does he have the PSD, the professional Scrum developer cert?"
    assert absent_credential(question, held, ["Nils"]) == "PSD"
    named = "Does he have the PSM, the professional Scrum master cert?"
    assert absent_credential(named, held, ["Nils"]) is None
