"""Screenshots of the analysis area in Russian and Uzbek at 1280x800 (issue 19), under Xvfb:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_i18n_analysis_shots.py

Writes docs/screenshots/i18n/{regression,joint_display,joint_stats,privacy_review}_{ru,uz}.png:
the regression panel (a fitted logit, forest plot) and the joint displays, each dock floated at
1280x800 (the laptop screen), and the privacy review dialog with its findings.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).parent / "i18n"
TEXTS = {
    "P07 intervyu": "Interviewer: Where did you stay, Anna?\nAnna: At Hope House in Tashkent. Write to anna@example.org, "
                    "or call +998 71 123 4567.\n",
    "P12 интервью": "Интервьюер: Расскажите о приюте.\nРеспондент: Oksana Melnyk, это я. Hope House приютил меня; "
                    "пишите на oksana.m@example.org.\n",
}


def wait(app: QApplication, condition, timeout: float = 90.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("timed out")
        app.processEvents()
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 0.8) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def window_shots(app: QApplication, lang: str, folder: Path) -> None:
    from qualcode.ui.main_window import MainWindow

    settings = QSettings(str(folder / f"settings_{lang}.ini"), QSettings.Format.IniFormat)
    settings.setValue("coder_name", "Dilnoza")  # no first-run question
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    window.open_location(str(folder / "demo.qcproj"))
    wait(app, lambda: window.workbench is not None)
    dock = window.regression_dock  # type: ignore[attr-defined]
    panel = dock.panel
    dock.setFloating(True)  # the panel alone, at the laptop screen's size
    dock.resize(1280, 800)
    dock.move(0, 0)
    dock.show_panel()
    wait(app, lambda: panel.table is not None)
    panel.set_outcome("SR")
    panel.add_predictors(["LA", "TIC", "PSSI", "theme_finally_having_rights_any"])
    panel.run_model()
    wait(app, lambda: panel.run is not None and not panel.is_running())
    panel.plots.setCurrentIndex(0)
    settle(app)
    dock.grab().save(str(OUT / f"regression_{lang}.png"))
    dock.setFloating(False)

    joint = window.joint_dock  # type: ignore[attr-defined]
    joint.setFloating(True)
    joint.resize(1280, 800)
    joint.move(0, 0)
    joint.show_view()
    view = joint.view
    wait(app, lambda: view.view is not None)
    settle(app)
    joint.grab().save(str(OUT / f"joint_display_{lang}.png"))
    view.chooser.setCurrentIndex(1)  # statistics by themes
    wait(app, lambda: view.view is not None and view.view.kind.value != "side_by_side")
    settle(app)
    joint.grab().save(str(OUT / f"joint_stats_{lang}.png"))
    window.close()


def privacy_shot(app: QApplication, lang: str, folder: Path) -> None:
    from qualcode.services.corpus.documents import add_document
    from qualcode.services.privacy import RosterName, set_roster
    from qualcode.services.projects import new_project
    from qualcode.ui.privacy.review_dialog import PrivacyReviewDialog
    from qualcode.ui.session import ProjectSession

    project = new_project(folder / f"privacy_{lang}.qcproj")
    for name, text in TEXTS.items():
        add_document(project, name, text)
    set_roster(project, [RosterName("Anna", "participant", "P07"), RosterName("Oksana Melnyk", "participant", "P12"),
                         RosterName("Tashkent", "place", "[City]"),
                         RosterName("Hope House", "organisation", "[Shelter A]")])
    session = ProjectSession(project, "Dilnoza")
    dialog = PrivacyReviewDialog(session)
    dialog.show()
    dialog.find_identifiers()
    QThreadPool.globalInstance().waitForDone()
    wait(app, lambda: dialog.model.groups != [])
    model = dialog.model
    dialog.tree.expand(model.index(0, 0))
    dialog.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    settle(app)
    dialog.grab().save(str(OUT / f"privacy_review_{lang}.png"))
    dialog.close()
    session.close()


def main() -> None:
    from qualcode.services.demo.build_demo import build_demo
    from qualcode.ui.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    build_demo(folder / "demo.qcproj").close()
    for lang in sys.argv[1:] or ["ru", "uz"]:
        install_language(app, lang)
        window_shots(app, lang, folder)
        privacy_shot(app, lang, folder)


if __name__ == "__main__":
    main()
