"""``heyfolio import linkedin``: the export's CSVs as JSON Resume, merged into the sample résumé
without losing hand edits, with a report; a dry run writes nothing; bad input writes nothing."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from heyfolio.dev.cli import main
from heyfolio.importers.errors import SourceError
from heyfolio.importers.linkedin import date, import_archive


def _resume(content: Path) -> dict:
    return json.loads((content / "resume.json").read_text(encoding="utf-8"))


def test_dates() -> None:
    assert date("Mar 2019") == "2019-03"
    assert date("2019") == "2019"
    assert date("03/2019") == "2019-03"
    assert date("14 Mar 2024") == "2024-03-14"
    assert date("") is None
    with pytest.raises(SourceError, match="unrecognised date 'sometime'"):
        date("sometime")


def test_export_becomes_json_resume(export_zip: Callable[[str], Path]) -> None:
    resume = import_archive(export_zip("linkedin"))
    assert resume["basics"]["name"] == "Mira Okafor"
    assert resume["basics"]["url"] == "https://mira-okafor.example.org"
    assert resume["basics"]["location"] == {"city": "Rotterdam", "region": "South Holland"}
    assert resume["basics"]["profiles"][0]["username"] == "miraokafor_dev"
    tidewater = resume["work"][0]  # the BOM before the header did not hide the first column
    assert tidewater["name"] == "Tidewater Labs" and tidewater["startDate"] == "2021-03"
    assert "endDate" not in tidewater
    assert resume["work"][2]["endDate"] == "2021-02"
    delft = resume["education"][0]
    assert delft["studyType"] == "Master of Science" and delft["area"] == "Computer Science"
    assert [s["name"] for s in resume["skills"]][:2] == ["Rust", "Go (Programming Language)"]
    assert resume["certificates"][1] == {
        "name": "HashiCorp Certified: Terraform Associate (003)",
        "issuer": "HashiCorp",
        "date": "2024-09",
        "url": "https://certs.example.org/terraform/mira-okafor",
    }
    assert {lang["language"] for lang in resume["languages"]} == {"English", "Dutch", "French"}
    assert resume["projects"][1]["name"] == "harbour-sim"
    assert "Connections" not in json.dumps(resume)  # files the importer does not know are left alone


def test_first_import_adds_what_is_new_and_keeps_every_hand_written_value(
    content: Path, export_zip: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _resume(content)
    assert main(["import", "linkedin", str(export_zip("linkedin")), "--content", str(content)]) == 0
    report = capsys.readouterr().out
    after = _resume(content)
    # Added: the new position, certificate, language, project and skills not named anywhere yet.
    assert any(w["name"] == "Lowlands Systems Conference" for w in after["work"])
    assert (
        len(after["work"]) == len(before["work"]) + 1
    )  # Tidewater, Cobalt, Parcelbird matched, not duplicated
    assert len(after["education"]) == len(before["education"])  # "Delft University of Technology" matched
    assert [c["name"] for c in after["certificates"]][-1].startswith("HashiCorp Certified")
    assert after["languages"][-1] == {"language": "French", "fluency": "Elementary proficiency"}
    assert after["projects"][-1]["name"] == "harbour-sim"
    more = next(g for g in after["skills"] if g["name"] == "More skills")
    assert (
        "Event Sourcing" in more["keywords"] and "Rust" not in more["keywords"]
    )  # Rust is a keyword already
    # Kept: every value the owner wrote differs from LinkedIn and stays as written.
    assert after["basics"]["label"] == before["basics"]["label"]
    assert after["basics"]["summary"] == before["basics"]["summary"]
    assert after["languages"][0]["fluency"] == "Native speaker"
    assert after["work"][0] == {
        **before["work"][0],
        **{k: v for k, v in after["work"][0].items() if k not in before["work"][0]},
    }
    assert "+ work[" in report and "Lowlands Systems Conference" in report
    assert "= basics.label: hand edit kept" in report
    assert (content / ".imports" / "linkedin.json").is_file()
    # The content still loads (the import wrote a valid résumé).
    from heyfolio.content.loader import validate_content

    assert validate_content(content) == []


def test_a_later_export_updates_what_only_linkedin_set_and_respects_edits_and_deletions(
    content: Path, export_zip: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "linkedin", str(export_zip("linkedin")), "--content", str(content)]) == 0
    resume = _resume(content)
    # The owner edits the imported position's location by hand and deletes the imported French.
    lowlands = next(w for w in resume["work"] if w["name"] == "Lowlands Systems Conference")
    lowlands["location"] = "Amsterdam (remote)"
    resume["languages"] = [lang for lang in resume["languages"] if lang["language"] != "French"]
    (content / "resume.json").write_text(
        json.dumps(resume, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    capsys.readouterr()

    assert main(["import", "linkedin", str(export_zip("linkedin-later")), "--content", str(content)]) == 0
    report = capsys.readouterr().out
    after = _resume(content)
    lowlands = next(w for w in after["work"] if w["name"] == "Lowlands Systems Conference")
    assert lowlands["summary"].endswith("run the 2025 speaker mentoring programme.")  # followed LinkedIn
    assert lowlands["location"] == "Amsterdam (remote)"  # the hand edit stays
    terraform = next(c for c in after["certificates"] if c["name"].startswith("HashiCorp"))
    assert terraform["url"] == "https://certs.example.org/terraform-003/mira-okafor"
    assert all(lang["language"] != "French" for lang in after["languages"])  # not brought back
    assert "~ work[" in report and "- languages: French (deleted by hand" in report
    assert "hand edit kept" in report


def test_dry_run_prints_the_diff_and_writes_nothing(
    content: Path, export_zip: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    original = (content / "resume.json").read_bytes()
    assert (
        main(["import", "linkedin", str(export_zip("linkedin")), "--content", str(content), "--dry-run"]) == 0
    )
    out = capsys.readouterr().out
    assert "--- a/resume.json" in out and "+++ b/resume.json" in out
    assert '+      "name": "Lowlands Systems Conference"' in out
    assert (content / "resume.json").read_bytes() == original
    assert not (content / ".imports").exists()


def test_bad_archives_are_clear_errors_and_write_nothing(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = (content / "resume.json").read_bytes()
    not_zip = tmp_path / "export.zip"
    not_zip.write_text("this is not a zip")
    assert main(["import", "linkedin", str(not_zip), "--content", str(content)]) == 2
    assert "not a readable ZIP archive" in capsys.readouterr().err
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("Basic/Invitations.csv", "From,To\n")
    assert main(["import", "linkedin", str(empty), "--content", str(content)]) == 2
    assert "no LinkedIn CSV found" in capsys.readouterr().err
    bad_date = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad_date, "w") as archive:
        archive.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\nAcme,Dev,,,someday,\n",
        )
    assert main(["import", "linkedin", str(bad_date), "--content", str(content)]) == 2
    assert "unrecognised date 'someday'" in capsys.readouterr().err
    assert (content / "resume.json").read_bytes() == original
