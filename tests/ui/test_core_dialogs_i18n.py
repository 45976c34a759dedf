"""The core area's dialogs and panes (start page, import dialogs, preferences, password, team, code
editor, phases) built in Russian and in Uzbek show no English string of their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from qualcode.ui.session import ProjectSession
from tests.ui.i18n_walk import area_of, untranslated, walk

#: same in every language: the product, formats, Latin terms, single letters naming coders A/B
ALLOWED = {"QualCode", "OK", "A", "B", "REFI-QDA", "127.0.0.1", "in vivo", "Server", "Port",
           "English", "Русский", "Oʻzbekcha"}  # languages are listed by their own names


def _builders(session, settings):
    from qualcode.ui.codebook.code_editor_pane import CodeEditorPane
    from qualcode.ui.dialogs.preferences_dialog import PreferencesDialog
    from qualcode.ui.dialogs.survey_import_dialog import SurveyImportDialog
    from qualcode.ui.dialogs.transcript_import_dialog import TranscriptImportDialog
    from qualcode.ui.password_dialogs import NewProjectDialog
    from qualcode.ui.phases.phase_navigator_pane import PhaseNavigatorPane
    from qualcode.ui.team.disagreement_view import DisagreementPanel
    from qualcode.ui.team.merge_dialog import MergeDialog
    from qualcode.ui.team.open_server_dialog import OpenServerDialog
    from qualcode.ui.welcome_view import WelcomeView

    return {
        "welcome": lambda: WelcomeView("Dilnoza"),
        "transcript_import": lambda: TranscriptImportDialog(session),
        "survey_import": lambda: SurveyImportDialog(session),
        "preferences": lambda: PreferencesDialog(settings),
        "new_project": lambda: NewProjectDialog(),
        "merge": lambda: MergeDialog(),
        "open_server": lambda: OpenServerDialog(),
        "disagreements": lambda: DisagreementPanel(session),
        "code_editor": lambda: CodeEditorPane(session),
        "phases": lambda: PhaseNavigatorPane(session),
    }


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_core_dialogs_have_no_english_left(qtbot, qapp, project, tmp_path, language):
    from qualcode.ui.i18n import install_language

    session = ProjectSession(project, "Dilnoza")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    left: dict[str, str] = {}
    try:
        for name, build in _builders(session, settings).items():
            install_language(qapp, "en")
            english = build()
            qtbot.addWidget(english)
            english_texts = walk(english)  # now: item models translate their headers when asked
            install_language(qapp, language)
            translated = build()
            qtbot.addWidget(translated)
            translated_texts = walk(translated)
            assert len(english_texts) >= 2, name
            for path, text in untranslated(english_texts, translated_texts, ALLOWED | {"Dilnoza"}).items():
                if area_of(text.replace("&&", "&")) in ("core", "unknown"):  # table models are i18n-c's (ui/models)
                    left[f"{name}:{path}"] = text
    finally:
        install_language(qapp, "en")
        session.events.detach()
    assert left == {}, "\n".join(f"{k}: {v!r}" for k, v in sorted(left.items()))


def test_plural_forms_in_russian_and_english(qapp):
    from PySide6.QtCore import QCoreApplication

    from qualcode.ui.i18n import install_language

    def segments(n: int) -> str:
        return QCoreApplication.translate("MainWindow", "%Ln segment(s)", "", n)

    try:
        install_language(qapp, "ru")
        assert [segments(n) for n in (1, 3, 5, 21)] == ["1 фрагмент", "3 фрагмента", "5 фрагментов", "21 фрагмент"]
        install_language(qapp, "uz")
        assert segments(5) == "5 ta parcha"
    finally:
        install_language(qapp, "en")
    assert [segments(n) for n in (1, 2)] == ["1 segment", "2 segments"]


def test_undo_step_names_follow_the_language(qapp):
    from qualcode.ui.commands.undo_labels import translate_label
    from qualcode.ui.i18n import install_language

    try:
        install_language(qapp, "ru")
        assert translate_label("Code with Trust") == "Кодирование: Trust"
        assert translate_label("Import 5 transcripts") == "Импорт 5 транскриптов"
        assert translate_label("Something new") == "Something new"  # unknown names are shown as they are
        install_language(qapp, "uz")
        assert translate_label("Delete code Trust") == "Trust kodini oʻchirish"
    finally:
        install_language(qapp, "en")
    assert translate_label("Import 1 transcript") == "Import 1 transcript"


def test_project_file_errors_are_shown_in_the_interface_language(qapp, tmp_path):
    """The error dialog's reason: a storage error about a missing file, in Russian; unknown ones as written."""
    from qualcode.services.projects import load_project
    from qualcode.ui.i18n import install_language
    from qualcode.ui.texts import service_text as translate_error

    missing = tmp_path / "gone.qcproj"
    try:
        load_project(str(missing))
    except Exception as exc:  # noqa: BLE001 - the message is what we test
        english = str(exc)
    assert english == f"{missing} does not exist."
    try:
        install_language(qapp, "ru")
        assert translate_error(english) == f"{missing} не существует."
        assert translate_error("Something else went wrong.") == "Something else went wrong."
        install_language(qapp, "uz")
        assert translate_error(f"The folder {tmp_path} does not exist.") == f"{tmp_path} jildi mavjud emas."
    finally:
        install_language(qapp, "en")
    assert translate_error(english) == english
