"""The first hour, at a laptop's 1280x800 and a desktop's 1920x1080 (run under Xvfb or offscreen).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/make_first_hour_shots.py

Writes, for each size WxH, docs/screenshots/first_hour/{start_page,workbench,themes_map,
regression_panel,joint_display}_WxH.png from the synthetic demo project.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from qualcode.services.corpus.documents import list_documents
from qualcode.services.demo.build_demo import build_demo
from qualcode.ui.app import make_application
from qualcode.ui.main_window import MainWindow

OUT = Path(__file__).parent / "first_hour"
SIZES = ((1280, 800), (1920, 1080))


def settle(app: QApplication, seconds: float = 0.8, until: Callable[[], bool] | None = None) -> None:
    end = time.monotonic() + (60 if until else seconds)
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            break
        time.sleep(0.02)


def shoot(folder: Path, demo: Path, size: tuple[int, int], app: QApplication) -> None:
    tag = f"{size[0]}x{size[1]}"
    settings = QSettings(str(folder / f"settings-{tag}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(*size)
    window.show()
    settle(app)
    window.grab().save(str(OUT / f"start_page_{tag}.png"))
    window.set_coder_name("Dilnoza")
    window.open_location(str(demo))
    first = list_documents(window.session.project)[0][0]  # type: ignore[union-attr]
    window.workbench.viewer.show_document(first)  # type: ignore[union-attr]
    settle(app, 1.5)
    window.grab().save(str(OUT / f"workbench_{tag}.png"))
    ui = window.themes_ui  # type: ignore[attr-defined]
    window.help_ui.apply_layout("Themes")  # type: ignore[attr-defined]
    ui.show_themes(ui.tab.board)
    settle(app)
    window.grab().save(str(OUT / f"themes_board_{tag}.png"))
    ui.show_themes(ui.tab.map_panel)
    settle(app)
    ui.tab.map_view.fit()
    settle(app)
    window.grab().save(str(OUT / f"themes_map_{tag}.png"))
    window.help_ui.apply_layout("Analysis")  # type: ignore[attr-defined]
    dock = window.regression_dock  # type: ignore[attr-defined]
    panel = dock.panel
    dock.show_panel()
    settle(app, until=lambda: panel.table is not None)
    panel.set_outcome("SR")
    panel.add_predictors(["LA", "TIC", "PSSI", "theme_finally_having_rights_any"])
    panel.run_model()
    settle(app, until=lambda: panel.run is not None and not panel.is_running())
    settle(app)
    window.grab().save(str(OUT / f"regression_panel_{tag}.png"))
    joint = getattr(window, "joint_dock", None)
    if joint is not None:
        joint.show()
        joint.raise_()
        settle(app, 1.5)
        window.grab().save(str(OUT / f"joint_display_{tag}.png"))
    window.close()


def main() -> None:
    app = make_application(sys.argv[:1])
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    demo = folder / "demo.qcproj"
    build_demo(demo).close()
    for size in SIZES:
        shoot(folder, demo, size, app)
    guide = Path(__file__).parents[2] / "qualcode" / "resources" / "guide"
    for name in ("start_page", "workbench", "themes_map", "regression_panel", "joint_display"):
        image = QImage(str(OUT / f"{name}_1280x800.png"))  # the guide's pictures, at a readable width
        image.scaledToWidth(900, Qt.TransformationMode.SmoothTransformation).save(str(guide / f"{name}.png"))


if __name__ == "__main__":
    main()
