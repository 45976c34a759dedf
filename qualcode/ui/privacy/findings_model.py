"""A tree model over identifier findings: one row per entity, its findings below.

Column 0 carries the check box (checked = accept; an entity's box is tristate over its
findings); the Replacement column is editable on an entity (all its findings) and on a
single finding (an override).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.services.privacy import DocumentFinding, group_by_entity
from qualcode.ui.privacy.kind_names import kind_name, source_name

__all__ = ["FindingsModel"]

Index = QModelIndex | QPersistentModelIndex
_HEADERS = (QT_TRANSLATE_NOOP("FindingsModel", "Identifier"), QT_TRANSLATE_NOOP("FindingsModel", "Kind"),
            QT_TRANSLATE_NOOP("FindingsModel", "Source"), QT_TRANSLATE_NOOP("FindingsModel", "Document"),
            QT_TRANSLATE_NOOP("FindingsModel", "Context"), QT_TRANSLATE_NOOP("FindingsModel", "Replacement"))
REPLACEMENT = 5


class _Group:
    def __init__(self, key: tuple[str, str], items: list[DocumentFinding]) -> None:
        self.key = key
        self.items = items
        self.checked = [True] * len(items)
        self.overrides: list[str | None] = [None] * len(items)
        self.replacement = items[0].replacement


class FindingsModel(QAbstractItemModel):
    """Findings grouped by (kind, entity). Internal id 0 is an entity row; ``g + 1`` a finding of group ``g``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[_Group] = []

    # -- Python side -------------------------------------------------------------------
    def set_findings(self, findings: list[DocumentFinding]) -> None:
        self.beginResetModel()
        self.groups = [_Group(k, v) for k, v in group_by_entity(findings).items()]
        self.endResetModel()

    def accepted(self) -> list[DocumentFinding]:
        """The checked findings, each with its replacement (override, else its entity's)."""
        out = []
        for g in self.groups:
            for item, checked, override in zip(g.items, g.checked, g.overrides, strict=True):
                if checked:
                    out.append(replace(item, replacement=override or g.replacement, status="accepted"))
        return out

    def rejected(self) -> list[DocumentFinding]:
        """The unticked findings: the researcher judged them not identifying."""
        return [replace(item, status="rejected") for g in self.groups
                for item, checked in zip(g.items, g.checked, strict=True) if not checked]

    def counts(self) -> tuple[int, int]:
        """(accepted findings, all findings)."""
        return sum(sum(g.checked) for g in self.groups), sum(len(g.items) for g in self.groups)

    def finding_at(self, index: Index) -> DocumentFinding | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].items[index.row()]

    # -- Qt side -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if index.internalId() == 0:
                flags |= Qt.ItemFlag.ItemIsAutoTristate
        if index.column() == REPLACEMENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if index.internalId() == 0:
            g = self.groups[index.row()]
            if role == Qt.ItemDataRole.CheckStateRole and col == 0:
                n = sum(g.checked)
                return (Qt.CheckState.Checked if n == len(g.items) else
                        Qt.CheckState.Unchecked if n == 0 else Qt.CheckState.PartiallyChecked)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                first = g.items[0].finding
                docs = len({i.document_id for i in g.items})
                return (f"{first.entity} ({len(g.items)})", kind_name(first.kind), source_name(first.source),
                        self.tr("%n document(s)", "", docs), "", g.replacement)[col]
            return None
        g = self.groups[index.internalId() - 1]
        row = index.row()
        item = g.items[row]
        f = item.finding
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if g.checked[row] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            context = f"…{f.before[-25:]}[{f.text}]{f.after[:25]}…".replace("\n", " ")
            return (f.text, kind_name(f.kind), source_name(f.source), item.document_name, context,
                    g.overrides[row] or g.replacement)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.before}[{f.text}]{f.after}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        is_group = index.internalId() == 0
        g = self.groups[index.row() if is_group else index.internalId() - 1]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
            on = state != Qt.CheckState.Unchecked
            if is_group:
                g.checked = [on] * len(g.items)
                group_index = index
                self._children_changed(group_index, 0, 0)
            else:
                g.checked[index.row()] = on
                parent = self.parent(index)
                self.dataChanged.emit(index, index, [role])
                self.dataChanged.emit(parent, parent, [role])
                return True
            self.dataChanged.emit(index, index, [role])
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == REPLACEMENT:
            text = " ".join(str(value).split())
            if not text:
                return False
            if is_group:
                g.replacement = text
                g.overrides = [None if o == text else o for o in g.overrides]
                self._children_changed(index, REPLACEMENT, REPLACEMENT)
            else:
                g.overrides[index.row()] = None if text == g.replacement else text
            self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
            return True
        return False

    def _children_changed(self, group_index: Index, first_col: int, last_col: int) -> None:
        group = self.index(group_index.row(), 0)
        n = self.rowCount(group)
        if n:
            top = self.index(0, first_col, group)
            bottom = self.index(n - 1, last_col, group)
            self.dataChanged.emit(top, bottom)

    def replacements(self) -> list[str]:
        """The replacements in use, for the picker."""
        return sorted({g.replacement for g in self.groups})
