"""Import problems (transcripts, surveys, codebooks, survey links) as the services word them.

Shown in the transcript import dialog's problem column and summary, the survey import dialog
and the error dialog. See :mod:`qualcode.ui.texts.matcher`.
"""

from __future__ import annotations

from qualcode.ui.texts.matcher import fragment, rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

_N = r"[\d,.\u00a0 ]+"  # a count as the services format it ("1,048,576")

TRANSCRIPTS = rules(
    "ImportTexts",
    QT_TRANSLATE_NOOP("ImportTexts", "The file is empty."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file contains no text."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file does not exist."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is a folder, not a file."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file cannot be read (permission denied)."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a regular file (a pipe, socket or device); refusing to read it."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file is {size} bytes; the limit is {limit}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file is larger than the limit of {limit} bytes."),
    QT_TRANSLATE_NOOP("ImportTexts", "The text is {size} characters long; the limit is {limit}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The text is longer than the limit of {limit} characters."),
    QT_TRANSLATE_NOOP("ImportTexts", "The text would be longer than the limit of {limit} characters."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has more than {limit} paragraphs (the limit)."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has more than {limit} speaker turns (the limit); is it really a "
                                     "transcript?"),
    QT_TRANSLATE_NOOP("ImportTexts", "Unknown transcript type {suffix}; use one of {known}."),
    QT_TRANSLATE_NOOP("ImportTexts", "Speaker turns are inconsistent: {detail}"),
    # encodings
    QT_TRANSLATE_NOOP("ImportTexts", "This looks like a binary file, not text (it has NUL bytes)."),
    QT_TRANSLATE_NOOP("ImportTexts", "This looks like a binary file, not text (it has many control characters)."),
    QT_TRANSLATE_NOOP("ImportTexts", "The text encoding could not be recognised; save the file as UTF-8 or name "
                                     "the encoding when importing."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file looks like {codec} text but is not valid {codec}."),
    QT_TRANSLATE_NOOP("ImportTexts", "Unknown text encoding {encoding}."),
    QT_TRANSLATE_NOOP("ImportTexts", "Unknown text encoding {encoding}; use a name such as utf-8, utf-16, cp1251 "
                                     "or koi8-r."),
    QT_TRANSLATE_NOOP("ImportTexts", "The bytes are not valid {encoding} text."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file starts with a {codec} byte-order mark but is not valid {codec}."),
    # Word, OpenDocument, RTF, HTML, PDF, subtitles
    QT_TRANSLATE_NOOP("ImportTexts", "The Word document has no body."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has no text body; is it an OpenDocument text (.odt)?"),
    QT_TRANSLATE_NOOP("ImportTexts", "A space in 'content.xml' asks to repeat {count} times (text:c); the limit is "
                                     "{limit}. Refusing a damaged or hostile file."),
    QT_TRANSLATE_NOOP("ImportTexts", "A space count in 'content.xml' is not a number: text:c={value}."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not an RTF file (it does not start with '{{\\rtf')."),
    QT_TRANSLATE_NOOP("ImportTexts", "The RTF has an invalid Unicode escape {escape} (it must be between {low} and "
                                     "{high})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The RTF could not be read ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The HTML could not be read ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The PDF is password-protected."),
    QT_TRANSLATE_NOOP("ImportTexts", "The PDF is damaged or not a PDF ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The page could not be read ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "No page of this PDF has a text layer (a scan?); run OCR on it first."),
    QT_TRANSLATE_NOOP("ImportTexts", "A WebVTT file must start with 'WEBVTT'."),
    QT_TRANSLATE_NOOP("ImportTexts", "The cue timing {timing} cannot be read."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has more than {limit} subtitle cues (the limit); is it really "
                                     "subtitles?"),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has more than {limit} lines (the limit); is it really subtitles?"),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has no subtitle cues."),
    # containers (docx, odt, xlsx, qdpx) and their XML
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a readable {kind} file (the zip container is damaged or "
                                     "truncated)."),
    QT_TRANSLATE_NOOP("ImportTexts", "This file is not in {kind} format (it is not a zip archive). Was it "
                                     "renamed?"),
    QT_TRANSLATE_NOOP("ImportTexts", "The {kind} container has {count} parts; that is not a real {kind}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} would inflate {ratio} times; refusing a possible zip bomb."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has no {part} part; is it really this format?"),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} is {size} bytes; the limit is {limit}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} inflates past the {limit}-byte limit."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} is damaged ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} declares a DTD or entities, which office files never do; "
                                     "refusing it (possible XML entity attack)."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} has about {count} XML elements; the limit is {limit}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} nests elements more than 256 levels deep (the depth limit); "
                                     "real documents nest a few dozen levels. Refusing a damaged or hostile file."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} is not well-formed XML ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The part {part} is empty."),
    # the preview's notes on a file that was read
    QT_TRANSLATE_NOOP("ImportTexts", "Line {line}: the label {label} has no text."),
    QT_TRANSLATE_NOOP("ImportTexts", "... and {count} more labels without text."),
    QT_TRANSLATE_NOOP("ImportTexts", "Line {line}: text after a blank line joined to the cue before it."),
    QT_TRANSLATE_NOOP("ImportTexts", "Line {line}: text before the first cue ignored."),
    QT_TRANSLATE_NOOP("ImportTexts", "Line {line}: empty cue skipped."),
    QT_TRANSLATE_NOOP("ImportTexts", "Import cancelled; nothing was imported."),
    # a kind named inside a sentence above
    QT_TRANSLATE_NOOP("ImportTexts", "Word (.docx)"),
    QT_TRANSLATE_NOOP("ImportTexts", "OpenDocument (.odt)"),
    QT_TRANSLATE_NOOP("ImportTexts", "REFI-QDA project (.qdpx)"),
    line=r"\d+", count=_N, limit=_N, size=_N, column=r"\d+",
)

SURVEYS = rules(
    "ImportTexts",
    QT_TRANSLATE_NOOP("ImportTexts", "Unknown survey file type {suffix}; use .csv, .xlsx, .sav or .dta."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has no respondents (0 rows)."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file cannot be read as {kind}: {reason}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file is empty (0 bytes)."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file cannot be opened: {reason}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The {kind} file is {size}, larger than the limit of {limit}. Raise the limit "
                                     "in the import settings if the file is genuine."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a valid .xlsx workbook (it is not a zip archive). Was it renamed?"),
    QT_TRANSLATE_NOOP("ImportTexts", "This .xlsx workbook is damaged or incomplete (the file ends early); open it "
                                     "in Excel and save it again."),
    QT_TRANSLATE_NOOP("ImportTexts", "The workbook part {part} would expand {ratio}-fold to {size}; this looks like "
                                     "a zip bomb and was not opened."),
    QT_TRANSLATE_NOOP("ImportTexts", "The workbook would expand to {size}, more than the limit of {limit}; it was "
                                     "not opened."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a CSV text file; it looks like {what}."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a CSV text file; it contains binary data (zero bytes)."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a CSV text file; its bytes are not text in any known encoding."),
    QT_TRANSLATE_NOOP("ImportTexts", "The bytes at offset {offset} are not valid {encoding}. Choose the file's real "
                                     "encoding."),
    QT_TRANSLATE_NOOP("ImportTexts", "Unknown encoding {encoding}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has no rows."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file has a header but no data rows."),
    QT_TRANSLATE_NOOP("ImportTexts", "The sheet has a header but no data rows."),
    QT_TRANSLATE_NOOP("ImportTexts", "The sheet {sheet} is empty."),
    QT_TRANSLATE_NOOP("ImportTexts", "The CSV is malformed: {reason}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file is not UTF-8; its encoding was guessed as {encoding}. Check accented "
                                     "and non-Latin letters in the preview, and choose the encoding if they look "
                                     "wrong."),
    QT_TRANSLATE_NOOP("ImportTexts", "{count} row(s) had fewer cells than the header and were padded with empty "
                                     "cells: lines {lines}."),
    QT_TRANSLATE_NOOP("ImportTexts", "Column {column} has no name in the header; it was called {name}."),
    QT_TRANSLATE_NOOP("ImportTexts", "Column {name}: {count} cells written {values} were read as missing values."),
    QT_TRANSLATE_NOOP("ImportTexts", "Column {name} is mostly numbers but has non-numeric cells {values}; it was "
                                     "read as text. Mark such codes as missing or fix them in the file."),
    QT_TRANSLATE_NOOP("ImportTexts", "This row has {cells} cells but the header has {width} columns; the value "
                                     "{value} in column {column} has no column name. Check for an unquoted "
                                     "{delimiter} inside a value."),
    QT_TRANSLATE_NOOP("ImportTexts", "The column name {name} occurs twice in the header (columns {first} and "
                                     "{second}). Rename one of them."),
    QT_TRANSLATE_NOOP("ImportTexts", "The workbook has no sheets."),
    QT_TRANSLATE_NOOP("ImportTexts", "The workbook has no sheet {sheet}; its sheets are {names}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The workbook cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The header row has merged cells {cells}; every column needs its own name in a "
                                     "single cell. Unmerge them and give each column a name."),
    QT_TRANSLATE_NOOP("ImportTexts", "Cell {cell} holds {value} but its column has no name in the header row "
                                     "{row}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The survey has no column {name}."),
    QT_TRANSLATE_NOOP("ImportTexts", "A survey variable needs a name."),
    QT_TRANSLATE_NOOP("ImportTexts", "Variable {name}: a level is listed twice in {levels}."),
    QT_TRANSLATE_NOOP("ImportTexts", "Variable {name}: missing range {low}..{high} is empty."),
    QT_TRANSLATE_NOOP("ImportTexts", "Give the levels of ordinal variable {name}, lowest first."),
    QT_TRANSLATE_NOOP("ImportTexts", "Variable {name}: the values {values} occur in the data but are not among "
                                     "the levels {levels}."),
    # the ID column and the link to cases
    QT_TRANSLATE_NOOP("ImportTexts", "there is no column {column} to use as the ID."),
    QT_TRANSLATE_NOOP("ImportTexts", "there is no column {column}."),
    QT_TRANSLATE_NOOP("ImportTexts", "there is no column {column}; columns are {columns}."),
    QT_TRANSLATE_NOOP("ImportTexts", "rows {rows} have an answer in {text_column} but no ID in {id_column}; the "
                                     "answers cannot be linked to a case."),
    QT_TRANSLATE_NOOP("ImportTexts", "Duplicate IDs in the survey: {keys}. Each ID must occur once."),
    QT_TRANSLATE_NOOP("ImportTexts", "Duplicate case keys (after trimming/case-folding): {keys}. Each ID must occur "
                                     "once."),
    QT_TRANSLATE_NOOP("ImportTexts", "IDs in the survey differ only in upper/lower case or surrounding spaces: "
                                     "{keys}. They are kept as different participants; if they are the same person, "
                                     "correct the file (with the trim/ignore-case options they would be "
                                     "duplicates)."),
    QT_TRANSLATE_NOOP("ImportTexts", "Duplicate values in the ID column {column}: {keys}. Each ID must occur once."),
    QT_TRANSLATE_NOOP("ImportTexts", "Values in the ID column {column} differ only in upper/lower case or "
                                     "surrounding spaces: {keys}. They are kept as different participants; if they "
                                     "are the same person, correct the file (with the trim/ignore-case options they "
                                     "would be duplicates)."),
    QT_TRANSLATE_NOOP("ImportTexts", "Several survey rows link to the same case: {keys}."),
    QT_TRANSLATE_NOOP("ImportTexts", "There is no survey table {name} in this project."),
    QT_TRANSLATE_NOOP("ImportTexts", "Unit must be 'case' or 'document', not {unit}."),
    QT_TRANSLATE_NOOP("ImportTexts", "no speaker is called {names}; its speakers are {speakers}."),
    QT_TRANSLATE_NOOP("ImportTexts", "{language} is not a language code; use two or three letters such as ru, uz "
                                     "or en."),
    # codebooks (csv, xlsx, docx)
    QT_TRANSLATE_NOOP("ImportTexts", "The codebook is empty."),
    QT_TRANSLATE_NOOP("ImportTexts", "No column names the codes: add a 'name' (or 'path') column."),
    QT_TRANSLATE_NOOP("ImportTexts", "This row has no code name."),
    QT_TRANSLATE_NOOP("ImportTexts", "No table with a 'name' (or 'code') column was found in the document."),
    QT_TRANSLATE_NOOP("ImportTexts", "Codebooks can be read from .csv, .xlsx or .docx files."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is a REFI-QDA file; import it with File › Import REFI-QDA (.qdpx, "
                                     ".qdc)… (on the command line: qualcode refi import). Codebooks here are read "
                                     "from .csv, .xlsx or .docx files."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file is {size} MB; a codebook should be far smaller."),
    QT_TRANSLATE_NOOP("ImportTexts", "The file could not be read ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a readable Excel workbook ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "This is not a readable Word document ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "Codebooks can be written as .csv, .xlsx or .docx, not {suffix}."),
    # exporting a survey or case table (csv, xlsx, sav, dta)
    QT_TRANSLATE_NOOP("ImportTexts", "Variables {names} are not columns of the data to export."),
    QT_TRANSLATE_NOOP("ImportTexts", "These column names are not valid SPSS variable names: {names}."),
    QT_TRANSLATE_NOOP("ImportTexts", "These column names are not valid Stata variable names: {names}."),
    QT_TRANSLATE_NOOP("ImportTexts", "Stata value labels need whole-number codes; {name} has {codes}."),
    QT_TRANSLATE_NOOP("ImportTexts", "The {kind} file was not written completely ({reason})."),
    QT_TRANSLATE_NOOP("ImportTexts", "The {kind} file was not written completely ({written} of {rows} rows)."),
    cells=r"\d+", width=r"\d+", first=r"\d+", second=r"\d+", column=r"'[^']*'|\"[^\"]*\"|.+?",
)

#: phrases inside lists and places: "(line 3)", "(rows 2, 5)", " and 4 more"
FRAGMENTS = [fragment("ImportTexts", pattern, source) for pattern, source in (
    (r"\(line (?P<n>\d+)\)", QT_TRANSLATE_NOOP("ImportTexts", "(line {n})")),
    (r"\(page (?P<n>\d+)\)", QT_TRANSLATE_NOOP("ImportTexts", "(page {n})")),
    (r"\(row (?P<n>\d+)\)", QT_TRANSLATE_NOOP("ImportTexts", "(row {n})")),
    (r"\(byte (?P<n>\d+)\)", QT_TRANSLATE_NOOP("ImportTexts", "(byte {n})")),
    (r"\(rows (?P<n>[\d, ]+)\)", QT_TRANSLATE_NOOP("ImportTexts", "(rows {n})")),
    (r" and (?P<n>\d+) more\b", QT_TRANSLATE_NOOP("ImportTexts", " and {n} more")),
)]
