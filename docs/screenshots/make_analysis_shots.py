"""Screenshots of the analysis tabs (segments, search, matrices, memos) on the workbench demo.

Reuses the coded focus group of make_workbench_shot.py. Run under a display or with
QT_QPA_PLATFORM=offscreen: writes docs/screenshots/analysis_{segments,search,matrix,memos}.png.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qualcode.core.memo import MemoTarget
from qualcode.services.coding.retrieval import find_code_by_path
from qualcode.ui.app import make_application

HERE = Path(__file__).parent


def _workbench_demo():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_workbench_shot", HERE / "make_workbench_shot.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> int:
    app = make_application(sys.argv[:1])
    demo = _workbench_demo()
    with tempfile.TemporaryDirectory() as tmp:
        window = demo.build(Path(tmp), app)
        tabs = window.workbench.bottom_tabs
        project = window.session.project
        window.resizeDocks(window.workbench.docks[2:], [380], __import__("PySide6.QtCore").QtCore.Qt.Orientation.Vertical)
        steps = []

        def segments() -> None:
            code = find_code_by_path(project, "Support/Legal aid")
            tabs.setCurrentWidget(tabs.segments)
            tabs.segments.show_code(code.id)
            tabs.segments.table.selectRow(1)
            tabs.segments.table.resizeColumnsToContents()

        def search() -> None:
            tabs.setCurrentWidget(tabs.search)
            tabs.search.query.setText("explain")
            tabs.search.run_search()

        def matrix() -> None:
            tabs.setCurrentWidget(tabs.matrices)
            tabs.matrices.kind_box.setCurrentIndex(2)
            tabs.matrices.compute()

        def matrix_cell() -> None:
            tabs.matrices.table.resizeColumnsToContents()
            row = next(i for i, label in enumerate(tabs.matrices.model.matrix.row_labels) if label.endswith("Legal aid"))
            tabs.matrices.show_cell(tabs.matrices.model.index(row, 1))

        def memos() -> None:
            tabs.setCurrentWidget(tabs.memos)
            tabs.memos.new_entry(MemoTarget.PROJECT, None, journal=True, title="After focus group 3",
                                 text="I came in expecting stories about the lawyers. What they talked about was "
                                      "being explained to — dignity, not legal outcomes. Watch my own framing.")
            code = find_code_by_path(project, "Support/Legal aid")
            tabs.memos.new_entry(MemoTarget.CODE, code.id, title="Legal aid = being taken seriously?",
                                 text="Three of four speakers tie legal help to feeling like a person.")

        def shot(name: str) -> None:
            window.grab().save(str(HERE / f"analysis_{name}.png"))

        steps = [
            (300, segments), (600, lambda: shot("segments")), (700, search), (1500, lambda: shot("search")),
            (1600, matrix), (2400, matrix_cell), (2700, lambda: shot("matrix")), (2800, memos),
            (3200, lambda: shot("memos")), (3300, lambda: (window.close(), app.quit())),
        ]
        for delay, step in steps:
            QTimer.singleShot(delay, step)
        app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
