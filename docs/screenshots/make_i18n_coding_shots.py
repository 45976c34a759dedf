"""Screenshots of the coding area in Russian and Uzbek at a laptop's 1280x800: the workbench
(document with the floating bar, segments / search / memos / matrices tabs) and the Themes tab
(board, thematic map, review). Writes docs/screenshots/i18n/<view>_<lang>.png.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_i18n_coding_shots.py [ru uz]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qualcode.core.memo import MemoTarget
from qualcode.services.demo.build_demo import build_demo
from qualcode.services.themes.theme_edits import list_themes
from qualcode.ui.app import make_application
from qualcode.ui.i18n import install_language
from qualcode.ui.main_window import MainWindow

OUT = Path(__file__).parent / "i18n"


def _settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _wait(app: QApplication, condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, lang: str, location: Path, tmp: Path) -> list[Path]:
    install_language(app, lang)
    window = MainWindow(QSettings(str(tmp / f"settings_{lang}.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.open_location(str(location))
    _wait(app, lambda: window.workbench is not None and window.workbench.codebook.model.rowCount() > 0)
    if hasattr(window, "help_ui"):
        window.help_ui.apply_layout("Coding")
    _settle(app)
    saved: list[Path] = []

    def grab(name: str) -> None:
        _settle(app)
        path = OUT / f"{name}_{lang}.png"
        window.grab().save(str(path))
        saved.append(path)

    workbench = window.workbench
    tabs = workbench.bottom_tabs
    doc_id = workbench.documents.shown_ids()[0]
    workbench.viewer.show_document(doc_id)
    view = workbench.viewer.view
    segment = view.index.all()[0]
    code_id = segment.code_id
    view.select_segment(segment.id)
    view.selection_finished.emit()  # the floating bar, as after a mouse selection
    tabs.setCurrentWidget(tabs.segments)
    tabs.segments.show_code(code_id)
    tabs.segments.table.selectRow(0)
    grab("workbench_segments")
    tabs.setCurrentWidget(tabs.search)
    tabs.search.query.setText("lawyer")
    tabs.search.run_search()
    _wait(app, lambda: tabs.search.worker is None)
    grab("workbench_search")
    tabs.setCurrentWidget(tabs.memos)
    tabs.memos.new_entry(MemoTarget.PROJECT, None, journal=True, title="Week 3",
                         text="The interviews keep returning to being believed.")
    grab("workbench_memos")
    tabs.setCurrentWidget(tabs.matrices)
    tabs.matrices.kind_box.setCurrentIndex(2)
    tabs.matrices.compute()
    _wait(app, lambda: tabs.matrices.worker is None and tabs.matrices.model.matrix is not None)
    tabs.matrices.show_cell(tabs.matrices.model.index(0, 0))
    grab("workbench_matrices")
    ui = window.themes_ui
    if hasattr(window, "help_ui"):
        window.help_ui.apply_layout("Themes")
    ui.show_themes(ui.tab.board)
    grab("themes_board")
    ui.show_themes(ui.tab.map_panel)
    _settle(app)
    ui.tab.map_view.fit()
    grab("thematic_map")
    ui.show_themes(ui.tab.review)
    ui.tab.review.show_theme(list_themes(window.session.project)[0].id)
    grab("theme_review")
    window.close_project()
    window.close()
    window.deleteLater()
    _settle(app)
    return saved


def main(langs: list[str]) -> int:
    app = make_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="qualcode-i18n-shots-"))
    project = build_demo(tmp / "Demo.qcproj")
    location = Path(project.location)
    project.close()
    for lang in langs:
        for path in shoot(app, lang, location, tmp):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["ru", "uz"]))
