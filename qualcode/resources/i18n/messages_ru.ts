<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssistantTexts</name>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="11" />
        <source>A candidate theme needs a name.</source>
        <translation>Кандидату в темы нужно название.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="12" />
        <source>No case has the attribute {name} (attributes that split cases: {names}).</source>
        <translation>Ни у одного случая нет атрибута {name} (атрибуты, разделяющие случаи: {names}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="13" />
        <source>{name} has {n} value(s); it needs 2 to {most} to form groups.</source>
        <translation>Значений у {name}: {n}; чтобы образовать группы, нужно от 2 до {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="14" />
        <source>The code {name} has no coded segments and no definition to compare with.</source>
        <translation>У кода {name} нет ни закодированных фрагментов, ни определения для сравнения.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="16" />
        <source>Type something to search for.</source>
        <translation>Введите, что искать.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="17" />
        <source>The regular expression is not valid: {error}.</source>
        <translation>Регулярное выражение некорректно: {error}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="23" />
        <source> at position {n}</source>
        <extracomment>where Python's regular-expression parser stopped ("... at position 5"), inside the error's value</extracomment>
        <translation> в позиции {n}</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="17" />
        <source>{path} already exists; choose another name or open it.</source>
        <translation>{path} уже существует; выберите другое название или откройте его.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="18" />
        <source>{path} already exists; choose a new name (nothing was written).</source>
        <translation>{path} уже существует; выберите новое название (ничего не записано).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="19" />
        <source>{path} already exists; choose another name for the cleaned copy.</source>
        <translation>{path} уже существует; выберите другое название для очищенной копии.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="20" />
        <source>The folder {path} does not exist.</source>
        <translation>Папка {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="21" />
        <source>The folder {path} is read-only; choose a folder you can write to.</source>
        <translation>Папка {path} доступна только для чтения; выберите папку, в которую можно писать.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="22" />
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="23" />
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} — это папка, а не файл проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="24" />
        <source>{path} is not a QualCode project (it is not a database file).</source>
        <translation>{path} — не проект QualCode (это не файл базы данных).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="25" />
        <source>{path} is an SQLite database but not a QualCode project.</source>
        <translation>{path} — база данных SQLite, но не проект QualCode.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="26" />
        <source>{path} is damaged ({detail}). Open its .bak copy or a backup.</source>
        <translation>{path} повреждён ({detail}). Откройте его копию .bak или резервную копию.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="27" />
        <source>{path} is damaged: {detail}.</source>
        <translation>{path} повреждён: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="28" />
        <source>{path} could not be read ({detail}): the disk may be full or failing. The file was not changed; free some space and open it again.</source>
        <translation>{path} не удалось прочитать ({detail}): диск, возможно, переполнен или неисправен. Файл не изменён; освободите место и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="30" />
        <source>{path} was saved by an older QualCode and must be upgraded, but it is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} сохранён старой версией QualCode и требует обновления, но доступен только для чтения. Скопируйте его в папку с правом записи и откройте копию.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="32" />
        <source>{path} was saved by a newer QualCode (schema {detail}). Update QualCode to open it; the file was not changed.</source>
        <translation>{path} сохранён более новой версией QualCode (схема {detail}). Обновите QualCode, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="34" />
        <source>{path} has no QualCode schema; it may be incomplete.</source>
        <translation>В {path} нет схемы QualCode; возможно, файл неполный.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="35" />
        <source>A cleaned copy of {path} could not be written: {detail}.</source>
        <translation>Не удалось записать очищенную копию {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="37" />
        <source>{path} contains database objects QualCode did not create ({shown}). They could change or fake your data, so the project was not opened and nothing was changed. Open a cleaned copy instead: qualcode clean-copy {path} COPY.qcproj</source>
        <translation>{path} содержит объекты базы данных, которые QualCode не создавал ({shown}). Они могли бы изменить или подделать ваши данные, поэтому проект не открыт и ничего не изменено. Откройте вместо него очищенную копию: qualcode clean-copy {path} COPY.qcproj</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="43" />
        <source>An encrypted project needs a non-empty password ({path} was not written).</source>
        <translation>Зашифрованному проекту нужен непустой пароль ({path} не записан).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="46" />
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} не открывается: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="48" />
        <source>{path} is encrypted (or not a QualCode project): give its password.</source>
        <translation>{path} зашифрован (или это не проект QualCode): укажите его пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="52" />
        <source>{path} is not an encrypted QualCode project; nothing was changed.</source>
        <translation>{path} — не зашифрованный проект QualCode; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="16" />
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="17" />
        <source>The file contains no text.</source>
        <translation>В файле нет текста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="18" />
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="19" />
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="20" />
        <source>The file cannot be read (permission denied).</source>
        <translation>Файл нельзя прочитать (нет доступа).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="21" />
        <source>The file cannot be read ({reason}).</source>
        <translation>Файл нельзя прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="22" />
        <source>This is not a regular file (a pipe, socket or device); refusing to read it.</source>
        <translation>Это не обычный файл (канал, сокет или устройство); чтение отклонено.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="23" />
        <source>The file is {size} bytes; the limit is {limit}.</source>
        <translation>Размер файла — {size} байт; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="24" />
        <source>The file is larger than the limit of {limit} bytes.</source>
        <translation>Файл больше предела в {limit} байт.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="25" />
        <source>The text is {size} characters long; the limit is {limit}.</source>
        <translation>Длина текста — {size} символов; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="26" />
        <source>The text is longer than the limit of {limit} characters.</source>
        <translation>Текст длиннее предела в {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="27" />
        <source>The text would be longer than the limit of {limit} characters.</source>
        <translation>Текст получился бы длиннее предела в {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="28" />
        <source>The file has more than {limit} paragraphs (the limit).</source>
        <translation>В файле больше {limit} абзацев (это предел).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="29" />
        <source>The file has more than {limit} speaker turns (the limit); is it really a transcript?</source>
        <translation>В файле больше {limit} реплик (это предел); это точно транскрипт?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="31" />
        <source>Unknown transcript type {suffix}; use one of {known}.</source>
        <translation>Неизвестный тип транскрипта {suffix}; используйте один из: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="32" />
        <source>Speaker turns are inconsistent: {detail}</source>
        <translation>Реплики говорящих не согласованы: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="34" />
        <source>This looks like a binary file, not text (it has NUL bytes).</source>
        <translation>Похоже, это двоичный файл, а не текст (в нём есть нулевые байты).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="35" />
        <source>This looks like a binary file, not text (it has many control characters).</source>
        <translation>Похоже, это двоичный файл, а не текст (в нём много управляющих символов).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="36" />
        <source>The text encoding could not be recognised; save the file as UTF-8 or name the encoding when importing.</source>
        <translation>Не удалось определить кодировку текста; сохраните файл в UTF-8 или укажите кодировку при импорте.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="38" />
        <source>The file looks like {codec} text but is not valid {codec}.</source>
        <translation>Файл похож на текст в {codec}, но это некорректный {codec}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="39" />
        <source>Unknown text encoding {encoding}.</source>
        <translation>Неизвестная кодировка текста {encoding}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="40" />
        <source>Unknown text encoding {encoding}; use a name such as utf-8, utf-16, cp1251 or koi8-r.</source>
        <translation>Неизвестная кодировка текста {encoding}; укажите, например, utf-8, utf-16, cp1251 или koi8-r.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="42" />
        <source>The bytes are not valid {encoding} text.</source>
        <translation>Байты не являются корректным текстом в {encoding}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="43" />
        <source>The file starts with a {codec} byte-order mark but is not valid {codec}.</source>
        <translation>Файл начинается с метки порядка байтов {codec}, но это некорректный {codec}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="45" />
        <source>The Word document has no body.</source>
        <translation>В документе Word нет основного текста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="46" />
        <source>The file has no text body; is it an OpenDocument text (.odt)?</source>
        <translation>В файле нет основного текста; это точно текст OpenDocument (.odt)?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="47" />
        <source>A space in 'content.xml' asks to repeat {count} times (text:c); the limit is {limit}. Refusing a damaged or hostile file.</source>
        <translation>Пробел в 'content.xml' требует повторить его {count} раз (text:c); предел — {limit}. Повреждённый или вредоносный файл отклонён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="49" />
        <source>A space count in 'content.xml' is not a number: text:c={value}.</source>
        <translation>Число пробелов в 'content.xml' — не число: text:c={value}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="50" />
        <source>This is not an RTF file (it does not start with '{{\rtf').</source>
        <translation>Это не файл RTF (он не начинается с '{{\rtf').</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="51" />
        <source>The RTF has an invalid Unicode escape {escape} (it must be between {low} and {high}).</source>
        <translation>В RTF недопустимый код Unicode {escape} (он должен быть от {low} до {high}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="53" />
        <source>The RTF could not be read ({reason}).</source>
        <translation>Не удалось прочитать RTF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="54" />
        <source>The HTML could not be read ({reason}).</source>
        <translation>Не удалось прочитать HTML ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="55" />
        <source>The PDF is password-protected.</source>
        <translation>PDF защищён паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="56" />
        <source>The PDF is damaged or not a PDF ({reason}).</source>
        <translation>PDF повреждён или это не PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="57" />
        <source>The page could not be read ({reason}).</source>
        <translation>Не удалось прочитать страницу ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="58" />
        <source>No page of this PDF has a text layer (a scan?); run OCR on it first.</source>
        <translation>Ни на одной странице этого PDF нет текстового слоя (скан?); сначала распознайте его (OCR).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="59" />
        <source>A WebVTT file must start with 'WEBVTT'.</source>
        <translation>Файл WebVTT должен начинаться с 'WEBVTT'.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="60" />
        <source>The cue timing {timing} cannot be read.</source>
        <translation>Не удаётся прочитать время субтитра {timing}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="61" />
        <source>The file has more than {limit} subtitle cues (the limit); is it really subtitles?</source>
        <translation>В файле больше {limit} субтитров (это предел); это точно субтитры?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="63" />
        <source>The file has more than {limit} lines (the limit); is it really subtitles?</source>
        <translation>В файле больше {limit} строк (это предел); это точно субтитры?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="64" />
        <source>The file has no subtitle cues.</source>
        <translation>В файле нет субтитров.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="66" />
        <source>This is not a readable {kind} file (the zip container is damaged or truncated).</source>
        <translation>Файл не удаётся прочитать как {kind} (zip-контейнер повреждён или обрезан).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="68" />
        <source>This file is not in {kind} format (it is not a zip archive). Was it renamed?</source>
        <translation>Этот файл не в формате {kind} (это не zip-архив). Возможно, файл переименовали?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="70" />
        <source>The {kind} container has {count} parts; that is not a real {kind}.</source>
        <translation>Контейнер {kind} содержит {count} частей; настоящий {kind} так не устроен.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="71" />
        <source>The part {part} would inflate {ratio} times; refusing a possible zip bomb.</source>
        <translation>Часть {part} при распаковке выросла бы в {ratio} раз; возможная zip-бомба отклонена.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="72" />
        <source>The file has no {part} part; is it really this format?</source>
        <translation>В файле нет части {part}; это точно файл этого формата?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="73" />
        <source>The part {part} is {size} bytes; the limit is {limit}.</source>
        <translation>Размер части {part} — {size} байт; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="74" />
        <source>The part {part} inflates past the {limit}-byte limit.</source>
        <translation>Часть {part} при распаковке превышает предел в {limit} байт.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="75" />
        <source>The part {part} is damaged ({reason}).</source>
        <translation>Часть {part} повреждена ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="76" />
        <source>The part {part} declares a DTD or entities, which office files never do; refusing it (possible XML entity attack).</source>
        <translation>Часть {part} объявляет DTD или сущности, чего офисные файлы никогда не делают; файл отклонён (возможная атака через XML-сущности).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="78" />
        <source>The part {part} has about {count} XML elements; the limit is {limit}.</source>
        <translation>В части {part} около {count} XML-элементов; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="79" />
        <source>The part {part} nests elements more than 256 levels deep (the depth limit); real documents nest a few dozen levels. Refusing a damaged or hostile file.</source>
        <translation>В части {part} элементы вложены глубже 256 уровней (предел глубины); в настоящих документах — несколько десятков уровней. Повреждённый или вредоносный файл отклонён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="81" />
        <source>The part {part} is not well-formed XML ({reason}).</source>
        <translation>Часть {part} — некорректный XML ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="82" />
        <source>The part {part} is empty.</source>
        <translation>Часть {part} пуста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="84" />
        <source>Line {line}: the label {label} has no text.</source>
        <translation>Строка {line}: у метки {label} нет текста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="85" />
        <source>... and {count} more labels without text.</source>
        <translation>... и ещё {count} меток без текста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="86" />
        <source>Line {line}: text after a blank line joined to the cue before it.</source>
        <translation>Строка {line}: текст после пустой строки присоединён к предыдущему субтитру.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="87" />
        <source>Line {line}: text before the first cue ignored.</source>
        <translation>Строка {line}: текст до первого субтитра пропущен.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="88" />
        <source>Line {line}: empty cue skipped.</source>
        <translation>Строка {line}: пустой субтитр пропущен.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="89" />
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="91" />
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="92" />
        <source>OpenDocument (.odt)</source>
        <translation>OpenDocument (.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="93" />
        <source>REFI-QDA project (.qdpx)</source>
        <translation>проект REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="99" />
        <source>Unknown survey file type {suffix}; use .csv, .xlsx, .sav or .dta.</source>
        <translation>Неизвестный тип файла опроса {suffix}; используйте .csv, .xlsx, .sav или .dta.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="100" />
        <source>The file has no respondents (0 rows).</source>
        <translation>В файле нет респондентов (0 строк).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="101" />
        <source>The file cannot be read as {kind}: {reason}.</source>
        <translation>Файл нельзя прочитать как {kind}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="102" />
        <source>The file is empty (0 bytes).</source>
        <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="103" />
        <source>The file cannot be opened: {reason}.</source>
        <translation>Файл нельзя открыть: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="104" />
        <source>The {kind} file is {size}, larger than the limit of {limit}. Raise the limit in the import settings if the file is genuine.</source>
        <translation>Размер файла {kind} — {size}, больше предела {limit}. Если файл настоящий, поднимите предел в настройках импорта.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="106" />
        <source>This is not a valid .xlsx workbook (it is not a zip archive). Was it renamed?</source>
        <translation>Это не корректная книга .xlsx (это не zip-архив). Возможно, файл переименовали?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="107" />
        <source>This .xlsx workbook is damaged or incomplete (the file ends early); open it in Excel and save it again.</source>
        <translation>Эта книга .xlsx повреждена или неполна (файл обрезан); откройте её в Excel и сохраните заново.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="109" />
        <source>The workbook part {part} would expand {ratio}-fold to {size}; this looks like a zip bomb and was not opened.</source>
        <translation>Часть книги {part} при распаковке выросла бы в {ratio} раз, до {size}; это похоже на zip-бомбу, файл не открыт.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="111" />
        <source>The workbook would expand to {size}, more than the limit of {limit}; it was not opened.</source>
        <translation>При распаковке книга заняла бы {size}, больше предела {limit}; она не открыта.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="113" />
        <source>This is not a CSV text file; it looks like {what}.</source>
        <translation>Это не текстовый файл CSV; похоже, это {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="114" />
        <source>This is not a CSV text file; it contains binary data (zero bytes).</source>
        <translation>Это не текстовый файл CSV; в нём двоичные данные (нулевые байты).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="115" />
        <source>This is not a CSV text file; its bytes are not text in any known encoding.</source>
        <translation>Это не текстовый файл CSV; его байты не являются текстом ни в одной известной кодировке.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="116" />
        <source>The bytes at offset {offset} are not valid {encoding}. Choose the file's real encoding.</source>
        <translation>Байты со смещения {offset} не являются корректным {encoding}. Выберите настоящую кодировку файла.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="118" />
        <source>Unknown encoding {encoding}.</source>
        <translation>Неизвестная кодировка {encoding}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="119" />
        <source>The file has no rows.</source>
        <translation>В файле нет строк.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="120" />
        <source>The file has a header but no data rows.</source>
        <translation>В файле есть заголовок, но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="121" />
        <source>The sheet has a header but no data rows.</source>
        <translation>На листе есть заголовок, но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="122" />
        <source>The sheet {sheet} is empty.</source>
        <translation>Лист {sheet} пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="123" />
        <source>The CSV is malformed: {reason}.</source>
        <translation>Файл CSV составлен неправильно: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="124" />
        <source>The file is not UTF-8; its encoding was guessed as {encoding}. Check accented and non-Latin letters in the preview, and choose the encoding if they look wrong.</source>
        <translation>Файл не в UTF-8; его кодировка определена как {encoding}. Проверьте в предпросмотре буквы с диакритикой и нелатинские буквы и выберите кодировку, если они выглядят неправильно.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="127" />
        <source>{count} row(s) had fewer cells than the header and were padded with empty cells: lines {lines}.</source>
        <translation>Строк, где ячеек меньше, чем в заголовке, — {count}; они дополнены пустыми ячейками: строки {lines}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="129" />
        <source>Column {column} has no name in the header; it was called {name}.</source>
        <translation>У столбца {column} нет имени в заголовке; он назван {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="130" />
        <source>Column {name}: {count} cells written {values} were read as missing values.</source>
        <translation>Столбец {name}: ячейки со значениями {values} ({count}) прочитаны как пропуски.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="131" />
        <source>Column {name} is mostly numbers but has non-numeric cells {values}; it was read as text. Mark such codes as missing or fix them in the file.</source>
        <translation>Столбец {name} в основном числовой, но в нём есть нечисловые ячейки {values}; он прочитан как текст. Отметьте такие коды как пропуски или исправьте их в файле.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="133" />
        <source>This row has {cells} cells but the header has {width} columns; the value {value} in column {column} has no column name. Check for an unquoted {delimiter} inside a value.</source>
        <translation>В этой строке {cells} ячеек, а в заголовке {width} столбцов; у значения {value} в столбце {column} нет имени столбца. Проверьте, нет ли внутри значения {delimiter} без кавычек.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="136" />
        <source>The column name {name} occurs twice in the header (columns {first} and {second}). Rename one of them.</source>
        <translation>Имя столбца {name} встречается в заголовке дважды (столбцы {first} и {second}). Переименуйте один из них.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="138" />
        <source>The workbook has no sheets.</source>
        <translation>В книге нет листов.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="139" />
        <source>The workbook has no sheet {sheet}; its sheets are {names}.</source>
        <translation>В книге нет листа {sheet}; её листы: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="140" />
        <source>The workbook cannot be read ({reason}).</source>
        <translation>Книгу нельзя прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="141" />
        <source>The header row has merged cells {cells}; every column needs its own name in a single cell. Unmerge them and give each column a name.</source>
        <translation>В строке заголовка есть объединённые ячейки {cells}; у каждого столбца должно быть своё имя в отдельной ячейке. Разъедините их и дайте каждому столбцу имя.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="143" />
        <source>Cell {cell} holds {value} but its column has no name in the header row {row}.</source>
        <translation>В ячейке {cell} есть значение {value}, но у её столбца нет имени в строке заголовка {row}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="145" />
        <source>The survey has no column {name}.</source>
        <translation>В опросе нет столбца {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="146" />
        <source>A survey variable needs a name.</source>
        <translation>У переменной опроса должно быть имя.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="147" />
        <source>Variable {name}: a level is listed twice in {levels}.</source>
        <translation>Переменная {name}: уровень указан дважды в {levels}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="148" />
        <source>Variable {name}: missing range {low}..{high} is empty.</source>
        <translation>Переменная {name}: диапазон пропусков {low}..{high} пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="149" />
        <source>Give the levels of ordinal variable {name}, lowest first.</source>
        <translation>Укажите уровни порядковой переменной {name}, начиная с низшего.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="150" />
        <source>Variable {name}: the values {values} occur in the data but are not among the levels {levels}.</source>
        <translation>Переменная {name}: значения {values} есть в данных, но их нет среди уровней {levels}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="153" />
        <source>there is no column {column} to use as the ID.</source>
        <translation>нет столбца {column}, который можно взять как ID.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="154" />
        <source>there is no column {column}.</source>
        <translation>нет столбца {column}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="155" />
        <source>there is no column {column}; columns are {columns}.</source>
        <translation>нет столбца {column}; есть столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="156" />
        <source>rows {rows} have an answer in {text_column} but no ID in {id_column}; the answers cannot be linked to a case.</source>
        <translation>в строках {rows} есть ответ в {text_column}, но нет ID в {id_column}; эти ответы нельзя связать со случаем.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="158" />
        <source>Duplicate IDs in the survey: {keys}. Each ID must occur once.</source>
        <translation>Повторяющиеся ID в опросе: {keys}. Каждый ID должен встречаться один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="159" />
        <source>Duplicate case keys (after trimming/case-folding): {keys}. Each ID must occur once.</source>
        <translation>Повторяющиеся ключи случаев (после обрезки пробелов/без учёта регистра): {keys}. Каждый ID должен встречаться один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="161" />
        <source>IDs in the survey differ only in upper/lower case or surrounding spaces: {keys}. They are kept as different participants; if they are the same person, correct the file (with the trim/ignore-case options they would be duplicates).</source>
        <translation>ID в опросе различаются только регистром или пробелами по краям: {keys}. Они остаются разными участниками; если это один и тот же человек, исправьте файл (с обрезкой пробелов и без учёта регистра они стали бы повторами).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="165" />
        <source>Duplicate values in the ID column {column}: {keys}. Each ID must occur once.</source>
        <translation>Повторяющиеся значения в столбце ID {column}: {keys}. Каждый ID должен встречаться один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="166" />
        <source>Values in the ID column {column} differ only in upper/lower case or surrounding spaces: {keys}. They are kept as different participants; if they are the same person, correct the file (with the trim/ignore-case options they would be duplicates).</source>
        <translation>Значения в столбце ID {column} различаются только регистром или пробелами по краям: {keys}. Они остаются разными участниками; если это один и тот же человек, исправьте файл (с обрезкой пробелов и без учёта регистра они стали бы повторами).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="170" />
        <source>Several survey rows link to the same case: {keys}.</source>
        <translation>Несколько строк опроса связаны с одним и тем же случаем: {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="171" />
        <source>There is no survey table {name} in this project.</source>
        <translation>В этом проекте нет таблицы опроса {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="172" />
        <source>Unit must be 'case' or 'document', not {unit}.</source>
        <translation>Единица должна быть 'case' или 'document', а не {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="173" />
        <source>no speaker is called {names}; its speakers are {speakers}.</source>
        <translation>нет говорящего с именем {names}; говорящие в нём: {speakers}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="174" />
        <source>{language} is not a language code; use two or three letters such as ru, uz or en.</source>
        <translation>{language} — не код языка; используйте две или три буквы, например ru, uz или en.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="177" />
        <source>The codebook is empty.</source>
        <translation>Кодовая книга пуста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="178" />
        <source>No column names the codes: add a 'name' (or 'path') column.</source>
        <translation>Ни один столбец не содержит имён кодов: добавьте столбец 'name' (или 'path').</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="179" />
        <source>This row has no code name.</source>
        <translation>В этой строке нет имени кода.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="180" />
        <source>No table with a 'name' (or 'code') column was found in the document.</source>
        <translation>В документе не найдена таблица со столбцом 'name' (или 'code').</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="181" />
        <source>Codebooks can be read from .csv, .xlsx or .docx files.</source>
        <translation>Кодовые книги читаются из файлов .csv, .xlsx или .docx.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="182" />
        <source>This is a REFI-QDA file; import it with File › Import REFI-QDA (.qdpx, .qdc)… (on the command line: qualcode refi import). Codebooks here are read from .csv, .xlsx or .docx files.</source>
        <translation>Это файл REFI-QDA; импортируйте его через Файл › Импорт REFI-QDA (.qdpx, .qdc)… (в командной строке: qualcode refi import). Кодовые книги здесь читаются из файлов .csv, .xlsx или .docx.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="185" />
        <source>The file is {size} MB; a codebook should be far smaller.</source>
        <translation>Размер файла — {size} МБ; кодовая книга должна быть гораздо меньше.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="186" />
        <source>The file could not be read ({reason}).</source>
        <translation>Не удалось прочитать файл ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="187" />
        <source>This is not a readable Excel workbook ({reason}).</source>
        <translation>Это не читаемая книга Excel ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="188" />
        <source>This is not a readable Word document ({reason}).</source>
        <translation>Это не читаемый документ Word ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="189" />
        <source>Codebooks can be written as .csv, .xlsx or .docx, not {suffix}.</source>
        <translation>Кодовые книги записываются в .csv, .xlsx или .docx, а не в {suffix}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="191" />
        <source>Variables {names} are not columns of the data to export.</source>
        <translation>Переменные {names} — не столбцы экспортируемых данных.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="192" />
        <source>These column names are not valid SPSS variable names: {names}.</source>
        <translation>Эти имена столбцов недопустимы как имена переменных SPSS: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="193" />
        <source>These column names are not valid Stata variable names: {names}.</source>
        <translation>Эти имена столбцов недопустимы как имена переменных Stata: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="194" />
        <source>Stata value labels need whole-number codes; {name} has {codes}.</source>
        <translation>Метки значений Stata требуют целочисленных кодов; у {name} коды {codes}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="195" />
        <source>The {kind} file was not written completely ({reason}).</source>
        <translation>Файл {kind} записан не полностью ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="196" />
        <source>The {kind} file was not written completely ({written} of {rows} rows).</source>
        <translation>Файл {kind} записан не полностью ({written} из {rows} строк).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="202" />
        <source>(line {n})</source>
        <extracomment>phrases inside lists and places: "(line 3)", "(rows 2, 5)", " and 4 more"</extracomment>
        <translation>(строка {n})</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="203" />
        <source>(page {n})</source>
        <translation>(страница {n})</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="204" />
        <source>(row {n})</source>
        <translation>(строка {n})</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="205" />
        <source>(byte {n})</source>
        <translation>(байт {n})</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="206" />
        <source>(rows {n})</source>
        <translation>(строки {n})</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="207" />
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
</context>
<context>
    <name>JointDisplayNotes</name>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="20" />
        <source>Cases n/N: linked cases (with transcripts and a survey row), N = {n}.</source>
        <translation>Случаи n/N: связанные случаи (с транскриптами и строкой опроса), N = {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="21" />
        <source>Cells: linked cases in the group whose transcripts contain the theme, and their % of the group's linked cases; column n is linked cases (survey n in brackets).</source>
        <translation>Ячейки: связанные случаи группы, в транскриптах которых есть тема, и их % от связанных случаев группы; n столбца — связанные случаи (n опроса в скобках).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="23" />
        <source>{variable} split at the survey median, {cut} (high: at or above).</source>
        <translation>{variable} разделена по медиане опроса, {cut} (высокий: не ниже).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="24" />
        <source>{variable} split at the survey threshold, {cut} (high: at or above).</source>
        <translation>{variable} разделена по порогу опроса, {cut} (высокий: не ниже).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="25" />
        <source>The saved analysis was deleted.</source>
        <translation>Сохранённый анализ удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="26" />
        <source>The saved analysis of this row was deleted.</source>
        <translation>Сохранённый анализ этой строки удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="27" />
        <source>The theme was deleted.</source>
        <translation>Тема удалена.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="29" />
        <source>{problem} The theme was deleted.</source>
        <translation>{problem} Тема удалена.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="32" />
        <source>{term} is not a term of {analysis}; terms are {terms}.</source>
        <translation>{term} не является параметром {analysis}; параметры: {terms}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="38" />
        <source>Choose the survey variable that defines the groups.</source>
        <translation>Выберите переменную опроса, которая задаёт группы.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="39" />
        <source>A threshold grouping needs a threshold value.</source>
        <translation>Для группировки по порогу нужно значение порога.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="40" />
        <source>Give the joint display a name.</source>
        <translation>Дайте совместному представлению название.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="41" />
        <source>A statistics-by-themes display needs a grouping variable.</source>
        <translation>Для представления «статистика по темам» нужна группирующая переменная.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="42" />
        <source>There is no survey variable {name} in the case table.</source>
        <translation>В таблице случаев нет переменной опроса {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="43" />
        <source>There is already a joint display named {name}.</source>
        <translation>Совместное представление с названием {name} уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="44" />
        <source>A statistics-by-themes row needs a theme.</source>
        <translation>Строке «статистики по темам» нужна тема.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="45" />
        <source>This project has no joint displays yet.</source>
        <translation>В этом проекте пока нет совместных представлений.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="47" />
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="47" />
        <source>low</source>
        <translation>низкий</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="16" />
        <source>{path} does not exist or is not a project file.</source>
        <translation>{path} не существует или не является файлом проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="17" />
        <source>{path} already exists; the merge writes a new project file.</source>
        <translation>{path} уже существует; объединение записывает новый файл проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="18" />
        <source>{path} is given twice; merge two different copies.</source>
        <translation>{path} указан дважды; объединяйте две разные копии.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="19" />
        <source>The folder {path} does not exist.</source>
        <translation>Папка {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="20" />
        <source>decision for {conflict} matches no conflict of this merge; nothing was written.</source>
        <translation>решение для {conflict} не соответствует ни одному конфликту этого объединения; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="22" />
        <source>decision {choice} for {conflict} is not one of {options}.</source>
        <translation>решение {choice} для {conflict} не входит в число вариантов: {options}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="23" />
        <source>{path} must hold one JSON object of conflict id -&gt; option strings.</source>
        <translation>{path} должен содержать один объект JSON вида «идентификатор конфликта -&gt; вариант».</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="24" />
        <source>{path}: {conflict} is not a conflict id (kind:entity:id).</source>
        <translation>{path}: {conflict} — не идентификатор конфликта (вид:объект:номер).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="25" />
        <source>{path}: cannot read the decisions file ({reason}).</source>
        <translation>{path}: не удаётся прочитать файл решений ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="26" />
        <source>{path} is not a JSON decisions file ({reason}).</source>
        <translation>{path} — не файл решений в формате JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="27" />
        <source>{count} document(s) only in A were kept: {names}</source>
        <translation>Документы, которые есть только в A, сохранены ({count}): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="28" />
        <source>{count} theme(s) have a different status, definition or narrative in B; A's are kept: {names}</source>
        <translation>У тем в B другой статус, определение или описание ({count}); сохранены варианты из A: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="31" />
        <source>coding {start}-{end} of document {document} by {coder}</source>
        <translation>кодирование {start}-{end} в документе {document}, кодировщик {coder}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="32" />
        <source>memo {title}</source>
        <translation>заметка {title}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="33" />
        <source>edited {fields}</source>
        <translation>изменено: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="34" />
        <source>edited {fields}; coded new text</source>
        <translation>изменено: {fields}; закодирован новый текст</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="35" />
        <source>coded new text</source>
        <translation>закодирован новый текст</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="36" />
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="41" />
        <source>renamed in one copy, edited in the other</source>
        <translation>переименован в одной копии, изменён в другой</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="42" />
        <source>moved in one copy, edited in the other</source>
        <translation>перемещён в одной копии, изменён в другой</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="43" />
        <source>edited in both copies</source>
        <translation>изменён в обеих копиях</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="44" />
        <source>deleted in one copy, edited in the other</source>
        <translation>удалён в одной копии, изменён в другой</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="45" />
        <source>memo edited in both copies</source>
        <translation>заметка изменена в обеих копиях</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="48" />
        <source>keep both</source>
        <translation>оставить оба</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="49" />
        <source>keep A</source>
        <translation>оставить A</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="50" />
        <source>keep B</source>
        <translation>оставить B</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="51" />
        <source>keep it</source>
        <translation>оставить</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="52" />
        <source>delete it</source>
        <translation>удалить</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="56" />
        <source>name</source>
        <extracomment>a code's fields, as a field conflict names them ("Barriers / Stigma: definition")</extracomment>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="57" />
        <source>parent</source>
        <translation>родительский код</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="58" />
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="59" />
        <source>definition</source>
        <translation>определение</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="60" />
        <source>inclusion criteria</source>
        <translation>критерии включения</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="61" />
        <source>exclusion criteria</source>
        <translation>критерии исключения</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="62" />
        <source>example</source>
        <translation>пример</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="63" />
        <source>atypical example</source>
        <translation>нетипичный пример</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="64" />
        <source>quick key</source>
        <translation>быстрая клавиша</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="65" />
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="66" />
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="67" />
        <source>memo</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="70" />
        <source>codes matched by name: {n}</source>
        <translation>кодов сопоставлено по имени: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="71" />
        <source>codes added from B: {n}</source>
        <translation>кодов добавлено из B: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="72" />
        <source>codes deleted in A: {n}</source>
        <translation>кодов удалено в A: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="73" />
        <source>codes deleted in B: {n}</source>
        <translation>кодов удалено в B: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="74" />
        <source>documents added from B: {n}</source>
        <translation>документов добавлено из B: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="75" />
        <source>segments added from B: {n}</source>
        <translation>фрагментов добавлено из B: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="76" />
        <source>segments coded in both: {n}</source>
        <translation>фрагментов закодировано в обеих: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="77" />
        <source>segments deleted in A: {n}</source>
        <translation>фрагментов удалено в A: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="78" />
        <source>segments deleted in B: {n}</source>
        <translation>фрагментов удалено в B: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="79" />
        <source>segments dropped with their code: {n}</source>
        <translation>фрагментов удалено вместе с кодом: {n}</translation>
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="15" />
        <source>Listwise deletion: {dropped} of {total} rows dropped (missing: {detail}).</source>
        <translation>Построчное удаление: исключено {dropped} из {total} строк (пропуски: {detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="16" />
        <source>Reference level of {name}: {level} (lowest level of the ordered scale).</source>
        <translation>Опорный уровень {name}: {level} (низший уровень порядковой шкалы).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="17" />
        <source>Reference level of {name}: {level} (most frequent level, n = {n}); choose another with reference={{...}}.</source>
        <translation>Опорный уровень {name}: {level} (самый частый уровень, n = {n}); другой можно выбрать в поле «Опорный уровень».</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="19" />
        <source>Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs use the t distribution with {df} residual df.</source>
        <translation>Стандартные ошибки: {cov} (устойчивые к гетероскедастичности); p-значения и 95% ДИ по t-распределению с {df} остаточными степенями свободы.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="21" />
        <source>Standard errors assume constant variance; t with {df} df.</source>
        <translation>Стандартные ошибки предполагают постоянную дисперсию; t с {df} степенями свободы.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="22" />
        <source>Standardised beta: coefficient after refitting with the outcome and every non-0/1 design column ({cols}) z-scored on this model's estimation sample (n = {n}); transforms and interactions are standardised as the columns the model uses; 0/1 and dummy-coded columns are left as 0/1.</source>
        <translation>Стандартизованный β: коэффициент после повторной оценки, в которой зависимая переменная и все столбцы плана, кроме 0/1 ({cols}), z-стандартизованы на выборке оценивания этой модели (n = {n}); преобразования и взаимодействия стандартизуются как столбцы модели; столбцы 0/1 и фиктивные переменные остаются 0/1.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="26" />
        <source>Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood.</source>
        <translation>Отношения шансов с 95% ДИ Вальда, exp(b ± 1,96 SE); метод максимального правдоподобия без штрафа.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="28" />
        <source>OR per SD: odds ratio for a one-standard-deviation increase (SD on the estimation sample).</source>
        <translation>ОШ на 1 СО: отношение шансов при увеличении на одно стандартное отклонение (СО по выборке оценивания).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="30" />
        <source>AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the fitted probabilities, df = 8.</source>
        <translation>95% ДИ для AUC методом ДеЛонга; критерий Хосмера–Лемешова с 10 группами по квантилям предсказанных вероятностей, df = 8.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="32" />
        <source>Only {events} cases in the rarer outcome group for {k} coefficients (fewer than 10 per coefficient): estimates may be unstable.</source>
        <translation>В более редкой группе исхода только {events} случаев на {k} коэффициентов (меньше 10 на коэффициент): оценки могут быть неустойчивыми.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="34" />
        <source>IRR = exp(b), the multiplicative change in the expected count; Wald z tests and 95% CIs.</source>
        <translation>ОЧС = exp(b), мультипликативное изменение ожидаемого числа; z-тесты Вальда и 95% ДИ.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="36" />
        <source>Alpha is estimated at 0 (no over-dispersion): the negative binomial fit equals the Poisson fit.</source>
        <translation>Оценка alpha равна 0 (нет сверхдисперсии): отрицательная биномиальная модель совпадает с моделью Пуассона.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="38" />
        <source>Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*).</source>
        <translation>Оценки по полным случаям (n = {n}) показаны рядом с объединёнными (cc_*).</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="12" />
        <source>Two cases would both be called {name} once names are replaced; merge or rename one of them first. Nothing was replaced.</source>
        <translation>После замены имён два случая назывались бы {name}; сначала объедините или переименуйте один из них. Ничего не заменено.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="14" />
        <source>{document}: codings {a} and {b} (same code, same coder) would cover the same words once the name inside them is replaced; remove one of them first. Nothing was replaced.</source>
        <translation>{document}: после замены имени внутри них кодировки {a} и {b} (тот же код, тот же кодировщик) покрывали бы одни и те же слова; сначала удалите одну из них. Ничего не заменено.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="17" />
        <source>{document}: the text at {start}-{end} is no longer {text}; find identifiers again before applying.</source>
        <translation>{document}: текст в позиции {start}-{end} уже не {text}; перед применением найдите идентификаторы заново.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="19" />
        <source>{document}: the replacement for {text} is empty.</source>
        <translation>{document}: замена для {text} пуста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="20" />
        <source>Replacement at {start}-{end} overlaps another or lies outside the text.</source>
        <translation>Замена в позиции {start}-{end} пересекается с другой или выходит за пределы текста.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="21" />
        <source>The replacement at {start}-{end} is empty; give it a name or a tag.</source>
        <translation>Замена в позиции {start}-{end} пуста; укажите имя или метку.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="22" />
        <source>Looking for identifiers was cancelled.</source>
        <translation>Поиск идентификаторов отменён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="23" />
        <source>This project allows pseudonymised exports only, and {n} identifier(s) are not reviewed yet (the first: a {kind} in {document}); review them with File &gt; Pseudonymise transcripts or 'qualcode pseudonymise'. Nothing was exported.</source>
        <translation>Этот проект разрешает экспорт только после псевдонимизации, а непроверенных идентификаторов: {n} (первый: {kind} в {document}); проверьте их через Файл &gt; Псевдонимизация транскриптов или «qualcode pseudonymise». Ничего не экспортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="27" />
        <source>is larger than 20 MB; a roster is a list of names.</source>
        <translation>больше 20 МБ; список имён — это просто перечень имён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="28" />
        <source>is not UTF-8 text; save the roster as CSV UTF-8.</source>
        <translation>не текст в UTF-8; сохраните список имён как CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="29" />
        <source>has no 'name' column; the roster needs name,kind,replacement.</source>
        <translation>нет столбца «name»; списку имён нужны столбцы name,kind,replacement.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="30" />
        <source>kind {kind} is not one of {kinds}.</source>
        <translation>вид {kind} — не один из: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="32" />
        <source>{what} needs a non-empty password.</source>
        <translation>{what}: нужен непустой пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="33" />
        <source>Keeping the mapping needs a non-empty password.</source>
        <translation>Чтобы сохранить соответствие, нужен непустой пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="34" />
        <source>An encrypted copy needs a non-empty password.</source>
        <translation>Зашифрованной копии нужен непустой пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="35" />
        <source>This mapping was sealed with an unknown scheme ({scheme}).</source>
        <translation>Это соответствие запечатано неизвестной схемой ({scheme}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="36" />
        <source>That password does not open the stored mapping; nothing was shown or changed.</source>
        <translation>Этот пароль не открывает сохранённое соответствие; ничего не показано и не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="37" />
        <source>{path} is the file being read; choose a new name.</source>
        <translation>{path} — это читаемый файл; выберите новое название.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="38" />
        <source>{path} is already an encrypted project: copy the file itself to keep or send it.</source>
        <translation>{path} уже зашифрованный проект: чтобы сохранить или отправить его, скопируйте сам файл.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="40" />
        <source>{path} is not an encrypted QualCode copy (or was made by another version).</source>
        <translation>{path} — не зашифрованная копия QualCode (или сделана другой версией).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="41" />
        <source>{path} is not an encrypted QualCode copy.</source>
        <translation>{path} — не зашифрованная копия QualCode.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="42" />
        <source>{path}: wrong password (or the file was altered); nothing was written.</source>
        <translation>{path}: неверный пароль (или файл был изменён); ничего не записано.</translation>
    </message>
</context>
<context>
    <name>QuantTexts</name>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="47" />
        <source>{name} ({kind}) is not summarised.</source>
        <translation>{name} ({kind}) не описывается.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="48" />
        <source>{name} has no non-missing values.</source>
        <translation>У {name} нет непропущенных значений.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="49" />
        <source>{name} has a different value in every row (an identifier?); not summarised.</source>
        <translation>У {name} в каждой строке своё значение (идентификатор?); не описывается.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="50" />
        <source>Numeric: mean with t-based 95% CI, SD, quartiles (R type 7). Categories: n and % of non-missing.</source>
        <translation>Числовые: среднее с 95% ДИ по t, SD, квартили (R, тип 7). Категории: n и % от непропущенных.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="52" />
        <source>{name} is ordinal; its levels are scored 1..{k} in order.</source>
        <translation>{name} — порядковая; её уровни получают баллы 1..{k} по порядку.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="53" />
        <source>{a}, {b}: not computable (fewer than 3 pairs or a constant variable).</source>
        <translation>{a}, {b}: нельзя вычислить (меньше 3 пар или постоянная переменная).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="54" />
        <source>Pearson r; missing data handled pairwise (n per pair shown).</source>
        <translation>r Пирсона; пропуски исключены попарно (n указано для каждой пары).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="55" />
        <source>Spearman rho; missing data handled pairwise (n per pair shown).</source>
        <translation>ро Спирмена; пропуски исключены попарно (n указано для каждой пары).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="56" />
        <source>{level}% CIs by Fisher's z transformation, SE = 1/sqrt(n - 3).</source>
        <translation>{level}% ДИ по z-преобразованию Фишера, SE = 1/sqrt(n - 3).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="57" />
        <source>p_bh: Benjamini-Hochberg adjusted across the {n} pairs of this table.</source>
        <translation>p_bh: поправка Бенджамини–Хохберга по {n} парам этой таблицы.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="58" />
        <source>{name} correlates negatively with the other items: should it be reverse-coded?</source>
        <translation>{name} отрицательно коррелирует с другими пунктами: может быть, его нужно перекодировать в обратную сторону?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="59" />
        <source>Estimate per item: corrected item-total correlation (item vs. the sum of the other items).</source>
        <translation>Оценка для пункта: исправленная корреляция пункта с суммой (пункт против суммы остальных пунктов).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="61" />
        <source>Covariances from pairwise-complete observations.</source>
        <translation>Ковариации по попарно полным наблюдениям.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="62" />
        <source>Covariances from complete observations.</source>
        <translation>Ковариации по полным наблюдениям.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="63" />
        <source>Cronbach's alpha = {alpha}, which reaches the target of {target}.</source>
        <translation>Альфа Кронбаха = {alpha}, что достигает целевого значения {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="64" />
        <source>Cronbach's alpha = {alpha}, which falls short of the target of {target}.</source>
        <translation>Альфа Кронбаха = {alpha}, что ниже целевого значения {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="66" />
        <source>Outcome {outcome} coded 1 = {one}, 0 = {zero} (as R's glm codes a factor: its first level is the reference).</source>
        <translation>Исход {outcome} закодирован 1 = {one}, 0 = {zero} (как glm в R кодирует фактор: его первый уровень — опорный).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="68" />
        <source>All models fitted on the same {n} complete cases of the largest model; the F-change test is the classical (non-robust) nested-model F test.</source>
        <translation>Все модели оценены на тех же {n} полных случаях самой большой модели; тест изменения F — классический (неробастный) F-тест вложенных моделей.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="70" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb).</source>
        <translation>Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; alpha = {alpha} (= 1/theta в MASS::glm.nb).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="72" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Negative binomial chosen because alpha &gt; 0 (p &lt; .05).</source>
        <translation>Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; alpha = {alpha} (= 1/theta в MASS::glm.nb). Выбрана отрицательная биномиальная модель, так как alpha &gt; 0 (p &lt; .05).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="75" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson kept because the data show no significant over-dispersion (p &gt;= .05).</source>
        <translation>Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; alpha = {alpha} (= 1/theta в MASS::glm.nb). Оставлена модель Пуассона: значимой избыточной дисперсии в данных нет (p &gt;= .05).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="78" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson was requested although the counts are over-dispersed: its SEs are too small.</source>
        <translation>Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; alpha = {alpha} (= 1/theta в MASS::glm.nb). Запрошена модель Пуассона, хотя у счётчиков избыточная дисперсия: её SE занижены.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="81" />
        <source>No observations in category {levels}; dropped.</source>
        <translation>В категории {levels} нет наблюдений; она исключена.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="82" />
        <source>No observations in categories {levels}; dropped.</source>
        <translation>В категориях {levels} нет наблюдений; они исключены.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="83" />
        <source>Proportional-odds logit: logit P(Y &lt;= j) = theta_j - x'b; odds ratios &gt; 1 mean higher {outcome} categories are more likely. Wald z tests and 95% CIs.</source>
        <translation>Логит пропорциональных шансов: logit P(Y &lt;= j) = theta_j - x'b; отношения шансов &gt; 1 означают, что более высокие категории {outcome} вероятнее. z-тесты Вальда и 95% ДИ.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="85" />
        <source>Brant test: the proportional-odds assumption holds (chi2({df}) = {chi2}, {p}).</source>
        <translation>Тест Бранта: допущение пропорциональных шансов выполняется (chi2({df}) = {chi2}, {p}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="86" />
        <source>The proportional-odds assumption fails for {which}; omnibus chi2({df}) = {chi2}, {p}. The odds ratios average effects that differ between cut-points; read them with caution.</source>
        <translation>Допущение пропорциональных шансов нарушено для {which}; общий chi2({df}) = {chi2}, {p}. Отношения шансов усредняют эффекты, различающиеся между порогами; читайте их с осторожностью.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="89" />
        <source>the model as a whole</source>
        <translation>модели в целом</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="90" />
        <source>A partial proportional-odds model with cut-specific odds ratios for {terms} is reported beside it (result.partial; LR test vs proportional odds {p}).</source>
        <translation>Рядом приведена модель частично пропорциональных шансов с отношениями шансов по порогам для {terms} (result.partial; LR-тест против пропорциональных шансов {p}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="92" />
        <source>A partial proportional-odds model could not be fitted soundly (its cumulative probabilities would cross) or no single predictor fails; the separate binary logits behind the Brant test, or a multinomial model, are alternatives.</source>
        <translation>Модель частично пропорциональных шансов не удалось надёжно оценить (её кумулятивные вероятности пересекались бы) или ни один отдельный предиктор не нарушает допущение; альтернативы — отдельные бинарные логиты теста Бранта или мультиномиальная модель.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="95" />
        <source>Brant test not available: one of the binary splits behind it (Y &gt; j against Y &lt;= j) is perfectly separated by the predictors, so its slopes are infinite. The proportional-odds model itself has finite estimates and is reported; check the assumption by inspecting the categories of the separating predictor.</source>
        <translation>Тест Бранта недоступен: одно из бинарных разбиений (Y &gt; j против Y &lt;= j) полностью разделяется предикторами, поэтому его наклоны бесконечны. У самой модели пропорциональных шансов оценки конечны, она приведена; проверьте допущение, посмотрев на категории разделяющего предиктора.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="99" />
        <source>Partial proportional-odds logit: {terms} get one coefficient per cut-point (odds ratio of being above that cut); the other predictors keep one common odds ratio.</source>
        <translation>Логит частично пропорциональных шансов: {terms} получают по коэффициенту на каждый порог (отношение шансов оказаться выше порога); у остальных предикторов одно общее отношение шансов.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="102" />
        <source>LR test against the proportional-odds model in fit (lr_chi2, lr_df, lr_p).</source>
        <translation>LR-тест против модели пропорциональных шансов — в fit (lr_chi2, lr_df, lr_p).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="103" />
        <source>Multiple imputation (m = {m}), pooled with Rubin's rules; t tests and CIs use the Barnard-Rubin degrees of freedom (as mice::pool). fmi = fraction of missing information.</source>
        <translation>Множественная импутация (m = {m}), объединение по правилам Рубина; t-тесты и ДИ используют степени свободы Барнарда–Рубина (как mice::pool). fmi — доля недостающей информации.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="106" />
        <source>Imputed by chained equations (PMM with {donors} donors for continuous/count/ordinal, logistic regression for binary; {iterations} iterations; seed {seed}) using {variables}. Missing: {missing}.</source>
        <translation>Импутация цепными уравнениями (PMM с {donors} донорами для непрерывных/счётных/порядковых, логистическая регрессия для бинарных; итераций: {iterations}; seed {seed}) по {variables}. Пропуски: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="109" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="110" />
        <source>Propensity of {exposure} from a logit on {covariates}; stabilised ATE weights P(A=1)/e and P(A=0)/(1-e).</source>
        <translation>Склонность к {exposure} по логиту на {covariates}; стабилизированные веса ATE P(A=1)/e и P(A=0)/(1-e).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="112" />
        <source>Propensity of {exposure} from a logit on {covariates}; ATT weights 1 (exposed) and e/(1-e) (unexposed).</source>
        <translation>Склонность к {exposure} по логиту на {covariates}; веса ATT 1 (с воздействием) и e/(1-e) (без воздействия).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="114" />
        <source>Weighted outcome model: lm(weights = w) with sandwich::vcovHC(type = 'HC0'), t tests on the residual df (weights treated as known).</source>
        <translation>Взвешенная модель исхода: lm(weights = w) с sandwich::vcovHC(type = 'HC0'), t-тесты на остаточных df (веса считаются известными).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="116" />
        <source>Weighted outcome model: glm(binomial, weights = w) with sandwich (HC0) SEs, z tests (weights treated as known).</source>
        <translation>Взвешенная модель исхода: glm(binomial, weights = w) с SE sandwich (HC0), z-тесты (веса считаются известными).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="118" />
        <source>Balance: standardised mean differences divided by the unweighted pooled SD of the two groups (cobalt/tableone); largest |SMD| {before} before, {after} after weighting (target &lt; 0.1).</source>
        <translation>Баланс: стандартизованные разности средних, делённые на невзвешенное объединённое SD двух групп (cobalt/tableone); наибольшее |SMD| {before} до и {after} после взвешивания (цель &lt; 0.1).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="121" />
        <source>Some covariates remain imbalanced after weighting (|SMD| &gt;= 0.1): add them to the outcome model.</source>
        <translation>Некоторые ковариаты после взвешивания остаются несбалансированными (|SMD| &gt;= 0.1): добавьте их в модель исхода.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="123" />
        <source>Extreme weights (max {max}): estimates may be unstable; check overlap of propensity scores.</source>
        <translation>Экстремальные веса (максимум {max}): оценки могут быть неустойчивы; проверьте перекрытие оценок склонности.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="131" />
        <source>{name} is not a column of the data.</source>
        <extracomment>the errors a researcher meets when a model cannot be fitted ("The model could not be fitted: …")</extracomment>
        <translation>{name} — не столбец данных.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="132" />
        <source>The formula uses {name}, which is not a column of the data.</source>
        <translation>В формуле используется {name}, но такого столбца в данных нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="133" />
        <source>Column {name} has no non-missing values.</source>
        <translation>В столбце {name} нет непропущенных значений.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="134" />
        <source>No row has all of {variables} observed.</source>
        <translation>Нет ни одной строки, где наблюдались бы все: {variables}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="135" />
        <source>{name} holds numbers but also text ({values}); recode those values as missing or numbers, or declare the column categorical.</source>
        <translation>В {name} есть числа, но есть и текст ({values}); перекодируйте эти значения в пропуски или числа либо объявите столбец категориальным.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="137" />
        <source>{name} has only one level ({level}) in the estimation sample, so it cannot be a predictor.</source>
        <translation>У {name} в выборке оценивания только один уровень ({level}), поэтому он не может быть предиктором.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="139" />
        <source>{name} is a {kind} variable and cannot be a model predictor.</source>
        <translation>{name} — переменная типа {kind} и не может быть предиктором модели.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="140" />
        <source>Only {n} complete cases for {k} coefficients; the model cannot be fitted.</source>
        <translation>Всего {n} полных случаев на {k} коэффициентов; модель нельзя оценить.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="141" />
        <source>Predictor column {name} is constant in the estimation sample (all values {value}); drop it from the model.</source>
        <translation>Столбец-предиктор {name} постоянен в выборке оценивания (все значения {value}); уберите его из модели.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="143" />
        <source>Predictor column {names} is a linear combination of the other predictors, exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.</source>
        <translation>Столбец-предиктор {names} — линейная комбинация других предикторов, точно или в пределах допуска lm в R 1e-7 (lm помечает такие столбцы как aliased, с коэффициентами NA); уберите его или предиктор, который он повторяет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="146" />
        <source>Predictor column {names} are linear combinations of the other predictors, exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.</source>
        <translation>Столбцы-предикторы {names} — линейные комбинации других предикторов, точно или в пределах допуска lm в R 1e-7 (lm помечает такие столбцы как aliased, с коэффициентами NA); уберите их или предикторы, которые они повторяют.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="149" />
        <source>The {kind} model cannot be estimated on these data (singular matrix): too few cases for the number of terms, predictors that duplicate each other, or an outcome split that one predictor separates perfectly.</source>
        <translation>Модель {kind} нельзя оценить на этих данных (вырожденная матрица): слишком мало случаев для числа членов, предикторы дублируют друг друга или один предиктор полностью разделяет исход.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="152" />
        <source>The outcome {name} must be coded 0/1; it has values {values}.</source>
        <translation>Исход {name} должен быть закодирован 0/1; его значения: {values}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="153" />
        <source>The outcome {name} takes only one value in the estimation sample.</source>
        <translation>Исход {name} принимает в выборке оценивания только одно значение.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="154" />
        <source>The outcome {name} has {n} distinct values ({values}); a logit needs two. Code it 0/1.</source>
        <translation>У исхода {name} {n} различных значений ({values}); логиту нужно два. Закодируйте его 0/1.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="156" />
        <source>Separation: every case with {column} = {value} has {outcome} = {y}, so the odds ratio of {column} is infinite. Drop or merge {column}, or use a penalised (Firth) model.</source>
        <translation>Разделение: у всех случаев с {column} = {value} исход {outcome} = {y}, поэтому отношение шансов для {column} бесконечно. Уберите или объедините {column} либо используйте штрафованную модель (Ферта).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="159" />
        <source>Separation: a combination of the predictors classifies the outcome perfectly (or perfectly on one side), so maximum-likelihood odds ratios are infinite. Simplify the model, merge sparse categories, or use a penalised (Firth) model.</source>
        <translation>Разделение: сочетание предикторов безошибочно (или безошибочно с одной стороны) предсказывает исход, поэтому отношения шансов максимального правдоподобия бесконечны. Упростите модель, объедините редкие категории или используйте штрафованную модель (Ферта).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="162" />
        <source>The logistic model did not converge in {n} iterations; this usually means (quasi-)separation or too many predictors for the number of events.</source>
        <translation>Логистическая модель не сошлась за {n} итераций; обычно это означает (квази)разделение или слишком много предикторов для числа событий.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="164" />
        <source>{outcome} has {n} observed categories; an ordinal model needs at least 3 (use a binary logit for 2).</source>
        <translation>У {outcome} наблюдается {n} категорий; порядковой модели нужно не меньше 3 (для 2 используйте бинарный логит).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="166" />
        <source>The proportional-odds model did not converge (a category may be nearly empty).</source>
        <translation>Модель пропорциональных шансов не сошлась (возможно, какая-то категория почти пуста).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="168" />
        <source>{outcome} must be a non-negative whole-number count.</source>
        <translation>{outcome} должен быть неотрицательным целым счётом.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="169" />
        <source>{name} is nominal with {n} levels and has missing values; multiple imputation here handles continuous, count, ordinal and binary variables only.</source>
        <translation>{name} — номинальная переменная с {n} уровнями и пропусками; множественная импутация здесь работает только с непрерывными, счётными, порядковыми и бинарными переменными.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="171" />
        <source>{sentence} Affected: {names}.</source>
        <translation>{sentence} Затронуты: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="172" />
        <source>Separation: a combination of the predictors orders the outcome categories perfectly (or perfectly at one cut-point), so the proportional-odds estimates are infinite. Simplify the model or merge sparse categories.</source>
        <translation>Разделение: сочетание предикторов безошибочно (или безошибочно на одном пороге) упорядочивает категории исхода, поэтому оценки пропорциональных шансов бесконечны. Упростите модель или объедините редкие категории.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="175" />
        <source>A binary split of the ordinal outcome is perfectly separated; the Brant test is not available.</source>
        <translation>Одно из бинарных разбиений порядкового исхода полностью разделено; тест Бранта недоступен.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="177" />
        <source>The order of the outcome categories {categories} is unknown; pass levels=[lowest, ..., highest] or an ordered pandas Categorical.</source>
        <translation>Порядок категорий исхода {categories} неизвестен; задайте уровни от низшего к высшему (levels=[...]) или упорядоченный pandas Categorical.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="179" />
        <source>Outcome value {value} is not among the given levels {levels}.</source>
        <translation>Значения исхода {value} нет среди заданных уровней {levels}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="180" />
        <source>The count outcome {outcome} is 0 for every case in the estimation sample, so there is no variation to model (R's glm reports fitted rates of 0 and an intercept running to -Inf).</source>
        <translation>Счётный исход {outcome} равен 0 у всех случаев выборки оценивания, поэтому моделировать нечего (glm в R выдаёт предсказанные частоты 0 и свободный член, уходящий в -Inf).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="183" />
        <source>The logistic model could not be fitted: {reason}</source>
        <translation>Логистическую модель не удалось оценить: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="184" />
        <source>An observation has leverage 1 (a category with a single case), so {cov} standard errors are undefined; merge rare categories.</source>
        <translation>У одного наблюдения леверидж равен 1 (категория с единственным случаем), поэтому стандартные ошибки {cov} не определены; объедините редкие категории.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="186" />
        <source>{small} is not nested in {large}: every term must be kept.</source>
        <translation>{small} не вложена в {large}: должны сохраняться все члены.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="187" />
        <source>Give the variables to analyse (variables=[...] or a formula such as 'PWB + PSSI').</source>
        <translation>Укажите переменные для анализа (variables=[...] или формулу, например 'PWB + PSSI').</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="189" />
        <source>A {kind} model needs a formula such as 'y ~ x1 + x2'.</source>
        <translation>Модели {kind} нужна формула, например 'y ~ x1 + x2'.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="190" />
        <source>A model formula needs exactly one '~': {formula}</source>
        <translation>В формуле модели должен быть ровно один '~': {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="191" />
        <source>The formula {formula} has no outcome variable from the data.</source>
        <translation>В формуле {formula} нет переменной исхода из данных.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="192" />
        <source>The outcome of {formula} must be one numeric column.</source>
        <translation>Исход в {formula} должен быть одним числовым столбцом.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="193" />
        <source>Cannot build the model from {formula}: {reason}</source>
        <translation>Не удаётся построить модель по {formula}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="194" />
        <source>Reference level {reference} of {name} does not occur in the estimation sample; levels are {levels}.</source>
        <translation>Опорного уровня {reference} переменной {name} нет в выборке оценивания; уровни: {levels}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="196" />
        <source>{name} is declared {kind} but has non-numeric values.</source>
        <translation>{name} объявлена как {kind}, но в ней есть нечисловые значения.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="197" />
        <source>Column(s) not in the data: {names}.</source>
        <translation>Столбцов нет в данных: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="198" />
        <source>{name} holds numbers but also text ({values}); recode those values as missing or numbers first.</source>
        <translation>В {name} есть числа, но есть и текст ({values}); сначала перекодируйте эти значения в пропуски или числа.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="200" />
        <source>{name} is not numeric; score it (e.g. low=1, medium=2, high=3) first.</source>
        <translation>{name} — не числовая; сначала присвойте баллы (например, low=1, medium=2, high=3).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="201" />
        <source>A correlation table needs at least two variables.</source>
        <translation>Для таблицы корреляций нужны хотя бы две переменные.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="202" />
        <source>DeLong's AUC variance needs at least two cases and two controls.</source>
        <translation>Для дисперсии AUC по ДеЛонгу нужны хотя бы два случая и два контроля.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="203" />
        <source>The imputed data sets gave models with different terms; they cannot be pooled.</source>
        <translation>Импутированные наборы данных дали модели с разными членами; объединить их нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="204" />
        <source>{name} has fewer than 2 observed values; it cannot be imputed.</source>
        <translation>У {name} меньше 2 наблюдаемых значений; её нельзя импутировать.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="205" />
        <source>The propensity model is (nearly) perfectly separated: some covariate pattern determines the exposure, so weights would be infinite.</source>
        <translation>Модель склонности (почти) полностью разделена: какое-то сочетание ковариат определяет воздействие, поэтому веса были бы бесконечными.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="207" />
        <source>The propensity model did not converge in 100 iterations.</source>
        <translation>Модель склонности не сошлась за 100 итераций.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="208" />
        <source>Give at least one covariate for the propensity model.</source>
        <translation>Укажите хотя бы одну ковариату для модели склонности.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="209" />
        <source>The outcome formula must contain the exposure {exposure}.</source>
        <translation>Формула исхода должна содержать воздействие {exposure}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="210" />
        <source>The exposure {exposure} must be coded 0/1 with both groups present.</source>
        <translation>Воздействие {exposure} должно быть закодировано 0/1, и обе группы должны присутствовать.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="211" />
        <source>A logit outcome model needs {name} coded 0/1.</source>
        <translation>Логит-модели исхода нужна {name}, закодированная 0/1.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="212" />
        <source>Cronbach's alpha needs at least two items.</source>
        <translation>Для альфы Кронбаха нужны хотя бы два пункта.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="213" />
        <source>Item column(s) not in the data: {names}.</source>
        <translation>Столбцов пунктов нет в данных: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="214" />
        <source>Item {name} is not numeric.</source>
        <translation>Пункт {name} не числовой.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="215" />
        <source>Some item pairs have fewer than two joint observations.</source>
        <translation>У некоторых пар пунктов меньше двух совместных наблюдений.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="216" />
        <source>Item(s) {names} are constant; alpha is undefined.</source>
        <translation>Пункты {names} постоянны; альфа не определена.</translation>
    </message>
</context>
<context>
    <name>RefiTexts</name>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="18" />
        <source>REFI-QDA files end in .qdpx (a project) or .qdc (a codebook).</source>
        <translation>Файлы REFI-QDA имеют расширение .qdpx (проект) или .qdc (кодовая книга).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="19" />
        <source>The archive member {member} points outside the archive (a zip path-traversal attack); refusing the file.</source>
        <translation>Элемент архива {member} указывает за пределы архива (атака с обходом пути в zip); файл отклонён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="21" />
        <source>The archive would inflate to {size} bytes; the limit is {limit}. Refusing a possible zip bomb.</source>
        <translation>При распаковке архив занял бы {size} байт; предел — {limit}. Возможная zip-бомба отклонена.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="23" />
        <source>The archive has no project.qde; is it really a REFI-QDA project?</source>
        <translation>В архиве нет project.qde; это точно проект REFI-QDA?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="24" />
        <source>The archive has {count} .qde files; expected one project.qde.</source>
        <translation>В архиве {count} файлов .qde; ожидался один project.qde.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="25" />
        <source>The file is {size} bytes; the limit is {limit}.</source>
        <translation>Размер файла — {size} байт; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="26" />
        <source>The file is larger than {limit} bytes; not a codebook.</source>
        <translation>Файл больше {limit} байт; это не кодовая книга.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="27" />
        <source>The root element is &lt;{tag}&gt;, not a REFI-QDA &lt;CodeBook&gt;.</source>
        <translation>Корневой элемент — &lt;{tag}&gt;, а не &lt;CodeBook&gt; REFI-QDA.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="28" />
        <source>The root element is &lt;{tag}&gt;, not a REFI-QDA &lt;Project&gt;.</source>
        <translation>Корневой элемент — &lt;{tag}&gt;, а не &lt;Project&gt; REFI-QDA.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="29" />
        <source>The REFI-QDA file we built does not validate against {schema} (line {line}: {detail}); nothing was written. This is a bug in QualCode: please report it.</source>
        <translation>Созданный файл REFI-QDA не проходит проверку по {schema} (строка {line}: {detail}); ничего не записано. Это ошибка QualCode: пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="37" />
        <source>Description given as an attribute, read as the element</source>
        <extracomment>what an import or export adapted or could not keep (the report's phrases)</extracomment>
        <translation>описание задано атрибутом, прочитано как элемент</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="38" />
        <source>empty &lt;Sets/&gt; accepted (the schema wants at least one Set)</source>
        <translation>пустой &lt;Sets/&gt; принят (схема требует хотя бы один Set)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="39" />
        <source>plainTextPath without internal:// looked up in sources/</source>
        <translation>plainTextPath без internal:// найден в sources/</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="40" />
        <source>byte-order mark at the start of a plain text (positions count from after it)</source>
        <translation>метка порядка байтов в начале простого текста (позиции считаются после неё)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="41" />
        <source>plain text not in UTF-8, read as Windows-1252</source>
        <translation>простой текст не в UTF-8, прочитан как Windows-1252</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="42" />
        <source>text taken from the rich-text (.docx) source: the plain text was missing or empty (positions follow our text of the document)</source>
        <translation>текст взят из форматированного источника (.docx): простого текста не было или он пуст (позиции отсчитаны по нашему тексту документа)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="44" />
        <source>CRLF line ends turned into LF (positions mapped exactly)</source>
        <translation>концы строк CRLF заменены на LF (позиции пересчитаны точно)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="45" />
        <source>CR line ends turned into LF (positions mapped exactly)</source>
        <translation>концы строк CR заменены на LF (позиции пересчитаны точно)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="46" />
        <source>selections with start after end, swapped</source>
        <translation>выделения с началом после конца: начало и конец переставлены</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="47" />
        <source>selections reaching outside their text, clipped to it</source>
        <translation>выделения, выходящие за пределы своего текста, обрезаны по нему</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="48" />
        <source>project file named {member}, not project.qde</source>
        <translation>файл проекта называется {member}, а не project.qde</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="49" />
        <source>three-digit colours widened to six digits</source>
        <translation>трёхзначные цвета расширены до шести знаков</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="50" />
        <source>colours that are not #rrggbb replaced by a palette colour</source>
        <translation>цвета не в формате #rrggbb заменены цветом из палитры</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="51" />
        <source>codes without a colour given a palette colour</source>
        <translation>кодам без цвета назначен цвет из палитры</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="52" />
        <source>code names with blank or line-break characters tidied</source>
        <translation>имена кодов с пробельными символами или переводами строк приведены в порядок</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="53" />
        <source>code names longer than 200 characters shortened</source>
        <translation>имена кодов длиннее 200 символов сокращены</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="54" />
        <source>folders (isCodable=false) kept as ordinary codes</source>
        <translation>папки (isCodable=false) сохранены как обычные коды</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="55" />
        <source>codes that already existed (same path) reused as they are, not duplicated (the file's colour and description not applied)</source>
        <translation>уже существующие коды (тот же путь) использованы как есть, без дублирования (цвет и описание из файла не применены)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="57" />
        <source>notes not attached to anything kept as project memos</source>
        <translation>примечания, ни к чему не привязанные, сохранены как заметки проекта</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="58" />
        <source>cases that already existed (same name) reused; their variables left as they were</source>
        <translation>уже существующие случаи (то же имя) использованы повторно; их переменные оставлены как были</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="60" />
        <source>sources in more than one case: linked to the first case only</source>
        <translation>источники в нескольких случаях: связаны только с первым случаем</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="61" />
        <source>documents renamed because the name was taken or blank</source>
        <translation>документы переименованы, потому что имя было занято или пусто</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="62" />
        <source>notes on uncoded selections kept as document memos naming the text</source>
        <translation>примечания к некодированным выделениям сохранены как заметки к документу с указанием текста</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="63" />
        <source>codings without a known user attributed to {coder}</source>
        <translation>кодирования без известного пользователя приписаны {coder}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="64" />
        <source>the same code on the same text by the same user, kept once</source>
        <translation>один и тот же код на том же тексте от того же пользователя сохранён один раз</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="66" />
        <source>text sources whose text is not in the archive</source>
        <translation>текстовые источники, текста которых нет в архиве</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="67" />
        <source>selections of those sources</source>
        <translation>выделения в этих источниках</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="68" />
        <source>selections with positions that are not numbers</source>
        <translation>выделения с позициями, которые не являются числами</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="69" />
        <source>empty selections</source>
        <translation>пустые выделения</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="70" />
        <source>codings of whole sources (no selection)</source>
        <translation>кодирования целых источников (без выделения)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="71" />
        <source>selections inside notes</source>
        <translation>выделения внутри примечаний</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="72" />
        <source>codes attached to cases</source>
        <translation>коды, привязанные к случаям</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="73" />
        <source>selections attached to cases</source>
        <translation>выделения, привязанные к случаям</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="74" />
        <source>picture sources</source>
        <translation>источники-изображения</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="75" />
        <source>PDF sources</source>
        <translation>источники PDF</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="76" />
        <source>audio sources</source>
        <translation>аудиоисточники</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="77" />
        <source>video sources</source>
        <translation>видеоисточники</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="78" />
        <source>selections in {sources}</source>
        <translation>выделения в: {sources}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="79" />
        <source>graphs</source>
        <translation>графы</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="80" />
        <source>references to notes that are not in the file</source>
        <translation>ссылки на примечания, которых нет в файле</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="81" />
        <source>speaker turns that do not fit their document's text</source>
        <translation>реплики, не совпадающие с текстом своего документа</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="82" />
        <source>variable values on sources (QualCode keeps variables on cases)</source>
        <translation>значения переменных у источников (QualCode хранит переменные у случаев)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="83" />
        <source>selections without a code or a note</source>
        <translation>выделения без кода и без примечания</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="84" />
        <source>codings whose code is not in the file</source>
        <translation>кодирования, кода которых нет в файле</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="85" />
        <source>links between objects (QualCode has no links)</source>
        <translation>связи между объектами (в QualCode нет связей)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="86" />
        <source>QualCode extension (themes, case memos, speaker turns) that could not be read</source>
        <translation>расширение QualCode (темы, заметки к случаям, реплики), которое не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="87" />
        <source>themes in the extension that could not be read</source>
        <translation>темы в расширении, которые не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="88" />
        <source>set members that are not codes or documents kept here (notes, missing objects)</source>
        <translation>элементы наборов, не являющиеся сохранёнными здесь кодами или документами (примечания, отсутствующие объекты)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="91" />
        <source>survey tables (export them as CSV/XLSX/SAV)</source>
        <translation>таблицы опросов (экспортируйте их в CSV/XLSX/SAV)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="92" />
        <source>saved analyses</source>
        <translation>сохранённые анализы</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="93" />
        <source>joint displays</source>
        <translation>совместные представления</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="94" />
        <source>thematic map boxes</source>
        <translation>блоки тематической карты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="102" />
        <source>%Ln user(s)</source>
        <translation><numerusform>%Ln пользователь</numerusform><numerusform>%Ln пользователя</numerusform><numerusform>%Ln пользователей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="103" />
        <source>%Ln code(s)</source>
        <translation><numerusform>%Ln код</numerusform><numerusform>%Ln кода</numerusform><numerusform>%Ln кодов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="104" />
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln источник</numerusform><numerusform>%Ln источника</numerusform><numerusform>%Ln источников</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="105" />
        <source>%Ln selection(s)</source>
        <translation><numerusform>%Ln выделение</numerusform><numerusform>%Ln выделения</numerusform><numerusform>%Ln выделений</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="106" />
        <source>%Ln coding(s)</source>
        <translation><numerusform>%Ln кодирование</numerusform><numerusform>%Ln кодирования</numerusform><numerusform>%Ln кодирований</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="107" />
        <source>%Ln case(s)</source>
        <translation><numerusform>%Ln случай</numerusform><numerusform>%Ln случая</numerusform><numerusform>%Ln случаев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="108" />
        <source>%Ln variable(s)</source>
        <translation><numerusform>%Ln переменная</numerusform><numerusform>%Ln переменные</numerusform><numerusform>%Ln переменных</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="109" />
        <source>%Ln note(s)</source>
        <translation><numerusform>%Ln примечание</numerusform><numerusform>%Ln примечания</numerusform><numerusform>%Ln примечаний</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="110" />
        <source>%Ln set(s)</source>
        <translation><numerusform>%Ln набор</numerusform><numerusform>%Ln набора</numerusform><numerusform>%Ln наборов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="111" />
        <source>%Ln link(s)</source>
        <translation><numerusform>%Ln связь</numerusform><numerusform>%Ln связи</numerusform><numerusform>%Ln связей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="112" />
        <source>%Ln theme(s)</source>
        <translation><numerusform>%Ln тема</numerusform><numerusform>%Ln темы</numerusform><numerusform>%Ln тем</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="124" />
        <source>{file}: {kept}.</source>
        <translation>{file}: {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="125" />
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="126" />
        <source>Adapted:</source>
        <translation>Изменено при переносе:</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="127" />
        <source>Not kept:</source>
        <translation>Не сохранено:</translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="12" />
        <source>Another coder changed this at the same moment; your change was not saved and nothing of theirs was overwritten. The view now shows their version: look, then try again.</source>
        <translation>Другой кодировщик изменил это в тот же момент; ваше изменение не сохранено, и ничего из его работы не перезаписано. Сейчас показана его версия: посмотрите и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="15" />
        <source>This text is already coded with that code.</source>
        <translation>Этот текст уже закодирован этим кодом.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="16" />
        <source>{path} is read-only: you can browse, search and export it, but not change it. Copy it to a folder you can write to (or ask its owner for write access) to edit it.</source>
        <translation>{path} доступен только для чтения: его можно просматривать, искать в нём и экспортировать, но не изменять. Чтобы редактировать, скопируйте его в папку, где у вас есть права на запись (или попросите владельца дать права на запись).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="19" />
        <source>{path} is busy: another program kept it locked for too long. Nothing was changed; try again in a moment.</source>
        <translation>{path} занят: другая программа слишком долго держала его заблокированным. Ничего не изменено; попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="21" />
        <source>The server refused the change: your role on {path} does not allow it (viewers can browse, search and export, not edit). Nothing was changed.</source>
        <translation>Сервер отклонил изменение: ваша роль в {path} этого не позволяет (наблюдатели могут просматривать, искать и экспортировать, но не редактировать). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="23" />
        <source>{path}: the saved changes could not be folded back into the project file ({detail}); they are kept in {wal}, which must stay beside it.</source>
        <translation>{path}: сохранённые изменения не удалось перенести обратно в файл проекта ({detail}); они хранятся в {wal}, который должен оставаться рядом с ним.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="25" />
        <source>{path} is not a QualCode project (it is not a database file), unless it is an encrypted project: then give its password.</source>
        <translation>{path} — не проект QualCode (это не файл базы данных), если только это не зашифрованный проект: тогда введите его пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="27" />
        <source>{path}: wrong password (or not a QualCode project); nothing was changed.</source>
        <translation>{path}: неверный пароль (или это не проект QualCode); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="28" />
        <source>A database server project cannot be encrypted by QualCode: encryption at rest is the server's job.</source>
        <translation>Проект на сервере баз данных QualCode не шифрует: шифрование хранимых данных — задача сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="30" />
        <source>{path} is already encrypted; use `qualcode passwd` to change its password.</source>
        <translation>{path} уже зашифрован; чтобы сменить пароль, используйте `qualcode passwd`.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="31" />
        <source>The new password for {path} must not be empty; nothing was changed.</source>
        <translation>Новый пароль для {path} не может быть пустым; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="32" />
        <source>table {table} has broken references</source>
        <translation>в таблице {table} есть битые ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="33" />
        <source>The disk is full: could not write {path}; the previous {name} is unchanged.</source>
        <translation>Диск заполнен: не удалось записать {path}; прежний {name} не изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="34" />
        <source>The disk is full: could not write {path}; no {name} was written.</source>
        <translation>Диск заполнен: не удалось записать {path}; {name} не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="35" />
        <source>Could not write {path}: {reason}.</source>
        <translation>Не удалось записать {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="36" />
        <source>Coded segments can be written as .csv or .xlsx, not {suffix}.</source>
        <translation>Закодированные фрагменты записываются в .csv или .xlsx, а не в {suffix}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="38" />
        <source>There is no case {id}.</source>
        <translation>Случая {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="39" />
        <source>There is no code {id}.</source>
        <translation>Кода {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="40" />
        <source>There is no document {id}.</source>
        <translation>Документа {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="41" />
        <source>There is no memo {id}.</source>
        <translation>Заметки {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="42" />
        <source>There is no coded segment {id}.</source>
        <translation>Закодированного фрагмента {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="43" />
        <source>There is no theme {id}.</source>
        <translation>Темы {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="44" />
        <source>There is no saved analysis {id}.</source>
        <translation>Сохранённого анализа {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="45" />
        <source>There is no joint display {id}.</source>
        <translation>Совместного представления {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="46" />
        <source>There is no joint display row {id}.</source>
        <translation>Строки совместного представления {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="47" />
        <source>There is no map node {id}.</source>
        <translation>Блока карты {id} нет.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="48" />
        <source>There is no map link {id}.</source>
        <translation>Связи на карте {id} нет.</translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="11" />
        <source>agreement needs at least two coders (rows); got {n}</source>
        <translation>для согласованности нужны хотя бы два кодировщика (строки); получено: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="12" />
        <source>the matrix has no coded value at all</source>
        <translation>в матрице нет ни одного закодированного значения</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="13" />
        <source>there is no coder {name} in this project (coders: {names})</source>
        <translation>в этом проекте нет кодировщика {name} (кодировщики: {names})</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="14" />
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="15" />
        <source>there is no code with id {id}</source>
        <translation>кода с id {id} нет</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="16" />
        <source>there is no coder with id {id}</source>
        <translation>кодировщика с id {id} нет</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="17" />
        <source>choose two different coders to compare</source>
        <translation>выберите для сравнения двух разных кодировщиков</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="18" />
        <source>a memo decision needs the memo's text</source>
        <translation>для решения заметкой нужен текст заметки</translation>
    </message>
</context>
</TS>