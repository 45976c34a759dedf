"""Which interface languages exist and which one the user wants."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

#: code -> the language's own name (shown in Preferences in that language, as is customary)
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "uz": "Oʻzbekcha"}

#: the QSettings key; "" (or missing) means "follow the operating system"
SETTINGS_KEY = "language"


def available_languages() -> list[tuple[str, str]]:
    """``[(code, native name), ...]`` in a fixed order: English, Russian, Uzbek."""
    return list(LANGUAGES.items())


def system_language(locale: QLocale | None = None) -> str:
    """The OS language if we have it, else English."""
    name = (locale or QLocale.system()).name()  # "ru_RU", "uz_Latn_UZ", "en_GB", "C"
    code = name.split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def stored_language(settings: QSettings) -> str:
    """The language chosen in Preferences, or "" to follow the OS."""
    value = str(settings.value(SETTINGS_KEY, "") or "")
    return value if value in LANGUAGES else ""


def chosen_language(settings: QSettings, locale: QLocale | None = None) -> str:
    """What to show: the stored choice, else the OS language."""
    return stored_language(settings) or system_language(locale)


def store_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` ("" = follow the OS)."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}")
    settings.setValue(SETTINGS_KEY, code)
