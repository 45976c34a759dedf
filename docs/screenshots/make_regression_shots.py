"""Screenshots of the regression panel on the demo project (run under Xvfb).

    Xvfb :99 -screen 0 1400x900x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/make_regression_shots.py

Writes docs/screenshots/regression_panel.png (OLS, forest plot) and
regression_panel_logit.png (logistic, ROC curve).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qualcode.services.demo.build_demo import build_demo
from qualcode.ui.main_window import MainWindow

OUT = Path(__file__).parent


def wait(app: QApplication, condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the panel did not finish in time")
        app.processEvents()
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 0.8) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    folder = Path(tempfile.mkdtemp())
    build_demo(folder / "demo.qcproj").close()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    window.open_location(str(folder / "demo.qcproj"))
    dock = window.regression_dock  # type: ignore[attr-defined]
    panel = dock.panel
    dock.setFloating(True)  # the panel alone, at the size a user would give it
    dock.resize(1400, 860)
    dock.show_panel()
    wait(app, lambda: panel.table is not None)

    panel.set_outcome("PWB")
    panel.add_predictors(["LA", "TIC", "PSSI", "theme_finally_having_rights_any"])
    panel.run_model()
    wait(app, lambda: panel.run is not None and not panel.is_running())
    panel.plots.setCurrentIndex(0)
    settle(app)
    dock.grab().save(str(OUT / "regression_panel.png"))

    panel.set_outcome("SR")
    panel.run_model()
    wait(app, lambda: panel.run is not None and panel.run.spec.outcome == "SR" and not panel.is_running())
    panel.plots.setCurrentIndex(1)
    settle(app)
    dock.grab().save(str(OUT / "regression_panel_logit.png"))
    window.close()


if __name__ == "__main__":
    main()
