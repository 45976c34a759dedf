"""The project-file errors (opening, creating, encrypting a project) in the interface language.

The services and storage raise Qt-free English sentences; the error dialog shows the common ones,
matched here, in the interface language (names, paths and technical details stay as they are).
Any other message goes to :func:`qualcode.ui.texts.service_text` (import, REFI-QDA, merge, quant),
and is shown as written when no area knows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

_PATTERNS: list[tuple[re.Pattern[str], Callable[[], str]]] = [(re.compile(p, re.DOTALL), t) for p, t in (
    (r"^(?P<path>.+) already exists; choose another name or open it\.$",
     lambda: translate("ErrorTexts", "{path} already exists; choose another name or open it.")),
    (r"^(?P<path>.+) already exists; choose a new name \(nothing was written\)\.$",
     lambda: translate("ErrorTexts", "{path} already exists; choose a new name (nothing was written).")),
    (r"^(?P<path>.+) already exists; choose another name for the cleaned copy\.$",
     lambda: translate("ErrorTexts", "{path} already exists; choose another name for the cleaned copy.")),
    (r"^The folder (?P<path>.+) does not exist\.$", lambda: translate("ErrorTexts", "The folder {path} does not exist.")),
    (r"^The folder (?P<path>.+) is read-only; choose a folder you can write to\.$",
     lambda: translate("ErrorTexts", "The folder {path} is read-only; choose a folder you can write to.")),
    (r"^An encrypted project needs a non-empty password \((?P<path>.+) was not (created|written)\)\.$",
     lambda: translate("ErrorTexts", "An encrypted project needs a non-empty password ({path} was not written).")),
    (r"^(?P<path>.+) does not exist\.$", lambda: translate("ErrorTexts", "{path} does not exist.")),
    (r"^(?P<path>.+) is a folder, not a project file\.$",
     lambda: translate("ErrorTexts", "{path} is a folder, not a project file.")),
    (r"^(?P<path>.+) is not a QualCode project \(it is not a database file\)\.$",
     lambda: translate("ErrorTexts", "{path} is not a QualCode project (it is not a database file).")),
    (r"^(?P<path>.+) is an SQLite database but not a QualCode project\.$",
     lambda: translate("ErrorTexts", "{path} is an SQLite database but not a QualCode project.")),
    (r"^(?P<path>.+) is damaged \((?P<detail>.+)\)\. Open its \.bak copy or a backup\.$",
     lambda: translate("ErrorTexts", "{path} is damaged ({detail}). Open its .bak copy or a backup.")),
    (r"^(?P<path>.+) is damaged: (?P<detail>.+)\.$", lambda: translate("ErrorTexts", "{path} is damaged: {detail}.")),
    (r"^(?P<path>.+) could not be read \((?P<detail>.+)\): the disk may be full or failing\. The file was not "
     r"changed; free some space and open it again\.$",
     lambda: translate("ErrorTexts", "{path} could not be read ({detail}): the disk may be full or failing. The file "
                                     "was not changed; free some space and open it again.")),
    (r"^(?P<path>.+) was saved by an older QualCode and must be upgraded, but it is read-only\. Copy it to a folder "
     r"you can write to and open the copy\.$",
     lambda: translate("ErrorTexts", "{path} was saved by an older QualCode and must be upgraded, but it is "
                                     "read-only. Copy it to a folder you can write to and open the copy.")),
    (r"^(?P<path>.+) was saved by a newer QualCode \(schema (?P<detail>.+)\)\. Update QualCode to open it; the file "
     r"was not changed\.$",
     lambda: translate("ErrorTexts", "{path} was saved by a newer QualCode (schema {detail}). Update QualCode to "
                                     "open it; the file was not changed.")),
    (r"^(?P<path>.+) has no QualCode schema; it may be incomplete\.$",
     lambda: translate("ErrorTexts", "{path} has no QualCode schema; it may be incomplete.")),
    (r"^(?P<path>.+) cannot be opened: (?P<detail>.+?)\.?$",
     lambda: translate("ErrorTexts", "{path} cannot be opened: {detail}")),
    (r"^(?P<path>.+) is encrypted \(or not a QualCode project\): give its password \(QUALCODE_PASSWORD on the "
     r"command line\)\.$",
     lambda: translate("ErrorTexts", "{path} is encrypted (or not a QualCode project): give its password.")),
    (r"^(?P<path>.+) is not an encrypted QualCode project(; nothing was changed)?\.$",
     lambda: translate("ErrorTexts", "{path} is not an encrypted QualCode project; nothing was changed.")),
    (r"^A cleaned copy of (?P<path>.+) could not be written: (?P<detail>.+)\.$",
     lambda: translate("ErrorTexts", "A cleaned copy of {path} could not be written: {detail}.")),
)]


def translate_error(message: str) -> str:
    """``message`` (an English service/storage error) in the interface language, when it is a known one."""
    for pattern, template in _PATTERNS:
        match = pattern.match(message)
        if match is not None:
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            return template().format(**groups)
    from qualcode.ui.texts import service_text  # import, REFI, merge and quant messages

    return service_text(message)
