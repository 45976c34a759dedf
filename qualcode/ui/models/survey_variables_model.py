"""Survey variables as an editable table: name, label, type (correctable), levels in order.

The model owns the :class:`SurveyTable`; every accepted correction replaces it
with ``table.with_variable(...)`` (which validates, e.g. ordinal levels must
cover the data) and emits ``table_changed``. A rejected edit leaves the table
as it was and puts the reason in :attr:`last_error`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.core.errors import ValidationError
from qualcode.core.survey import VariableType
from qualcode.services.corpus.surveys import SurveyTable, infer_levels
from qualcode.ui.models.columns_table_model import ColumnsTableModel
from qualcode.ui.models.type_names import type_name

COLUMNS = (
    QT_TRANSLATE_NOOP("SurveyVariablesModel", "Variable"),
    QT_TRANSLATE_NOOP("SurveyVariablesModel", "Label"),
    QT_TRANSLATE_NOOP("SurveyVariablesModel", "Type"),
    QT_TRANSLATE_NOOP("SurveyVariablesModel", "Levels (lowest first)"),
)
NAME, LABEL, TYPE, LEVELS = range(len(COLUMNS))
Index = QModelIndex | QPersistentModelIndex
LEVEL_SEPARATOR = " < "
TYPE_NAMES = tuple(t.value for t in VariableType)
_WITH_LEVELS = (VariableType.BINARY, VariableType.ORDINAL, VariableType.CATEGORICAL)


def parse_levels(text: str) -> tuple[str, ...]:
    """``"low < mid < high"`` -> ``("low", "mid", "high")``."""
    return tuple(part.strip() for part in text.split("<") if part.strip())


class SurveyVariablesModel(ColumnsTableModel):
    COLUMNS = COLUMNS
    TR_CONTEXT = "SurveyVariablesModel"

    table_changed = Signal(object)  # SurveyTable
    edit_rejected = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: SurveyTable | None = None
        self.last_error = ""

    def set_table(self, table: SurveyTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.last_error = ""
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() or self.table is None else len(self.table.variables)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (LABEL, TYPE, LEVELS) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None or not 0 <= index.row() < len(self.table.variables):
            return None
        var = self.table.variables[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return var.name
            if column == LABEL:
                return var.label
            if column == TYPE:  # the edit value stays the type's key; the reader sees its name
                return var.type.value if role == Qt.ItemDataRole.EditRole else type_name(var.type.value)
            if column == LEVELS:
                return LEVEL_SEPARATOR.join(var.levels)
        if role == Qt.ItemDataRole.ToolTipRole and column == LEVELS:
            return QCoreApplication.translate("SurveyVariablesModel", "For ordinal variables the order matters: "
                                              "type the levels lowest first, separated by <.")
        if role == Qt.ItemDataRole.ToolTipRole and column == TYPE:
            return QCoreApplication.translate("SurveyVariablesModel",
                                              "Inferred from the data; choose another type if it is wrong.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.table is None or not index.isValid():
            return False
        var = self.table.variables[index.row()]
        try:
            if index.column() == LABEL:
                table = self.table.with_variable(var.name, label=str(value))
            elif index.column() == TYPE:
                vtype = VariableType(str(value))
                levels = var.levels
                if vtype in _WITH_LEVELS and (not levels or vtype is not var.type):
                    column = self.table.frame_with_missing_as_nan()[var.name]
                    levels = infer_levels(column, vtype, var.value_labels)
                table = self.table.with_variable(var.name, type=vtype, levels=levels if vtype in _WITH_LEVELS else ())
            elif index.column() == LEVELS:
                table = self.table.with_variable(var.name, levels=parse_levels(str(value)))
            else:
                return False
        except (ValidationError, ValueError) as exc:
            self.last_error = str(exc)
            self.edit_rejected.emit(self.last_error)
            return False
        self.last_error = ""
        self.table = table
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.table_changed.emit(table)
        return True
