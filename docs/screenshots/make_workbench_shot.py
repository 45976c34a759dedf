"""Build a small coded focus group and save a screenshot of the coding workbench.

Run under a display (e.g. Xvfb :99; DISPLAY=:99 .venv/bin/python docs/screenshots/make_workbench_shot.py)
or offscreen (QT_QPA_PLATFORM=offscreen). Writes docs/screenshots/workbench.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from qualcode.core.case import SpeakerMapping
from qualcode.core.document import DocumentKind
from qualcode.core.span import Span
from qualcode.io.transcripts.turns import detect_turns
from qualcode.services.codebook.codes import add_code, update_code
from qualcode.services.coding.segments import apply_code
from qualcode.services.corpus.documents import add_document
from qualcode.ui.app import make_application
from qualcode.ui.main_window import MainWindow

OUT = Path(__file__).with_name("workbench.png")

TRANSCRIPT = """Focus group 3 — community programme, 14 March 2024

[00:00:05] Moderator: Thank you all for coming. Let's start with what helped you most in the first months after you left.
[00:00:19] Amina: Honestly, the peer group. In the shelter I was a number, but in the peer group I was a person again. Nobody there asked me to prove anything.
[00:00:41] Ben: For me it was the lawyer. Finally I got some legal help and I started to feel like I had some rights. Before that I didn't even know what I could ask for.
[00:01:02] Chloé: I still don't trust the state shelters, honestly. They lost my papers twice and nobody called back.
[00:01:15] Moderator: Can you say more about the papers?
[00:01:18] Chloé: My residence permit was in that folder. Without it I couldn't open a bank account, couldn't sign for a room, nothing. I felt invisible, like the system had decided I didn't exist.
[00:01:47] Dario: Same with me, but the legal clinic sorted it out in two weeks. The volunteer there, she explained every form. That was the first time someone explained instead of ordering.
[00:02:10] Amina: That's it, being explained to. In the group we explained things to each other too, the new ones learned from us.
[00:02:24] Moderator: What about work or money?
[00:02:27] Ben: Money was the worst part. I owed the people who brought me here, and every week they called. I was afraid to go out. Only when the lawyer told me the debt was not legal did I start sleeping again.
[00:02:58] Dario: I found a job through a friend from the group, in a kitchen. It's not much, but it is mine, and my family back home knows I am safe.
[00:03:15] Chloé: I'm still waiting. Sometimes I think the waiting is worse than what happened before.
"""

CODES = [  # (name, parent, quick key)
    ("Support", None, None), ("Peer support", "Support", 1), ("Legal aid", "Support", 2),
    ("Being explained to", "Support", None), ("Institutions", None, None),
    ("Distrust of state shelters", "Institutions", 3), ("Documents & status", "Institutions", None),
    ("Feeling like a person", None, 4), ("Debt & fear", None, None), ("Work", None, None),
    ("Waiting", None, None),
]

CODINGS = [  # (code, words)
    ("Peer support", "the peer group. In the shelter I was a number, but in the peer group I was a person again"),
    ("Feeling like a person", "in the peer group I was a person again"),
    ("Distrust of state shelters", "In the shelter I was a number"),
    ("Legal aid", "Finally I got some legal help and I started to feel like I had some rights"),
    ("Feeling like a person", "I started to feel like I had some rights"),
    ("Distrust of state shelters", "I still don't trust the state shelters, honestly. They lost my papers twice"),
    ("Documents & status", "They lost my papers twice and nobody called back"),
    ("Documents & status", "My residence permit was in that folder. Without it I couldn't open a bank account"),
    ("Feeling like a person", "I felt invisible, like the system had decided I didn't exist"),
    ("Legal aid", "the legal clinic sorted it out in two weeks"),
    ("Being explained to", "The volunteer there, she explained every form. That was the first time someone "
                           "explained instead of ordering"),
    ("Being explained to", "being explained to"),
    ("Peer support", "In the group we explained things to each other too, the new ones learned from us"),
    ("Debt & fear", "I owed the people who brought me here, and every week they called. I was afraid to go out"),
    ("Legal aid", "Only when the lawyer told me the debt was not legal did I start sleeping again"),
    ("Work", "I found a job through a friend from the group, in a kitchen"),
    ("Peer support", "a friend from the group"),
    ("Waiting", "Sometimes I think the waiting is worse than what happened before"),
]


def build(folder: Path, app: QApplication) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.create_project(str(folder / "focus-groups.qcproj"))
    session = window.session
    project = session.project
    turns = detect_turns(TRANSCRIPT).turns
    doc = add_document(project, "Focus group 3", TRANSCRIPT, kind=DocumentKind.FOCUS_GROUP, turns=tuple(turns)).value
    with project.unit_of_work() as uow:
        for i, speaker in enumerate(("Amina", "Ben", "Chloé", "Dario")):
            case = uow.cases.add(f"P{i + 1:02d}", speaker)
            uow.cases.set_speaker_mapping(SpeakerMapping(doc.id, speaker, case.id))
        uow.cases.set_speaker_mapping(SpeakerMapping(doc.id, "Moderator", None, is_interviewer=True))
    ids: dict[str, int] = {}
    for name, parent, key in CODES:
        code = add_code(project, name, parent_id=ids.get(parent) if parent else None).value
        if key:
            from dataclasses import replace

            update_code(project, replace(code, quick_key=key))
        ids[name] = code.id
    for name, words in CODINGS:
        start = TRANSCRIPT.index(words)
        apply_code(project, doc.id, Span(start, start + len(words)), ids[name], session.coder.id)
    from qualcode.core.changes import Changes

    session.events.emit_changes(Changes(codes=True, segments=True, documents=True, cases=True))
    window.resize(1400, 860)
    window.show()
    QTimer.singleShot(300, lambda: _arrange(window))  # after the first layout pass
    window.workbench.viewer.show_document(doc.id)
    # show the floating bar on a fresh selection, as after a mouse release
    view = window.workbench.viewer.view
    start = TRANSCRIPT.index("the waiting is worse")
    view.select_span(Span(start, start + len("the waiting is worse")))
    view.selection_finished.emit()
    return window


def _arrange(window: MainWindow) -> None:
    """Give the text most of the height and the codebook most of the right column."""
    docks = {d.objectName(): d for d in window.workbench.docks}
    if "analysis_dock" in docks:
        window.resizeDocks([docks["analysis_dock"]], [200], Qt.Orientation.Vertical)
    if "code_editor_dock" in docks and "codebook_dock" in docks:
        window.resizeDocks([docks["codebook_dock"], docks["code_editor_dock"]], [480, 120], Qt.Orientation.Vertical)
    if "codebook_dock" in docks:
        window.resizeDocks([docks["codebook_dock"]], [360], Qt.Orientation.Horizontal)
    window.workbench.viewer.view.ensureCursorVisible()


def main() -> int:
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        window = build(Path(tmp), app)

        def shoot() -> None:
            window.grab().save(str(OUT))
            window.close()
            app.quit()

        QTimer.singleShot(1500, shoot)  # let the counts worker report first
        app.exec()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
