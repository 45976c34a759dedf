"""Start the desktop app."""

from __future__ import annotations

import gc
import sys
from typing import cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qualcode import __version__
from qualcode.ui.i18n import chosen_language, install_language
from qualcode.ui.i18n.switch import set_current_window
from qualcode.ui.main_window import MainWindow
from qualcode.ui.startup_probe import install_startup_probe


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv[:1]))
    app.setApplicationName("QualCode")
    app.setOrganizationName("QualCode")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    return app


def _collect_garbage_again() -> None:
    gc.freeze()  # what the start-up built lives as long as the app: later collections skip it
    gc.enable()


def run(path: str | None = None) -> int:
    """Open ``path``; without one, show the start page (new project with your coder
    name, open, the demo, recent projects)."""
    app = make_application()
    settings = QSettings("QualCode", "QualCode")
    install_language(app, chosen_language(settings))  # the OS language unless chosen in Preferences
    window = MainWindow(settings)
    set_current_window(window)  # a language switch replaces it (qualcode/ui/i18n/switch.py keeps the new one)
    if path:
        window.open_location(path)
    install_startup_probe(window)  # only with QUALCODE_STARTUP_PROBE set (the start-up benchmark)
    if not gc.isenabled():  # qualcode/__main__ turned collection off for the start-up
        window.when_complete(_collect_garbage_again)
    window.show()
    del window  # after a switch the old window is deleted; only the switch module holds the shown one
    return app.exec()
