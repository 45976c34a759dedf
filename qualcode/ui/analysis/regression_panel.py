"""The regression panel (UX.md "Regression panel"): variables | model and results | plots.

The outcome's type proposes the family (continuous -> OLS with HC3, binary -> logit,
ordinal -> proportional odds, count -> Poisson / NB2); the user can change it. Run
(Ctrl+Return) fits the panel's :class:`AnalysisSpec` in a QThreadPool worker through
:func:`qualcode.services.mixed.analysis.run_analysis`; the panel only shows what quant returned. Double-clicking a theme's or code's term asks for its
segments; clicking a point of the Cook's D plot asks for that participant's transcript.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser, QTreeView, QVBoxLayout,
    QWidget,
)

from qualcode.core.analysis_spec import MODEL_FAMILIES, AnalysisSpec, propose_family
from qualcode.core.changes import Changes
from qualcode.services.corpus.proposals import transcripts_without_case
from qualcode.services.privacy.audit import record_action
from qualcode.services.mixed.analysis import (
    AnalysisRun, DataTable, default_reference_level, load_case_table, run_analysis,
)
from qualcode.services.mixed.linking import CaseTable
from qualcode.ui.analysis.panel_text import family_name, readable_note, unlinked_sentence
from qualcode.ui.analysis.plots_pane import PlotsPane
from qualcode.ui.analysis.predictors_list import PredictorsList
from qualcode.ui.analysis.result_actions import ResultActions
from qualcode.ui.analysis.result_table import ResultTable, format_run, term_variable
from qualcode.ui.analysis.variables_model import (
    COLUMN_ROLE, MEASURE_TYPES, VariablesModel, base_label,
)
from qualcode.ui.analysis.variables_tree import fit_name_column, setup_variables_tree
from qualcode.ui.models.type_names import type_name
from qualcode.ui.session import ProjectSession
from qualcode.ui.texts import service_text
from qualcode.ui.workers import FunctionWorker, start

__all__ = ["MI_M", "RegressionPanel"]

MI_M = 20  # imputations, as the seed study (STATS_CONVENTIONS.md)
_RELOAD = Changes(documents=True, segments=True, codes=True, themes=True, cases=True, survey=True)


class RegressionPanel(QWidget):
    participant_chosen = Signal(str)  # case key (Cook's D click)
    segments_requested = Signal(str, int, str)  # "theme" | "code", id, label
    run_finished = Signal(object)  # AnalysisRun
    table_loaded = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: CaseTable | None = None
        self.transcripts_without_case: list[str] = []
        self.run: AnalysisRun | None = None
        self.result_table: ResultTable | None = None
        self.worker: FunctionWorker | None = None
        self.table_worker: FunctionWorker | None = None
        self._reference_boxes: dict[str, QComboBox] = {}
        self._build()
        self._reload_timer = QTimer(self, singleShot=True, interval=300)
        self._reload_timer.timeout.connect(self.reload_table)
        session.events.changed.connect(self._on_changed)
        self.reload_table()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.variables = VariablesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.variables)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(placeholderText=self.tr("Filter variables"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        setup_variables_tree(self.tree)
        self.tree.doubleClicked.connect(self._tree_double_clicked)
        left_width = 30 * self.fontMetrics().averageCharWidth() + 150
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel("<b>{}</b>".format(self.tr("Variables"))))
        lv.addWidget(self.filter)
        lv.addWidget(self.tree)

        self.outcome = QComboBox()
        self.outcome.setMinimumContentsLength(14)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.family = QComboBox()
        for key in MODEL_FAMILIES:
            self.family.addItem(family_name(key), key)
        self.family.currentIndexChanged.connect(self._family_changed)
        # long names ("Порядковая логистическая регрессия") must not widen the panel past 1280 px and
        # squeeze the variables and plots: the combos ask for their whole text but may shrink (their
        # lists show every name whole); the grey proposal beside the model stays whole on one line
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # at least the common families' names whole ("Логистическая регрессия"); the rarer ones may elide
        common = max(self.fontMetrics().horizontalAdvance(family_name(key)) for key in ("ols", "logit"))
        self.family.setMinimumWidth(common + 40)
        for box in (self.outcome, self.family):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # the form lets it grow
        self.proposed = QLabel("")
        self.proposed.setEnabled(False)
        self.proposed.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)  # whole, one line
        self.predictors = PredictorsList()
        self.predictors.setMaximumHeight(112)
        self.predictors.predictors_changed.connect(self._predictors_changed)
        self.predictors.columns_dropped.connect(self.add_predictors)
        self.add_button = QPushButton(self.tr("Add ▸"))
        self.add_button.setToolTip(self.tr("Add the variables selected on the left as predictors"))
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.predictors.remove_selected)
        self.block_button = QPushButton(self.tr("Nested: add block"))
        self.block_button.setToolTip(self.tr("Predictors added after this enter in the next model (ΔR², F change)"))
        self.block_button.clicked.connect(self.predictors.add_block)
        self.reference_form = QFormLayout()
        self.hc3 = QCheckBox(self.tr("HC3 (OLS)"), checked=True)
        self.hc3.setToolTip(self.tr("Heteroskedasticity-consistent standard errors (HC3) for linear models"))
        self.mi = QCheckBox(self.tr("MI m={m}").format(m=MI_M))
        self.mi.setToolTip(self.tr("Multiple imputation by chained equations, pooled by Rubin's rules (slower)"))
        self.beta = QCheckBox(self.tr("std. beta"), checked=True)
        self.beta.setToolTip(self.tr("Show the standardised coefficients (β) of a linear model"))
        self.beta.toggled.connect(self._show_result)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Fit the model (Ctrl+Return)"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_model)
        self.busy = QProgressBar(maximumWidth=120, textVisible=False)
        self.busy.setRange(0, 0)
        self.busy.hide()

        form = QFormLayout()
        family_row = QHBoxLayout()
        family_row.addWidget(self.family, 1)
        family_row.addWidget(self.proposed)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Model:"), family_row)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.block_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        options = QHBoxLayout()
        for w in (self.hc3, self.mi, self.beta):
            options.addWidget(w)
        options.addStretch(1)
        options.addWidget(self.busy)
        options.addWidget(self.run_button)

        self.banner = QLabel("")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: palette(alternate-base); padding: 3px; }")
        self.results = QTableWidget(0, 0)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.verticalHeader().hide()
        self.results.setShowGrid(False)
        self.results.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.results.setMinimumHeight(6 * (self.fontMetrics().height() + 6))
        self.results.itemDoubleClicked.connect(self._term_double_clicked)
        self.fit_label = QLabel("")
        self.fit_label.setWordWrap(True)
        self.fit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QTextBrowser()
        self.notes.setMaximumHeight(84)
        self.result_actions = ResultActions(self, self)

        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addLayout(form)
        mv.addWidget(QLabel(self.tr("Predictors:")))
        mv.addWidget(self.predictors)
        mv.addLayout(buttons)
        mv.addLayout(self.reference_form)
        mv.addLayout(options)
        mv.addWidget(self.banner)
        mv.addWidget(self.results, 1)
        mv.addWidget(self.fit_label)
        mv.addWidget(self.notes)
        mv.addLayout(self.result_actions.layout)

        self.plots = PlotsPane()
        self.plots.participant_chosen.connect(self.participant_chosen)
        # the plots sit at the top of their column: in a dock shorter than the model column the
        # panel scrolls, and the plots keep to the height one sees (set_visible_height) so the
        # forest plot's axis title is on screen, not below the fold
        plots_column = QWidget()
        pv = QVBoxLayout(plots_column)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.plots, 1)
        pv.addStretch(0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, middle, plots_column):
            splitter.addWidget(w)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([left_width, int(1.45 * left_width), int(1.15 * left_width)])  # names readable at 1280 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.splitter = splitter
        self._left_width = left_width
        self._splitter_sized = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._splitter_sized:
            self._size_splitter()

    def set_visible_height(self, height: int) -> None:
        """The height of the panel one sees (its dock scrolls it when the model column is
        taller): the plots fit in it, whole, from the top of the panel."""
        margins = self.layout().contentsMargins()
        self.plots.setMaximumHeight(max(height - margins.top() - margins.bottom(),
                                        self.plots.minimumSizeHint().height()))

    def _size_splitter(self) -> None:
        """Once the panel first has a laptop's width: the plots get the room their tab titles
        need whole (in every language), the variables their names, the model the rest.

        Built while its dock was small, the splitter would otherwise share the later growth by
        its stretch factors and take the plots' room from the variables.
        """
        total = sum(self.splitter.sizes())
        plots = max(self.plots.minimumSizeHint().width(), int(0.8 * self._left_width))
        left = min(self._left_width, int(0.22 * total))
        middle = total - left - plots
        if not self.isVisible() or middle < self.splitter.widget(1).minimumSizeHint().width():
            return  # too narrow yet (or hidden): wait for the dock's real width
        self._splitter_sized = True
        self.splitter.setSizes([left, middle, plots])

    # -- the case table --------------------------------------------------------------------
    def reload_table(self) -> None:
        """Rebuild the linked case table in a worker (re-coding changes the theme columns)."""
        if self.table_worker is not None:
            self.table_worker.cancel()
        worker = FunctionWorker(load_case_table, self.session.project)
        worker.signals.finished.connect(lambda table, w=worker: self._table_loaded(w, table))
        worker.signals.failed.connect(lambda exc, w=worker: self._table_failed(w, exc))
        self.table_worker = start(worker, owner=self)

    def _table_loaded(self, worker: FunctionWorker, table: CaseTable) -> None:
        if worker is not self.table_worker or not shiboken6.isValid(self):  # the project closed meanwhile
            return
        self.table_worker = None
        self.set_table(table)

    def _table_failed(self, worker: FunctionWorker, exc: object) -> None:
        if worker is self.table_worker and shiboken6.isValid(self):
            self.table_worker = None
            self.banner.setText(self.tr("The case table could not be built: {error}").format(error=service_text(str(exc))))

    def set_table(self, table: CaseTable) -> None:
        """Show the variables of a case table, keeping the outcome and the predictors that still exist."""
        self.table = table
        self.transcripts_without_case = transcripts_without_case(self.session.project)
        keep_outcome = self.outcome.currentData()
        self.variables.set_table(table)
        self.tree.expandAll()
        fit_name_column(self.tree)
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("(choose an outcome)"), None)
        for item in self.variables.items():
            for measure, column in item.columns.items():
                vtype = item.vtype if item.source == "survey" else MEASURE_TYPES[measure]
                self.outcome.addItem(f"{item.column_label(column)} · {type_name(vtype)}", column)
        index = self.outcome.findData(keep_outcome)
        self.outcome.setCurrentIndex(max(index, 0))
        self.outcome.blockSignals(False)
        columns = set(table.frame.columns)
        blocks = [[(c, self._label(c)) for c in block if c in columns] for block in self.predictors.blocks()]
        self.predictors.set_blocks(blocks)
        self._update_banner()
        self.table_loaded.emit()

    def _label(self, column: str) -> str:
        for item in self.variables.items():
            if column in item.columns.values():
                return item.column_label(column)
        return column

    def _labels(self) -> dict[str, str]:
        return {c: item.column_label(c) for item in self.variables.items() for c in item.columns.values()}

    def _on_changed(self, changes: Changes) -> None:
        if any(getattr(changes, f) and getattr(_RELOAD, f) for f in _RELOAD.__dataclass_fields__):
            self._reload_timer.start()

    # -- choosing --------------------------------------------------------------------------
    def set_outcome(self, column: str) -> None:
        index = self.outcome.findData(column)
        if index < 0:
            raise KeyError(f"{column!r} is not a variable of the case table.")
        self.outcome.setCurrentIndex(index)

    def set_family(self, family: str) -> None:
        self.family.setCurrentIndex(self.family.findData(family))

    def add_predictors(self, columns: list[str]) -> None:
        outcome = self.outcome.currentData()
        for column in columns:
            if column != outcome:
                self.predictors.add_predictor(column, self._label(column))

    def add_selected(self) -> None:
        rows = self.tree.selectionModel().selectedRows(0)
        self.add_predictors([str(self.proxy.data(i, COLUMN_ROLE)) for i in rows
                             if self.proxy.data(i, COLUMN_ROLE) is not None])

    def _tree_double_clicked(self, index: object) -> None:
        column = self.proxy.data(index.siblingAtColumn(0), COLUMN_ROLE)  # type: ignore[attr-defined]
        if column is not None and index.column() == 0:  # type: ignore[attr-defined]
            self.add_predictors([str(column)])

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _outcome_changed(self) -> None:
        column = self.outcome.currentData()
        vtype = self.table.types.get(column, "") if (self.table is not None and column) else ""
        family = propose_family(vtype)
        if family is not None:
            self.set_family(family)
            self.proposed.setText(self.tr("proposed for a {type} outcome").format(type=type_name(vtype)))
        else:
            self.proposed.setText(self.tr("no model for a {type} outcome").format(type=type_name(vtype)) if vtype else "")
        if column in self.predictors.columns():
            self.predictors.set_blocks([[(c, self._label(c)) for c in b if c != column]
                                        for b in self.predictors.blocks()])

    def _family_changed(self) -> None:
        is_ols = self.family.currentData() == "ols"
        self.hc3.setEnabled(is_ols)
        self.beta.setEnabled(is_ols)

    def _predictors_changed(self) -> None:
        """One reference-level chooser per categorical predictor."""
        # read the chosen levels before removeRow deletes their boxes
        old = {name: box.currentText() for name, box in self._reference_boxes.items() if shiboken6.isValid(box)}
        while self.reference_form.rowCount():
            self.reference_form.removeRow(0)
        self._reference_boxes = {}
        if self.table is None:
            return
        for column in self.predictors.columns():
            if self.table.types.get(column) not in ("categorical",):
                continue
            box = QComboBox()
            levels = sorted({str(v) for v in self.table.frame[column].dropna()})
            box.addItems(levels)
            if old.get(column) in levels:
                box.setCurrentText(old[column])
            else:  # the level quant would choose by default, now explicit
                box.setCurrentText(default_reference_level(self.table, column))
            self._reference_boxes[column] = box
            self.reference_form.addRow(self.tr("Reference: {variable} =").format(variable=self._label(column)), box)

    def spec(self) -> AnalysisSpec:
        """The model as chosen in the widgets (unnamed until it is saved)."""
        table = self.table
        return AnalysisSpec.from_blocks(
            str(self.family.currentData()),
            str(self.outcome.currentData() or ""),
            self.predictors.blocks(),
            reference={c: box.currentText() for c, box in self._reference_boxes.items()},
            robust="HC3" if self.hc3.isChecked() else "nonrobust",
            impute=MI_M if self.mi.isChecked() else None,
            survey_table=table.summary.survey_table if table is not None else None,
        )

    # -- running ---------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.worker is not None

    def run_model(self) -> None:
        """Fit the model in a worker; the window stays responsive."""
        if self.table is None or self.worker is not None:
            return
        data = DataTable(self.table.frame.copy(), dict(self.table.types))
        worker = FunctionWorker(run_analysis, self.spec(), data)
        worker.signals.finished.connect(lambda run, w=worker: self._run_done(w, run))
        worker.signals.failed.connect(lambda exc, w=worker: self._run_failed(w, exc))
        worker.signals.cancelled.connect(lambda w=worker: self._run_failed(w, None))
        self.run_button.setEnabled(False)
        self.busy.show()
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.worker = start(worker, owner=self)

    def _idle(self) -> None:
        self.worker = None
        self.run_button.setEnabled(True)
        self.busy.hide()
        self.unsetCursor()

    def _run_done(self, worker: FunctionWorker, run: AnalysisRun) -> None:
        if worker is not self.worker:
            return
        self._idle()
        self.run = run
        self._show_result()
        self.plots.show_plots(run.plots, self._labels())
        self._audit(run)
        self.run_finished.emit(run)

    def _audit(self, run: AnalysisRun) -> None:
        """A model run is an analytic decision: the audit log keeps who ran which model when."""
        spec = run.spec
        record_action(self.session.project, self.session.coder.name, "model run",
                      f"{spec.family_label}: {spec.model_formula()}",
                      {"n": int(run.result.nobs), "robust": spec.robust, "impute": spec.impute})

    def _run_failed(self, worker: FunctionWorker, exc: object) -> None:
        if worker is not self.worker:
            return
        self._idle()
        self.run = None
        self._show_result()
        self.plots.show_plots(None)
        if exc is not None:
            # quant's errors are sentences written for the user (QuantError); show them where the table was
            self.fit_label.setText("<span style='color:#D55E00'>{}</span>".format(
                self.tr("The model could not be fitted: {error}").format(error=service_text(str(exc)))))

    def _show_result(self) -> None:
        run = self.run
        self.result_table = format_run(run, show_beta=self.beta.isChecked(), labels=self._labels()) if run else None
        table = self.result_table
        self.results.clear()
        self.results.setRowCount(len(table.rows) if table else 0)
        self.results.setColumnCount(len(table.header) if table else 0)
        if table is not None:
            self.results.setHorizontalHeaderLabels(list(table.header))
            for r, row in enumerate(table.rows):
                for c, text in enumerate(row):
                    cell = QTableWidgetItem(text)
                    if c:
                        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    source = self.term_source(table.terms[r])
                    if c == 0 and source is not None:
                        cell.setToolTip(self.tr("Double-click to see this theme's coded segments") if source[0] == "theme"
                                        else self.tr("Double-click to see this code's coded segments"))
                        font = cell.font()
                        font.setUnderline(True)
                        cell.setFont(font)
                    self.results.setItem(r, c, cell)
            self.results.resizeColumnsToContents()
        self.fit_label.setText(table.fit_line.replace("\n", "<br>") if table else "")
        note = QCoreApplication.translate("ResultTable", "Note.")
        self.notes.setPlainText("\n".join(f"{note} {self._readable(n)}" for n in table.notes) if table else "")
        self.result_actions.set_enabled(table is not None)
        self._update_banner()

    def _update_banner(self) -> None:
        if self.table is None:
            self.banner.setText(self.tr("Building the case table…"))
            return
        s = self.table.summary
        unlinked = self._unlinked_sentence()
        if s.survey_table is None:
            self.banner.setText(self.tr("No survey table is linked: only quantitized themes and codes can be analysed. "
                                        "Import a survey (File › Import survey) to link participants' answers.")
                                + unlinked)
            return
        parts = []
        if self.run is not None:
            parts.append(self.tr("n = {used} cases used of %n in the case table", "", self.run.n_rows)
                         .format(used=self.run.result.nobs))
        parts.append(self.tr("%n interviewed case(s) linked to {table}", "", len(s.matched)).format(table=s.survey_table))
        if s.cases_without_row:
            shown = ", ".join(s.cases_without_row[:5]) + (" …" if len(s.cases_without_row) > 5 else "")
            parts.append(self.tr("%n without a survey row ({cases})", "", len(s.cases_without_row)).format(cases=shown))
        if s.rows_without_case:
            parts.append(self.tr("%n survey row(s) without an interview (theme values missing)", "",
                                 len(s.rows_without_case)))
        self.banner.setText(" · ".join(parts) + unlinked)

    def _readable(self, text: str) -> str:
        return readable_note(service_text(text), self.table.quant_variables if self.table is not None else [])

    def _unlinked_sentence(self) -> str:
        return unlinked_sentence(self.transcripts_without_case)

    # -- click-through ---------------------------------------------------------------------
    def term_source(self, term: str) -> tuple[str, int, str] | None:
        if self.table is None:
            return None
        column = term_variable(term, list(self.table.frame.columns))
        for qv in self.table.quant_variables:
            if qv.column == column:
                return qv.source, qv.source_id, base_label(qv.label)
        return None

    def _term_double_clicked(self, item: QTableWidgetItem) -> None:
        if self.result_table is None:
            return
        source = self.term_source(self.result_table.terms[item.row()])
        if source is not None:
            self.segments_requested.emit(*source)
