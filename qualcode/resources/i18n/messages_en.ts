<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssistantTexts</name>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="11" />
        <source>A candidate theme needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="12" />
        <source>No case has the attribute {name} (attributes that split cases: {names}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="13" />
        <source>{name} has {n} value(s); it needs 2 to {most} to form groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="14" />
        <source>The code {name} has no coded segments and no definition to compare with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="16" />
        <source>Type something to search for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="17" />
        <source>The regular expression is not valid: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="23" />
        <source> at position {n}</source>
        <extracomment>where Python's regular-expression parser stopped ("... at position 5"), inside the error's value</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="17" />
        <source>{path} already exists; choose another name or open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="18" />
        <source>{path} already exists; choose a new name (nothing was written).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="19" />
        <source>{path} already exists; choose another name for the cleaned copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="20" />
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="21" />
        <source>The folder {path} is read-only; choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="22" />
        <source>{path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="23" />
        <source>{path} is a folder, not a project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="24" />
        <source>{path} is not a QualCode project (it is not a database file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="25" />
        <source>{path} is an SQLite database but not a QualCode project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="26" />
        <source>{path} is damaged ({detail}). Open its .bak copy or a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="27" />
        <source>{path} is damaged: {detail}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="28" />
        <source>{path} could not be read ({detail}): the disk may be full or failing. The file was not changed; free some space and open it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="30" />
        <source>{path} was saved by an older QualCode and must be upgraded, but it is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="32" />
        <source>{path} was saved by a newer QualCode (schema {detail}). Update QualCode to open it; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="34" />
        <source>{path} has no QualCode schema; it may be incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="35" />
        <source>A cleaned copy of {path} could not be written: {detail}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="37" />
        <source>{path} contains database objects QualCode did not create ({shown}). They could change or fake your data, so the project was not opened and nothing was changed. Open a cleaned copy instead: qualcode clean-copy {path} COPY.qcproj</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="43" />
        <source>An encrypted project needs a non-empty password ({path} was not written).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="46" />
        <source>{path} cannot be opened: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="48" />
        <source>{path} is encrypted (or not a QualCode project): give its password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="52" />
        <source>{path} is not an encrypted QualCode project; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="16" />
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="17" />
        <source>The file contains no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="18" />
        <source>The file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="19" />
        <source>This is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="20" />
        <source>The file cannot be read (permission denied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="21" />
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="22" />
        <source>This is not a regular file (a pipe, socket or device); refusing to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="23" />
        <source>The file is {size} bytes; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="24" />
        <source>The file is larger than the limit of {limit} bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="25" />
        <source>The text is {size} characters long; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="26" />
        <source>The text is longer than the limit of {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="27" />
        <source>The text would be longer than the limit of {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="28" />
        <source>The file has more than {limit} paragraphs (the limit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="29" />
        <source>The file has more than {limit} speaker turns (the limit); is it really a transcript?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="31" />
        <source>Unknown transcript type {suffix}; use one of {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="32" />
        <source>Speaker turns are inconsistent: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="34" />
        <source>This looks like a binary file, not text (it has NUL bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="35" />
        <source>This looks like a binary file, not text (it has many control characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="36" />
        <source>The text encoding could not be recognised; save the file as UTF-8 or name the encoding when importing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="38" />
        <source>The file looks like {codec} text but is not valid {codec}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="39" />
        <source>Unknown text encoding {encoding}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="40" />
        <source>Unknown text encoding {encoding}; use a name such as utf-8, utf-16, cp1251 or koi8-r.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="42" />
        <source>The bytes are not valid {encoding} text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="43" />
        <source>The file starts with a {codec} byte-order mark but is not valid {codec}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="45" />
        <source>The Word document has no body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="46" />
        <source>The file has no text body; is it an OpenDocument text (.odt)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="47" />
        <source>A space in 'content.xml' asks to repeat {count} times (text:c); the limit is {limit}. Refusing a damaged or hostile file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="49" />
        <source>A space count in 'content.xml' is not a number: text:c={value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="50" />
        <source>This is not an RTF file (it does not start with '{{\rtf').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="51" />
        <source>The RTF has an invalid Unicode escape {escape} (it must be between {low} and {high}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="53" />
        <source>The RTF could not be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="54" />
        <source>The HTML could not be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="55" />
        <source>The PDF is password-protected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="56" />
        <source>The PDF is damaged or not a PDF ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="57" />
        <source>The page could not be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="58" />
        <source>No page of this PDF has a text layer (a scan?); run OCR on it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="59" />
        <source>A WebVTT file must start with 'WEBVTT'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="60" />
        <source>The cue timing {timing} cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="61" />
        <source>The file has more than {limit} subtitle cues (the limit); is it really subtitles?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="63" />
        <source>The file has more than {limit} lines (the limit); is it really subtitles?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="64" />
        <source>The file has no subtitle cues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="66" />
        <source>This is not a readable {kind} file (the zip container is damaged or truncated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="68" />
        <source>This file is not in {kind} format (it is not a zip archive). Was it renamed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="70" />
        <source>The {kind} container has {count} parts; that is not a real {kind}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="71" />
        <source>The part {part} would inflate {ratio} times; refusing a possible zip bomb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="72" />
        <source>The file has no {part} part; is it really this format?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="73" />
        <source>The part {part} is {size} bytes; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="74" />
        <source>The part {part} inflates past the {limit}-byte limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="75" />
        <source>The part {part} is damaged ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="76" />
        <source>The part {part} declares a DTD or entities, which office files never do; refusing it (possible XML entity attack).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="78" />
        <source>The part {part} has about {count} XML elements; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="79" />
        <source>The part {part} nests elements more than 256 levels deep (the depth limit); real documents nest a few dozen levels. Refusing a damaged or hostile file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="81" />
        <source>The part {part} is not well-formed XML ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="82" />
        <source>The part {part} is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="84" />
        <source>Line {line}: the label {label} has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="85" />
        <source>... and {count} more labels without text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="86" />
        <source>Line {line}: text after a blank line joined to the cue before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="87" />
        <source>Line {line}: text before the first cue ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="88" />
        <source>Line {line}: empty cue skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="89" />
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="91" />
        <source>Word (.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="92" />
        <source>OpenDocument (.odt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="93" />
        <source>REFI-QDA project (.qdpx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="99" />
        <source>Unknown survey file type {suffix}; use .csv, .xlsx, .sav or .dta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="100" />
        <source>The file has no respondents (0 rows).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="101" />
        <source>The file cannot be read as {kind}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="102" />
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="103" />
        <source>The file cannot be opened: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="104" />
        <source>The {kind} file is {size}, larger than the limit of {limit}. Raise the limit in the import settings if the file is genuine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="106" />
        <source>This is not a valid .xlsx workbook (it is not a zip archive). Was it renamed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="107" />
        <source>This .xlsx workbook is damaged or incomplete (the file ends early); open it in Excel and save it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="109" />
        <source>The workbook part {part} would expand {ratio}-fold to {size}; this looks like a zip bomb and was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="111" />
        <source>The workbook would expand to {size}, more than the limit of {limit}; it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="113" />
        <source>This is not a CSV text file; it looks like {what}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="114" />
        <source>This is not a CSV text file; it contains binary data (zero bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="115" />
        <source>This is not a CSV text file; its bytes are not text in any known encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="116" />
        <source>The bytes at offset {offset} are not valid {encoding}. Choose the file's real encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="118" />
        <source>Unknown encoding {encoding}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="119" />
        <source>The file has no rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="120" />
        <source>The file has a header but no data rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="121" />
        <source>The sheet has a header but no data rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="122" />
        <source>The sheet {sheet} is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="123" />
        <source>The CSV is malformed: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="124" />
        <source>The file is not UTF-8; its encoding was guessed as {encoding}. Check accented and non-Latin letters in the preview, and choose the encoding if they look wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="127" />
        <source>{count} row(s) had fewer cells than the header and were padded with empty cells: lines {lines}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="129" />
        <source>Column {column} has no name in the header; it was called {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="130" />
        <source>Column {name}: {count} cells written {values} were read as missing values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="131" />
        <source>Column {name} is mostly numbers but has non-numeric cells {values}; it was read as text. Mark such codes as missing or fix them in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="133" />
        <source>This row has {cells} cells but the header has {width} columns; the value {value} in column {column} has no column name. Check for an unquoted {delimiter} inside a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="136" />
        <source>The column name {name} occurs twice in the header (columns {first} and {second}). Rename one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="138" />
        <source>The workbook has no sheets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="139" />
        <source>The workbook has no sheet {sheet}; its sheets are {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="140" />
        <source>The workbook cannot be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="141" />
        <source>The header row has merged cells {cells}; every column needs its own name in a single cell. Unmerge them and give each column a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="143" />
        <source>Cell {cell} holds {value} but its column has no name in the header row {row}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="145" />
        <source>The survey has no column {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="146" />
        <source>A survey variable needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="147" />
        <source>Variable {name}: a level is listed twice in {levels}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="148" />
        <source>Variable {name}: missing range {low}..{high} is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="149" />
        <source>Give the levels of ordinal variable {name}, lowest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="150" />
        <source>Variable {name}: the values {values} occur in the data but are not among the levels {levels}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="153" />
        <source>there is no column {column} to use as the ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="154" />
        <source>there is no column {column}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="155" />
        <source>there is no column {column}; columns are {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="156" />
        <source>rows {rows} have an answer in {text_column} but no ID in {id_column}; the answers cannot be linked to a case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="158" />
        <source>Duplicate IDs in the survey: {keys}. Each ID must occur once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="159" />
        <source>Duplicate case keys (after trimming/case-folding): {keys}. Each ID must occur once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="161" />
        <source>IDs in the survey differ only in upper/lower case or surrounding spaces: {keys}. They are kept as different participants; if they are the same person, correct the file (with the trim/ignore-case options they would be duplicates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="165" />
        <source>Duplicate values in the ID column {column}: {keys}. Each ID must occur once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="166" />
        <source>Values in the ID column {column} differ only in upper/lower case or surrounding spaces: {keys}. They are kept as different participants; if they are the same person, correct the file (with the trim/ignore-case options they would be duplicates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="170" />
        <source>Several survey rows link to the same case: {keys}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="171" />
        <source>There is no survey table {name} in this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="172" />
        <source>Unit must be 'case' or 'document', not {unit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="173" />
        <source>no speaker is called {names}; its speakers are {speakers}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="174" />
        <source>{language} is not a language code; use two or three letters such as ru, uz or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="177" />
        <source>The codebook is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="178" />
        <source>No column names the codes: add a 'name' (or 'path') column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="179" />
        <source>This row has no code name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="180" />
        <source>No table with a 'name' (or 'code') column was found in the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="181" />
        <source>Codebooks can be read from .csv, .xlsx or .docx files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="182" />
        <source>This is a REFI-QDA file; import it with File › Import REFI-QDA (.qdpx, .qdc)… (on the command line: qualcode refi import). Codebooks here are read from .csv, .xlsx or .docx files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="185" />
        <source>The file is {size} MB; a codebook should be far smaller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="186" />
        <source>The file could not be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="187" />
        <source>This is not a readable Excel workbook ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="188" />
        <source>This is not a readable Word document ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="189" />
        <source>Codebooks can be written as .csv, .xlsx or .docx, not {suffix}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="191" />
        <source>Variables {names} are not columns of the data to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="192" />
        <source>These column names are not valid SPSS variable names: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="193" />
        <source>These column names are not valid Stata variable names: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="194" />
        <source>Stata value labels need whole-number codes; {name} has {codes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="195" />
        <source>The {kind} file was not written completely ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="196" />
        <source>The {kind} file was not written completely ({written} of {rows} rows).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="202" />
        <source>(line {n})</source>
        <extracomment>phrases inside lists and places: "(line 3)", "(rows 2, 5)", " and 4 more"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="203" />
        <source>(page {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="204" />
        <source>(row {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="205" />
        <source>(byte {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="206" />
        <source>(rows {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="207" />
        <source> and {n} more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JointDisplayNotes</name>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="20" />
        <source>Cases n/N: linked cases (with transcripts and a survey row), N = {n}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="21" />
        <source>Cells: linked cases in the group whose transcripts contain the theme, and their % of the group's linked cases; column n is linked cases (survey n in brackets).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="23" />
        <source>{variable} split at the survey median, {cut} (high: at or above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="24" />
        <source>{variable} split at the survey threshold, {cut} (high: at or above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="25" />
        <source>The saved analysis was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="26" />
        <source>The saved analysis of this row was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="27" />
        <source>The theme was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="29" />
        <source>{problem} The theme was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="32" />
        <source>{term} is not a term of {analysis}; terms are {terms}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="38" />
        <source>Choose the survey variable that defines the groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="39" />
        <source>A threshold grouping needs a threshold value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="40" />
        <source>Give the joint display a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="41" />
        <source>A statistics-by-themes display needs a grouping variable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="42" />
        <source>There is no survey variable {name} in the case table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="43" />
        <source>There is already a joint display named {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="44" />
        <source>A statistics-by-themes row needs a theme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="45" />
        <source>This project has no joint displays yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="47" />
        <source>high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="47" />
        <source>low</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="16" />
        <source>{path} does not exist or is not a project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="17" />
        <source>{path} already exists; the merge writes a new project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="18" />
        <source>{path} is given twice; merge two different copies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="19" />
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="20" />
        <source>decision for {conflict} matches no conflict of this merge; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="22" />
        <source>decision {choice} for {conflict} is not one of {options}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="23" />
        <source>{path} must hold one JSON object of conflict id -&gt; option strings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="24" />
        <source>{path}: {conflict} is not a conflict id (kind:entity:id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="25" />
        <source>{path}: cannot read the decisions file ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="26" />
        <source>{path} is not a JSON decisions file ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="27" />
        <source>{count} document(s) only in A were kept: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="28" />
        <source>{count} theme(s) have a different status, definition or narrative in B; A's are kept: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="31" />
        <source>coding {start}-{end} of document {document} by {coder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="32" />
        <source>memo {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="33" />
        <source>edited {fields}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="34" />
        <source>edited {fields}; coded new text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="35" />
        <source>coded new text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="36" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="41" />
        <source>renamed in one copy, edited in the other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="42" />
        <source>moved in one copy, edited in the other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="43" />
        <source>edited in both copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="44" />
        <source>deleted in one copy, edited in the other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="45" />
        <source>memo edited in both copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="48" />
        <source>keep both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="49" />
        <source>keep A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="50" />
        <source>keep B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="51" />
        <source>keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="52" />
        <source>delete it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="56" />
        <source>name</source>
        <extracomment>a code's fields, as a field conflict names them ("Barriers / Stigma: definition")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="57" />
        <source>parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="58" />
        <source>colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="59" />
        <source>definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="60" />
        <source>inclusion criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="61" />
        <source>exclusion criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="62" />
        <source>example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="63" />
        <source>atypical example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="64" />
        <source>quick key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="65" />
        <source>position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="66" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="67" />
        <source>memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="70" />
        <source>codes matched by name: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="71" />
        <source>codes added from B: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="72" />
        <source>codes deleted in A: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="73" />
        <source>codes deleted in B: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="74" />
        <source>documents added from B: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="75" />
        <source>segments added from B: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="76" />
        <source>segments coded in both: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="77" />
        <source>segments deleted in A: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="78" />
        <source>segments deleted in B: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="79" />
        <source>segments dropped with their code: {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="15" />
        <source>Listwise deletion: {dropped} of {total} rows dropped (missing: {detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="16" />
        <source>Reference level of {name}: {level} (lowest level of the ordered scale).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="17" />
        <source>Reference level of {name}: {level} (most frequent level, n = {n}); choose another with reference={{...}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="19" />
        <source>Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs use the t distribution with {df} residual df.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="21" />
        <source>Standard errors assume constant variance; t with {df} df.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="22" />
        <source>Standardised beta: coefficient after refitting with the outcome and every non-0/1 design column ({cols}) z-scored on this model's estimation sample (n = {n}); transforms and interactions are standardised as the columns the model uses; 0/1 and dummy-coded columns are left as 0/1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="26" />
        <source>Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="28" />
        <source>OR per SD: odds ratio for a one-standard-deviation increase (SD on the estimation sample).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="30" />
        <source>AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the fitted probabilities, df = 8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="32" />
        <source>Only {events} cases in the rarer outcome group for {k} coefficients (fewer than 10 per coefficient): estimates may be unstable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="34" />
        <source>IRR = exp(b), the multiplicative change in the expected count; Wald z tests and 95% CIs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="36" />
        <source>Alpha is estimated at 0 (no over-dispersion): the negative binomial fit equals the Poisson fit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="38" />
        <source>Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="12" />
        <source>Two cases would both be called {name} once names are replaced; merge or rename one of them first. Nothing was replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="14" />
        <source>{document}: codings {a} and {b} (same code, same coder) would cover the same words once the name inside them is replaced; remove one of them first. Nothing was replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="17" />
        <source>{document}: the text at {start}-{end} is no longer {text}; find identifiers again before applying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="19" />
        <source>{document}: the replacement for {text} is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="20" />
        <source>Replacement at {start}-{end} overlaps another or lies outside the text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="21" />
        <source>The replacement at {start}-{end} is empty; give it a name or a tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="22" />
        <source>Looking for identifiers was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="23" />
        <source>This project allows pseudonymised exports only, and {n} identifier(s) are not reviewed yet (the first: a {kind} in {document}); review them with File &gt; Pseudonymise transcripts or 'qualcode pseudonymise'. Nothing was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="27" />
        <source>is larger than 20 MB; a roster is a list of names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="28" />
        <source>is not UTF-8 text; save the roster as CSV UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="29" />
        <source>has no 'name' column; the roster needs name,kind,replacement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="30" />
        <source>kind {kind} is not one of {kinds}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="32" />
        <source>{what} needs a non-empty password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="33" />
        <source>Keeping the mapping needs a non-empty password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="34" />
        <source>An encrypted copy needs a non-empty password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="35" />
        <source>This mapping was sealed with an unknown scheme ({scheme}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="36" />
        <source>That password does not open the stored mapping; nothing was shown or changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="37" />
        <source>{path} is the file being read; choose a new name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="38" />
        <source>{path} is already an encrypted project: copy the file itself to keep or send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="40" />
        <source>{path} is not an encrypted QualCode copy (or was made by another version).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="41" />
        <source>{path} is not an encrypted QualCode copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="42" />
        <source>{path}: wrong password (or the file was altered); nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuantTexts</name>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="47" />
        <source>{name} ({kind}) is not summarised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="48" />
        <source>{name} has no non-missing values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="49" />
        <source>{name} has a different value in every row (an identifier?); not summarised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="50" />
        <source>Numeric: mean with t-based 95% CI, SD, quartiles (R type 7). Categories: n and % of non-missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="52" />
        <source>{name} is ordinal; its levels are scored 1..{k} in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="53" />
        <source>{a}, {b}: not computable (fewer than 3 pairs or a constant variable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="54" />
        <source>Pearson r; missing data handled pairwise (n per pair shown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="55" />
        <source>Spearman rho; missing data handled pairwise (n per pair shown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="56" />
        <source>{level}% CIs by Fisher's z transformation, SE = 1/sqrt(n - 3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="57" />
        <source>p_bh: Benjamini-Hochberg adjusted across the {n} pairs of this table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="58" />
        <source>{name} correlates negatively with the other items: should it be reverse-coded?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="59" />
        <source>Estimate per item: corrected item-total correlation (item vs. the sum of the other items).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="61" />
        <source>Covariances from pairwise-complete observations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="62" />
        <source>Covariances from complete observations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="63" />
        <source>Cronbach's alpha = {alpha}, which reaches the target of {target}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="64" />
        <source>Cronbach's alpha = {alpha}, which falls short of the target of {target}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="66" />
        <source>Outcome {outcome} coded 1 = {one}, 0 = {zero} (as R's glm codes a factor: its first level is the reference).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="68" />
        <source>All models fitted on the same {n} complete cases of the largest model; the F-change test is the classical (non-robust) nested-model F test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="70" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="72" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Negative binomial chosen because alpha &gt; 0 (p &lt; .05).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="75" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson kept because the data show no significant over-dispersion (p &gt;= .05).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="78" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson was requested although the counts are over-dispersed: its SEs are too small.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="81" />
        <source>No observations in category {levels}; dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="82" />
        <source>No observations in categories {levels}; dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="83" />
        <source>Proportional-odds logit: logit P(Y &lt;= j) = theta_j - x'b; odds ratios &gt; 1 mean higher {outcome} categories are more likely. Wald z tests and 95% CIs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="85" />
        <source>Brant test: the proportional-odds assumption holds (chi2({df}) = {chi2}, {p}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="86" />
        <source>The proportional-odds assumption fails for {which}; omnibus chi2({df}) = {chi2}, {p}. The odds ratios average effects that differ between cut-points; read them with caution.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="89" />
        <source>the model as a whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="90" />
        <source>A partial proportional-odds model with cut-specific odds ratios for {terms} is reported beside it (result.partial; LR test vs proportional odds {p}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="92" />
        <source>A partial proportional-odds model could not be fitted soundly (its cumulative probabilities would cross) or no single predictor fails; the separate binary logits behind the Brant test, or a multinomial model, are alternatives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="95" />
        <source>Brant test not available: one of the binary splits behind it (Y &gt; j against Y &lt;= j) is perfectly separated by the predictors, so its slopes are infinite. The proportional-odds model itself has finite estimates and is reported; check the assumption by inspecting the categories of the separating predictor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="99" />
        <source>Partial proportional-odds logit: {terms} get one coefficient per cut-point (odds ratio of being above that cut); the other predictors keep one common odds ratio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="102" />
        <source>LR test against the proportional-odds model in fit (lr_chi2, lr_df, lr_p).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="103" />
        <source>Multiple imputation (m = {m}), pooled with Rubin's rules; t tests and CIs use the Barnard-Rubin degrees of freedom (as mice::pool). fmi = fraction of missing information.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="106" />
        <source>Imputed by chained equations (PMM with {donors} donors for continuous/count/ordinal, logistic regression for binary; {iterations} iterations; seed {seed}) using {variables}. Missing: {missing}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="109" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="110" />
        <source>Propensity of {exposure} from a logit on {covariates}; stabilised ATE weights P(A=1)/e and P(A=0)/(1-e).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="112" />
        <source>Propensity of {exposure} from a logit on {covariates}; ATT weights 1 (exposed) and e/(1-e) (unexposed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="114" />
        <source>Weighted outcome model: lm(weights = w) with sandwich::vcovHC(type = 'HC0'), t tests on the residual df (weights treated as known).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="116" />
        <source>Weighted outcome model: glm(binomial, weights = w) with sandwich (HC0) SEs, z tests (weights treated as known).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="118" />
        <source>Balance: standardised mean differences divided by the unweighted pooled SD of the two groups (cobalt/tableone); largest |SMD| {before} before, {after} after weighting (target &lt; 0.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="121" />
        <source>Some covariates remain imbalanced after weighting (|SMD| &gt;= 0.1): add them to the outcome model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="123" />
        <source>Extreme weights (max {max}): estimates may be unstable; check overlap of propensity scores.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="131" />
        <source>{name} is not a column of the data.</source>
        <extracomment>the errors a researcher meets when a model cannot be fitted ("The model could not be fitted: …")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="132" />
        <source>The formula uses {name}, which is not a column of the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="133" />
        <source>Column {name} has no non-missing values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="134" />
        <source>No row has all of {variables} observed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="135" />
        <source>{name} holds numbers but also text ({values}); recode those values as missing or numbers, or declare the column categorical.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="137" />
        <source>{name} has only one level ({level}) in the estimation sample, so it cannot be a predictor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="139" />
        <source>{name} is a {kind} variable and cannot be a model predictor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="140" />
        <source>Only {n} complete cases for {k} coefficients; the model cannot be fitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="141" />
        <source>Predictor column {name} is constant in the estimation sample (all values {value}); drop it from the model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="143" />
        <source>Predictor column {names} is a linear combination of the other predictors, exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="146" />
        <source>Predictor column {names} are linear combinations of the other predictors, exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="149" />
        <source>The {kind} model cannot be estimated on these data (singular matrix): too few cases for the number of terms, predictors that duplicate each other, or an outcome split that one predictor separates perfectly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="152" />
        <source>The outcome {name} must be coded 0/1; it has values {values}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="153" />
        <source>The outcome {name} takes only one value in the estimation sample.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="154" />
        <source>The outcome {name} has {n} distinct values ({values}); a logit needs two. Code it 0/1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="156" />
        <source>Separation: every case with {column} = {value} has {outcome} = {y}, so the odds ratio of {column} is infinite. Drop or merge {column}, or use a penalised (Firth) model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="159" />
        <source>Separation: a combination of the predictors classifies the outcome perfectly (or perfectly on one side), so maximum-likelihood odds ratios are infinite. Simplify the model, merge sparse categories, or use a penalised (Firth) model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="162" />
        <source>The logistic model did not converge in {n} iterations; this usually means (quasi-)separation or too many predictors for the number of events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="164" />
        <source>{outcome} has {n} observed categories; an ordinal model needs at least 3 (use a binary logit for 2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="166" />
        <source>The proportional-odds model did not converge (a category may be nearly empty).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="168" />
        <source>{outcome} must be a non-negative whole-number count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="169" />
        <source>{name} is nominal with {n} levels and has missing values; multiple imputation here handles continuous, count, ordinal and binary variables only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="171" />
        <source>{sentence} Affected: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="172" />
        <source>Separation: a combination of the predictors orders the outcome categories perfectly (or perfectly at one cut-point), so the proportional-odds estimates are infinite. Simplify the model or merge sparse categories.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="175" />
        <source>A binary split of the ordinal outcome is perfectly separated; the Brant test is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="177" />
        <source>The order of the outcome categories {categories} is unknown; pass levels=[lowest, ..., highest] or an ordered pandas Categorical.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="179" />
        <source>Outcome value {value} is not among the given levels {levels}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="180" />
        <source>The count outcome {outcome} is 0 for every case in the estimation sample, so there is no variation to model (R's glm reports fitted rates of 0 and an intercept running to -Inf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="183" />
        <source>The logistic model could not be fitted: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="184" />
        <source>An observation has leverage 1 (a category with a single case), so {cov} standard errors are undefined; merge rare categories.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="186" />
        <source>{small} is not nested in {large}: every term must be kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="187" />
        <source>Give the variables to analyse (variables=[...] or a formula such as 'PWB + PSSI').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="189" />
        <source>A {kind} model needs a formula such as 'y ~ x1 + x2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="190" />
        <source>A model formula needs exactly one '~': {formula}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="191" />
        <source>The formula {formula} has no outcome variable from the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="192" />
        <source>The outcome of {formula} must be one numeric column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="193" />
        <source>Cannot build the model from {formula}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="194" />
        <source>Reference level {reference} of {name} does not occur in the estimation sample; levels are {levels}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="196" />
        <source>{name} is declared {kind} but has non-numeric values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="197" />
        <source>Column(s) not in the data: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="198" />
        <source>{name} holds numbers but also text ({values}); recode those values as missing or numbers first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="200" />
        <source>{name} is not numeric; score it (e.g. low=1, medium=2, high=3) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="201" />
        <source>A correlation table needs at least two variables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="202" />
        <source>DeLong's AUC variance needs at least two cases and two controls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="203" />
        <source>The imputed data sets gave models with different terms; they cannot be pooled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="204" />
        <source>{name} has fewer than 2 observed values; it cannot be imputed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="205" />
        <source>The propensity model is (nearly) perfectly separated: some covariate pattern determines the exposure, so weights would be infinite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="207" />
        <source>The propensity model did not converge in 100 iterations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="208" />
        <source>Give at least one covariate for the propensity model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="209" />
        <source>The outcome formula must contain the exposure {exposure}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="210" />
        <source>The exposure {exposure} must be coded 0/1 with both groups present.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="211" />
        <source>A logit outcome model needs {name} coded 0/1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="212" />
        <source>Cronbach's alpha needs at least two items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="213" />
        <source>Item column(s) not in the data: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="214" />
        <source>Item {name} is not numeric.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="215" />
        <source>Some item pairs have fewer than two joint observations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="216" />
        <source>Item(s) {names} are constant; alpha is undefined.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefiTexts</name>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="18" />
        <source>REFI-QDA files end in .qdpx (a project) or .qdc (a codebook).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="19" />
        <source>The archive member {member} points outside the archive (a zip path-traversal attack); refusing the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="21" />
        <source>The archive would inflate to {size} bytes; the limit is {limit}. Refusing a possible zip bomb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="23" />
        <source>The archive has no project.qde; is it really a REFI-QDA project?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="24" />
        <source>The archive has {count} .qde files; expected one project.qde.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="25" />
        <source>The file is {size} bytes; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="26" />
        <source>The file is larger than {limit} bytes; not a codebook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="27" />
        <source>The root element is &lt;{tag}&gt;, not a REFI-QDA &lt;CodeBook&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="28" />
        <source>The root element is &lt;{tag}&gt;, not a REFI-QDA &lt;Project&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="29" />
        <source>The REFI-QDA file we built does not validate against {schema} (line {line}: {detail}); nothing was written. This is a bug in QualCode: please report it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="37" />
        <source>Description given as an attribute, read as the element</source>
        <extracomment>what an import or export adapted or could not keep (the report's phrases)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="38" />
        <source>empty &lt;Sets/&gt; accepted (the schema wants at least one Set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="39" />
        <source>plainTextPath without internal:// looked up in sources/</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="40" />
        <source>byte-order mark at the start of a plain text (positions count from after it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="41" />
        <source>plain text not in UTF-8, read as Windows-1252</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="42" />
        <source>text taken from the rich-text (.docx) source: the plain text was missing or empty (positions follow our text of the document)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="44" />
        <source>CRLF line ends turned into LF (positions mapped exactly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="45" />
        <source>CR line ends turned into LF (positions mapped exactly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="46" />
        <source>selections with start after end, swapped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="47" />
        <source>selections reaching outside their text, clipped to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="48" />
        <source>project file named {member}, not project.qde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="49" />
        <source>three-digit colours widened to six digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="50" />
        <source>colours that are not #rrggbb replaced by a palette colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="51" />
        <source>codes without a colour given a palette colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="52" />
        <source>code names with blank or line-break characters tidied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="53" />
        <source>code names longer than 200 characters shortened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="54" />
        <source>folders (isCodable=false) kept as ordinary codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="55" />
        <source>codes that already existed (same path) reused as they are, not duplicated (the file's colour and description not applied)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="57" />
        <source>notes not attached to anything kept as project memos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="58" />
        <source>cases that already existed (same name) reused; their variables left as they were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="60" />
        <source>sources in more than one case: linked to the first case only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="61" />
        <source>documents renamed because the name was taken or blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="62" />
        <source>notes on uncoded selections kept as document memos naming the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="63" />
        <source>codings without a known user attributed to {coder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="64" />
        <source>the same code on the same text by the same user, kept once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="66" />
        <source>text sources whose text is not in the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="67" />
        <source>selections of those sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="68" />
        <source>selections with positions that are not numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="69" />
        <source>empty selections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="70" />
        <source>codings of whole sources (no selection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="71" />
        <source>selections inside notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="72" />
        <source>codes attached to cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="73" />
        <source>selections attached to cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="74" />
        <source>picture sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="75" />
        <source>PDF sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="76" />
        <source>audio sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="77" />
        <source>video sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="78" />
        <source>selections in {sources}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="79" />
        <source>graphs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="80" />
        <source>references to notes that are not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="81" />
        <source>speaker turns that do not fit their document's text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="82" />
        <source>variable values on sources (QualCode keeps variables on cases)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="83" />
        <source>selections without a code or a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="84" />
        <source>codings whose code is not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="85" />
        <source>links between objects (QualCode has no links)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="86" />
        <source>QualCode extension (themes, case memos, speaker turns) that could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="87" />
        <source>themes in the extension that could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="88" />
        <source>set members that are not codes or documents kept here (notes, missing objects)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="91" />
        <source>survey tables (export them as CSV/XLSX/SAV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="92" />
        <source>saved analyses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="93" />
        <source>joint displays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="94" />
        <source>thematic map boxes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="102" />
        <source>%Ln user(s)</source>
        <translation><numerusform>%Ln user</numerusform><numerusform>%Ln users</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="103" />
        <source>%Ln code(s)</source>
        <translation><numerusform>%Ln code</numerusform><numerusform>%Ln codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="104" />
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln source</numerusform><numerusform>%Ln sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="105" />
        <source>%Ln selection(s)</source>
        <translation><numerusform>%Ln selection</numerusform><numerusform>%Ln selections</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="106" />
        <source>%Ln coding(s)</source>
        <translation><numerusform>%Ln coding</numerusform><numerusform>%Ln codings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="107" />
        <source>%Ln case(s)</source>
        <translation><numerusform>%Ln case</numerusform><numerusform>%Ln cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="108" />
        <source>%Ln variable(s)</source>
        <translation><numerusform>%Ln variable</numerusform><numerusform>%Ln variables</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="109" />
        <source>%Ln note(s)</source>
        <translation><numerusform>%Ln note</numerusform><numerusform>%Ln notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="110" />
        <source>%Ln set(s)</source>
        <translation><numerusform>%Ln set</numerusform><numerusform>%Ln sets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="111" />
        <source>%Ln link(s)</source>
        <translation><numerusform>%Ln link</numerusform><numerusform>%Ln links</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="112" />
        <source>%Ln theme(s)</source>
        <translation><numerusform>%Ln theme</numerusform><numerusform>%Ln themes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="124" />
        <source>{file}: {kept}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="125" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="126" />
        <source>Adapted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="127" />
        <source>Not kept:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="12" />
        <source>Another coder changed this at the same moment; your change was not saved and nothing of theirs was overwritten. The view now shows their version: look, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="15" />
        <source>This text is already coded with that code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="16" />
        <source>{path} is read-only: you can browse, search and export it, but not change it. Copy it to a folder you can write to (or ask its owner for write access) to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="19" />
        <source>{path} is busy: another program kept it locked for too long. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="21" />
        <source>The server refused the change: your role on {path} does not allow it (viewers can browse, search and export, not edit). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="23" />
        <source>{path}: the saved changes could not be folded back into the project file ({detail}); they are kept in {wal}, which must stay beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="25" />
        <source>{path} is not a QualCode project (it is not a database file), unless it is an encrypted project: then give its password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="27" />
        <source>{path}: wrong password (or not a QualCode project); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="28" />
        <source>A database server project cannot be encrypted by QualCode: encryption at rest is the server's job.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="30" />
        <source>{path} is already encrypted; use `qualcode passwd` to change its password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="31" />
        <source>The new password for {path} must not be empty; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="32" />
        <source>table {table} has broken references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="33" />
        <source>The disk is full: could not write {path}; the previous {name} is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="34" />
        <source>The disk is full: could not write {path}; no {name} was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="35" />
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="36" />
        <source>Coded segments can be written as .csv or .xlsx, not {suffix}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="38" />
        <source>There is no case {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="39" />
        <source>There is no code {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="40" />
        <source>There is no document {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="41" />
        <source>There is no memo {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="42" />
        <source>There is no coded segment {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="43" />
        <source>There is no theme {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="44" />
        <source>There is no saved analysis {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="45" />
        <source>There is no joint display {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="46" />
        <source>There is no joint display row {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="47" />
        <source>There is no map node {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="48" />
        <source>There is no map link {id}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="11" />
        <source>agreement needs at least two coders (rows); got {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="12" />
        <source>the matrix has no coded value at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="13" />
        <source>there is no coder {name} in this project (coders: {names})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="14" />
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="15" />
        <source>there is no code with id {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="16" />
        <source>there is no coder with id {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="17" />
        <source>choose two different coders to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="18" />
        <source>a memo decision needs the memo's text</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>