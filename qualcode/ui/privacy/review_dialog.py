"""The privacy review: find identifiers, accept/reject/edit them by entity, apply as one undo step."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.errors import QualCodeError
from qualcode.services.operations.privacy_ops import PseudonymiseOperation
from qualcode.services.privacy import find_in_project
from qualcode.services.privacy.guard import (
    pseudonymised_exports_only,
    remember_rejected,
    set_pseudonymised_exports_only,
)
from qualcode.ui.commands.base import OperationCommand, push_command
from qualcode.ui.privacy.findings_model import REPLACEMENT, FindingsModel
from qualcode.ui.privacy.roster_dialog import RosterDialog
from qualcode.ui.session import ProjectSession
from qualcode.ui.workers import FunctionWorker, start
from qualcode.ui.texts import service_text

__all__ = ["PrivacyReviewDialog", "ReplacementDelegate"]

_SUGGESTED = ("P01", "[Person]", "[City]", "[Place]", "[Shelter A]", "[Organisation]", "[Email]", "[Phone]",
              "[Date of birth]", "[Address]", "[ID]")


class ReplacementDelegate(QStyledItemDelegate):
    """An editable picker: the replacements in use, then common tags; any text may be typed."""

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        box.setEditable(True)
        used = self.findings.replacements()
        box.addItems(used + [s for s in _SUGGESTED if s not in used])
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class PrivacyReviewDialog(QDialog):
    """Findings grouped by entity; tick to accept, untick to reject, edit the replacement; apply."""

    findings_shown = Signal()  # the worker's findings are in the model

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: FunctionWorker | None = None
        self.setWindowTitle(self.tr("Pseudonymise transcripts"))
        self.model = FindingsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(REPLACEMENT, ReplacementDelegate(self.model, self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.DoubleClicked | QTreeView.EditTrigger.EditKeyPressed
                                  | QTreeView.EditTrigger.SelectedClicked)
        self.tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.find_button = QPushButton(self.tr("&Find identifiers"))
        self.find_button.clicked.connect(self.find_identifiers)
        self.roster_button = QPushButton(self.tr("&Roster…"))
        self.roster_button.clicked.connect(self.edit_roster)
        self.ner_edit = QLineEdit()
        self.ner_edit.setPlaceholderText(self.tr("optional: installed spaCy NER pipeline, e.g. en_core_web_sm"))
        self.keep_mapping = QCheckBox(self.tr("Keep the mapping (original → replacement), encrypted with a password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("password for the mapping"))
        self.password.setEnabled(False)
        self.keep_mapping.toggled.connect(self.password.setEnabled)
        self.exports_only = QCheckBox(self.tr("Pseudonymised exports only: refuse every export while identifiers are "
                                              "not reviewed"))
        self.exports_only.setChecked(pseudonymised_exports_only(session.project))
        self.exports_only.toggled.connect(
            lambda on: set_pseudonymised_exports_only(session.project, on, initiator=self))
        self.summary = QLabel(self.tr("Press Find identifiers: the roster, e-mails, phone numbers, dates of birth, "
                                      "addresses and ID numbers are looked for in every document. "
                                      "Nothing leaves this computer."))
        self.summary.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply to all documents"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.model.dataChanged.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        self.read_only = bool(getattr(session.project, "read_only", False))
        if self.read_only:  # finding works; changing the project cannot
            for widget in (self.roster_button, self.exports_only, self.keep_mapping):
                widget.setEnabled(False)
            self.summary.setText(self.tr("This project is open read-only: identifiers can be found, not replaced."))

        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.roster_button)
        top.addWidget(self.ner_edit, 1)
        mapping = QHBoxLayout()
        mapping.addWidget(self.keep_mapping)
        mapping.addWidget(self.password, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(mapping)
        layout.addWidget(self.exports_only)
        layout.addLayout(bottom)
        self.resize(1100, 640)

    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().done(result)

    def edit_roster(self) -> None:
        RosterDialog(self.session, self).exec()

    def find_identifiers(self) -> None:
        """Look for identifiers in a worker (spaCy over every document); the model fills when done."""
        if self.worker is not None:
            return
        self.find_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Looking for identifiers in every document…"))
        worker = FunctionWorker(find_in_project, self.session.project,
                                ner_package=self.ner_edit.text().strip() or None)
        worker.signals.progress.connect(
            lambda done, total: self.summary.setText(
                self.tr("Looking for identifiers: document {number} of {total}…").format(number=done + 1, total=total)))
        worker.signals.finished.connect(self._show_findings)
        worker.signals.failed.connect(self._find_failed)
        worker.signals.cancelled.connect(self._find_done)
        self.worker = start(worker)

    def _find_done(self) -> None:
        self.worker = None
        self.find_button.setEnabled(True)

    def _find_failed(self, exc: Exception) -> None:
        self._find_done()
        self.summary.setText(self.tr("No identifiers were looked for."))
        message = service_text(str(exc)) if isinstance(exc, QualCodeError) else self.tr("Unexpected error: {error}").format(error=repr(exc))
        QMessageBox.warning(self, self.tr("Could not look for identifiers"), message)

    def _show_findings(self, findings: list) -> None:
        self._find_done()
        self.model.set_findings(findings)
        self.tree.expandAll()  # size the columns to the findings too, then show entities only
        for c in range(self.model.columnCount()):
            if c != 4:
                self.tree.resizeColumnToContents(c)
        self.tree.collapseAll()
        self.findings_shown.emit()

    def _update_summary(self) -> None:
        accepted, total = self.model.counts()
        self.apply_button.setEnabled(accepted > 0 and not self.read_only)
        if not self.model.groups:
            if self.worker is None:
                self.summary.setText(self.tr("No identifiers are left to review."))
            return
        self.summary.setText(self.tr("{accepted} of %n identifier(s) in {entities} will be replaced. Codings, memos and "
                                     "turns keep pointing at the same words; Ctrl+Z undoes.", "", total).format(
            accepted=accepted, entities=self.tr("%n entity(ies)", "", len(self.model.groups))))

    def apply(self) -> None:
        """Push the accepted replacements as one undoable step."""
        password: str | None = None
        if self.keep_mapping.isChecked():
            password = self.password.text()
            if not password:
                QMessageBox.warning(self, self.tr("No password"), self.tr("Give a password to keep the mapping, or untick it."))
                return
        rejected = self.model.rejected()
        operation = PseudonymiseOperation(self.session.project, self.model.accepted(), self.session.coder.name,
                                          password)
        try:
            push_command(self.session, OperationCommand(self.session, operation, initiator=self))
        except QualCodeError as exc:
            QMessageBox.warning(self, self.tr("Nothing was replaced"), service_text(str(exc)))
            return
        if rejected:
            remember_rejected(self.session.project, rejected, initiator=self)
        self.password.clear()
        self.model.set_findings([])
        self.summary.setText(self.tr("Done: {step}. Edit ▸ Undo takes it back.").format(step=operation.label.lower()))
