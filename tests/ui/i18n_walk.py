"""Walk a widget tree and collect every user-visible string, keyed by a stable path.

Used by the language tests: build the same window in English and in another language, walk both,
and compare the texts at the same path. Covers window titles, labels, buttons, group boxes,
checkable texts, menus (with submenus) and their actions, toolbars, dock titles, tab texts and
tab tooltips, item-view headers, combo box items, placeholders and tooltips.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)


def _segment(widget: QWidget) -> str:
    name = widget.objectName()
    if name and not name.startswith("qt_"):
        return name
    parent = widget.parentWidget()
    siblings = [c for c in (parent.children() if parent else []) if type(c) is type(widget)]
    return f"{type(widget).__name__}[{siblings.index(widget) if widget in siblings else 0}]"


def widget_path(widget: QWidget, root: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parts.append(_segment(current))
        current = current.parentWidget()
    return "/".join(reversed(parts)) or "."


def _menu_texts(menu: QMenu, path: str, out: dict[str, str], seen: set[int]) -> None:
    if id(menu) in seen:
        return
    seen.add(id(menu))
    _put(out, f"{path}#title", menu.title())
    for position, action in enumerate(menu.actions()):
        if action.isSeparator():
            continue
        key = f"{path}>{action.objectName() or position}"
        _put(out, f"{key}#text", action.text())
        if action.toolTip() != _default_tooltip(action.text()):  # Qt derives one from the text
            _put(out, f"{key}#tooltip", action.toolTip())
        _put(out, f"{key}#status", action.statusTip())
        sub = action.menu()
        if isinstance(sub, QMenu):
            _menu_texts(sub, key, out, seen)


def _default_tooltip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").removesuffix("...")


def _put(out: dict[str, str], key: str, text: str | None) -> None:
    if text and text.strip():
        out[key] = text


def _header_texts(view: QAbstractItemView, path: str, out: dict[str, str]) -> None:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models hide columnCount: one column
        columns = 1
    for orientation, count, tag in ((Qt.Orientation.Horizontal, columns, "col"),
                                    (Qt.Orientation.Vertical, model.rowCount(root), "row")):
        if tag == "row" and count > 50:
            continue
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                _put(out, f"{path}#header-{tag}{section}", value)
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                _put(out, f"{path}#header-{tag}{section}-tip", tip)


def walk(root: QWidget, *, include_hidden: bool = True) -> dict[str, str]:
    """``{path: text}`` for every user-visible string under ``root`` (``root`` included)."""
    out: dict[str, str] = {}
    seen_menus: set[int] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not include_hidden and not widget.isVisible() and widget is not root:
            continue
        if isinstance(widget, QMenu) and widget.parentWidget() is not None and not isinstance(widget, QWidget):
            continue
        path = widget_path(widget, root)
        if widget.isWindow() or widget is root:
            _put(out, f"{path}#window-title", widget.windowTitle())
        _put(out, f"{path}#tooltip", widget.toolTip())
        _put(out, f"{path}#whatsthis", widget.whatsThis())
        if isinstance(widget, QLabel):
            _put(out, f"{path}#text", widget.text())
        elif isinstance(widget, QAbstractButton):
            _put(out, f"{path}#text", widget.text())
        elif isinstance(widget, QGroupBox):
            _put(out, f"{path}#title", widget.title())
        elif isinstance(widget, QDockWidget):
            _put(out, f"{path}#title", widget.windowTitle())
        elif isinstance(widget, QLineEdit):
            _put(out, f"{path}#placeholder", widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            _put(out, f"{path}#placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            if not widget.isEditable():
                for i in range(min(widget.count(), 50)):
                    _put(out, f"{path}#item{i}", widget.itemText(i))
            if widget.lineEdit() is not None:
                _put(out, f"{path}#placeholder", widget.lineEdit().placeholderText())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                _put(out, f"{path}#tab{i}", widget.tabText(i))
                _put(out, f"{path}#tab{i}-tip", widget.tabToolTip(i))
        elif isinstance(widget, QMenu):
            _menu_texts(widget, path, out, seen_menus)
        elif isinstance(widget, QToolBar):
            _put(out, f"{path}#title", widget.windowTitle())
            for position, action in enumerate(widget.actions()):
                if not action.isSeparator():
                    _put(out, f"{path}>{position}#text", action.text())
                    _put(out, f"{path}>{position}#tooltip", action.toolTip())
        if isinstance(widget, QAbstractItemView):
            _header_texts(widget, path, out)
    if isinstance(root, QMainWindow):
        for position, action in enumerate(root.menuBar().actions()):
            menu = action.menu()
            if isinstance(menu, QMenu):
                _menu_texts(menu, f"menubar>{menu.objectName() or position}", out, seen_menus)
    return out


def untranslated(english: dict[str, str], translated: dict[str, str], allowed: set[str]) -> dict[str, str]:
    """Paths whose text is the same in both walks, except ``allowed`` texts (names, data, numbers)."""
    same = {}
    for path, text in translated.items():
        if english.get(path) != text:
            continue
        plain = text.replace("&", "").strip()
        if plain in allowed or _is_data(plain):
            continue
        same[path] = text
    return same


def _is_data(text: str) -> bool:
    """Numbers, shortcuts, symbols, paths: nothing a translator would change."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    if "/" in text and " " not in text:  # a file path
        return True
    return False


UI = Path(__file__).resolve().parents[2] / "qualcode" / "ui"

#: which helper translates which folder of qualcode/ui ("" = the root files)
AREAS = {
    "core": ("", "dialogs", "exchange", "commands", "phases", "codebook", "team", "i18n"),
    "coding": ("viewer", "panes", "themes"),
    "analysis": ("analysis", "joint", "models", "privacy"),
    "assistant": ("assistant",),
}


def area_of(text: str) -> str:
    """The area whose source writes ``text`` as a string literal ("unknown": built from data)."""
    needles = [f'"{text}"', f'"{text.replace(chr(10), chr(92) + "n")}"', f"'{text}'"]
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if any(needle in source for needle in needles):
            folder = path.parent.relative_to(UI).parts[0] if path.parent != UI else ""
            for area, folders in AREAS.items():
                if folder in folders:
                    return area
    return "unknown"
