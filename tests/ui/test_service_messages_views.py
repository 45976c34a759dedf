"""The views that used to show a service's English sentence as it came now show it in the interface
language: the search pane, the disagreement panel, the "New joint display" dialog, the encrypted-copy
and roster dialogs. Each failure is produced the way a researcher meets it, in Russian or Uzbek."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from qualcode.core.span import Span
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import new_project
from qualcode.ui.session import ProjectSession
from tests.ui.english_left import english_left


@pytest.fixture
def interface(qapp):
    from qualcode.ui.i18n import install_language

    yield lambda code: install_language(qapp, code)
    install_language(qapp, "en")


@pytest.fixture
def session(tmp_path: Path):
    project = new_project(tmp_path / "views.qcproj")
    add_document(project, "P01", "I felt the peer group was the first place that listened. Nobody judged me there.")
    session = ProjectSession(project, "Lead")
    yield session
    session.close()


def test_search_pane_explains_a_bad_regular_expression_in_russian(qtbot, session, interface):
    from qualcode.ui.panes.search_pane import SearchPane

    interface("ru")
    pane = SearchPane(session)
    qtbot.addWidget(pane)
    pane.query.setText("legal(")
    pane.mode_box.setCurrentIndex(pane.mode_box.findData("regex"))
    assert not pane.run_search()
    assert pane.status.text().startswith("Регулярное выражение некорректно: "), pane.status.text()
    assert pane.status.text().endswith(" в позиции 5."), pane.status.text()


def test_disagreement_panel_refuses_a_memo_decision_without_text_in_uzbek(qtbot, session, interface):
    from qualcode.services.coding.retrieval import find_code_by_path
    from qualcode.services.coding.segments import apply_named_code
    from qualcode.services.team.disagreements import list_decisions
    from qualcode.ui.team.disagreement_view import DisagreementPanel

    project = session.project
    apply_named_code(project, 1, Span(0, 56), find_code_by_path(project, "Peer support"), "Peer support", "Ana")
    apply_named_code(project, 1, Span(57, 80), find_code_by_path(project, "Peer support"), "Peer support", "Ben")
    interface("uz")
    panel = DisagreementPanel(session)
    qtbot.addWidget(panel)
    panel.coder_a.setCurrentIndex(panel.coder_a.findText("Ana", flags=Qt.MatchFlag.MatchStartsWith))
    panel.coder_b.setCurrentIndex(panel.coder_b.findText("Ben", flags=Qt.MatchFlag.MatchStartsWith))
    assert panel.model.rowCount() == 2
    panel.table.selectRow(0)
    panel.write_memo.click()  # no memo text
    assert panel.summary.text() == "qayd bilan qaror uchun qayd matni kerak"
    assert list_decisions(project) == []


def test_new_joint_display_without_a_name_is_refused_in_russian(qtbot, interface):
    from qualcode.ui.joint.new_display_dialog import NewDisplayDialog

    interface("ru")
    dialog = NewDisplayDialog([])
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(0)
    dialog._accept()
    assert dialog.message.text() == "Дайте совместному представлению название."


def test_encrypted_copy_over_the_project_itself_is_refused_in_russian(qtbot, session, interface):
    from qualcode.ui.privacy.encrypt_dialog import EncryptCopyDialog

    interface("ru")
    dialog = EncryptCopyDialog(session)
    qtbot.addWidget(dialog)
    location = str(session.project.location)
    dialog.path_edit.setText(location)
    dialog.password.setText("s3cret")
    dialog.again.setText("s3cret")
    dialog.save()
    shown = dialog.message.text()
    assert location in shown and not english_left(shown, "ru", data=(location,)), shown


def test_a_roster_without_a_name_column_is_refused_in_uzbek(qtbot, session, interface, tmp_path, monkeypatch):
    from qualcode.ui.privacy import roster_dialog

    roster = tmp_path / "roster.csv"
    roster.write_text("person,replacement\nAmina,[P1]\n", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(roster_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(roster), ""))
    interface("uz")
    dialog = roster_dialog.RosterDialog(session)
    qtbot.addWidget(dialog)
    dialog.choose_csv()
    assert len(warnings) == 1
    assert str(roster) in warnings[0] and "«name» ustuni yoʻq" in warnings[0], warnings
    assert not english_left(warnings[0], "uz", data=(str(roster),)), warnings


def test_the_clean_copy_question_gives_the_refusal_in_russian(qtbot, interface, tmp_path):
    """A received project with a foreign trigger: the main window's question quotes the storage's
    refusal, which reads in Russian with the file and the trigger's name kept."""
    from qualcode.storage.schema_guard import ForeignSchemaError
    from qualcode.ui import main_window

    path = str(tmp_path / "received.qcproj")
    refusal = ForeignSchemaError(path, ["trigger 'wipe' on segments"])
    interface("ru")
    window = main_window.MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    asked: list[str] = []
    window.ask_clean_copy = lambda _parent, text, _copy: asked.append(text) or False
    assert window._offer_clean_copy(path, refusal) is False
    assert asked and asked[0].startswith(f"{path} содержит объекты базы данных"), asked
    assert "trigger 'wipe' on segments" in asked[0] and asked[0].endswith(f"qualcode clean-copy {path} COPY.qcproj")
