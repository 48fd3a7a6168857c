"""Reading a posting: its offer in another language is no requirement; a table under the title is read by its header."""

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


def test_a_table_right_under_the_title_is_read_by_its_header() -> None:
    _, reqs = parse_job(
        "Backend Engineer — Lumen Freight (remote)\n\n"
        "| Topic | What we look for |\n|---|---|\n"
        "| Languages | Production Go for payment services |\n"
        "| Data | Operating PostgreSQL at scale |\n"
    )
    assert [r.text for r in reqs] == ["Production Go for payment services", "Operating PostgreSQL at scale"]
