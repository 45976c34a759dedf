"""Screenshot of the privacy review (run under Xvfb:
xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/make_privacy_shot.py)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qualcode.services.corpus.documents import add_document
from qualcode.services.privacy import RosterName, set_roster
from qualcode.services.projects import new_project
from qualcode.ui.privacy.review_dialog import PrivacyReviewDialog
from qualcode.ui.session import ProjectSession

OUT = Path(__file__).parent
TEXTS = {
    "P07 interview": "Interviewer: Where did you stay, Anna?\nAnna: At Hope House in Kyiv. Anna's room was small. "
                     "Mrs Kowalska from the shelter called me on +380 44 123 4567.\n",
    "P12 interview": "Interviewer: Tell me about Oksana.\nOksana: OKSANA MELNYK, that is me. I was born on "
                     "12.03.1990. Hope House took me in; I wrote to oksana.m@example.org.\n",
}


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    project = new_project(Path(tempfile.mkdtemp()) / "study.qcproj")
    for name, text in TEXTS.items():
        add_document(project, name, text)
    set_roster(project, [RosterName("Anna Kowalska", "participant", "P07"),
                         RosterName("Oksana Melnyk", "participant", "P12"),
                         RosterName("Kyiv", "place", "[City]"), RosterName("Hope House", "organisation", "[Shelter A]")])
    session = ProjectSession(project, "Dilnoza")
    dialog = PrivacyReviewDialog(session)
    dialog.resize(1200, 620)
    dialog.show()
    dialog.find_identifiers()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    model = dialog.model
    dialog.tree.expand(model.index(0, 0))
    dialog.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    app.processEvents()
    dialog.grab().save(str(OUT / "privacy_review.png"))
    dialog.apply()  # one undo step; audited
    dialog.close()
    from qualcode.services.privacy import record_action
    from qualcode.ui.privacy.audit_dialog import AuditDialog

    record_action(project, "Dilnoza", "edit", "Code with Legal aid")
    record_action(project, "Aziz", "edit", "Merge Stigma into Shame")
    audit = AuditDialog(session)
    audit.show()
    app.processEvents()
    audit.grab().save(str(OUT / "privacy_audit.png"))
    audit.close()
    session.close()


if __name__ == "__main__":
    main()
