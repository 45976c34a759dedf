"""Item models over service results (QAbstractItemModel adapters)."""

from qualcode.ui import pyside_guard  # noqa: F401 - must run before heavy PySide6 use
