"""Correcting a document's language (right-click in the document list) is one undo step: Ctrl+Z
restores the detected language, Ctrl+Shift+Z and Ctrl+Y redo it, the list shows the change, and
Edit › Undo names the step in the interface language."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from qualcode.services.corpus.document_language import document_languages
from qualcode.services.corpus.documents import add_document

RUSSIAN_TEXT = "Интервьюер: Расскажите о себе.\nУчастник: Я жила в приюте."


@pytest.fixture
def window(qtbot, tmp_path):
    from qualcode.ui.main_window import MainWindow

    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert w.create_project(str(tmp_path / "p.qcproj"))
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


def _item(pane, doc_id):
    tree = pane.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            if group.child(i).data(0, Qt.ItemDataRole.UserRole) == doc_id:
                return group.child(i)
    raise AssertionError(f"document {doc_id} is not in the list")


def _choose(pane, doc_id, name):
    menu = pane.language_menu(doc_id)
    [action] = [a for a in menu.actions() if a.text() == name]
    action.trigger()


def _key(qtbot, window, sequence):
    qtbot.keyClick(window, sequence[-1], sequence[0])
    QApplication.processEvents()


def test_changing_a_documents_language_is_one_undo_step(qtbot, window):
    project = window.session.project
    doc = add_document(project, "P07", RUSSIAN_TEXT, language="ru").value
    pane = window.workbench.documents
    qtbot.waitUntil(lambda: doc.id in pane.shown_ids(), timeout=3000)
    menu = pane.language_menu(doc.id)
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Russian"]
    assert "Language: Russian" in _item(pane, doc.id).toolTip(0)

    _choose(pane, doc.id, "Uzbek")
    assert document_languages(project)[doc.id] == "uz"
    qtbot.waitUntil(lambda: "Language: Uzbek" in _item(pane, doc.id).toolTip(0), timeout=3000)  # the list heard it
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Set the language of P07"

    ctrl, shift_ctrl = Qt.KeyboardModifier.ControlModifier, (Qt.KeyboardModifier.ControlModifier
                                                             | Qt.KeyboardModifier.ShiftModifier)
    _key(qtbot, window, (ctrl, Qt.Key.Key_Z))
    assert document_languages(project)[doc.id] == "ru"
    qtbot.waitUntil(lambda: "Language: Russian" in _item(pane, doc.id).toolTip(0), timeout=3000)
    _key(qtbot, window, (shift_ctrl, Qt.Key.Key_Z))
    assert document_languages(project)[doc.id] == "uz"
    _key(qtbot, window, (ctrl, Qt.Key.Key_Z))
    assert document_languages(project)[doc.id] == "ru"
    _key(qtbot, window, (ctrl, Qt.Key.Key_Y))
    assert document_languages(project)[doc.id] == "uz"
    assert window.session.undo_stack.count() == 1  # one step, however often it went back and forth


def test_choosing_the_current_language_adds_no_step(qtbot, window):
    doc = add_document(window.session.project, "P08", RUSSIAN_TEXT, language="ru").value
    pane = window.workbench.documents
    _choose(pane, doc.id, "Russian")
    assert window.session.undo_stack.count() == 0


@pytest.mark.parametrize("lang, menu_title, uzbek, undo", [
    ("ru", "&Язык документа", "Узбекский", "&Отменить: Изменение языка документа «P07»"),
    ("uz", "Hujjat &tili", "Oʻzbek tili", "&Bekor qilish: «P07» hujjati tilini oʻzgartirish"),
])
def test_the_menu_and_the_undo_step_speak_the_interface_language(qtbot, tmp_path, lang, menu_title, uzbek, undo):
    from qualcode.ui.i18n import install_language
    from qualcode.ui.i18n.switch import switch_language
    from qualcode.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.create_project(str(tmp_path / "p.qcproj"))
    doc = add_document(window.session.project, "P07", RUSSIAN_TEXT, language="ru").value
    try:
        window = switch_language(window, lang)
        qtbot.addWidget(window)
        pane = window.workbench.documents
        menu = pane.language_menu(doc.id)
        assert menu.title() == menu_title
        _choose(pane, doc.id, uzbek)
        assert document_languages(window.session.project)[doc.id] == "uz"
        assert window.undo_action.text() == undo
    finally:
        window.close_project()
        install_language(QApplication.instance(), "en")
