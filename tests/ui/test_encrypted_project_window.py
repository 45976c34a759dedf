"""The GUI creates an encrypted project from the "Encrypt" box and asks for the password
when opening one; a wrong password asks again and changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import load_project, new_project
from qualcode.ui.main_window import MainWindow
from qualcode.ui.password_dialogs import NewProjectChoice, NewProjectDialog


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.delenv("QUALCODE_PASSWORD", raising=False)
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    return w


def test_the_encrypt_box_creates_an_encrypted_project(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "study"
    monkeypatch.setattr("qualcode.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ask_new_project = lambda parent: NewProjectChoice("s3cret")
    window.choose_new_project()
    assert window.session is not None
    window.close_project()
    path = tmp_path / "study.qcproj"
    assert not path.read_bytes().startswith(b"SQLite format 3")
    load_project(path, password="s3cret").close()


def test_opening_asks_for_the_password_again_after_a_wrong_one(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "s.qcproj"
    project = new_project(path, password="right")
    add_document(project, "P07", "P07: The shelter on Harbour Street.")
    project.close()
    answers, problems = iter(["wrong", "right"]), []

    def ask(_parent, location: str, problem: str) -> str | None:
        problems.append(problem)
        return next(answers)

    window.ask_password = ask
    assert window.open_location(str(path))
    assert window.session is not None and "1 document" in window.counts_label.text()
    assert problems[0] == "" and "does not open" in problems[1]


def test_cancelling_the_password_opens_nothing_and_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "s.qcproj"
    new_project(path, password="right").close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    window.ask_password = lambda *_a: None
    assert not window.open_location(str(path))
    assert window.session is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_new_project_dialog_needs_the_same_password_twice(qtbot) -> None:
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.choice() == NewProjectChoice(None)
    dialog.encrypt_box.setChecked(True)
    assert not ok.isEnabled() and dialog.password_edit.isEnabled()
    dialog.password_edit.setText("abc")
    dialog.again_edit.setText("abd")
    assert not ok.isEnabled() and "differ" in dialog.problem_label.text()
    dialog.again_edit.setText("abc")
    assert ok.isEnabled() and dialog.choice() == NewProjectChoice("abc")
