"""The thematic map canvas with real mouse gestures: place by drop, Shift+drag a link,
double-click to label it, drag a node (position kept after reopening), export PNG/SVG."""

from __future__ import annotations

import warnings

import pytest

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from qualcode.core.thematic_map import NodeKind
from qualcode.services.themes import thematic_map
from qualcode.services.projects import load_project
from qualcode.ui.session import ProjectSession
from qualcode.ui.themes.theme_card import THEME_MIME, encode_ids
from qualcode.ui.themes.thematic_map_view import ThematicMapView
from qualcode.ui.models.codebook_model import CODE_MIME
from tests.ui.themes_fixtures import themed  # noqa: F401 - fixture


def _mouse(view, kind, scene_pos: QPointF, buttons=Qt.MouseButton.LeftButton,
           modifiers=Qt.KeyboardModifier.NoModifier, button=Qt.MouseButton.LeftButton) -> None:
    pos = QPointF(view.mapFromScene(scene_pos))
    glob = QPointF(view.viewport().mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, glob, button if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
                        buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def _drag(view, start: QPointF, end: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    _mouse(view, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for i in range(1, 6):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * (i / 5), modifiers=modifiers)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton, modifiers=modifiers)


def _drop(view, mime, scene_pos: QPointF) -> None:
    pos = QPointF(view.mapFromScene(scene_pos))
    with warnings.catch_warnings():  # PySide6 6.12 flags the only QPoint signature it offers as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(enter)
    assert enter.isAccepted()
    view.dropEvent(QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))


def _view(qtbot, session) -> ThematicMapView:
    view = ThematicMapView(session)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_place_link_label_move_undo_and_reopen(qtbot, themed, project, tmp_path):
    session, b = themed
    view = _view(qtbot, session)
    theme_id, code_id = b.themes["Struggling with materials"], b.codes["Lecture slides"]
    _drop(view, encode_ids([theme_id], THEME_MIME), QPointF(-150, 0))
    _drop(view, encode_ids([code_id], CODE_MIME), QPointF(150, 80))
    qtbot.waitUntil(lambda: len(view.nodes) == 2)
    t_item, c_item = view.node_for(NodeKind.THEME, theme_id), view.node_for(NodeKind.CODE, code_id)
    assert (t_item.pos().x(), t_item.pos().y()) == (-150, 0)
    assert t_item.label == "Struggling with materials" and c_item.label == "Lecture slides"
    # Shift+drag from the code to the theme draws an arrow; the label is asked for
    view.ask_label = lambda _parent, _current: "evidence for"
    _drag(view, QPointF(150, 80), QPointF(-150, 0), Qt.KeyboardModifier.ShiftModifier)
    links = thematic_map.get_map(project).links
    assert [(k.source_id, k.target_id, k.label) for k in links] == [(c_item.node.id, t_item.node.id, "evidence for")]
    qtbot.waitUntil(lambda: len(view.links) == 1)
    # double-click the arrow's middle to relabel it
    view.ask_label = lambda _parent, current: current + " (strong)"
    link_item = next(iter(view.links.values()))
    mid = link_item._mid
    _mouse(view, QEvent.Type.MouseButtonDblClick, mid)
    assert thematic_map.get_map(project).links[0].label == "evidence for (strong)"
    session.undo_stack.undo()
    assert thematic_map.get_map(project).links[0].label == "evidence for"
    # drag the code's pill: the new position is stored on release (one command)
    qtbot.waitUntil(lambda: view.node_for(NodeKind.CODE, code_id) is not None)
    before = session.undo_stack.index()
    _drag(view, QPointF(150, 80), QPointF(260, 200))
    assert session.undo_stack.index() == before + 1
    node = next(n for n in thematic_map.get_map(project).nodes if n.kind is NodeKind.CODE)
    assert abs(node.x - 260) < 1.5 and abs(node.y - 200) < 1.5  # within a pixel of the mouse
    session.undo_stack.undo()
    node = next(n for n in thematic_map.get_map(project).nodes if n.kind is NodeKind.CODE)
    assert (node.x, node.y) == (150, 80)
    session.undo_stack.redo()
    moved = next(n for n in thematic_map.get_map(project).nodes if n.kind is NodeKind.CODE)
    # reopen the project file: a fresh view draws the node where it was left
    location = project.location
    session.undo_stack.clear()
    project.close()
    reopened = load_project(location)
    try:
        session2 = ProjectSession(reopened, "Dilnoza")
        view2 = _view(qtbot, session2)
        item = view2.node_for(NodeKind.CODE, code_id)
        assert (item.pos().x(), item.pos().y()) == (moved.x, moved.y)
        assert [k.link.label for k in view2.links.values()] == ["evidence for"]
    finally:
        reopened.close()


def test_delete_key_removes_selected_node_with_its_links_undoable(qtbot, themed, project):
    session, b = themed
    view = _view(qtbot, session)
    view.place(NodeKind.THEME, [b.themes["Demanding but worthwhile"]], QPointF(0, 0))
    view.place(NodeKind.CODE, [b.codes["Workload"], b.codes["Value of the course"]], QPointF(200, 0))
    qtbot.waitUntil(lambda: len(view.nodes) == 3)
    theme_node = view.node_for(NodeKind.THEME, b.themes["Demanding but worthwhile"]).node.id
    for code in ("Workload", "Value of the course"):
        view.draw_link(view.node_for(NodeKind.CODE, b.codes[code]).node.id, theme_node, "part of")
    qtbot.waitUntil(lambda: len(view.links) == 2)
    view.node_for(NodeKind.THEME, b.themes["Demanding but worthwhile"]).setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    m = thematic_map.get_map(project)
    assert len(m.nodes) == 2 and m.links == ()
    session.undo_stack.undo()
    m = thematic_map.get_map(project)
    assert len(m.nodes) == 3 and [k.label for k in m.links] == ["part of", "part of"]


def test_auto_layout_and_export_png_svg(qtbot, themed, project, tmp_path):
    from qualcode.ui.themes.themes_tab import ThematicMapPanel

    session, b = themed
    panel = ThematicMapPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    panel.layout_button.click()
    # 2 themes and the 3 codes placed directly in them (the sub-code is not drawn)
    assert len(panel.view.nodes) == 5
    png = panel.export(str(tmp_path / "map.png"))
    image = QImage(png)
    rect = panel.view.scene().itemsBoundingRect()
    assert abs(image.width() - 2 * (rect.width() + 80)) <= 2  # 2x scale, 40 px margin each side
    assert image.pixelColor(1, 1).name() == "#ffffff"
    svg = panel.export(str(tmp_path / "map.svg"))
    text = open(svg, encoding="utf-8").read()
    assert "<svg" in text and ">Lecture slides<" in text and ">Struggling" in text  # names as real text
    session.undo_stack.undo()
    assert thematic_map.get_map(project).nodes == ()



def test_export_never_leaves_half_a_picture(qtbot, themed, tmp_path, monkeypatch):
    """The picture is written beside the target and renamed over it: if that last step
    fails (a kill, a full disk), the previous picture is still whole and no temp file stays."""
    from qualcode.ui.themes.themes_tab import ThematicMapPanel

    session, _b = themed
    panel = ThematicMapPanel(session)
    qtbot.addWidget(panel)
    panel.layout_button.click()
    out = tmp_path / "figures"
    out.mkdir()
    for name in ("map.png", "map.svg"):
        target = out / name
        target.write_bytes(b"previous picture")

        def refuse(*_args: object) -> None:
            raise OSError("rename failed")

        monkeypatch.setattr("os.replace", refuse)
        with pytest.raises(OSError):
            panel.view.export(str(target))
        monkeypatch.undo()
        assert target.read_bytes() == b"previous picture"
        assert sorted(p.name for p in out.iterdir()) == sorted({"map.png", name})
