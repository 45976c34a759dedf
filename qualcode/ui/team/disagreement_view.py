"""Two coders side by side at each unit where they disagree; accept one, merge, or write a memo.

Each decision is an undoable :class:`~qualcode.services.team.disagreements.DecideOperation`
on the project's undo stack. Above the table: the agreement of the pair (per code and
overall) on the chosen unit, exportable to Word and CSV.
"""

from __future__ import annotations

import math

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qualcode.core.changes import Changes
from qualcode.core.errors import QualCodeError
from qualcode.core.team import DecisionKind
from qualcode.services.codebook.codes import list_codes
from qualcode.services.projects import list_coders
from qualcode.services.team.agreement import ProjectAgreement, project_agreement
from qualcode.services.team.agreement_export import (
    write_agreement_csv,
    write_agreement_docx,
)
from qualcode.services.team.disagreements import (
    CONSENSUS_CODER,
    DecideOperation,
    disagreements,
)
from qualcode.services.team.units import UNIT_KINDS
from qualcode.ui.commands.base import OperationCommand, push_command
from qualcode.ui.session import ProjectSession
from qualcode.ui.team.disagreement_model import DisagreementModel
from qualcode.ui.texts import service_text

_C = "DisagreementPanel"
_NAMES = {"percent": QT_TRANSLATE_NOOP("DisagreementPanel", "percent agreement"), "cohen": QT_TRANSLATE_NOOP("DisagreementPanel", "Cohen's kappa"),
          "krippendorff": QT_TRANSLATE_NOOP("DisagreementPanel", "Krippendorff's alpha")}
_UNITS = {"sentence": QT_TRANSLATE_NOOP("DisagreementPanel", "sentence"), "paragraph": QT_TRANSLATE_NOOP("DisagreementPanel", "paragraph"),
          "turn": QT_TRANSLATE_NOOP("DisagreementPanel", "turn"), "document": QT_TRANSLATE_NOOP("DisagreementPanel", "document"),
          "character": QT_TRANSLATE_NOOP("DisagreementPanel", "character"), "segment": QT_TRANSLATE_NOOP("DisagreementPanel", "segment")}


def _fmt(value: float) -> str:
    return "NA" if math.isnan(value) else f"{value:.2f}"


class DisagreementPanel(QWidget):
    """Pick two coders and a unit; see their disagreements and decide each one."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agreement: ProjectAgreement | None = None
        self.coder_a, self.coder_b, self.unit_box = QComboBox(), QComboBox(), QComboBox()
        for kind in UNIT_KINDS:
            self.unit_box.addItem(self.tr(_UNITS[kind]) if kind in _UNITS else kind, kind)
        self.unit_box.setCurrentIndex(UNIT_KINDS.index("sentence"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = DisagreementModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.memo = QLineEdit()
        self.memo.setPlaceholderText(self.tr("Memo on this disagreement (what the team concluded)"))
        self.accept_a, self.accept_b = QPushButton(self.tr("Accept A")), QPushButton(self.tr("Accept B"))
        self.merge, self.write_memo = QPushButton(self.tr("Merge both")), QPushButton(self.tr("Write memo"))
        self.export_docx, self.export_csv = QPushButton(self.tr("Agreement to Word…")), QPushButton(self.tr("Agreement to CSV…"))
        self._layout()
        self._fill_coders()
        for box in (self.coder_a, self.coder_b, self.unit_box):
            box.currentIndexChanged.connect(self.refresh)
        self.accept_a.clicked.connect(lambda: self.decide(DecisionKind.ACCEPT_A))
        self.accept_b.clicked.connect(lambda: self.decide(DecisionKind.ACCEPT_B))
        self.merge.clicked.connect(lambda: self.decide(DecisionKind.MERGE))
        self.write_memo.clicked.connect(lambda: self.decide(DecisionKind.MEMO))
        self.export_docx.clicked.connect(lambda: self._export("docx"))
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.events.changed.connect(self._on_changed)
        self.refresh()

    def _reference_suffix(self) -> str:
        return " " + self.tr("(reference)")

    def _layout(self) -> None:
        pick = QHBoxLayout()
        for label, widget in ((self.tr("Coder A"), self.coder_a), (self.tr("Coder B"), self.coder_b), (self.tr("Unit"), self.unit_box)):
            pick.addWidget(QLabel(label))
            pick.addWidget(widget)
        pick.addStretch(1)
        pick.addWidget(self.export_docx)
        pick.addWidget(self.export_csv)
        act = QHBoxLayout()
        for button in (self.accept_a, self.accept_b, self.merge):
            act.addWidget(button)
        act.addWidget(self.memo, 1)
        act.addWidget(self.write_memo)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(act)

    def _fill_coders(self) -> None:
        coders = [c for c in list_coders(self.session.project) if c.name != CONSENSUS_CODER]
        coders.sort(key=lambda c: not c.is_reference)  # the reference coder is A by default
        for box, default in ((self.coder_a, 0), (self.coder_b, 1)):
            box.blockSignals(True)
            box.clear()
            for c in coders:
                box.addItem(c.name + (self._reference_suffix() if c.is_reference else ""), c.id)
            box.setCurrentIndex(min(default, box.count() - 1))
            box.blockSignals(False)

    def _pair(self) -> tuple[int, int] | None:
        a, b = self.coder_a.currentData(), self.coder_b.currentData()
        return None if a is None or b is None or a == b else (a, b)

    def refresh(self) -> None:
        """Recompute the pair's agreement and disagreements on the chosen unit."""
        pair, unit = self._pair(), self.unit_box.currentData()
        codes = list_codes(self.session.project)
        names = {c.id: c.name for c in codes.values()}
        if pair is None:
            self.model.set_units([], names)
            self.agreement = None
            self.summary.setText(self.tr("Choose two different coders to compare."))
            self._update_buttons()
            return
        suffix = self._reference_suffix()
        coder_names = [self.coder_a.currentText().removesuffix(suffix),
                       self.coder_b.currentText().removesuffix(suffix)]
        try:
            units = disagreements(self.session.project, pair[0], pair[1], unit=unit)
            self.model.set_units(units, names, f"A: {coder_names[0]}", f"B: {coder_names[1]}")
            self.agreement = project_agreement(self.session.project, coder_names, unit=unit,
                                               statistics=["percent", "cohen", "krippendorff"])
        except QualCodeError as exc:  # e.g. a coder renamed or removed meanwhile: say so, keep the panel usable
            self.agreement = None
            self.summary.setText(service_text(str(exc)))
            self._update_buttons()
            return
        overall = [r for r in self.agreement.rows if r.code_id is None] or list(self.agreement.rows)
        ci = self.tr("95% CI")
        parts = [f"{self.tr(_NAMES[r.result.statistic]) if r.result.statistic in _NAMES else r.result.statistic} "
                 f"{_fmt(r.result.value)} [{ci} {_fmt(r.result.ci_low)}, {_fmt(r.result.ci_high)}]" for r in overall[:3]]
        decided = sum(1 for u in units if u.decision is not None)
        unit_name = self.tr(_UNITS[unit]) if unit in _UNITS else str(unit)
        over = self.tr("all codes") if overall and overall[0].code_id is None else self.tr("the code")
        self.summary.setText(self.tr("%n {unit} unit(s) disagree, {decided} decided. Agreement over {over}: {stats}",
                                     "", len(units)).format(unit=unit_name, decided=decided, over=over,
                                                            stats="; ".join(parts)))
        self._update_buttons()

    def _current(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        for button in (self.accept_a, self.accept_b, self.merge, self.write_memo):
            button.setEnabled(chosen)
        for button in (self.export_docx, self.export_csv):
            button.setEnabled(self.agreement is not None and bool(self.agreement.rows))

    def decide(self, kind: DecisionKind) -> None:
        """Push the decision on the selected unit as one undoable step."""
        row, pair = self._current(), self._pair()
        if row is None or pair is None:
            return
        op = DecideOperation(self.session.project, self.model.units[row], kind, coder_a=pair[0], coder_b=pair[1],
                             memo=self.memo.text(), decided_by=self.session.coder.id)
        try:
            push_command(self.session, OperationCommand(self.session, op, initiator=self))
        except QualCodeError as exc:  # e.g. a memo decision without text: say so, change nothing
            self.summary.setText(service_text(str(exc)))
            return
        self.memo.clear()
        self.refresh()
        self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _on_changed(self, changes: Changes) -> None:
        if changes.initiator is not self and (changes.segments or changes.codes):
            self.refresh()

    def _export(self, kind: str, path: str | None = None) -> None:
        if self.agreement is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export agreement"), f"agreement.{kind}", f"*.{kind}")
        if not path:
            return
        if kind == "docx":  # fixed labels in the project's output language
            write_agreement_docx(self.agreement, path, project=self.session.project)
        else:
            write_agreement_csv(self.agreement, path)
