"""How the regression panel's variables tree is set up and sized.

The name column is resizable by the user and starts as wide as the longest name
(``Parent / Child`` paths included) allows while the type/measure column stays visible;
names that still do not fit are elided at the right (read from their start), with the full
name in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from qualcode.ui.analysis.variables_model import MeasureDelegate

__all__ = ["PathDelegate", "fit_name_column", "fit_path", "setup_variables_tree"]


def setup_variables_tree(tree: QTreeView) -> None:
    """Elide at the right, a resizable name column, a measure editor, drag-only selection."""
    tree.setItemDelegateForColumn(0, PathDelegate(tree))
    tree.setItemDelegateForColumn(1, MeasureDelegate(tree))
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Finally having ri…", full name in the tooltip
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(4 * tree.fontMetrics().averageCharWidth())
    tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tree.setDragEnabled(True)
    tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    tree.viewport().installEventFilter(_Refit(tree))


class _Refit(QObject):
    """Refit the name column when the tree is resized, until the user drags the column."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        self.user_sized = False
        self.fitting = False
        tree.header().sectionResized.connect(self._resized)

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section == 0 and not self.fitting and self.tree.header().underMouse():
            self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self.fitting = True
            fit_name_column(self.tree)
            self.fitting = False
        return False


def fit_name_column(tree: QTreeView) -> None:
    """Widen the name column to its longest name, leaving room for the measure column."""
    measure = tree.sizeHintForColumn(1) if tree.model() is not None else 0
    room = max(tree.viewport().width() - max(measure, tree.header().sectionSizeHint(1)), 0)
    wanted = tree.sizeHintForColumn(0)
    tree.setColumnWidth(0, max(min(wanted, room), tree.header().minimumSectionSize()))


def fit_path(text: str, metrics: QFontMetrics, width: int) -> str:
    """A code's ``Parent / Child`` name that does not fit gives up its parents' letters first
    ("◐ Social… / Peer support"), so the code itself stays readable; the view then elides
    the rest at the right. Names without a path come back as they are."""
    if metrics.horizontalAdvance(text) <= width or " / " not in text:
        return text
    glyph, _, rest = text.partition(" ") if text[:1] in "#◐≡№◇▣·" else ("", "", text)
    *parents, child = rest.split(" / ")
    head = f"{glyph} " if glyph else ""
    fixed = metrics.horizontalAdvance(head + " / ".join(["…"] * len(parents) + [child]))
    share = max((width - fixed) // max(len(parents), 1), 0)
    short = [metrics.elidedText(p, Qt.TextElideMode.ElideRight, share + metrics.horizontalAdvance("…"))
             for p in parents]
    return head + " / ".join([*short, child])


class PathDelegate(QStyledItemDelegate):
    """Column 0 of the variables tree: paths elide their parents before their code."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        width = option.rect.width() - 8  # the style's text margins
        if not option.icon.isNull():
            width -= option.decorationSize.width() + 4
        if option.text and width > 0:
            option.text = fit_path(option.text, option.fontMetrics, width)
