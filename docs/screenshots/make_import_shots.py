"""Screenshots of the two import dialogs (run under Xvfb: DISPLAY=:99 python docs/screenshots/make_import_shots.py)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qualcode.services.corpus.importing import import_transcripts  # noqa: E402
from qualcode.services.projects import new_project  # noqa: E402
from qualcode.ui.dialogs.survey_import_dialog import SurveyImportDialog  # noqa: E402
from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog  # noqa: E402
from qualcode.ui.session import ProjectSession  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = Path(__file__).parent


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    tmp = Path(tempfile.mkdtemp())
    project = new_project(tmp / "study.qcproj")
    for key in ("id4", "id5"):
        (tmp / f"{key}.txt").write_text("Interviewer: Hello.\nP: Hi.\n", encoding="utf-8")
    import_transcripts(project, [tmp / "id4.txt", tmp / "id5.txt"], case_from_filename=True)
    session = ProjectSession(project, "Dilnoza")
    broken = tmp / "P09_broken.txt"
    broken.write_bytes(b"\xef\xbb\xbfInterviewer: hi\nP09: fine\nP09: bad \xff\xfe\n")

    transcripts = TranscriptImportDialog(session)
    transcripts.kind_combo.setCurrentIndex(1)  # focus groups

    def shoot_transcripts() -> None:
        model = transcripts.speaker_model
        model.setData(model.index(0, 2), "Aziz")
        model.setData(model.index(0, 4), "P01")
        transcripts.repaint()
        transcripts.grab().save(str(OUT / "import_transcripts.png"))
        transcripts.close()
        survey = SurveyImportDialog(session)
        survey.show()
        survey.set_file(DATA / "surveys" / "survey456.csv")
        survey.text_list.item(0).setCheckState(survey.text_list.item(0).checkState().Checked)
        QTimer.singleShot(800, lambda: (survey.grab().save(str(OUT / "import_survey.png")), app.quit()))

    transcripts.preview_ready.connect(lambda: QTimer.singleShot(800, shoot_transcripts))
    transcripts.show()
    transcripts.set_files([
        DATA / "transcripts" / "qualcoder-examples" / "transcript.txt",
        DATA / "transcripts" / "spacelog-apollo13" / "spacelog_apollo13_TEC_lines0001-0600_launch.txt",
        DATA / "transcripts" / "qualcoder-examples" / "ID1.docx",
        broken,
    ])
    app.exec()
    session.close()


if __name__ == "__main__":
    main()
