"""The structured codebook entry of the selected code: definition, inclusion and exclusion
criteria, typical and atypical example (chosen from the code's real segments), origin,
and its version history (who changed what, when).

A text field is saved when it loses focus (one UpdateCodeCommand, so Ctrl+Z undoes it);
choosing an example is a SetCodeExampleCommand. The pane never writes while the user types.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.codebook import Code, CodeOrigin, CodeTexts
from qualcode.core.errors import NotFoundError
from qualcode.services.codebook.code_details import code_history, code_segments
from qualcode.services.codebook.code_examples import code_examples
from qualcode.services.codebook.codes import list_codes
from qualcode.ui.commands.base import ServiceCommand, push_command
from qualcode.ui.commands.codebook_commands import UpdateCodeCommand
from qualcode.ui.error_dialog import show_error
from qualcode.ui.session import ProjectSession

_C = "CodeEditorPane"
TEXT_FIELDS = (("definition", QT_TRANSLATE_NOOP("CodeEditorPane", "Definition")),
               ("inclusion", QT_TRANSLATE_NOOP("CodeEditorPane", "Include when")),
               ("exclusion", QT_TRANSLATE_NOOP("CodeEditorPane", "Exclude when")))
PLACEHOLDERS = {"definition": QT_TRANSLATE_NOOP("CodeEditorPane", "What this code means, in a sentence or two"),
                "inclusion": QT_TRANSLATE_NOOP("CodeEditorPane", "Apply it when…"),
                "exclusion": QT_TRANSLATE_NOOP("CodeEditorPane", "Do not apply it when…")}
#: the code's fields as named in its history
HISTORY_FIELDS = {"name": QT_TRANSLATE_NOOP("CodeEditorPane", "name"), "parent_id": QT_TRANSLATE_NOOP("CodeEditorPane", "parent"),
                  "colour": QT_TRANSLATE_NOOP("CodeEditorPane", "colour"),
                  "definition": QT_TRANSLATE_NOOP("CodeEditorPane", "definition"),
                  "inclusion": QT_TRANSLATE_NOOP("CodeEditorPane", "inclusion"),
                  "exclusion": QT_TRANSLATE_NOOP("CodeEditorPane", "exclusion"),
                  "example": QT_TRANSLATE_NOOP("CodeEditorPane", "example"),
                  "atypical_example": QT_TRANSLATE_NOOP("CodeEditorPane", "atypical example"),
                  "quick_key": QT_TRANSLATE_NOOP("CodeEditorPane", "quick key"),
                  "origin": QT_TRANSLATE_NOOP("CodeEditorPane", "origin")}
ORIGINS = {CodeOrigin.DEDUCTIVE: QT_TRANSLATE_NOOP("CodeEditorPane", "deductive"), CodeOrigin.INDUCTIVE: QT_TRANSLATE_NOOP("CodeEditorPane", "inductive"),
           CodeOrigin.IN_VIVO: QT_TRANSLATE_NOOP("CodeEditorPane", "in vivo")}
_EXAMPLE_PREVIEW = 90


class FieldEdit(QPlainTextEdit):
    """A multi-line field that reports ``edited`` when it loses focus with changed text."""

    edited = Signal(str, str)  # field name, new text

    def __init__(self, field: str, placeholder: str) -> None:
        super().__init__()
        self.field = field
        self._saved = ""
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(72)

    def set_saved(self, text: str) -> None:
        self._saved = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def commit(self) -> None:
        text = self.toPlainText().strip()
        if text != self._saved.strip():
            self._saved = text
            self.edited.emit(self.field, text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.commit()
        super().focusOutEvent(event)


class CodeEditorPane(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: Code | None = None
        self.title = QLabel(self.tr("Choose a code in the codebook to see and edit its definition."))
        self.title.setWordWrap(True)
        self.fields: dict[str, FieldEdit] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # the dock is narrow (a third of a 1280 px screen): a row whose label and field do not fit
        # side by side puts the label above the field, rather than clipping the field behind a
        # horizontal scroll bar (longer Russian labels: "Не применять, когда:")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field, label in TEXT_FIELDS:
            edit = FieldEdit(field, self.tr(PLACEHOLDERS[field]))
            edit.edited.connect(self.save_field)
            self.fields[field] = edit
            form.addRow(self.tr("{field}:").format(field=self.tr(label)), edit)
        self.examples: dict[str, QComboBox] = {}
        self.example_labels: dict[str, QLabel] = {}
        for kind, label in (("typical", self.tr("Typical example")), ("atypical", self.tr("Atypical example"))):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
            combo.activated.connect(lambda _i, k=kind: self._example_chosen(k))
            text = QLabel()
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.examples[kind], self.example_labels[kind] = combo, text
            form.addRow(self.tr("{field}:").format(field=label), combo)
            form.addRow("", text)
        self.origin = QComboBox()
        for origin in CodeOrigin:
            self.origin.addItem(self.tr(ORIGINS[origin]), origin)
        self.origin.activated.connect(lambda _i: self._origin_chosen())
        form.addRow(self.tr("Origin:"), self.origin)
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        form.addRow(self.tr("History:"), self.history)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self._segments: list[dict[str, Any]] = []
        self._set_enabled(False)
        session.events.changed.connect(self._on_changed)

    def _set_enabled(self, on: bool) -> None:
        for widget in (*self.fields.values(), *self.examples.values(), self.origin, self.history):
            widget.setEnabled(on)

    # -- showing a code --------------------------------------------------------------
    def show_code(self, code_id: int | None) -> None:
        """Show ``code_id`` (None: nothing). Commits a pending edit of the previous code first."""
        if self.code is not None and code_id != self.code.id:
            for edit in self.fields.values():
                edit.commit()
        if code_id is None:
            self.code = None
            self._set_enabled(False)
            return
        try:
            self.code = list_codes(self.session.project)[code_id]
        except KeyError:
            self.code = None
            self._set_enabled(False)
            return
        self._set_enabled(True)
        self._fill()

    def _fill(self) -> None:
        code = self.code
        assert code is not None
        project = self.session.project
        self.title.setText(f"<b>{code.name}</b>")
        for field, edit in self.fields.items():
            if not edit.hasFocus():  # never overwrite what the user is typing
                edit.set_saved(getattr(code, field))
        self.origin.setCurrentIndex(list(CodeOrigin).index(code.origin))
        self._segments = code_segments(project, code.id)
        chosen = code_examples(project, code.id)
        for kind, combo in self.examples.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for row in self._segments:
                text = " ".join(str(row["text"]).split())
                short = text if len(text) <= _EXAMPLE_PREVIEW else text[:_EXAMPLE_PREVIEW - 1] + "…"
                combo.addItem(f"{row['document']}: {short}", int(row["segment_id"]))
            index = combo.findData(chosen[kind]) if kind in chosen else 0
            combo.setCurrentIndex(max(index, 0))
            self.example_labels[kind].setText(getattr(code, "example" if kind == "typical" else "atypical_example"))
        self.history.clear()
        for entry in reversed(code_history(project, code.id)):
            who = entry.coder or self.tr("unknown")
            new = entry.new if len(entry.new) <= 40 else entry.new[:39] + "…"
            field = self.tr(HISTORY_FIELDS[entry.field]) if entry.field in HISTORY_FIELDS else entry.field
            self.history.addItem(f"{entry.at:%Y-%m-%d %H:%M} {who}: {field} → {new or self.tr('(empty)')}")

    def _on_changed(self, changes: Changes) -> None:
        if self.code is None or not (changes.codes or changes.segments):
            return
        try:
            self.code = list_codes(self.session.project)[self.code.id]
        except (KeyError, NotFoundError):  # the code was deleted (or its creation undone)
            self.code = None
            self._set_enabled(False)
            self.title.setText(self.tr("Choose a code in the codebook to see and edit its definition."))
            return
        self._fill()

    # -- edits -----------------------------------------------------------------------
    def _push(self, command: ServiceCommand, what: str) -> bool:
        try:
            push_command(self.session, command)
        except Exception as exc:  # noqa: BLE001 - shown; nothing changed
            show_error(self, what, exc)
            return False
        return True

    def save_field(self, field: str, text: str) -> bool:
        if self.code is None or getattr(self.code, field) == text:
            return False
        # an English step name, shown translated by qualcode/ui/commands/undo_labels.py
        return self._push(UpdateCodeCommand(self.session, replace(self.code, **cast(CodeTexts, {field: text})),
                                            f"Edit {field} of {self.code.name}"), self.tr("Could not save the code"))

    def _origin_chosen(self) -> None:
        origin = CodeOrigin(self.origin.currentData())
        if self.code is not None and origin is not self.code.origin:
            self._push(UpdateCodeCommand(self.session, replace(self.code, origin=origin),
                                         f"Set origin of {self.code.name}"), self.tr("Could not save the code"))

    def _example_chosen(self, kind: str) -> None:
        if self.code is None:
            return
        segment_id = self.examples[kind].currentData()
        if code_examples(self.session.project, self.code.id).get(kind) == segment_id:
            return
        self.choose_example(kind, segment_id)

    def choose_example(self, kind: str, segment_id: int | None) -> bool:
        if self.code is None:
            return False
        # with the codebook import operations (their file readers): loaded when an example is chosen
        from qualcode.ui.commands.code_example_commands import SetCodeExampleCommand

        return self._push(SetCodeExampleCommand(self.session, self.code.id, segment_id, kind),
                          self.tr("Could not set the example"))
