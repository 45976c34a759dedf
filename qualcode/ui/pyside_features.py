"""Spare PySide6 reading the source of every QualCode module at start-up.

After PySide6 is imported, its ``__feature__`` support (``from __feature__ import
snake_case``) looks at every newly imported module to decide whether it "uses PySide":
it reads the module's whole source file (``inspect.getsource``) and searches it for the
word "PySide6" (``shibokensupport.feature._mod_uses_pyside``). Opening the main window
imports ~200 QualCode modules after PySide6, so this read ~200 files at every start
(20-40 ms here). QualCode never selects a ``__feature__``; for its own modules the answer
is taken from what the module imported (a PySide6 class or module among its globals)
instead of from its text. Other modules keep PySide's own check. If a PySide release
renames the private hook, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_OURS = "qualcode"


def _imports_pyside(module: ModuleType) -> bool:
    for value in vars(module).values():
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def skip_source_scan_of_our_modules() -> None:
    """Install the cheaper check for QualCode's modules (idempotent; a no-op without the hook)."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "qualcode_wrapped", False):
        return

    def mod_uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and (name == _OURS or name.startswith(_OURS + ".")):
            return _imports_pyside(module)
        return bool(original(module))

    mod_uses_pyside.qualcode_wrapped = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside
