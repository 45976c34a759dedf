"""Import a survey: preview rows, correct variable types, choose the ID column, see the link report live.

Reading is quick for survey sizes we expect (hundreds of rows), so it runs on the
UI thread behind a busy cursor. Nothing is stored until Import; duplicate IDs
disable Import and list the rows. Survey import is not on the undo stack: it
replaces a table of the same name, like re-importing in SPSS.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from qualcode.core.errors import QualCodeError
from qualcode.core.survey import DuplicateKeyError, LinkReport, VariableType
from qualcode.services.corpus.documents import list_cases
from qualcode.services.corpus.proposals import transcripts_without_case
from qualcode.services.corpus.surveys import SurveyImport, SurveyTable, check_survey_link, import_survey, preview_survey
from qualcode.ui.dialogs.choice_delegate import ChoiceDelegate
from qualcode.ui.models.frame_head_model import FrameHeadModel
from qualcode.ui.models.survey_variables_model import TYPE, TYPE_NAMES, SurveyVariablesModel
from qualcode.ui.session import ProjectSession
from qualcode.ui.texts import service_text


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def file_filter() -> str:
    translate = QCoreApplication.translate
    return (translate("SurveyImportDialog", "Surveys") + " (*.csv *.xlsx *.sav *.dta);;"
            + translate("SurveyImportDialog", "All files") + " (*)")


ERROR_STYLE = "color: rgb(200, 30, 30);"
LISTED = 8  # keys spelled out in the report before "…"


def workbook_sheets(path: Path) -> list[str]:
    """Sheet names of an .xlsx (empty when it cannot be opened; reading will say why)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 - the real read reports the problem properly
        return []
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


_C = "SurveyImportDialog"


def _some(keys: tuple[str, ...]) -> str:
    shown = ", ".join(keys[:LISTED])
    if len(keys) <= LISTED:
        return shown
    more = len(keys) - LISTED
    return translate("SurveyImportDialog", "{keys} and %n more", "", more).format(keys=shown)


def describe_link(report: LinkReport, *, create_cases: bool, strip: bool, casefold: bool) -> tuple[str, str]:
    """The live link report as (report text, hint) in plain sentences."""
    translate = QCoreApplication.translate
    total = len(report.matched) + len(report.rows_without_case) + len(report.rows_without_key)
    lines = [translate("SurveyImportDialog", "{matched} of %n row(s) match a case.", "", total).format(matched=len(report.matched))]
    if report.rows_without_case:
        n = len(report.rows_without_case)
        some = _some(report.rows_without_case)
        if create_cases:
            lines.append(translate("SurveyImportDialog", "%n row(s) will become new cases: {keys}.", "", n).format(keys=some))
        else:
            lines.append(translate("SurveyImportDialog", "%n row(s) have no case: {keys}.", "", n).format(keys=some))
    if report.rows_without_key:
        rows = ", ".join(map(str, report.rows_without_key[:LISTED]))
        lines.append(translate("SurveyImportDialog", "Rows without an ID (cannot be linked): {rows}.").format(rows=rows))
    if report.cases_without_row:
        n = len(report.cases_without_row)
        lines.append(translate("SurveyImportDialog", "%n case(s) have no survey row: {keys}.", "", n)
                     .format(keys=_some(report.cases_without_row)))
    hint = ""
    pairs = report.near_matches
    by_case = any(a.strip().casefold() == b.strip().casefold() and a.strip() != b.strip() for a, b in pairs)
    by_space = any(a != a.strip() or b != b.strip() for a, b in pairs)
    needs = [(verb, box) for verb, box, needed, on in (
        (translate("SurveyImportDialog", "ignore case"), translate("SurveyImportDialog", "Ignore case"), by_case, casefold),
        (translate("SurveyImportDialog", "trim spaces"), translate("SurveyImportDialog", "Trim spaces"), by_space, strip)) if needed and not on]
    if pairs and needs:
        n = len(pairs)
        and_ = translate("SurveyImportDialog", " and ")
        hint = translate("SurveyImportDialog", "%n ID(s) would match a case if you {verbs} (e.g. {left} ~ {right}) — tick {boxes}.",
                         "", n).format(verbs=and_.join(v for v, _ in needs), left=repr(pairs[0][0]),
                                       right=repr(pairs[0][1]), boxes=and_.join(f"“{b}”" for _, b in needs))
    return "\n".join(lines), hint


class SurveyImportDialog(QDialog):
    """Signals: ``table_loaded`` after a file is read; ``imported(SurveyImport)``."""

    table_loaded = Signal()
    imported = Signal(object)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import survey"))
        self.resize(1000, 720)
        self.path: Path | None = None
        self.case_keys = [c.key for c in list_cases(session.project)]
        self.transcripts_without_case = transcripts_without_case(session.project)
        self.link_ok = False
        self._build()
        self._update_state()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen (.csv, .xlsx, SPSS .sav, Stata .dta)."))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setVisible(False)
        self.sheet_combo.activated.connect(lambda _i: self._read())
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_label.setVisible(False)
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.rows_model = FrameHeadModel(self)
        self.rows_view = QTableView()
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.setWordWrap(False)
        self.rows_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(_titled(self.tr("First rows (row numbers as in the file)"), self.rows_view))

        middle = QSplitter(Qt.Orientation.Horizontal)
        self.variables_model = SurveyVariablesModel(self)
        self.variables_model.table_changed.connect(lambda _t: self._update_state())
        self.variables_model.edit_rejected.connect(self._edit_rejected)
        self.variables_view = QTableView()
        self.variables_view.setModel(self.variables_model)
        self.variables_view.verticalHeader().setVisible(False)
        self.variables_view.horizontalHeader().setStretchLastSection(True)
        self.variables_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.variables_view.setItemDelegateForColumn(TYPE, ChoiceDelegate(TYPE_NAMES, self.variables_view))
        middle.addWidget(_titled(self.tr("Variables — double-click a type or levels to correct them"), self.variables_view))
        self.text_list = QListWidget()
        self.text_list.itemChanged.connect(lambda _i: self._update_state())
        middle.addWidget(_titled(self.tr("Open answers → one document per respondent"), self.text_list))
        middle.setSizes([680, 300])
        splitter.addWidget(middle)
        splitter.setSizes([220, 260])
        layout.addWidget(splitter, 1)

        link = QGroupBox(self.tr("Link rows to cases"))
        form = QFormLayout(link)
        self.id_combo = QComboBox()
        self.id_combo.currentIndexChanged.connect(lambda _i: self._update_state())
        form.addRow(self.tr("ID column:"), self.id_combo)
        options = QHBoxLayout()
        self.strip_box = QCheckBox(self.tr("&Trim spaces"))
        self.casefold_box = QCheckBox(self.tr("Ignore &case"))
        self.create_box = QCheckBox(self.tr("C&reate cases for rows without one"))
        for box in (self.strip_box, self.casefold_box, self.create_box):
            box.toggled.connect(lambda _c: self._update_state())
            options.addWidget(box)
        options.addStretch(1)
        form.addRow(options)
        self.report_label = QLabel("")
        self.report_label.setWordWrap(True)
        self.hint_label = QLabel("")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(link);")  # a suggestion, not an error
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        form.addRow(self.report_label)
        form.addRow(self.hint_label)
        form.addRow(self.error_label)
        layout.addWidget(link)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- reading -------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a survey"), str(Path.home()), file_filter())
        if name:
            self.set_file(name)

    def set_file(self, path: str | Path, sheet: str | None = None) -> None:
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        sheets = workbook_sheets(self.path) if self.path.suffix.lower() == ".xlsx" else []
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if sheet is not None:
            self.sheet_combo.setCurrentText(sheet)
        for widget in (self.sheet_combo, self.sheet_label):
            widget.setVisible(len(sheets) > 1)
        self._read()

    def _read(self) -> None:
        if self.path is None:
            return
        sheet = self.sheet_combo.currentText() or None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table: SurveyTable | None = preview_survey(self.path, sheet=sheet)
            error = ""
        except QualCodeError as exc:
            table, error = None, service_text(str(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_table(table)
        if error:
            self.error_label.setText(error)
        self.table_loaded.emit()

    def _show_table(self, table: SurveyTable | None) -> None:
        self.variables_model.set_table(table)
        self.rows_model.set_frame(table.frame if table is not None else None, table.row_numbers if table else ())
        self.id_combo.blockSignals(True)
        self.id_combo.clear()
        self.text_list.blockSignals(True)
        self.text_list.clear()
        if table is not None:
            names = [v.name for v in table.variables]
            self.id_combo.addItems(names)
            ids = [v.name for v in table.variables if v.type is VariableType.ID]
            self.id_combo.setCurrentText(ids[0] if ids else names[0])
            for var in table.variables:
                if var.type is VariableType.TEXT:
                    item = QListWidgetItem(var.name)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.text_list.addItem(item)
        self.id_combo.blockSignals(False)
        self.text_list.blockSignals(False)
        self._update_state()

    # -- live report ---------------------------------------------------------------
    @property
    def table(self) -> SurveyTable | None:
        return self.variables_model.table

    def text_columns(self) -> list[str]:
        items = (self.text_list.item(i) for i in range(self.text_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _edit_rejected(self, message: str) -> None:
        self.error_label.setText(service_text(message))

    def _update_state(self) -> None:
        table, id_column = self.table, self.id_combo.currentText()
        self.link_ok = False
        if table is None or not id_column:
            self.report_label.setText("")
            self.hint_label.setText("")
            self.import_button.setEnabled(False)
            return
        try:
            report = check_survey_link(table, id_column, self.case_keys, strip=self.strip_box.isChecked(),
                                       casefold=self.casefold_box.isChecked())
        except DuplicateKeyError as exc:
            self.report_label.setText("")
            self.hint_label.setText("")
            self.error_label.setText(self.tr("{reason} Choose another ID column or fix the file; nothing can be imported.")
                                     .format(reason=service_text(str(exc))))
            self.import_button.setEnabled(False)
            return
        text, hint = describe_link(report, create_cases=self.create_box.isChecked(),
                                   strip=self.strip_box.isChecked(), casefold=self.casefold_box.isChecked())
        unlinked = self.transcripts_without_case
        if unlinked:
            n = len(unlinked)
            names = ", ".join(unlinked[:LISTED]) + (" …" if n > LISTED else "")
            text += "\n" + self.tr("%n transcript(s) have no case ({names}): no survey row can reach them.",
                                   "", n).format(names=names)
        self.report_label.setText(text)
        self.hint_label.setText(hint)
        self.error_label.setText(service_text(self.variables_model.last_error))
        self.link_ok = True
        self.import_button.setEnabled(True)

    # -- importing -----------------------------------------------------------------
    def run_import(self) -> None:
        if not self.link_ok or self.table is None or self.path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_survey(
                self.session.project, self.path, self.id_combo.currentText(), strip=self.strip_box.isChecked(),
                casefold=self.casefold_box.isChecked(), create_cases=self.create_box.isChecked(),
                text_columns=self.text_columns(), sheet=self.sheet_combo.currentText() or None, table=self.table,
            )
        except QualCodeError as exc:
            self.error_label.setText(self.tr("Nothing was imported. {reason}").format(reason=service_text(str(exc))))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        value: SurveyImport = result.value
        self.imported.emit(value)
        self.accept()


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setEnabled(False)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box
