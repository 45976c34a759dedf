"""REFI-QDA (.qdpx, .qdc) import and export: the errors and the report's lines.

The report (:class:`qualcode.services.exchange.ExchangeReport`) keeps what was adapted or not
kept as English phrases with a count; :func:`report_lines` lays it out in the interface language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from qualcode.ui.texts.matcher import rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

ERRORS = rules(
    "RefiTexts",
    QT_TRANSLATE_NOOP("RefiTexts", "REFI-QDA files end in .qdpx (a project) or .qdc (a codebook)."),
    QT_TRANSLATE_NOOP("RefiTexts", "The archive member {member} points outside the archive (a zip path-traversal "
                                   "attack); refusing the file."),
    QT_TRANSLATE_NOOP("RefiTexts", "The archive would inflate to {size} bytes; the limit is {limit}. Refusing a "
                                   "possible zip bomb."),
    QT_TRANSLATE_NOOP("RefiTexts", "The archive has no project.qde; is it really a REFI-QDA project?"),
    QT_TRANSLATE_NOOP("RefiTexts", "The archive has {count} .qde files; expected one project.qde."),
    QT_TRANSLATE_NOOP("RefiTexts", "The file is {size} bytes; the limit is {limit}."),
    QT_TRANSLATE_NOOP("RefiTexts", "The file is larger than {limit} bytes; not a codebook."),
    QT_TRANSLATE_NOOP("RefiTexts", "The root element is <{tag}>, not a REFI-QDA <CodeBook>."),
    QT_TRANSLATE_NOOP("RefiTexts", "The root element is <{tag}>, not a REFI-QDA <Project>."),
    QT_TRANSLATE_NOOP("RefiTexts", "The REFI-QDA file we built does not validate against {schema} (line {line}: "
                                   "{detail}); nothing was written. This is a bug in QualCode: please report it."),
)

#: what an import or export adapted or could not keep (the report's phrases)
REPORT = rules(
    "RefiTexts",
    # adapted
    QT_TRANSLATE_NOOP("RefiTexts", "Description given as an attribute, read as the element"),
    QT_TRANSLATE_NOOP("RefiTexts", "empty <Sets/> accepted (the schema wants at least one Set)"),
    QT_TRANSLATE_NOOP("RefiTexts", "plainTextPath without internal:// looked up in sources/"),
    QT_TRANSLATE_NOOP("RefiTexts", "byte-order mark at the start of a plain text (positions count from after it)"),
    QT_TRANSLATE_NOOP("RefiTexts", "plain text not in UTF-8, read as Windows-1252"),
    QT_TRANSLATE_NOOP("RefiTexts", "text taken from the rich-text (.docx) source: the plain text was missing or "
                                   "empty (positions follow our text of the document)"),
    QT_TRANSLATE_NOOP("RefiTexts", "CRLF line ends turned into LF (positions mapped exactly)"),
    QT_TRANSLATE_NOOP("RefiTexts", "CR line ends turned into LF (positions mapped exactly)"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections with start after end, swapped"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections reaching outside their text, clipped to it"),
    QT_TRANSLATE_NOOP("RefiTexts", "project file named {member}, not project.qde"),
    QT_TRANSLATE_NOOP("RefiTexts", "three-digit colours widened to six digits"),
    QT_TRANSLATE_NOOP("RefiTexts", "colours that are not #rrggbb replaced by a palette colour"),
    QT_TRANSLATE_NOOP("RefiTexts", "codes without a colour given a palette colour"),
    QT_TRANSLATE_NOOP("RefiTexts", "code names with blank or line-break characters tidied"),
    QT_TRANSLATE_NOOP("RefiTexts", "code names longer than 200 characters shortened"),
    QT_TRANSLATE_NOOP("RefiTexts", "folders (isCodable=false) kept as ordinary codes"),
    QT_TRANSLATE_NOOP("RefiTexts", "codes that already existed (same path) reused as they are, not duplicated (the "
                                   "file's colour and description not applied)"),
    QT_TRANSLATE_NOOP("RefiTexts", "notes not attached to anything kept as project memos"),
    QT_TRANSLATE_NOOP("RefiTexts", "cases that already existed (same name) reused; their variables left as they "
                                   "were"),
    QT_TRANSLATE_NOOP("RefiTexts", "sources in more than one case: linked to the first case only"),
    QT_TRANSLATE_NOOP("RefiTexts", "documents renamed because the name was taken or blank"),
    QT_TRANSLATE_NOOP("RefiTexts", "notes on uncoded selections kept as document memos naming the text"),
    QT_TRANSLATE_NOOP("RefiTexts", "codings without a known user attributed to {coder}"),
    QT_TRANSLATE_NOOP("RefiTexts", "the same code on the same text by the same user, kept once"),
    # not kept
    QT_TRANSLATE_NOOP("RefiTexts", "text sources whose text is not in the archive"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections of those sources"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections with positions that are not numbers"),
    QT_TRANSLATE_NOOP("RefiTexts", "empty selections"),
    QT_TRANSLATE_NOOP("RefiTexts", "codings of whole sources (no selection)"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections inside notes"),
    QT_TRANSLATE_NOOP("RefiTexts", "codes attached to cases"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections attached to cases"),
    QT_TRANSLATE_NOOP("RefiTexts", "picture sources"),
    QT_TRANSLATE_NOOP("RefiTexts", "PDF sources"),
    QT_TRANSLATE_NOOP("RefiTexts", "audio sources"),
    QT_TRANSLATE_NOOP("RefiTexts", "video sources"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections in {sources}"),
    QT_TRANSLATE_NOOP("RefiTexts", "graphs"),
    QT_TRANSLATE_NOOP("RefiTexts", "references to notes that are not in the file"),
    QT_TRANSLATE_NOOP("RefiTexts", "speaker turns that do not fit their document's text"),
    QT_TRANSLATE_NOOP("RefiTexts", "variable values on sources (QualCode keeps variables on cases)"),
    QT_TRANSLATE_NOOP("RefiTexts", "selections without a code or a note"),
    QT_TRANSLATE_NOOP("RefiTexts", "codings whose code is not in the file"),
    QT_TRANSLATE_NOOP("RefiTexts", "links between objects (QualCode has no links)"),
    QT_TRANSLATE_NOOP("RefiTexts", "QualCode extension (themes, case memos, speaker turns) that could not be read"),
    QT_TRANSLATE_NOOP("RefiTexts", "themes in the extension that could not be read"),
    QT_TRANSLATE_NOOP("RefiTexts", "set members that are not codes or documents kept here (notes, missing "
                                   "objects)"),
    # left out of an export
    QT_TRANSLATE_NOOP("RefiTexts", "survey tables (export them as CSV/XLSX/SAV)"),
    QT_TRANSLATE_NOOP("RefiTexts", "saved analyses"),
    QT_TRANSLATE_NOOP("RefiTexts", "joint displays"),
    QT_TRANSLATE_NOOP("RefiTexts", "thematic map boxes"),
)


def _counted(name: str, n: int) -> str:
    """``n`` objects of one kind the report counts ("12 codes"), with the language's plural."""
    translate = QCoreApplication.translate
    texts = {
        "users": lambda: translate("RefiTexts", "%Ln user(s)", "", n),
        "codes": lambda: translate("RefiTexts", "%Ln code(s)", "", n),
        "sources": lambda: translate("RefiTexts", "%Ln source(s)", "", n),
        "selections": lambda: translate("RefiTexts", "%Ln selection(s)", "", n),
        "codings": lambda: translate("RefiTexts", "%Ln coding(s)", "", n),
        "cases": lambda: translate("RefiTexts", "%Ln case(s)", "", n),
        "variables": lambda: translate("RefiTexts", "%Ln variable(s)", "", n),
        "notes": lambda: translate("RefiTexts", "%Ln note(s)", "", n),
        "sets": lambda: translate("RefiTexts", "%Ln set(s)", "", n),
        "links": lambda: translate("RefiTexts", "%Ln link(s)", "", n),
        "themes": lambda: translate("RefiTexts", "%Ln theme(s)", "", n),
    }
    return texts[name]() if name in texts else f"{n:,} {name}"


def report_lines(report: Any, phrase: Any) -> list[str]:
    """The lines of :meth:`ExchangeReport.lines` in the interface language.

    ``phrase`` translates one adapted / not-kept phrase (the shared matcher).
    """
    translate = QCoreApplication.translate
    kept = ", ".join(_counted(name, n) for name, n in report.counts.items() if n)
    out = [translate("RefiTexts", "{file}: {kept}.").format(file=report.file,
                                                            kept=kept or translate("RefiTexts", "nothing"))]
    for title, items in ((translate("RefiTexts", "Adapted:"), report.adaptations),
                         (translate("RefiTexts", "Not kept:"), report.not_kept)):
        if items:
            out.append(title)
            out.extend(f"  {n:,} × {phrase(what)}" for what, n in items.items())
    return out
