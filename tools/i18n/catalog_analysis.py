"""The "analysis" area, part one (ui/analysis: the regression panel, its plots, results and model notes;
ui/models: the item models' headers and counts): English source -> (Russian, Uzbek Latin). Part two,
the joint displays and privacy (ui/joint, ui/privacy), is in catalog_analysis_joint_privacy.py.

Built with ``python tools/i18n/build_ts.py analysis`` (the catalogue format is described there).
Terms follow docs/translation-glossary.md. Uzbek: oʻ gʻ with U+02BB, the tutuq belgisi with U+02BC.
"""

from tools.i18n.catalog_analysis_joint_privacy import CATALOG as JOINT_PRIVACY

FILES = [
    "qualcode/ui/analysis/*.py",
    "qualcode/ui/joint/*.py",
    "qualcode/ui/models/*.py",
    "qualcode/ui/privacy/*.py",
]

#: English plural forms where deriving them from "(s)" would read wrong
ENGLISH = {
    "%n transcript(s) have no case ({names}): their segments count for nobody in this table.": (
        "%n transcript has no case ({names}): their segments count for nobody in this table.",
        "%n transcripts have no case ({names}): their segments count for nobody in this table."),
    "%n entity(ies)": ("%n entity", "%n entities"),
}

CATALOG: dict = {
    # -- regression panel ---------------------------------------------------------------------
    "Filter variables": ("Фильтр переменных", "Oʻzgaruvchilarni filtrlash"),
    "Variables": ("Переменные", "Oʻzgaruvchilar"),
    "Add ▸": ("Добавить ▸", "Qoʻshish ▸"),
    "Add the variables selected on the left as predictors": (
        "Добавить выбранные слева переменные как предикторы",
        "Chapda tanlangan oʻzgaruvchilarni prediktor sifatida qoʻshish"),
    "Remove": ("Удалить", "Olib tashlash"),
    "Nested: add block": ("Вложенные: новый блок", "Ichma-ich: blok qoʻshish"),
    "Predictors added after this enter in the next model (ΔR², F change)": (
        "Предикторы, добавленные после этого, входят в следующую модель (ΔR², изменение F)",
        "Bundan keyin qoʻshilgan prediktorlar keyingi modelga kiradi (ΔR², F oʻzgarishi)"),
    "MI m={m}": ("МИ m={m}", "KI m={m}"),
    "HC3 (OLS)": ("HC3 (МНК)", "HC3 (EKK)"),
    "Heteroskedasticity-consistent standard errors (HC3) for linear models": (
        "Стандартные ошибки, устойчивые к гетероскедастичности (HC3), для линейных моделей",
        "Chiziqli modellar uchun geteroskedastiklikka chidamli standart xatolar (HC3)"),
    "Multiple imputation by chained equations, pooled by Rubin's rules (slower)": (
        "Множественная импутация цепными уравнениями, объединение по правилам Рубина (медленнее)",
        "Zanjirli tenglamalar bilan koʻp karrali imputatsiya, Rubin qoidalari boʻyicha birlashtiriladi (sekinroq)"),
    "std. beta": ("станд. β", "stand. β"),
    "Show the standardised coefficients (β) of a linear model": (
        "Показать стандартизованные коэффициенты (β) линейной модели",
        "Chiziqli modelning standartlashtirilgan koeffitsiyentlarini (β) koʻrsatish"),
    "Run": ("Рассчитать", "Hisoblash"),
    "Fit the model (Ctrl+Return)": ("Оценить модель (Ctrl+Return)", "Modelni baholash (Ctrl+Return)"),
    "Outcome:": ("Зависимая переменная:", "Bogʻliq oʻzgaruvchi:"),
    "Model:": ("Модель:", "Model:"),
    "Predictors:": ("Предикторы:", "Prediktorlar:"),
    "The case table could not be built: {error}": (
        "Не удалось построить таблицу случаев: {error}",
        "Holatlar jadvalini tuzib boʻlmadi: {error}"),
    "(choose an outcome)": ("(выберите зависимую переменную)", "(bogʻliq oʻzgaruvchini tanlang)"),
    "proposed for a {type} outcome": ("предложено для типа «{type}»", "«{type}» turi uchun taklif qilingan"),
    "no model for a {type} outcome": ("нет модели для типа «{type}»", "«{type}» turi uchun model yoʻq"),
    "Reference: {variable} =": ("Опорный уровень: {variable} =", "Tayanch daraja: {variable} ="),
    "The model could not be fitted: {error}": (
        "Не удалось оценить модель: {error}",
        "Modelni baholab boʻlmadi: {error}"),
    "Double-click to see this theme's coded segments": (
        "Двойной щелчок — закодированные фрагменты этой темы",
        "Ikki marta bosing — bu mavzuning kodlangan parchalari"),
    "Double-click to see this code's coded segments": (
        "Двойной щелчок — закодированные фрагменты этого кода",
        "Ikki marta bosing — bu kodning kodlangan parchalari"),
    "Building the case table…": ("Построение таблицы случаев…", "Holatlar jadvali tuzilmoqda…"),
    ("No survey table is linked: only quantitized themes and codes can be analysed. Import a survey (File › Import "
     "survey) to link participants' answers."): (
        ("Таблица опроса не связана: анализировать можно только квантифицированные темы и коды. Импортируйте опрос "
         "(Файл › Импорт опроса), чтобы связать ответы участников."),
        ("Soʻrovnoma jadvali bogʻlanmagan: faqat miqdorlashtirilgan mavzu va kodlarni tahlil qilish mumkin. "
         "Ishtirokchilar javoblarini bogʻlash uchun soʻrovnomani import qiling (Fayl › Soʻrovnomani import qilish).")),
    "n = {used} cases used of %n in the case table": (
        (
            "использовано случаев: n = {used} из %n в таблице случаев",
            "использовано случаев: n = {used} из %n в таблице случаев",
            "использовано случаев: n = {used} из %n в таблице случаев"),
        "foydalanilgan holatlar: n = {used}, holatlar jadvalida %n ta"),
    "%n interviewed case(s) linked to {table}": (
        (
            "%n случай с интервью связан с {table}",
            "%n случая с интервью связаны с {table}",
            "%n случаев с интервью связаны с {table}"),
        "intervyu olingan %n ta holat {table} bilan bogʻlangan"),
    "%n without a survey row ({cases})": (
        ("%n без строки опроса ({cases})", "%n без строки опроса ({cases})", "%n без строки опроса ({cases})"),
        "%n tasida soʻrovnoma qatori yoʻq ({cases})"),
    "%n survey row(s) without an interview (theme values missing)": (
        (
            "%n строка опроса без интервью (значений тем нет)",
            "%n строки опроса без интервью (значений тем нет)",
            "%n строк опроса без интервью (значений тем нет)"),
        "intervyusiz %n ta soʻrovnoma qatori (mavzu qiymatlari yoʻq)"),
    "%n transcript(s) have no case ({names}): their segments count for nobody in this table.": (
        (
            "%n транскрипт без случая ({names}): его фрагменты в этой таблице ни к кому не относятся.",
            "%n транскрипта без случая ({names}): их фрагменты в этой таблице ни к кому не относятся.",
            "%n транскриптов без случая ({names}): их фрагменты в этой таблице ни к кому не относятся."),
        "%n ta transkriptning holati yoʻq ({names}): ularning parchalari bu jadvalda hech kimga hisoblanmaydi."),
    "Drag variables here, or select them on the left and press Add.": (
        "Перетащите переменные сюда или выберите их слева и нажмите «Добавить».",
        "Oʻzgaruvchilarni shu yerga torting yoki chapda tanlab, «Qoʻshish»ni bosing."),
    "Model 1": ("Модель 1", "1-model"),
    "Model {number} adds": ("Модель {number} добавляет", "{number}-model qoʻshadi"),
    # plots
    # the tab titles stay short so all five fit whole in the narrow pane at 1280 px; the tooltips say it in full
    "Forest": ("Форест", "Forest"),
    "ROC": ("ROC", "ROC"),
    "Q–Q": ("Q–Q", "Q–Q"),
    "Residuals": ("Остатки", "Qoldiqlar"),
    "Cook's D": ("D Кука", "Kuk D"),
    "Forest plot: each predictor's estimate with its 95% CI": (
        "Форест-график: оценка каждого предиктора с 95% ДИ",
        "Forest-grafik: har bir prediktorning bahosi va 95% IO"),
    "ROC curve (logistic models)": ("ROC-кривая (логистические модели)", "ROC egri chizigʻi (logistik modellar)"),
    "Q–Q plot of the residuals (linear models)": (
        "Q–Q-график остатков (линейные модели)", "Qoldiqlarning Q–Q grafigi (chiziqli modellar)"),
    "Residuals vs fitted values (linear models)": (
        "Остатки и предсказанные значения (линейные модели)",
        "Qoldiqlar va bashorat qiymatlari (chiziqli modellar)"),
    "Cook's distance per participant (linear models)": (
        "Расстояние Кука для каждого участника (линейные модели)",
        "Har bir ishtirokchi uchun Kuk masofasi (chiziqli modellar)"),
    "Run a model to see its coefficients.": (
        "Оцените модель, чтобы увидеть её коэффициенты.",
        "Koeffitsiyentlarini koʻrish uchun modelni hisoblang."),
    "{estimate} (95% CI), log scale": (
        "{estimate} (95% ДИ), логарифмическая шкала",
        "{estimate} (95% IO), logarifmik shkala"),
    "{estimate} (95% CI)": ("{estimate} (95% ДИ)", "{estimate} (95% IO)"),
    "ROC curve: logistic models only.": (
        "ROC-кривая: только для логистических моделей.",
        "ROC egri chizigʻi: faqat logistik modellar uchun."),
    "1 − specificity": ("1 − специфичность", "1 − spetsifiklik"),
    "Sensitivity": ("Чувствительность", "Sezgirlik"),
    "Q–Q plot: linear models only.": (
        "Q–Q-график: только для линейных моделей.",
        "Q–Q grafigi: faqat chiziqli modellar uchun."),
    "Theoretical quantile": ("Теоретический квантиль", "Nazariy kvantil"),
    "Standardised residual": ("Стандартизованный остаток", "Standartlashtirilgan qoldiq"),
    "Residuals vs fitted: linear models only.": (
        "Остатки и предсказанные значения: только для линейных моделей.",
        "Qoldiqlar va bashorat qiymatlari: faqat chiziqli modellar uchun."),
    "Fitted value": ("Предсказанное значение", "Bashorat qiymati"),
    "Residual": ("Остаток", "Qoldiq"),
    "Cook's distance: linear models only.": (
        "Расстояние Кука: только для линейных моделей.",
        "Kuk masofasi: faqat chiziqli modellar uchun."),
    "Participant (click to open the transcript)": (
        "Участник (щелчок открывает транскрипт)",
        "Ishtirokchi (transkriptni ochish uchun bosing)"),
    "Cook's distance": ("Расстояние Кука", "Kuk masofasi"),
    # result buttons
    "Save analysis…": ("Сохранить анализ…", "Tahlilni saqlash…"),
    "Keep this model in the project; it re-runs on the current coding": (
        "Сохранить модель в проекте; она пересчитывается по текущему кодированию",
        "Modelni loyihada saqlash; u joriy kodlash asosida qayta hisoblanadi"),
    "Add to joint display…": ("В совместное представление…", "Birlashgan taqdimotga…"),
    "Put the selected term beside its theme in a side-by-side joint display": (
        "Поместить выбранный параметр рядом с его темой в совместное представление «бок о бок»",
        "Tanlangan parametrni «yonma-yon» birlashgan taqdimotda oʻz mavzusi yoniga qoʻyish"),
    "Copy": ("Копировать", "Nusxalash"),
    "Copy the table as tab-separated text and HTML (paste into Excel or Word)": (
        "Копировать таблицу как текст с табуляцией и HTML (для вставки в Excel или Word)",
        "Jadvalni tabulyatsiyali matn va HTML sifatida nusxalash (Excel yoki Wordga qoʻyish uchun)"),
    "Word…": ("Word…", "Word…"),
    "Save the table as a Word document": (
        "Сохранить таблицу как документ Word",
        "Jadvalni Word hujjati sifatida saqlash"),
    "Save analysis": ("Сохранить анализ", "Tahlilni saqlash"),
    "Name:": ("Название:", "Nomi:"),
    "The analysis was not saved": ("Анализ не сохранён", "Tahlil saqlanmadi"),
    "Add to joint display": ("Добавить в совместное представление", "Birlashgan taqdimotga qoʻshish"),
    "There is no side-by-side joint display yet: create one first.": (
        "Совместного представления «бок о бок» пока нет: сначала создайте его.",
        "Hali «yonma-yon» birlashgan taqdimot yoʻq: avval uni yarating."),
    "Add {term} to:": ("Добавить {term} в:", "{term} qayerga qoʻshilsin:"),
    "The row was not added": ("Строка не добавлена", "Qator qoʻshilmadi"),
    "Save table as Word": ("Сохранить таблицу в Word", "Jadvalni Word sifatida saqlash"),
    "Word documents": ("Документы Word", "Word hujjatlari"),
    # result table
    "Note.": ("Примечание.", "Izoh."),
    "Incidence rate ratio": ("Отношение частот событий", "Hodisalar chastotasi nisbati"),
    "Odds ratio": ("Отношение шансов", "Shanslar nisbati"),
    "Coefficient (b)": ("Коэффициент (b)", "Koeffitsiyent (b)"),
    "Coefficient": ("Коэффициент", "Koeffitsiyent"),
    "Term": ("Параметр", "Parametr"),
    "b": ("b", "b"),
    "SE": ("Ст. ошибка", "St. xato"),
    "95% CI": ("95% ДИ", "95% IO"),
    "p": ("p", "p"),
    "IRR": ("ОЧС", "HChN"),
    "OR": ("ОШ", "ShN"),
    "OR per SD": ("ОШ на 1 СО", "ShN (1 SO)"),
    "negative binomial": ("отрицательная биномиальная", "manfiy binomial"),
    "Poisson": ("Пуассон", "Puasson"),
    "Poisson or negative binomial (by imputation)": (
        "Пуассон или отрицательная биномиальная (по импутациям)",
        "Puasson yoki manfiy binomial (imputatsiyalar boʻyicha)"),
    "n/a": ("н/д", "yoʻq"),
    "adj. R² = {value}": ("скорр. R² = {value}", "tuzat. R² = {value}"),
    "max VIF = {value}": ("макс. VIF = {value}", "maks. VIF = {value}"),
    "count model": ("модель счётных данных", "sanoq modeli"),
    "LR test of alpha = 0: p {p}": ("LR-тест alpha = 0: p {p}", "alpha = 0 uchun LR testi: p {p}"),
    "Model {number} R² = {value}": ("Модель {number}: R² = {value}", "{number}-model: R² = {value}"),
    "Model {later} vs Model {earlier}": ("Модель {later} против модели {earlier}", "{later}-model va {earlier}-model"),
    "Thresholds (log-odds scale):": ("Пороги (шкала логарифма шансов):", "Chegaralar (log-shanslar shkalasi):"),
    # model families
    "Linear regression (OLS)": ("Линейная регрессия (МНК)", "Chiziqli regressiya (EKK)"),
    "Logistic regression": ("Логистическая регрессия", "Logistik regressiya"),
    "Proportional-odds logit": ("Порядковый логит (пропорциональные шансы)", "Tartibli logit (proporsional shanslar)"),
    "Poisson regression": ("Регрессия Пуассона", "Puasson regressiyasi"),
    "Negative binomial (NB2)": ("Отрицательная биномиальная (NB2)", "Manfiy binomial (NB2)"),
    "Count: Poisson or NB2 by LR test": (
        "Счётная: Пуассон или NB2 по LR-тесту",
        "Sanoq: LR testi boʻyicha Puasson yoki NB2"),
    # variable types and measures
    "continuous": ("непрерывная", "uzluksiz"),
    "binary": ("бинарная", "binar"),
    "ordinal": ("порядковая", "tartibli"),
    "categorical": ("категориальная", "kategorial"),
    "text": ("текстовая", "matn"),
    "id": ("идентификатор", "identifikator"),
    "presence": ("наличие", "mavjudlik"),
    "coverage": ("охват", "qamrov"),
    # variables tree
    "Variable": ("Переменная", "Oʻzgaruvchi"),
    "Type / measure": ("Тип / мера", "Tur / oʻlchov"),
    "Survey": ("Опрос", "Soʻrovnoma"),
    "Themes (quantitized)": ("Темы (в числах)", "Mavzular (sonlarda)"),
    "Codes (quantitized)": ("Коды (в числах)", "Kodlar (sonlarda)"),
    "{type} · column {column}": ("{type} · столбец {column}", "{type} · ustun {column}"),
    # regression dock
    "Regression": ("Регрессия", "Regressiya"),
    "&Regression panel": ("Панель &регрессии", "&Regressiya paneli"),
    "&Run model": ("Р&ассчитать модель", "Modelni &hisoblash"),
    "No transcript of {case} in this project.": (
        "В проекте нет транскрипта {case}.",
        "Loyihada {case} transkripti yoʻq."),
    "Opened the transcript of {case}.": ("Открыт транскрипт {case}.", "{case} transkripti ochildi."),
    "Document": ("Документ", "Hujjat"),
    "Case": ("Случай", "Holat"),
    "Code": ("Код", "Kod"),
    "Text": ("Текст", "Matn"),
    "%n coded segment(s)": (
        ("%n закодированный фрагмент", "%n закодированных фрагмента", "%n закодированных фрагментов"),
        "%n ta kodlangan parcha"),
    # -- item models --------------------------------------------------------------------------
    "Key": ("Кл.", "Tug."),
    "Seg.": ("Фр.", "Par."),
    "Docs": ("Док.", "Huj."),
    "Cases": ("Сл.", "Hol."),
    "Quick key": ("Быстрая клавиша", "Tezkor tugma"),
    "Coded segments": ("Закодированные фрагменты", "Kodlangan parchalar"),
    "Documents with this code": ("Документы с этим кодом", "Shu kodli hujjatlar"),
    "Cases with this code": ("Случаи с этим кодом", "Shu kodli holatlar"),
    "%n segment(s)": (("%n фрагмент", "%n фрагмента", "%n фрагментов"), "%n ta parcha"),
    "%n document(s)": (("%n документ", "%n документа", "%n документов"), "%n ta hujjat"),
    "%n case(s)": (("%n случай", "%n случая", "%n случаев"), "%n ta holat"),
    "%n segment(s) including sub-codes": (
        ("%n фрагмент с учётом подкодов", "%n фрагмента с учётом подкодов", "%n фрагментов с учётом подкодов"),
        "quyi kodlar bilan birga %n ta parcha"),
    "Before": ("До", "Oldin"),
    "Match": ("Совпадение", "Moslik"),
    "After": ("После", "Keyin"),
    "Project": ("Проект", "Loyiha"),
    "(empty)": ("(пусто)", "(boʻsh)"),
    "Journal": ("Журнал", "Jurnal"),
    "Created {created} · last edited {edited}": (
        "Создано {created} · изменено {edited}",
        "Yaratilgan: {created} · oxirgi tahrir: {edited}"),
    "Speaker": ("Говорящий", "Soʻzlovchi"),
    "Coder": ("Кодировщик", "Kodlovchi"),
    "Detected": ("Найдено", "Aniqlangan"),
    "Turns": ("Реплики", "Replikalar"),
    "Name": ("Имя", "Ism"),
    "Interviewer": ("Интервьюер", "Intervyuer"),
    "The participant whose turns these are; empty = counts for no case.": (
        "Участник, которому принадлежат эти реплики; пусто — не относятся ни к какому случаю.",
        "Bu replikalar tegishli ishtirokchi; boʻsh — hech qaysi holatga hisoblanmaydi."),
    "Label": ("Метка", "Yorliq"),
    "Type": ("Тип", "Tur"),
    "Levels (lowest first)": ("Уровни (от низшего)", "Darajalar (eng pastidan)"),
    "For ordinal variables the order matters: type the levels lowest first, separated by <.": (
        "Для порядковых переменных важен порядок: введите уровни от низшего к высшему через <.",
        "Tartibli oʻzgaruvchilarda tartib muhim: darajalarni eng pastidan boshlab, < bilan ajratib yozing."),
    "Inferred from the data; choose another type if it is wrong.": (
        "Определено по данным; выберите другой тип, если он неверен.",
        "Maʼlumotlardan aniqlangan; notoʻgʻri boʻlsa, boshqa turni tanlang."),
    "File": ("Файл", "Fayl"),
    "Format": ("Формат", "Format"),
    "Encoding": ("Кодировка", "Kodirovka"),
    "Speakers": ("Говорящие", "Soʻzlovchilar"),
    "Status": ("Состояние", "Holati"),
    "Error: {error}": ("Ошибка: {error}", "Xato: {error}"),
    "OK": ("ОК", "OK"),
    "OK (no speaker labels found)": ("ОК (метки говорящих не найдены)", "OK (soʻzlovchi belgilari topilmadi)"),
    # the same English word reading differently in one context
    ("VariableType", "count"): ("счётная", "sanoq"),
    ("Measure", "count"): ("число", "soni"),
}

# part two: the joint displays and privacy
for _source, _texts in JOINT_PRIVACY.items():
    if CATALOG.setdefault(_source, _texts) != _texts:
        raise ValueError(f"{_source!r} is translated twice, differently, in the analysis catalogues")
