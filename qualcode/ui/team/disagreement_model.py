"""Disagreements as a table: document, the unit's text, coder A's codes, coder B's codes, decision."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.core.team import DecisionKind
from qualcode.services.team.disagreements import DisagreementUnit

_C = "DisagreementModel"
_DECISIONS = {DecisionKind.ACCEPT_A: QT_TRANSLATE_NOOP("DisagreementModel", "accepted A"), DecisionKind.ACCEPT_B: QT_TRANSLATE_NOOP("DisagreementModel", "accepted B"),
              DecisionKind.MERGE: QT_TRANSLATE_NOOP("DisagreementModel", "merged"), DecisionKind.MEMO: QT_TRANSLATE_NOOP("DisagreementModel", "memo")}

Index = QModelIndex | QPersistentModelIndex


class DisagreementModel(QAbstractTableModel):
    """Rows are :class:`DisagreementUnit`; code ids are shown by name."""

    def __init__(self) -> None:
        super().__init__()
        self.units: list[DisagreementUnit] = []
        self.code_names: dict[int, str] = {}
        self.headers = [self.tr("Document"), self.tr("Text"), self.tr("Coder A"), self.tr("Coder B"), self.tr("Decision")]

    def set_units(self, units: Sequence[DisagreementUnit], code_names: dict[int, str],
                  coder_a: str | None = None, coder_b: str | None = None) -> None:
        self.beginResetModel()
        self.units, self.code_names = list(units), dict(code_names)
        self.headers = [self.tr("Document"), self.tr("Text"), coder_a or self.tr("Coder A"),
                        coder_b or self.tr("Coder B"), self.tr("Decision")]
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def _codes(self, ids: Sequence[int]) -> str:
        return ", ".join(self.code_names.get(i, "?") for i in ids) or self.tr("(not coded)")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.units):
            return None
        unit = self.units[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            decision = ""
            if unit.decision is not None:
                decision = QCoreApplication.translate(_C, _DECISIONS[unit.decision.decision])
                if unit.decision.memo:
                    decision += f": {unit.decision.memo}"
            return (unit.document, " ".join(unit.text.split()), self._codes(unit.codes_a), self._codes(unit.codes_b),
                    decision)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return unit.text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
