"""Importing transcripts: all-or-nothing, cancel-safe, speakers mapped to cases."""

from __future__ import annotations

import sqlite3

import pytest
from docx import Document as DocxDocument

from qualcode.core.errors import InputFileError
from qualcode.core.document import DocumentKind
from qualcode.services.corpus.importing import ImportCancelled, import_transcripts
from qualcode.services.projects import project_info

INTERVIEW = "Interviewer: How did the lawyer help?\nP07: Finally I got some legal help.\nIt mattered.\nInterviewer: And then?\nP07: I felt I had rights.\n"
FOCUS = "[00:00:05] Moderator: Welcome all.\n[00:00:09] Amina: The shelter felt like a prison.\n[00:00:15] Lan: For me the peer group helped.\n[00:00:21] Amina: Yes, the peers.\n"


def _dump(path):
    raw = sqlite3.connect(path)
    tables = [r[0] for r in raw.execute("select name from sqlite_master where type='table' order by name")]
    out = {t: raw.execute(f"select * from {t} order by 1").fetchall() for t in tables}
    raw.close()
    return out


@pytest.fixture
def files(tmp_path):
    (tmp_path / "P07.txt").write_text(INTERVIEW, encoding="cp1252")
    (tmp_path / "FG1.txt").write_text(FOCUS, encoding="utf-8-sig")
    docx = DocxDocument()
    for speaker, words in [("Interviewer", "Tell me about the centre."), ("P12", "It was far away, 40 km.")]:
        para = docx.add_paragraph()
        para.add_run(f"{speaker}:").bold = True
        para.add_run(f" {words}")
    docx.save(tmp_path / "P12.docx")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    return tmp_path


def test_interview_speakers_map_to_the_file_case(project, files):
    report = import_transcripts(project, [files / "P07.txt", files / "P12.docx"], case_from_filename=True).value
    assert [(r.turns, r.speakers) for r in report] == [
        (4, {"Interviewer": 2, "P07": 2}), (2, {"Interviewer": 1, "P12": 1})]
    with project.unit_of_work() as uow:
        cases = {c.key for c in uow.cases.all()}
        maps = {(m.speaker, m.is_interviewer) for m in uow.cases.speaker_mappings(report[0].document_id)}
        text = uow.documents.get(report[0].document_id).text
    assert cases == {"P07", "P12"}
    assert maps == {("Interviewer", True), ("P07", False)}
    assert text == INTERVIEW  # cp1252 decoded, nothing lost


def test_focus_group_speakers_each_become_a_case(project, files):
    report = import_transcripts(project, [files / "FG1.txt"], kind=DocumentKind.FOCUS_GROUP).value
    assert report[0].speakers == {"Moderator": 1, "Amina": 2, "Lan": 1}
    with project.unit_of_work() as uow:
        mapping = {m.speaker: m for m in uow.cases.speaker_mappings(report[0].document_id)}
        keys = {c.id: c.key for c in uow.cases.all()}
        turns = uow.documents.turns(report[0].document_id)
    assert mapping["Moderator"].is_interviewer and mapping["Moderator"].case_id is None
    assert keys[mapping["Amina"].case_id] == "Amina" and keys[mapping["Lan"].case_id] == "Lan"
    assert [t.timestamp for t in turns] == [5.0, 9.0, 15.0, 21.0]


def test_a_bad_file_stores_nothing_and_names_the_file(project, files):
    before = _dump(project.location)
    with pytest.raises(InputFileError, match="broken.docx"):
        import_transcripts(project, [files / "P07.txt", files / "broken.docx", files / "P12.docx"])
    assert _dump(project.location) == before


def test_skip_bad_imports_the_good_ones(project, files):
    report = import_transcripts(project, [files / "P07.txt", files / "broken.docx"], skip_bad=True).value
    assert report[0].document_id is not None and report[1].error and "broken.docx" in report[1].error
    assert project_info(project)["documents"] == 1


def test_cancel_leaves_the_project_unchanged(project, files):
    before = _dump(project.location)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1  # cancel after the first file was stored in the transaction

    with pytest.raises(ImportCancelled):
        import_transcripts(project, [files / "P07.txt", files / "P12.docx", files / "FG1.txt"], cancel=cancel)
    assert _dump(project.location) == before
