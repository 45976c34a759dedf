"""The Code menu and the wiring between codebook and viewer (called once per project).

``install_coding_actions(window)`` is the one hook in ``MainWindow._attach``: it fills
the Code menu for the new workbench and connects "click a code" to "code the
selection". Keeping it here leaves the main window small and this feature in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from qualcode.ui.panes.codebook_pane import CodebookPane
from qualcode.ui.panes.document_viewer_pane import DocumentViewerPane
from qualcode.ui.menus import find_menu


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class CodingActions:
    """The actions of the Code menu for one open project."""

    def __init__(self, window: QMainWindow, viewer: DocumentViewerPane, codebook: CodebookPane) -> None:
        self.viewer, self.codebook = viewer, codebook
        controller = viewer.controller
        # A click on a code only selects it; coding is an explicit act (double-click, Ctrl+K,
        # the context menu, the floating bar, a quick key or a drop), so reading a code's
        # definition never codes a selection left over from an earlier coding.
        codebook.code_activated.connect(controller.code_selection)
        controller.coded.connect(lambda segment_id: self._announce(window, segment_id))
        self.actions: list[QAction] = []
        self.code_current = self._action(window, translate("CodingActions", "&Code selection with current code"), "Ctrl+K",
                                         self.code_with_current)
        self.new_code = self._action(window, translate("CodingActions", "&New code…"), "Ctrl+Shift+N", lambda: codebook.add_code(None))
        self.in_vivo = self._action(window, translate("CodingActions", "&In-vivo code"), "Ctrl+I", controller.in_vivo)
        self.memo = self._action(window, translate("CodingActions", "&Memo on segment…"), "Ctrl+M", lambda: controller.memo_segment(None))
        # Del and Ctrl+B act on the text only, so Del in the codebook still deletes a code.
        self.remove = self._action(viewer.view, translate("CodingActions", "&Remove coding"), "Del", lambda: controller.remove_coding(None),
                                   local=True)
        self.resize = self._action(viewer.view, translate("CodingActions", "Set segment &boundaries to selection"), "Ctrl+B",
                                   controller.resize_current_segment, local=True)
        self.underline = self._action(window, translate("CodingActions", "&Underline codings instead of shading"), None, lambda: None)
        self.underline.setCheckable(True)
        self.underline.toggled.connect(viewer.view.set_underline)

    def code_with_current(self) -> bool:
        """Code the viewer's selection with the code selected in the codebook."""
        code_id = self.codebook.current_code_id()
        if code_id is None:
            return False
        return bool(self.viewer.controller.code_selection(code_id))

    def _announce(self, window: QMainWindow, segment_id: int) -> None:
        segment = self.viewer.view.index.get(segment_id)
        code = self.viewer.controller.codes.get(segment.code_id) if segment is not None else None
        name = code.name if code is not None else translate("CodingActions", "the code")
        window.statusBar().showMessage(
            translate("CodingActions", "Coded with {name} (Ctrl+Z undoes)").format(name=name), 6000)

    def _action(self, owner: QWidget, text: str, shortcut: str | None, slot: Callable[[], object],
                local: bool = False) -> QAction:
        action = QAction(text, owner)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        self.actions.append(action)
        return action

    def fill(self, menu: QMenu) -> None:
        menu.clear()
        for action in (self.code_current, self.new_code, None, self.in_vivo, self.memo, self.remove, self.resize, None, self.underline):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addSeparator()
        hint = menu.addAction(translate("CodingActions", "Quick keys 1–9: right-click a code › Quick key"))
        hint.setEnabled(False)

    def remove_from(self, window: QMainWindow) -> None:
        for action in self.actions:
            owner = action.parent()
            if isinstance(owner, QWidget):
                owner.removeAction(action)
            action.deleteLater()


def _code_menu(window: QMainWindow) -> QMenu | None:
    return find_menu(window, "code")  # by objectName: the title is translated


def install_coding_actions(window: QMainWindow) -> CodingActions | None:
    """Fill the Code menu for the window's current workbench (replacing earlier ones)."""
    old = getattr(window, "coding_actions", None)
    if isinstance(old, CodingActions):
        old.remove_from(window)
    workbench = getattr(window, "workbench", None)
    if workbench is None:
        return None
    actions = CodingActions(window, workbench.viewer, workbench.codebook)
    menu = _code_menu(window)
    if menu is not None:
        actions.fill(menu)
    window.coding_actions = actions  # type: ignore[attr-defined]
    return actions
