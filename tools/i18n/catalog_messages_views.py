"""Area "messages", part four: what the team, privacy, assistant, search and joint-display views can be
told by the services (qualcode/ui/texts/team_texts.py, privacy_texts.py, assistant_texts.py and the
errors of joint_texts.py) -> (Russian, Uzbek Latin). See catalog_messages.py.

Terms as in docs/translation-glossary.md: coder = кодировщик / kodlovchi, agreement = согласованность /
kelishuv, roster = список имён / ismlar roʻyxati, joint display = совместное представление / birlashgan
taqdimot, candidate theme = кандидат в темы / nomzod mavzu. Uzbek: oʻ gʻ with U+02BB, tutuq belgisi U+02BC.
"""

CATALOG: dict = {}

# -- inter-coder agreement, disagreements (qualcode/ui/texts/team_texts.py) ---------------------
CATALOG.update({
    "agreement needs at least two coders (rows); got {n}": (
        "для согласованности нужны хотя бы два кодировщика (строки); получено: {n}",
        "kelishuv uchun kamida ikki kodlovchi (qator) kerak; berilgani: {n}"),
    "the matrix has no coded value at all": ("в матрице нет ни одного закодированного значения",
                                             "matritsada birorta ham kodlangan qiymat yoʻq"),
    "there is no coder {name} in this project (coders: {names})": (
        "в этом проекте нет кодировщика {name} (кодировщики: {names})",
        "bu loyihada {name} kodlovchisi yoʻq (kodlovchilar: {names})"),
    "none yet": ("пока нет", "hali yoʻq"),
    "there is no code with id {id}": ("кода с id {id} нет", "id {id} boʻlgan kod yoʻq"),
    "there is no coder with id {id}": ("кодировщика с id {id} нет", "id {id} boʻlgan kodlovchi yoʻq"),
    "choose two different coders to compare": ("выберите для сравнения двух разных кодировщиков",
                                               "solishtirish uchun ikki xil kodlovchini tanlang"),
    "a memo decision needs the memo's text": ("для решения заметкой нужен текст заметки",
                                              "qayd bilan qaror uchun qayd matni kerak"),
})

# -- pseudonymisation, roster, sealed mapping, encrypted copies (privacy_texts.py) ---------------
CATALOG.update({
    ("Two cases would both be called {name} once names are replaced; merge or rename one of them first. Nothing "
     "was replaced."): (
        ("После замены имён два случая назывались бы {name}; сначала объедините или переименуйте один из них. "
         "Ничего не заменено."),
        ("Ismlar almashtirilgach ikki holat ham {name} deb atalib qoladi; avval ulardan birini birlashtiring yoki "
         "qayta nomlang. Hech narsa almashtirilmadi.")),
    ("{document}: codings {a} and {b} (same code, same coder) would cover the same words once the name inside them "
     "is replaced; remove one of them first. Nothing was replaced."): (
        ("{document}: после замены имени внутри них кодировки {a} и {b} (тот же код, тот же кодировщик) покрывали бы "
         "одни и те же слова; сначала удалите одну из них. Ничего не заменено."),
        ("{document}: ichidagi ism almashtirilgach {a} va {b} kodlashlar (bir xil kod, bir xil kodlovchi) ayni bir "
         "soʻzlarni qamrab qoladi; avval ulardan birini oʻchiring. Hech narsa almashtirilmadi.")),
    "{document}: the text at {start}-{end} is no longer {text}; find identifiers again before applying.": (
        "{document}: текст в позиции {start}-{end} уже не {text}; перед применением найдите идентификаторы заново.",
        "{document}: {start}-{end} oʻrindagi matn endi {text} emas; qoʻllashdan oldin identifikatorlarni qayta toping."),
    "{document}: the replacement for {text} is empty.": ("{document}: замена для {text} пуста.",
                                                         "{document}: {text} uchun almashtirish boʻsh."),
    "Replacement at {start}-{end} overlaps another or lies outside the text.": (
        "Замена в позиции {start}-{end} пересекается с другой или выходит за пределы текста.",
        "{start}-{end} oʻrindagi almashtirish boshqasi bilan kesishadi yoki matndan tashqarida."),
    "The replacement at {start}-{end} is empty; give it a name or a tag.": (
        "Замена в позиции {start}-{end} пуста; укажите имя или метку.",
        "{start}-{end} oʻrindagi almashtirish boʻsh; unga ism yoki belgi bering."),
    "Looking for identifiers was cancelled.": ("Поиск идентификаторов отменён.", "Identifikatorlarni qidirish bekor qilindi."),
    ("This project allows pseudonymised exports only, and {n} identifier(s) are not reviewed yet (the first: a {kind} "
     "in {document}); review them with File > Pseudonymise transcripts or 'qualcode pseudonymise'. Nothing was "
     "exported."): (
        ("Этот проект разрешает экспорт только после псевдонимизации, а непроверенных идентификаторов: {n} (первый: "
         "{kind} в {document}); проверьте их через Файл > Псевдонимизация транскриптов или «qualcode pseudonymise». "
         "Ничего не экспортировано."),
        ("Bu loyiha faqat psevdonimlashtirilgan eksportga ruxsat beradi, hali koʻrib chiqilmagan identifikatorlar: {n} "
         "(birinchisi: {document} dagi {kind}); ularni Fayl > Transkriptlarni psevdonimlashtirish yoki «qualcode "
         "pseudonymise» orqali koʻrib chiqing. Hech narsa eksport qilinmadi.")),
    "is larger than 20 MB; a roster is a list of names.": (
        "больше 20 МБ; список имён — это просто перечень имён.",
        "20 MB dan katta; ismlar roʻyxati — bu shunchaki ismlar roʻyxati."),
    "is not UTF-8 text; save the roster as CSV UTF-8.": (
        "не текст в UTF-8; сохраните список имён как CSV UTF-8.",
        "UTF-8 matn emas; ismlar roʻyxatini CSV UTF-8 sifatida saqlang."),
    "has no 'name' column; the roster needs name,kind,replacement.": (
        "нет столбца «name»; списку имён нужны столбцы name,kind,replacement.",
        "«name» ustuni yoʻq; ismlar roʻyxatiga name,kind,replacement ustunlari kerak."),
    "kind {kind} is not one of {kinds}.": ("вид {kind} — не один из: {kinds}.", "{kind} turi quyidagilardan biri emas: {kinds}."),
    "{what} needs a non-empty password.": ("{what}: нужен непустой пароль.", "{what}: boʻsh boʻlmagan parol kerak."),
    "Keeping the mapping needs a non-empty password.": (
        "Чтобы сохранить соответствие, нужен непустой пароль.",
        "Moslikni saqlash uchun boʻsh boʻlmagan parol kerak."),
    "An encrypted copy needs a non-empty password.": ("Зашифрованной копии нужен непустой пароль.",
                                                      "Shifrlangan nusxaga boʻsh boʻlmagan parol kerak."),
    "This mapping was sealed with an unknown scheme ({scheme}).": (
        "Это соответствие запечатано неизвестной схемой ({scheme}).",
        "Bu moslik nomaʼlum sxema ({scheme}) bilan muhrlangan."),
    "That password does not open the stored mapping; nothing was shown or changed.": (
        "Этот пароль не открывает сохранённое соответствие; ничего не показано и не изменено.",
        "Bu parol saqlangan moslikni ochmaydi; hech narsa koʻrsatilmadi va oʻzgartirilmadi."),
    "{path} is the file being read; choose a new name.": (
        "{path} — это читаемый файл; выберите новое название.",
        "{path} — oʻqilayotgan fayl; yangi nom tanlang."),
    "{path} is already an encrypted project: copy the file itself to keep or send it.": (
        "{path} уже зашифрованный проект: чтобы сохранить или отправить его, скопируйте сам файл.",
        "{path} allaqachon shifrlangan loyiha: uni saqlash yoki yuborish uchun faylning oʻzini nusxalang."),
    "{path} is not an encrypted QualCode copy (or was made by another version).": (
        "{path} — не зашифрованная копия QualCode (или сделана другой версией).",
        "{path} shifrlangan QualCode nusxasi emas (yoki boshqa versiyada yaratilgan)."),
    "{path} is not an encrypted QualCode copy.": ("{path} — не зашифрованная копия QualCode.",
                                                  "{path} shifrlangan QualCode nusxasi emas."),
    "{path}: wrong password (or the file was altered); nothing was written.": (
        "{path}: неверный пароль (или файл был изменён); ничего не записано.",
        "{path}: parol notoʻgʻri (yoki fayl oʻzgartirilgan); hech narsa yozilmadi."),
})

# -- the assistant panes and searching (assistant_texts.py) -------------------------------------
CATALOG.update({
    "A candidate theme needs a name.": ("Кандидату в темы нужно название.", "Nomzod mavzuga nom kerak."),
    "No case has the attribute {name} (attributes that split cases: {names}).": (
        "Ни у одного случая нет атрибута {name} (атрибуты, разделяющие случаи: {names}).",
        "Hech bir holatda {name} atributi yoʻq (holatlarni ajratadigan atributlar: {names})."),
    "{name} has {n} value(s); it needs 2 to {most} to form groups.": (
        "Значений у {name}: {n}; чтобы образовать группы, нужно от 2 до {most}.",
        "{name} qiymatlari soni: {n}; guruhlar hosil qilish uchun 2 tadan {most} tagacha kerak."),
    "The code {name} has no coded segments and no definition to compare with.": (
        "У кода {name} нет ни закодированных фрагментов, ни определения для сравнения.",
        "{name} kodida solishtirish uchun na kodlangan parchalar, na taʼrif bor."),
    "Type something to search for.": ("Введите, что искать.", "Nimani qidirishni yozing."),
    "The regular expression is not valid: {error}.": ("Регулярное выражение некорректно: {error}.",
                                                      "Muntazam ifoda notoʻgʻri: {error}."),
    " at position {n}": (" в позиции {n}", " ({n}-oʻrinda)"),
})

# -- the joint displays' "New joint display" dialog and their errors (joint_texts.py, ERRORS) ---
CATALOG.update({
    "Choose the survey variable that defines the groups.": (
        "Выберите переменную опроса, которая задаёт группы.",
        "Guruhlarni belgilaydigan soʻrovnoma oʻzgaruvchisini tanlang."),
    "A threshold grouping needs a threshold value.": ("Для группировки по порогу нужно значение порога.",
                                                      "Chegara boʻyicha guruhlash uchun chegara qiymati kerak."),
    "Give the joint display a name.": ("Дайте совместному представлению название.",
                                       "Birlashgan taqdimotga nom bering."),
    "A statistics-by-themes display needs a grouping variable.": (
        "Для представления «статистика по темам» нужна группирующая переменная.",
        "«Mavzular boʻyicha statistika» taqdimotiga guruhlovchi oʻzgaruvchi kerak."),
    "There is no survey variable {name} in the case table.": (
        "В таблице случаев нет переменной опроса {name}.",
        "Holatlar jadvalida {name} soʻrovnoma oʻzgaruvchisi yoʻq."),
    "There is already a joint display named {name}.": (
        "Совместное представление с названием {name} уже есть.",
        "{name} nomli birlashgan taqdimot allaqachon bor."),
    "A statistics-by-themes row needs a theme.": ("Строке «статистики по темам» нужна тема.",
                                                  "«Mavzular boʻyicha statistika» qatoriga mavzu kerak."),
    "This project has no joint displays yet.": ("В этом проекте пока нет совместных представлений.",
                                                "Bu loyihada hali birlashgan taqdimotlar yoʻq."),
})
