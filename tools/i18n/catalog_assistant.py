"""The assistant's area ("assistant": qualcode/ui/assistant): English source -> (Russian, Uzbek Latin).

Build with ``python tools/i18n/build_ts.py assistant`` (lupdate over the area's files, fill from here,
lrelease; it also writes ``assistant_en.ts/.qm`` with the English plural forms). Entries are written
``add(context, source, russian, uzbek)``; a plural gives the Russian forms one / few / many as a list
(Uzbek nouns do not change after a numeral: one form). Terms follow the shared glossary (segment =
фрагмент / parcha, memo = заметка / qayd, case = случай / holat). Uzbek: U+02BB (ʻ) in oʻ gʻ,
U+02BC (ʼ) for the tutuq belgisi. The search pane's meaning mode lives in the coding catalogue.

The first entries were taken over from the hand-filled assistant_*.ts of issue 16.
"""

FILES = [
    "qualcode/ui/assistant/*.py",
]

CATALOG: dict = {}


def add(context, source, ru, uz):
    if isinstance(ru, list):
        ru = tuple(ru)
        uz = uz[0] if isinstance(uz, list) else uz
    CATALOG[(context, source) if context else source] = (ru, uz)


# -- AssistantUi -------------------------------------------------------------------------------
C = 'AssistantUi'
add(C, 'Find more like these',
    'Найти ещё похожие',
    'Shunga oʻxshashlarini topish')
add(C, 'Inductive prompts',
    'Подсказки для индуктивных кодов',
    'Induktiv kodlar uchun ishoralar')
add(C, 'Candidate themes',
    'Кандидаты в темы',
    'Nomzod mavzular')
add(C, 'Find &more like these',
    'Найти &ещё похожие',
    'Shunga oʻxshashlarini &topish')
add(C, "Uncoded passages that resemble the current code's segments",
    'Некодированные фрагменты, похожие на фрагменты текущего кода',
    'Joriy kod parchalariga oʻxshash kodlanmagan parchalar')
add(C, 'Search by &meaning…',
    'Поиск по &смыслу…',
    '&Maʼno boʻyicha qidirish…')
add(C, 'Find passages that say the same thing in other words',
    'Найти фрагменты, где то же самое сказано другими словами',
    'Xuddi shu narsa boshqa soʻzlar bilan aytilgan parchalarni topish')
add(C, 'Prompts for &inductive codes',
    'Подсказки для &индуктивных кодов',
    '&Induktiv kodlar uchun ishoralar')
add(C, 'Words distinctive of groups of cases, e.g. with and without legal aid',
    'Слова, характерные для групп случаев, например с юридической помощью и без неё',
    'Holatlar guruhlariga xos soʻzlar, masalan, yuridik yordam olgan va olmaganlar')
add(C, 'Propose &candidate themes…',
    'Предложить &кандидатов в темы…',
    '&Nomzod mavzularni taklif qilish…')
add(C, 'Group codes by the meaning of their segments (phase 3)',
    'Сгруппировать коды по смыслу их фрагментов (этап 3)',
    'Kodlarni parchalarining maʼnosi boʻyicha guruhlash (3-bosqich)')

# -- CandidateThemesView -----------------------------------------------------------------------
C = 'CandidateThemesView'
add(C, 'Propose candidate themes',
    'Предложить кандидатов в темы',
    'Nomzod mavzularni taklif qilish')
add(C, 'Group the codes by what their coded segments mean (a local model; nothing leaves this computer)',
    'Сгруппировать коды по смыслу их кодированных фрагментов (локальная модель; ничего не покидает этот компьютер)',
    'Kodlarni kodlangan parchalarining maʼnosiga koʻra guruhlash (mahalliy model; hech narsa bu kompyuterdan chiqmaydi)')
add(C, 'Cancel',
    'Отмена',
    'Bekor qilish')
add(C, 'Proposals are prompts: read the quotes, then accept, rename or ignore.',
    'Предложения — лишь подсказки: прочитайте цитаты, затем примите, переименуйте или пропустите.',
    'Takliflar faqat ishora: iqtiboslarni oʻqing, soʻng qabul qiling, qayta nomlang yoki eʼtiborsiz qoldiring.')
add(C, 'Groupings of codes, most cohesive first',
    'Группы кодов, самые связные — первыми',
    'Kod guruhlari, eng uygʻunlari birinchi')
add(C, "The candidate theme's name; the suggestion comes from its typical words",
    'Название кандидата в темы; предложение составлено из его типичных слов',
    'Nomzod mavzu nomi; taklif uning odatiy soʻzlaridan olingan')
add(C, 'Accept as candidate theme',
    'Принять как кандидата в темы',
    'Nomzod mavzu sifatida qabul qilish')
add(C, 'Create a candidate theme with these codes (or Enter in the name field; Ctrl+Z undoes)',
    'Создать кандидата в темы с этими кодами (или Enter в поле названия; Ctrl+Z отменяет)',
    'Shu kodlar bilan nomzod mavzu yaratish (yoki nom maydonida Enter; Ctrl+Z bekor qiladi)')
add(C, 'Ignore',
    'Пропустить',
    'Eʼtiborsiz qoldirish')
add(C, 'Hide this grouping; nothing is changed',
    'Скрыть эту группу; ничего не изменится',
    'Bu guruhni yashirish; hech narsa oʻzgarmaydi')
add(C, 'Name:',
    'Название:',
    'Nomi:')
add(C, 'Codes:',
    'Коды:',
    'Kodlar:')
add(C, "Most typical quotes (closest to the grouping's centre):",
    'Самые типичные цитаты (ближайшие к центру группы):',
    'Eng odatiy iqtiboslar (guruh markaziga eng yaqinlari):')
add(C, 'Reading the coded segments…',
    'Чтение кодированных фрагментов…',
    'Kodlangan parchalar oʻqilmoqda…')
add(C, 'Could not propose candidate themes: %1',
    'Не удалось предложить кандидатов в темы: %1',
    'Nomzod mavzularni taklif qilib boʻlmadi: %1')
add(C, 'Cancelled.',
    'Отменено.',
    'Bekor qilindi.')
add(C, '%1\n%n code(s) · cohesion %2',
    ['%1\n%n код · связность %2', '%1\n%n кода · связность %2', '%1\n%n кодов · связность %2'],
    '%1\n%n ta kod · uygʻunlik %2')
add(C, '%n grouping(s) of %1 codes with segments (cut: %2; model: %3).',
    ['%n группа из %1 кодов с фрагментами (разрез: %2; модель: %3).', '%n группы из %1 кодов с фрагментами (разрез: %2; модель: %3).', '%n групп из %1 кодов с фрагментами (разрез: %2; модель: %3).'],
    'Parchali %1 ta koddan %n ta guruh (kesim: %2; model: %3).')
add(C, 'No groupings: %1.',
    'Групп нет: %1.',
    'Guruhlar yoʻq: %1.')
add(C, 'Already on: %1',
    'Уже в темах: %1',
    'Allaqachon mavzularda: %1')
add(C, 'similarity',
    'сходство',
    'oʻxshashlik')
add(C, 'Typical words',
    'Типичные слова',
    'Odatiy soʻzlar')
add(C, 'Give the candidate theme a name first.',
    'Сначала дайте кандидату в темы название.',
    'Avval nomzod mavzuga nom bering.')
add(C, 'Could not create the candidate theme',
    'Не удалось создать кандидата в темы',
    'Nomzod mavzuni yaratib boʻlmadi')
add(C, 'Created the candidate theme %1 (Ctrl+Z undoes).',
    'Создан кандидат в темы %1 (Ctrl+Z отменяет).',
    '%1 nomzod mavzusi yaratildi (Ctrl+Z bekor qiladi).')
add(C, 'Ignored; propose again to see every grouping.',
    'Пропущено; предложите снова, чтобы увидеть все группы.',
    'Eʼtiborsiz qoldirildi; barcha guruhlarni koʻrish uchun qayta taklif qiling.')

# -- FindMorePane ------------------------------------------------------------------------------
C = 'FindMorePane'
add(C, 'Accept suggestion for %1',
    'Принять предложение для %1',
    '%1 uchun taklifni qabul qilish')
add(C, 'The code to find more passages for (follows the codebook selection)',
    'Код, для которого искать фрагменты (следует за выбором в кодовой книге)',
    'Qaysi kod uchun parchalar qidiriladi (kodlar kitobida tanlangan kodga ergashadi)')
add(C, 'Find more like these',
    'Найти ещё похожие',
    'Shunga oʻxshashlarini topish')
add(C, "Update the meaning index (only changed documents) and list uncoded passages that resemble this code's segments and definition. Runs on this computer only.",
    'Обновить смысловой индекс (только изменённые документы) и показать некодированные фрагменты, похожие на фрагменты и определение этого кода. Работает только на этом компьютере.',
    'Maʼno indeksini yangilash (faqat oʻzgargan hujjatlar) va bu kodning parchalari hamda taʼrifiga oʻxshash kodlanmagan parchalarni koʻrsatish. Faqat shu kompyuterda ishlaydi.')
add(C, 'Cancel',
    'Отмена',
    'Bekor qilish')
add(C, 'Choose a code and press Find more like these.',
    'Выберите код и нажмите «Найти ещё похожие».',
    'Kodni tanlang va «Shunga oʻxshashlarini topish» tugmasini bosing.')
add(C, 'Score',
    'Оценка',
    'Ball')
add(C, 'Document',
    'Документ',
    'Hujjat')
add(C, 'Passage',
    'Фрагмент',
    'Parcha')
add(C, 'Select a suggestion to see why it was suggested.',
    'Выберите предложение, чтобы увидеть, почему оно предложено.',
    'Nima uchun taklif qilinganini koʻrish uchun taklifni tanlang.')
add(C, 'Accept',
    'Принять',
    'Qabul qilish')
add(C, 'Code this passage with the code (Enter). Ctrl+Z takes it back.',
    'Закодировать фрагмент этим кодом (Enter). Ctrl+Z отменяет.',
    'Bu parchani shu kod bilan kodlash (Enter). Ctrl+Z bekor qiladi.')
add(C, 'Reject',
    'Отклонить',
    'Rad etish')
add(C, 'Not an instance of this code; the decision is recorded (R or Delete)',
    'Не относится к этому коду; решение записывается (R или Delete)',
    'Bu kodga tegishli emas; qaror yozib qoʻyiladi (R yoki Delete)')
add(C, 'Skip',
    'Пропустить',
    'Oʻtkazib yuborish')
add(C, 'Decide later; go to the next suggestion (S)',
    'Решить позже; перейти к следующему предложению (S)',
    'Keyinroq hal qilish; keyingi taklifga oʻtish (S)')
add(C, 'Code:',
    'Код:',
    'Kod:')
add(C, 'Accept suggestion',
    'Принять предложение',
    'Taklifni qabul qilish')
add(C, 'Reject suggestion',
    'Отклонить предложение',
    'Taklifni rad etish')
add(C, 'Skip suggestion',
    'Пропустить предложение',
    'Taklifni oʻtkazib yuborish')
add(C, 'Add a code to the codebook first.',
    'Сначала добавьте код в кодовую книгу.',
    'Avval kodlar kitobiga kod qoʻshing.')
add(C, 'Updating the meaning index…',
    'Обновление смыслового индекса…',
    'Maʼno indeksi yangilanmoqda…')
add(C, '%n suggestion(s) for %1, best first. Enter accepts, R rejects, S skips.',
    ['%n предложение для %1, лучшие — первыми. Enter — принять, R — отклонить, S — пропустить.', '%n предложения для %1, лучшие — первыми. Enter — принять, R — отклонить, S — пропустить.', '%n предложений для %1, лучшие — первыми. Enter — принять, R — отклонить, S — пропустить.'],
    '%1 uchun %n ta taklif, eng yaxshilari birinchi. Enter — qabul, R — rad etish, S — oʻtkazib yuborish.')
add(C, 'No uncoded passages resemble %1.',
    'Нет некодированных фрагментов, похожих на %1.',
    '%1 ga oʻxshash kodlanmagan parcha yoʻq.')
add(C, 'Could not find suggestions: %1',
    'Не удалось найти предложения: %1',
    'Takliflarni topib boʻlmadi: %1')
add(C, 'Cancelled; the index keeps what was done and continues next time.',
    'Отменено; индекс сохраняет сделанное и продолжит в следующий раз.',
    'Bekor qilindi; indeks bajarilganini saqlaydi va keyingi safar davom etadi.')
add(C, 'Closest coded segment',
    'Ближайший кодированный фрагмент',
    'Eng yaqin kodlangan parcha')
add(C, 'Matched words',
    'Совпавшие слова',
    'Mos kelgan soʻzlar')
add(C, 'No shared words: suggested for its meaning alone.',
    'Общих слов нет: предложено только по смыслу.',
    'Umumiy soʻzlar yoʻq: faqat maʼnosiga koʻra taklif qilingan.')
add(C, "Ranked higher for the code's words",
    'Поднято выше благодаря словам кода',
    'Kod soʻzlari tufayli yuqoriroq qoʻyildi')
add(C, 'All suggestions decided. Find more to see the next ones.',
    'Решения по всем предложениям приняты. Нажмите «Найти ещё», чтобы увидеть следующие.',
    'Barcha takliflar hal qilindi. Keyingilarini topish uchun yana qidiring.')
add(C, 'Could not code the passage',
    'Не удалось закодировать фрагмент',
    'Parchani kodlab boʻlmadi')
add(C, 'Could not record the decision',
    'Не удалось записать решение',
    'Qarorni yozib boʻlmadi')

# -- InductivePromptsPane ----------------------------------------------------------------------
C = 'InductivePromptsPane'
add(C, 'A case attribute or linked survey variable with 2 to 12 values',
    'Атрибут случая или связанная переменная опроса с 2–12 значениями',
    '2 tadan 12 tagacha qiymatli holat atributi yoki bogʻlangan soʻrov oʻzgaruvchisi')
add(C, 'Show distinctive words',
    'Показать характерные слова',
    'Xos soʻzlarni koʻrsatish')
add(C, 'Words and phrases each group of cases uses more than the others (weighted log-odds), as prompts for inductive codes',
    'Слова и фразы, которые каждая группа случаев использует чаще остальных (взвешенные логарифмы шансов), как подсказки для индуктивных кодов',
    'Har bir holatlar guruhi boshqalarga qaraganda koʻproq ishlatadigan soʻz va iboralar (vaznli log-imkoniyatlar nisbati), induktiv kodlar uchun ishora sifatida')
add(C, 'Cancel',
    'Отмена',
    'Bekor qilish')
add(C, 'Prompts, not codes: read the passages before coding.',
    'Это подсказки, а не коды: прочитайте фрагменты перед кодированием.',
    'Bu kodlar emas, ishoralar: kodlashdan oldin parchalarni oʻqing.')
add(C, 'Split cases by:',
    'Разделить случаи по:',
    'Holatlarni boʻlish mezoni:')
add(C, 'No case attribute splits the cases into groups yet.',
    'Пока ни один атрибут не делит случаи на группы.',
    'Hozircha holatlarni guruhlarga boʻladigan atribut yoʻq.')
add(C, 'Could not list the words: %1',
    'Не удалось получить список слов: %1',
    'Soʻzlar roʻyxatini olib boʻlmadi: %1')
add(C, 'Cancelled.',
    'Отменено.',
    'Bekor qilindi.')
add(C, '%1 = %2 (%n case(s))',
    ['%1 = %2 (%n случай)', '%1 = %2 (%n случая)', '%1 = %2 (%n случаев)'],
    '%1 = %2 (%n ta holat)')
add(C, '%1: words',
    '%1: слова',
    '%1: soʻzlar')
add(C, '%1: phrases',
    '%1: фразы',
    '%1: iboralar')
add(C, 'phrases are noun chunks',
    'фразы — именные группы',
    'iboralar — ot birikmalari')
add(C, 'phrases are adjacent content words (no spaCy parser installed, so no noun chunks)',
    'фразы — соседние значимые слова (синтаксический анализатор spaCy не установлен, поэтому именных групп нет)',
    'iboralar — yonma-yon mazmunli soʻzlar (spaCy sintaktik tahlilchisi oʻrnatilmagan, shuning uchun ot birikmalari yoʻq)')
add(C, 'Most distinctive first, with (uses in this group : in the others); %1.',
    'Самые характерные — первыми, с числом (употреблений в этой группе : в остальных); %1.',
    'Eng xoslari birinchi, (shu guruhda ishlatilishi : boshqalarida) bilan; %1.')

# -- the meaning index's readiness (search pane and find more), copies, undo (assistant-ux) -----
C = 'AssistantIndex'
add(C, 'Meaning index ready: %n document(s).',
    ['Смысловой индекс готов: %n документ.', 'Смысловой индекс готов: %n документа.',
     'Смысловой индекс готов: %n документов.'],
    'Maʼno indeksi tayyor: %n ta hujjat.')
add(C, 'The first search by meaning indexes the documents, which takes a moment.',
    'Первый поиск по смыслу сначала проиндексирует документы; это займёт некоторое время.',
    'Maʼno boʻyicha birinchi qidiruv avval hujjatlarni indekslaydi, bu biroz vaqt oladi.')
add(C, 'The first search indexes the documents, which takes a moment.',
    'Первый поиск сначала проиндексирует документы; это займёт некоторое время.',
    'Birinchi qidiruv avval hujjatlarni indekslaydi, bu biroz vaqt oladi.')
add(C, '%n document(s) not indexed yet: the next search indexes them first.',
    ['%n документ ещё не проиндексирован: следующий поиск сначала проиндексирует его.',
     '%n документа ещё не проиндексированы: следующий поиск сначала проиндексирует их.',
     '%n документов ещё не проиндексированы: следующий поиск сначала проиндексирует их.'],
    '%n ta hujjat hali indekslanmagan: keyingi qidiruv avval ularni indekslaydi.')

C = 'FindMorePane'
add(C, 'Accept suggestion for %1 in %n place(s)',
    ['Принять предложение для %1 в %n месте', 'Принять предложение для %1 в %n местах',
     'Принять предложение для %1 в %n местах'],
    '%1 uchun taklifni %n ta joyda qabul qilish')
add(C, 'Copies',
    'Копии',
    'Nusxalar')
add(C, 'Other places where the passage is said word for word; it is listed once',
    'Другие места, где фрагмент сказан слово в слово; в списке он показан один раз',
    'Parcha soʻzma-soʻz aytilgan boshqa joylar; roʻyxatda u bir marta koʻrsatiladi')
add(C, 'Accept in all places',
    'Принять во всех местах',
    'Barcha joylarda qabul qilish')
add(C, 'Code this passage and its word-for-word copies with the code (Shift+Enter). '
       'One Ctrl+Z takes them all back.',
    'Закодировать этот фрагмент и его дословные копии этим кодом (Shift+Enter). Одно Ctrl+Z отменяет всё.',
    'Bu parchani va uning soʻzma-soʻz nusxalarini shu kod bilan kodlash (Shift+Enter). '
    'Bitta Ctrl+Z hammasini qaytaradi.')
add(C, 'Accept suggestion in all places',
    'Принять предложение во всех местах',
    'Taklifni barcha joylarda qabul qilish')
add(C, 'The meaning index was updated since this list was made: Find more again to include the changed documents.',
    'Смысловой индекс обновлён после составления этого списка: снова нажмите «Найти ещё похожие», '
    'чтобы учесть изменённые документы.',
    'Bu roʻyxat tuzilgandan keyin maʼno indeksi yangilandi: oʻzgargan hujjatlarni qamrab olish uchun '
    '«Shunga oʻxshashlarini topish»ni yana bosing.')
add(C, 'Said word for word also in:',
    'Дословно сказано также в:',
    'Soʻzma-soʻz yana quyidagilarda aytilgan:')
add(C, 'also in %n other place(s)',
    ['ещё в %n другом месте', 'ещё в %n других местах', 'ещё в %n других местах'],
    'yana %n ta boshqa joyda')
add(C, 'Said word for word in %n other place(s)',
    ['Дословно сказано ещё в %n другом месте', 'Дословно сказано ещё в %n других местах',
     'Дословно сказано ещё в %n других местах'],
    'Soʻzma-soʻz yana %n ta boshqa joyda aytilgan')
add(C, 'Shift+Enter codes them all; click a place to see it.',
    'Shift+Enter кодирует их все; щёлкните место, чтобы увидеть его.',
    'Shift+Enter hammasini kodlaydi; koʻrish uchun joyni bosing.')
add(C, 'Accept in all %n places',
    ['Принять во всех %n месте', 'Принять во всех %n местах', 'Принять во всех %n местах'],
    'Barcha %n ta joyda qabul qilish')
add(C, '%1 (%n place(s))',
    ['%1 (%n место)', '%1 (%n места)', '%1 (%n мест)'],
    '%1 (%n ta joy)')
add(C, 'Undone: the passage is back in the list.',
    'Отменено: фрагмент снова в списке.',
    'Bekor qilindi: parcha yana roʻyxatda.')
