"""Edit › Preferences…: the interface language ("as the system" by default)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from qualcode.ui.i18n import available_languages, current_language, store_language, system_language
from qualcode.ui.i18n.languages import LANGUAGES, stored_language


class PreferencesDialog(QDialog):
    """Choosing a language stores it in QSettings; the caller applies it (the window is rebuilt)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language_combo")
        system = system_language()
        # each language in its own name, so a user lost in a foreign interface finds theirs
        self.language.addItem(self.tr("As the system ({language})").format(language=LANGUAGES[system]), "")
        for code, native in available_languages():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(stored_language(settings))))
        note = QLabel(self.tr("The window is rebuilt in the new language; the open project, "
                              "document, selection and undo history are kept."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)

    def chosen(self) -> str:
        """The stored choice: a language code, or "" to follow the system."""
        return str(self.language.currentData() or "")

    def effective_language(self) -> str:
        return self.chosen() or system_language()

    def language_changed(self) -> bool:
        return self.effective_language() != current_language()

    def accept(self) -> None:
        store_language(self.settings, self.chosen())
        super().accept()
