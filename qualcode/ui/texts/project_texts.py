"""The common project-file errors (opening, creating, encrypting a project), shown by the error dialog.

The rarer ones (a read-only or busy project, a concurrent edit, a full disk) are in
:mod:`qualcode.ui.texts.storage_texts`. Two sentences are recognised in more than one wording
(``was not created`` / ``was not written``; the command-line hint about ``QUALCODE_PASSWORD``,
which the interface leaves out), so they carry their own pattern.
"""

from __future__ import annotations

from qualcode.ui.texts.matcher import rule, rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

PROJECT = [
    *rules(
        "ErrorTexts",
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} already exists; choose another name or open it."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} already exists; choose a new name (nothing was written)."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} already exists; choose another name for the cleaned copy."),
        QT_TRANSLATE_NOOP("ErrorTexts", "The folder {path} does not exist."),
        QT_TRANSLATE_NOOP("ErrorTexts", "The folder {path} is read-only; choose a folder you can write to."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} does not exist."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} is a folder, not a project file."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} is not a QualCode project (it is not a database file)."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} is an SQLite database but not a QualCode project."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} is damaged ({detail}). Open its .bak copy or a backup."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} is damaged: {detail}."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} could not be read ({detail}): the disk may be full or failing. The "
                                        "file was not changed; free some space and open it again."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} was saved by an older QualCode and must be upgraded, but it is "
                                        "read-only. Copy it to a folder you can write to and open the copy."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} was saved by a newer QualCode (schema {detail}). Update QualCode to "
                                        "open it; the file was not changed."),
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} has no QualCode schema; it may be incomplete."),
        QT_TRANSLATE_NOOP("ErrorTexts", "A cleaned copy of {path} could not be written: {detail}."),
        # storage.schema_guard.ForeignSchemaError (the main window's "open a cleaned copy?" question)
        QT_TRANSLATE_NOOP("ErrorTexts", "{path} contains database objects QualCode did not create ({shown}). They "
                                        "could change or fake your data, so the project was not opened and nothing "
                                        "was changed. Open a cleaned copy instead: qualcode clean-copy {path} "
                                        "COPY.qcproj"),
        path=".+", detail=".+",
    ),
    rule("ErrorTexts", QT_TRANSLATE_NOOP("ErrorTexts", "An encrypted project needs a non-empty password ({path} was "
                                                       "not written)."),
         r"An encrypted project needs a non-empty password \((?P<path>.+) was not (?:created|written)\)\."),
    rule("ErrorTexts", QT_TRANSLATE_NOOP("ErrorTexts", "{path} cannot be opened: {detail}"),
         r"(?P<path>.+) cannot be opened: (?P<detail>.+?)\.?"),
    rule("ErrorTexts", QT_TRANSLATE_NOOP("ErrorTexts", "{path} is encrypted (or not a QualCode project): give its "
                                                       "password."),
         r"(?P<path>.+) is encrypted \(or not a QualCode project\): give its password \(QUALCODE_PASSWORD on the "
         r"command line\)\."),
    rule("ErrorTexts", QT_TRANSLATE_NOOP("ErrorTexts", "{path} is not an encrypted QualCode project; nothing was "
                                                       "changed."),
         r"(?P<path>.+) is not an encrypted QualCode project(?:; nothing was changed)?\."),
]
