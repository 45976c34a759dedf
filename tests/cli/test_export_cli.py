"""`qualcode codebook-import` and `qualcode export` end to end through main()."""

from __future__ import annotations

import json

import docx

from qualcode.cli.main import main
from qualcode.services.projects import new_project


def test_import_seed_then_export_everything(tmp_path, capsys):
    path = tmp_path / "s.qcproj"
    new_project(path).close()
    assert main(["codebook-import", str(path), "seed", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"source": "seed_study_codebook.csv", "created": 18, "updated": 0}
    outs = {"--codebook": "cb.docx", "--report": "r.docx", "--codebook-xlsx": "cb.xlsx", "--segments-csv": "s.csv"}
    argv = ["export", str(path), "--json"] + [x for flag, name in outs.items() for x in (flag, str(tmp_path / name))]
    assert main(argv) == 0
    kinds = {r["kind"]: r["items"] for r in json.loads(capsys.readouterr().out)}
    assert kinds == {"codebook-docx": 18, "report-docx": 0, "codebook-table": 18, "segments": 0}
    headings = [p.text for p in docx.Document(str(tmp_path / "cb.docx")).paragraphs if p.style.name == "Heading 1"]
    assert headings[:4] == ["Psychological support", "Legal support", "Social support", "Barriers"]


def test_wrong_extension_is_one_line_error(tmp_path, capsys):
    path = tmp_path / "s.qcproj"
    new_project(path).close()
    assert main(["export", str(path), "--report", str(tmp_path / "r.pdf")]) == 2
    assert "writes a .docx file" in capsys.readouterr().err
