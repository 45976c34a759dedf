"""The "analysis" area, part two (ui/joint: joint displays and their notes; ui/privacy: the privacy
review, roster, audit log and encrypted copy): English source -> (Russian, Uzbek Latin). Merged into
CATALOG by catalog_analysis.py; built with ``python tools/i18n/build_ts.py analysis``.

Terms follow docs/translation-glossary.md. Uzbek: oʻ gʻ with U+02BB, the tutuq belgisi with U+02BC.
"""

CATALOG: dict = {
    # -- joint displays -----------------------------------------------------------------------
    "Joint displays": ("Совместные представления", "Birlashgan taqdimotlar"),
    "&Joint displays": ("&Совместные представления", "&Birlashgan taqdimotlar"),
    "(none)": ("(нет)", "(yoʻq)"),
    "Confirm": ("Подтверждение", "Tasdiqlash"),
    "Expand": ("Расширение", "Kengaytirish"),
    "Discord": ("Расхождение", "Ziddiyat"),
    "Domain": ("Область", "Soha"),
    "Quantitative result": ("Количественный результат", "Miqdoriy natija"),
    "Theme (cases)": ("Тема (случаи)", "Mavzu (holatlar)"),
    "Exemplar quote": ("Показательная цитата", "Namunaviy iqtibos"),
    "Meta-inference": ("Метавывод", "Meta-xulosa"),
    "{term} in “{analysis}” (n = {n})": ("{term} в «{analysis}» (n = {n})", "«{analysis}» tahlilida {term} (n = {n})"),
    "Double-click to read the quote in its transcript.": (
        "Двойной щелчок — прочитать цитату в транскрипте.",
        "Iqtibosni transkriptda oʻqish uchun ikki marta bosing."),
    "Theme": ("Тема", "Mavzu"),
    "(double-click to read it in its transcript)": (
        "(двойной щелчок — прочитать в транскрипте)",
        "(transkriptda oʻqish uchun ikki marta bosing)"),
    "present": ("есть", "bor"),
    "segments": ("фрагменты", "parchalar"),
    "% of words": ("% слов", "soʻzlarning %"),
    "%n survey respondent(s)": (
        ("%n респондент опроса", "%n респондента опроса", "%n респондентов опроса"),
        "%n nafar soʻrovnoma respondenti"),
    "%n interviewed case(s) with a survey row; {respondents} in this group.": (
        (
            "%n случай с интервью и строкой опроса; в этой группе {respondents}.",
            "%n случая с интервью и строкой опроса; в этой группе {respondents}.",
            "%n случаев с интервью и строкой опроса; в этой группе {respondents}."),
        "Intervyu va soʻrovnoma qatori boʻlgan %n ta holat; bu guruhda {respondents}."),
    "&New display…": ("&Новое представление…", "&Yangi taqdimot…"),
    "Add &theme…": ("Добавить &тему…", "&Mavzu qoʻshish…"),
    "Export to &Word…": ("Экспорт в &Word…", "&Wordga eksport…"),
    "&Display:": ("&Представление:", "&Taqdimot:"),
    "Why: how the two strands confirm, expand or disagree": (
        "Почему: как два направления подтверждают, расширяют друг друга или расходятся",
        "Nega: ikki yoʻnalish bir-birini qanday tasdiqlaydi, kengaytiradi yoki ularda ziddiyat bor"),
    "&Meta-inference:": ("&Метавывод:", "&Meta-xulosa:"),
    "N&ote:": ("&Заметка:", "&Qayd:"),
    "side by side": ("бок о бок", "yonma-yon"),
    "statistics by themes": ("статистика по темам", "mavzular boʻyicha statistika"),
    "No joint displays yet: New display, or Add to joint display in the regression panel.": (
        ("Совместных представлений пока нет: «Новое представление» или «В совместное представление» на панели "
         "регрессии."),
        "Hali birlashgan taqdimotlar yoʻq: «Yangi taqdimot» yoki regressiya panelida «Birlashgan taqdimotga»."),
    "Computing…": ("Вычисление…", "Hisoblanmoqda…"),
    "Could not compute this display (see details).": (
        "Не удалось вычислить это представление (см. подробности).",
        "Bu taqdimotni hisoblab boʻlmadi (tafsilotlarga qarang)."),
    "Could not compute the joint display": (
        "Не удалось вычислить совместное представление",
        "Birlashgan taqdimotni hisoblab boʻlmadi"),
    "Could not do this: {step}": ("Не удалось выполнить: {step}", "Bajarib boʻlmadi: {step}"),
    "Read in the transcript": ("Читать в транскрипте", "Transkriptda oʻqish"),
    "Keep this quote": ("Оставить эту цитату", "Bu iqtibosni qoldirish"),
    "Keep these quotes": ("Оставить эти цитаты", "Bu iqtiboslarni qoldirish"),
    "Choose quotes automatically": ("Выбирать цитаты автоматически", "Iqtiboslarni avtomatik tanlash"),
    "Delete row": ("Удалить строку", "Qatorni oʻchirish"),
    "Add theme": ("Добавить тему", "Mavzu qoʻshish"),
    "Theme:": ("Тема:", "Mavzu:"),
    "New joint display “{name}”": ("Новое совместное представление «{name}»", "Yangi birlashgan taqdimot «{name}»"),
    "Export joint displays": ("Экспорт совместных представлений", "Birlashgan taqdimotlarni eksport qilish"),
    "Could not export the joint displays": (
        "Не удалось экспортировать совместные представления",
        "Birlashgan taqdimotlarni eksport qilib boʻlmadi"),
    "Exporting…": ("Экспорт…", "Eksport qilinmoqda…"),
    "Side by side": ("Бок о бок", "Yonma-yon"),
    "Statistics by themes": ("Статистика по темам", "Mavzular boʻyicha statistika"),
    "One column per level": ("Столбец на каждый уровень", "Har bir daraja uchun ustun"),
    "Split at the median": ("Разделить по медиане", "Mediana boʻyicha ajratish"),
    "Split at a threshold": ("Разделить по порогу", "Chegara boʻyicha ajratish"),
    "New joint display": ("Новое совместное представление", "Yangi birlashgan taqdimot"),
    "e.g. Themes by legal aid": ("например, Темы по юридической помощи", "masalan, Yuridik yordam boʻyicha mavzular"),
    "Add a row for every theme": ("Добавить строку для каждой темы", "Har bir mavzu uchun qator qoʻshish"),
    "&Name:": ("&Название:", "&Nomi:"),
    "&Kind:": ("&Вид:", "&Turi:"),
    "&Groups from:": ("&Группы по:", "&Guruhlar manbai:"),
    "&Rule:": ("П&равило:", "&Qoida:"),
    "&Threshold:": ("П&орог:", "&Chegara:"),
    "Import a survey first: statistics by themes splits its cases by a survey variable.": (
        "Сначала импортируйте опрос: статистика по темам делит случаи по переменной опроса.",
        ("Avval soʻrovnomani import qiling: mavzular boʻyicha statistika holatlarni soʻrovnoma oʻzgaruvchisi "
         "boʻyicha ajratadi.")),
    "There is already a joint display named “{name}”.": (
        "Совместное представление «{name}» уже есть.",
        "«{name}» nomli birlashgan taqdimot allaqachon bor."),
    # -- privacy -------------------------------------------------------------------------------
    "Audit log": ("Журнал аудита", "Audit jurnali"),
    "filter: coder, code, theme…": ("фильтр: кодировщик, код, тема…", "filtr: kodlovchi, kod, mavzu…"),
    "Export &CSV…": ("Экспорт &CSV…", "&CSV eksport…"),
    "Export &Word appendix…": ("Экспорт приложения &Word…", "&Word ilovasini eksport qilish…"),
    "Action:": ("Действие:", "Amal:"),
    "All": ("Все", "Barchasi"),
    "CSV files": ("Файлы CSV", "CSV fayllari"),
    "Export audit log": ("Экспорт журнала аудита", "Audit jurnalini eksport qilish"),
    "Audit log not exported": ("Журнал аудита не экспортирован", "Audit jurnali eksport qilinmadi"),
    "When (UTC)": ("Когда (UTC)", "Qachon (UTC)"),
    "Who": ("Кто", "Kim"),
    "Action": ("Действие", "Amal"),
    "What": ("Что", "Nima"),
    "edit": ("правка", "tahrir"),
    "undo": ("отмена", "bekor qilish"),
    "model run": ("расчёт модели", "model hisobi"),
    "pseudonymise": ("псевдонимизация", "psevdonimlashtirish"),
    "pseudonymise (undo)": ("псевдонимизация (отмена)", "psevdonimlashtirish (bekor qilish)"),
    "pseudonymise (redo)": ("псевдонимизация (повтор)", "psevdonimlashtirish (qaytarish)"),
    "Save encrypted copy": ("Сохранить зашифрованную копию", "Shifrlangan nusxani saqlash"),
    "Browse…": ("Обзор…", "Tanlash…"),
    ("The copy can be opened only with this password; there is no way to recover it. The project you work in stays "
     "as it is."): (
        ("Копию можно открыть только с этим паролем; восстановить его невозможно. Проект, с которым вы работаете, не "
         "меняется."),
        ("Nusxani faqat shu parol bilan ochish mumkin; parolni tiklashning iloji yoʻq. Siz ishlayotgan loyiha "
         "oʻzgarmaydi.")),
    "Encrypted copy:": ("Зашифрованная копия:", "Shifrlangan nusxa:"),
    "Password:": ("Пароль:", "Parol:"),
    "Password again:": ("Пароль ещё раз:", "Parol (takroran):"),
    "This project lives in PostgreSQL: encryption at rest is the database server's job.": (
        "Этот проект хранится в PostgreSQL: шифрование хранимых данных — задача сервера базы данных.",
        ("Bu loyiha PostgreSQLda saqlanadi: saqlanayotgan maʼlumotlarni shifrlash maʼlumotlar bazasi serverining "
         "vazifasi.")),
    "Encrypted QualCode copy": ("Зашифрованная копия QualCode", "QualCode shifrlangan nusxasi"),
    "Give a password.": ("Введите пароль.", "Parolni kiriting."),
    "The two passwords differ; nothing was written.": (
        "Пароли не совпадают; ничего не записано.",
        "Ikki parol bir xil emas; hech narsa yozilmadi."),
    "Identifier": ("Идентификатор", "Identifikator"),
    "Kind": ("Вид", "Turi"),
    "Source": ("Источник", "Manba"),
    "Context": ("Контекст", "Kontekst"),
    "Replacement": ("Замена", "Almashtirish"),
    "participant": ("участник", "ishtirokchi"),
    "person": ("человек", "shaxs"),
    "staff": ("сотрудник", "xodim"),
    "place": ("место", "joy"),
    "organisation": ("организация", "tashkilot"),
    "email": ("эл. почта", "elektron pochta"),
    "date of birth": ("дата рождения", "tugʻilgan sana"),
    "address": ("адрес", "manzil"),
    "id number": ("номер документа", "hujjat raqami"),
    "phone": ("телефон", "telefon"),
    "roster": ("список", "roʻyxat"),
    "pattern": ("шаблон", "shablon"),
    "ner": ("NER", "NER"),
    "&Pseudonymise transcripts…": ("&Псевдонимизировать транскрипты…", "Transkriptlarni &psevdonimlashtirish…"),
    "Audit &log…": ("&Журнал аудита…", "Audit &jurnali…"),
    "Save &encrypted copy…": ("Сохранить за&шифрованную копию…", "&Shifrlangan nusxani saqlash…"),
    "Pseudonymise transcripts": ("Псевдонимизация транскриптов", "Transkriptlarni psevdonimlashtirish"),
    "&Find identifiers": ("&Найти идентификаторы", "&Identifikatorlarni topish"),
    "&Roster…": ("&Список имён…", "&Ismlar roʻyxati…"),
    "optional: installed spaCy NER pipeline, e.g. en_core_web_sm": (
        "необязательно: установленный NER-конвейер spaCy, например ru_core_news_sm",
        "ixtiyoriy: oʻrnatilgan spaCy NER konveyeri, masalan en_core_web_sm"),
    "Keep the mapping (original → replacement), encrypted with a password": (
        "Сохранить соответствие (оригинал → замена), зашифрованное паролем",
        "Moslikni (asl → almashtirish) parol bilan shifrlab saqlash"),
    "password for the mapping": ("пароль для соответствия", "moslik uchun parol"),
    "Pseudonymised exports only: refuse every export while identifiers are not reviewed": (
        "Только псевдонимизированный экспорт: запрещать любой экспорт, пока идентификаторы не проверены",
        "Faqat psevdonimlashtirilgan eksport: identifikatorlar koʻrib chiqilmaguncha har qanday eksportni rad etish"),
    ("Press Find identifiers: the roster, e-mails, phone numbers, dates of birth, addresses and ID numbers are "
     "looked for in every document. Nothing leaves this computer."): (
        ("Нажмите «Найти идентификаторы»: имена из списка, адреса эл. почты, телефоны, даты рождения, адреса и "
         "номера документов ищутся во всех документах. Данные не покидают этот компьютер."),
        ("«Identifikatorlarni topish»ni bosing: roʻyxatdagi ismlar, elektron pochta, telefon raqamlari, tugʻilgan "
         "sanalar, manzillar va hujjat raqamlari har bir hujjatda qidiriladi. Hech narsa bu kompyuterdan chiqmaydi.")),
    "&Apply to all documents": ("&Применить ко всем документам", "Barcha hujjatlarga &qoʻllash"),
    "Close": ("Закрыть", "Yopish"),
    "This project is open read-only: identifiers can be found, not replaced.": (
        "Проект открыт только для чтения: идентификаторы можно найти, но не заменить.",
        "Loyiha faqat oʻqish uchun ochilgan: identifikatorlarni topish mumkin, almashtirish mumkin emas."),
    "Looking for identifiers in every document…": (
        "Поиск идентификаторов во всех документах…",
        "Har bir hujjatda identifikatorlar qidirilmoqda…"),
    "Looking for identifiers: document {number} of {total}…": (
        "Поиск идентификаторов: документ {number} из {total}…",
        "Identifikatorlar qidirilmoqda: {total} tadan {number}-hujjat…"),
    "No identifiers were looked for.": ("Поиск идентификаторов не выполнялся.", "Identifikatorlar qidirilmadi."),
    "Unexpected error: {error}": ("Непредвиденная ошибка: {error}", "Kutilmagan xato: {error}"),
    "Could not look for identifiers": (
        "Не удалось выполнить поиск идентификаторов",
        "Identifikatorlarni qidirib boʻlmadi"),
    "No identifiers are left to review.": (
        "Идентификаторов для проверки не осталось.",
        "Koʻrib chiqiladigan identifikator qolmadi."),
    ("{accepted} of %n identifier(s) in {entities} will be replaced. Codings, memos and turns keep pointing at the "
     "same words; Ctrl+Z undoes."): (
        (
            ("Будет заменено {accepted} из %n идентификатора ({entities}). Кодирование, заметки и реплики "
             "по-прежнему указывают на те же слова; Ctrl+Z отменяет."),
            ("Будет заменено {accepted} из %n идентификаторов ({entities}). Кодирование, заметки и реплики "
             "по-прежнему указывают на те же слова; Ctrl+Z отменяет."),
            ("Будет заменено {accepted} из %n идентификаторов ({entities}). Кодирование, заметки и реплики "
             "по-прежнему указывают на те же слова; Ctrl+Z отменяет.")),
        ("%n ta identifikatordan {accepted} tasi almashtiriladi ({entities}). Kodlash, qaydlar va replikalar oʻsha "
         "soʻzlarga ishora qilishda davom etadi; Ctrl+Z bekor qiladi.")),
    "%n entity(ies)": (("%n объект", "%n объекта", "%n объектов"), "%n ta obyekt"),
    "No password": ("Нет пароля", "Parol yoʻq"),
    "Give a password to keep the mapping, or untick it.": (
        "Введите пароль, чтобы сохранить соответствие, или снимите флажок.",
        "Moslikni saqlash uchun parol kiriting yoki belgini olib tashlang."),
    "Nothing was replaced": ("Ничего не заменено", "Hech narsa almashtirilmadi"),
    "Done: {step}. Edit ▸ Undo takes it back.": (
        "Готово: {step}. Правка ▸ Отменить возвращает всё назад.",
        "Bajarildi: {step}. Tahrirlash ▸ Bekor qilish uni qaytaradi."),
    "Roster of names": ("Список имён", "Ismlar roʻyxati"),
    "&Add name": ("&Добавить имя", "Ism &qoʻshish"),
    "&Remove": ("&Удалить", "&Olib tashlash"),
    "&Import CSV…": ("&Импорт CSV…", "CSV &import…"),
    ("Participants, staff, places and organisations to find in every transcript. A replacement such as P07 or "
     "[Shelter A] is used everywhere for that name."): (
        ("Участники, сотрудники, места и организации, которые нужно найти во всех транскриптах. Замена, например P07 "
         "или [Приют A], используется для этого имени везде."),
        ("Har bir transkriptda topilishi kerak boʻlgan ishtirokchilar, xodimlar, joylar va tashkilotlar. P07 yoki "
         "[Boshpana A] kabi almashtirish shu ism uchun hamma joyda ishlatiladi.")),
    "Import roster": ("Импорт списка имён", "Ismlar roʻyxatini import qilish"),
    "Roster not imported": ("Список имён не импортирован", "Ismlar roʻyxati import qilinmadi"),
}
