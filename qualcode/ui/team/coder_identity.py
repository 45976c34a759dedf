"""The coder's name: asked once per machine (kept in QSettings ``coder_name``), not the login name.

A login such as ``jsmith`` or ``ubuntu`` says nothing in an agreement table, and two people
on one shared account would look like one coder. Without a screen (``offscreen`` platform:
tests, scripts) nothing is asked and the login name stands in until someone answers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

__all__ = ["ask_coder_name_dialog", "coder_name"]

Asker = Callable[[QWidget | None, str], str | None]


def ask_coder_name_dialog(parent: QWidget | None, suggestion: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("CoderIdentity", "Who is coding?"),
        QCoreApplication.translate("CoderIdentity", "Your name as a coder (shown beside your codings and in agreement "
                                   "tables; asked once on this computer):"),
        text=suggestion)
    return text.strip() if ok and text.strip() else None


def _unnamed() -> str:
    # never the login (often a shared lab account, and a name the team did not choose):
    # until the user gives a name, codings are recorded as "coder"
    return "coder"


def stored_coder_name(settings: QSettings) -> str:
    """The coder name given on this computer (start page or the one-time question), or ``""``."""
    name = settings.value("coder_name")
    return str(name) if name else ""


def coder_name(settings: QSettings, parent: QWidget | None = None, *, ask: Asker | None = None) -> str:
    """The saved coder name; else ask once (and save the answer); else "coder" (never the login)."""
    saved = stored_coder_name(settings)
    if saved:
        return saved
    if ask is None:
        if QApplication.platformName() in ("offscreen", "minimal", ""):
            return _unnamed()
        ask = ask_coder_name_dialog
    answer = ask(parent, "")
    if answer:
        settings.setValue("coder_name", answer)
        return answer
    return _unnamed()
