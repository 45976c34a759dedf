"""The codebook item model: Qt's model contract, incremental updates, drag re-parent, counts."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QSettings, Qt

from qualcode.core.case import SpeakerMapping
from qualcode.core.changes import Changes
from qualcode.core.span import Span
from qualcode.services.codebook.code_counts import CodeCounts, code_counts
from qualcode.services.codebook.codes import add_code, delete_code, list_codes, merge_codes, move_code, rename_code
from qualcode.services.coding.segments import apply_code
from qualcode.ui.main_window import MainWindow
from qualcode.ui.models.codebook_model import CODE_MIME, CodebookModel
from tests.ui.workbench_fixtures import add_focus_group, span_of


def _tree(model: CodebookModel, parent: QModelIndex = QModelIndex(), depth: int = 0) -> list[str]:  # noqa: B008
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append("  " * depth + index.data())
        out.extend(_tree(model, index, depth + 1))
    return out


def test_model_contract_through_every_kind_of_change(qapp, project, qtmodeltester):
    legal = add_code(project, "Legal").value
    aid = add_code(project, "Legal aid", parent_id=legal.id).value
    social = add_code(project, "Social").value
    model = CodebookModel(list_codes(project))
    qtmodeltester.check(model)
    assert _tree(model) == ["Legal", "  Legal aid", "Social"]
    peer = add_code(project, "Peer support", parent_id=social.id).value
    model.set_codes(list_codes(project))
    qtmodeltester.check(model)
    rename_code(project, aid.id, "Legal help")
    move_code(project, peer.id, legal.id)
    model.set_codes(list_codes(project))
    qtmodeltester.check(model)
    assert _tree(model) == ["Legal", "  Legal help", "  Peer support", "Social"]
    merge_codes(project, legal.id, social.id)  # children move to Social, Legal goes
    model.set_codes(list_codes(project))
    qtmodeltester.check(model)
    assert _tree(model) == ["Social", "  Legal help", "  Peer support"]
    delete_code(project, social.id)
    model.set_codes(list_codes(project))
    qtmodeltester.check(model)
    assert _tree(model) == []


def test_updates_are_incremental_signals(qapp, project):
    a = add_code(project, "A").value
    b = add_code(project, "B").value
    model = CodebookModel(list_codes(project))
    seen: list[str] = []
    model.rowsInserted.connect(lambda *_: seen.append("insert"))
    model.rowsRemoved.connect(lambda *_: seen.append("remove"))
    model.rowsMoved.connect(lambda *_: seen.append("move"))
    model.modelReset.connect(lambda *_: seen.append("reset"))
    model.dataChanged.connect(lambda *_: seen.append("data"))
    move_code(project, b.id, a.id)
    model.set_codes(list_codes(project))
    assert seen == ["move"]
    seen.clear()
    rename_code(project, a.id, "Alpha")
    model.set_codes(list_codes(project))
    assert seen == ["data"]


def test_counts_attribute_focus_group_segments_to_speaker_cases(project, coder):
    """Hand count: Amina and Ben are cases, the moderator counts for none."""
    doc = add_focus_group(project)
    with project.unit_of_work() as uow:
        amina, ben = uow.cases.add("P01"), uow.cases.add("P02")
        uow.cases.set_speaker_mapping(SpeakerMapping(doc.id, "Amina", amina.id))
        uow.cases.set_speaker_mapping(SpeakerMapping(doc.id, "Ben", ben.id))
        uow.cases.set_speaker_mapping(SpeakerMapping(doc.id, "Moderator", None, is_interviewer=True))
    help_code = add_code(project, "Help").value
    for words in ("In the shelter I was a number", "the peer group", "legal help", "What helped you most"):
        apply_code(project, doc.id, Span(*span_of(words)), help_code.id, coder.id)
    counts = code_counts(project)
    # 4 segments, 1 document, 2 cases (Amina, Ben; the moderator's words count for nobody)
    assert counts[help_code.id] == CodeCounts(segments=4, documents=1, cases=2)


def test_drag_a_code_onto_another_re_parents_it_undoably(qtbot, tmp_path, qtmodeltester):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.create_project(str(tmp_path / "p.qcproj"))
    session = window.session
    pane = window.workbench.codebook
    legal = pane.add_code(None, "Legal")
    aid = pane.add_code(None, "Legal aid")
    assert _tree(pane.model) == ["Legal", "Legal aid"]
    mime = QMimeData()
    mime.setData(CODE_MIME, QByteArray(str(aid).encode()))
    assert pane.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, pane.view_index(legal))
    assert list_codes(session.project)[aid].parent_id == legal
    assert _tree(pane.model) == ["Legal", "  Legal aid"]
    qtmodeltester.check(pane.model)
    session.undo_stack.undo()
    assert _tree(pane.model) == ["Legal", "Legal aid"]
    # recolour, rename (the F2 editor commits through setData) and merge, each undoable
    assert pane.recolour_code(legal, "#123456")
    assert pane.model.setData(pane.model.index_of(legal), "Law")
    assert list_codes(session.project)[legal].name == "Law"
    pane.ask_merge_target = lambda parent, choices: "Law"
    assert pane.merge_code(aid)
    assert _tree(pane.model) == ["Law"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    codes = list_codes(session.project)
    assert (codes[legal].name, codes[legal].colour, codes[aid].name) == ("Legal", "#E69F00", "Legal aid")
    qtmodeltester.check(pane.model)


def test_counts_arrive_from_the_worker(qtbot, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.create_project(str(tmp_path / "p.qcproj"))
    session = window.session
    doc = add_focus_group(session.project)
    pane = window.workbench.codebook
    # the window's first counts start at once (the cells read "…" until they land)
    qtbot.waitUntil(lambda: pane.model.counts_known, timeout=5000)
    code_id = pane.add_code(None, "Rights")
    with qtbot.waitSignal(pane.counts.updated, timeout=5000):
        apply_code(session.project, doc.id, Span(*span_of("some rights")), code_id, session.coder.id)
        session.events.changed.emit(Changes(segments=True))
    assert [pane.model.index_of(code_id, c).data() for c in (2, 3, 4)] == [1, 1, 0]  # no case mapped yet


def test_counts_read_as_loading_until_they_are_counted_never_as_zero(qapp, project):
    parent = add_code(project, "Legal").value.id
    aid = add_code(project, "Legal aid", parent_id=parent).value.id
    model = CodebookModel(list_codes(project))
    loading = [model.data(model.index_of(c, col)) for c in (parent, aid) for col in (2, 3, 4)]
    assert loading == ["…"] * 6  # not 0 · 0 · 0: nothing was counted yet
    assert "segment" not in model.data(model.index_of(aid, 0), Qt.ItemDataRole.ToolTipRole)
    model.set_counts({aid: CodeCounts(3, 2, 1)})
    assert [model.data(model.index_of(aid, col)) for col in (2, 3, 4)] == [3, 2, 1]
    assert model.data(model.index_of(parent, 2)) == "Σ 3"


def test_text_drop_between_rows_is_refused(qapp, project):
    add_code(project, "A")
    model = CodebookModel(list_codes(project))
    mime = QMimeData()
    mime.setData("application/x-qualcode-span", QByteArray(b"1:0:4"))
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_grouping_code_shows_the_segments_of_its_sub_codes(qtmodeltester):
    from qualcode.core.codebook import Code
    from qualcode.services.codebook.code_counts import CodeCounts
    from qualcode.ui.models.codebook_model import COL_CASES, COL_SEGMENTS, CodebookModel

    model = CodebookModel()
    model.set_codes({1: Code(1, "Legal"), 2: Code(2, "Legal aid", parent_id=1), 3: Code(3, "Rights", parent_id=1)})
    model.set_counts({2: CodeCounts(4, 2, 2), 3: CodeCounts(3, 1, 1)})
    qtmodeltester.check(model)
    assert model.data(model.index_of(1, COL_SEGMENTS)) == "Σ 7"
    assert model.data(model.index_of(1, COL_CASES)) == ""
    assert model.data(model.index_of(2, COL_SEGMENTS)) == 4
