"""Edit › Preferences… chooses the project's OUTPUT language (Word and table labels), saved in
the project as one undoable step; GUI Word exports then use it."""

from __future__ import annotations

import zipfile
from types import SimpleNamespace

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

NOTE_RU = "Примечание."  # Russian for the APA "Note." label
CI_RU = "95% ДИ"


def _document_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def _window(qtbot, tmp_path):
    from qualcode.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.create_project(str(tmp_path / "p.qcproj"))
    return window


def _choose(monkeypatch, language: str, mark: bool | None = None) -> None:
    from qualcode.ui.dialogs.preferences_dialog import PreferencesDialog

    def pick(dialog):
        assert dialog.output_language.isEnabled()
        dialog.output_language.setCurrentIndex(dialog.output_language.findData(language))
        dialog.decimal_mark.setCurrentIndex(dialog.decimal_mark.findData(mark))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", pick)


def _export_result_table(window, path) -> str:
    """The regression panel's Word… button code, on a small finished table."""
    from qualcode.ui.analysis.result_actions import ResultActions

    table = SimpleNamespace(title="Table 1\nLogistic regression of SR", header=["Term", "OR", "95% CI", "p"],
                            rows=[["PSSI", "1.52", "[1.10, 2.10]", ".011"]], fit_line="",
                            notes=["N = 45."])
    host = SimpleNamespace(session=window.session, result_table=table)
    ResultActions(host, window).export_word(str(path))
    return _document_xml(path)


def test_english_is_the_default_and_the_export_keeps_it(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    xml = _export_result_table(window, tmp_path / "en.docx")
    assert "Note." in xml and "95% CI" in xml and "1.52" in xml
    assert NOTE_RU not in xml


def test_russian_chosen_in_preferences_reaches_the_word_table_and_undo_takes_it_back(
        qtbot, tmp_path, monkeypatch):
    from qualcode.services.output_language import output_settings

    window = _window(qtbot, tmp_path)
    _choose(monkeypatch, "ru")
    window.preferences_action.trigger()
    assert output_settings(window.session.project).language == "ru"  # saved in the project

    xml = _export_result_table(window, tmp_path / "ru.docx")
    assert NOTE_RU in xml and CI_RU in xml
    assert "1,52" in xml and "[1,10; 2,10]" in xml  # Russian journals: decimal comma
    assert "Note." not in xml

    # the codebook export from the Themes menu follows the same setting
    path = window.themes_ui.export_codebook_word(str(tmp_path / "codebook.docx"))
    assert path is not None and "Кодовая книга" in _document_xml(path)

    # one undoable step: Edit › Undo brings English back
    stack = window.session.undo_stack
    assert stack.undoText() == "Set output language"
    stack.undo()
    assert output_settings(window.session.project).language == "en"
    xml = _export_result_table(window, tmp_path / "back.docx")
    assert "Note." in xml and NOTE_RU not in xml


def test_decimal_point_can_be_kept_with_russian_labels(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, tmp_path)
    _choose(monkeypatch, "ru", mark=False)
    window.preferences_action.trigger()
    xml = _export_result_table(window, tmp_path / "ru_point.docx")
    assert NOTE_RU in xml and "1.52" in xml and "1,52" not in xml


def test_without_a_project_the_output_choice_is_disabled(qtbot, tmp_path):
    from qualcode.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert not dialog.output_language.isEnabled() and not dialog.decimal_mark.isEnabled()
    assert not dialog.output_changed()
