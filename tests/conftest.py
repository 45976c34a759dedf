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


_ENGLISH: list = []  # the English translators, installed once for the session


@pytest.fixture(autouse=True)
def _english_plurals(request):
    """Qt tests run in English with the shipped *_en.qm installed: plural source texts such as
    "%n segment(s)" read "1 segment" / "2 segments" only through them (as in the app)."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    app = request.getfixturevalue("qapp")
    if not _ENGLISH:
        from PySide6.QtCore import QTranslator

        for qm in sorted((Path(__file__).parents[1] / "qualcode" / "resources" / "i18n").glob("*_en.qm")):
            translator = QTranslator()
            if translator.load(str(qm)):
                _ENGLISH.append(translator)
    for translator in _ENGLISH:
        app.installTranslator(translator)  # re-installing moves it to the front: fine
    yield
