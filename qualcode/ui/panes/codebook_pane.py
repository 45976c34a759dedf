"""The codebook pane: filterable tree with colour, quick keys and counts; every edit undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.codebook import code_path, descendants
from qualcode.core.span import Span
from qualcode.services.codebook.codes import list_codes
from qualcode.ui.commands.base import ServiceCommand, push_command
from qualcode.ui.commands.codebook_commands import AddCodeCommand, DeleteCodeCommand, MergeCodesCommand, UpdateCodeCommand
from qualcode.ui.commands.coding_commands import ApplyCodeCommand
from qualcode.ui.error_dialog import show_error
from qualcode.ui.models.code_counts_worker import CountsRefresher
from qualcode.ui.models.codebook_model import CODE_ID_ROLE, COL_KEY, COL_NAME, CodebookModel
from qualcode.ui.session import ProjectSession


def ask_colour(parent: QWidget, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent, QCoreApplication.translate("CodebookPane", "Code colour"))
    return colour.name() if colour.isValid() else None


def ask_merge_target(parent: QWidget, choices: list[str]) -> str | None:
    choice, ok = QInputDialog.getItem(parent, QCoreApplication.translate("CodebookPane", "Merge into…"),
                                      QCoreApplication.translate("CodebookPane", "Merge into code:"), choices, 0, False)
    return choice if ok else None


def ask_name(parent: QWidget, title: str) -> str | None:
    name, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("CodebookPane", "Name:"))
    return name if ok and name.strip() else None


class _Tree(QTreeView):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class CodebookPane(QWidget):
    """A click only selects a code (``code_clicked``: the Segments tab retrieves it); coding is
    explicit: a double-click or the context menu's "Code the selection" emits ``code_activated``,
    which the coding actions turn into a coding of the viewer's selection."""

    code_clicked = Signal(int)
    code_activated = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CodebookModel(list_codes(session.project), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(COL_NAME)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter codes"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = _Tree()
        self.tree.setModel(self.proxy)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.clicked.connect(self._clicked)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.delete_pressed.connect(lambda: self.delete_code(self.current_code_id()))
        header = self.tree.header()
        # long code names: elided at the right ("Psychological su…"; researchers read a name
        # from its start, as in NVivo and MAXQDA), full path in the tooltip; the name column
        # takes the width the counts leave and is the user's to widen (counts fit their numbers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.viewport().installEventFilter(self)
        # the Key column only while some code has a quick key (an empty one takes ~40 px of names)
        self._show_key_column()
        self.model.dataChanged.connect(self._key_data_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._show_key_column)
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)
        # dialogs, replaceable in tests
        self.ask_colour: Callable[[QWidget, str], str | None] = ask_colour
        self.ask_merge_target: Callable[[QWidget, list[str]], str | None] = ask_merge_target
        self.ask_name: Callable[[QWidget, str], str | None] = ask_name
        self.model.rename_requested.connect(self.rename_code)
        self.model.move_requested.connect(self.move_code)
        self.model.span_dropped.connect(self.code_span)
        self.model.rowsInserted.connect(lambda parent, _f, _l: self.tree.expand(self.proxy.mapFromSource(parent)))
        self.counts = CountsRefresher(session.project, parent=self)
        self.counts.updated.connect(self.model.set_counts)
        self.model.counts_loaded.connect(self._fit_counts)
        session.events.changed.connect(self._on_changed)
        # counted in a worker while the rest of the window is built; the cells read "…" until then
        self.counts.request_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_name_column()
        return super().eventFilter(watched, event)

    def _fit_counts(self) -> None:
        """The first counts replaced "…": widen the count columns to the numbers at once and
        give the name column what is left (the view would wait for the next resize)."""
        header = self.tree.header()
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSizeHint(column), self.tree.sizeHintForColumn(column)))
        self.fit_name_column()

    def _key_data_changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        if first.column() <= COL_KEY <= last.column():  # not the counts' changes (their columns only)
            self._show_key_column()

    def _show_key_column(self, *_args: object) -> None:
        """Show the Key column when some code has a quick key, hide it when none has (a key set,
        taken off, undone or redone reaches the model as a change of codes)."""
        header = self.tree.header()
        wanted = any(code.quick_key is not None for code in self.model.codes().values())
        if wanted == (not header.isSectionHidden(COL_KEY)):
            return
        header.setSectionHidden(COL_KEY, not wanted)
        if wanted:  # as wide as its title and keys now, not at the view's next layout
            header.resizeSection(COL_KEY, max(header.sectionSizeHint(COL_KEY), self.tree.sizeHintForColumn(COL_KEY)))
        self.fit_name_column()

    def fit_name_column(self) -> None:
        """Give the name column the room the counts leave (the user may still drag it wider)."""
        header = self.tree.header()
        others = sum(header.sectionSize(c) for c in range(1, self.model.columnCount()) if not header.isSectionHidden(c))
        header.resizeSection(COL_NAME, max(120, self.tree.viewport().width() - others))

    # -- events --------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.codes:
            self.model.set_codes(list_codes(self.session.project))
        if changes.codes or changes.segments or changes.cases or changes.documents:
            self.counts.request()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _clicked(self, index: QModelIndex) -> None:
        code_id = index.data(CODE_ID_ROLE)
        if code_id is not None:
            self.code_clicked.emit(int(code_id))

    def _double_clicked(self, index: QModelIndex) -> None:
        code_id = index.data(CODE_ID_ROLE)
        if code_id is not None:
            self.code_activated.emit(int(code_id))

    def current_code_id(self) -> int | None:
        code_id = self.tree.currentIndex().data(CODE_ID_ROLE)
        return int(code_id) if code_id is not None else None

    def view_index(self, code_id: int) -> QModelIndex:
        """The tree (proxy) index of a code, for tests and selection."""
        return self.proxy.mapFromSource(self.model.index_of(code_id))

    # -- commands ------------------------------------------------------------------
    def _push(self, command: ServiceCommand, what: str) -> bool:
        try:
            push_command(self.session, command)
        except Exception as exc:  # noqa: BLE001 - shown; nothing changed
            show_error(self, what, exc)
            return False
        return True

    def add_code(self, parent_id: int | None = None, name: str | None = None) -> int | None:
        name = name or self.ask_name(self, self.tr("New sub-code") if parent_id else self.tr("New code"))
        if not name:
            return None
        command = AddCodeCommand(self.session, name, parent_id)
        return command.code.id if self._push(command, self.tr("Could not add the code")) and command.code else None

    def rename_code(self, code_id: int, name: str) -> bool:
        code = self.model.code(code_id)
        return self._push(UpdateCodeCommand(self.session, replace(code, name=name), f"Rename {code.name} to {name}"),
                          self.tr("Could not rename the code"))

    def recolour_code(self, code_id: int, colour: str | None = None) -> bool:
        code = self.model.code(code_id)
        colour = colour or self.ask_colour(self, code.colour)
        if not colour or colour.lower() == code.colour.lower():
            return False
        return self._push(UpdateCodeCommand(self.session, replace(code, colour=colour), f"Recolour {code.name}"),
                          self.tr("Could not recolour the code"))

    def move_code(self, code_id: int, parent_id: int | None) -> bool:
        code = self.model.code(code_id)
        where = self.model.code(parent_id).name if parent_id is not None else "the top level"
        return self._push(UpdateCodeCommand(self.session, replace(code, parent_id=parent_id),
                                            f"Move {code.name} under {where}"),
                          self.tr("Could not move the code"))

    def merge_code(self, source_id: int, target_id: int | None = None) -> bool:
        codes = self.model.codes()
        source = codes[source_id]
        if target_id is None:
            excluded = {source_id, *descendants(codes, source_id)}
            choices = {code_path(codes, c): c for c in codes if c not in excluded}
            picked = self.ask_merge_target(self, sorted(choices, key=str.casefold))
            if picked is None:
                return False
            target_id = choices[picked]
        return self._push(MergeCodesCommand(self.session, source, codes[target_id]), self.tr("Could not merge the codes"))

    def delete_code(self, code_id: int | None) -> bool:
        if code_id is None:
            return False
        return self._push(DeleteCodeCommand(self.session, self.model.code(code_id)), self.tr("Could not delete the code"))

    def assign_quick_key(self, code_id: int, key: int | None) -> bool:
        """Give ``code_id`` quick key 1-9 (taking it from any other code) as one undo step."""
        codes = self.model.codes()
        stack = self.session.undo_stack
        stack.beginMacro(f"Quick key {key} for {codes[code_id].name}" if key else "Remove quick key")
        try:
            for other in codes.values():
                if key is not None and other.quick_key == key and other.id != code_id:
                    if not self._push(UpdateCodeCommand(self.session, replace(other, quick_key=None), "Free key"),
                                      self.tr("Could not assign the key")):
                        return False
            return self._push(UpdateCodeCommand(self.session, replace(self.model.code(code_id), quick_key=key),
                                                "Assign key"), self.tr("Could not assign the key"))
        finally:
            stack.endMacro()

    def code_span(self, code_id: int, document_id: int, span: Span) -> bool:
        """Text dropped on a code: code it (the viewer repaints on the change)."""
        code = self.model.code(code_id)
        return self._push(ApplyCodeCommand(self.session, document_id, span, code_id, code.name),
                          self.tr("Could not code the dropped text"))

    # -- context menu --------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        menu = self.build_context_menu(self.tree.indexAt(pos).data(CODE_ID_ROLE))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_context_menu(self, code_id: int | None) -> QMenu:
        """The menu for ``code_id`` (None: for the empty space under the codes)."""
        menu = QMenu(self)
        menu.addAction(self.tr("New code…"), lambda: self.add_code(None))
        if code_id is not None:
            cid = int(code_id)
            menu.addAction(self.tr("Code the selection with this code") + "\tCtrl+K", lambda: self.code_activated.emit(cid))
            menu.addSeparator()
            menu.addAction(self.tr("New sub-code…"), lambda: self.add_code(cid))
            menu.addAction(self.tr("Rename") + "\tF2", lambda: self.tree.edit(self.view_index(cid)))
            menu.addAction(self.tr("Recolour…"), lambda: self.recolour_code(cid))
            menu.addAction(self.tr("Merge into…"), lambda: self.merge_code(cid))
            keys = menu.addMenu(self.tr("Quick key"))
            for key in range(1, 10):
                keys.addAction(str(key), lambda k=key: self.assign_quick_key(cid, k))
            keys.addAction(self.tr("None", "no quick key"), lambda: self.assign_quick_key(cid, None))
            menu.addSeparator()
            menu.addAction(self.tr("Delete") + "\tDel", lambda: self.delete_code(cid))
        return menu

