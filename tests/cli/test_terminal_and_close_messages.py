"""What the CLI prints is shown, never obeyed, by the terminal; and it only says what is true."""

from __future__ import annotations

import json

import pytest

from qualcode.cli.main import main
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document, list_documents
from qualcode.services.projects import ensure_coder, load_project, new_project
from qualcode.storage.project import Project, ProjectCloseError

CODE = "Legal\x1b]0;pwned\x07 aid\x1b[2J"
TEXT = "Finally \u202eplh lagel\u202c got help\x9b31m."


@pytest.fixture
def hostile_project(tmp_path):
    path = tmp_path / "p.qcproj"
    project = new_project(path)
    doc = add_document(project, "P01", TEXT).value
    code = add_code(project, CODE).value
    apply_code(project, doc.id, Span(0, len(TEXT)), code.id, ensure_coder(project, "A").id)
    project.close()
    return path


def test_text_output_shows_control_characters_as_escapes(hostile_project, capsys):
    assert main(["segments", str(hostile_project)]) == 0
    out = capsys.readouterr().out
    for raw in ("\x1b", "\x07", "\u202e", "\u202c", "\x9b"):
        assert raw not in out
    assert "Legal\\x1b]0;pwned\\x07 aid\\x1b[2J" in out
    assert out.endswith("\n") and out.count("\n") == 1  # our own layout is kept


def test_json_output_escapes_them_and_round_trips(hostile_project, capsys):
    assert main(["segments", str(hostile_project), "--json"]) == 0
    out = capsys.readouterr().out
    for raw in ("\x1b", "\x07", "\u202e", "\u202c", "\x9b"):
        assert raw not in out
    (row,) = json.loads(out)
    assert row["code"] == CODE and row["text"] == TEXT


def test_an_error_naming_a_hostile_file_is_escaped(tmp_path, capsys):
    path = tmp_path / "p.qcproj"
    new_project(path).close()
    bad = tmp_path / "evil\x1b[2J\u202e.txt"
    assert main(["import", str(path), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err and "\u202e" not in err
    assert "evil\\x1b[2J\\u202e.txt" in err


def _files(folder, n):
    paths = []
    for i in range(n):
        p = folder / f"P{i:02d}.txt"
        p.write_text(f"Interviewer: How was it?\nP{i:02d}: It was fine, really.\n", encoding="utf-8")
        paths.append(str(p))
    return paths


def test_a_close_failure_after_the_import_committed_says_the_import_was_saved(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.qcproj"
    new_project(path).close()
    original = Project.close

    def failing_close(self: Project) -> None:
        original(self)  # the connections go; then report what a failed checkpoint reports
        raise ProjectCloseError(f"{self.location}: the saved changes could not be folded back (disk I/O error).")

    monkeypatch.setattr(Project, "close", failing_close)
    code = main(["import", str(path), *_files(tmp_path, 2)])
    captured = capsys.readouterr()
    monkeypatch.undo()
    assert code == 1
    assert "Imported 2 of 2 files." in captured.out
    assert "the import was saved (2 documents); closing the project failed:" in captured.err
    assert "Do not import these files again." in captured.err
    assert "not changed" not in captured.err
    project = load_project(path)
    try:
        assert len(list_documents(project)) == 2
    finally:
        project.close()


def test_a_failed_import_still_reports_its_own_error_when_close_fails_too(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.qcproj"
    new_project(path).close()
    original = Project.close

    def failing_close(self: Project) -> None:
        original(self)
        raise ProjectCloseError("close failed too")

    monkeypatch.setattr(Project, "close", failing_close)
    files = _files(tmp_path, 1) + [str(tmp_path / "missing.txt")]
    code = main(["import", str(path), *files])
    err = capsys.readouterr().err
    monkeypatch.undo()
    assert code == 2
    assert "missing.txt" in err and "close failed too" not in err and "was saved" not in err
    project = load_project(path)
    try:
        assert list_documents(project) == []
    finally:
        project.close()
