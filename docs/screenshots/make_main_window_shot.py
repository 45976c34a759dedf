"""Screenshot of the main window on a small project (run under Xvfb or offscreen)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from qualcode.core.span import Span
from qualcode.services.codebook.codes import add_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.services.projects import ensure_coder, new_project
from qualcode.ui.app import make_application
from qualcode.ui.main_window import MainWindow

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/main_window.png")

TEXT = """[00:03:12] Interviewer: So what happened after you left the shelter?
[00:03:20] P07: In the shelter I was a number, but in the peer group I was a person again.
[00:04:02] Interviewer: And the lawyer?
[00:04:09] P07: Finally I got some legal help and I started to feel like I had some rights.
"""

app = make_application()
tmp = Path(tempfile.mkdtemp())
project = new_project(tmp / "survivors.qcproj")
doc = add_document(project, "P07 interview", TEXT).value
add_document(project, "P01 interview", "[00:00:05] Interviewer: Thank you for coming.\n")
coder = ensure_coder(project, "Dilnoza")
legal = add_code(project, "Legal").value
aid = add_code(project, "Legal aid", parent_id=legal.id).value
social = add_code(project, "Social").value
peer = add_code(project, "Peer support", parent_id=social.id).value
add_code(project, "Stigma", parent_id=social.id)
start = TEXT.index("in the peer group")
apply_code(project, doc.id, Span(start, start + 50), peer.id, coder.id)
start = TEXT.index("Finally")
apply_code(project, doc.id, Span(start, start + 70), aid.id, coder.id)
project.close()

window = MainWindow(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
window.open_location(str(tmp / "survivors.qcproj"))
window.workbench.viewer.show_document(doc.id)
window.show()


def shoot() -> None:
    window.grab().save(str(OUT))
    app.quit()


QTimer.singleShot(1500, shoot)
app.exec()
