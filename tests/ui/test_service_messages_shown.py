"""Issue 19 gap: what the services report reads in the interface language, from the user's side.

With the interface in Russian (and Uzbek where it matters), real failures are produced the way a
researcher meets them: a corrupt .docx, a cp1251 file labelled UTF-8 by its byte-order mark, a zip
bomb, a transcript with a label and no text, a survey with duplicate IDs, a REFI-QDA project whose
source text is missing, two copies of a project with a conflicting edit, a malformed .qdpx. The text
shown must hold no English sentence and must keep the file names and numbers.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from qualcode.ui.session import ProjectSession
from tests.ui.english_left import english_left


@pytest.fixture
def interface(qapp):
    """Switch the interface language for one test (English again afterwards)."""
    from qualcode.ui.i18n import install_language

    yield lambda code: install_language(qapp, code)
    install_language(qapp, "en")


# -- transcripts ---------------------------------------------------------------------
def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _bad_transcripts(folder: Path) -> dict[str, Path]:
    corrupt = folder / "corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a Word document " * 20)
    mislabelled = folder / "respondent.txt"  # says UTF-8 (its byte-order mark), is cp1251
    mislabelled.write_bytes(b"\xef\xbb\xbf" + "Интервьюер: Как дела?\nРеспондент: Хорошо.\n".encode("cp1251"))
    bomb = _zip(folder / "bomb.docx", {"[Content_Types].xml": b"<Types/>",
                                       "word/document.xml": b"<w:document>" + b" " * (8 << 20) + b"</w:document>"})
    label_only = folder / "labels.txt"
    label_only.write_text("Interviewer: How was it?\nAmina:\nAmina: Fine.\n", encoding="utf-8")
    return {"corrupt": corrupt, "mislabelled": mislabelled, "bomb": bomb, "label_only": label_only}


def _status(dialog, row: int) -> str:
    from qualcode.ui.models.transcript_preview_model import STATUS

    model = dialog.file_model
    return model.data(model.index(row, STATUS), Qt.ItemDataRole.DisplayRole)


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_bad_transcripts_are_explained_in_the_interface_language(qtbot, project, tmp_path, interface, language):
    from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog

    files = _bad_transcripts(tmp_path)
    interface(language)
    session = ProjectSession(project, "Dilnoza")
    dialog = TranscriptImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.set_files(list(files.values()))
    shown = {name: _status(dialog, row) for row, name in enumerate(files)}
    # each problem names its file (and place) and keeps its numbers, in the interface's words
    assert "corrupt.docx" in shown["corrupt"] and "zip" in shown["corrupt"]
    assert "respondent.txt" in shown["mislabelled"] and shown["mislabelled"].count("utf-8") == 2
    ratio = re.search(r"(\d+)", shown["bomb"].split("word/document.xml", 1)[1])
    assert "bomb.docx" in shown["bomb"] and ratio is not None and int(ratio.group(1)) > 200
    assert "'Amina'" in shown["label_only"] and "2" in shown["label_only"]
    data = (*(p.name for p in files.values()), "utf-8-sig", "word/document.xml", "Amina")  # names, a codec, a part
    for name, text in shown.items():
        assert not english_left(text, language, data=data), (name, text)
    summary = dialog.error_label.text()
    assert "corrupt.docx" in summary and not english_left(summary, language, data=("corrupt.docx", "respondent.txt",
                                                                                     "bomb.docx"))
    dialog.file_view.selectRow(2)  # the zip bomb: its title says why it cannot be imported
    title = dialog.speaker_title.text()
    assert title.startswith("bomb.docx") and not english_left(title, language, data=data), title
    session.events.detach()


def test_the_same_problems_read_in_english_with_an_english_interface(qtbot, project, tmp_path):
    """The English texts are the services' own (the translation layer adds nothing in English)."""
    from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog

    files = _bad_transcripts(tmp_path)
    session = ProjectSession(project, "Dilnoza")
    dialog = TranscriptImportDialog(session)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.set_files(list(files.values()))
    assert "refusing a possible zip bomb" in _status(dialog, 2)
    assert "Line 2: the label 'Amina' has no text." in _status(dialog, 3)
    session.events.detach()


# -- surveys -------------------------------------------------------------------------
def test_duplicate_survey_ids_are_listed_in_russian(qtbot, project, tmp_path, interface):
    from qualcode.ui.dialogs.survey_import_dialog import SurveyImportDialog

    path = tmp_path / "dupes.csv"
    path.write_text("pid,score\nA1,3\nA2,4\nA1,5\nA2,6\nA3,7\n", encoding="utf-8")
    interface("ru")
    session = ProjectSession(project, "Dilnoza")
    dialog = SurveyImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.table_loaded):
        dialog.set_file(path)
    text = dialog.error_label.text()
    assert "'A1' (строки 2, 4)" in text and "'A2' (строки 3, 5)" in text, text
    assert not english_left(text, "ru", data=(str(path), "'A1'", "'A2'", "'pid'")), text
    assert not dialog.import_button.isEnabled()
    session.events.detach()


# -- REFI-QDA ------------------------------------------------------------------------
def _qdpx_without_its_source(tmp_path: Path) -> Path:
    from qualcode.core.span import Span
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.exchange import export_refi
    from qualcode.services.projects import ensure_coder, new_project

    p = new_project(tmp_path / "colleague.qcproj")
    doc = add_document(p, "P01", "I was a person again in the peer group.").value
    code = add_code(p, "Peer support").value
    apply_code(p, doc.id, Span(2, 23), code.id, ensure_coder(p, "Ana").id)
    whole = tmp_path / "whole.qdpx"
    export_refi(p, whole)
    p.close()
    broken = tmp_path / "colleague.qdpx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if not info.filename.startswith("sources/"):  # the source text got lost on the way
                out.writestr(info, src.read(info))
    return broken


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_refi_report_of_a_missing_source_is_in_the_interface_language(qtbot, tmp_path, interface, language):
    from qualcode.ui.main_window import MainWindow

    source = _qdpx_without_its_source(tmp_path)
    interface(language)
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.create_project(str(tmp_path / "mine.qcproj"))
    dialog = window.refi_actions.import_file(str(source))
    assert dialog is not None
    lines = dialog.text.toPlainText().splitlines()
    assert lines[0].startswith("colleague.qdpx: ")
    assert any(line.strip().startswith("1 × ") for line in lines)  # the one source and its selection
    for line in lines:
        assert not english_left(line, language, data=("colleague.qdpx", "Ana")), line
    expected = {"ru": ("1 код", "Не сохранено:", "текстовые источники, текста которых нет в архиве"),
                "uz": ("1 ta kod", "Saqlanmadi:", "matni arxivda boʻlmagan matn manbalari")}[language]
    text = "\n".join(lines)
    assert all(part in text for part in expected), text
    dialog.close()
    window.close()


def test_a_broken_qdpx_is_explained_in_russian(qtbot, tmp_path, interface, monkeypatch):
    from qualcode.ui.main_window import MainWindow

    bad = tmp_path / "broken.qdpx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    interface("ru")
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.create_project(str(tmp_path / "mine.qcproj"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert window.refi_actions.import_file(str(bad)) is None
    assert shown and "broken.qdpx" in shown[0] and "zip" in shown[0]
    assert not english_left(shown[0], "ru", data=("broken.qdpx",)), shown[0]
    window.close()


# -- merge ---------------------------------------------------------------------------
def _copies_with_a_conflict(tmp_path: Path) -> tuple[Path, Path, Path]:
    from dataclasses import replace

    from qualcode.services.codebook.codes import add_code, list_codes, update_code
    from qualcode.services.projects import ensure_coder, load_project, new_project

    base = tmp_path / "base.qcproj"
    p = new_project(base)
    add_code(p, "Peer support")
    add_code(p, "Zeta")
    p.close()
    a, b = tmp_path / "a.qcproj", tmp_path / "b.qcproj"
    shutil.copy(base, a)
    shutil.copy(base, b)
    for path, definition in ((a, "Help from equals"), (b, "Support from other patients")):
        q = load_project(path)
        code = next(c for c in list_codes(q).values() if c.name == "Peer support")
        update_code(q, replace(code, definition=definition), coder_id=ensure_coder(q, "Dilnoza").id)
        q.close()
    return a, b, tmp_path / "merged.qcproj"


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_merge_conflicts_and_result_are_in_the_interface_language(qtbot, tmp_path, interface, language):
    from qualcode.ui.team.merge_dialog import MergeDialog

    a, b, out = _copies_with_a_conflict(tmp_path)
    interface(language)
    dialog = MergeDialog()
    qtbot.addWidget(dialog)
    dialog.a.setText(str(a))
    dialog.b.setText(str(b))
    dialog.out.setText(str(out))
    assert dialog.find_conflicts()
    assert dialog.table.rowCount() == 1
    data = ("Peer support", "Help from equals", "Support from other patients")
    what = dialog.table.item(0, 0).text()
    assert "Peer support" in what and not english_left(what, language, data=data), what
    combo = dialog.table.cellWidget(0, 3)
    assert isinstance(combo, QComboBox)
    options = [combo.itemText(i) for i in range(combo.count())]
    assert options and not any(english_left(o, language, data=("A", "B")) for o in options), options
    combo.setCurrentIndex(combo.findData("b"))
    assert dialog.merge()
    status = dialog.status.text()
    assert str(out) in status and not english_left(status, language, data=(str(out), "A", "B")), status
    from qualcode.services.codebook.codes import list_codes
    from qualcode.services.projects import load_project

    merged = load_project(out)
    assert {c.definition for c in list_codes(merged).values() if c.name == "Peer support"} == {
        "Support from other patients"}  # the decision taken in the interface's words is the service's "b"
    merged.close()


def test_merge_into_an_existing_file_is_refused_in_russian(qtbot, tmp_path, interface):
    from qualcode.ui.team.merge_dialog import MergeDialog

    a, b, out = _copies_with_a_conflict(tmp_path)
    out.write_bytes(b"")
    interface("ru")
    dialog = MergeDialog()
    qtbot.addWidget(dialog)
    dialog.a.setText(str(a))
    dialog.b.setText(str(b))
    dialog.out.setText(str(out))
    assert not dialog.find_conflicts()
    assert str(out) in dialog.status.text() and not english_left(dialog.status.text(), "ru", data=(str(out),))


# -- quant notes ---------------------------------------------------------------------
def test_less_common_model_notes_read_in_russian_with_their_numbers(interface):
    import numpy as np
    import pandas as pd

    from qualcode.ui.texts import service_text
    from quant.count import fit_count

    rng = np.random.default_rng(7)
    x = rng.normal(size=200)
    y = rng.negative_binomial(2, 1 / (1 + np.exp(0.5 + 0.4 * x) / 2))  # over-dispersed counts
    result = fit_count(pd.DataFrame({"visits": y, "stress": x}), "visits ~ stress")
    interface("ru")
    for note in result.notes:
        shown = service_text(note)
        assert not english_left(shown, "ru"), (note, shown)
        assert re.findall(r"\d+(?:\.\d+)?", note) == re.findall(r"\d+(?:\.\d+)?", shown), (note, shown)


# -- saving (the error dialog) -------------------------------------------------------
def test_coding_the_same_text_twice_is_refused_in_uzbek(qtbot, project, interface, monkeypatch):
    from qualcode.core.errors import QualCodeError
    from qualcode.core.span import Span
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.coding.segments import apply_code
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.projects import ensure_coder
    from qualcode.ui.error_dialog import show_error

    doc = add_document(project, "P01", "I started to feel like I had some rights.").value
    code = add_code(project, "Rights").value
    coder = ensure_coder(project, "Dilnoza")
    apply_code(project, doc.id, Span(2, 9), code.id, coder.id)
    with pytest.raises(QualCodeError) as refused:
        apply_code(project, doc.id, Span(2, 9), code.id, coder.id)
    interface("uz")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    show_error(None, "Tanlangan matn kodlanmadi", refused.value)
    assert shown == ["Tanlangan matn kodlanmadi: Bu matn allaqachon shu kod bilan kodlangan."]
