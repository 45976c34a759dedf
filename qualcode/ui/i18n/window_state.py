"""What the user sees and has typed in a main window, captured so a rebuilt window (after a
language switch) shows the same: dock layout, open document with its selection and scroll,
current rows of lists and trees (current code, memo, document), tabs, combo boxes, spin boxes
and typed-but-unsaved text (memo being written, a filter).

Widgets are matched by their place in the widget tree (objectName, else class and position
among same-class siblings): a window built twice by the same code has the same tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QByteArray, QItemSelectionModel, QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def widget_path(widget: QWidget, root: QWidget) -> str:
    """``dock:codebook_dock/QWidget[0]/QTreeView[0]``-style path from ``root`` to ``widget``."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        name = current.objectName()
        if name and not name.startswith("qt_"):
            parts.append(name)
        else:
            siblings = [c for c in (parent.children() if parent else []) if type(c) is type(current)]
            position = siblings.index(current) if current in siblings else 0
            parts.append(f"{type(current).__name__}[{position}]")
        current = parent
    return "/".join(reversed(parts))


def _widgets(root: QWidget) -> dict[str, QWidget]:
    return {widget_path(w, root): w for w in root.findChildren(QWidget)}


def _index_chain(index: QModelIndex) -> list[tuple[int, int]]:
    chain: list[tuple[int, int]] = []
    while index.isValid():
        chain.append((index.row(), index.column()))
        index = index.parent()
    return list(reversed(chain))


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        return 1


def _index_from_chain(view: QAbstractItemView, chain: list[tuple[int, int]]) -> QModelIndex:
    model = view.model()
    index = QModelIndex()
    for row, column in chain:
        if model is None or row >= model.rowCount(index) or column >= _columns(model, index):
            return QModelIndex()
        index = model.index(row, column, index)
    return index


@dataclass
class WindowState:
    rect: QRect = field(default_factory=QRect)
    window_state: Qt.WindowState = Qt.WindowState.WindowNoState
    docks: QByteArray = field(default_factory=QByteArray)
    document_id: int | None = None
    code_id: int | None = None
    tabs: dict[str, int] = field(default_factory=dict)
    combos: dict[str, int] = field(default_factory=dict)
    spins: dict[str, str] = field(default_factory=dict)
    current_rows: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    cursors: dict[str, tuple[int, int]] = field(default_factory=dict)
    scrolls: dict[str, tuple[int, int]] = field(default_factory=dict)
    visible_docks: dict[str, bool] = field(default_factory=dict)


def capture(window: QMainWindow) -> WindowState:
    state = WindowState(rect=window.geometry(), window_state=window.windowState(), docks=window.saveState())
    workbench = getattr(window, "workbench", None)
    if workbench is not None:
        state.document_id = workbench.viewer.document_id
        state.code_id = workbench.codebook.current_code_id()
    for path, widget in _widgets(window).items():
        if isinstance(widget, QTabWidget):
            state.tabs[path] = widget.currentIndex()
        elif isinstance(widget, QComboBox):
            state.combos[path] = widget.currentIndex()
        elif isinstance(widget, QAbstractSpinBox):
            state.spins[path] = widget.text()
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly():
            if not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                state.texts[path] = widget.text()
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                state.texts[path] = widget.toPlainText()
            cursor = widget.textCursor()
            state.cursors[path] = (cursor.anchor(), cursor.position())
        if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
            state.current_rows[path] = _index_chain(widget.currentIndex())
        if isinstance(widget, QAbstractScrollArea):
            state.scrolls[path] = (widget.horizontalScrollBar().value(), widget.verticalScrollBar().value())
    return state


def restore(window: QMainWindow, state: WindowState, *, layout: bool = True) -> None:
    """Put ``state`` back on a rebuilt ``window``; safe to call again (e.g. once lists have loaded)."""
    if layout:
        if state.window_state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            window.setWindowState(state.window_state)
        elif state.rect.isValid():
            window.setGeometry(state.rect)
        window.restoreState(state.docks)
    workbench = getattr(window, "workbench", None)
    if workbench is not None and state.document_id is not None and workbench.viewer.document_id != state.document_id:
        workbench.viewer.show_document(state.document_id)
    widgets = _widgets(window)
    if workbench is not None and layout and state.code_id is not None and workbench.codebook.current_code_id() is None:
        workbench.codebook.code_clicked.emit(state.code_id)  # the code editor and Segments tab follow it
    for path, index in state.tabs.items():
        tabs = widgets.get(path)
        if isinstance(tabs, QTabWidget) and 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)
    for path, index in state.combos.items():
        combo = widgets.get(path)
        if isinstance(combo, QComboBox) and 0 <= index < combo.count() and combo.currentIndex() != index:
            combo.setCurrentIndex(index)
    for path, text in state.spins.items():
        spin = widgets.get(path)
        if isinstance(spin, QAbstractSpinBox) and spin.text() != text:
            spin.lineEdit().setText(text)
            spin.interpretText()
    for path, chain in state.current_rows.items():
        view = widgets.get(path)
        if isinstance(view, QAbstractItemView) and _index_chain(view.currentIndex()) != chain:
            found = _index_from_chain(view, chain)
            if found.isValid() and view.selectionModel() is not None:
                view.selectionModel().setCurrentIndex(
                    found, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    for path, text in state.texts.items():
        edit = widgets.get(path)
        if isinstance(edit, QLineEdit) and edit.text() != text:
            edit.setText(text)
        elif isinstance(edit, (QPlainTextEdit, QTextEdit)) and edit.toPlainText() != text:
            edit.setPlainText(text)
    for path, (anchor, position) in state.cursors.items():
        edit = widgets.get(path)
        if isinstance(edit, (QPlainTextEdit, QTextEdit)):
            length = len(edit.toPlainText())
            if anchor <= length and position <= length:
                cursor = edit.textCursor()
                cursor.setPosition(anchor)
                cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
                edit.setTextCursor(cursor)
    for path, (horizontal, vertical) in state.scrolls.items():
        area = widgets.get(path)
        if isinstance(area, QAbstractScrollArea):
            area.horizontalScrollBar().setValue(horizontal)
            area.verticalScrollBar().setValue(vertical)
