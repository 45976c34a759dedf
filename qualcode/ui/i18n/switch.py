"""Change the interface language at runtime without losing work.

The main window is rebuilt in the new language (every widget takes its texts from ``tr`` when it
is built, so no widget needs retranslation code) and the new window adopts the SAME
:class:`~qualcode.ui.session.ProjectSession`: the open project, the coder and the undo stack
(its commands hold the session, not widgets, so Undo keeps working). The session gets a fresh
change relay so the old window's widgets stop listening. What the user sees and typed is carried
over by :mod:`qualcode.ui.i18n.window_state`. Every edit is already saved when it is made, so
nothing else is pending.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from qualcode.ui.events import ProjectEvents
from qualcode.ui.i18n.translators import install_language

#: a qualcode.ui.main_window.MainWindow (not imported here: the window imports this module)
MainWindow = Any

#: the window the app shows (the old one is deleted after a switch)
_current: list[QMainWindow] = []

#: test hooks a window carries that a rebuilt one must keep
_HOOKS = ("ask_clean_copy", "ask_new_project", "ask_password")


def current_window() -> MainWindow | None:
    return _current[-1] if _current else None


def set_current_window(window: MainWindow) -> None:
    _current[:] = [window]


def switch_language(window: MainWindow, code: str, *, delete_old: bool = True) -> MainWindow:
    """Install ``code`` and rebuild ``window`` in it; returns the new window (shown if the old
    one was). ``delete_old=False`` leaves the old, hidden window for the caller to dispose of."""
    from qualcode.ui.i18n.window_state import capture, restore  # only when switching

    app = QApplication.instance()
    assert app is not None
    state = capture(window)
    install_language(app, code)
    session = window.release_session()
    new = type(window)(window.settings)  # the same class, built in the new language
    for hook in _HOOKS:
        setattr(new, hook, getattr(window, hook))
    if session is not None:
        session.events.detach()  # the old widgets keep their connections to a relay that is now silent
        session.events = ProjectEvents(session.project.hub)
        new.adopt_session(session)
        _fill_as_before(window, new)
    restore(new, state)
    if window.isVisible():
        new.show()
        window.hide()
    # lists fill in on the event loop (debounced models): put the rows and scroll back once more
    # dock sizes only take once the new window is shown and laid out: restore the layout again then
    QTimer.singleShot(0, lambda: _restore_again(new, state, layout=True))
    QTimer.singleShot(400, lambda: _restore_again(new, state))
    set_current_window(new)
    if delete_old:
        window.deleteLater()
    return new


def _fill_as_before(old: QMainWindow, new: QMainWindow) -> None:
    """Hidden tabs read the project when first shown (``ensure_filled``): fill those the user
    had seen in the old window, so what they showed is restored in the new one."""
    from qualcode.ui.i18n.window_state import widget_path

    seen = {widget_path(w, old) for w in old.findChildren(QWidget) if getattr(w, "_filled", False)}
    if not seen:
        return
    for widget in new.findChildren(QWidget):
        if hasattr(widget, "ensure_filled") and widget_path(widget, new) in seen:
            widget.ensure_filled()


def _restore_again(window: MainWindow, state: object, *, layout: bool = False) -> None:
    from qualcode.ui.i18n.window_state import restore

    try:
        restore(window, state, layout=layout)  # type: ignore[arg-type]
    except RuntimeError:  # the window was closed meanwhile
        pass
