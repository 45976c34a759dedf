"""Define and name a theme (phase 5): its final name, a definition (what it is about and
what it is not), the narrative it tells, and its status. The dialog only collects the
values; the caller pushes one UpdateThemeCommand, so the whole edit is one undo step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from qualcode.core.theme import Theme, ThemeStatus
from qualcode.ui.themes.theme_status_titles import status_title


class ThemeDefinitionDialog(QDialog):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setWindowTitle(self.tr("Define and name — {theme}").format(theme=theme.name))
        self.resize(560, 480)
        self.name_edit = QLineEdit(theme.name)
        self.definition_edit = QPlainTextEdit(theme.definition)
        self.definition_edit.setPlaceholderText(
            self.tr("In a sentence or two: what this theme is about, and what it is not."))
        self.definition_edit.setMaximumHeight(110)
        self.narrative_edit = QPlainTextEdit(theme.narrative)
        self.narrative_edit.setPlaceholderText(self.tr("The story this theme tells about the data, and how it relates "
                                                       "to the other themes and your research question."))
        self.status_combo = QComboBox()
        for status in ThemeStatus:
            self.status_combo.addItem(status_title(status), status)
        self.status_combo.setCurrentIndex(list(ThemeStatus).index(theme.status))
        hint = QLabel(self.tr("A good name is concise and telling; it can use a participant's own words."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", hint)
        form.addRow(self.tr("&Definition:"), self.definition_edit)
        form.addRow(self.tr("N&arrative:"), self.narrative_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(buttons)

    def edited_theme(self) -> Theme:
        """The theme with the dialog's values (the name is stripped by the service)."""
        return replace(
            self.theme, name=self.name_edit.text().strip() or self.theme.name,
            definition=self.definition_edit.toPlainText().strip(),
            narrative=self.narrative_edit.toPlainText().strip(),
            status=ThemeStatus(self.status_combo.currentData()),
        )
