"""Russian output labels, keyed by the English text (see the package docstring)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # documents and title blocks
    "Codebook": "Кодовая книга",
    "Thematic report": "Тематический отчёт",
    "Joint displays": "Совместные таблицы",
    "Date:": "Дата:",
    "Coders:": "Кодировщики:",
    "Analysis phase:": "Этап анализа:",
    "Codes:": "Коды:",
    "Themes:": "Темы:",
    "{total} ({top} top-level)": "{total} (верхнего уровня: {top})",
    # APA captions
    "Table": "Таблица",
    "Table {number}": "Таблица {number}",
    "Table A1": "Таблица П1",
    "Figure": "Рисунок",
    "Note.": "Примечание.",
    # codebook fields
    "Definition": "Определение",
    "Inclusion criteria": "Критерии включения",
    "Exclusion criteria": "Критерии исключения",
    "Typical example": "Типичный пример",
    "Atypical example": "Нетипичный пример",
    "Origin": "Происхождение",
    "Frequency": "Частота",
    "With sub-codes": "С подкодами",
    "Version history": "История изменений",
    "Examples from the data": "Примеры из данных",
    "Appendix: code frequencies": "Приложение: частоты кодов",
    "Coded segments, documents and cases per code": "Закодированные фрагменты, документы и случаи по кодам",
    "Code": "Код",
    "Segments": "Фрагменты",
    "Documents": "Документы",
    "Cases": "Случаи",
    "deductive": "дедуктивный",
    "inductive": "индуктивный",
    "in-vivo": "in vivo",
    "speaker {name}": "говорящий {name}",
    # Braun & Clarke phases
    "Familiarising yourself with the data": "Знакомство с данными",
    "Generating initial codes": "Создание первичных кодов",
    "Searching for themes": "Поиск тем",
    "Reviewing themes": "Проверка тем",
    "Defining and naming themes": "Определение и называние тем",
    "Producing the report": "Написание отчёта",
    # thematic report
    "Thematic map": "Тематическая карта",
    "Thematic map: themes (boxes), their codes (pills) and the relations drawn between them.":
        "Тематическая карта: темы (прямоугольники), их коды (овалы) и связи между ними.",
    "Overview of themes": "Обзор тем",
    "Prevalence of themes across cases": "Распространённость тем по случаям",
    "Theme": "Тема",
    "Status": "Статус",
    "candidate": "кандидат",
    "reviewed": "проверена",
    "defined": "определена",
    "Definition.": "Определение.",
    "Not yet defined.": "Ещё не определена.",
    "Prevalence.": "Распространённость.",
    "Codes.": "Коды.",
    "Sub-themes.": "Подтемы.",
    "Review notes.": "Замечания по проверке.",
    "{themes} themes, {subs} sub-themes": "тем: {themes}, подтем: {subs}",
    "Found in {cases} of {total}{share}; {segments} in {documents}.":
        "Встречается в {cases} из {total}{share}; {segments} в {documents}.",
    "thin: found in fewer than 20 % of cases ({cases})": "слабая: менее 20 % случаев ({cases})",
    "overlaps {theme} ({share} % of its segments co-occur)":
        "пересекается с темой «{theme}» ({share} % её фрагментов совпадают)",
    # joint displays
    "Domain": "Область",
    "Quantitative result": "Количественный результат",
    "Theme (cases)": "Тема (случаи)",
    "Exemplar quotes": "Примеры цитат",
    "Meta-inference": "Метавывод",
    "Confirm": "Подтверждение",
    "Expand": "Расширение",
    "Discord": "Расхождение",
    "{label} (n = {n}; survey n = {survey})": "{label} (n = {n}; n опроса = {survey})",
    "OR = odds ratio; IRR = incidence rate ratio; B = unstandardised coefficient with 95% CI; "
    "\u03b2 = standardised coefficient.":
        "ОШ = отношение шансов; IRR = отношение частот событий; B = нестандартизованный коэффициент "
        "с 95% ДИ; \u03b2 = стандартизованный коэффициент.",
    # regression tables (APA terms)
    "Term": "Предиктор",
    "b": "b",
    "B": "B",
    "SE": "SE",
    "95% CI": "95% ДИ",
    "p": "p",
    "\u03b2": "\u03b2",
    "OR": "ОШ",
    "IRR": "IRR",
    "OR per SD": "ОШ на 1 SD",
    "Intercept": "Константа",
    "(Intercept)": "(Константа)",
    # inter-coder agreement
    "Statistic": "Статистика",
    "Value": "Значение",
    "Units": "Единицы",
    "Krippendorff's alpha": "α Криппендорфа",
    "Fleiss' kappa": "κ Флейса",
    "Cohen's kappa": "κ Коэна",
    "Percent agreement": "Процент согласия",
    "Holsti's CR": "CR Холсти",
    "Brennan-Prediger kappa": "κ Бреннана–Предигера",
    "Gwet's AC1": "AC1 Гвета",
    "character": "символы",
    "sentence": "предложения",
    "turn": "реплики",
    "document": "документы",
    "Inter-coder agreement: {coders} ({unit} units)": "Согласованность кодировщиков: {coders} (единицы: {unit})",
    "Units: {unit}; including text no coder coded.": "Единицы: {unit}; включая текст, не закодированный никем.",
    "Units: {unit}; excluding text no coder coded.": "Единицы: {unit}; без текста, не закодированного никем.",
    "Intervals: Cohen, Fleiss, Gwet, Brennan-Prediger and percent analytic; Krippendorff and Holsti "
    "by seeded bootstrap over units.":
        "Интервалы: для Коэна, Флейса, Гвета, Бреннана–Предигера и процента согласия аналитические; "
        "для Криппендорфа и Холсти — бутстреп по единицам с фиксированным зерном.",
}

#: Noun forms after a number: one (1, 21), few (2-4, 22-24), many (5-20, 25-30, 11-14).
NOUNS: dict[str, tuple[str, ...]] = {
    "segment": ("фрагмент", "фрагмента", "фрагментов"),
    "coded segment": ("закодированный фрагмент", "закодированных фрагмента", "закодированных фрагментов"),
    "document": ("документ", "документа", "документов"),
    "document:in": ("документе", "документах", "документах"),
    "case": ("случай", "случая", "случаев"),
    "case:of": ("случая", "случаев", "случаев"),
    "theme": ("тема", "темы", "тем"),
    "code": ("код", "кода", "кодов"),
}
