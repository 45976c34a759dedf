"""`qualcode refi import` / `refi export` from the user's side: counts, adaptations, a valid file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import xmlschema

from qualcode.cli.main import main
from qualcode.services.projects import new_project

DATA = Path(__file__).parents[1] / "data" / "refi"
SCHEMAS = Path(__file__).parents[2] / "qualcode" / "resources" / "refi"


def test_import_then_export_with_json(tmp_path, capsys):
    project = tmp_path / "study.qcproj"
    new_project(project).close()
    assert main(["refi", "import", str(DATA / "portableQDA_REFI-QDA-1-5_with_empty_Sets.qdc"), str(project),
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["codes"] == 6
    assert any("Sets" in what for what in report["adaptations"])
    assert main(["refi", "import", str(DATA / "ponte_atlasti23_target-atlas-project.qdpx"), str(project), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["users"] == 2 and report["counts"]["codes"] == 3
    out = tmp_path / "out.qdpx"
    assert main(["refi", "export", str(project), str(out), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["counts"]["codes"] == 9 and written["counts"]["users"] == 2
    xmlschema.XMLSchema(str(SCHEMAS / "Project-mrt2019.xsd")).validate(
        zipfile.ZipFile(out).read("project.qde").decode())


def test_plain_text_report(tmp_path, capsys):
    project = tmp_path / "study.qcproj"
    new_project(project).close()
    assert main(["refi", "import", str(DATA / "REFI-QDA-1-5_AnnexA1_codebook.qdc"), str(project)]) == 0
    out = capsys.readouterr().out
    assert "6 codes" in out and "isCodable=false" in out
