"""Find the main window's menus by their stable objectName, never by their (translated) title."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

#: menu key -> objectName; the menus are made in qualcode/ui/main_window.py (team: ui/team/install.py)
MENU_NAMES = ("file", "edit", "code", "themes", "analyse", "team", "view", "help")


def menu_object_name(key: str) -> str:
    return f"{key}_menu"


def find_menu(window: QMainWindow, key: str) -> QMenu | None:
    """The top-level menu ``key`` ("file", "edit", "code", "themes", "analyse", "view", "help")."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == menu_object_name(key):
            return menu
    return None
