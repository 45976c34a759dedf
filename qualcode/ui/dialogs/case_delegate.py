"""An editable combo box for a "case" cell: pick an existing participant or type a new ID."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class CaseDelegate(QStyledItemDelegate):
    """``known_keys()`` is asked each time an editor opens, so new keys typed elsewhere appear."""

    def __init__(self, known_keys: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known_keys = known_keys

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("")  # no case
        combo.addItems(self.known_keys())
        line_edit = combo.lineEdit()
        if line_edit is not None:  # an editable combo always has one
            line_edit.setPlaceholderText(QCoreApplication.translate("CaseDelegate", "no case"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
