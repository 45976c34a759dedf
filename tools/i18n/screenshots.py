"""Screenshots of the main window (demo project), the transcript import dialog, Preferences, the
start page, the regression panel (a logistic model run, forest plot) and the joint displays in
Russian and Uzbek at 1280x800, into docs/screenshots/i18n/.

    QT_QPA_PLATFORM=offscreen python tools/i18n/screenshots.py [OUT_DIR]
(or under xvfb-run -a -s "-screen 0 1280x800x24"; offscreen gives the same pixels here)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pause(ms: int) -> None:
    """Process events for ``ms`` ms. Not QTest.qWait: it holds the GIL while it waits, so the
    workers filling the windows (codebook counts, import previews) would barely advance."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    from PySide6.QtCore import QSettings

    import qualcode.services.demo.build_demo as build_demo
    from qualcode.ui.app import make_application
    from qualcode.ui.dialogs.preferences_dialog import PreferencesDialog
    from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog
    from qualcode.ui.i18n import install_language
    from qualcode.ui.i18n.switch import switch_language
    from qualcode.ui.main_window import MainWindow

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "i18n"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    build_demo.default_demo_path = lambda: work / "Demo.qcproj"
    app = make_application()
    install_language(app, "en")
    window = MainWindow(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.open_demo()
    pause(1500)
    from qualcode.services.corpus.documents import list_documents

    window.workbench.viewer.show_document(list_documents(window.session.project)[0].id)
    pause(500)
    window.grab().save(str(out / "main_window_en.png"))
    folder = ROOT / "tests" / "data" / "transcripts" / "qualcoder-examples"
    samples = [folder / "ID1.docx", folder / "ID2.odt", folder / "transcript.txt"]
    for language in ("ru", "uz"):
        window = switch_language(window, language)
        window.resize(1280, 800)
        pause(3000)  # the codebook counts arrive from a worker; the switch restores the layout it had
        window.help_ui.apply_layout("Coding")  # the coding layout again after the last language's analysis views
        pause(500)
        window.grab().save(str(out / f"main_window_{language}.png"))
        dialog = TranscriptImportDialog(window.session, window)
        dialog.show()
        if samples:
            dialog.set_files(samples)
            pause(1500)
        dialog.grab().save(str(out / f"import_dialog_{language}.png"))
        dialog.close()
        prefs = PreferencesDialog(window.settings, window)
        prefs.show()
        pause(200)
        prefs.grab().save(str(out / f"preferences_{language}.png"))
        prefs.close()
        start = MainWindow(QSettings(str(work / "start.ini"), QSettings.Format.IniFormat))
        start.resize(1280, 800)
        start.show()
        pause(300)
        start.grab().save(str(out / f"start_page_{language}.png"))
        start.close()
        analysis_views(window, out, language)
    window.close()


def analysis_views(window, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """The Analysis layout: the regression panel with a logistic model run (its forest plot), then
    the joint displays."""
    from PySide6.QtWidgets import QDockWidget

    window.help_ui.apply_layout("Analysis")
    dock = window.regression_dock
    dock.show_panel()
    panel = dock.panel
    while panel.table is None:  # the case table comes from a worker
        pause(200)
    panel.set_outcome("SR")
    panel.add_predictors(["LA", "TIC", "PSSI", "theme_finally_having_rights_any"])
    panel.run_model()
    while panel.run is None or panel.is_running():
        pause(200)
    panel.plots.setCurrentIndex(0)
    pause(500)
    window.grab().save(str(out / f"regression_panel_{language}.png"))
    joint = window.findChild(QDockWidget, "joint_displays_dock")
    if joint is not None:
        joint.show_view()
        pause(1500)
        window.grab().save(str(out / f"joint_displays_{language}.png"))


if __name__ == "__main__":
    main()
