"""The small bar that floats by a fresh selection: Code with… (type-ahead), In-vivo, Memo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QFrame, QHBoxLayout, QLineEdit, QToolButton, QWidget


class SelectionBar(QFrame):
    """Emits what the user chose; the controller turns it into a command."""

    code_chosen = Signal(int)
    new_code_requested = Signal(str)
    in_vivo_requested = Signal()
    memo_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._paths: dict[str, int] = {}
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Code with…"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.setMinimumWidth(160)
        self._model = QStringListModel([], self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._choose)
        self.code_edit.returnPressed.connect(lambda: self._choose(self.code_edit.text()))
        self.in_vivo_button = QToolButton()
        self.in_vivo_button.setText(self.tr("In-vivo"))
        self.in_vivo_button.setToolTip(self.tr("Make the selected words a new code and code them (Ctrl+I)"))
        self.in_vivo_button.clicked.connect(self.in_vivo_requested)
        self.memo_button = QToolButton()
        self.memo_button.setText(self.tr("Memo"))
        self.memo_button.setToolTip(self.tr("Write a memo on this segment (Ctrl+M)"))
        self.memo_button.clicked.connect(self.memo_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.in_vivo_button)
        layout.addWidget(self.memo_button)
        self.hide()

    def set_codes(self, paths: dict[str, int]) -> None:
        """``{"Legal/Legal aid": 12, ...}``: what the type-ahead offers."""
        self._paths = paths
        self._model.setStringList(sorted(paths, key=str.casefold))

    def _choose(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        match = self._paths.get(text)
        if match is None:
            by_name = [cid for path, cid in self._paths.items()
                       if path.casefold() == text.casefold() or path.rsplit("/", 1)[-1].casefold() == text.casefold()]
            match = by_name[0] if len(by_name) == 1 else None
        self.code_edit.clear()
        self.hide()
        if match is not None:
            self.code_chosen.emit(match)
        else:
            self.new_code_requested.emit(text)

    def show_at(self, anchor: QPoint) -> None:
        """Float just below ``anchor`` (parent coordinates), kept inside the parent."""
        self.adjustSize()
        parent = self.parentWidget()
        assert parent is not None  # the bar is always created over its viewer
        x = min(max(anchor.x(), 0), max(parent.width() - self.width(), 0))
        y = anchor.y() + 6
        if y + self.height() > parent.height():
            y = max(anchor.y() - self.height() - 24, 0)
        self.move(x, y)
        self.show()
        self.raise_()
