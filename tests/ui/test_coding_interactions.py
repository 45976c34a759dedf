"""Coding through the real widgets: click, drag, quick key, in-vivo; undo/redo of each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from qualcode.core.changes import Changes
from qualcode.core.codebook import CodeOrigin
from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code, list_codes
from qualcode.services.coding.segments import segments_of_document
from qualcode.ui.main_window import MainWindow
from tests.ui.workbench_fixtures import FOCUS_GROUP, add_focus_group, span_of


@pytest.fixture
def bench(qtbot, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.create_project(str(tmp_path / "fg.qcproj"))
    # only the panes these tests drive: other docks would squeeze the codebook offscreen
    for dock in window.workbench.docks:
        dock.setVisible(dock.objectName() in {"documents_dock", "codebook_dock"})
    session = window.session
    doc = add_focus_group(session.project)
    peer = add_code(session.project, "Peer support").value
    legal = add_code(session.project, "Legal aid").value
    session.events.changed.emit(Changes(codes=True))  # codes added behind the UI's back
    window.show()
    window.workbench.viewer.show_document(doc.id)
    qtbot.waitExposed(window)
    return window, session, doc, peer, legal


def _segments(session, doc):
    return segments_of_document(session.project, doc.id)


def _settle(qtbot, window):
    # after undo/redo the viewer reconciles on a later event-loop turn: wait for exactly that
    controller = window.workbench.viewer.controller
    qtbot.waitUntil(lambda: not controller._reconcile_pending, timeout=5000)


def _undo_redo_roundtrip(window, session, doc, qtbot, expected_spans):
    before = _segments(session, doc)
    assert [(s.span.start, s.span.end) for s in before] == expected_spans
    window.undo_action.trigger()
    _settle(qtbot, window)
    assert _segments(session, doc) == []
    assert len(window.workbench.viewer.view.index) == 0
    window.redo_action.trigger()
    _settle(qtbot, window)
    assert _segments(session, doc) == before  # same id, span, coder
    assert {s.id for s in window.workbench.viewer.view.index.all()} == {s.id for s in before}


def test_clicking_a_code_with_text_selected_codes_nothing(bench, qtbot):
    """Reading a code (one click) must never code a selection left in the viewer."""
    window, session, doc, peer, legal = bench
    viewer, codebook = window.workbench.viewer, window.workbench.codebook
    viewer.view.select_span(Span(*span_of("in the peer group I was a person again")))
    for code in (peer, legal, peer):
        rect = codebook.tree.visualRect(codebook.view_index(code.id))
        qtbot.mouseClick(codebook.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _segments(session, doc) == [] and session.undo_stack.count() == 0
    assert codebook.current_code_id() == peer.id  # the click selected it


def test_select_text_then_double_click_a_code(bench, qtbot):
    window, session, doc, peer, _legal = bench
    viewer, codebook = window.workbench.viewer, window.workbench.codebook
    viewer.view.select_span(Span(*span_of("in the peer group I was a person again")))
    rect = codebook.tree.visualRect(codebook.view_index(peer.id))
    # as a mouse does it: a click (press, release), then the double-click event
    qtbot.mouseClick(codebook.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _segments(session, doc) == []
    qtbot.mouseDClick(codebook.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (seg,) = _segments(session, doc)
    assert window.statusBar().currentMessage() == f"Coded with {peer.name} (Ctrl+Z undoes)"
    assert seg.code_id == peer.id
    assert seg.text_in(FOCUS_GROUP) == "in the peer group I was a person again"
    assert seg.id in viewer.view.index
    _undo_redo_roundtrip(window, session, doc, qtbot, [span_of("in the peer group I was a person again")])


def test_drag_selection_onto_a_code(bench, qtbot):
    window, session, doc, _peer, legal = bench
    viewer, codebook = window.workbench.viewer, window.workbench.codebook
    viewer.view.select_span(Span(*span_of("I started to feel like I had some rights")))
    mime = viewer.view.createMimeDataFromSelection()  # what Qt puts on the drag
    target = codebook.tree.visualRect(codebook.view_index(legal.id)).center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(target.toPointF(), Qt.DropAction.CopyAction, mime, buttons, mods)
    drop.setAccepted(False)  # as Qt delivers it: a view handles only unaccepted drops
    # Offscreen there is no drag manager to route a synthetic drop, so hand the event to
    # the view's own handler: QAbstractItemView finds the item under the point and calls
    # the model's dropMimeData, exactly as for a real drop.
    drop.setAccepted(False)
    codebook.tree.dropEvent(drop)
    (seg,) = _segments(session, doc)
    assert seg.code_id == legal.id
    assert seg.text_in(FOCUS_GROUP) == "I started to feel like I had some rights"
    _settle(qtbot, window)
    assert seg.id in viewer.view.index
    _undo_redo_roundtrip(window, session, doc, qtbot, [span_of("I started to feel like I had some rights")])


def test_quick_key_codes_the_selection(bench, qtbot):
    window, session, doc, peer, legal = bench
    viewer, codebook = window.workbench.viewer, window.workbench.codebook
    assert codebook.assign_quick_key(legal.id, 3)
    assert codebook.model.index_of(legal.id, 1).data() == "3"  # the badge column
    viewer.view.select_span(Span(*span_of("For me it was the lawyer.")))
    viewer.view.setFocus()
    qtbot.keyClick(viewer.view, Qt.Key.Key_3)
    (seg,) = _segments(session, doc)
    assert (seg.code_id, seg.text_in(FOCUS_GROUP)) == (legal.id, "For me it was the lawyer.")
    # a key no code has does nothing
    qtbot.keyClick(viewer.view, Qt.Key.Key_7)
    assert len(_segments(session, doc)) == 1
    _undo_redo_roundtrip(window, session, doc, qtbot, [span_of("For me it was the lawyer.")])
    # the key moves to another code in one undoable step
    assert codebook.assign_quick_key(peer.id, 3)
    codes = list_codes(session.project)
    assert (codes[peer.id].quick_key, codes[legal.id].quick_key) == (3, None)
    session.undo_stack.undo()
    codes = list_codes(session.project)
    assert (codes[peer.id].quick_key, codes[legal.id].quick_key) == (None, 3)


def test_in_vivo_makes_a_code_from_the_words(bench, qtbot):
    window, session, doc, _peer, _legal = bench
    viewer = window.workbench.viewer
    viewer.view.select_span(Span(*span_of("I was a number")))
    window.coding_actions.in_vivo.trigger()
    codes = list_codes(session.project)
    new = [c for c in codes.values() if c.origin == CodeOrigin.IN_VIVO]
    assert [c.name for c in new] == ["I was a number"]
    (seg,) = _segments(session, doc)
    assert seg.code_id == new[0].id and seg.text_in(FOCUS_GROUP) == "I was a number"
    assert window.workbench.codebook.view_index(new[0].id).isValid()
    window.undo_action.trigger()
    _settle(qtbot, window)
    assert _segments(session, doc) == [] and new[0].id not in list_codes(session.project)
    assert not window.workbench.codebook.view_index(new[0].id).isValid()
    window.redo_action.trigger()
    _settle(qtbot, window)
    assert list_codes(session.project)[new[0].id] == new[0]
    assert _segments(session, doc) == [seg]


def test_stripe_click_selects_then_remove_resize_and_memo(bench, qtbot):
    window, session, doc, peer, _legal = bench
    viewer = window.workbench.viewer
    view = viewer.view
    view.select_span(Span(*span_of("In the shelter I was a number")))
    assert viewer.controller.code_selection(peer.id)
    (seg,) = _segments(session, doc)
    view.select_span(Span(0, 5))  # select something else first
    QApplication.processEvents()
    point = view.stripes.stripe_centre(seg.id)
    assert point is not None
    qtbot.mouseClick(view.stripes, Qt.MouseButton.LeftButton, pos=point)
    assert view.current_segment_id == seg.id
    assert view.selection_span() == seg.span
    # resize: extend the selection to the comma's end and press Ctrl+B
    view.select_span(Span(*span_of("In the shelter I was a number, but")))
    view.current_segment_id = seg.id
    window.coding_actions.resize.trigger()
    assert _segments(session, doc)[0].text_in(FOCUS_GROUP) == "In the shelter I was a number, but"
    session.undo_stack.undo()
    assert _segments(session, doc)[0].span == seg.span
    # memo
    viewer.controller.ask_memo = lambda parent, current: "contrast: institution vs peers"
    view.current_segment_id = seg.id
    window.coding_actions.memo.trigger()
    assert _segments(session, doc)[0].memo == "contrast: institution vs peers"
    session.undo_stack.undo()
    assert _segments(session, doc)[0].memo == ""
    # remove with Del on the text
    _settle(qtbot, window)
    view.select_segment(seg.id)
    window.coding_actions.remove.trigger()
    assert _segments(session, doc) == []
    _settle(qtbot, window)
    assert len(view.index) == 0
    session.undo_stack.undo()
    _settle(qtbot, window)
    (back,) = _segments(session, doc)
    assert (back.id, back.span, back.code_id, back.memo) == (seg.id, seg.span, seg.code_id, "")
    assert seg.id in view.index


def test_floating_bar_codes_with_a_typed_new_code(bench, qtbot):
    window, session, doc, _peer, _legal = bench
    view = window.workbench.viewer.view
    start, end = span_of("trust the state shelters")
    view.select_span(Span(start, end))
    view.selection_finished.emit()  # what a mouse release over a selection emits
    bar = window.workbench.viewer.bar
    assert bar.isVisible()
    bar.code_edit.setText("Distrust of state shelters")
    qtbot.keyClick(bar.code_edit, Qt.Key.Key_Return)
    codes = {c.name: c for c in list_codes(session.project).values()}
    (seg,) = _segments(session, doc)
    assert seg.code_id == codes["Distrust of state shelters"].id
    session.undo_stack.undo()  # one step undoes both the code and the coding
    assert _segments(session, doc) == [] and "Distrust of state shelters" not in {
        c.name for c in list_codes(session.project).values()}


def test_nothing_selected_codes_nothing(bench, qtbot):
    window, session, doc, peer, _legal = bench
    codebook = window.workbench.codebook
    rect = codebook.tree.visualRect(codebook.view_index(peer.id))
    qtbot.mouseClick(codebook.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _segments(session, doc) == [] and session.undo_stack.count() == 0


def test_ctrl_k_codes_the_selection_with_the_current_code_once(bench, qtbot, monkeypatch):
    window, session, doc, peer, legal = bench
    shown: list[str] = []
    monkeypatch.setattr("qualcode.ui.viewer.coding_controller.show_error",
                        lambda _parent, what, exc: shown.append(f"{what}: {exc}"))
    viewer, codebook = window.workbench.viewer, window.workbench.codebook
    codebook.tree.setCurrentIndex(codebook.view_index(legal.id))
    viewer.view.select_span(Span(*span_of("I started to feel like I had some rights")))
    window.coding_actions.code_current.trigger()
    (seg,) = _segments(session, doc)
    assert seg.code_id == legal.id and session.undo_stack.count() == 1
    window.coding_actions.code_current.trigger()  # the same code on the same span: refused, not doubled
    assert len(_segments(session, doc)) == 1 and session.undo_stack.count() == 1
    assert shown == ["Could not code the selection: This text is already coded with that code."]


def test_context_menu_command_codes_once(bench, qtbot):
    window, session, doc, peer, _legal = bench
    viewer, codebook = window.workbench.viewer, window.workbench.codebook
    viewer.view.select_span(Span(*span_of("in the peer group I was a person again")))
    codebook.code_activated.emit(peer.id)  # what the menu entry "Code the selection with this code" emits
    (seg,) = _segments(session, doc)
    assert seg.code_id == peer.id and session.undo_stack.count() == 1


def test_the_new_highlight_flashes_then_fades(bench, qtbot):
    window, session, doc, _peer, legal = bench
    viewer, codebook = window.workbench.viewer, window.workbench.codebook
    flasher = viewer.view.flasher
    assert not flasher.active
    codebook.tree.setCurrentIndex(codebook.view_index(legal.id))
    viewer.view.select_span(Span(*span_of("I started to feel like I had some rights")))
    window.coding_actions.code_current.trigger()
    assert flasher.active and flasher.rects()  # drawn over the coded words
    assert all(r.width() > 0 and viewer.view.viewport().rect().intersects(r) for r in flasher.rects())
    qtbot.waitUntil(lambda: not flasher.active, timeout=3000)  # and gone again
