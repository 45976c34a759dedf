"""Errors: one plain sentence saying what happened, details behind 'Show details'."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from qualcode.core.errors import QualCodeError


def show_error(parent: QWidget | None, what: str, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("QualCode")
    if isinstance(exc, QualCodeError):
        box.setText(f"{what}: {exc}")
    else:
        box.setText(f"{what}. Nothing was changed.")
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
