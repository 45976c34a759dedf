"""The interface language: Qt translators for the shipped ``.qm`` files, the user's choice
(Preferences, stored in QSettings; the OS language by default) and the runtime switch."""

from qualcode.ui.i18n.languages import (
    LANGUAGES,
    available_languages,
    chosen_language,
    store_language,
    system_language,
)
from qualcode.ui.i18n.translators import current_language, install_language, remove_language

__all__ = [
    "LANGUAGES",
    "available_languages",
    "chosen_language",
    "current_language",
    "install_language",
    "remove_language",
    "store_language",
    "system_language",
]
