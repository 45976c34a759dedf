"""The "core" area (main window, dialogs, import/exchange, undo commands, phases, codebook editor,
team): English source -> (Russian, Uzbek Latin). Built with ``python tools/i18n/build_ts.py core``
(the catalogue format is described there).

Terms follow docs/translation-glossary.md (код, фрагмент, кодовая книга, тема, заметка;
kod, parcha, kodlar kitobi, mavzu, qayd). Uzbek: Latin, oʻ/gʻ with U+02BB, tutuq belgisi U+02BC.
Plurals: Russian (one, few, many); Uzbek nouns do not change after numerals (one text).
"""

FILES = [
    "qualcode/ui/*.py",
    "qualcode/ui/i18n/*.py",
    "qualcode/ui/dialogs/*.py",
    "qualcode/ui/exchange/*.py",
    "qualcode/ui/commands/*.py",
    "qualcode/ui/phases/*.py",
    "qualcode/ui/codebook/*.py",
    "qualcode/ui/team/*.py",
]

#: English plural forms where the verb agrees too (derived forms would read "1 row have")
ENGLISH = {
    "%n row(s) have no case: {keys}.": ("%n row has no case: {keys}.", "%n rows have no case: {keys}."),
    "%n row(s) will become new cases: {keys}.": ("%n row will become a new case: {keys}.",
                                                 "%n rows will become new cases: {keys}."),
    "%n case(s) have no survey row: {keys}.": ("%n case has no survey row: {keys}.",
                                               "%n cases have no survey row: {keys}."),
    "%n transcript(s) have no case ({names}): no survey row can reach them.": (
        "%n transcript has no case ({names}): no survey row can reach it.",
        "%n transcripts have no case ({names}): no survey row can reach them."),
    "{matched} of %n row(s) match a case.": ("{matched} of %n row matches a case.", "{matched} of %n rows match a case."),
    "%n reflexive journal entry(-ies)": ("%n reflexive journal entry", "%n reflexive journal entries"),
    "%n {unit} unit(s) disagree, {decided} decided. Agreement over {over}: {stats}": (
        "%n {unit} unit disagrees, {decided} decided. Agreement over {over}: {stats}",
        "%n {unit} units disagree, {decided} decided. Agreement over {over}: {stats}"),
    "%n file(s) cannot be read ({names}); see the red rows.": (
        "%n file cannot be read ({names}); see the red rows.", "%n files cannot be read ({names}); see the red rows."),
    "%n thin (fewer than 20 % of cases)": ("%n thin (fewer than 20 % of cases)", "%n thin (fewer than 20 % of cases)"),
    "%n overlapping another theme": ("%n overlapping another theme", "%n overlapping another theme"),
    "%n with a definition and a narrative": ("%n with a definition and a narrative",
                                             "%n with a definition and a narrative"),
}

CATALOG: dict = {
    # -- main window: menus and actions -------------------------------------------------
    "&File": ("&Файл", "&Fayl"),
    "&Edit": ("&Правка", "&Tahrirlash"),
    "&Code": ("&Кодирование", "&Kodlash"),
    "&Themes": ("&Темы", "&Mavzular"),
    "&Analyse": ("&Анализ", "&Tahlil"),
    "&View": ("&Вид", "&Koʻrinish"),
    "&Help": ("Спр&авка", "&Yordam"),
    "&New project…": ("&Новый проект…", "&Yangi loyiha…"),
    "&Open project…": ("&Открыть проект…", "Loyihani &ochish…"),
    "Open &server…": ("Открыть на &сервере…", "&Serverdagi loyihani ochish…"),
    "&Merge copies…": ("&Объединить копии…", "Nusxalarni &birlashtirish…"),
    "Open &recent": ("&Недавние проекты", "&Soʻnggi loyihalar"),
    "&Close project": ("&Закрыть проект", "Loyihani &yopish"),
    "&Quit": ("В&ыход", "&Chiqish"),
    "&Undo": ("&Отменить", "&Bekor qilish"),
    "&Redo": ("&Повторить", "&Qaytarish"),
    "&Undo {step}": ("&Отменить: {step}", "&Bekor qilish: {step}"),
    "&Redo {step}": ("&Повторить: {step}", "&Qaytarish: {step}"),
    "&Preferences…": ("&Настройки…", "&Sozlamalar…"),
    "&About QualCode": ("&О программе QualCode", "QualCode &haqida"),
    "About QualCode": ("О программе QualCode", "QualCode haqida"),
    "QualCode {version}\nMixed-methods qualitative analysis.": (
        "QualCode {version}\nКачественный анализ данных смешанными методами.",
        "QualCode {version}\nAralash usullar bilan sifat tahlili."),
    "QualCode projects": ("Проекты QualCode", "QualCode loyihalari"),
    "New project": ("Новый проект", "Yangi loyiha"),
    "Open project": ("Открыть проект", "Loyihani ochish"),
    "Could not create {location}": ("Не удалось создать {location}", "{location} yaratilmadi"),
    "Could not open {location}": ("Не удалось открыть {location}", "{location} ochilmadi"),
    "That password does not open it (nothing was changed).": (
        "Этот пароль не подходит (ничего не изменено).", "Bu parol toʻgʻri kelmadi (hech narsa oʻzgarmadi)."),
    "Could not write a cleaned copy of {location}": (
        "Не удалось записать очищенную копию {location}", "{location} ning tozalangan nusxasi yozilmadi"),
    "Opened a cleaned copy: %n foreign object(s) left out": (
        ("Открыта очищенная копия: пропущен %n посторонний объект",
         "Открыта очищенная копия: пропущено %n посторонних объекта",
         "Открыта очищенная копия: пропущено %n посторонних объектов"),
        "Tozalangan nusxa ochildi: %n ta begona obyekt chiqarib tashlandi"),
    ", %n row(s) the schema refused": (
        (", %n строку схема не приняла", ", %n строки схема не приняла", ", %n строк схема не приняла"),
        ", sxema %n ta qatorni qabul qilmadi"),
    "; {name} is unchanged.": ("; {name} не изменён.", "; {name} oʻzgarmadi."),
    "Could not open the demo project": ("Не удалось открыть демонстрационный проект", "Namuna loyiha ochilmadi"),
    "{name} (read-only: browse, search and export only) — QualCode": (
        "{name} (только чтение: просмотр, поиск и экспорт) — QualCode",
        "{name} (faqat oʻqish: koʻrish, qidirish va eksport) — QualCode"),
    "{name} — QualCode": ("{name} — QualCode", "{name} — QualCode"),
    "No project open": ("Проект не открыт", "Loyiha ochilmagan"),
    "Could not create the folder {folder}": ("Не удалось создать папку {folder}", "{folder} jildi yaratilmadi"),
    "%Ln document(s)": (("%Ln документ", "%Ln документа", "%Ln документов"), "%Ln ta hujjat"),
    "%Ln code(s)": (("%Ln код", "%Ln кода", "%Ln кодов"), "%Ln ta kod"),
    "%Ln segment(s)": (("%Ln фрагмент", "%Ln фрагмента", "%Ln фрагментов"), "%Ln ta parcha"),
    "All changes saved": ("Все изменения сохранены", "Barcha oʻzgarishlar saqlandi"),
    "This project was not opened: it contains database code QualCode did not create.": (
        "Проект не открыт: в нём есть код базы данных, созданный не QualCode.",
        "Loyiha ochilmadi: unda QualCode yaratmagan maʼlumotlar bazasi kodi bor."),
    "Open a cleaned copy instead? It is written to\n{copy}\nand holds the project's data without that code; "
    "the original stays as it is.": (
        "Открыть вместо него очищенную копию? Она будет записана в\n{copy}\nи содержит данные проекта без этого "
        "кода; оригинал останется как есть.",
        "Uning oʻrniga tozalangan nusxani ochasizmi? U quyidagi joyga yoziladi:\n{copy}\nunda loyiha maʼlumotlari "
        "shu kodsiz boʻladi; asl fayl oʻzgarmaydi."),
    "Open a cleaned copy": ("Открыть очищенную копию", "Tozalangan nusxani ochish"),
    # -- workbench docks ----------------------------------------------------------------
    "Documents": ("Документы", "Hujjatlar"),
    "Codebook": ("Кодовая книга", "Kodlar kitobi"),
    "Analysis": ("Анализ", "Tahlil"),
    # -- preferences --------------------------------------------------------------------
    "Preferences": ("Настройки", "Sozlamalar"),
    "As the system ({language})": ("Как в системе ({language})", "Tizimdagidek ({language})"),
    "The window is rebuilt in the new language; the open project, document, selection and undo history are kept.": (
        "Окно будет перестроено на новом языке; открытый проект, документ, выделение и история отмены сохранятся.",
        "Oyna yangi tilda qayta quriladi; ochiq loyiha, hujjat, belgilangan matn va bekor qilish tarixi saqlanadi."),
    "Interface &language:": ("&Язык интерфейса:", "Interfeys &tili:"),
    "Project output": ("Экспорт проекта", "Loyiha eksporti"),
    "Output &language:": ("&Язык экспорта:", "Eksport &tili:"),
    "&Decimal mark:": ("&Десятичный разделитель:", "&Oʻnlik ajratgich:"),
    "The language's convention": ("Как принято в языке", "Til qoidasiga koʻra"),
    "Comma (0,21)": ("Запятая (0,21)", "Vergul (0,21)"),
    "Point (0.21)": ("Точка (0.21)", "Nuqta (0.21)"),
    "Open a project to choose the language of its Word and table output.": (
        "Откройте проект, чтобы выбрать язык его документов Word и таблиц.",
        "Word hujjatlari va jadvallari tilini tanlash uchun loyihani oching."),
    'Fixed labels of Word and table exports (table headings, "Note.", captions, APA terms) are written in '
    "this language. Saved in the project; Edit › Undo takes it back.": (
        "Постоянные надписи в экспорте Word и таблиц (заголовки таблиц, «Примечание.», подписи, термины APA) "
        "пишутся на этом языке. Сохраняется в проекте; Правка › Отменить возвращает прежний.",
        "Word va jadval eksportidagi doimiy yozuvlar (jadval sarlavhalari, «Izoh.», taglavhalar, APA atamalari) "
        "shu tilda yoziladi. Loyihada saqlanadi; Tahrirlash › Bekor qilish avvalgisini qaytaradi."),
    "Output language saved in the project.": ("Язык экспорта сохранён в проекте.", "Eksport tili loyihada saqlandi."),
    # -- errors -------------------------------------------------------------------------
    "QualCode — what happened": ("QualCode — что произошло", "QualCode — nima yuz berdi"),
    "{what}: {reason}": ("{what}: {reason}", "{what}: {reason}"),
    "{what}. Nothing was changed.": ("{what}. Ничего не изменено.", "{what}. Hech narsa oʻzgarmadi."),
    "This looks like a bug in QualCode; the details below help to report it.": (
        "Похоже на ошибку в QualCode; подробности ниже помогут о ней сообщить.",
        "Bu QualCode dagi xatoga oʻxshaydi; quyidagi tafsilotlar u haqda xabar berishga yordam beradi."),
    # -- start page ---------------------------------------------------------------------
    "<h1>QualCode</h1><p>Code transcripts, build themes, link them to survey data.</p>": (
        "<h1>QualCode</h1><p>Кодируйте транскрипты, выстраивайте темы, связывайте их с данными опросов.</p>",
        "<h1>QualCode</h1><p>Transkriptlarni kodlang, mavzular tuzing, ularni soʻrovnoma maʼlumotlari bilan "
        "bogʻlang.</p>"),
    "<b>New project</b>": ("<b>Новый проект</b>", "<b>Yangi loyiha</b>"),
    "e.g. Dilnoza": ("например, Дилноза", "masalan, Dilnoza"),
    "Your name as it appears on your coding and in reports. Asked once; change it here any time.": (
        "Ваше имя в кодировании и отчётах. Спрашивается один раз; изменить его можно здесь в любое время.",
        "Kodlashda va hisobotlarda koʻrinadigan ismingiz. Bir marta soʻraladi; uni shu yerda istalgan vaqtda "
        "oʻzgartirish mumkin."),
    "My study": ("Моё исследование", "Mening tadqiqotim"),
    "Browse…": ("Обзор…", "Tanlash…"),
    "&Create project": ("&Создать проект", "Loyiha &yaratish"),
    "Your &name (coder):": ("Ваше &имя (кодировщик):", "&Ismingiz (kodlovchi):"),
    "Project &name:": ("&Название проекта:", "Loyiha &nomi:"),
    "&Folder:": ("&Папка:", "&Jild:"),
    "Open the &demo project (synthetic data)": ("Открыть &демонстрационный проект (синтетические данные)",
                                                "&Namuna loyihani ochish (sunʼiy maʼlumotlar)"),
    "A study shaped like 'Beyond rescue': 54 transcripts, 150 survey records, codes, themes, analyses and joint "
    "displays. All data are invented.": (
        "Исследование по образцу «Beyond rescue»: 54 транскрипта, 150 анкет опроса, коды, темы, анализы и "
        "совместные представления. Все данные вымышлены.",
        "«Beyond rescue» namunasidagi tadqiqot: 54 ta transkript, 150 ta soʻrovnoma yozuvi, kodlar, mavzular, "
        "tahlillar va birlashgan taqdimotlar. Barcha maʼlumotlar oʻylab topilgan."),
    "<b>Recent projects</b>": ("<b>Недавние проекты</b>", "<b>Soʻnggi loyihalar</b>"),
    'Give the project a name without / \\ : * ? " < > | (got {name}).': (
        'Дайте проекту название без / \\ : * ? " < > | (сейчас {name}).',
        'Loyihaga / \\ : * ? " < > | belgilarisiz nom bering (hozir {name}).'),
    "Choose the folder the project goes in.": ("Выберите папку для проекта.", "Loyiha uchun jildni tanlang."),
    "{location} exists already; choose another name or open it.": (
        "{location} уже существует; выберите другое название или откройте его.",
        "{location} allaqachon mavjud; boshqa nom tanlang yoki uni oching."),
    "Type your name first: it marks your coding (asked once).": (
        "Сначала введите своё имя: им помечается ваше кодирование (спрашивается один раз).",
        "Avval ismingizni yozing: u kodlashingizni belgilaydi (bir marta soʻraladi)."),
    "Folder for the project": ("Папка для проекта", "Loyiha jildi"),
    # -- help, toolbar, layouts ---------------------------------------------------------
    "Keyboard shortcuts": ("Сочетания клавиш", "Tezkor tugmalar"),
    "Action": ("Действие", "Amal"),
    "Keys": ("Клавиши", "Tugmalar"),
    "QualCode user guide": ("Руководство пользователя QualCode", "QualCode foydalanuvchi qoʻllanmasi"),
    "Coding": ("Кодирование", "Kodlash"),
    "Themes": ("Темы", "Mavzular"),
    "&Keyboard shortcuts": ("&Сочетания клавиш", "&Tezkor tugmalar"),
    "&User guide": ("&Руководство пользователя", "&Foydalanuvchi qoʻllanmasi"),
    "Main toolbar": ("Главная панель инструментов", "Asosiy asboblar paneli"),
    "Create a new project file": ("Создать новый файл проекта", "Yangi loyiha faylini yaratish"),
    "Open an existing .qcproj project": ("Открыть существующий проект .qcproj", "Mavjud .qcproj loyihasini ochish"),
    "Import interviews and focus groups (txt, docx, odt, pdf, srt, vtt…)": (
        "Импортировать интервью и фокус-группы (txt, docx, odt, pdf, srt, vtt…)",
        "Intervyu va fokus-guruhlarni import qilish (txt, docx, odt, pdf, srt, vtt…)"),
    "Import a survey (csv, xlsx, sav, dta) and link it to the cases": (
        "Импортировать опрос (csv, xlsx, sav, dta) и связать его со случаями",
        "Soʻrovnomani import qilish (csv, xlsx, sav, dta) va uni holatlarga bogʻlash"),
    "Undo the last change": ("Отменить последнее изменение", "Oxirgi oʻzgarishni bekor qilish"),
    "Redo what was undone": ("Повторить отменённое", "Bekor qilinganni qaytarish"),
    "Open the user guide: import → code → themes → link → model → Word": (
        "Открыть руководство: импорт → коды → темы → связи → модель → Word",
        "Qoʻllanmani ochish: import → kodlar → mavzular → bogʻlash → model → Word"),
    "&Layouts": ("&Раскладки окон", "&Oyna tartiblari"),
    "&Reset layout": ("&Сбросить раскладку", "Tartibni &tiklash"),
    # -- import -------------------------------------------------------------------------
    "Import &transcripts…": ("Импорт &транскриптов…", "&Transkriptlarni import qilish…"),
    "Import &survey…": ("Импорт &опроса…", "&Soʻrovnomani import qilish…"),
    "Reading the files was cancelled.": ("Чтение файлов отменено.", "Fayllarni oʻqish bekor qilindi."),
    "Interviews": ("Интервью", "Intervyular"),
    "Focus groups": ("Фокус-группы", "Fokus-guruhlar"),
    "Field notes": ("Полевые заметки", "Dala qaydlari"),
    "Transcripts": ("Транскрипты", "Transkriptlar"),
    "All files": ("Все файлы", "Barcha fayllar"),
    "Import transcripts": ("Импорт транскриптов", "Transkriptlarni import qilish"),
    "&Add files…": ("&Добавить файлы…", "Fayl &qoʻshish…"),
    "&Remove file": ("&Убрать файл", "Faylni &olib tashlash"),
    "Leave the selected file out of this import": ("Не импортировать выбранный файл",
                                                   "Tanlangan faylni bu importga kiritmaslik"),
    "Case from &file name (P07.docx → case P07)": ("Случай по &имени файла (P07.docx → случай P07)",
                                                   "Holat &fayl nomidan (P07.docx → P07 holati)"),
    "These files are:": ("Эти файлы —", "Bu fayllar:"),
    "Select a file to see its speakers.": ("Выберите файл, чтобы увидеть его говорящих.",
                                           "Soʻzlovchilarini koʻrish uchun faylni tanlang."),
    "none": ("нет", "yoʻq"),
    "Document's case:": ("Случай документа:", "Hujjat holati:"),
    "Double-click a name or case to change it. Tick the interviewer: their turns count for no case. In a focus "
    "group, give every participant their own case.": (
        "Дважды щёлкните имя или случай, чтобы изменить. Отметьте интервьюера: его реплики не относятся ни к "
        "одному случаю. В фокус-группе дайте каждому участнику свой случай.",
        "Oʻzgartirish uchun ism yoki holatni ikki marta bosing. Intervyuerni belgilang: uning replikalari hech "
        "qaysi holatga hisoblanmaydi. Fokus-guruhda har bir ishtirokchiga alohida holat bering."),
    "&Skip files that cannot be read and import the others": (
        "&Пропустить нечитаемые файлы и импортировать остальные",
        "Oʻqib boʻlmaydigan fayllarni &tashlab, qolganlarini import qilish"),
    "&Import": ("&Импортировать", "&Import qilish"),
    "Choose transcripts": ("Выберите транскрипты", "Transkriptlarni tanlang"),
    "Reading %n file(s)…": (("Чтение %n файла…", "Чтение %n файлов…", "Чтение %n файлов…"),
                            "%n ta fayl oʻqilmoqda…"),
    "The files could not be read: {reason}": ("Файлы не удалось прочитать: {reason}",
                                              "Fayllarni oʻqib boʻlmadi: {reason}"),
    "{file} cannot be imported: {reason}": ("{file} нельзя импортировать: {reason}",
                                            "{file} ni import qilib boʻlmaydi: {reason}"),
    "{file}: no speaker labels found; the whole text is one document.": (
        "{file}: метки говорящих не найдены; весь текст станет одним документом.",
        "{file}: soʻzlovchi belgilari topilmadi; butun matn bitta hujjat boʻladi."),
    "Speakers in {file} ({n})": ("Говорящие в {file} ({n})", "{file} dagi soʻzlovchilar ({n})"),
    "They will be skipped.": ("Они будут пропущены.", "Ular tashlab ketiladi."),
    "Import is off until you remove them or tick “Skip files that cannot be read”.": (
        "Импорт недоступен, пока вы не уберёте их или не отметите «Пропустить нечитаемые файлы».",
        "Ularni olib tashlamaguningizcha yoki “Oʻqib boʻlmaydigan fayllarni tashlab…” belgilanmaguncha import "
        "oʻchiq."),
    "%n file(s) cannot be read ({names}); see the red rows.": (
        ("%n файл не читается ({names}); см. красные строки.", "%n файла не читаются ({names}); см. красные строки.",
         "%n файлов не читаются ({names}); см. красные строки."),
        "%n ta faylni oʻqib boʻlmaydi ({names}); qizil qatorlarga qarang."),
    "&Import %n file(s)": (("&Импортировать %n файл", "&Импортировать %n файла", "&Импортировать %n файлов"),
                           "%n ta faylni &import qilish"),
    "Participants without a case": ("Участники без случая", "Holatsiz ishtirokchilar"),
    "%n file(s) would import participants linked to no case ({shown}). Their coded segments would count for nobody "
    "in the case table, the regression and the joint displays.": (
        ("%n файл импортирует участников, не связанных ни с одним случаем ({shown}). Их закодированные фрагменты "
         "не будут учтены ни в таблице случаев, ни в регрессии, ни в совместных представлениях.",
         "%n файла импортируют участников, не связанных ни с одним случаем ({shown}). Их закодированные фрагменты "
         "не будут учтены ни в таблице случаев, ни в регрессии, ни в совместных представлениях.",
         "%n файлов импортируют участников, не связанных ни с одним случаем ({shown}). Их закодированные фрагменты "
         "не будут учтены ни в таблице случаев, ни в регрессии, ни в совместных представлениях."),
        "%n ta fayl hech qaysi holatga bogʻlanmagan ishtirokchilarni import qiladi ({shown}). Ularning kodlangan "
        "parchalari holatlar jadvalida, regressiyada va birlashgan taqdimotlarda hech kimga hisoblanmaydi."),
    "Go back and give them a case, or tick them as interviewer.": (
        "Вернитесь и назначьте им случай или отметьте их как интервьюеров.",
        "Orqaga qayting va ularga holat bering yoki ularni intervyuer deb belgilang."),
    "Go &back": ("&Назад", "&Orqaga"),
    "Import &anyway": ("Всё равно &импортировать", "Baribir &import qilish"),
    "Not imported yet: give every participant a case (or tick the interviewer).": (
        "Пока не импортировано: назначьте каждому участнику случай (или отметьте интервьюера).",
        "Hali import qilinmadi: har bir ishtirokchiga holat bering (yoki intervyuerni belgilang)."),
    "Importing transcripts…": ("Импорт транскриптов…", "Transkriptlar import qilinmoqda…"),
    "Cancel": ("Отмена", "Bekor qilish"),
    "Imported %n transcript(s). Edit › Undo removes them again.": (
        ("Импортирован %n транскрипт. Правка › Отменить удалит его.",
         "Импортировано %n транскрипта. Правка › Отменить удалит их.",
         "Импортировано %n транскриптов. Правка › Отменить удалит их."),
        "%n ta transkript import qilindi. Tahrirlash › Bekor qilish ularni yana olib tashlaydi."),
    "Nothing was imported. {reason}": ("Ничего не импортировано. {reason}", "Hech narsa import qilinmadi. {reason}"),
    "Import cancelled: nothing was imported, the project is unchanged.": (
        "Импорт отменён: ничего не импортировано, проект не изменён.",
        "Import bekor qilindi: hech narsa import qilinmadi, loyiha oʻzgarmadi."),
    "no case": ("нет случая", "holat yoʻq"),
    # -- survey import ------------------------------------------------------------------
    "Surveys": ("Опросы", "Soʻrovnomalar"),
    "Import survey": ("Импорт опроса", "Soʻrovnomani import qilish"),
    "&Choose file…": ("&Выбрать файл…", "Faylni &tanlash…"),
    "No file chosen (.csv, .xlsx, SPSS .sav, Stata .dta).": ("Файл не выбран (.csv, .xlsx, SPSS .sav, Stata .dta).",
                                                             "Fayl tanlanmagan (.csv, .xlsx, SPSS .sav, Stata .dta)."),
    "Sheet:": ("Лист:", "Varaq:"),
    "First rows (row numbers as in the file)": ("Первые строки (номера строк как в файле)",
                                                "Birinchi qatorlar (qator raqamlari fayldagidek)"),
    "Variables — double-click a type or levels to correct them": (
        "Переменные — дважды щёлкните тип или уровни, чтобы исправить",
        "Oʻzgaruvchilar — tuzatish uchun tur yoki darajalarni ikki marta bosing"),
    "Open answers → one document per respondent": ("Открытые ответы → по документу на респондента",
                                                   "Ochiq javoblar → har bir respondentga bitta hujjat"),
    "Link rows to cases": ("Связать строки со случаями", "Qatorlarni holatlarga bogʻlash"),
    "ID column:": ("Столбец ID:", "ID ustuni:"),
    "&Trim spaces": ("&Убрать пробелы по краям", "Chetdagi &boʻshliqlarni olib tashlash"),
    "Ignore &case": ("Не учитывать &регистр", "Harf &registrini hisobga olmaslik"),
    "C&reate cases for rows without one": ("&Создать случаи для строк без случая",
                                           "Holatsiz qatorlar uchun holat &yaratish"),
    "Choose a survey": ("Выберите опрос", "Soʻrovnomani tanlang"),
    "{reason} Choose another ID column or fix the file; nothing can be imported.": (
        "{reason} Выберите другой столбец ID или исправьте файл; импортировать нельзя.",
        "{reason} Boshqa ID ustunini tanlang yoki faylni tuzating; import qilib boʻlmaydi."),
    "%n transcript(s) have no case ({names}): no survey row can reach them.": (
        ("У %n транскрипта нет случая ({names}): ни одна строка опроса с ним не свяжется.",
         "У %n транскриптов нет случая ({names}): ни одна строка опроса с ними не свяжется.",
         "У %n транскриптов нет случая ({names}): ни одна строка опроса с ними не свяжется."),
        "%n ta transkriptning holati yoʻq ({names}): soʻrovnomaning hech bir qatori ularga bogʻlanmaydi."),
    "{keys} and %n more": (("{keys} и ещё %n", "{keys} и ещё %n", "{keys} и ещё %n"), "{keys} va yana %n ta"),
    "{matched} of %n row(s) match a case.": (
        ("Со случаем совпадает {matched} из %n строки.", "Со случаем совпадают {matched} из %n строк.",
         "Со случаем совпадают {matched} из %n строк."),
        "%n ta qatordan {matched} tasi holatga mos keladi."),
    "%n row(s) will become new cases: {keys}.": (
        ("%n строка станет новым случаем: {keys}.", "%n строки станут новыми случаями: {keys}.",
         "%n строк станут новыми случаями: {keys}."),
        "%n ta qator yangi holatga aylanadi: {keys}."),
    "%n row(s) have no case: {keys}.": (
        ("У %n строки нет случая: {keys}.", "У %n строк нет случая: {keys}.", "У %n строк нет случая: {keys}."),
        "%n ta qatorning holati yoʻq: {keys}."),
    "Rows without an ID (cannot be linked): {rows}.": ("Строки без ID (связать нельзя): {rows}.",
                                                       "ID siz qatorlar (bogʻlab boʻlmaydi): {rows}."),
    "%n case(s) have no survey row: {keys}.": (
        ("У %n случая нет строки опроса: {keys}.", "У %n случаев нет строки опроса: {keys}.",
         "У %n случаев нет строки опроса: {keys}."),
        "%n ta holatning soʻrovnoma qatori yoʻq: {keys}."),
    "ignore case": ("не учитывать регистр", "registrni hisobga olmasangiz"),
    "Ignore case": ("Не учитывать регистр", "Harf registrini hisobga olmaslik"),
    "trim spaces": ("убрать пробелы по краям", "chetdagi boʻshliqlarni olib tashlasangiz"),
    "Trim spaces": ("Убрать пробелы по краям", "Chetdagi boʻshliqlarni olib tashlash"),
    " and ": (" и ", " va "),
    "%n ID(s) would match a case if you {verbs} (e.g. {left} ~ {right}) — tick {boxes}.": (
        ("%n ID совпадёт со случаем, если {verbs} (напр. {left} ~ {right}) — отметьте {boxes}.",
         "%n ID совпадут со случаями, если {verbs} (напр. {left} ~ {right}) — отметьте {boxes}.",
         "%n ID совпадут со случаями, если {verbs} (напр. {left} ~ {right}) — отметьте {boxes}."),
        "Agar {verbs}, %n ta ID holatga mos keladi (masalan, {left} ~ {right}) — {boxes} ni belgilang."),
    # -- REFI-QDA -----------------------------------------------------------------------
    "REFI-QDA project or codebook": ("Проект или кодовая книга REFI-QDA", "REFI-QDA loyihasi yoki kodlar kitobi"),
    "REFI-QDA project": ("Проект REFI-QDA", "REFI-QDA loyihasi"),
    "REFI-QDA codebook": ("Кодовая книга REFI-QDA", "REFI-QDA kodlar kitobi"),
    "Import REFI-QDA (.qdpx, .qdc)…": ("Импорт REFI-QDA (.qdpx, .qdc)…", "REFI-QDA import qilish (.qdpx, .qdc)…"),
    "Export REFI-QDA (.qdpx, .qdc)…": ("Экспорт REFI-QDA (.qdpx, .qdc)…", "REFI-QDA eksport qilish (.qdpx, .qdc)…"),
    "Import REFI-QDA": ("Импорт REFI-QDA", "REFI-QDA import"),
    "Export REFI-QDA": ("Экспорт REFI-QDA", "REFI-QDA eksport"),
    "Could not import {file}": ("Не удалось импортировать {file}", "{file} import qilinmadi"),
    "Could not export {file}": ("Не удалось экспортировать {file}", "{file} eksport qilinmadi"),
    "REFI-QDA import": ("Импорт REFI-QDA", "REFI-QDA importi"),
    "REFI-QDA export": ("Экспорт REFI-QDA", "REFI-QDA eksporti"),
    "Imported in one step. Edit › Undo removes it again.": (
        "Импортировано одним шагом. Правка › Отменить удалит импорт.",
        "Bir qadamda import qilindi. Tahrirlash › Bekor qilish uni olib tashlaydi."),
    "Wrote {path}.": ("Записано: {path}.", "Yozildi: {path}."),
    # -- passwords ----------------------------------------------------------------------
    "Encrypt this project (password)": ("Зашифровать проект (пароль)", "Loyihani shifrlash (parol)"),
    "Password": ("Пароль", "Parol"),
    "Again": ("Ещё раз", "Yana bir bor"),
    "Without the password nobody (you included) can open an encrypted project.": (
        "Без пароля никто (и вы тоже) не сможет открыть зашифрованный проект.",
        "Parolsiz hech kim (siz ham) shifrlangan loyihani ocha olmaydi."),
    "Type a password.": ("Введите пароль.", "Parolni kiriting."),
    "The two passwords differ.": ("Пароли не совпадают.", "Ikki parol bir xil emas."),
    "{location} is encrypted. Its password:": ("{location} зашифрован. Пароль:", "{location} shifrlangan. Paroli:"),
    "Encrypted project": ("Зашифрованный проект", "Shifrlangan loyiha"),
    # -- coding actions -----------------------------------------------------------------
    "&Code selection with current code": ("&Закодировать выделение текущим кодом",
                                          "Belgilangan matnni joriy kod bilan &kodlash"),
    "&New code…": ("&Новый код…", "&Yangi kod…"),
    "&In-vivo code": ("Код &in vivo", "&In vivo kod"),
    "&Memo on segment…": ("&Заметка к фрагменту…", "Parchaga &qayd…"),
    "&Remove coding": ("&Снять код", "Kodni &olib tashlash"),
    "Set segment &boundaries to selection": ("&Границы фрагмента по выделению",
                                             "Parcha &chegaralarini belgilangan matnga moslash"),
    "&Underline codings instead of shading": ("&Подчёркивать коды вместо заливки",
                                              "Kodlarni boʻyash oʻrniga &tagiga chizish"),
    "the code": ("код", "kod"),
    "Coded with {name} (Ctrl+Z undoes)": ("Закодировано: {name} (Ctrl+Z отменяет)",
                                          "{name} bilan kodlandi (Ctrl+Z bekor qiladi)"),
    "Quick keys 1–9: right-click a code › Quick key": (
        "Быстрые клавиши 1–9: правый щелчок по коду › Быстрая клавиша",
        "Tezkor tugmalar 1–9: kodni oʻng tugma bilan bosing › Tezkor tugma"),
    # -- code editor --------------------------------------------------------------------
    "Choose a code in the codebook to see and edit its definition.": (
        "Выберите код в кодовой книге, чтобы увидеть и изменить его определение.",
        "Taʼrifini koʻrish va tahrirlash uchun kodlar kitobidan kodni tanlang."),
    "{field}:": ("{field}:", "{field}:"),
    "Definition": ("Определение", "Taʼrif"),
    "Include when": ("Применять, когда", "Qoʻllash holati"),
    "Exclude when": ("Не применять, когда", "Qoʻllamaslik holati"),
    "What this code means, in a sentence or two": ("Что означает этот код — в одном-двух предложениях",
                                                   "Bu kod nimani anglatadi — bir-ikki gapda"),
    "Apply it when…": ("Применяйте, когда…", "Qoʻllang, agar…"),
    "Do not apply it when…": ("Не применяйте, когда…", "Qoʻllamang, agar…"),
    "Typical example": ("Типичный пример", "Odatiy misol"),
    "Atypical example": ("Нетипичный пример", "Noodatiy misol"),
    "Origin:": ("Происхождение:", "Kelib chiqishi:"),
    "History:": ("История:", "Tarix:"),
    "(none)": ("(нет)", "(yoʻq)"),
    "unknown": ("неизвестно", "nomaʼlum"),
    "(empty)": ("(пусто)", "(boʻsh)"),
    "deductive": ("дедуктивный", "deduktiv"),
    "inductive": ("индуктивный", "induktiv"),
    "in vivo": ("in vivo", "in vivo"),
    "imported": ("импортированный", "import qilingan"),
    "Could not save the code": ("Не удалось сохранить код", "Kod saqlanmadi"),
    "Could not set the example": ("Не удалось задать пример", "Misol belgilanmadi"),
    # -- phases -------------------------------------------------------------------------
    "PHASES": ("ЭТАПЫ", "BOSQICHLAR"),
    "complete": ("завершён", "yakunlangan"),
    "started": ("начат", "boshlangan"),
    "not started": ("не начат", "boshlanmagan"),
    "(current)": ("(текущий)", "(joriy)"),
    "Familiarising yourself with the data": ("Знакомство с данными", "Maʼlumotlar bilan tanishish"),
    "Generating initial codes": ("Создание первичных кодов", "Dastlabki kodlarni yaratish"),
    "Searching for themes": ("Поиск тем", "Mavzularni izlash"),
    "Reviewing themes": ("Проверка тем", "Mavzularni koʻrib chiqish"),
    "Defining and naming themes": ("Определение и наименование тем", "Mavzularni aniqlash va nomlash"),
    "Producing the report": ("Написание отчёта", "Hisobot yozish"),
    "Read and re-read every transcript before coding; note first ideas in a document memo and keep a reflexive "
    "journal of your own position.": (
        "Прочитайте и перечитайте каждый транскрипт до кодирования; записывайте первые идеи в заметку к документу "
        "и ведите рефлексивный журнал о своей позиции.",
        "Kodlashdan oldin har bir transkriptni oʻqing va qayta oʻqing; ilk gʻoyalarni hujjat qaydiga yozing va oʻz "
        "pozitsiyangiz haqida refleksiv kundalik yuriting."),
    "Code the whole data set systematically, giving each interesting feature equal attention. Write a definition "
    "for each code; a deductive codebook can be imported and extended.": (
        "Систематически кодируйте весь массив данных, уделяя равное внимание каждой интересной особенности. "
        "Напишите определение каждого кода; дедуктивную кодовую книгу можно импортировать и дополнить.",
        "Butun maʼlumotlar toʻplamini tizimli kodlang, har bir qiziqarli xususiyatga teng eʼtibor bering. Har bir "
        "kod uchun taʼrif yozing; deduktiv kodlar kitobini import qilib, kengaytirish mumkin."),
    "Sort codes into candidate themes: drag codes onto a theme, nest sub-themes, and draw the relations on the "
    "thematic map. Keep a 'miscellaneous' theme for codes that fit nowhere yet.": (
        "Распределите коды по предварительным темам: перетаскивайте коды на тему, вкладывайте подтемы и рисуйте "
        "связи на тематической карте. Заведите тему «разное» для кодов, которые пока никуда не подходят.",
        "Kodlarni taxminiy mavzularga ajrating: kodlarni mavzuga sudrab olib boring, quyi mavzularni joylang va "
        "mavzular xaritasida aloqalarni chizing. Hali hech qayerga mos kelmagan kodlar uchun «turli» mavzusini "
        "qoldiring."),
    "Check each theme against its coded extracts, then against the whole data set: does it form a coherent "
    "pattern? Thin themes may merge or go; overlapping themes may be one theme.": (
        "Сверьте каждую тему с её закодированными фрагментами, затем со всем массивом данных: складывается ли "
        "связный паттерн? Слабые темы можно объединить или убрать; пересекающиеся темы могут быть одной темой.",
        "Har bir mavzuni uning kodlangan parchalari, soʻng butun maʼlumotlar toʻplami bilan solishtiring: u "
        "izchil naqsh hosil qiladimi? Zaif mavzularni birlashtirish yoki olib tashlash mumkin; bir-birini "
        "qoplaydigan mavzular bitta mavzu boʻlishi mumkin."),
    "Write what each theme is about and what it is not, in a sentence or two, and a narrative of the story it "
    "tells. Give each a concise, telling name.": (
        "Напишите в одном-двух предложениях, о чём каждая тема и о чём она не говорит, и нарратив истории, которую "
        "она рассказывает. Дайте каждой краткое, выразительное название.",
        "Har bir mavzu nima haqida ekanini va nima haqida emasligini bir-ikki gapda hamda u hikoya qiladigan "
        "voqea bayonini yozing. Har biriga qisqa va ifodali nom bering."),
    "Tell the story of the data across themes with vivid extracts, linked to your research question. Export the "
    "thematic report and the codebook to Word and edit them there.": (
        "Расскажите историю данных через темы с яркими цитатами, связав её с исследовательским вопросом. "
        "Экспортируйте тематический отчёт и кодовую книгу в Word и доработайте их там.",
        "Maʼlumotlar hikoyasini mavzular boʻylab yorqin iqtiboslar bilan, tadqiqot savolingizga bogʻlab bayon "
        "qiling. Mavzuviy hisobot va kodlar kitobini Word ga eksport qilib, u yerda tahrirlang."),
    "{k} of %n document(s) read": (
        ("прочитано {k} из %n документа", "прочитано {k} из %n документов", "прочитано {k} из %n документов"),
        "%n ta hujjatdan {k} tasi oʻqilgan"),
    "{k} of %n document(s) with a memo": (
        ("заметки к {k} из %n документа", "заметки к {k} из %n документов", "заметки к {k} из %n документов"),
        "%n ta hujjatdan {k} tasida qayd bor"),
    "%n reflexive journal entry(-ies)": (
        ("%n запись в рефлексивном журнале", "%n записи в рефлексивном журнале", "%n записей в рефлексивном журнале"),
        "refleksiv kundalikda %n ta yozuv"),
    "%n code(s) (none yet)": (("%n код (пока нет)", "%n кода (пока нет)", "%n кодов (пока нет)"),
                              "%n ta kod (hali yoʻq)"),
    "%n code(s) ({origins})": (("%n код ({origins})", "%n кода ({origins})", "%n кодов ({origins})"),
                               "%n ta kod ({origins})"),
    "%n coded segment(s)": (("%n закодированный фрагмент", "%n закодированных фрагмента",
                             "%n закодированных фрагментов"), "%n ta kodlangan parcha"),
    "{share} of the text coded": ("закодировано {share} текста", "matnning {share} qismi kodlangan"),
    "%n theme(s) ({k} candidate)": (("%n тема ({k} предварительных)", "%n темы ({k} предварительных)",
                                     "%n тем ({k} предварительных)"), "%n ta mavzu ({k} tasi taxminiy)"),
    "{k} of %n code(s) placed in a theme": (
        ("{k} из %n кода помещены в темы", "{k} из %n кодов помещены в темы", "{k} из %n кодов помещены в темы"),
        "%n ta koddan {k} tasi mavzuga joylangan"),
    "{k} of %n theme(s) reviewed": (("проверено {k} из %n темы", "проверено {k} из %n тем", "проверено {k} из %n тем"),
                                    "%n ta mavzudan {k} tasi koʻrib chiqilgan"),
    "%n thin (fewer than 20 % of cases)": (
        ("%n слабая (менее 20 % случаев)", "%n слабые (менее 20 % случаев)", "%n слабых (менее 20 % случаев)"),
        "%n ta zaif (holatlarning 20 % dan kami)"),
    "%n overlapping another theme": (
        ("%n пересекается с другой темой", "%n пересекаются с другими темами", "%n пересекаются с другими темами"),
        "%n tasi boshqa mavzu bilan kesishadi"),
    "{k} of %n theme(s) defined": (("определено {k} из %n темы", "определено {k} из %n тем", "определено {k} из %n тем"),
                                   "%n ta mavzudan {k} tasi aniqlangan"),
    "%n with a definition and a narrative": (
        ("%n с определением и нарративом", "%n с определением и нарративом", "%n с определением и нарративом"),
        "%n tasida taʼrif va bayon bor"),
    "thematic report exported {date}": ("тематический отчёт экспортирован {date}",
                                        "mavzuviy hisobot {date} da eksport qilingan"),
    "thematic report not exported yet": ("тематический отчёт ещё не экспортирован",
                                         "mavzuviy hisobot hali eksport qilinmagan"),
    "codebook exported {date}": ("кодовая книга экспортирована {date}", "kodlar kitobi {date} da eksport qilingan"),
    "codebook not exported yet": ("кодовая книга ещё не экспортирована", "kodlar kitobi hali eksport qilinmagan"),
    # -- team ---------------------------------------------------------------------------
    "Who is coding?": ("Кто кодирует?", "Kim kodlayapti?"),
    "Your name as a coder (shown beside your codings and in agreement tables; asked once on this computer):": (
        "Ваше имя как кодировщика (показывается рядом с вашими кодами и в таблицах согласованности; спрашивается "
        "один раз на этом компьютере):",
        "Kodlovchi sifatidagi ismingiz (kodlaringiz yonida va kelishuv jadvallarida koʻrsatiladi; bu kompyuterda "
        "bir marta soʻraladi):"),
    "&Team": ("&Команда", "&Jamoa"),
    "&Disagreements and agreement…": ("&Расхождения и согласованность…", "&Kelishmovchiliklar va kelishuv…"),
    "&Blind coding (hide other coders' codings)": ("&Слепое кодирование (скрыть коды других кодировщиков)",
                                                   "&Koʻr kodlash (boshqa kodlovchilarning kodlarini yashirish)"),
    "&Show codings of": ("&Показывать коды", "&Kimning kodlari koʻrsatilsin"),
    "&Reference coder": ("&Эталонный кодировщик", "&Namunaviy kodlovchi"),
    "All coders": ("Все кодировщики", "Barcha kodlovchilar"),
    "None": ("Нет", "Yoʻq"),
    "Disagreements": ("Расхождения", "Kelishmovchiliklar"),
    "Document": ("Документ", "Hujjat"),
    "Text": ("Текст", "Matn"),
    "Coder A": ("Кодировщик A", "Kodlovchi A"),
    "Coder B": ("Кодировщик B", "Kodlovchi B"),
    "Decision": ("Решение", "Qaror"),
    "(not coded)": ("(не закодировано)", "(kodlanmagan)"),
    "accepted A": ("принят A", "A qabul qilindi"),
    "accepted B": ("принят B", "B qabul qilindi"),
    "merged": ("объединено", "birlashtirildi"),
    "memo": ("заметка", "qayd"),
    "percent agreement": ("процент согласия", "kelishuv foizi"),
    "Cohen's kappa": ("каппа Коэна", "Koen kappasi"),
    "Krippendorff's alpha": ("альфа Криппендорфа", "Krippendorf alfasi"),
    "sentence": ("предложение", "gap"),
    "paragraph": ("абзац", "xatboshi"),
    "turn": ("реплика", "replika"),
    "document": ("документ", "hujjat"),
    "character": ("символ", "belgi"),
    "segment": ("фрагмент", "parcha"),
    "Memo on this disagreement (what the team concluded)": ("Заметка к расхождению (к чему пришла команда)",
                                                            "Bu kelishmovchilik haqida qayd (jamoa xulosasi)"),
    "Accept A": ("Принять A", "A ni qabul qilish"),
    "Accept B": ("Принять B", "B ni qabul qilish"),
    "Merge both": ("Объединить оба", "Ikkalasini birlashtirish"),
    "Write memo": ("Записать заметку", "Qayd yozish"),
    "Agreement to Word…": ("Согласованность в Word…", "Kelishuvni Word ga…"),
    "Agreement to CSV…": ("Согласованность в CSV…", "Kelishuvni CSV ga…"),
    "(reference)": ("(эталон)", "(namuna)"),
    "Unit": ("Единица", "Birlik"),
    "Choose two different coders to compare.": ("Выберите двух разных кодировщиков для сравнения.",
                                                "Solishtirish uchun ikki xil kodlovchini tanlang."),
    "95% CI": ("95% ДИ", "95% IO"),
    "all codes": ("всем кодам", "barcha kodlar"),
    "%n {unit} unit(s) disagree, {decided} decided. Agreement over {over}: {stats}": (
        ("Расходится %n единица ({unit}), решено {decided}. Согласованность по {over}: {stats}",
         "Расходятся %n единицы ({unit}), решено {decided}. Согласованность по {over}: {stats}",
         "Расходятся %n единиц ({unit}), решено {decided}. Согласованность по {over}: {stats}"),
        "%n ta birlikda ({unit}) kelishmovchilik, {decided} tasi hal qilingan. {over} boʻyicha kelishuv: {stats}"),
    "Export agreement": ("Экспорт согласованности", "Kelishuvni eksport qilish"),
    "Merge two copies of a project": ("Объединить две копии проекта", "Loyihaning ikki nusxasini birlashtirish"),
    "Copy A": ("Копия A", "A nusxa"),
    "Copy B": ("Копия B", "B nusxa"),
    "Merged project": ("Объединённый проект", "Birlashtirilgan loyiha"),
    "Find conflicts": ("Найти конфликты", "Ziddiyatlarni topish"),
    "Conflict": ("Конфликт", "Ziddiyat"),
    "The copies are only read; the merge writes a new project file.": (
        "Копии только читаются; объединение записывается в новый файл проекта.",
        "Nusxalar faqat oʻqiladi; birlashtirish yangi loyiha fayliga yoziladi."),
    "Merge": ("Объединить", "Birlashtirish"),
    "Choose a project": ("Выберите проект", "Loyihani tanlang"),
    "%n conflict(s); choose what to keep, then Merge.": (
        ("%n конфликт; выберите, что оставить, затем нажмите «Объединить».",
         "%n конфликта; выберите, что оставить, затем нажмите «Объединить».",
         "%n конфликтов; выберите, что оставить, затем нажмите «Объединить»."),
        "%n ta ziddiyat; nimani qoldirishni tanlang, soʻng «Birlashtirish» ni bosing."),
    "Warning: {warning}": ("Предупреждение: {warning}", "Ogohlantirish: {warning}"),
    "Wrote {file}. {counts}.": ("Записано: {file}. {counts}.", "Yozildi: {file}. {counts}."),
    "Open shared project on a server": ("Открыть общий проект на сервере", "Serverdagi umumiy loyihani ochish"),
    "optional: the project's schema on the server": ("необязательно: схема проекта на сервере",
                                                     "ixtiyoriy: serverdagi loyiha sxemasi"),
    "leave empty if already in the keyring": ("оставьте пустым, если он уже в хранилище ключей",
                                              "kalitlar omborida boʻlsa, boʻsh qoldiring"),
    "Create a new shared project there": ("Создать там новый общий проект", "U yerda yangi umumiy loyiha yaratish"),
    "Server": ("Сервер", "Server"),
    "Port": ("Порт", "Port"),
    "Database": ("База данных", "Maʼlumotlar bazasi"),
    "Project schema": ("Схема проекта", "Loyiha sxemasi"),
    "User": ("Пользователь", "Foydalanuvchi"),
    "A password is kept in your system's keyring, never in a file.": (
        "Пароль хранится в системном хранилище ключей, никогда — в файле.",
        "Parol faylda emas, tizimning kalitlar omborida saqlanadi."),
    "Could not keep the password": ("Не удалось сохранить пароль", "Parol saqlanmadi"),
    # -- undo step names (Edit › Undo …) ------------------------------------------------
    "Code with {code}": ("Кодирование: {code}", "{code} bilan kodlash"),
    "Code": ("Кодирование", "Kodlash"),
    "Remove coding": ("Снятие кода", "Kodni olib tashlash"),
    "In-vivo code “{code}”": ("Код in vivo «{code}»", "In vivo kod “{code}”"),
    "In-vivo code": ("Код in vivo", "In vivo kod"),
    "Change segment boundaries": ("Изменение границ фрагмента", "Parcha chegaralarini oʻzgartirish"),
    "Memo on segment": ("Заметка к фрагменту", "Parchaga qayd"),
    "Clear segment memo": ("Удаление заметки фрагмента", "Parcha qaydini tozalash"),
    "Add code {code}": ("Добавление кода {code}", "{code} kodini qoʻshish"),
    "Delete code {code}": ("Удаление кода {code}", "{code} kodini oʻchirish"),
    "Merge {source} into {target}": ("Слияние {source} с {target}", "{source} ni {target} ga birlashtirish"),
    "Rename {old} to {new}": ("Переименование {old} в {new}", "{old} ni {new} deb qayta nomlash"),
    "Rename {name}": ("Переименование {name}", "{name} ni qayta nomlash"),
    "Recolour {name}": ("Смена цвета {name}", "{name} rangini oʻzgartirish"),
    "Move {name} to the top level": ("Перемещение {name} на верхний уровень", "{name} ni yuqori darajaga koʻchirish"),
    "Move {name} under {parent}": ("Перемещение {name} в {parent}", "{name} ni {parent} ostiga koʻchirish"),
    "Quick key {key} for {name}": ("Быстрая клавиша {key} для {name}", "{name} uchun {key} tezkor tugmasi"),
    "Remove quick key": ("Удаление быстрой клавиши", "Tezkor tugmani olib tashlash"),
    "Free key": ("Освобождение клавиши", "Tugmani boʻshatish"),
    "Assign key": ("Назначение клавиши", "Tugmani biriktirish"),
    "Edit the {field} of {name}": ("Правка: {field} — {name}", "{name}: {field} tahriri"),
    "Set the origin of {name}": ("Происхождение кода {name}", "{name} kelib chiqishini belgilash"),
    "Import codebook {file}": ("Импорт кодовой книги {file}", "{file} kodlar kitobini import qilish"),
    "Choose the {kind} example": ("Выбор примера ({kind})", "Misol tanlash ({kind})"),
    "Clear the {kind} example": ("Удаление примера ({kind})", "Misolni tozalash ({kind})"),
    "New theme {name}": ("Новая тема {name}", "Yangi mavzu {name}"),
    "Delete theme {name}": ("Удаление темы {name}", "{name} mavzusini oʻchirish"),
    "Define {name}": ("Определение темы {name}", "{name} mavzusini taʼriflash"),
    "Add {codes} to {theme}": ("Добавление {codes} в {theme}", "{codes} ni {theme} ga qoʻshish"),
    "Take {code} off {theme}": ("Удаление {code} из {theme}", "{code} ni {theme} dan olib tashlash"),
    "Place on map": ("Размещение на карте", "Xaritaga joylash"),
    "Move on map": ("Перемещение на карте", "Xaritada koʻchirish"),
    "Remove from map": ("Удаление с карты", "Xaritadan olib tashlash"),
    "Draw link": ("Рисование связи", "Aloqa chizish"),
    "Label link": ("Подпись связи", "Aloqaga nom berish"),
    "Delete link": ("Удаление связи", "Aloqani oʻchirish"),
    "Auto-layout the map": ("Авторазмещение карты", "Xaritani avtomatik joylashtirish"),
    "New journal entry": ("Новая запись журнала", "Yangi kundalik yozuvi"),
    "New memo": ("Новая заметка", "Yangi qayd"),
    "Edit memo": ("Правка заметки", "Qaydni tahrirlash"),
    "Delete memo": ("Удаление заметки", "Qaydni oʻchirish"),
    "Set meta-inference": ("Метавывод", "Meta-xulosa belgilash"),
    "Set output language": ("Выбор языка экспорта", "Eksport tilini belgilash"),
    "Set the language of {name}": ("Изменение языка документа «{name}»", "«{name}» hujjati tilini oʻzgartirish"),
    "Choose quotes": ("Выбор цитат", "Iqtiboslarni tanlash"),
    "Automatic quotes": ("Автоматические цитаты", "Avtomatik iqtiboslar"),
    "Delete joint-display row": ("Удаление строки совместного представления",
                                 "Birlashgan taqdimot qatorini oʻchirish"),
    "Add to joint display": ("Добавление в совместное представление", "Birlashgan taqdimotga qoʻshish"),
    "Add theme to joint display": ("Добавление темы в совместное представление",
                                   "Mavzuni birlashgan taqdimotga qoʻshish"),
    "New joint display “{name}”": ("Новое совместное представление «{name}»", "Yangi birlashgan taqdimot “{name}”"),
    "Delete joint display": ("Удаление совместного представления", "Birlashgan taqdimotni oʻchirish"),
    "Save analysis “{name}”": ("Сохранение анализа «{name}»", "“{name}” tahlilini saqlash"),
    "Move {name}": ("Перемещение {name}", "{name} ni koʻchirish"),
    "Import %n transcript(s)": (("Импорт %n транскрипта", "Импорт %n транскриптов", "Импорт %n транскриптов"),
                                "%n ta transkriptni import qilish"),
    "Pseudonymise %n identifier(s)": (
        ("Псевдонимизация %n идентификатора", "Псевдонимизация %n идентификаторов",
         "Псевдонимизация %n идентификаторов"), "%n ta identifikatorni psevdonimlash"),
    "Remove %n coding(s)": (("Снятие %n кода", "Снятие %n кодов", "Снятие %n кодов"), "%n ta kodni olib tashlash"),
    "Code %n hit(s) with {code}": (
        ("Кодирование %n совпадения: {code}", "Кодирование %n совпадений: {code}", "Кодирование %n совпадений: {code}"),
        "%n ta topilmani {code} bilan kodlash"),
    "Code %n hit(s)": (("Кодирование %n совпадения", "Кодирование %n совпадений", "Кодирование %n совпадений"),
                       "%n ta topilmani kodlash"),
    "definition": ("определение", "taʼrif"),
    "inclusion criteria": ("критерии включения", "kiritish mezonlari"),
    "exclusion criteria": ("критерии исключения", "chiqarish mezonlari"),
    "typical": ("типичный", "odatiy"),
    "name": ("название", "nom"),
    "parent": ("родитель", "ota kod"),
    "colour": ("цвет", "rang"),
    "inclusion": ("включение", "kiritish"),
    "exclusion": ("исключение", "chiqarish"),
    "example": ("пример", "misol"),
    "atypical example": ("нетипичный пример", "noodatiy misol"),
    "quick key": ("быстрая клавиша", "tezkor tugma"),
    "origin": ("происхождение", "kelib chiqishi"),
    "atypical": ("нетипичный", "noodatiy"),
}
