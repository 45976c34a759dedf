"""Errors: one plain sentence saying what happened, details behind 'Show details'."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from qualcode.core.errors import QualCodeError
from qualcode.ui.texts import service_text


def show_error(parent: QWidget | None, what: str, exc: BaseException) -> None:
    """``what`` is the caller's translated sentence ("Could not open X"); a QualCodeError's own
    message comes from the (English, Qt-free) services and is shown after it."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorDialog", "QualCode — what happened"))
    if isinstance(exc, QualCodeError):
        box.setText(translate("ErrorDialog", "{what}: {reason}").format(what=what, reason=service_text(str(exc))))
    else:
        box.setText(translate("ErrorDialog", "{what}. Nothing was changed.").format(what=what))
        box.setInformativeText(translate("ErrorDialog", "This looks like a bug in QualCode; the details below help to report it."))
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
