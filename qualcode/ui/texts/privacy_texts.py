"""Pseudonymisation, the roster, the sealed mapping, encrypted copies and the export guard
(services.privacy): what the privacy dialogs say when something is refused."""

from __future__ import annotations

from qualcode.ui.texts.matcher import rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

PRIVACY = rules(
    "PrivacyTexts",
    # pseudonymising
    QT_TRANSLATE_NOOP("PrivacyTexts", "Two cases would both be called {name} once names are replaced; merge or "
                                      "rename one of them first. Nothing was replaced."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{document}: codings {a} and {b} (same code, same coder) would cover the same "
                                      "words once the name inside them is replaced; remove one of them first. Nothing "
                                      "was replaced."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{document}: the text at {start}-{end} is no longer {text}; find identifiers "
                                      "again before applying."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{document}: the replacement for {text} is empty."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "Replacement at {start}-{end} overlaps another or lies outside the text."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "The replacement at {start}-{end} is empty; give it a name or a tag."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "Looking for identifiers was cancelled."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "This project allows pseudonymised exports only, and {n} identifier(s) are not "
                                      "reviewed yet (the first: a {kind} in {document}); review them with File > "
                                      "Pseudonymise transcripts or 'qualcode pseudonymise'. Nothing was exported."),
    # the roster of names (after "<file> (row N): ")
    QT_TRANSLATE_NOOP("PrivacyTexts", "is larger than 20 MB; a roster is a list of names."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "is not UTF-8 text; save the roster as CSV UTF-8."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "has no 'name' column; the roster needs name,kind,replacement."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "kind {kind} is not one of {kinds}."),
    # the sealed mapping and encrypted copies
    QT_TRANSLATE_NOOP("PrivacyTexts", "{what} needs a non-empty password."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "Keeping the mapping needs a non-empty password."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "An encrypted copy needs a non-empty password."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "This mapping was sealed with an unknown scheme ({scheme})."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "That password does not open the stored mapping; nothing was shown or changed."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{path} is the file being read; choose a new name."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{path} is already an encrypted project: copy the file itself to keep or send "
                                      "it."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{path} is not an encrypted QualCode copy (or was made by another version)."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{path} is not an encrypted QualCode copy."),
    QT_TRANSLATE_NOOP("PrivacyTexts", "{path}: wrong password (or the file was altered); nothing was written."),
)
