"""One row per chosen transcript file: what the parser found, or why it failed (in red)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from qualcode.core.errors import InputFileError
from qualcode.services.corpus.importing import ParsedTranscript
from qualcode.ui.models.columns_table_model import ColumnsTableModel
from qualcode.ui.texts import service_text

COLUMNS = (
    QT_TRANSLATE_NOOP("TranscriptPreviewModel", "File"),
    QT_TRANSLATE_NOOP("TranscriptPreviewModel", "Format"),
    QT_TRANSLATE_NOOP("TranscriptPreviewModel", "Encoding"),
    QT_TRANSLATE_NOOP("TranscriptPreviewModel", "Turns"),
    QT_TRANSLATE_NOOP("TranscriptPreviewModel", "Speakers"),
    QT_TRANSLATE_NOOP("TranscriptPreviewModel", "Status"),
)
FILE, FORMAT, ENCODING, TURNS, SPEAKERS, STATUS = range(len(COLUMNS))
Index = QModelIndex | QPersistentModelIndex
# Dark red stays readable on light and dark Fusion palettes.
ERROR_COLOUR = QColor(200, 30, 30)


@dataclass(frozen=True)
class PreviewRow:
    path: Path
    parsed: ParsedTranscript | None
    error: InputFileError | None

    @property
    def status(self) -> str:
        if self.error is not None:
            return QCoreApplication.translate("TranscriptPreviewModel", "Error: {error}").format(error=service_text(str(self.error)))
        assert self.parsed is not None
        if self.parsed.warnings:
            return "; ".join(service_text(w) for w in self.parsed.warnings)
        if self.parsed.turns:
            return QCoreApplication.translate("TranscriptPreviewModel", "OK")
        return QCoreApplication.translate("TranscriptPreviewModel", "OK (no speaker labels found)")


def error_rows(rows: list[PreviewRow]) -> list[PreviewRow]:
    return [r for r in rows if r.error is not None]


class TranscriptPreviewModel(ColumnsTableModel):
    COLUMNS = COLUMNS
    TR_CONTEXT = "TranscriptPreviewModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []

    def set_results(self, results: list[tuple[Path, ParsedTranscript | InputFileError]]) -> None:
        self.beginResetModel()
        self.rows = [
            PreviewRow(path, None, result) if isinstance(result, InputFileError) else PreviewRow(path, result, None)
            for path, result in results
        ]
        self.endResetModel()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.error is not None:
            return QBrush(ERROR_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column in (FILE, STATUS):
            return f"{row.path}\n{row.status}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TURNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    @staticmethod
    def _display(row: PreviewRow, column: int) -> Any:
        if column == FILE:
            return row.path.name
        if column == STATUS:
            return row.status
        parsed = row.parsed
        if parsed is None:
            return ""
        if column == FORMAT:
            return parsed.format
        if column == ENCODING:
            return parsed.encoding or "—"
        if column == TURNS:
            return len(parsed.turns)
        if column == SPEAKERS:
            return ", ".join(parsed.speakers)
        return None
