"""Reading a posting partly in another language: its offer to the candidate is no requirement."""

from __future__ import annotations

from heyfolio.jobfit import parse_job


def test_the_offer_written_in_another_language_is_not_a_requirement() -> None:
    _, reqs = parse_job(
        "Requisitos:\n- Experiência com Kotlin\n- Inglês fluente\n\n"
        "Oferecemos plano de saúde e 22 dias úteis de férias.\n"
        "Wir bieten ein Jobticket und 28 Tage Urlaub.\n"
        "Nous offrons une mutuelle et 25 jours de congés.\n"
    )
    assert [r.text for r in reqs] == ["Experiência com Kotlin", "Inglês fluente"]
