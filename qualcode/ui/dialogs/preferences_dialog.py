"""Edit › Preferences…: the interface language ("as the system" by default) and, with a project
open, the project's output language and decimal mark (fixed labels of Word and table output)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from qualcode.services.output_language import OUTPUT_LANGUAGES, OutputSettings, output_settings

from qualcode.ui.i18n import available_languages, current_language, store_language, system_language
from qualcode.ui.i18n.languages import LANGUAGES, stored_language
from qualcode.ui.session import ProjectSession


class PreferencesDialog(QDialog):
    """Choosing a language stores it in QSettings; the caller applies it (the window is rebuilt).

    The "Project output" group (enabled only with ``session``) shows the project's output
    language and decimal mark; the caller saves a change as an undoable step
    (:meth:`output_changed`, :meth:`output_choice`).
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None,
                 session: ProjectSession | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
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
        layout.addWidget(self._output_group())
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)

    def _output_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Project output"))
        group.setObjectName("project_output_group")
        self.output_language = QComboBox()
        self.output_language.setObjectName("output_language_combo")
        for code in OUTPUT_LANGUAGES:
            self.output_language.addItem(LANGUAGES.get(code, code), code)
        self.decimal_mark = QComboBox()
        self.decimal_mark.setObjectName("decimal_mark_combo")
        self.decimal_mark.addItem(self.tr("The language's convention"), None)
        self.decimal_mark.addItem(self.tr("Comma (0,21)"), True)
        self.decimal_mark.addItem(self.tr("Point (0.21)"), False)
        self.stored_output = output_settings(self.session.project) if self.session is not None else OutputSettings()
        self.output_language.setCurrentIndex(max(0, self.output_language.findData(self.stored_output.language)))
        stored_mark = None if self.stored_output.decimal_default else self.stored_output.decimal_comma
        self.decimal_mark.setCurrentIndex(max(0, self.decimal_mark.findData(stored_mark)))
        if self.session is None:
            hint = self.tr("Open a project to choose the language of its Word and table output.")
        else:
            hint = self.tr("Fixed labels of Word and table exports (table headings, \"Note.\", captions, "
                           "APA terms) are written in this language. Saved in the project; Edit › Undo "
                           "takes it back.")
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        form = QFormLayout(group)
        form.addRow(self.tr("Output &language:"), self.output_language)
        form.addRow(self.tr("&Decimal mark:"), self.decimal_mark)
        form.addRow(hint_label)
        self.output_language.setEnabled(self.session is not None)
        self.decimal_mark.setEnabled(self.session is not None)
        return group

    def output_choice(self) -> tuple[str, bool | None]:
        """The chosen output language and decimal mark (None: the language's convention)."""
        mark = self.decimal_mark.currentData()
        return str(self.output_language.currentData()), None if mark is None else bool(mark)

    def output_changed(self) -> bool:
        """A project is open and its output language or decimal mark was changed here."""
        if self.session is None:
            return False
        stored = self.stored_output
        return self.output_choice() != (stored.language, None if stored.decimal_default else stored.decimal_comma)

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
