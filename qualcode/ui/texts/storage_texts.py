"""Project-file and saving errors that :mod:`qualcode.ui.texts.project_texts` (the common ones)
does not list: a read-only or busy project, a concurrent edit, a full disk, encrypted projects,
an object that no longer exists. Shown by the error dialog after "Could not …"."""

from __future__ import annotations

from qualcode.ui.texts.matcher import rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

STORAGE = rules(
    "StorageTexts",
    QT_TRANSLATE_NOOP("StorageTexts", "Another coder changed this at the same moment; your change was not saved and "
                                      "nothing of theirs was overwritten. The view now shows their version: look, then "
                                      "try again."),
    QT_TRANSLATE_NOOP("StorageTexts", "This text is already coded with that code."),
    QT_TRANSLATE_NOOP("StorageTexts", "{path} is read-only: you can browse, search and export it, but not change it. "
                                      "Copy it to a folder you can write to (or ask its owner for write access) to edit "
                                      "it."),
    QT_TRANSLATE_NOOP("StorageTexts", "{path} is busy: another program kept it locked for too long. Nothing was "
                                      "changed; try again in a moment."),
    QT_TRANSLATE_NOOP("StorageTexts", "The server refused the change: your role on {path} does not allow it (viewers "
                                      "can browse, search and export, not edit). Nothing was changed."),
    QT_TRANSLATE_NOOP("StorageTexts", "{path}: the saved changes could not be folded back into the project file "
                                      "({detail}); they are kept in {wal}, which must stay beside it."),
    QT_TRANSLATE_NOOP("StorageTexts", "{path} is not a QualCode project (it is not a database file), unless it is an "
                                      "encrypted project: then give its password."),
    QT_TRANSLATE_NOOP("StorageTexts", "{path}: wrong password (or not a QualCode project); nothing was changed."),
    QT_TRANSLATE_NOOP("StorageTexts", "A database server project cannot be encrypted by QualCode: encryption at rest "
                                      "is the server's job."),
    QT_TRANSLATE_NOOP("StorageTexts", "{path} is already encrypted; use `qualcode passwd` to change its password."),
    QT_TRANSLATE_NOOP("StorageTexts", "The new password for {path} must not be empty; nothing was changed."),
    QT_TRANSLATE_NOOP("StorageTexts", "table {table} has broken references"),
    QT_TRANSLATE_NOOP("StorageTexts", "The disk is full: could not write {path}; the previous {name} is unchanged."),
    QT_TRANSLATE_NOOP("StorageTexts", "The disk is full: could not write {path}; no {name} was written."),
    QT_TRANSLATE_NOOP("StorageTexts", "Could not write {path}: {reason}."),
    QT_TRANSLATE_NOOP("StorageTexts", "Coded segments can be written as .csv or .xlsx, not {suffix}."),
    # something removed meanwhile (another window, a colleague on the server)
    QT_TRANSLATE_NOOP("StorageTexts", "There is no case {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no code {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no document {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no memo {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no coded segment {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no theme {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no saved analysis {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no joint display {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no joint display row {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no map node {id}."),
    QT_TRANSLATE_NOOP("StorageTexts", "There is no map link {id}."),
)
