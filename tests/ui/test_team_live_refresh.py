"""Team mode in the GUI: File › Open server…, and another coder's edit refreshing an open view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from qualcode.ui.main_window import MainWindow
from qualcode.ui.team.open_server_dialog import OpenServerDialog, server_url
from tests.storage.pg_fixtures import fresh_schema


def _names(model) -> list[str]:
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def test_the_dialog_builds_a_url_without_the_password_and_keeps_it_in_the_keyring(qtbot, monkeypatch):
    import sys
    import types

    store: dict[tuple[str, str], str] = {}
    monkeypatch.setitem(sys.modules, "keyring", types.SimpleNamespace(
        set_password=lambda s, a, p: store.__setitem__((s, a), p)))
    dialog = OpenServerDialog()
    qtbot.addWidget(dialog)
    dialog.database.setText("study")
    dialog.user.setText("ana")
    dialog.schema.setText("team_a")
    dialog.password.setText("s3cret")
    dialog.store_password()
    assert dialog.url() == server_url("127.0.0.1", 5432, "study", "ana", "team_a")
    assert "s3cret" not in dialog.url() and dialog.password.text() == ""
    assert store == {("qualcode", "ana@127.0.0.1:5432/study"): "s3cret"}


def test_file_menu_offers_open_server(qtbot, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert "Open &server…" in [a.text() for a in file_menu.actions()]


@pytest.mark.postgres
def test_another_coder_s_new_code_appears_in_the_open_codebook(qtbot, tmp_path):
    from qualcode.services.codebook.codes import add_code
    from qualcode.services.projects import load_project, new_project

    schemas = fresh_schema()
    url, _schema = next(schemas)
    try:
        new_project(url).close()
        window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        assert window.open_location(url)
        other = load_project(url)  # a second client on the same database
        try:
            add_code(other, "Stigma")
            model = window.workbench.codebook.model
            qtbot.waitUntil(lambda: "Stigma" in _names(model), timeout=5000)
        finally:
            other.close()
        window.close_project()
    finally:
        next(schemas, None)


def test_merge_dialog_lists_conflicts_and_merges_with_the_chosen_decision(qtbot, tmp_path):
    import shutil

    from PySide6.QtWidgets import QComboBox

    from qualcode.services.codebook.codes import add_code, list_codes, rename_code
    from qualcode.services.projects import load_project, new_project
    from qualcode.ui.team.merge_dialog import MergeDialog

    base = tmp_path / "base.qcproj"
    p = new_project(base)
    add_code(p, "Services")
    add_code(p, "Zeta")
    p.close()
    a, b, out = tmp_path / "a.qcproj", tmp_path / "b.qcproj", tmp_path / "out.qcproj"
    shutil.copy(base, a)
    shutil.copy(base, b)
    for path, name in ((a, "Health services"), (b, "Care services")):
        q = load_project(path)
        rename_code(q, 1, name)
        q.close()
    dialog = MergeDialog()
    qtbot.addWidget(dialog)
    dialog.a.setText(str(a))
    dialog.b.setText(str(b))
    dialog.out.setText(str(out))
    assert dialog.find_conflicts()
    assert not out.exists()  # the preview writes nothing
    assert dialog.table.rowCount() == 1
    combo = dialog.table.cellWidget(0, 3)
    assert isinstance(combo, QComboBox) and combo.currentData() == "a" and combo.currentText() == "keep A"
    combo.setCurrentText("keep B")  # the options read as words; the decision kept is the service's "b"
    assert dialog.merge()
    q = load_project(out)
    assert "Care services" in {c.name for c in list_codes(q).values()}
    q.close()
