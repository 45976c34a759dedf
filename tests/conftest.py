from __future__ import annotations

import os

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
