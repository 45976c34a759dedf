"""Edit › Preferences… chooses the interface language; by default it follows the OS."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog

from qualcode.ui.i18n import available_languages, chosen_language, store_language


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_languages_are_offered_by_their_own_names():
    assert available_languages() == [("en", "English"), ("ru", "Русский"), ("uz", "Oʻzbekcha")]


def test_the_os_language_is_used_until_one_is_chosen(tmp_path):
    settings = _settings(tmp_path)
    assert chosen_language(settings, QLocale("ru_RU")) == "ru"
    assert chosen_language(settings, QLocale("uz_Latn_UZ")) == "uz"
    assert chosen_language(settings, QLocale("de_DE")) == "en"  # a language we do not have: English
    store_language(settings, "uz")
    assert chosen_language(settings, QLocale("ru_RU")) == "uz"
    store_language(settings, "")  # back to "as the system"
    assert chosen_language(settings, QLocale("ru_RU")) == "ru"


def test_preferences_dialog_stores_the_choice(qtbot, tmp_path):
    from qualcode.ui.dialogs.preferences_dialog import PreferencesDialog

    settings = _settings(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.language_changed()  # the tests run in English
    dialog.accept()
    assert settings.value("language") == "ru"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.chosen() == "ru"


def test_edit_menu_preferences_switches_the_window(qtbot, qapp, tmp_path, monkeypatch):
    from qualcode.ui.dialogs.preferences_dialog import PreferencesDialog
    from qualcode.ui.i18n import current_language, install_language
    from qualcode.ui.i18n.switch import current_window
    from qualcode.ui.main_window import MainWindow
    from qualcode.ui.menus import find_menu

    window = MainWindow(_settings(tmp_path))
    window.show()
    assert window.create_project(str(tmp_path / "p.qcproj"))
    session = window.session
    edit = find_menu(window, "edit")
    assert window.preferences_action in edit.actions()
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"

    def choose_russian(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_russian)
    try:
        window.preferences_action.trigger()
        new = current_window()
        assert new is not None and new is not window
        qtbot.addWidget(new)
        assert current_language() == "ru"
        assert new.session is session and window.session is None  # same project, not closed
        assert find_menu(new, "file").title() == "&Файл"
        assert new.isVisible()
    finally:
        install_language(qapp, "en")


def test_switch_without_a_project_shows_the_start_page_translated(qtbot, qapp, tmp_path):
    from qualcode.ui.i18n import install_language
    from qualcode.ui.i18n.switch import switch_language
    from qualcode.ui.main_window import MainWindow

    window = MainWindow(_settings(tmp_path))
    try:
        new = switch_language(window, "uz", delete_old=False)
        qtbot.addWidget(new)
        qtbot.addWidget(window)
        assert new.session is None
        assert new.counts_label.text() == "Loyiha ochilmagan"
        assert new.centralWidget().create_button.text() == "Loyiha &yaratish"
    finally:
        install_language(qapp, "en")
