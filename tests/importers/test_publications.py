"""Publications from BibTeX, CSL-JSON and ORCID (a saved /works response offline, the public API
faked at the HTTP boundary) merged into ``publications``."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx

from heyfolio.dev.cli import main
from heyfolio.importers import publications
from heyfolio.importers.errors import SourceError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "publications"
ORCID = "0000-0002-1825-0097"


def _publications(content: Path) -> list[dict]:
    return json.loads((content / "resume.json").read_text(encoding="utf-8"))["publications"]


def test_orcid_ids_are_checked() -> None:
    assert publications.orcid_id(ORCID) == ORCID
    assert publications.orcid_id(f"https://orcid.org/{ORCID}") == ORCID
    assert publications.orcid_id("0000-0002-1825-0098") is None  # wrong check digit
    assert publications.orcid_id("0000-0001-5109-501X") == "0000-0001-5109-501X"


def test_bibtex() -> None:
    works = publications.from_file(FIXTURES / "works.bib")
    assert works[0] == {
        "name": "Batching fsync without losing your mind",
        "publisher": "Lowlands Systems Conference 2022",
        "releaseDate": "2022-10",
        "url": "https://mira-okafor.example.org/talks/batching-fsync",
    }
    assert works[1]["url"] == "https://doi.org/10.5555/jesr.2025.0142"
    assert works[1]["releaseDate"] == "2025-03"
    assert "bounded pause" in works[1]["summary"] and "\\em" not in works[1]["summary"]
    assert works[2] == {
        "name": "Tracing half a million spans in the browser",
        "publisher": "Rotterdam Go Meetup",
        "releaseDate": "2023",
    }


def test_csl_json() -> None:
    works = publications.from_file(FIXTURES / "zotero.csl.json")
    assert works[0]["publisher"] == "Proceedings of the Maritime Data Workshop 2024"
    assert works[1] == {
        "name": "Idempotency keys at scale: lessons from card settlement",
        "publisher": "Example Engineering Review",
        "releaseDate": "2025-09-02",
        "url": "https://doi.org/10.5555/eer.2025.77",
        "summary": "How a payments core made every write idempotent and what the reconciliation job still caught.",
    }


def test_import_merges_new_publications_and_keeps_the_existing_ones(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _publications(content)
    assert main(["import", "publications", str(FIXTURES / "works.bib"), "--content", str(content)]) == 0
    after = _publications(content)
    # "Batching fsync..." is already there (hand-written summary and full date kept); two are new.
    assert after[: len(before)] == before
    assert [p["name"] for p in after[len(before) :]] == [
        "Consistent snapshots of partitioned logs without stopping writers",
        "Tracing half a million spans in the browser",
    ]
    out = capsys.readouterr().out
    assert "publications: 2 added" in out and "hand edit kept" in out


@respx.mock
def test_orcid_over_http_faked_at_the_boundary(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = json.loads((FIXTURES / "orcid-works.json").read_text())
    route = respx.get(f"https://pub.orcid.org/v3.0/{ORCID}/works").mock(
        return_value=httpx.Response(200, json=body)
    )
    assert main(["import", "orcid", ORCID, "--content", str(content)]) == 0
    assert route.called and route.calls[0].request.headers["accept"] == "application/json"
    names = [p["name"] for p in _publications(content)]
    assert "Consistent snapshots of partitioned logs without stopping writers" in names
    assert (
        names.count("Gradient-boosted arrival forecasts for container terminals") == 1
    )  # matched, not doubled
    snapshot = json.loads((content / ".imports" / "orcid.json").read_text())
    assert len(snapshot["publications"]) == 2


@respx.mock
def test_orcid_errors_write_nothing(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = (content / "resume.json").read_bytes()
    respx.get(f"https://pub.orcid.org/v3.0/{ORCID}/works").mock(return_value=httpx.Response(404))
    assert main(["import", "orcid", ORCID, "--content", str(content)]) == 2
    assert f"ORCID has no public record {ORCID}" in capsys.readouterr().err
    assert main(["import", "orcid", "0000-0002-1825-0098", "--content", str(content)]) == 2
    assert "neither a valid ORCID iD nor a file" in capsys.readouterr().err
    assert (content / "resume.json").read_bytes() == original


def test_orcid_from_a_saved_response_offline(content: Path) -> None:
    assert main(["import", "orcid", str(FIXTURES / "orcid-works.json"), "--content", str(content)]) == 0
    assert any(p["name"].startswith("Consistent snapshots") for p in _publications(content))


def test_a_merge_that_would_not_validate_is_refused(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = (content / "resume.json").read_bytes()
    bad = tmp_path / "bad.bib"
    bad.write_text("@misc{x, title = {A talk}, url = {not a url}, year = 2024}\n")
    assert main(["import", "publications", str(bad), "--content", str(content)]) == 1
    assert "would not validate" in capsys.readouterr().out
    assert (content / "resume.json").read_bytes() == original
    assert not (content / ".imports").exists()


def test_unreadable_files_are_clear_errors(tmp_path: Path) -> None:
    broken = tmp_path / "works.json"
    broken.write_text("{nope")
    with pytest.raises(SourceError, match="not JSON or BibTeX"):
        publications.from_file(broken)
    with pytest.raises(SourceError, match="not CSL-JSON"):
        publications.from_csl_json({"title": "x"})
    with pytest.raises(SourceError, match="not an ORCID works response"):
        publications.from_orcid_works({"works": []})
