"""Table models over a computed :class:`JointDisplayView` (read-only; edits go through commands).

Two layouts (Guetterman, Fetters & Creswell 2015):

* :class:`SideBySideModel`: Domain | Quantitative result | Theme (cases) | Exemplar quote |
  Meta-inference, one row per stored row;
* :class:`StatsByThemesModel`: themes as rows, groups of cases as columns, each cell
  "n (%)" with the group's exemplar quote as its tooltip, then the meta-inference.

Both give the stored row id (:data:`ROW_ID_ROLE`) and the quotes' segment ids
(:data:`SEGMENTS_ROLE`) of every cell, so the view can edit rows and jump to the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

from qualcode.core.joint_display import (
    GroupCell,
    JointDisplayView,
    MetaInference,
    QuoteView,
    SideBySideRowView,
    StatsRowView,
)
from qualcode.ui.texts import group_label, service_text

__all__ = [
    "ROW_ID_ROLE", "SEGMENTS_ROLE", "META_LABELS", "meta_text", "quote_text", "percent_text",
    "SideBySideModel", "StatsByThemesModel", "model_for",
]

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEGMENTS_ROLE = Qt.ItemDataRole.UserRole + 2

#: English source texts; :func:`meta_label` gives them in the reader's language
META_LABELS = {
    MetaInference.UNLABELLED: QT_TRANSLATE_NOOP("JointDisplayModel", "(none)"),
    MetaInference.CONFIRM: QT_TRANSLATE_NOOP("JointDisplayModel", "Confirm"),
    MetaInference.EXPAND: QT_TRANSLATE_NOOP("JointDisplayModel", "Expand"),
    MetaInference.DISCORD: QT_TRANSLATE_NOOP("JointDisplayModel", "Discord"),
}

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("JointDisplayModel", text)


def meta_label(label: MetaInference) -> str:
    """A meta-inference label (confirm / expand / discord / none) in the reader's language."""
    return _tr(META_LABELS[label])


def meta_text(label: MetaInference, note: str) -> str:
    """The meta-inference cell: its label, then the researcher's note on the next line."""
    head = "" if label is MetaInference.UNLABELLED else meta_label(label)
    return "\n".join(part for part in (head, note.strip()) if part)


def quote_text(quote: QuoteView) -> str:
    """“…” — S012 (document), the case first since readers know participants by key."""
    source = quote.case or quote.speaker or quote.document
    where = source if quote.document == source else f"{source}, {quote.document}"
    return f"\u201c{quote.text}\u201d \u2014 {where}"


def percent_text(cell: GroupCell) -> str:
    """``22 (92 %)``; a group without interviewed cases has no percentage."""
    if cell.percent is None:
        return f"{cell.n} (\u2013)"
    return f"{cell.n} ({cell.percent:.0f} %)"


class _ViewModel(QAbstractTableModel):
    headers: list[str] = []

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: JointDisplayView | None = None

    def set_view(self, view: JointDisplayView | None) -> None:
        self.beginResetModel()
        self.view = view
        self._load(view)
        self.endResetModel()

    def _load(self, view: JointDisplayView | None) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def _rows(self) -> tuple[Any, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(self.headers[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._header_tip(section)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _header_tip(self, section: int) -> str | None:
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_id(self, row: int) -> int | None:
        rows = self._rows()
        return rows[row].row_id if 0 <= row < len(rows) else None

    def row_view(self, row: int) -> Any:
        rows = self._rows()
        return rows[row] if 0 <= row < len(rows) else None

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows()) if r.row_id == row_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()) \
                or not (0 <= index.column() < self.columnCount()):
            return None
        row = self._rows()[index.row()]
        if role == ROW_ID_ROLE:
            return row.row_id
        value = self._cell(row, index.column(), role)
        if value is None and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return value

    def _cell(self, row: Any, column: int, role: int) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError


class SideBySideModel(_ViewModel):
    """Domain | Quantitative result | Theme (cases) | Exemplar quote | Meta-inference."""

    headers = [QT_TRANSLATE_NOOP("JointDisplayModel", "Domain"),
               QT_TRANSLATE_NOOP("JointDisplayModel", "Quantitative result"),
               QT_TRANSLATE_NOOP("JointDisplayModel", "Theme (cases)"),
               QT_TRANSLATE_NOOP("JointDisplayModel", "Exemplar quote"),
               QT_TRANSLATE_NOOP("JointDisplayModel", "Meta-inference")]
    QUOTE_COLUMN = 3
    META_COLUMN = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[SideBySideRowView, ...] = ()

    def _load(self, view: JointDisplayView | None) -> None:
        self.rows = view.side_rows if view is not None else ()

    def _rows(self) -> tuple[SideBySideRowView, ...]:
        return self.rows

    def _cell(self, row: SideBySideRowView, column: int, role: int) -> Any:
        if role == SEGMENTS_ROLE:
            return [q.segment_id for q in row.quotes] if column == self.QUOTE_COLUMN else []
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1 and row.quant is not None:
                q = row.quant
                tip = QCoreApplication.translate("JointDisplayModel", "{term} in \u201c{analysis}\u201d (n = {n})").format(
                    term=q.term, analysis=q.analysis_name, n=q.n)
                return tip + (f"\n{service_text(row.problem)}" if row.problem else "")
            if row.problem and column in (1, 2):
                return service_text(row.problem)
            if column == self.QUOTE_COLUMN and row.quotes:
                return QCoreApplication.translate("JointDisplayModel", "Double-click to read the quote in its transcript.")
        return None

    def _text(self, row: SideBySideRowView, column: int) -> str:
        if column == 0:
            return row.domain
        if column == 1:
            if row.quant is None:
                return service_text(row.problem) or "\u2013"
            return f"{effect_text(row.quant.text)}\n{readable_term(row.quant.term)} \u2192 {row.quant.analysis_name}"
        if column == 2:
            if row.theme_id is None:
                return "\u2013"
            return f"{row.theme} ({row.cases_with_theme}/{row.cases_total})"
        if column == self.QUOTE_COLUMN:
            return "\n\n".join(quote_text(q) for q in row.quotes)
        return meta_text(row.meta_inference, row.note)


class StatsByThemesModel(_ViewModel):
    """Theme | one column per group ("n (%)", quote as tooltip) | Meta-inference."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[StatsRowView, ...] = ()
        self.headers = [QT_TRANSLATE_NOOP("JointDisplayModel", "Theme"),
                        QT_TRANSLATE_NOOP("JointDisplayModel", "Meta-inference")]
        self.view = None

    @property
    def META_COLUMN(self) -> int:  # noqa: N802 - same name as the side-by-side constant
        return len(self.headers) - 1

    def _load(self, view: JointDisplayView | None) -> None:
        self.rows = view.stats_rows if view is not None else ()
        columns = view.columns if view is not None else ()
        # "Theme" and "Meta-inference" are translated on show; group labels are data (median splits: high/low)
        self.headers = ["Theme", *(f"{group_label(c.label)} (n = {c.n_cases})" for c in columns), "Meta-inference"]

    def _rows(self) -> tuple[StatsRowView, ...]:
        return self.rows

    def _header_tip(self, section: int) -> str | None:
        if self.view is None or not (1 <= section <= len(self.view.columns)):
            return None
        c = self.view.columns[section - 1]
        n_survey, n_cases = c.n_survey, c.n_cases  # plain names: lupdate reads translate()'s count only so
        respondents = QCoreApplication.translate("JointDisplayModel", "%n survey respondent(s)", "", n_survey)
        text = QCoreApplication.translate("JointDisplayModel", "%n interviewed case(s) with a survey row; "
                                          "{respondents} in this group.", "", n_cases)
        return text.format(respondents=respondents)

    def _group(self, row: StatsRowView, column: int) -> GroupCell | None:
        i = column - 1
        return row.cells[i] if 0 <= i < len(row.cells) else None

    def _cell(self, row: StatsRowView, column: int, role: int) -> Any:
        cell = self._group(row, column) if 0 < column < self.META_COLUMN else None
        if role == SEGMENTS_ROLE:
            return [cell.quote.segment_id] if cell is not None and cell.quote is not None else []
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.theme
            if column == self.META_COLUMN:
                return meta_text(row.meta_inference, row.note)
            return percent_text(cell) if cell is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None and cell.quote is not None:
            return quote_text(cell.quote) + "\n" + QCoreApplication.translate("JointDisplayModel", "(double-click to read it in its transcript)")
        if role == Qt.ItemDataRole.TextAlignmentRole and cell is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None


def model_for(view: JointDisplayView | None, parent: Any = None) -> _ViewModel:
    """A model of the right layout for ``view`` (side by side when there is none)."""
    from qualcode.core.joint_display import DisplayKind

    model: _ViewModel
    if view is not None and view.kind is DisplayKind.STATS_BY_THEMES:
        model = StatsByThemesModel(parent)
    else:
        model = SideBySideModel(parent)
    model.set_view(view)
    return model


_MEASURES = {"_any": QT_TRANSLATE_NOOP("JointDisplayModel", "present"),
             "_n": QT_TRANSLATE_NOOP("JointDisplayModel", "segments"),
             "_cov": QT_TRANSLATE_NOOP("JointDisplayModel", "% of words")}


def readable_term(term: str) -> str:
    """A quantitized column as a reader says it: ``theme_finally_having_rights_any`` ->
    ``Finally having rights (present)``; survey variables stay as named."""
    for prefix in ("theme_", "code_"):
        if term.startswith(prefix):
            for suffix, measure in _MEASURES.items():
                if term.endswith(suffix):
                    words = term[len(prefix):-len(suffix)].replace("_", " ").strip()
                    return f"{words[:1].upper()}{words[1:]} ({_tr(measure)})" if words else term
    return term


def effect_text(text: str) -> str:
    """``"OR 3.30 [1.32, 8.22], p = .010"`` with the effect's abbreviation as the results table writes it
    (ОШ, ShN...); numbers and the statistical symbols (B, p, β) as they are."""
    label, sep, rest = text.partition(" ")
    if sep and label in ("OR", "IRR"):
        return f"{QCoreApplication.translate('ResultTable', label)} {rest}"
    return text
