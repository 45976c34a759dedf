"""qualcode.ui"""

from qualcode.ui import pyside_guard  # noqa: F401 - PySide6 6.12 refcount guard, before any Qt use
