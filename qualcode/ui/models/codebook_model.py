"""The codebook as a Qt item model: a tree of codes with colour, quick key and counts.

An adapter over service results (STYLE §5): it holds core ``Code`` values, updates
itself with begin/end{Insert,Remove,Move}Rows by diffing the new codebook against the
one it shows (so the view keeps expansion and selection), and never runs SQL. Edits
the user makes in the view (rename, drag to re-parent, drop text on a code) are
reported as signals; the pane turns them into undo commands.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel, QCoreApplication, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QIcon, QPixmap

from qualcode.core.codebook import Code, code_path
from qualcode.core.span import Span
from qualcode.services.codebook.code_counts import CodeCounts

CODE_MIME = "application/x-qualcode-code-ids"
SPAN_MIME = "application/x-qualcode-span"  # same payload as ui.viewer.viewer_view
# short: the dock is narrow
COLUMNS = (
    QT_TRANSLATE_NOOP("CodebookModel", "Code"),
    QT_TRANSLATE_NOOP("CodebookModel", "Key"),
    QT_TRANSLATE_NOOP("CodebookModel", "Seg."),
    QT_TRANSLATE_NOOP("CodebookModel", "Docs"),
    QT_TRANSLATE_NOOP("CodebookModel", "Cases"),
)
#: the whole words, as the header's tooltip (a translation may need the short forms even shorter)
COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("CodebookModel", "Code"),
    QT_TRANSLATE_NOOP("CodebookModel", "Quick key"),
    QT_TRANSLATE_NOOP("CodebookModel", "Coded segments"),
    QT_TRANSLATE_NOOP("CodebookModel", "Documents with this code"),
    QT_TRANSLATE_NOOP("CodebookModel", "Cases with this code"),
)
COL_NAME, COL_KEY, COL_SEGMENTS, COL_DOCUMENTS, COL_CASES = range(5)
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


_NO_COUNTS = CodeCounts()


def _sort_key(code: Code) -> tuple[int, int]:
    return (code.position, code.id)


class CodebookModel(QAbstractItemModel):
    """Tree of codes. Internal ids of indexes are code ids (always >= 1)."""

    rename_requested = Signal(int, str)
    move_requested = Signal(int, object)  # code id, new parent id or None
    span_dropped = Signal(int, int, object)  # code id, document id, Span
    counts_loaded = Signal()  # the first counts arrived (until then the count cells read "…")

    #: what a count cell shows until the first counts arrive (they are counted off the UI thread)
    COUNTING = "…"

    def __init__(self, codes: dict[int, Code] | None = None, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._codes: dict[int, Code] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._counts: dict[int, CodeCounts] = {}
        self._counts_known = False
        self._icons: dict[str, QIcon] = {}
        if codes:
            self.set_codes(codes)

    # -- structure -----------------------------------------------------------------
    def code(self, code_id: int) -> Code:
        return self._codes[code_id]

    def codes(self) -> dict[int, Code]:
        return dict(self._codes)

    def _row(self, code_id: int) -> int:
        return self._children[self._codes[code_id].parent_id].index(code_id)

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        if code_id not in self._codes:
            return QModelIndex()
        return self.createIndex(self._row(code_id), column, code_id)

    def _parent_index(self, parent_id: int | None) -> QModelIndex:
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def _insert_row(self, siblings: list[int], code: Code) -> int:
        keys = [_sort_key(self._codes[c]) for c in siblings]
        return bisect_left(keys, _sort_key(code))

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # hasIndex() without its two calls back into Python (rowCount, columnCount): the
        # views call this thousands of times while they lay the tree out
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            siblings = self._children.get(parent.internalId(), [])
        else:
            siblings = self._children[None]
        if not (0 <= row < len(siblings) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        code = self._codes.get(index.internalId())
        if code is None or code.parent_id is None:
            return QModelIndex()
        return self.index_of(code.parent_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), []))
        return len(self._children[None])

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(COLUMNS)

    # -- data ----------------------------------------------------------------------
    def _swatch(self, colour: str) -> QIcon:
        icon = self._icons.get(colour)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(colour))
            icon = self._icons[colour] = QIcon(pixmap)
        return icon

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        code = self._codes.get(index.internalId())
        if code is None:
            return None
        column = index.column()
        counts = self._counts.get(code.id, _NO_COUNTS)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_NAME:
                return code.name
            if column == COL_KEY:
                return "" if code.quick_key is None else str(code.quick_key)
            if not self._counts_known:
                return self.COUNTING
            if self._children.get(code.id) and counts.segments == 0:
                # A grouping code: its own row would read 0 · 0 · 0, which looks like an
                # empty category. Show the segments of its sub-codes instead (documents
                # and cases cannot be added up, so they stay blank).
                return f"Σ {self._subtree_segments(code.id)}" if column == COL_SEGMENTS else ""
            return (counts.segments, counts.documents, counts.cases)[column - COL_SEGMENTS]
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return self._swatch(code.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = code_path(self._codes, code.id)
            if code.definition:
                tip += f"\n{code.definition}"
            if not self._counts_known:
                return tip
            tip += "\n" + " · ".join((self.tr("%n segment(s)", "", counts.segments),
                                      self.tr("%n document(s)", "", counts.documents),
                                      self.tr("%n case(s)", "", counts.cases)))
            if self._children.get(code.id):
                tip += "\n" + self.tr("%n segment(s) including sub-codes", "", self._subtree_segments(code.id))
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column > COL_KEY \
                else int(Qt.AlignmentFlag.AlignCenter)
        if role == CODE_ID_ROLE:
            return code.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("CodebookModel", COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(COLUMN_TIPS):
            return QCoreApplication.translate("CodebookModel", COLUMN_TIPS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == COL_NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != COL_NAME or role != Qt.ItemDataRole.EditRole:
            return False
        name = str(value).strip()
        code = self._codes[index.internalId()]
        if not name or name == code.name:
            return False
        self.rename_requested.emit(code.id, name)  # the pane pushes the command; set_codes follows
        return self._codes[code.id].name == name

    # -- drag and drop -------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CODE_MIME, SPAN_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = sorted({i.internalId() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(CODE_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: _Index) -> bool:
        if data.hasFormat(SPAN_MIME):
            return parent.isValid() and row == -1  # text is dropped onto a code
        return data.hasFormat(CODE_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: _Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = parent.internalId() if parent.isValid() else None
        if data.hasFormat(SPAN_MIME):
            document_id, start, end = (int(p) for p in bytes(data.data(SPAN_MIME).data()).decode().split(":"))
            self.span_dropped.emit(target, document_id, Span(start, end))
            return True
        raw = bytes(data.data(CODE_MIME).data()).decode()
        for code_id in (int(p) for p in raw.split(",") if p):
            if code_id in self._codes and self._codes[code_id].parent_id != target and code_id != target:
                self.move_requested.emit(code_id, target)
        return True

    # -- updates from services -------------------------------------------------------
    def set_counts(self, counts: dict[int, CodeCounts]) -> None:
        """New frequencies; signals only rows whose numbers changed."""
        if not self._counts_known:
            # every row changes ("…" -> numbers): one relayout, not a dataChanged per row (each
            # makes the view re-measure its ResizeToContents columns: ~100 ms for 23 codes)
            self.layoutAboutToBeChanged.emit()
            self._counts_known = True
            self._counts = dict(counts)
            self.layoutChanged.emit()
            self.counts_loaded.emit()
            return
        changed = {cid for cid in self._codes if counts.get(cid) != self._counts.get(cid)}
        for cid in list(changed):  # a parent's Σ follows its sub-codes
            parent = self._codes[cid].parent_id
            while parent is not None and parent in self._codes:
                changed.add(parent)
                parent = self._codes[parent].parent_id
        self._counts = dict(counts)
        for cid in changed:
            self.dataChanged.emit(self.index_of(cid, COL_SEGMENTS), self.index_of(cid, COL_CASES))

    @property
    def counts_known(self) -> bool:
        """Whether the counts were given yet (:meth:`set_counts`)."""
        return self._counts_known

    def _subtree_segments(self, code_id: int) -> int:
        total, stack = 0, [code_id]
        while stack:
            cid = stack.pop()
            total += self._counts.get(cid, CodeCounts()).segments
            stack.extend(self._children.get(cid, []))
        return total

    def counts(self, code_id: int) -> CodeCounts:
        return self._counts.get(code_id, CodeCounts())

    def set_codes(self, new: dict[int, Code]) -> None:
        """Show ``new``: remove, move, insert and update rows one by one."""
        self._remove_missing(new)
        self._move_reparented(new)
        self._insert_new(new)
        for cid, code in new.items():
            if self._codes[cid] != code:
                self._codes[cid] = code
                self.dataChanged.emit(self.index_of(cid, 0), self.index_of(cid, len(COLUMNS) - 1))

    def _subtree(self, code_id: int) -> list[int]:
        out, stack = [], [code_id]
        while stack:
            cid = stack.pop()
            out.append(cid)
            stack.extend(self._children.get(cid, []))
        return out

    def _remove_missing(self, new: dict[int, Code]) -> None:
        for cid in [c for c in self._codes if c not in new]:
            if cid not in self._codes:  # already gone with its parent
                continue
            parent_id = self._codes[cid].parent_id
            row = self._row(cid)
            self.beginRemoveRows(self._parent_index(parent_id), row, row)
            del self._children[parent_id][row]
            for gone in self._subtree(cid):
                self._codes.pop(gone, None)
                self._children.pop(gone, None)
            self.endRemoveRows()

    def _move_reparented(self, new: dict[int, Code]) -> None:
        for cid, code in new.items():
            old = self._codes.get(cid)
            if old is None or old.parent_id == code.parent_id:
                continue
            if code.parent_id is not None and code.parent_id not in self._codes:
                continue  # its new parent is new too: handled as remove + insert below
            if code.parent_id is not None and code.parent_id in self._subtree(cid):
                continue  # cannot happen for valid codebooks (services forbid cycles)
            src_row = self._row(cid)
            siblings = self._children.setdefault(code.parent_id, [])
            dst_row = self._insert_row(siblings, code)
            self.beginMoveRows(self._parent_index(old.parent_id), src_row, src_row,
                               self._parent_index(code.parent_id), dst_row)
            del self._children[old.parent_id][src_row]
            siblings.insert(dst_row, cid)
            self._codes[cid] = code
            self.endMoveRows()

    def _insert_new(self, new: dict[int, Code]) -> None:
        pending = [c for c in new.values() if c.id not in self._codes]
        while pending:
            ready = [c for c in pending if c.parent_id is None or c.parent_id in self._codes]
            if not ready:  # orphans (parent missing): show them at the top level
                ready = [Code(**{**c.__dict__, "parent_id": None}) for c in pending[:1]]
                pending = pending[1:]
            else:
                pending = [c for c in pending if c not in ready]
            for code in ready:
                siblings = self._children.setdefault(code.parent_id, [])
                row = self._insert_row(siblings, code)
                self.beginInsertRows(self._parent_index(code.parent_id), row, row)
                siblings.insert(row, code.id)
                self._codes[code.id] = code
                self._children.setdefault(code.id, [])
                self.endInsertRows()
