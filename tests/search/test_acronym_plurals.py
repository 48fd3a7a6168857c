"""An acronym's plural is read as its singular by every reader of a word; ordinary words keep theirs."""

from __future__ import annotations

import pytest

from heyfolio.search.text import analyze, fold


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("RTOSes", "RTOS"),
        ("SDKs", "SDK"),
        ("CVEs", "CVE"),
        ("GPUs", "GPU"),
        ("ECUs", "ECU"),
        ("APIs", "API"),
        ("FPGAs", "FPGA"),
        ("PLCs", "PLC"),
        ("OSes", "OS"),
        ("KPIs", "KPI"),
    ],
)
def test_an_acronym_plural_meets_its_singular(plural: str, singular: str) -> None:
    assert analyze(plural) == analyze(singular)
    assert analyze(f"Flashed two {plural} last week") == analyze(f"Flashed two {singular} last week")


@pytest.mark.parametrize(
    "word",
    [
        "bus",
        "gas",
        "OS",
        "AWS",
        "iOS",
        "S3",
        "CSS",
        "DevOps",
        "Kubernetes",
        "K8s",
        "GPUS",
        "Ms",
        "PhDs",
        "Xs",
    ],
)
def test_words_not_written_as_an_acronym_plural_are_left_as_they_are(word: str) -> None:
    assert fold(word) == word.casefold()


def test_a_question_in_the_plural_finds_the_singular_in_the_portfolio() -> None:
    said = set(analyze("Brought up Zephyr as the RTOS on the new sensor board; wrote the BSP for two MCUs."))
    assert set(analyze("Which RTOSes and MCUs has she worked with?")) & said >= {"rtos", "mcu"}
