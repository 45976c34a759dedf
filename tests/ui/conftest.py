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


@pytest.fixture(autouse=True)
def _settle_qt_after_each_test(qapp):
    """After each UI test: let background workers finish and deferred deletions run before
    the next test (and any garbage collection) starts, so no Python wrapper outlives, or is
    collected while a pool thread still uses, the Qt object behind it. One CI run crashed
    in a fixture's ``gc.collect()`` while a worker could still be running."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()  # finished workers' queued signals reach their receivers
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
