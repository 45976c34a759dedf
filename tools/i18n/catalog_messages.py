"""Area "messages": the services' own sentences (qualcode/ui/texts) -> (Russian, Uzbek Latin).

See build_ts.py. Names, paths, numbers and quoted values are the ``{fields}`` and stay as they are.
Terms as in the other catalogues: segment = фрагмент / parcha, memo = заметка / qayd,
case = случай / holat, code = код / kod, theme = тема / mavzu. Uzbek: Latin, oʻ/gʻ with U+02BB,
tutuq belgisi U+02BC.
"""

FILES = ["qualcode/ui/texts/*.py"]

from tools.i18n.catalog_messages_project_joint import CATALOG as PROJECT_JOINT  # noqa: E402
from tools.i18n.catalog_messages_quant_storage import CATALOG as QUANT_STORAGE  # noqa: E402
from tools.i18n.catalog_messages_views import CATALOG as VIEWS  # noqa: E402

CATALOG: dict = {}

# -- import: transcripts (qualcode/ui/texts/import_texts.py) ---------------------------
CATALOG.update({
    "The file is empty.": ("Файл пуст.", "Fayl boʻsh."),
    "The file contains no text.": ("В файле нет текста.", "Faylda matn yoʻq."),
    "The file does not exist.": ("Файл не существует.", "Fayl mavjud emas."),
    "This is a folder, not a file.": ("Это папка, а не файл.", "Bu fayl emas, jild."),
    "The file cannot be read (permission denied).": ("Файл нельзя прочитать (нет доступа).",
                                                     "Faylni oʻqib boʻlmaydi (ruxsat yoʻq)."),
    "The file cannot be read ({reason}).": ("Файл нельзя прочитать ({reason}).", "Faylni oʻqib boʻlmaydi ({reason})."),
    "This is not a regular file (a pipe, socket or device); refusing to read it.": (
        "Это не обычный файл (канал, сокет или устройство); чтение отклонено.",
        "Bu oddiy fayl emas (kanal, soket yoki qurilma); u oʻqilmaydi."),
    "The file is {size} bytes; the limit is {limit}.": ("Размер файла — {size} байт; предел — {limit}.",
                                                        "Fayl hajmi {size} bayt; chegara — {limit}."),
    "The file is larger than the limit of {limit} bytes.": ("Файл больше предела в {limit} байт.",
                                                            "Fayl {limit} bayt chegarasidan katta."),
    "The text is {size} characters long; the limit is {limit}.": (
        "Длина текста — {size} символов; предел — {limit}.", "Matn uzunligi {size} belgi; chegara — {limit}."),
    "The text is longer than the limit of {limit} characters.": (
        "Текст длиннее предела в {limit} символов.", "Matn {limit} belgi chegarasidan uzun."),
    "The text would be longer than the limit of {limit} characters.": (
        "Текст получился бы длиннее предела в {limit} символов.", "Matn {limit} belgi chegarasidan uzun boʻlib ketardi."),
    "The file has more than {limit} paragraphs (the limit).": (
        "В файле больше {limit} абзацев (это предел).", "Faylda {limit} tadan ortiq xatboshi bor (bu chegara)."),
    "The file has more than {limit} speaker turns (the limit); is it really a transcript?": (
        "В файле больше {limit} реплик (это предел); это точно транскрипт?",
        "Faylda {limit} tadan ortiq replika bor (bu chegara); bu haqiqatan transkriptmi?"),
    "Unknown transcript type {suffix}; use one of {known}.": (
        "Неизвестный тип транскрипта {suffix}; используйте один из: {known}.",
        "Nomaʼlum transkript turi {suffix}; quyidagilardan birini ishlating: {known}."),
    "Speaker turns are inconsistent: {detail}": ("Реплики говорящих не согласованы: {detail}",
                                                 "Soʻzlovchilar replikalari bir-biriga mos emas: {detail}"),
    "This looks like a binary file, not text (it has NUL bytes).": (
        "Похоже, это двоичный файл, а не текст (в нём есть нулевые байты).",
        "Bu matn emas, ikkilik faylga oʻxshaydi (unda nol baytlar bor)."),
    "This looks like a binary file, not text (it has many control characters).": (
        "Похоже, это двоичный файл, а не текст (в нём много управляющих символов).",
        "Bu matn emas, ikkilik faylga oʻxshaydi (unda boshqaruv belgilari koʻp)."),
    "The text encoding could not be recognised; save the file as UTF-8 or name the encoding when importing.": (
        "Не удалось определить кодировку текста; сохраните файл в UTF-8 или укажите кодировку при импорте.",
        "Matn kodirovkasi aniqlanmadi; faylni UTF-8 da saqlang yoki import paytida kodirovkani koʻrsating."),
    "The file looks like {codec} text but is not valid {codec}.": (
        "Файл похож на текст в {codec}, но это некорректный {codec}.",
        "Fayl {codec} matniga oʻxshaydi, lekin u yaroqli {codec} emas."),
    "Unknown text encoding {encoding}.": ("Неизвестная кодировка текста {encoding}.",
                                          "Nomaʼlum matn kodirovkasi {encoding}."),
    "Unknown text encoding {encoding}; use a name such as utf-8, utf-16, cp1251 or koi8-r.": (
        "Неизвестная кодировка текста {encoding}; укажите, например, utf-8, utf-16, cp1251 или koi8-r.",
        "Nomaʼlum matn kodirovkasi {encoding}; utf-8, utf-16, cp1251 yoki koi8-r kabi nomni koʻrsating."),
    "The bytes are not valid {encoding} text.": ("Байты не являются корректным текстом в {encoding}.",
                                                 "Baytlar yaroqli {encoding} matni emas."),
    "The file starts with a {codec} byte-order mark but is not valid {codec}.": (
        "Файл начинается с метки порядка байтов {codec}, но это некорректный {codec}.",
        "Fayl {codec} bayt tartibi belgisi bilan boshlanadi, lekin u yaroqli {codec} emas."),
    "The Word document has no body.": ("В документе Word нет основного текста.", "Word hujjatida asosiy matn yoʻq."),
    "The file has no text body; is it an OpenDocument text (.odt)?": (
        "В файле нет основного текста; это точно текст OpenDocument (.odt)?",
        "Faylda asosiy matn yoʻq; bu haqiqatan OpenDocument matnimi (.odt)?"),
    "A space in 'content.xml' asks to repeat {count} times (text:c); the limit is {limit}. Refusing a damaged or "
    "hostile file.": (
        ("Пробел в 'content.xml' требует повторить его {count} раз (text:c); предел — {limit}. Повреждённый или "
        "вредоносный файл отклонён."),
        ("'content.xml' dagi boʻshliq {count} marta takrorlanishni soʻraydi (text:c); chegara — {limit}. Shikastlangan "
        "yoki zararli fayl rad etildi.")),
    "A space count in 'content.xml' is not a number: text:c={value}.": (
        "Число пробелов в 'content.xml' — не число: text:c={value}.",
        "'content.xml' dagi boʻshliqlar soni raqam emas: text:c={value}."),
    "This is not an RTF file (it does not start with '{{\\rtf').": (
        "Это не файл RTF (он не начинается с '{{\\rtf').", "Bu RTF fayl emas (u '{{\\rtf' bilan boshlanmaydi)."),
    "The RTF has an invalid Unicode escape {escape} (it must be between {low} and {high}).": (
        "В RTF недопустимый код Unicode {escape} (он должен быть от {low} до {high}).",
        "RTF da yaroqsiz Unicode kodi {escape} bor (u {low} va {high} oraligʻida boʻlishi kerak)."),
    "The RTF could not be read ({reason}).": ("Не удалось прочитать RTF ({reason}).", "RTF oʻqilmadi ({reason})."),
    "The HTML could not be read ({reason}).": ("Не удалось прочитать HTML ({reason}).", "HTML oʻqilmadi ({reason})."),
    "The PDF is password-protected.": ("PDF защищён паролем.", "PDF parol bilan himoyalangan."),
    "The PDF is damaged or not a PDF ({reason}).": ("PDF повреждён или это не PDF ({reason}).",
                                                    "PDF shikastlangan yoki bu PDF emas ({reason})."),
    "The page could not be read ({reason}).": ("Не удалось прочитать страницу ({reason}).",
                                               "Sahifa oʻqilmadi ({reason})."),
    "No page of this PDF has a text layer (a scan?); run OCR on it first.": (
        "Ни на одной странице этого PDF нет текстового слоя (скан?); сначала распознайте его (OCR).",
        "Bu PDF ning hech bir sahifasida matn qatlami yoʻq (skanmi?); avval uni OCR orqali taniting."),
    "A WebVTT file must start with 'WEBVTT'.": ("Файл WebVTT должен начинаться с 'WEBVTT'.",
                                                "WebVTT fayli 'WEBVTT' bilan boshlanishi kerak."),
    "The cue timing {timing} cannot be read.": ("Не удаётся прочитать время субтитра {timing}.",
                                                "Subtitr vaqti {timing} oʻqilmadi."),
    "The file has more than {limit} subtitle cues (the limit); is it really subtitles?": (
        "В файле больше {limit} субтитров (это предел); это точно субтитры?",
        "Faylda {limit} tadan ortiq subtitr bor (bu chegara); bu haqiqatan subtitrmi?"),
    "The file has more than {limit} lines (the limit); is it really subtitles?": (
        "В файле больше {limit} строк (это предел); это точно субтитры?",
        "Faylda {limit} tadan ortiq qator bor (bu chegara); bu haqiqatan subtitrmi?"),
    "The file has no subtitle cues.": ("В файле нет субтитров.", "Faylda subtitrlar yoʻq."),
    "This is not a readable {kind} file (the zip container is damaged or truncated).": (
        "Файл не удаётся прочитать как {kind} (zip-контейнер повреждён или обрезан).",
        "Bu oʻqiladigan {kind} fayli emas (zip konteyner shikastlangan yoki qirqilgan)."),
    "This file is not in {kind} format (it is not a zip archive). Was it renamed?": (
        "Этот файл не в формате {kind} (это не zip-архив). Возможно, файл переименовали?",
        "Bu fayl {kind} formatida emas (u zip arxiv emas). Fayl nomi oʻzgartirilganmi?"),
    "The {kind} container has {count} parts; that is not a real {kind}.": (
        "Контейнер {kind} содержит {count} частей; настоящий {kind} так не устроен.",
        "{kind} konteynerida {count} ta qism bor; haqiqiy {kind} bunday boʻlmaydi."),
    "The part {part} would inflate {ratio} times; refusing a possible zip bomb.": (
        "Часть {part} при распаковке выросла бы в {ratio} раз; возможная zip-бомба отклонена.",
        "{part} qismi ochilganda {ratio} marta kattalashardi; ehtimoliy zip-bomba rad etildi."),
    "The file has no {part} part; is it really this format?": (
        "В файле нет части {part}; это точно файл этого формата?",
        "Faylda {part} qismi yoʻq; bu haqiqatan shu formatdagi faylmi?"),
    "The part {part} is {size} bytes; the limit is {limit}.": (
        "Размер части {part} — {size} байт; предел — {limit}.", "{part} qismi hajmi {size} bayt; chegara — {limit}."),
    "The part {part} inflates past the {limit}-byte limit.": (
        "Часть {part} при распаковке превышает предел в {limit} байт.",
        "{part} qismi ochilganda {limit} bayt chegarasidan oshib ketadi."),
    "The part {part} is damaged ({reason}).": ("Часть {part} повреждена ({reason}).",
                                               "{part} qismi shikastlangan ({reason})."),
    "The part {part} declares a DTD or entities, which office files never do; refusing it (possible XML entity "
    "attack).": (
        ("Часть {part} объявляет DTD или сущности, чего офисные файлы никогда не делают; файл отклонён (возможная "
        "атака через XML-сущности)."),
        ("{part} qismi DTD yoki obyektlarni eʼlon qiladi, ofis fayllari buni hech qachon qilmaydi; fayl rad etildi "
        "(ehtimoliy XML obyekt hujumi).")),
    "The part {part} has about {count} XML elements; the limit is {limit}.": (
        "В части {part} около {count} XML-элементов; предел — {limit}.",
        "{part} qismida taxminan {count} ta XML element bor; chegara — {limit}."),
    "The part {part} nests elements more than 256 levels deep (the depth limit); real documents nest a few dozen "
    "levels. Refusing a damaged or hostile file.": (
        ("В части {part} элементы вложены глубже 256 уровней (предел глубины); в настоящих документах — несколько "
        "десятков уровней. Повреждённый или вредоносный файл отклонён."),
        ("{part} qismida elementlar 256 darajadan chuqur joylashgan (chuqurlik chegarasi); haqiqiy hujjatlarda bir "
        "necha oʻn daraja boʻladi. Shikastlangan yoki zararli fayl rad etildi.")),
    "The part {part} is not well-formed XML ({reason}).": ("Часть {part} — некорректный XML ({reason}).",
                                                           "{part} qismi notoʻgʻri tuzilgan XML ({reason})."),
    "The part {part} is empty.": ("Часть {part} пуста.", "{part} qismi boʻsh."),
    "Line {line}: the label {label} has no text.": ("Строка {line}: у метки {label} нет текста.",
                                                    "{line}-qator: {label} belgisidan keyin matn yoʻq."),
    "... and {count} more labels without text.": ("... и ещё {count} меток без текста.",
                                                  "... va yana {count} ta matnsiz belgi."),
    "Line {line}: text after a blank line joined to the cue before it.": (
        "Строка {line}: текст после пустой строки присоединён к предыдущему субтитру.",
        "{line}-qator: boʻsh qatordan keyingi matn oldingi subtitrga qoʻshildi."),
    "Line {line}: text before the first cue ignored.": ("Строка {line}: текст до первого субтитра пропущен.",
                                                        "{line}-qator: birinchi subtitrdan oldingi matn tashlab ketildi."),
    "Line {line}: empty cue skipped.": ("Строка {line}: пустой субтитр пропущен.",
                                        "{line}-qator: boʻsh subtitr tashlab ketildi."),
    "Import cancelled; nothing was imported.": ("Импорт отменён; ничего не импортировано.",
                                                "Import bekor qilindi; hech narsa import qilinmadi."),
    "Word (.docx)": ("Word (.docx)", "Word (.docx)"),
    "OpenDocument (.odt)": ("OpenDocument (.odt)", "OpenDocument (.odt)"),
    "REFI-QDA project (.qdpx)": ("проект REFI-QDA (.qdpx)", "REFI-QDA loyihasi (.qdpx)"),
    "(line {n})": ("(строка {n})", "({n}-qator)"),
    "(page {n})": ("(страница {n})", "({n}-sahifa)"),
    "(row {n})": ("(строка {n})", "({n}-qator)"),
    "(byte {n})": ("(байт {n})", "({n}-bayt)"),
    "(rows {n})": ("(строки {n})", "({n}-qatorlar)"),
    " and {n} more": (" и ещё {n}", " va yana {n} ta"),
})

# -- import: surveys, survey links, codebooks ------------------------------------------
CATALOG.update({
    "Unknown survey file type {suffix}; use .csv, .xlsx, .sav or .dta.": (
        "Неизвестный тип файла опроса {suffix}; используйте .csv, .xlsx, .sav или .dta.",
        "Nomaʼlum soʻrovnoma fayli turi {suffix}; .csv, .xlsx, .sav yoki .dta dan foydalaning."),
    "The file has no respondents (0 rows).": ("В файле нет респондентов (0 строк).",
                                              "Faylda respondentlar yoʻq (0 qator)."),
    "The file cannot be read as {kind}: {reason}.": ("Файл нельзя прочитать как {kind}: {reason}.",
                                                     "Faylni {kind} sifatida oʻqib boʻlmaydi: {reason}."),
    "The file is empty (0 bytes).": ("Файл пуст (0 байт).", "Fayl boʻsh (0 bayt)."),
    "The file cannot be opened: {reason}.": ("Файл нельзя открыть: {reason}.", "Faylni ochib boʻlmaydi: {reason}."),
    "The {kind} file is {size}, larger than the limit of {limit}. Raise the limit in the import settings if the file "
    "is genuine.": (
        ("Размер файла {kind} — {size}, больше предела {limit}. Если файл настоящий, поднимите предел в настройках "
        "импорта."),
        ("{kind} fayli hajmi {size}, bu {limit} chegarasidan katta. Fayl haqiqiy boʻlsa, import sozlamalarida "
        "chegarani oshiring.")),
    "This is not a valid .xlsx workbook (it is not a zip archive). Was it renamed?": (
        "Это не корректная книга .xlsx (это не zip-архив). Возможно, файл переименовали?",
        "Bu yaroqli .xlsx ishchi kitobi emas (u zip arxiv emas). Fayl nomi oʻzgartirilganmi?"),
    "This .xlsx workbook is damaged or incomplete (the file ends early); open it in Excel and save it again.": (
        "Эта книга .xlsx повреждена или неполна (файл обрезан); откройте её в Excel и сохраните заново.",
        ("Bu .xlsx ishchi kitobi shikastlangan yoki toʻliq emas (faylning oxiri qirqilgan); uni Excelda oching va "
         "qayta saqlang.")),
    "The workbook part {part} would expand {ratio}-fold to {size}; this looks like a zip bomb and was not opened.": (
        ("Часть книги {part} при распаковке выросла бы в {ratio} раз, до {size}; это похоже на zip-бомбу, файл не "
        "открыт."),
        ("Ishchi kitobning {part} qismi ochilganda {ratio} marta kattalashib {size} boʻlardi; bu zip-bombaga "
        "oʻxshaydi, fayl ochilmadi.")),
    "The workbook would expand to {size}, more than the limit of {limit}; it was not opened.": (
        "При распаковке книга заняла бы {size}, больше предела {limit}; она не открыта.",
        "Ishchi kitob ochilganda {size} boʻlardi, bu {limit} chegarasidan koʻp; u ochilmadi."),
    "This is not a CSV text file; it looks like {what}.": ("Это не текстовый файл CSV; похоже, это {what}.",
                                                           "Bu CSV matn fayli emas; u {what} ga oʻxshaydi."),
    "This is not a CSV text file; it contains binary data (zero bytes).": (
        "Это не текстовый файл CSV; в нём двоичные данные (нулевые байты).",
        "Bu CSV matn fayli emas; unda ikkilik maʼlumotlar bor (nol baytlar)."),
    "This is not a CSV text file; its bytes are not text in any known encoding.": (
        "Это не текстовый файл CSV; его байты не являются текстом ни в одной известной кодировке.",
        "Bu CSV matn fayli emas; uning baytlari hech bir maʼlum kodirovkadagi matn emas."),
    "The bytes at offset {offset} are not valid {encoding}. Choose the file's real encoding.": (
        "Байты со смещения {offset} не являются корректным {encoding}. Выберите настоящую кодировку файла.",
        "{offset} siljishdagi baytlar yaroqli {encoding} emas. Faylning haqiqiy kodirovkasini tanlang."),
    "Unknown encoding {encoding}.": ("Неизвестная кодировка {encoding}.", "Nomaʼlum kodirovka {encoding}."),
    "The file has no rows.": ("В файле нет строк.", "Faylda qatorlar yoʻq."),
    "The file has a header but no data rows.": ("В файле есть заголовок, но нет строк с данными.",
                                                "Faylda sarlavha bor, lekin maʼlumotli qatorlar yoʻq."),
    "The sheet has a header but no data rows.": ("На листе есть заголовок, но нет строк с данными.",
                                                 "Varaqda sarlavha bor, lekin maʼlumotli qatorlar yoʻq."),
    "This row has {cells} cells but the header has {width} columns; the value {value} in column {column} has no "
    "column name. Check for an unquoted {delimiter} inside a value.": (
        ("В этой строке {cells} ячеек, а в заголовке {width} столбцов; у значения {value} в столбце {column} нет "
        "имени столбца. Проверьте, нет ли внутри значения {delimiter} без кавычек."),
        ("Bu qatorda {cells} ta katak bor, sarlavhada esa {width} ta ustun; {column}-ustundagi {value} qiymatining "
        "ustun nomi yoʻq. Qiymat ichida qoʻshtirnoqsiz {delimiter} yoʻqligini tekshiring.")),
    "The column name {name} occurs twice in the header (columns {first} and {second}). Rename one of them.": (
        "Имя столбца {name} встречается в заголовке дважды (столбцы {first} и {second}). Переименуйте один из них.",
        ("{name} ustun nomi sarlavhada ikki marta uchraydi ({first}- va {second}-ustunlar). Ulardan birini qayta "
        "nomlang.")),
    "The workbook has no sheets.": ("В книге нет листов.", "Ishchi kitobda varaqlar yoʻq."),
    "The workbook has no sheet {sheet}; its sheets are {names}.": (
        "В книге нет листа {sheet}; её листы: {names}.", "Ishchi kitobda {sheet} varagʻi yoʻq; uning varaqlari: {names}."),
    "The workbook cannot be read ({reason}).": ("Книгу нельзя прочитать ({reason}).",
                                                "Ishchi kitobni oʻqib boʻlmaydi ({reason})."),
    "The header row has merged cells {cells}; every column needs its own name in a single cell. Unmerge them and give "
    "each column a name.": (
        ("В строке заголовка есть объединённые ячейки {cells}; у каждого столбца должно быть своё имя в отдельной "
        "ячейке. Разъедините их и дайте каждому столбцу имя."),
        ("Sarlavha qatorida birlashtirilgan kataklar bor: {cells}; har bir ustunning nomi alohida katakda boʻlishi "
        "kerak. Ularni ajrating va har bir ustunga nom bering.")),
    "Cell {cell} holds {value} but its column has no name in the header row {row}.": (
        "В ячейке {cell} есть значение {value}, но у её столбца нет имени в строке заголовка {row}.",
        "{cell} katagida {value} qiymati bor, lekin uning ustunining {row}-sarlavha qatorida nomi yoʻq."),
    "The sheet {sheet} is empty.": ("Лист {sheet} пуст.", "{sheet} varagʻi boʻsh."),
    "The CSV is malformed: {reason}.": ("Файл CSV составлен неправильно: {reason}.",
                                        "CSV fayli notoʻgʻri tuzilgan: {reason}."),
    "The file is not UTF-8; its encoding was guessed as {encoding}. Check accented and non-Latin letters in the "
    "preview, and choose the encoding if they look wrong.": (
        ("Файл не в UTF-8; его кодировка определена как {encoding}. Проверьте в предпросмотре буквы с диакритикой и "
        "нелатинские буквы и выберите кодировку, если они выглядят неправильно."),
        ("Fayl UTF-8 da emas; uning kodirovkasi {encoding} deb taxmin qilindi. Oldindan koʻrishda diakritik va lotin "
        "boʻlmagan harflarni tekshiring, notoʻgʻri koʻrinsa, kodirovkani tanlang.")),
    "{count} row(s) had fewer cells than the header and were padded with empty cells: lines {lines}.": (
        "Строк, где ячеек меньше, чем в заголовке, — {count}; они дополнены пустыми ячейками: строки {lines}.",
        "Sarlavhadagidan kam katakli qatorlar ({count} ta) boʻsh kataklar bilan toʻldirildi: {lines} qatorlar."),
    "Column {column} has no name in the header; it was called {name}.": (
        "У столбца {column} нет имени в заголовке; он назван {name}.",
        "{column}-ustunning sarlavhada nomi yoʻq; u {name} deb nomlandi."),
    "Column {name}: {count} cells written {values} were read as missing values.": (
        "Столбец {name}: ячейки со значениями {values} ({count}) прочитаны как пропуски.",
        "{name} ustuni: {values} deb yozilgan kataklar ({count} ta) tushirib qoldirilgan qiymat sifatida oʻqildi."),
    "Column {name} is mostly numbers but has non-numeric cells {values}; it was read as text. Mark such codes as "
    "missing or fix them in the file.": (
        ("Столбец {name} в основном числовой, но в нём есть нечисловые ячейки {values}; он прочитан как текст. "
        "Отметьте такие коды как пропуски или исправьте их в файле."),
        ("{name} ustuni asosan sonlardan iborat, lekin unda son boʻlmagan kataklar bor: {values}; u matn sifatida "
        "oʻqildi. Bunday kodlarni tushirib qoldirilgan deb belgilang yoki faylda tuzating.")),
    "The survey has no column {name}.": ("В опросе нет столбца {name}.", "Soʻrovnomada {name} ustuni yoʻq."),
    "A survey variable needs a name.": ("У переменной опроса должно быть имя.",
                                        "Soʻrovnoma oʻzgaruvchisining nomi boʻlishi kerak."),
    "Variable {name}: a level is listed twice in {levels}.": (
        "Переменная {name}: уровень указан дважды в {levels}.", ("{name} oʻzgaruvchisi: {levels} da bir daraja ikki marta "
                                                                 "koʻrsatilgan.")),
    "Variable {name}: missing range {low}..{high} is empty.": (
        "Переменная {name}: диапазон пропусков {low}..{high} пуст.",
        "{name} oʻzgaruvchisi: {low}..{high} tushirib qoldirilgan qiymatlar oraligʻi boʻsh."),
    "Give the levels of ordinal variable {name}, lowest first.": (
        "Укажите уровни порядковой переменной {name}, начиная с низшего.",
        "{name} tartibli oʻzgaruvchisining darajalarini eng pastidan boshlab koʻrsating."),
    "Variable {name}: the values {values} occur in the data but are not among the levels {levels}.": (
        "Переменная {name}: значения {values} есть в данных, но их нет среди уровней {levels}.",
        "{name} oʻzgaruvchisi: {values} qiymatlari maʼlumotlarda bor, lekin {levels} darajalari orasida yoʻq."),
    "there is no column {column} to use as the ID.": ("нет столбца {column}, который можно взять как ID.",
                                                      "ID sifatida ishlatish uchun {column} ustuni yoʻq."),
    "there is no column {column}.": ("нет столбца {column}.", "{column} ustuni yoʻq."),
    "there is no column {column}; columns are {columns}.": ("нет столбца {column}; есть столбцы: {columns}.",
                                                            "{column} ustuni yoʻq; mavjud ustunlar: {columns}."),
    "rows {rows} have an answer in {text_column} but no ID in {id_column}; the answers cannot be linked to a case.": (
        "в строках {rows} есть ответ в {text_column}, но нет ID в {id_column}; эти ответы нельзя связать со случаем.",
        ("{rows} qatorlarida {text_column} da javob bor, lekin {id_column} da ID yoʻq; bu javoblarni holat bilan "
        "bogʻlab boʻlmaydi.")),
    "Duplicate IDs in the survey: {keys}. Each ID must occur once.": (
        "Повторяющиеся ID в опросе: {keys}. Каждый ID должен встречаться один раз.",
        "Soʻrovnomada takrorlangan ID lar: {keys}. Har bir ID bir marta uchrashi kerak."),
    "Duplicate case keys (after trimming/case-folding): {keys}. Each ID must occur once.": (
        ("Повторяющиеся ключи случаев (после обрезки пробелов/без учёта регистра): {keys}. Каждый ID должен "
        "встречаться один раз."),
        ("Takrorlangan holat kalitlari (boʻshliqlar olib tashlangan/registr hisobga olinmagan holda): {keys}. Har bir "
        "ID bir marta uchrashi kerak.")),
    "IDs in the survey differ only in upper/lower case or surrounding spaces: {keys}. They are kept as different "
    "participants; if they are the same person, correct the file (with the trim/ignore-case options they would be "
    "duplicates).": (
        ("ID в опросе различаются только регистром или пробелами по краям: {keys}. Они остаются разными "
        "участниками; если это один и тот же человек, исправьте файл (с обрезкой пробелов и без учёта регистра "
        "они стали бы повторами)."),
        ("Soʻrovnomadagi ID lar faqat katta/kichik harf yoki chetdagi boʻshliqlar bilan farq qiladi: {keys}. Ular "
        "turli ishtirokchilar sifatida qoldiriladi; agar bu bitta odam boʻlsa, faylni tuzating (boʻshliqlarni olib "
        "tashlash va registrni hisobga olmaslik bilan ular takror boʻlib qolardi).")),
    "Duplicate values in the ID column {column}: {keys}. Each ID must occur once.": (
        "Повторяющиеся значения в столбце ID {column}: {keys}. Каждый ID должен встречаться один раз.",
        "ID ustuni {column} da takrorlangan qiymatlar: {keys}. Har bir ID bir marta uchrashi kerak."),
    "Values in the ID column {column} differ only in upper/lower case or surrounding spaces: {keys}. They are kept as "
    "different participants; if they are the same person, correct the file (with the trim/ignore-case options they "
    "would be duplicates).": (
        ("Значения в столбце ID {column} различаются только регистром или пробелами по краям: {keys}. Они остаются "
        "разными участниками; если это один и тот же человек, исправьте файл (с обрезкой пробелов и без учёта "
        "регистра они стали бы повторами)."),
        ("ID ustuni {column} dagi qiymatlar faqat katta/kichik harf yoki chetdagi boʻshliqlar bilan farq qiladi: "
        "{keys}. Ular turli ishtirokchilar sifatida qoldiriladi; agar bu bitta odam boʻlsa, faylni tuzating "
        "(boʻshliqlarni olib tashlash va registrni hisobga olmaslik bilan ular takror boʻlib qolardi).")),
    "Several survey rows link to the same case: {keys}.": (
        "Несколько строк опроса связаны с одним и тем же случаем: {keys}.",
        "Soʻrovnomaning bir nechta qatori bitta holatga bogʻlangan: {keys}."),
    "There is no survey table {name} in this project.": ("В этом проекте нет таблицы опроса {name}.",
                                                         "Bu loyihada {name} soʻrovnoma jadvali yoʻq."),
    "Unit must be 'case' or 'document', not {unit}.": ("Единица должна быть 'case' или 'document', а не {unit}.",
                                                       "Birlik 'case' yoki 'document' boʻlishi kerak, {unit} emas."),
    "no speaker is called {names}; its speakers are {speakers}.": (
        "нет говорящего с именем {names}; говорящие в нём: {speakers}.",
        "{names} nomli soʻzlovchi yoʻq; undagi soʻzlovchilar: {speakers}."),
    "{language} is not a language code; use two or three letters such as ru, uz or en.": (
        "{language} — не код языка; используйте две или три буквы, например ru, uz или en.",
        "{language} til kodi emas; ru, uz yoki en kabi ikki yoki uch harfdan foydalaning."),
    "The codebook is empty.": ("Кодовая книга пуста.", "Kodlar kitobi boʻsh."),
    "No column names the codes: add a 'name' (or 'path') column.": (
        "Ни один столбец не содержит имён кодов: добавьте столбец 'name' (или 'path').",
        "Hech bir ustunda kod nomlari yoʻq: 'name' (yoki 'path') ustunini qoʻshing."),
    "This row has no code name.": ("В этой строке нет имени кода.", "Bu qatorda kod nomi yoʻq."),
    "No table with a 'name' (or 'code') column was found in the document.": (
        "В документе не найдена таблица со столбцом 'name' (или 'code').",
        "Hujjatda 'name' (yoki 'code') ustunli jadval topilmadi."),
    "Codebooks can be read from .csv, .xlsx or .docx files.": (
        "Кодовые книги читаются из файлов .csv, .xlsx или .docx.",
        "Kodlar kitobini .csv, .xlsx yoki .docx fayllaridan oʻqish mumkin."),
    "This is a REFI-QDA file; import it with File › Import REFI-QDA (.qdpx, .qdc)… (on the command line: qualcode "
    "refi import). Codebooks here are read from .csv, .xlsx or .docx files.": (
        ("Это файл REFI-QDA; импортируйте его через Файл › Импорт REFI-QDA (.qdpx, .qdc)… (в командной строке: "
         "qualcode refi import). Кодовые книги здесь читаются из файлов .csv, .xlsx или .docx."),
        ("Bu REFI-QDA fayli; uni Fayl › REFI-QDA import qilish (.qdpx, .qdc)… orqali import qiling (buyruq "
         "satrida: qualcode refi import). Bu yerda kodlar kitobi .csv, .xlsx yoki .docx fayllaridan oʻqiladi.")),
    "The file is {size} MB; a codebook should be far smaller.": (
        "Размер файла — {size} МБ; кодовая книга должна быть гораздо меньше.",
        "Fayl hajmi {size} MB; kodlar kitobi ancha kichik boʻlishi kerak."),
    "The file could not be read ({reason}).": ("Не удалось прочитать файл ({reason}).", "Fayl oʻqilmadi ({reason})."),
    "This is not a readable Excel workbook ({reason}).": ("Это не читаемая книга Excel ({reason}).",
                                                          "Bu oʻqiladigan Excel ishchi kitobi emas ({reason})."),
    "This is not a readable Word document ({reason}).": ("Это не читаемый документ Word ({reason}).",
                                                         "Bu oʻqiladigan Word hujjati emas ({reason})."),
    "Codebooks can be written as .csv, .xlsx or .docx, not {suffix}.": (
        "Кодовые книги записываются в .csv, .xlsx или .docx, а не в {suffix}.",
        "Kodlar kitobini .csv, .xlsx yoki .docx ga yozish mumkin, {suffix} ga emas."),
    "Variables {names} are not columns of the data to export.": (
        "Переменные {names} — не столбцы экспортируемых данных.",
        "{names} oʻzgaruvchilari eksport qilinadigan maʼlumotlar ustunlari emas."),
    "These column names are not valid SPSS variable names: {names}.": (
        "Эти имена столбцов недопустимы как имена переменных SPSS: {names}.",
        "Bu ustun nomlari SPSS oʻzgaruvchi nomi sifatida yaroqsiz: {names}."),
    "These column names are not valid Stata variable names: {names}.": (
        "Эти имена столбцов недопустимы как имена переменных Stata: {names}.",
        "Bu ustun nomlari Stata oʻzgaruvchi nomi sifatida yaroqsiz: {names}."),
    "Stata value labels need whole-number codes; {name} has {codes}.": (
        "Метки значений Stata требуют целочисленных кодов; у {name} коды {codes}.",
        "Stata qiymat belgilari butun sonli kodlarni talab qiladi; {name} da {codes} bor."),
    "The {kind} file was not written completely ({reason}).": ("Файл {kind} записан не полностью ({reason}).",
                                                               "{kind} fayli toʻliq yozilmadi ({reason})."),
    "The {kind} file was not written completely ({written} of {rows} rows).": (
        "Файл {kind} записан не полностью ({written} из {rows} строк).",
        "{kind} fayli toʻliq yozilmadi ({rows} qatordan {written} tasi)."),
})

# -- REFI-QDA import and export (qualcode/ui/texts/refi_texts.py) -----------------------
CATALOG.update({
    "REFI-QDA files end in .qdpx (a project) or .qdc (a codebook).": (
        "Файлы REFI-QDA имеют расширение .qdpx (проект) или .qdc (кодовая книга).",
        "REFI-QDA fayllari .qdpx (loyiha) yoki .qdc (kodlar kitobi) bilan tugaydi."),
    "The archive member {member} points outside the archive (a zip path-traversal attack); refusing the file.": (
        "Элемент архива {member} указывает за пределы архива (атака с обходом пути в zip); файл отклонён.",
        ("Arxivdagi {member} elementi arxivdan tashqariga ishora qiladi (zip yoʻl aylanib oʻtish hujumi); fayl rad "
        "etildi.")),
    "The archive would inflate to {size} bytes; the limit is {limit}. Refusing a possible zip bomb.": (
        "При распаковке архив занял бы {size} байт; предел — {limit}. Возможная zip-бомба отклонена.",
        "Arxiv ochilganda {size} bayt boʻlardi; chegara — {limit}. Ehtimoliy zip-bomba rad etildi."),
    "The archive has no project.qde; is it really a REFI-QDA project?": (
        "В архиве нет project.qde; это точно проект REFI-QDA?",
        "Arxivda project.qde yoʻq; bu haqiqatan REFI-QDA loyihasimi?"),
    "The archive has {count} .qde files; expected one project.qde.": (
        "В архиве {count} файлов .qde; ожидался один project.qde.",
        "Arxivda {count} ta .qde fayl bor; bitta project.qde kutilgan edi."),
    ("RefiTexts", "The file is {size} bytes; the limit is {limit}."): (
        "Размер файла — {size} байт; предел — {limit}.", "Fayl hajmi {size} bayt; chegara — {limit}."),
    "The file is larger than {limit} bytes; not a codebook.": (
        "Файл больше {limit} байт; это не кодовая книга.", "Fayl {limit} baytdan katta; bu kodlar kitobi emas."),
    "The root element is <{tag}>, not a REFI-QDA <CodeBook>.": (
        "Корневой элемент — <{tag}>, а не <CodeBook> REFI-QDA.", "Ildiz element <{tag}>, REFI-QDA <CodeBook> emas."),
    "The root element is <{tag}>, not a REFI-QDA <Project>.": (
        "Корневой элемент — <{tag}>, а не <Project> REFI-QDA.", "Ildiz element <{tag}>, REFI-QDA <Project> emas."),
    "The REFI-QDA file we built does not validate against {schema} (line {line}: {detail}); nothing was written. "
    "This is a bug in QualCode: please report it.": (
        ("Созданный файл REFI-QDA не проходит проверку по {schema} (строка {line}: {detail}); ничего не записано. "
        "Это ошибка QualCode: пожалуйста, сообщите о ней."),
        ("Yaratilgan REFI-QDA fayli {schema} boʻyicha tekshiruvdan oʻtmadi ({line}-qator: {detail}); hech narsa "
        "yozilmadi. Bu QualCode xatosi: iltimos, bu haqda xabar bering.")),
    # adapted
    "Description given as an attribute, read as the element": (
        "описание задано атрибутом, прочитано как элемент", "tavsif atribut sifatida berilgan, element sifatida oʻqildi"),
    "empty <Sets/> accepted (the schema wants at least one Set)": (
        "пустой <Sets/> принят (схема требует хотя бы один Set)",
        "boʻsh <Sets/> qabul qilindi (sxema kamida bitta Set talab qiladi)"),
    "plainTextPath without internal:// looked up in sources/": (
        "plainTextPath без internal:// найден в sources/", "internal:// siz plainTextPath sources/ ichidan qidirildi"),
    "byte-order mark at the start of a plain text (positions count from after it)": (
        "метка порядка байтов в начале простого текста (позиции считаются после неё)",
        "oddiy matn boshida bayt tartibi belgisi (pozitsiyalar undan keyin sanaladi)"),
    "plain text not in UTF-8, read as Windows-1252": (
        "простой текст не в UTF-8, прочитан как Windows-1252", "oddiy matn UTF-8 da emas, Windows-1252 sifatida oʻqildi"),
    "text taken from the rich-text (.docx) source: the plain text was missing or empty (positions follow our text of "
    "the document)": (
        ("текст взят из форматированного источника (.docx): простого текста не было или он пуст (позиции отсчитаны "
        "по нашему тексту документа)"),
        ("matn formatlangan manbadan (.docx) olindi: oddiy matn yoʻq yoki boʻsh edi (pozitsiyalar hujjatning bizdagi "
        "matniga koʻra)")),
    "CRLF line ends turned into LF (positions mapped exactly)": (
        "концы строк CRLF заменены на LF (позиции пересчитаны точно)",
        "CRLF qator oxirlari LF ga almashtirildi (pozitsiyalar aniq qayta hisoblandi)"),
    "CR line ends turned into LF (positions mapped exactly)": (
        "концы строк CR заменены на LF (позиции пересчитаны точно)",
        "CR qator oxirlari LF ga almashtirildi (pozitsiyalar aniq qayta hisoblandi)"),
    "selections with start after end, swapped": (
        "выделения с началом после конца: начало и конец переставлены",
        "boshi oxiridan keyin boʻlgan belgilashlar: boshi va oxiri almashtirildi"),
    "selections reaching outside their text, clipped to it": (
        "выделения, выходящие за пределы своего текста, обрезаны по нему",
        "oʻz matnidan chiqib ketgan belgilashlar matn chegarasigacha qirqildi"),
    "project file named {member}, not project.qde": ("файл проекта называется {member}, а не project.qde",
                                                     "loyiha fayli project.qde emas, {member} deb nomlangan"),
    "three-digit colours widened to six digits": ("трёхзначные цвета расширены до шести знаков",
                                                  "uch xonali ranglar olti xonagacha kengaytirildi"),
    "colours that are not #rrggbb replaced by a palette colour": (
        "цвета не в формате #rrggbb заменены цветом из палитры",
        "#rrggbb koʻrinishida boʻlmagan ranglar palitradagi rang bilan almashtirildi"),
    "codes without a colour given a palette colour": ("кодам без цвета назначен цвет из палитры",
                                                      "rangsiz kodlarga palitradan rang berildi"),
    "code names with blank or line-break characters tidied": (
        "имена кодов с пробельными символами или переводами строк приведены в порядок",
        "boʻshliq yoki qator koʻchirish belgilari bor kod nomlari tartibga keltirildi"),
    "code names longer than 200 characters shortened": ("имена кодов длиннее 200 символов сокращены",
                                                        "200 belgidan uzun kod nomlari qisqartirildi"),
    "folders (isCodable=false) kept as ordinary codes": ("папки (isCodable=false) сохранены как обычные коды",
                                                         "jildlar (isCodable=false) oddiy kodlar sifatida saqlandi"),
    "codes that already existed (same path) reused as they are, not duplicated (the file's colour and description not "
    "applied)": (
        ("уже существующие коды (тот же путь) использованы как есть, без дублирования (цвет и описание из файла не "
        "применены)"),
        ("allaqachon mavjud kodlar (xuddi shu yoʻl) boricha ishlatildi, takrorlanmadi (fayldagi rang va tavsif "
        "qoʻllanmadi)")),
    "notes not attached to anything kept as project memos": (
        "примечания, ни к чему не привязанные, сохранены как заметки проекта",
        "hech narsaga biriktirilmagan izohlar loyiha qaydlari sifatida saqlandi"),
    "cases that already existed (same name) reused; their variables left as they were": (
        "уже существующие случаи (то же имя) использованы повторно; их переменные оставлены как были",
        "allaqachon mavjud holatlar (xuddi shu nom) qayta ishlatildi; ularning oʻzgaruvchilari oʻzgarishsiz qoldi"),
    "sources in more than one case: linked to the first case only": (
        "источники в нескольких случаях: связаны только с первым случаем",
        "bir nechta holatdagi manbalar: faqat birinchi holatga bogʻlandi"),
    "documents renamed because the name was taken or blank": (
        "документы переименованы, потому что имя было занято или пусто",
        "nom band yoki boʻsh boʻlgani uchun hujjatlar qayta nomlandi"),
    "notes on uncoded selections kept as document memos naming the text": (
        "примечания к некодированным выделениям сохранены как заметки к документу с указанием текста",
        "kodlanmagan belgilashlardagi izohlar matnni koʻrsatgan holda hujjat qaydlari sifatida saqlandi"),
    "codings without a known user attributed to {coder}": (
        "кодирования без известного пользователя приписаны {coder}",
        "maʼlum foydalanuvchisi yoʻq kodlashlar {coder} ga biriktirildi"),
    "the same code on the same text by the same user, kept once": (
        "один и тот же код на том же тексте от того же пользователя сохранён один раз",
        "bir foydalanuvchining bir matndagi bir xil kodi bir marta saqlandi"),
    # not kept
    "text sources whose text is not in the archive": ("текстовые источники, текста которых нет в архиве",
                                                      "matni arxivda boʻlmagan matn manbalari"),
    "selections of those sources": ("выделения в этих источниках", "shu manbalardagi belgilashlar"),
    "selections with positions that are not numbers": ("выделения с позициями, которые не являются числами",
                                                       "pozitsiyalari raqam boʻlmagan belgilashlar"),
    "empty selections": ("пустые выделения", "boʻsh belgilashlar"),
    "codings of whole sources (no selection)": ("кодирования целых источников (без выделения)",
                                                "butun manbalarni kodlash (belgilashsiz)"),
    "selections inside notes": ("выделения внутри примечаний", "izohlar ichidagi belgilashlar"),
    "codes attached to cases": ("коды, привязанные к случаям", "holatlarga biriktirilgan kodlar"),
    "selections attached to cases": ("выделения, привязанные к случаям", "holatlarga biriktirilgan belgilashlar"),
    "picture sources": ("источники-изображения", "rasm manbalari"),
    "PDF sources": ("источники PDF", "PDF manbalari"),
    "audio sources": ("аудиоисточники", "audio manbalari"),
    "video sources": ("видеоисточники", "video manbalari"),
    "selections in {sources}": ("выделения в: {sources}", "belgilashlar: {sources}"),
    "graphs": ("графы", "graflar"),
    "references to notes that are not in the file": ("ссылки на примечания, которых нет в файле",
                                                     "faylda boʻlmagan izohlarga havolalar"),
    "speaker turns that do not fit their document's text": ("реплики, не совпадающие с текстом своего документа",
                                                            "oʻz hujjati matniga mos kelmaydigan replikalar"),
    "variable values on sources (QualCode keeps variables on cases)": (
        "значения переменных у источников (QualCode хранит переменные у случаев)",
        "manbalardagi oʻzgaruvchi qiymatlari (QualCode oʻzgaruvchilarni holatlarda saqlaydi)"),
    "selections without a code or a note": ("выделения без кода и без примечания", "kodsiz va izohsiz belgilashlar"),
    "codings whose code is not in the file": ("кодирования, кода которых нет в файле",
                                              "kodi faylda boʻlmagan kodlashlar"),
    "links between objects (QualCode has no links)": ("связи между объектами (в QualCode нет связей)",
                                                      "obyektlar orasidagi bogʻlanishlar (QualCode da bogʻlanishlar yoʻq)"),
    "QualCode extension (themes, case memos, speaker turns) that could not be read": (
        "расширение QualCode (темы, заметки к случаям, реплики), которое не удалось прочитать",
        "oʻqib boʻlmagan QualCode kengaytmasi (mavzular, holat qaydlari, replikalar)"),
    "themes in the extension that could not be read": ("темы в расширении, которые не удалось прочитать",
                                                       "kengaytmadagi oʻqib boʻlmagan mavzular"),
    "set members that are not codes or documents kept here (notes, missing objects)": (
        ("элементы наборов, не являющиеся сохранёнными здесь кодами или документами (примечания, отсутствующие "
        "объекты)"),
        "bu yerda saqlangan kod yoki hujjat boʻlmagan toʻplam aʼzolari (izohlar, mavjud boʻlmagan obyektlar)"),
    "survey tables (export them as CSV/XLSX/SAV)": ("таблицы опросов (экспортируйте их в CSV/XLSX/SAV)",
                                                    "soʻrovnoma jadvallari (ularni CSV/XLSX/SAV ga eksport qiling)"),
    "saved analyses": ("сохранённые анализы", "saqlangan tahlillar"),
    "joint displays": ("совместные представления", "birlashgan taqdimotlar"),
    "thematic map boxes": ("блоки тематической карты", "tematik xarita bloklari"),
    # the report's layout
    "%Ln user(s)": (("%Ln пользователь", "%Ln пользователя", "%Ln пользователей"), "%Ln ta foydalanuvchi"),
    "%Ln code(s)": (("%Ln код", "%Ln кода", "%Ln кодов"), "%Ln ta kod"),
    "%Ln source(s)": (("%Ln источник", "%Ln источника", "%Ln источников"), "%Ln ta manba"),
    "%Ln selection(s)": (("%Ln выделение", "%Ln выделения", "%Ln выделений"), "%Ln ta belgilash"),
    "%Ln coding(s)": (("%Ln кодирование", "%Ln кодирования", "%Ln кодирований"), "%Ln ta kodlash"),
    "%Ln case(s)": (("%Ln случай", "%Ln случая", "%Ln случаев"), "%Ln ta holat"),
    "%Ln variable(s)": (("%Ln переменная", "%Ln переменные", "%Ln переменных"), "%Ln ta oʻzgaruvchi"),
    "%Ln note(s)": (("%Ln примечание", "%Ln примечания", "%Ln примечаний"), "%Ln ta izoh"),
    "%Ln set(s)": (("%Ln набор", "%Ln набора", "%Ln наборов"), "%Ln ta toʻplam"),
    "%Ln link(s)": (("%Ln связь", "%Ln связи", "%Ln связей"), "%Ln ta bogʻlanish"),
    "%Ln theme(s)": (("%Ln тема", "%Ln темы", "%Ln тем"), "%Ln ta mavzu"),
    "{file}: {kept}.": ("{file}: {kept}.", "{file}: {kept}."),
    "nothing": ("ничего", "hech narsa"),
    "Adapted:": ("Изменено при переносе:", "Moslashtirildi:"),
    "Not kept:": ("Не сохранено:", "Saqlanmadi:"),
})

# -- merging two copies (qualcode/ui/texts/merge_texts.py) ------------------------------
CATALOG.update({
    "{path} does not exist or is not a project file.": ("{path} не существует или не является файлом проекта.",
                                                        "{path} mavjud emas yoki loyiha fayli emas."),
    "{path} already exists; the merge writes a new project file.": (
        "{path} уже существует; объединение записывает новый файл проекта.",
        "{path} allaqachon mavjud; birlashtirish yangi loyiha faylini yozadi."),
    "The folder {path} does not exist.": ("Папка {path} не существует.", "{path} jildi mavjud emas."),
    "{path} is given twice; merge two different copies.": ("{path} указан дважды; объединяйте две разные копии.",
                                                           "{path} ikki marta koʻrsatilgan; ikki xil nusxani birlashtiring."),
    "decision for {conflict} matches no conflict of this merge; nothing was written.": (
        "решение для {conflict} не соответствует ни одному конфликту этого объединения; ничего не записано.",
        "{conflict} uchun qaror bu birlashtirishning hech bir ziddiyatiga mos kelmaydi; hech narsa yozilmadi."),
    "decision {choice} for {conflict} is not one of {options}.": (
        "решение {choice} для {conflict} не входит в число вариантов: {options}.",
        "{conflict} uchun {choice} qarori variantlardan biri emas: {options}."),
    "{path} must hold one JSON object of conflict id -> option strings.": (
        "{path} должен содержать один объект JSON вида «идентификатор конфликта -> вариант».",
        "{path} da «ziddiyat id -> variant» koʻrinishidagi bitta JSON obyekt boʻlishi kerak."),
    "{path}: {conflict} is not a conflict id (kind:entity:id).": (
        "{path}: {conflict} — не идентификатор конфликта (вид:объект:номер).",
        "{path}: {conflict} ziddiyat id si emas (tur:obyekt:id)."),
    "{path}: cannot read the decisions file ({reason}).": ("{path}: не удаётся прочитать файл решений ({reason}).",
                                                           "{path}: qarorlar faylini oʻqib boʻlmaydi ({reason})."),
    "{path} is not a JSON decisions file ({reason}).": ("{path} — не файл решений в формате JSON ({reason}).",
                                                        "{path} JSON qarorlar fayli emas ({reason})."),
    "{count} document(s) only in A were kept: {names}": (
        "Документы, которые есть только в A, сохранены ({count}): {names}",
        "Faqat A da boʻlgan hujjatlar saqlandi ({count} ta): {names}"),
    "{count} theme(s) have a different status, definition or narrative in B; A's are kept: {names}": (
        "У тем в B другой статус, определение или описание ({count}); сохранены варианты из A: {names}",
        "B dagi mavzularning holati, taʼrifi yoki bayoni boshqacha ({count} ta); A dagilari saqlandi: {names}"),
    "coding {start}-{end} of document {document} by {coder}": (
        "кодирование {start}-{end} в документе {document}, кодировщик {coder}",
        "{document}-hujjatdagi {start}-{end} kodlash, kodlovchi {coder}"),
    "memo {title}": ("заметка {title}", "{title} qaydi"),
    "edited {fields}": ("изменено: {fields}", "oʻzgartirildi: {fields}"),
    "edited {fields}; coded new text": ("изменено: {fields}; закодирован новый текст",
                                        "oʻzgartirildi: {fields}; yangi matn kodlandi"),
    "coded new text": ("закодирован новый текст", "yangi matn kodlandi"),
    "deleted": ("удалено", "oʻchirilgan"),
    "renamed in one copy, edited in the other": ("переименован в одной копии, изменён в другой",
                                                 "bir nusxada qayta nomlangan, boshqasida oʻzgartirilgan"),
    "moved in one copy, edited in the other": ("перемещён в одной копии, изменён в другой",
                                               "bir nusxada koʻchirilgan, boshqasida oʻzgartirilgan"),
    "edited in both copies": ("изменён в обеих копиях", "ikkala nusxada oʻzgartirilgan"),
    "deleted in one copy, edited in the other": ("удалён в одной копии, изменён в другой",
                                                 "bir nusxada oʻchirilgan, boshqasida oʻzgartirilgan"),
    "memo edited in both copies": ("заметка изменена в обеих копиях", "qayd ikkala nusxada oʻzgartirilgan"),
    "keep both": ("оставить оба", "ikkalasini qoldirish"),
    "keep A": ("оставить A", "A ni qoldirish"),
    "keep B": ("оставить B", "B ni qoldirish"),
    "keep it": ("оставить", "qoldirish"),
    "delete it": ("удалить", "oʻchirish"),
    "name": ("имя", "nom"),
    "parent": ("родительский код", "yuqori kod"),
    "colour": ("цвет", "rang"),
    "definition": ("определение", "taʼrif"),
    "inclusion criteria": ("критерии включения", "kiritish mezonlari"),
    "exclusion criteria": ("критерии исключения", "chiqarish mezonlari"),
    "example": ("пример", "misol"),
    "atypical example": ("нетипичный пример", "noodatiy misol"),
    "quick key": ("быстрая клавиша", "tezkor tugma"),
    "position": ("позиция", "oʻrin"),
    "text": ("текст", "matn"),
    "memo": ("заметка", "qayd"),
    "codes matched by name: {n}": ("кодов сопоставлено по имени: {n}", "nomi boʻyicha moslangan kodlar: {n}"),
    "codes added from B: {n}": ("кодов добавлено из B: {n}", "B dan qoʻshilgan kodlar: {n}"),
    "codes deleted in A: {n}": ("кодов удалено в A: {n}", "A da oʻchirilgan kodlar: {n}"),
    "codes deleted in B: {n}": ("кодов удалено в B: {n}", "B da oʻchirilgan kodlar: {n}"),
    "documents added from B: {n}": ("документов добавлено из B: {n}", "B dan qoʻshilgan hujjatlar: {n}"),
    "segments added from B: {n}": ("фрагментов добавлено из B: {n}", "B dan qoʻshilgan parchalar: {n}"),
    "segments coded in both: {n}": ("фрагментов закодировано в обеих: {n}", "ikkalasida kodlangan parchalar: {n}"),
    "segments deleted in A: {n}": ("фрагментов удалено в A: {n}", "A da oʻchirilgan parchalar: {n}"),
    "segments deleted in B: {n}": ("фрагментов удалено в B: {n}", "B da oʻchirilgan parchalar: {n}"),
    "segments dropped with their code: {n}": ("фрагментов удалено вместе с кодом: {n}",
                                              "kodi bilan birga olib tashlangan parchalar: {n}"),
})

# -- quant notes and errors, saving and project files: catalog_messages_quant_storage.py ---
CATALOG.update(QUANT_STORAGE)

# -- project-file errors, the common model notes, joint displays: catalog_messages_project_joint.py;
# -- team, privacy, assistant, search and joint-display errors: catalog_messages_views.py
for _source, _texts in (*PROJECT_JOINT.items(), *VIEWS.items()):
    if CATALOG.setdefault(_source, _texts) != _texts:
        raise ValueError(f"{_source!r} is translated twice, differently, in the messages catalogues")
