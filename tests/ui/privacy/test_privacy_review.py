"""The privacy review from the researcher's side: findings grouped by entity, tick/untick,
edit a replacement, apply as one undo step; the roster editor; the File menu entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from qualcode.core.document import Turn
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code, segments_of_document
from qualcode.services.corpus.documents import add_document
from qualcode.services.privacy import RosterName, get_roster, set_roster
from qualcode.services.projects import new_project
from qualcode.ui.privacy.review_dialog import PrivacyReviewDialog
from qualcode.ui.privacy.roster_dialog import RosterDialog
from qualcode.ui.session import ProjectSession

TEXT = ("Interviewer: Where did you stay, Anna?\n"
        "Anna: At Hope House in Kyiv. Anna's room was small. Write to anna@example.org.\n")


@pytest.fixture
def session(tmp_path: Path):
    project = new_project(tmp_path / "s.qcproj")
    first = TEXT.index("Anna:")
    turns = (Turn("Interviewer", Span(0, first - 1), 0.0), Turn("Anna", Span(first, len(TEXT) - 1), 5.0))
    doc = add_document(project, "Interview 1", TEXT, turns=turns).value
    code = add_code(project, "Shelter").value
    s = ProjectSession(project, "Dilnoza")
    start = TEXT.index("At Hope House")
    apply_code(project, doc.id, Span(start, start + len("At Hope House in Kyiv")), code.id, s.coder.id)
    set_roster(project, [RosterName("Anna Kowalska", "participant", "P07"), RosterName("Kyiv", "place", "[City]"),
                         RosterName("Hope House", "organisation", "")])
    yield s
    s.close()


@pytest.fixture
def dialog(qtbot, session):
    d = PrivacyReviewDialog(session)
    qtbot.addWidget(d)
    with qtbot.waitSignal(d.findings_shown, timeout=60_000):
        d.find_identifiers()  # in a worker
    return d


def _group_row(model, entity: str) -> int:
    return next(i for i, g in enumerate(model.groups) if g.key[1] == entity)


def _text(session) -> str:
    with session.project.unit_of_work() as uow:
        return uow.documents.get(1).text


def test_findings_are_grouped_by_entity_and_the_model_is_sound(dialog, qtmodeltester) -> None:
    model = dialog.model
    qtmodeltester.check(model)
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Anna Kowalska (3)" in labels
    anna = model.index(_group_row(model, "Anna Kowalska"), 0)
    assert {model.index(r, 0, anna).data() for r in range(model.rowCount(anna))} == {"Anna"}
    assert model.index(anna.row(), 5).data() == "P07"
    context = model.index(0, 4, anna).data()
    assert "[Anna]" in context
    assert dialog.summary.text().startswith("6 of 6 identifiers in 4 entities") and dialog.apply_button.isEnabled()


def test_untick_edit_and_apply_is_one_undo_step(dialog, session, qtbot, qtmodeltester, tmp_path: Path) -> None:
    from qualcode.services.export import export_segments_table

    model = dialog.model
    kyiv = model.index(_group_row(model, "Kyiv"), 0)
    assert model.setData(kyiv, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    shelter = model.index(_group_row(model, "Hope House"), 5)
    assert shelter.data() == "[Organisation 1]"  # proposed, since the roster left it empty
    assert model.setData(shelter, "[Shelter A]")
    anna = model.index(_group_row(model, "Anna Kowalska"), 0)
    model.setData(model.index(0, 0, anna), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert anna.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    qtmodeltester.check(model)
    original = _text(session)
    with qtbot.waitSignal(session.events.changed):
        dialog.apply()
    text = _text(session)
    assert "Where did you stay, Anna?" in text  # the unticked one stays
    assert "P07: At [Shelter A] in Kyiv. P07's room was small. Write to [Email 1]." in text
    [seg] = segments_of_document(session.project, 1)
    assert text[seg.span.start:seg.span.end] == "At [Shelter A] in Kyiv"
    assert session.undo_stack.count() == 1
    dialog.exports_only.setChecked(True)  # Kyiv was rejected, so the exports may run
    export_segments_table(session.project, tmp_path / "s.csv")
    assert "Kyiv" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    session.undo_stack.undo()
    assert _text(session) == original
    assert get_roster(session.project)[0].name == "Anna Kowalska"


def test_keep_mapping_needs_a_password(dialog, session, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr("qualcode.ui.privacy.review_dialog.QMessageBox.warning",
                        lambda *a: warnings.append(a[2]))
    dialog.keep_mapping.setChecked(True)
    dialog.apply()
    assert warnings and "password" in warnings[0]
    assert session.undo_stack.count() == 0
    dialog.password.setText("pw")
    dialog.apply()
    with session.project.unit_of_work() as uow:
        assert len(uow.privacy.mappings()) == 1


def test_roster_dialog_edits_and_imports(qtbot, session, tmp_path: Path) -> None:
    d = RosterDialog(session)
    qtbot.addWidget(d)
    assert d.table.rowCount() == 3
    d.add_row(RosterName("Oksana", "participant", "P12"))
    d.save()
    assert [r.name for r in get_roster(session.project)][-1] == "Oksana"
    (tmp_path / "r.csv").write_text("name,kind,replacement\nMaria (M.) [x]*,person,P01\n", encoding="utf-8")
    d2 = RosterDialog(session)
    qtbot.addWidget(d2)
    d2.load_csv(str(tmp_path / "r.csv"))
    assert [e.name for e in d2.entries()] == ["Maria (M.) [x]*"]


def test_main_window_offers_the_review_in_the_file_menu(qtbot, tmp_path: Path) -> None:
    from qualcode.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    for name in ("a.qcproj", "b.qcproj"):  # a second project replaces the entry, not adds one
        assert window.create_project(str(tmp_path / name))
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert texts.count("Pseudonymise transcripts…") == 1
    assert texts.count("Audit log…") == 1
    first = texts.index("Pseudonymise transcripts…")
    assert texts[first:first + 3] == ["Pseudonymise transcripts…", "Audit log…", "Save encrypted copy…"]


def test_every_undoable_step_is_in_the_audit_log_with_its_coder(qtbot, session) -> None:
    from qualcode.services.operations.coding_ops import ApplyCodeOperation
    from qualcode.services.privacy import audit_entries
    from qualcode.ui.commands.base import OperationCommand, push_command
    from qualcode.ui.privacy.install import install_audit_trail

    install_audit_trail(session)
    code = add_code(session.project, "Trust").value
    op = ApplyCodeOperation(session.project, 1, Span(0, 11), code.id, session.coder.id, label="Code with Trust")
    push_command(session, OperationCommand(session, op))
    session.undo_stack.undo()
    session.undo_stack.redo()
    bad = ApplyCodeOperation(session.project, 1, Span(0, 99_999), code.id, session.coder.id)
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the point is what the log says
        push_command(session, OperationCommand(session, bad))
    log = [(e.who, e.action, e.summary) for e in audit_entries(session.project)]
    assert log == [("Dilnoza", "edit", op.label), ("Dilnoza", "undo", op.label), ("Dilnoza", "edit", op.label)]


def test_audit_dialog_filters_and_exports_what_it_shows(qtbot, session, tmp_path: Path, qtmodeltester) -> None:
    import zipfile

    from qualcode.services.privacy import record_action
    from qualcode.ui.privacy.audit_dialog import AuditDialog

    record_action(session.project, "Dilnoza", "edit", "Code with Trust")
    record_action(session.project, "Aziz", "edit", "Merge Stigma into Shame")
    record_action(session.project, "Aziz", "undo", "Merge Stigma into Shame")
    d = AuditDialog(session)
    qtbot.addWidget(d)
    qtmodeltester.check(d.model)
    assert d.proxy.rowCount() == 3
    d.action_combo.setCurrentText("undo")
    assert [e.summary for e in d.shown()] == ["Merge Stigma into Shame"]
    d.action_combo.setCurrentText("All")
    d.filter_edit.setText("aziz")
    assert [e.action for e in d.shown()] == ["edit", "undo"]
    d.export(str(tmp_path / "a.docx"))
    with zipfile.ZipFile(tmp_path / "a.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Merge Stigma into Shame" in xml and "Code with Trust" not in xml


def test_a_missing_ner_pipeline_is_one_sentence_and_find_can_run_again(qtbot, session, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("qualcode.ui.privacy.review_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    d = PrivacyReviewDialog(session)
    qtbot.addWidget(d)
    d.ner_edit.setText("xx_not_installed_sm")
    d.find_identifiers()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert "xx_not_installed_sm" in warnings[0]
    assert d.find_button.isEnabled() and d.model.rowCount() == 0


def test_save_encrypted_copy_checks_the_password_twice(qtbot, session, tmp_path: Path) -> None:
    from qualcode.ui.privacy.encrypt_dialog import EncryptCopyDialog

    d = EncryptCopyDialog(session)
    qtbot.addWidget(d)
    target = tmp_path / "copy.qcenc"
    d.path_edit.setText(str(target))
    d.password.setText("one")
    d.again.setText("two")
    d.save()
    assert "differ" in d.message.text() and not target.exists()
    d.again.setText("one")
    d.save()
    assert target.exists() and b"Hope House" not in target.read_bytes()
    d2 = EncryptCopyDialog(session)
    qtbot.addWidget(d2)
    d2.path_edit.setText(str(target))
    d2.password.setText("x")
    d2.again.setText("x")
    d2.save()
    assert "already exists" in d2.message.text()


def test_the_open_document_shows_the_replaced_text_and_undo_brings_it_back(qtbot, tmp_path: Path) -> None:
    from qualcode.services.operations.privacy_ops import PseudonymiseOperation
    from qualcode.services.privacy import find_in_project
    from qualcode.ui.commands.base import OperationCommand, push_command
    from qualcode.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.create_project(str(tmp_path / "v.qcproj"))
    session = window.session
    doc = add_document(session.project, "Interview 1", TEXT).value
    set_roster(session.project, [RosterName("Anna Kowalska", "participant", "P07")])
    viewer = window.workbench.viewer
    viewer.show_document(doc.id)
    assert "Anna's room" in viewer.view.toPlainText()
    op = PseudonymiseOperation(session.project, find_in_project(session.project), session.coder.name)
    push_command(session, OperationCommand(session, op))
    qtbot.waitUntil(lambda: "P07's room" in viewer.view.toPlainText(), timeout=5_000)
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: "Anna's room" in viewer.view.toPlainText(), timeout=5_000)
