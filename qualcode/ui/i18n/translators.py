"""Install the translators of one language on the application.

Every ``qualcode/resources/i18n/*_<code>.qm`` is loaded (each UI area ships its own file),
plus Qt's own ``qtbase_<code>.qm`` for the standard buttons and dialogs when Qt has it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qualcode.ui.i18n.languages import LANGUAGES

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"

#: the locale used for Qt's own formatting and dialogs (English keeps the OS regional settings)
_LOCALES = {"ru": "ru_RU", "uz": "uz_Latn_UZ"}

_installed: list[QTranslator] = []
_current = "en"


def qm_files(code: str, folder: Path = I18N_DIR) -> list[Path]:
    """Our compiled translations for ``code``, sorted (``core_ru.qm``, ``coding_ru.qm``...)."""
    return sorted(folder.glob(f"*_{code}.qm"))


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(app: QCoreApplication, code: str) -> list[Path]:
    """Replace the installed translators by those of ``code``; returns the files loaded.

    English loads ``*_en.qm`` too: they carry the English plural forms ("1 segment", "2 segments").
    Widgets built afterwards use the new language; existing ones keep their text (the main
    window is rebuilt by :func:`qualcode.ui.i18n.switch.switch_language`).
    """
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}")
    remove_language(app)
    loaded: list[Path] = []
    candidates = qm_files(code)
    qtbase = qt_translations_dir() / f"qtbase_{code}.qm"
    if code != "en" and qtbase.exists():
        candidates.append(qtbase)
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    QLocale.setDefault(QLocale.system() if code == "en" else QLocale(_LOCALES[code]))
    _current = code
    return loaded


def remove_language(app: QCoreApplication) -> None:
    """Back to the English source texts."""
    global _current
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    _current = "en"


def current_language() -> str:
    return _current
