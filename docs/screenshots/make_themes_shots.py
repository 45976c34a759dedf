"""Screenshots of the Themes tab (board and thematic map) on the synthetic demo project.

Run under a display (Xvfb :99; DISPLAY=:99 .venv/bin/python docs/screenshots/make_themes_shots.py)
or offscreen. Writes docs/screenshots/themes_board.png and thematic_map.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from qualcode.core.thematic_map import NodeKind
from qualcode.core.theme import ThemeStatus
from qualcode.services.themes import thematic_map
from qualcode.services.themes import theme_edits as themes
from qualcode.services.codebook.codes import list_codes
from qualcode.services.demo.build_demo import build_demo
from qualcode.services.themes.phases import mark_document_read
from qualcode.ui.app import make_application
from qualcode.ui.commands.theme_commands import layout_radius
from qualcode.ui.main_window import MainWindow

HERE = Path(__file__).parent


def _settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    app = make_application()
    tmp = Path(tempfile.mkdtemp(prefix="qualcode-shots-"))
    project = build_demo(tmp / "Demo.qcproj")
    # a study in progress: some themes still candidate or reviewed, one new candidate
    by_name = {t.name: t for t in themes.list_themes(project)}
    themes.set_theme_status(project, by_name["Distrust of state shelters"].id, ThemeStatus.CANDIDATE)
    themes.set_theme_status(project, by_name["Needs nobody meets"].id, ThemeStatus.REVIEWED)
    themes.set_theme_status(project, by_name["Counselling that listens"].id, ThemeStatus.REVIEWED)
    # the five defined themes laid out and linked first; the two new candidates are not on the map yet
    thematic_map.auto_layout(project, radius=layout_radius(len(themes.list_themes(project))))
    codes = {c.name: c.id for c in list_codes(project).values()}
    # a thin candidate (fear of deportation: 13 of 69 cases) and one overlapping "Finally having rights"
    themes.create_theme(project, "Fear of deportation", code_ids=[codes["Fear of deportation"]])
    themes.create_theme(project, "Legal help as a turning point", code_ids=[codes["Legal aid"]])
    with project.unit_of_work() as uow:
        doc_ids = [h[0] for h in uow.documents.list_headers()][:31]
    for doc_id in doc_ids:
        mark_document_read(project, doc_id)
    tmap = thematic_map.get_map(project)
    theme_nodes = {tmap.labels[n.id]: n.id for n in tmap.nodes if n.kind is NodeKind.THEME}
    thematic_map.add_link(project, theme_nodes["Finally having rights"], theme_nodes["Being a person again"],
                          "makes possible")
    thematic_map.add_link(project, theme_nodes["Distrust of state shelters"], theme_nodes["Needs nobody meets"],
                          "deepens")
    thematic_map.add_link(project, theme_nodes["Counselling that listens"], theme_nodes["Being a person again"],
                          "supports")
    location = project.location
    project.close()

    window = MainWindow(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.open_location(str(location))
    window.show()
    ui = window.themes_ui
    _settle(app)
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    # The bottom docks (analysis tabs, regression panel) are hidden as a user would via View:
    # the regression panel's minimum height (about 540 px) would leave the board a strip.
    for dock in docks.values():
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
            dock.hide()
    _settle(app)
    window.resizeDocks([docks["phases_dock"], docks["documents_dock"]], [260, 400], Qt.Orientation.Vertical)
    window.resizeDocks([docks["codebook_dock"], docks["code_editor_dock"]], [330, 400], Qt.Orientation.Vertical)
    ui.show_themes(ui.tab.board)
    _settle(app)
    window.grab().save(str(HERE / "themes_board.png"))
    ui.show_themes(ui.tab.map_panel)
    _settle(app)
    ui.tab.map_view.fit()
    _settle(app)
    window.grab().save(str(HERE / "thematic_map.png"))
    window.close_project()
    return 0


if __name__ == "__main__":
    sys.exit(main())
