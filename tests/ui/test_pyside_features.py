"""PySide6 judges whether a newly imported module "uses PySide" by reading its source; for
QualCode's own modules the start-up answers from their imports instead (qualcode/ui/pyside_features.py)."""

from __future__ import annotations

import inspect
import sys

import pytest


def test_our_modules_are_judged_by_their_imports_without_reading_their_source(monkeypatch):
    import qualcode.ui  # noqa: F401 - installs the check
    from qualcode.core import span
    from qualcode.ui import main_window

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no __feature__ source scan")

    read: list[str] = []
    real = inspect.getsource

    def spy(obj: object) -> str:
        read.append(str(getattr(obj, "__name__", obj)))
        return real(obj)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", spy)
    uses = (feature._mod_uses_pyside(main_window), feature._mod_uses_pyside(span))
    monkeypatch.undo()
    assert uses == (True, False)  # main_window imports QMainWindow & co.; the core layer never imports Qt
    assert read == []  # neither source file was read
