"""The regression panel's variables: survey variables, and themes/codes quantitized.

A two-level tree over a :class:`~qualcode.services.mixed.linking.CaseTable`: group rows
("Survey", "Themes (quantitized)", "Codes (quantitized)") and one row per variable,
with a type glyph (# continuous, ◐ binary, ≡ ordinal, № count, ◇ categorical). A theme
or code row stands for one of its three columns; its measure (presence / count /
coverage) is the editable second column. Rows drag as their case-table column names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from qualcode.services.mixed.linking import CaseTable
from qualcode.ui.models.type_names import measure_name, type_name

__all__ = ["VariablesModel", "VariableItem", "base_label", "MeasureDelegate", "TYPE_GLYPHS", "MIME_TYPE", "COLUMN_ROLE",
           "TYPE_ROLE", "SOURCE_ROLE"]

TYPE_GLYPHS = {"continuous": "#", "binary": "◐", "ordinal": "≡", "count": "№", "categorical": "◇"}
MEASURES = ("presence", "count", "coverage")
MEASURE_TYPES = {"presence": "binary", "count": "count", "coverage": "continuous"}
MIME_TYPE = "application/x-qualcode-variables"
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 1  # the case-table column (str)
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2  # quant variable type (str)
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 3  # ("survey" | "theme" | "code", id or None)
_USABLE = set(TYPE_GLYPHS)

_Index = QModelIndex | QPersistentModelIndex


@dataclass
class VariableItem:
    """A variable row; ``columns`` maps a measure to its column (one entry for survey variables)."""

    label: str
    source: str
    source_id: int | None
    columns: dict[str, str]
    vtype: str = ""
    measure: str = "presence"
    description: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # measure -> "Theme (present)"

    def column_label(self, column: str) -> str:
        """How one of this row's columns reads in lists: ``Peer belonging (present)``."""
        for measure, col in self.columns.items():
            if col == column:
                return self.labels.get(measure, self.label)
        return self.label

    @property
    def column(self) -> str:
        return self.columns.get(self.measure) or next(iter(self.columns.values()))

    @property
    def type(self) -> str:
        return self.vtype if self.source == "survey" else MEASURE_TYPES[self.measure]


@dataclass
class _Group:
    title: str
    items: list[VariableItem] = field(default_factory=list)


def _path(item: VariableItem) -> str:
    """A code's path reads ``Parent / Child`` (the stored path separates with a bare slash)."""
    return item.label.replace("/", " / ") if item.source == "code" else item.label


def base_label(label: str) -> str:
    """``"Peer belonging (present)"`` -> ``"Peer belonging"`` (the measure is shown apart)."""
    return label.rsplit(" (", 1)[0] if label.endswith(")") and " (" in label else label


class VariablesModel(QAbstractItemModel):
    """Survey variables and quantitized themes/codes of a case table, as a tree."""

    HEADERS = (QT_TRANSLATE_NOOP("VariablesModel", "Variable"), QT_TRANSLATE_NOOP("VariablesModel", "Type / measure"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []

    # -- filling -------------------------------------------------------------------------
    def set_table(self, table: CaseTable | None) -> None:
        """Rebuild from a case table, keeping each theme's chosen measure."""
        chosen = {(i.source, i.source_id): i.measure for g in self._groups for i in g.items if i.source != "survey"}
        groups: list[_Group] = []
        if table is not None:
            survey = _Group(self.tr("Survey"))
            for var in table.survey_variables:
                vtype = table.types.get(var.name, var.type.value)
                if vtype in _USABLE and var.name in table.frame.columns:
                    survey.items.append(VariableItem(var.name, "survey", None, {"": var.name}, vtype,
                                                     description=var.label))
            themes, codes = _Group(self.tr("Themes (quantitized)")), _Group(self.tr("Codes (quantitized)"))
            by_source: dict[tuple[str, int], VariableItem] = {}
            for qv in table.quant_variables:
                key = (qv.source, qv.source_id)
                item = by_source.get(key)
                if item is None:
                    item = VariableItem(base_label(qv.label), qv.source, qv.source_id, {},
                                        measure=chosen.get(key, "presence"))
                    by_source[key] = item
                    (themes if qv.source == "theme" else codes).items.append(item)
                item.columns[qv.measure] = qv.column
                item.labels[qv.measure] = qv.label
            groups = [g for g in (survey, themes, codes) if g.items]
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    def item(self, index: _Index) -> VariableItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].items[index.row()]

    def find_column(self, column: str) -> QModelIndex:
        """The index of the row whose current or possible column is ``column`` (invalid if none)."""
        for g, group in enumerate(self._groups):
            for r, item in enumerate(group.items):
                if column in item.columns.values():
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def items(self) -> list[VariableItem]:
        return [i for g in self._groups for i in g.items]

    def set_measure(self, index: _Index, measure: str) -> bool:
        return self.setData(index.sibling(index.row(), 1), measure, Qt.ItemDataRole.EditRole)

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.column() == 0:
                return group.title
            return None
        item = self.item(index)
        assert item is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                glyph = "▣" if item.source == "theme" else TYPE_GLYPHS.get(item.type, "·")
                return f"{glyph} {_path(item)}"
            return type_name(item.type) if item.source == "survey" else f"{measure_name(item.measure)} ▾"
        if role == Qt.ItemDataRole.EditRole and index.column() == 1 and item.source != "survey":
            return item.measure
        if role == Qt.ItemDataRole.ToolTipRole:
            # the full name first (the list elides long ones), then what a statistician needs
            extra = f"\n{item.description}" if item.description else ""
            return f"{_path(item)}\n" + self.tr("{type} · column {column}").format(
                type=type_name(item.type), column=item.column) + extra
        if role == COLUMN_ROLE:
            return item.column
        if role == TYPE_ROLE:
            return item.type
        if role == SOURCE_ROLE:
            return (item.source, item.source_id)
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item(index)
        if (item is None or role != Qt.ItemDataRole.EditRole or index.column() != 1 or item.source == "survey"
                or value not in item.columns or value == item.measure):
            return False
        item.measure = str(value)
        self.dataChanged.emit(index.sibling(index.row(), 0), index.sibling(index.row(), 1))
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        item = self.item(index)
        if index.column() == 1 and item is not None and item.source != "survey":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        columns = list(dict.fromkeys(str(self.data(i, COLUMN_ROLE)) for i in indexes
                                     if i.isValid() and i.internalId() != 0))
        mime = QMimeData()
        mime.setData(MIME_TYPE, "\n".join(columns).encode("utf-8"))
        mime.setText("\n".join(columns))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction


class MeasureDelegate(QStyledItemDelegate):
    """A combo box of presence / count / coverage for a theme's or code's measure."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        box = QComboBox(parent)
        for measure in MEASURES:
            box.addItem(measure_name(measure), measure)
        box.activated.connect(lambda _i: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(str(index.data(Qt.ItemDataRole.EditRole))), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
