"""The speakers of one transcript as an editable table: rename, mark the interviewer, map to a case.

Rows are the speakers the parser detected, in order of first appearance. The
model edits a copy of the file's :class:`FilePlan`; :meth:`plan` returns the
edited plan, which the import service applies.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.services.corpus.importing import FilePlan, SpeakerPlan
from qualcode.ui.models.columns_table_model import ColumnsTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("SpeakerPlanModel", "Detected"),
    QT_TRANSLATE_NOOP("SpeakerPlanModel", "Turns"),
    QT_TRANSLATE_NOOP("SpeakerPlanModel", "Name"),
    QT_TRANSLATE_NOOP("SpeakerPlanModel", "Interviewer"),
    QT_TRANSLATE_NOOP("SpeakerPlanModel", "Case"),
)
DETECTED, TURNS, NAME, INTERVIEWER, CASE = range(len(COLUMNS))
Index = QModelIndex | QPersistentModelIndex
NO_CASE = ""  # shown empty: the speaker's turns count for no case


class SpeakerPlanModel(ColumnsTableModel):
    """Editable speakers of one file. Emits ``plan_edited`` after every accepted edit."""

    COLUMNS = COLUMNS
    TR_CONTEXT = "SpeakerPlanModel"

    plan_edited = Signal(object)  # FilePlan

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: FilePlan | None = None
        self._speakers: list[str] = []  # detected names, the plan's keys
        self._counts: dict[str, int] = {}

    # -- our API -------------------------------------------------------------------
    def set_plan(self, plan: FilePlan | None, counts: dict[str, int] | None = None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._speakers = list(plan.speakers) if plan is not None else []
        self._counts = dict(counts or {})
        self.endResetModel()

    def plan(self) -> FilePlan | None:
        return self._plan

    def speaker(self, row: int) -> SpeakerPlan:
        assert self._plan is not None
        return self._plan.speakers[self._speakers[row]]

    # -- Qt API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._speakers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (NAME, CASE):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == INTERVIEWER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._plan is None or not 0 <= index.row() < len(self._speakers):
            return None
        detected = self._speakers[index.row()]
        speaker = self._plan.speakers[detected]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == DETECTED:
                return detected
            if column == TURNS:
                return self._counts.get(detected, 0)
            if column == NAME:
                return speaker.name
            if column == CASE:
                return speaker.case_key or NO_CASE
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == INTERVIEWER:
            return Qt.CheckState.Checked if speaker.is_interviewer else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == CASE:
            return QCoreApplication.translate("SpeakerPlanModel",
                                              "The participant whose turns these are; empty = counts for no case.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TURNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self._plan is None or not 0 <= index.row() < len(self._speakers):
            return False
        detected = self._speakers[index.row()]
        speaker = self._plan.speakers[detected]
        column = index.column()
        if column == NAME and role == Qt.ItemDataRole.EditRole:
            name = " ".join(str(value).split())
            if not name:
                return False  # a turn needs a speaker name
            new = replace(speaker, name=name)
        elif column == CASE and role == Qt.ItemDataRole.EditRole:
            key = str(value).strip()
            new = replace(speaker, case_key=key or None)
        elif column == INTERVIEWER and role == Qt.ItemDataRole.CheckStateRole:
            checked = _is_checked(value)
            # The interviewer's turns count for no case (services/attribution.py).
            new = replace(speaker, is_interviewer=checked, case_key=None if checked else speaker.case_key)
        else:
            return False
        self._plan = replace(self._plan, speakers={**self._plan.speakers, detected: new})
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.plan_edited.emit(self._plan)
        return True


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
