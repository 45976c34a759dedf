"""Memos and the reflexive journal: list, search, new entry, edit; every change undoable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.codebook import code_path
from qualcode.core.errors import QualCodeError
from qualcode.core.memo import Memo, MemoTarget
from qualcode.services.codebook.codes import list_codes
from qualcode.services.corpus.documents import list_documents
from qualcode.services.coding.memos import find_memos
from qualcode.services.projects import list_coders
from qualcode.ui.commands.base import push_command
from qualcode.ui.commands.memo_commands import AddMemoCommand, DeleteMemoCommand, EditMemoCommand
from qualcode.ui.error_dialog import show_error
from qualcode.ui.models.memo_list_model import MemoListModel, local_time
from qualcode.ui.session import ProjectSession
from qualcode.ui.texts import service_text

#: (title, journal flag, target) of the list filter
SHOWS = (
    (QT_TRANSLATE_NOOP("MemosPane", "Memos and journal"), None, None),
    (QT_TRANSLATE_NOOP("MemosPane", "Reflexive journal"), True, None),
    (QT_TRANSLATE_NOOP("MemosPane", "Project memos"), False, MemoTarget.PROJECT),
    (QT_TRANSLATE_NOOP("MemosPane", "Document memos"), False, MemoTarget.DOCUMENT),
    (QT_TRANSLATE_NOOP("MemosPane", "Code memos"), False, MemoTarget.CODE),
)


class MemosPane(QWidget):
    memo_selected = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: Memo | None = None
        self._refreshing = False
        self.show_box = QComboBox()
        for title, _journal, _target in SHOWS:
            self.show_box.addItem(self.tr(title))
        #: whose memos to show: everyone's, or one coder's (a team reads each other's thinking)
        self.coder_box = QComboBox()
        self.coder_box.setToolTip(self.tr("Show the memos and journal entries of one coder"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search memos…"))
        self.search.setClearButtonEnabled(True)
        self.model = MemoListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.journal_button = QPushButton(self.tr("New journal entry"))
        self.memo_button = QPushButton(self.tr("New project memo"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title"))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write here. Memos keep your analytic thinking; the journal your reflexivity."))
        self.stamps = QLabel("")
        self.stamps.setStyleSheet("color: gray")
        self.save_button = QPushButton(self.tr("Save"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.show_box, 1)
        top.addWidget(self.coder_box, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.search)  # its own row: translated menus leave it no room beside them
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (self.journal_button, self.memo_button, self.delete_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.editor, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stamps, 1)
        bottom.addWidget(self.save_button)
        right_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.show_box.currentIndexChanged.connect(self.refresh)
        self.coder_box.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.list.selectionModel().currentRowChanged.connect(self._selected)
        self.journal_button.clicked.connect(lambda: self.new_entry(MemoTarget.PROJECT, None, journal=True))
        self.memo_button.clicked.connect(lambda: self.new_entry(MemoTarget.PROJECT, None))
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save_current)
        session.events.changed.connect(self._on_changed)
        self._edit_enabled(False)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.memos or changes.documents or changes.codes:
            self.refresh()

    def _names(self) -> dict[tuple[MemoTarget, int], str]:
        names: dict[tuple[MemoTarget, int], str] = {
            (MemoTarget.DOCUMENT, d): name for d, name, _kind, _case in list_documents(self.session.project)}
        codes = list_codes(self.session.project)
        names.update({(MemoTarget.CODE, c): code_path(codes, c) for c in codes})
        return names

    def _fill_coders(self) -> None:
        """"All coders" and each coder by name (kept as chosen while coders come and go)."""
        coders = [(c.name, c.id) for c in list_coders(self.session.project)]
        shown = [(self.coder_box.itemText(i), self.coder_box.itemData(i)) for i in range(1, self.coder_box.count())]
        if self.coder_box.count() and shown == coders:
            return
        keep = self.coder_box.currentData()
        self.coder_box.blockSignals(True)
        self.coder_box.clear()
        self.coder_box.addItem(self.tr("All coders"), None)
        for name, coder_id in coders:
            self.coder_box.addItem(name, coder_id)
        index = self.coder_box.findData(keep) if keep is not None else 0
        self.coder_box.setCurrentIndex(max(index, 0))
        self.coder_box.blockSignals(False)

    def refresh(self) -> None:
        _title, journal, target = SHOWS[max(self.show_box.currentIndex(), 0)]
        memos = find_memos(self.session.project, target=target, journal=journal, search=self.search.text().strip() or None)
        self._fill_coders()
        coder_id = self.coder_box.currentData()
        if coder_id is not None:
            memos = [m for m in memos if m.author_id == coder_id]
        keep = self.current.id if self.current is not None else None
        typed = (self.title.text(), self.editor.toPlainText()) if self._dirty() else None
        # A refresh runs inside another command's notify: it must never push a command itself.
        self._refreshing = True
        try:
            self.model.set_memos(memos, self._names())
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
                self._load(self.model.memos[row])
                if typed is not None:  # keep unsaved typing across a refresh
                    self.title.setText(typed[0])
                    self.editor.setPlainText(typed[1])
            else:
                self._load(None)
        finally:
            self._refreshing = False

    def _dirty(self) -> bool:
        memo = self.current
        return memo is not None and (self.editor.toPlainText() != memo.text or self.title.text() != memo.title)

    # -- editing ---------------------------------------------------------------------------
    def new_entry(self, target: MemoTarget, target_id: int | None, *, journal: bool = False,
                  text: str = "", title: str = "") -> int | None:
        """Create a memo (or journal entry) and select it for writing; returns its id."""
        command = AddMemoCommand(self.session, target, target_id, text, title=title, journal=journal)
        try:
            push_command(self.session, command)
        except QualCodeError as exc:
            self.stamps.setText(service_text(str(exc)))
            return None
        assert command.memo is not None
        self.show_box.setCurrentIndex(0)
        self.search.clear()
        row = self.model.row_of(command.memo.id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self.editor.setFocus()
        return command.memo.id

    def save_current(self) -> bool:
        """Write the editor back as one undoable edit (nothing if unchanged)."""
        memo = self.current
        if memo is None:
            return False
        text, title = self.editor.toPlainText(), self.title.text()
        if text == memo.text and title == memo.title:
            return False
        # the version the editor loaded: if a teammate saved this memo since, the save is refused
        # (and said so) instead of overwriting their text
        try:
            push_command(self.session, EditMemoCommand(self.session, memo.id, text, title,
                                                       read_version=memo.version))
        except QualCodeError as exc:
            QApplication.clipboard().setText(text)  # the user's words are not lost
            show_error(self, self.tr("Your memo was not saved (your text is on the clipboard)"), exc)
            self.title.setText(memo.title)  # not dirty any more: the refresh shows their version
            self.editor.setPlainText(memo.text)
            self.refresh()
            return False
        return True

    def delete_current(self) -> bool:
        if self.current is None:
            return False
        push_command(self.session, DeleteMemoCommand(self.session, self.current.id))
        return True

    # -- slots -------------------------------------------------------------------------------
    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing:
            return
        if self.current is not None and self.current.id != getattr(current.data(Qt.ItemDataRole.UserRole), "id", None):
            self._save_quietly()
        memo = self.model.data(current, Qt.ItemDataRole.UserRole)
        self._load(memo)
        if memo is not None:
            self.memo_selected.emit(memo.id)

    def _save_quietly(self) -> None:
        # leaving a memo keeps what was typed, like a notebook: no "save changes?" dialog
        try:
            self.save_current()
        except QualCodeError:
            pass

    def _load(self, memo: Memo | None) -> None:
        self.current = memo
        self._edit_enabled(memo is not None)
        self.title.setText(memo.title if memo else "")
        self.editor.setPlainText(memo.text if memo else "")
        if memo is None:
            self.stamps.setText("")
        else:
            kind = self.tr("Journal entry") if memo.is_journal else self.tr("Memo")
            self.stamps.setText(self.tr("{kind} · created {created} · edited {edited}").format(
                kind=kind, created=local_time(memo.created), edited=local_time(memo.updated)))

    def _edit_enabled(self, enabled: bool) -> None:
        for widget in (self.title, self.editor, self.save_button, self.delete_button):
            widget.setEnabled(enabled)
