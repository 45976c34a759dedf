from __future__ import annotations

import os
import sys

# Qt must never need a screen in tests (Orange, napari do the same).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture
def project(tmp_path):
    from qualcode.services.projects import new_project

    proj = new_project(tmp_path / "study.qcproj")
    yield proj
    proj.close()


@pytest.fixture
def coder(project):
    from qualcode.services.projects import ensure_coder

    return ensure_coder(project, "Dilnoza")


@pytest.fixture(scope="session", autouse=True)
def _clear_offscreen_clipboard_at_exit():
    """Qt's offscreen platform segfaults at exit if the clipboard still owns mime data
    (checked: QClipboard.setMimeData then exit -> SIGSEGV offscreen, fine on xcb)."""
    yield
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()
