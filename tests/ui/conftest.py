"""UI tests run in English with the English plural forms ("1 segment", "2 segments") loaded,
as the app does for an English interface."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp):
    from qualcode.ui.i18n import install_language, remove_language

    install_language(qapp, "en")
    yield
    remove_language(qapp)
