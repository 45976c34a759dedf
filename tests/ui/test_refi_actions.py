"""File › Import/Export REFI-QDA: enabled with a project, the import fills the code tree and
shows the report; a hostile file shows an error and changes nothing; the export writes a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qualcode.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data" / "refi"


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    return w


def _file_menu_texts(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_import_shows_the_report_and_export_writes_the_file(window, tmp_path, qtbot, monkeypatch):
    actions = window.refi_actions
    assert "Import REFI-QDA (.qdpx, .qdc)…" in _file_menu_texts(window)
    assert not actions.import_action.isEnabled() and not actions.export_action.isEnabled()
    window.create_project(str(tmp_path / "s.qcproj"))
    assert actions.import_action.isEnabled()
    source = DATA / "portableQDA_REFI-QDA-1-5_with_empty_Sets.qdc"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    with qtbot.waitSignal(window.session.events.changed, timeout=10_000):
        actions.import_action.trigger()
    dialog = actions.last_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert text.startswith(source.name) and "6 codes" in text and "Sets" in text
    dialog.accept()
    assert window.undo_action.isEnabled()
    with window.session.project.unit_of_work() as uow:
        assert len(uow.codes.all()) == 6
    window.undo_action.trigger()
    with window.session.project.unit_of_work() as uow:
        assert uow.codes.all() == {}
    window.redo_action.trigger()
    out = tmp_path / "out.qdpx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    actions.export_action.trigger()
    assert out.exists() and "6 codes" in actions.last_dialog.text.toPlainText()


def test_a_hostile_file_shows_an_error_and_changes_nothing(window, tmp_path, monkeypatch):
    window.create_project(str(tmp_path / "s.qcproj"))
    bad = tmp_path / "evil.qdc"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><CodeBook/>')
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert window.refi_actions.import_file(str(bad)) is None
    assert shown and "evil.qdc" in shown[0]
    with window.session.project.unit_of_work() as uow:
        assert uow.codes.all() == {}


@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_a_qdc_given_to_import_codebook_names_the_file_menus_refi_item(window, tmp_path, monkeypatch, qapp,
                                                                       language):
    # Themes › Import codebook accepts CSV, Excel and Word; a REFI-QDA codebook goes through the File menu.
    from PySide6.QtCore import QCoreApplication

    from qualcode.ui.i18n import install_language

    english_item = "Import REFI-QDA (.qdpx, .qdc)…"
    assert english_item in _file_menu_texts(window)
    window.create_project(str(tmp_path / "s.qcproj"))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    install_language(qapp, language)
    try:
        item = QCoreApplication.translate("RefiActions", english_item)
        assert window.themes_ui.import_codebook_file(str(DATA / "REFI-QDA-1-5_AnnexA1_codebook.qdc")) is False
    finally:
        install_language(qapp, "en")
    (text,) = shown
    assert "REFI-QDA-1-5_AnnexA1_codebook.qdc" in text and item in text and "qualcode refi import" in text
    if language != "en":
        assert item != english_item and "Codebooks" not in text
    with window.session.project.unit_of_work() as uow:
        assert uow.codes.all() == {}
