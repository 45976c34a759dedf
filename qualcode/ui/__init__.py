"""qualcode.ui"""

from qualcode.ui import pyside_guard  # noqa: F401 - PySide6 6.12 refcount guard, before any Qt use
from qualcode.ui.pyside_features import skip_source_scan_of_our_modules

skip_source_scan_of_our_modules()  # PySide6 would read the source of every module imported after it
