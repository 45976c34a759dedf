"""The "coding" area (ui/viewer, ui/panes, ui/themes): English source -> (Russian, Uzbek Latin).

Built with ``python tools/i18n/build_ts.py coding`` (the catalogue format is described there). Entries
are written ``add(context or None, source, russian, uzbek[, english])``, which fills CATALOG (and
ENGLISH): a plural gives the Russian forms one / few / many as a list, Uzbek one form (nouns do not
change after a numeral), and the English forms (one, other) used instead of the derived ones.
Terms follow docs/translation-glossary.md (segment = фрагмент / parcha, memo = заметка / qayd,
case = случай / holat, status = статус / maqom ...). Uzbek: U+02BB (ʻ) in oʻ gʻ, U+02BC (ʼ) for the
tutuq belgisi.
"""

FILES = [
    "qualcode/ui/viewer/*.py",
    "qualcode/ui/panes/*.py",
    "qualcode/ui/themes/*.py",
]

CATALOG: dict = {}
ENGLISH: dict = {}


def add(context, source, ru, uz, en=None):
    if isinstance(ru, list):
        ru = tuple(ru)
        uz = uz[0] if isinstance(uz, list) else uz
    CATALOG[(context, source) if context else source] = (ru, uz)
    if en is not None:
        ENGLISH[source] = tuple(en)


# -- shared words (any context) ------------------------------------------------------------
add(None, "Delete", "Удалить", "Oʻchirish")
add(None, "Cancel", "Отмена", "Bekor qilish")
add(None, "Code", "Код", "Kod")
add(None, "Document", "Документ", "Hujjat")
add(None, "Memo", "Заметка", "Qayd")
add(None, "Search", "Поиск", "Qidiruv")
add(None, "All coders", "Все кодировщики", "Barcha kodlovchilar")
add(None, "Interviews", "Интервью", "Intervyular")
add(None, "Focus groups", "Фокус-группы", "Fokus-guruhlar")
add(None, "Field notes", "Полевые заметки", "Dala qaydlari")
add(None, "Open survey answers", "Открытые ответы опроса", "Soʻrovnoma ochiq javoblari")
add(None, "Define and name…", "Определить и назвать…", "Taʼriflash va nomlash…")
add(None, "Thematic map", "Тематическая карта", "Mavzular xaritasi")
add(None, "thin", "мало данных", "kam maʼlumot")
add(None, "%n segment(s)", ["%n фрагмент", "%n фрагмента", "%n фрагментов"], ["%n parcha", "%n parcha"],
    ["%n segment", "%n segments"])
add(None, "in %Ln document(s)", ["в %Ln документе", "в %Ln документах", "в %Ln документах"],
    ["%Ln hujjatda", "%Ln hujjatda"], ["in %Ln document", "in %Ln documents"])
add(None, "in %n document(s)", ["в %n документе", "в %n документах", "в %n документах"],
    ["%n hujjatda", "%n hujjatda"], ["in %n document", "in %n documents"])
# "2/3 cases": the noun agrees with the total; in Russian "из 3" takes the genitive
add(None, "{covered}/%n case(s)", ["{covered}/%n случая", "{covered}/%n случаев", "{covered}/%n случаев"],
    ["{covered}/%n holat", "{covered}/%n holat"], ["{covered}/%n case", "{covered}/%n cases"])

# -- codebook pane -------------------------------------------------------------------------
C = "CodebookPane"
add(C, "Code colour", "Цвет кода", "Kod rangi")
add(C, "Merge into…", "Объединить с…", "Birlashtirish…")
add(C, "Merge into code:", "Объединить с кодом:", "Qaysi kod bilan birlashtirish:")
add(C, "Name:", "Название:", "Nomi:")
add(C, "Filter codes", "Фильтр кодов", "Kodlarni filtrlash")
add(C, "New sub-code", "Новый подкод", "Yangi quyi kod")
add(C, "New code", "Новый код", "Yangi kod")
add(C, "Could not add the code", "Не удалось добавить код", "Kodni qoʻshib boʻlmadi")
add(C, "Rename {old} to {new}", "Переименовать «{old}» в «{new}»", "Qayta nomlash: «{old}» → «{new}»")
add(C, "Could not rename the code", "Не удалось переименовать код", "Kodni qayta nomlab boʻlmadi")
add(C, "Recolour {code}", "Изменить цвет «{code}»", "Rangni oʻzgartirish: «{code}»")
add(C, "Could not recolour the code", "Не удалось изменить цвет кода", "Kod rangini oʻzgartirib boʻlmadi")
add(C, "the top level", "верхний уровень", "yuqori daraja")
add(C, "Move {code} under {parent}", "Переместить «{code}» в «{parent}»", "Koʻchirish: «{code}» → «{parent}»")
add(C, "Could not move the code", "Не удалось переместить код", "Kodni koʻchirib boʻlmadi")
add(C, "Could not merge the codes", "Не удалось объединить коды", "Kodlarni birlashtirib boʻlmadi")
add(C, "Could not delete the code", "Не удалось удалить код", "Kodni oʻchirib boʻlmadi")
add(C, "Quick key {key} for {code}", "Быстрая клавиша {key} для «{code}»", "Tezkor tugma {key}: «{code}»")
add(C, "Remove quick key", "Убрать быструю клавишу", "Tezkor tugmani olib tashlash")
add(C, "Free key", "Освободить клавишу", "Tugmani boʻshatish")
add(C, "Could not assign the key", "Не удалось назначить клавишу", "Tugmani biriktirib boʻlmadi")
add(C, "Assign key", "Назначить клавишу", "Tugmani biriktirish")
add(C, "Could not code the dropped text", "Не удалось закодировать перетащенный текст",
    "Tashlangan matnni kodlab boʻlmadi")
add(C, "New code…", "Новый код…", "Yangi kod…")
add(C, "Code the selection with this code", "Закодировать выделенное этим кодом",
    "Belgilangan matnni shu kod bilan kodlash")
add(C, "New sub-code…", "Новый подкод…", "Yangi quyi kod…")
add(C, "Rename", "Переименовать", "Qayta nomlash")
add(C, "Recolour…", "Изменить цвет…", "Rangni oʻzgartirish…")
add(C, "Quick key", "Быстрая клавиша", "Tezkor tugma")
add(C, "None", "Нет", "Yoʻq")

# -- viewer: coding controller, floating bar, text view --------------------------------------
C = "CodingController"
add(C, "Memo on segment", "Заметка к фрагменту", "Parchaga qayd")
add(C, "Memo:", "Заметка:", "Qayd:")
add(C, "Could not code the selection", "Не удалось закодировать выделенное", "Belgilangan matnni kodlab boʻlmadi")
add(C, "Code with new code {name}", "Закодировать новым кодом «{name}»", "Yangi kod bilan kodlash: «{name}»")
add(C, "Could not create the code", "Не удалось создать код", "Kodni yaratib boʻlmadi")
add(C, "Could not make an in-vivo code", "Не удалось создать код in vivo", "In vivo kodni yaratib boʻlmadi")
add(C, "Could not remove the coding", "Не удалось снять код", "Kodni olib tashlab boʻlmadi")
add(C, "Could not change the boundaries", "Не удалось изменить границы", "Chegaralarni oʻzgartirib boʻlmadi")
add(C, "Could not save the memo", "Не удалось сохранить заметку", "Qaydni saqlab boʻlmadi")

C = "SelectionBar"
add(C, "Code with…", "Закодировать…", "Kodlash…")
add(C, "In-vivo", "Код in vivo", "In vivo kod")
add(C, "Make the selected words a new code and code them (Ctrl+I)",
    "Сделать выделенные слова новым кодом и закодировать их (Ctrl+I)",
    "Belgilangan soʻzlardan yangi kod yasash va ularni kodlash (Ctrl+I)")
add(C, "Write a memo on this segment (Ctrl+M)", "Написать заметку к этому фрагменту (Ctrl+M)",
    "Shu parchaga qayd yozish (Ctrl+M)")

C = "TextView"
add(C, "memo: {text}", "заметка: {text}", "qayd: {text}")
add(C, "Select “{code}” segment", "Выделить фрагмент «{code}»", "«{code}» parchasini belgilash")
add(C, "Memo on “{code}” segment…", "Заметка к фрагменту «{code}»…", "«{code}» parchasiga qayd…")
add(C, "Remove coding “{code}”", "Снять код «{code}»", "«{code}» kodini olib tashlash")

C = "DocumentViewerPane"
add(C, "Choose a document on the left to read and code it.",
    "Выберите документ слева, чтобы читать и кодировать его.",
    "Oʻqish va kodlash uchun chap tomondan hujjatni tanlang.")

# -- document list -------------------------------------------------------------------------
C = "DocumentListPane"
add(C, "Coded or not", "С кодами и без", "Hammasi")
add(C, "Coded", "Закодированные", "Kodlangan")
add(C, "Not coded yet", "Без кодов", "Hali kodlanmagan")
add(C, "Filter documents…", "Фильтр документов…", "Hujjatlarni filtrlash…")
add(C, "With 'Not coded yet': documents this coder has not coded",
    "С фильтром «Без кодов»: документы, которые этот кодировщик не кодировал",
    "«Hali kodlanmagan» bilan: bu kodlovchi kodlamagan hujjatlar")
add(C, "No documents yet.\nImport transcripts (Ctrl+Shift+I) or open the demo.",
    "Документов пока нет.\nИмпортируйте транскрипты (Ctrl+Shift+I) или откройте демо-проект.",
    "Hozircha hujjatlar yoʻq.\nTranskriptlarni import qiling (Ctrl+Shift+I) yoki namunaviy loyihani oching.")
add(C, "All kinds", "Все виды", "Barcha turlar")
add(C, "All cases", "Все случаи", "Barcha holatlar")
add(C, "Any coder", "Любой кодировщик", "Istalgan kodlovchi")
add(C, "%Ln coded segment(s)",
    ["%Ln закодированный фрагмент", "%Ln закодированных фрагмента", "%Ln закодированных фрагментов"],
    ["%Ln kodlangan parcha", "%Ln kodlangan parcha"], ["%Ln coded segment", "%Ln coded segments"])
# "3 of 10 documents": the noun agrees with the total ("из 1 документа", "из 10 документов")
add(C, "Russian", "Русский", "Rus tili")
add(C, "Uzbek", "Узбекский", "Oʻzbek tili")
add(C, "English", "Английский", "Ingliz tili")
add(C, "Language: {language}", "Язык: {language}", "Til: {language}")
add(C, "Document &language", "&Язык документа", "Hujjat &tili")
add(C, "Could not change the document's language", "Не удалось изменить язык документа",
    "Hujjat tilini oʻzgartirib boʻlmadi")
add(C, "{shown} of %n document(s)", ["{shown} из %n документа", "{shown} из %n документов", "{shown} из %n документов"],
    ["{shown} / %n hujjat", "{shown} / %n hujjat"], ["{shown} of %n document", "{shown} of %n documents"])

# -- matrices ------------------------------------------------------------------------------
C = "MatrixPane"
add(C, "Code × code (overlapping segments)", "Код × код (пересекающиеся фрагменты)", "Kod × kod (kesishgan parchalar)")
add(C, "Code × code (same speaker turn)", "Код × код (одна реплика)", "Kod × kod (bitta replika)")
add(C, "Code × case (segments)", "Код × случай (фрагменты)", "Kod × holat (parchalar)")
add(C, "Each cell counts pairs of overlapping segments; the grey diagonal is each code's segments.",
    "Каждая ячейка — число пар пересекающихся фрагментов; серая диагональ — фрагменты каждого кода.",
    "Har bir katak kesishgan parchalar juftlarini sanaydi; kulrang diagonal — har bir kodning parchalari.")
add(C, "Each cell counts speaker turns holding both codes; the grey diagonal is turns with the code.",
    "Каждая ячейка — число реплик с обоими кодами; серая диагональ — реплики с этим кодом.",
    "Har bir katak ikkala kod ham bor replikalarni sanaydi; kulrang diagonal — shu kodli replikalar.")
add(C, "Each cell counts a code's segments attributed to a case (focus-group speakers map to cases).",
    "Каждая ячейка — число фрагментов кода, отнесённых к случаю (участники фокус-групп сопоставлены со случаями).",
    "Har bir katak holatga tegishli kod parchalarini sanaydi (fokus-guruh soʻzlovchilari holatlarga moslanadi).")
add(C, "Compute", "Рассчитать", "Hisoblash")
add(C, "Choose a matrix and press Compute.", "Выберите матрицу и нажмите «Рассчитать».",
    "Matritsani tanlang va «Hisoblash» tugmasini bosing.")
add(C, "Click a cell to see the segments behind it.", "Щёлкните ячейку, чтобы увидеть её фрагменты.",
    "Katakdagi parchalarni koʻrish uchun uni bosing.")
add(C, "The codings changed: press Compute to update the matrix.",
    "Кодирование изменилось: нажмите «Рассчитать», чтобы обновить матрицу.",
    "Kodlash oʻzgardi: matritsani yangilash uchun «Hisoblash» tugmasini bosing.")
add(C, "Computing…", "Расчёт…", "Hisoblanmoqda…")
add(C, "Could not compute the matrix: {error}", "Не удалось рассчитать матрицу: {error}",
    "Matritsani hisoblab boʻlmadi: {error}")
add(C, "Cancelled.", "Отменено.", "Bekor qilindi.")
add(C, "{cell}: %Ln segment(s) (double-click one to read it in the text)",
    ["{cell}: %Ln фрагмент (дважды щёлкните, чтобы прочитать его в тексте)",
     "{cell}: %Ln фрагмента (дважды щёлкните фрагмент, чтобы прочитать его в тексте)",
     "{cell}: %Ln фрагментов (дважды щёлкните фрагмент, чтобы прочитать его в тексте)"],
    ["{cell}: %Ln parcha (matnda oʻqish uchun ustiga ikki marta bosing)"] * 2,
    ["{cell}: %Ln segment (double-click it to read it in the text)",
     "{cell}: %Ln segments (double-click one to read it in the text)"])

# -- memos ---------------------------------------------------------------------------------
C = "MemosPane"
add(C, "Memos and journal", "Заметки и дневник", "Qaydlar va kundalik")
add(C, "Reflexive journal", "Рефлексивный дневник", "Refleksiv kundalik")
add(C, "Project memos", "Заметки к проекту", "Loyiha qaydlari")
add(C, "Document memos", "Заметки к документам", "Hujjat qaydlari")
add(C, "Code memos", "Заметки к кодам", "Kod qaydlari")
add(C, "Show the memos and journal entries of one coder",
    "Показать заметки и записи дневника одного кодировщика",
    "Bitta kodlovchining qaydlari va kundalik yozuvlarini koʻrsatish")
add(C, "Search memos…", "Поиск заметок…", "Qaydlarni qidirish…")
add(C, "New journal entry", "Новая запись в дневнике", "Yangi kundalik yozuvi")
add(C, "New project memo", "Новая заметка к проекту", "Yangi loyiha qaydi")
add(C, "Title", "Заголовок", "Sarlavha")
add(C, "Write here. Memos keep your analytic thinking; the journal your reflexivity.",
    "Пишите здесь. Заметки хранят ваше аналитическое мышление, дневник — вашу рефлексию.",
    "Shu yerga yozing. Qaydlar tahliliy fikrlaringizni, kundalik esa refleksiyangizni saqlaydi.")
add(C, "Save", "Сохранить", "Saqlash")
add(C, "Your memo was not saved (your text is on the clipboard)",
    "Заметка не сохранена (ваш текст в буфере обмена)",
    "Qaydingiz saqlanmadi (matningiz almashish buferida)")
add(C, "Journal entry", "Запись в дневнике", "Kundalik yozuvi")
add(C, "{kind} · created {created} · edited {edited}", "{kind} · создано {created} · изменено {edited}",
    "{kind} · yaratilgan: {created} · tahrirlangan: {edited}")

C = "RetrievalTabs"
add(C, "Segments", "Фрагменты", "Parchalar")
add(C, "Memos && journal", "Заметки и дневник", "Qaydlar va kundalik")
add(C, "Matrices", "Матрицы", "Matritsalar")

# -- search --------------------------------------------------------------------------------
C = "SearchPane"
add(C, "Plain text", "Простой текст", "Oddiy matn")
add(C, "Whole word", "Целое слово", "Butun soʻz")
add(C, "Any word form (lemma)", "Любая форма слова (лемма)", "Soʻzning istalgan shakli (lemma)")
add(C, "Regular expression", "Регулярное выражение", "Muntazam ifoda")
add(C, "Search all documents…", "Поиск по всем документам…", "Barcha hujjatlardan qidirish…")
add(C, "Match case", "Учитывать регистр", "Registrni hisobga olish")
add(C, "Search", "Найти", "Qidirish")  # the button (the tab is "Поиск")
add(C, "Code all hits with…", "Закодировать все совпадения…", "Barcha topilmalarni kodlash…")
add(C, "Searching…", "Поиск…", "Qidirilmoqda…")
add(C, " (first {limit}; narrow the search)", " (первые {limit}; уточните запрос)",
    " (dastlabki {limit} ta; qidiruvni toraytiring)")
add(C, "%Ln hit(s)", ["%Ln совпадение", "%Ln совпадения", "%Ln совпадений"], ["%Ln topilma", "%Ln topilma"],
    ["%Ln hit", "%Ln hits"])
add(C, "No hits.", "Совпадений нет.", "Topilmalar yoʻq.")
add(C, "The search failed: {error}", "Поиск не удался: {error}", "Qidiruv amalga oshmadi: {error}")
add(C, "Search cancelled.", "Поиск отменён.", "Qidiruv bekor qilindi.")
add(C, "Add a code to the codebook first.", "Сначала добавьте код в кодовую книгу.",
    "Avval kodlar kitobiga kod qoʻshing.")
add(C, "Code all hits", "Закодировать все совпадения", "Barcha topilmalarni kodlash")
add(C, "Code %Ln hit(s) with:",
    ["Закодировать %Ln совпадение кодом:", "Закодировать %Ln совпадения кодом:", "Закодировать %Ln совпадений кодом:"],
    ["%Ln topilmani qaysi kod bilan kodlash:"] * 2, ["Code %Ln hit with:", "Code %Ln hits with:"])
add(C, "Coded %Ln hit(s) with {code}",
    ["Закодировано %Ln совпадение кодом «{code}»", "Закодировано %Ln совпадения кодом «{code}»",
     "Закодировано %Ln совпадений кодом «{code}»"],
    ["%Ln topilma «{code}» kodi bilan kodlandi"] * 2, ["Coded %Ln hit with {code}", "Coded %Ln hits with {code}"])
add(C, "; %Ln already coded.",
    ["; %Ln уже было закодировано.", "; %Ln уже были закодированы.", "; %Ln уже были закодированы."],
    ["; %Ln tasi allaqachon kodlangan edi."] * 2)

# -- segments ------------------------------------------------------------------------------
C = "SegmentsPane"
add(C, "Include sub-codes", "Включая подкоды", "Quyi kodlar bilan")
add(C, "Only segments of cases with this attribute value", "Только фрагменты случаев с этим значением атрибута",
    "Faqat shu atribut qiymatiga ega holatlarning parchalari")
add(C, "Choose a code to see its coded segments.", "Выберите код, чтобы увидеть его фрагменты.",
    "Kodlangan parchalarini koʻrish uchun kodni tanlang.")
add(C, "Select a segment to read it in context.", "Выберите фрагмент, чтобы прочитать его в контексте.",
    "Kontekstda oʻqish uchun parchani tanlang.")
add(C, "— choose a code —", "— выберите код —", "— kodni tanlang —")
add(C, "All documents", "Все документы", "Barcha hujjatlar")
add(C, "Any case", "Любой случай", "Istalgan holat")
add(C, "{title} · %Ln segment(s)", ["{title} · %Ln фрагмент", "{title} · %Ln фрагмента", "{title} · %Ln фрагментов"],
    ["{title} · %Ln parcha"] * 2, ["{title} · %Ln segment", "{title} · %Ln segments"])
add(C, "and %Ln case(s)", ["и %Ln случае", "и %Ln случаях", "и %Ln случаях"], ["va %Ln holatda"] * 2,
    ["and %Ln case", "and %Ln cases"])

# -- thematic map --------------------------------------------------------------------------
C = "ThematicMapPanel"
add(C, "Auto-layout", "Авторазмещение", "Avto-joylashtirish")
add(C, "Place every theme on a circle with its codes around it (undoable)",
    "Разместить темы по кругу, а их коды — вокруг них (можно отменить)",
    "Mavzularni aylana boʻylab, kodlarini esa ularning atrofiga joylashtirish (bekor qilsa boʻladi)")
add(C, "Draw link", "Нарисовать связь", "Bogʻlanish chizish")
add(C, "Drag from one box to another to draw an arrow (or hold Shift while dragging)",
    "Перетащите от одного блока к другому, чтобы нарисовать стрелку (или перетаскивайте с нажатой Shift)",
    "Strelka chizish uchun bir blokdan boshqasiga torting (yoki Shift tugmasini bosib turib torting)")
add(C, "Fit", "Вместить", "Sigʻdirish")
add(C, "Export…", "Экспорт…", "Eksport qilish…")
add(C, "Drop codes or theme cards here · double-click an arrow to label it · Del removes",
    "Перетащите сюда коды или карточки тем · двойной щелчок по стрелке — подпись · Del — удалить",
    "Kodlar va mavzu kartochkalarini shu yerga tashlang · strelkani nomlash: ikki marta bosing · "
    "Del — oʻchirish")
add(C, "Could not lay out the map", "Не удалось разместить карту", "Xaritani joylashtirib boʻlmadi")
add(C, "Export thematic map", "Экспорт тематической карты", "Mavzular xaritasini eksport qilish")
add(C, "PNG picture", "Изображение PNG", "PNG rasm")
add(C, "SVG drawing", "Рисунок SVG", "SVG chizma")
add(C, "Could not export the map to {path}", "Не удалось экспортировать карту в {path}",
    "Xaritani eksport qilib boʻlmadi: {path}")

C = "ThematicMapView"
add(C, "Theme: {name}", "Тема: {name}", "Mavzu: {name}")
add(C, "Code: {name}", "Код: {name}", "Kod: {name}")
add(C, "Double-click to label this link", "Дважды щёлкните, чтобы подписать связь",
    "Bogʻlanishni nomlash uchun ikki marta bosing")
add(C, "Label the link", "Подпись связи", "Bogʻlanish nomi")
add(C, "Label (e.g. 'leads to', 'contrasts with'):", "Подпись (например, «ведёт к», «противоречит»):",
    "Nomi (masalan, «olib keladi», «zid keladi»):")
add(C, "Could not move the node", "Не удалось переместить узел", "Tugunni koʻchirib boʻlmadi")
add(C, "Place on map", "Поместить на карту", "Xaritaga joylashtirish")
add(C, "Could not place it on the map", "Не удалось поместить на карту", "Xaritaga joylashtirib boʻlmadi")
add(C, "Could not draw the link", "Не удалось нарисовать связь", "Bogʻlanishni chizib boʻlmadi")
add(C, "Could not label the link", "Не удалось подписать связь", "Bogʻlanishni nomlab boʻlmadi")
add(C, "Remove from map", "Убрать с карты", "Xaritadan olib tashlash")
add(C, "Could not delete the link", "Не удалось удалить связь", "Bogʻlanishni oʻchirib boʻlmadi")
add(C, "Could not remove the node", "Не удалось убрать узел", "Tugunni olib tashlab boʻlmadi")

# -- themes: cards, board, review, definition ---------------------------------------------
C = "ThemeCard"
add(C, "Drop codes here", "Перетащите сюда коды", "Kodlarni shu yerga tashlang")
add(C, "overlaps {theme} ({percent} %)", "пересекается с «{theme}» ({percent} %)",
    "«{theme}» bilan kesishadi ({percent} %)")

C = "ThemeDefinitionDialog"
add(C, "Define and name — {theme}", "Определение и название — {theme}", "Taʼriflash va nomlash — {theme}")
add(C, "In a sentence or two: what this theme is about, and what it is not.",
    "В одном-двух предложениях: о чём эта тема и о чём она не говорит.",
    "Bir-ikki gapda: bu mavzu nima haqida va nima haqida emas.")
add(C, "The story this theme tells about the data, and how it relates to the other themes and your research question.",
    "Что эта тема рассказывает о данных и как она связана с другими темами и вашим исследовательским вопросом.",
    "Bu mavzu maʼlumotlar haqida nimani hikoya qiladi, boshqa mavzular va tadqiqot savolingiz bilan qanday bogʻlanadi.")
add(C, "A good name is concise and telling; it can use a participant's own words.",
    "Хорошее название краткое и выразительное; в нём можно использовать слова самого участника.",
    "Yaxshi nom qisqa va ifodali boʻladi; unda ishtirokchining oʻz soʻzlarini ishlatish mumkin.")
add(C, "&Name:", "&Название:", "&Nomi:")
add(C, "&Definition:", "&Определение:", "&Taʼrif:")
add(C, "N&arrative:", "Н&арратив:", "&Hikoya:")
add(C, "&Status:", "&Статус:", "&Maqomi:")

C = "ThemeReviewModel"
add(C, "Case / extract", "Случай / цитата", "Holat / iqtibos")
add(C, "Speaker", "Говорящий", "Soʻzlovchi")
add(C, "(no case)", "(без случая)", "(holatsiz)")

C = "ThemeReviewView"
add(C, "Mark as reviewed", "Отметить как проверенную", "Koʻrib chiqilgan deb belgilash")
add(C, "Theme:", "Тема:", "Mavzu:")
add(C, "No themes yet. Create one on the board and drag codes onto it.",
    "Тем пока нет. Создайте тему на доске и перетащите на неё коды.",
    "Hozircha mavzular yoʻq. Taxtada mavzu yarating va unga kodlarni torting.")
add(C, "found in fewer than 20 % of cases: merge it into another theme, or check whether it matters anyway.",
    "встречается менее чем в 20 % случаев: объедините её с другой темой или проверьте, важна ли она всё же.",
    "holatlarning 20 % idan kamida uchraydi: uni boshqa mavzu bilan birlashtiring yoki baribir muhimligini "
    "tekshiring.")
add(C, "overlaps {theme}", "пересекается с «{theme}»", "«{theme}» bilan kesishadi")
add(C, "{percent} % of its segments co-occur with {theme}: are they one theme?",
    "{percent} % её фрагментов встречаются вместе с «{theme}»: может быть, это одна тема?",
    "Parchalarining {percent} % i «{theme}» bilan birga uchraydi: ular bitta mavzu emasmi?")
add(C, "Definition:", "Определение:", "Taʼrif:")

C = "ThemeStatus"  # a theme's status (Russian: agrees with тема)
add(C, "Candidate", "Предварительная", "Taxminiy")
add(C, "Reviewed", "Проверенная", "Koʻrib chiqilgan")
add(C, "Defined", "Определённая", "Aniqlangan")
C = "ThemeColumn"  # the board's columns of themes
add(C, "Candidate", "Предварительные", "Taxminiy")
add(C, "Reviewed", "Проверенные", "Koʻrib chiqilgan")
add(C, "Defined", "Определённые", "Aniqlangan")

C = "ThemesBoard"
add(C, "Theme name:", "Название темы:", "Mavzu nomi:")
add(C, "New theme…", "Новая тема…", "Yangi mavzu…")
add(C, "Drag codes from the codebook onto a theme; drag a theme to another column or onto a theme to make it a "
       "sub-theme. Double-click to define and name it.",
    "Перетаскивайте коды из кодовой книги на тему; тему — в другой столбец или на другую тему, чтобы сделать её "
    "подтемой. Двойной щелчок — определить и назвать тему.",
    "Kodlarni kodlar kitobidan mavzuga torting; mavzuni boshqa ustunga yoki quyi mavzu qilish uchun boshqa mavzu "
    "ustiga torting. Taʼriflash va nomlash uchun ikki marta bosing.")
add(C, "New sub-theme", "Новая подтема", "Yangi quyi mavzu")
add(C, "New theme", "Новая тема", "Yangi mavzu")
add(C, "Could not create the theme", "Не удалось создать тему", "Mavzuni yaratib boʻlmadi")
add(C, "codes", "коды", "kodlar")
add(C, "Add {codes} to {theme}", "Добавить {codes} в «{theme}»", "«{theme}» mavzusiga qoʻshish: {codes}")
add(C, "Could not add the codes to the theme", "Не удалось добавить коды в тему", "Kodlarni mavzuga qoʻshib boʻlmadi")
add(C, "code", "код", "kod")
add(C, "Take {code} off {theme}", "Убрать «{code}» из «{theme}»", "«{theme}» mavzusidan olib tashlash: {code}")
add(C, "Could not take the code off the theme", "Не удалось убрать код из темы",
    "Kodni mavzudan olib tashlab boʻlmadi")
add(C, "Move {theme} to {status}", "Перевести «{theme}» в статус «{status}»", "«{theme}» maqomi: {status}")
add(C, "Could not move the theme", "Не удалось переместить тему", "Mavzuni koʻchirib boʻlmadi")
add(C, "Move {theme}", "Переместить «{theme}»", "«{theme}» mavzusini koʻchirish")
add(C, "Rename theme", "Переименовать тему", "Mavzuni qayta nomlash")
add(C, "Rename {theme}", "Переименовать «{theme}»", "«{theme}» mavzusini qayta nomlash")
add(C, "Could not rename the theme", "Не удалось переименовать тему", "Mavzuni qayta nomlab boʻlmadi")
add(C, "Could not delete the theme", "Не удалось удалить тему", "Mavzuni oʻchirib boʻlmadi")
add(C, "New theme from codes", "Новая тема из кодов", "Kodlardan yangi mavzu")
add(C, "Review segments…", "Просмотреть фрагменты…", "Parchalarni koʻrib chiqish…")
add(C, "Rename…", "Переименовать…", "Qayta nomlash…")
add(C, "New sub-theme…", "Новая подтема…", "Yangi quyi mavzu…")
add(C, "Move to", "Переместить в", "Koʻchirish")
add(C, "Sub-theme of", "Сделать подтемой", "Quyi mavzu qilish")
add(C, "(top level)", "(верхний уровень)", "(yuqori daraja)")
add(C, "Take code off", "Убрать код", "Kodni olib tashlash")
add(C, "Delete theme", "Удалить тему", "Mavzuni oʻchirish")

C = "ThemesTab"
add(C, "Board", "Доска", "Taxta")
add(C, "Review", "Проверка", "Koʻrib chiqish")
add(C, "Define {theme}", "Определить «{theme}»", "«{theme}» mavzusini taʼriflash")
add(C, "Could not save the theme", "Не удалось сохранить тему", "Mavzuni saqlab boʻlmadi")

C = "ThemesUi"
add(C, "Word documents", "Документы Word", "Word hujjatlari")
add(C, "Codebooks", "Кодовые книги", "Kodlar kitoblari")
add(C, "Word table", "Таблица Word", "Word jadvali")
add(C, "Themes", "Темы", "Mavzular")
add(C, "Phases", "Этапы", "Bosqichlar")
add(C, "Code definition", "Определение кода", "Kod taʼrifi")
add(C, "&New theme…", "&Новая тема…", "&Yangi mavzu…")
add(C, "Show theme &board", "Показать &доску тем", "Mavzular &taxtasini koʻrsatish")
add(C, "Show thematic &map", "Показать тематическую к&арту", "Mavzular &xaritasini koʻrsatish")
add(C, "&Review theme…", "&Проверить тему…", "Mavzuni &koʻrib chiqish…")
add(C, "Export thematic map (PNG/SVG)…", "Экспорт тематической карты (PNG/SVG)…",
    "Mavzular xaritasini eksport qilish (PNG/SVG)…")
add(C, "Export &codebook to Word…", "Экспорт &кодовой книги в Word…", "Kodlar kitobini &Wordga eksport qilish…")
add(C, "Export thematic &report to Word…", "Экспорт тематического &отчёта в Word…",
    "Mavzuli &hisobotni Wordga eksport qilish…")
add(C, "&Import codebook (CSV, XLSX, Word)…", "&Импорт кодовой книги (CSV, XLSX, Word)…",
    "Kodlar kitobini &import qilish (CSV, XLSX, Word)…")
add(C, "Import the &seed-study codebook", "Импорт кодовой книги ис&ходного исследования",
    "&Asosiy tadqiqot kodlar kitobini import qilish")
add(C, "Export codebook to Word", "Экспорт кодовой книги в Word", "Kodlar kitobini Wordga eksport qilish")
add(C, "Could not write the codebook to {path}", "Не удалось записать кодовую книгу в {path}",
    "Kodlar kitobini yozib boʻlmadi: {path}")
add(C, "Export thematic report to Word", "Экспорт тематического отчёта в Word", "Mavzuli hisobotni Wordga eksport qilish")
add(C, "Could not write the report to {path}", "Не удалось записать отчёт в {path}", "Hisobotni yozib boʻlmadi: {path}")
add(C, "Wrote {path}", "Записано: {path}", "Yozildi: {path}")
add(C, "Import codebook", "Импорт кодовой книги", "Kodlar kitobini import qilish")
add(C, "Could not import the codebook {name}", "Не удалось импортировать кодовую книгу {name}",
    "Kodlar kitobini import qilib boʻlmadi: {name}")

# -- the search pane's meaning mode (same words as the assistant's catalogue) --------------
C = "SearchPane"
add(C, 'By meaning', 'По смыслу', 'Maʼno boʻyicha')
add(C, 'Passages that say the same thing in other words (a local model; nothing leaves this computer)', 'Фрагменты, где то же самое сказано другими словами (локальная модель; ничего не покидает этот компьютер)', 'Xuddi shu narsa boshqa soʻzlar bilan aytilgan parchalar (mahalliy model; hech narsa bu kompyuterdan chiqmaydi)')
add(C, 'Type what the passages should say, e.g. felt nobody believed me.', 'Введите, о чём должны говорить фрагменты, например: чувствовала, что мне никто не верит.', 'Parchalar nima haqida ekanini yozing, masalan: hech kim menga ishonmagandek tuyuldi.')
add(C, 'Updating the meaning index, then searching…', 'Обновление смыслового индекса, затем поиск…', 'Maʼno indeksi yangilanmoqda, soʻng qidiriladi…')
