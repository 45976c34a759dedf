"""Screenshots of the offline coding assistant on the synthetic demo project, at 1280x800.

Run under Xvfb: ``xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python
docs/screenshots/make_assistant_shots.py``. Writes assistant_find_more.png (the
"Find more like these" tab for Fear of deportation, with its first suggestion shown in the viewer),
assistant_candidate_themes.png (Themes > Candidate themes) and assistant_prompts.png
(prompts for inductive codes split by legal aid, LA).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from qualcode.services.codebook.codes import list_codes
from qualcode.services.demo.build_demo import build_demo
from qualcode.ui.app import make_application
from qualcode.ui.main_window import MainWindow

HERE = Path(__file__).parent


def _wait(app: QApplication, done: object, seconds: float = 120.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not done():  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def main() -> int:
    app = make_application()
    tmp = Path(tempfile.mkdtemp(prefix="qualcode-shots-"))
    project = build_demo(tmp / "Demo.qcproj")
    location = project.location
    project.close()
    window = MainWindow(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.open_location(str(location))
    window.show()
    _wait(app, lambda: True)
    ui = window.assistant_ui
    code = next(c.id for c in list_codes(ui.session.project).values() if c.name == "Fear of deportation")

    # 1. Find more like these, for Fear of deportation
    ui.show_find_more()
    ui.find_more.set_code(code)
    results: list[int] = []
    ui.find_more.suggestions_ready.connect(results.append)
    ui.find_more.find_more()
    _wait(app, lambda: results)
    ui.find_more.table.setCurrentCell(0, 2)
    _wait(app, lambda: True)
    window.grab().save(str(HERE / "assistant_find_more.png"))

    # 2. Candidate themes
    ui.show_candidates()
    proposals: list[int] = []
    ui.candidates.proposals_ready.connect(proposals.append)
    ui.candidates.propose()
    _wait(app, lambda: proposals)
    window.grab().save(str(HERE / "assistant_candidate_themes.png"))

    # 3. Prompts for inductive codes, cases split by legal aid
    window.themes_ui.centre.setCurrentIndex(0)
    ui.show_prompts()
    box = ui.prompts.attribute_box
    box.setCurrentIndex(max(box.findData("LA"), 0))
    ui.prompts.run()
    _wait(app, lambda: ui.prompts.worker is None)
    window.grab().save(str(HERE / "assistant_prompts.png"))
    print(results, proposals)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
