"""Documents grouped by kind, with filters; choosing one opens it in the viewer. A document's
right-click menu corrects its language (detected at import), as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.errors import QualCodeError
from qualcode.services.coding.retrieval import case_keys
from qualcode.services.corpus.document_filters import document_entries, filter_documents
from qualcode.services.corpus.document_language import (
    document_language,
    document_languages,
)
from qualcode.services.operations.document_ops import SetDocumentLanguageOperation
from qualcode.services.projects import list_coders
from qualcode.ui.commands.base import OperationCommand, push_command
from qualcode.ui.error_dialog import show_error
from qualcode.ui.session import ProjectSession
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

_KIND_TITLES = {
    "interview": QT_TRANSLATE_NOOP("DocumentListPane", "Interviews"),
    "focus-group": QT_TRANSLATE_NOOP("DocumentListPane", "Focus groups"),
    "field-notes": QT_TRANSLATE_NOOP("DocumentListPane", "Field notes"),
    "open-survey-answer": QT_TRANSLATE_NOOP("DocumentListPane", "Open survey answers"),
}
CODED_CHOICES = ((QT_TRANSLATE_NOOP("DocumentListPane", "Coded or not"), None),
                 (QT_TRANSLATE_NOOP("DocumentListPane", "Coded"), True),
                 (QT_TRANSLATE_NOOP("DocumentListPane", "Not coded yet"), False))

#: the document languages offered in the menu (code -> name); another code a document has is shown as is
LANGUAGE_NAMES = {
    "ru": QT_TRANSLATE_NOOP("DocumentListPane", "Russian"),
    "uz": QT_TRANSLATE_NOOP("DocumentListPane", "Uzbek"),
    "en": QT_TRANSLATE_NOOP("DocumentListPane", "English"),
}


def language_name(code: str) -> str:
    """A document language's shown (translated) name; an unknown code is shown as is."""
    name = LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate("DocumentListPane", name) if name else code


def kind_title(kind: str) -> str:
    """The shown (translated) title of a document kind; an unknown kind is shown as is."""
    title = _KIND_TITLES.get(kind)
    return QCoreApplication.translate("DocumentListPane", title) if title else kind


class DocumentListPane(QWidget):
    document_chosen = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name_filter = QLineEdit()
        self.name_filter.setPlaceholderText(self.tr("Filter documents…"))
        self.name_filter.setClearButtonEnabled(True)
        self.kind_box, self.case_box, self.coder_box, self.coded_box = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        for box in (self.kind_box, self.case_box, self.coder_box, self.coded_box):
            # a long choice ("Открытые ответы опроса") must not widen the dock: the combo keeps
            # room for 14 characters, its list shows every choice in full, its tooltip the current one
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
            box.currentTextChanged.connect(lambda _text, b=box: self._tip(b))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(self.tr("No documents yet.\nImport transcripts (Ctrl+Shift+I) or open the demo."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.shown = QLabel("")
        self.shown.setStyleSheet("color: gray")
        filters = QGridLayout()
        filters.addWidget(self.name_filter, 0, 0, 1, 2)
        filters.addWidget(self.kind_box, 1, 0)
        filters.addWidget(self.case_box, 1, 1)
        filters.addWidget(self.coder_box, 2, 0)
        filters.addWidget(self.coded_box, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(self.shown)
        # coding changes only matter to the coder/coded filters; fold bursts into one refresh
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self._fill_choices()
        self.name_filter.textChanged.connect(self.refresh)
        for box in (self.kind_box, self.case_box, self.coder_box, self.coded_box):
            box.currentIndexChanged.connect(self.refresh)
        session.events.changed.connect(self._on_changed)
        self.refresh()

    def _fill_choices(self) -> None:
        boxes = (self.kind_box, self.case_box, self.coder_box, self.coded_box)
        keep = [box.currentData() for box in boxes]
        for box in boxes:
            box.blockSignals(True)
            box.clear()
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in _KIND_TITLES:
            self.kind_box.addItem(kind_title(kind), kind)
        self.case_box.addItem(self.tr("All cases"), None)
        for case_id, key in sorted(case_keys(self.session.project).items(), key=lambda kv: kv[1].casefold()):
            self.case_box.addItem(key, case_id)
        self.coder_box.addItem(self.tr("Any coder"), None)
        for coder in list_coders(self.session.project):
            self.coder_box.addItem(coder.name, coder.id)
        for title, value in CODED_CHOICES:
            self.coded_box.addItem(self.tr(title), value)
        for box, value in zip(boxes, keep):
            index = box.findData(value)
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)
            self._tip(box)

    def _tip(self, box: QComboBox) -> None:
        tip = box.currentText()
        if box is self.coder_box:
            tip += "\n" + self.tr("With 'Not coded yet': documents this coder has not coded")
        box.setToolTip(tip)

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases or changes.documents:
            self._fill_choices()
        if changes.documents or changes.cases:
            self.refresh()
        elif changes.segments and (self.coder_box.currentData() is not None or self.coded_box.currentIndex() > 0):
            self._debounce.start()

    def refresh(self) -> None:
        self.tree.clear()
        entries = document_entries(self.session.project)
        kind, case_id, coder_id = self.kind_box.currentData(), self.case_box.currentData(), self.coder_box.currentData()
        shown = filter_documents(
            entries, kinds=[kind] if kind else None, case_ids=[case_id] if case_id is not None else None,
            coder_ids=[coder_id] if coder_id is not None else None, coded=self.coded_box.currentData(),
            name_contains=self.name_filter.text(),
        )
        languages = document_languages(self.session.project) if shown else {}
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in shown:
            group = groups.get(entry.kind)
            if group is None:
                group = QTreeWidgetItem([kind_title(entry.kind)])
                groups[entry.kind] = group
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem([entry.name])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(0, self.tr("%Ln coded segment(s)", "", entry.segments) + "\n"
                            + self.tr("Language: {language}").format(
                                language=language_name(languages.get(entry.id, "en"))))
            group.addChild(item)
        for kind, group in groups.items():
            group.setText(0, f"{kind_title(kind)} ({group.childCount()})")
            group.setExpanded(True)
        self.tree.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.shown.setText(self.tr("{shown} of %n document(s)", "", len(entries)).format(shown=len(shown))
                           if len(shown) != len(entries) else "")

    def shown_ids(self) -> list[int]:
        """Ids of the documents the list shows, top to bottom."""
        out: list[int] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out.extend(int(group.child(i).data(0, Qt.ItemDataRole.UserRole)) for i in range(group.childCount()))
        return out

    def _activated(self, item: QTreeWidgetItem) -> None:
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        if doc_id is not None:
            self.document_chosen.emit(int(doc_id))

    # -- the document's language -----------------------------------------------------------
    def language_menu(self, document_id: int, parent: QWidget | None = None) -> QMenu:
        """"Document language ▸ Russian / Uzbek / English", the current one checked."""
        menu = QMenu(self.tr("Document &language"), parent or self)
        current = document_language(self.session.project, document_id)
        group = QActionGroup(menu)
        codes = list(LANGUAGE_NAMES) + ([current] if current not in LANGUAGE_NAMES else [])
        for code in codes:
            action = menu.addAction(language_name(code))
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(document_id, c))
        return menu

    def set_language(self, document_id: int, language: str) -> None:
        """Correct a document's language as one undoable step (Edit › Undo takes it back)."""
        if document_language(self.session.project, document_id) == language:
            return
        operation = SetDocumentLanguageOperation(self.session.project, document_id, language)
        try:
            push_command(self.session, OperationCommand(self.session, operation, initiator=self))
        except QualCodeError as exc:
            show_error(self, self.tr("Could not change the document's language"), exc)

    def _context_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        item = self.tree.itemAt(position)
        doc_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if doc_id is None:
            return
        menu = QMenu(self)
        menu.addMenu(self.language_menu(int(doc_id), menu))
        menu.exec(self.tree.viewport().mapToGlobal(position))
