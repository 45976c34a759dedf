"""Russian and Uzbek (Latin) translations of the "analysis" UI area (ui/analysis, ui/joint,
ui/models, ui/privacy), and the English plural forms.

Keys are English source texts; ``BY_CONTEXT`` overrides a source text in one context (the
same English word reading differently, e.g. "count" as a variable type or a measure).
A plural entry (source with ``%n``) maps to a tuple: Russian (one, few, many), Uzbek (one
form: nouns do not change after numerals; used for every form lrelease asks for), English
(one, other). Terms follow /work/briefs/i18n_glossary.md. Uzbek: oʻ gʻ with U+02BB.
"""

from __future__ import annotations

RU: dict[str, str | tuple[str, ...]] = {
    # -- regression panel ---------------------------------------------------------------------
    "Filter variables": "Фильтр переменных",
    "Variables": "Переменные",
    "Add ▸": "Добавить ▸",
    "Add the variables selected on the left as predictors": "Добавить выбранные слева переменные как предикторы",
    "Remove": "Удалить",
    "Nested: add block": "Вложенные: новый блок",
    "Predictors added after this enter in the next model (ΔR², F change)":
        "Предикторы, добавленные после этого, входят в следующую модель (ΔR², изменение F)",
    "MI m={m}": "МИ m={m}",
    "HC3 (OLS)": "HC3 (МНК)",
    "Heteroskedasticity-consistent standard errors (HC3) for linear models":
        "Стандартные ошибки, устойчивые к гетероскедастичности (HC3), для линейных моделей",
    "Multiple imputation by chained equations, pooled by Rubin's rules (slower)":
        "Множественная импутация цепными уравнениями, объединение по правилам Рубина (медленнее)",
    "std. beta": "станд. β",
    "Show the standardised coefficients (β) of a linear model":
        "Показать стандартизованные коэффициенты (β) линейной модели",
    "Run": "Рассчитать",
    "Fit the model (Ctrl+Return)": "Оценить модель (Ctrl+Return)",
    "Outcome:": "Зависимая переменная:",
    "Model:": "Модель:",
    "Predictors:": "Предикторы:",
    "The case table could not be built: {error}": "Не удалось построить таблицу случаев: {error}",
    "(choose an outcome)": "(выберите зависимую переменную)",
    "proposed for a {type} outcome": "предложено для типа «{type}»",
    "no model for a {type} outcome": "нет модели для типа «{type}»",
    "Reference: {variable} =": "Опорный уровень: {variable} =",
    "The model could not be fitted: {error}": "Не удалось оценить модель: {error}",
    "Double-click to see this theme's coded segments":
        "Двойной щелчок — закодированные фрагменты этой темы",
    "Double-click to see this code's coded segments":
        "Двойной щелчок — закодированные фрагменты этого кода",
    "Building the case table…": "Построение таблицы случаев…",
    "No survey table is linked: only quantitized themes and codes can be analysed. "
    "Import a survey (File › Import survey) to link participants' answers.":
        "Таблица опроса не связана: анализировать можно только квантифицированные темы и коды. "
        "Импортируйте опрос (Файл › Импорт опроса), чтобы связать ответы участников.",
    "n = {used} cases used of %n in the case table": (
        "использовано случаев: n = {used} из %n в таблице случаев",
        "использовано случаев: n = {used} из %n в таблице случаев",
        "использовано случаев: n = {used} из %n в таблице случаев"),
    "%n interviewed case(s) linked to {table}": (
        "%n случай с интервью связан с {table}",
        "%n случая с интервью связаны с {table}",
        "%n случаев с интервью связаны с {table}"),
    "%n without a survey row ({cases})": (
        "%n без строки опроса ({cases})", "%n без строки опроса ({cases})", "%n без строки опроса ({cases})"),
    "%n survey row(s) without an interview (theme values missing)": (
        "%n строка опроса без интервью (значений тем нет)",
        "%n строки опроса без интервью (значений тем нет)",
        "%n строк опроса без интервью (значений тем нет)"),
    "%n transcript(s) have no case ({names}): their segments count for nobody in this table.": (
        "%n транскрипт без случая ({names}): его фрагменты в этой таблице ни к кому не относятся.",
        "%n транскрипта без случая ({names}): их фрагменты в этой таблице ни к кому не относятся.",
        "%n транскриптов без случая ({names}): их фрагменты в этой таблице ни к кому не относятся."),
    "Drag variables here, or select them on the left and press Add.":
        "Перетащите переменные сюда или выберите их слева и нажмите «Добавить».",
    "Model 1": "Модель 1",
    "Model {number} adds": "Модель {number} добавляет",
    # plots
    "Forest": "Форест",
    "ROC": "ROC",
    "Q–Q": "Q–Q",
    "Residuals": "Остатки",
    "Cook's D": "D Кука",
    "Run a model to see its coefficients.": "Оцените модель, чтобы увидеть её коэффициенты.",
    "{estimate} (95% CI), log scale": "{estimate} (95% ДИ), логарифмическая шкала",
    "{estimate} (95% CI)": "{estimate} (95% ДИ)",
    "ROC curve: logistic models only.": "ROC-кривая: только для логистических моделей.",
    "1 − specificity": "1 − специфичность",
    "Sensitivity": "Чувствительность",
    "Q–Q plot: linear models only.": "Q–Q-график: только для линейных моделей.",
    "Theoretical quantile": "Теоретический квантиль",
    "Standardised residual": "Стандартизованный остаток",
    "Residuals vs fitted: linear models only.": "Остатки и предсказанные значения: только для линейных моделей.",
    "Fitted value": "Предсказанное значение",
    "Residual": "Остаток",
    "Cook's distance: linear models only.": "Расстояние Кука: только для линейных моделей.",
    "Participant (click to open the transcript)": "Участник (щелчок открывает транскрипт)",
    "Cook's distance": "Расстояние Кука",
    # result buttons
    "Save analysis…": "Сохранить анализ…",
    "Keep this model in the project; it re-runs on the current coding":
        "Сохранить модель в проекте; она пересчитывается по текущему кодированию",
    "Add to joint display…": "В совместное представление…",
    "Put the selected term beside its theme in a side-by-side joint display":
        "Поместить выбранный параметр рядом с его темой в совместное представление «бок о бок»",
    "Copy": "Копировать",
    "Copy the table as tab-separated text and HTML (paste into Excel or Word)":
        "Копировать таблицу как текст с табуляцией и HTML (для вставки в Excel или Word)",
    "Word…": "Word…",
    "Save the table as a Word document": "Сохранить таблицу как документ Word",
    "Save analysis": "Сохранить анализ",
    "Name:": "Название:",
    "The analysis was not saved": "Анализ не сохранён",
    "Add to joint display": "Добавить в совместное представление",
    "There is no side-by-side joint display yet: create one first.":
        "Совместного представления «бок о бок» пока нет: сначала создайте его.",
    "Add {term} to:": "Добавить {term} в:",
    "The row was not added": "Строка не добавлена",
    "Save table as Word": "Сохранить таблицу в Word",
    "Word documents": "Документы Word",
    # result table
    "Note.": "Примечание.",
    "Incidence rate ratio": "Отношение частот событий",
    "Odds ratio": "Отношение шансов",
    "Coefficient (b)": "Коэффициент (b)",
    "Coefficient": "Коэффициент",
    "Term": "Параметр",
    "b": "b",
    "SE": "Ст. ошибка",
    "95% CI": "95% ДИ",
    "p": "p",
    "IRR": "ОЧС",
    "OR": "ОШ",
    "OR per SD": "ОШ на 1 СО",
    "negative binomial": "отрицательная биномиальная",
    "Poisson": "Пуассон",
    "Poisson or negative binomial (by imputation)": "Пуассон или отрицательная биномиальная (по импутациям)",
    "n/a": "н/д",
    "adj. R² = {value}": "скорр. R² = {value}",
    "max VIF = {value}": "макс. VIF = {value}",
    "count model": "модель счётных данных",
    "LR test of alpha = 0: p {p}": "LR-тест alpha = 0: p {p}",
    "Model {number} R² = {value}": "Модель {number}: R² = {value}",
    "Model {later} vs Model {earlier}": "Модель {later} против модели {earlier}",
    "Thresholds (log-odds scale):": "Пороги (шкала логарифма шансов):",
    # model families
    "Linear regression (OLS)": "Линейная регрессия (МНК)",
    "Logistic regression": "Логистическая регрессия",
    "Proportional-odds logit": "Порядковый логит (пропорциональные шансы)",
    "Poisson regression": "Регрессия Пуассона",
    "Negative binomial (NB2)": "Отрицательная биномиальная (NB2)",
    "Count: Poisson or NB2 by LR test": "Счётная: Пуассон или NB2 по LR-тесту",
    # variable types and measures
    "continuous": "непрерывная",
    "binary": "бинарная",
    "ordinal": "порядковая",
    "categorical": "категориальная",
    "text": "текстовая",
    "id": "идентификатор",
    "presence": "наличие",
    "coverage": "охват",
    # variables tree
    "Variable": "Переменная",
    "Type / measure": "Тип / мера",
    "Survey": "Опрос",
    "Themes (quantitized)": "Темы (в числах)",
    "Codes (quantitized)": "Коды (в числах)",
    "{type} · column {column}": "{type} · столбец {column}",
    # regression dock
    "Regression": "Регрессия",
    "&Regression panel": "Панель &регрессии",
    "&Run model": "Р&ассчитать модель",
    "No transcript of {case} in this project.": "В проекте нет транскрипта {case}.",
    "Opened the transcript of {case}.": "Открыт транскрипт {case}.",
    "Document": "Документ",
    "Case": "Случай",
    "Code": "Код",
    "Text": "Текст",
    "%n coded segment(s)": (
        "%n закодированный фрагмент", "%n закодированных фрагмента", "%n закодированных фрагментов"),
    # -- joint displays -----------------------------------------------------------------------
    "Joint displays": "Совместные представления",
    "&Joint displays": "&Совместные представления",
    "(none)": "(нет)",
    "Confirm": "Подтверждение",
    "Expand": "Расширение",
    "Discord": "Расхождение",
    "Domain": "Область",
    "Quantitative result": "Количественный результат",
    "Theme (cases)": "Тема (случаи)",
    "Exemplar quote": "Показательная цитата",
    "Meta-inference": "Метавывод",
    "{term} in “{analysis}” (n = {n})": "{term} в «{analysis}» (n = {n})",
    "Double-click to read the quote in its transcript.": "Двойной щелчок — прочитать цитату в транскрипте.",
    "Theme": "Тема",
    "(double-click to read it in its transcript)": "(двойной щелчок — прочитать в транскрипте)",
    "present": "есть",
    "segments": "фрагменты",
    "% of words": "% слов",
    "%n survey respondent(s)": ("%n респондент опроса", "%n респондента опроса", "%n респондентов опроса"),
    "%n interviewed case(s) with a survey row; {respondents} in this group.": (
        "%n случай с интервью и строкой опроса; в этой группе {respondents}.",
        "%n случая с интервью и строкой опроса; в этой группе {respondents}.",
        "%n случаев с интервью и строкой опроса; в этой группе {respondents}."),
    "&New display…": "&Новое представление…",
    "Add &theme…": "Добавить &тему…",
    "Export to &Word…": "Экспорт в &Word…",
    "&Display:": "&Представление:",
    "Why: how the two strands confirm, expand or disagree":
        "Почему: как два направления подтверждают, расширяют друг друга или расходятся",
    "&Meta-inference:": "&Метавывод:",
    "N&ote:": "&Заметка:",
    "side by side": "бок о бок",
    "statistics by themes": "статистика по темам",
    "No joint displays yet: New display, or Add to joint display in the regression panel.":
        "Совместных представлений пока нет: «Новое представление» или «В совместное представление» "
        "на панели регрессии.",
    "Computing…": "Вычисление…",
    "Could not compute this display (see details).": "Не удалось вычислить это представление (см. подробности).",
    "Could not compute the joint display": "Не удалось вычислить совместное представление",
    "Could not do this: {step}": "Не удалось выполнить: {step}",
    "Read in the transcript": "Читать в транскрипте",
    "Keep this quote": "Оставить эту цитату",
    "Keep these quotes": "Оставить эти цитаты",
    "Choose quotes automatically": "Выбирать цитаты автоматически",
    "Delete row": "Удалить строку",
    "Add theme": "Добавить тему",
    "Theme:": "Тема:",
    "New joint display “{name}”": "Новое совместное представление «{name}»",
    "Export joint displays": "Экспорт совместных представлений",
    "Could not export the joint displays": "Не удалось экспортировать совместные представления",
    "Exporting…": "Экспорт…",
    "Side by side": "Бок о бок",
    "Statistics by themes": "Статистика по темам",
    "One column per level": "Столбец на каждый уровень",
    "Split at the median": "Разделить по медиане",
    "Split at a threshold": "Разделить по порогу",
    "New joint display": "Новое совместное представление",
    "e.g. Themes by legal aid": "например, Темы по юридической помощи",
    "Add a row for every theme": "Добавить строку для каждой темы",
    "&Name:": "&Название:",
    "&Kind:": "&Вид:",
    "&Groups from:": "&Группы по:",
    "&Rule:": "П&равило:",
    "&Threshold:": "П&орог:",
    "Import a survey first: statistics by themes splits its cases by a survey variable.":
        "Сначала импортируйте опрос: статистика по темам делит случаи по переменной опроса.",
    "There is already a joint display named “{name}”.": "Совместное представление «{name}» уже есть.",
    # -- item models --------------------------------------------------------------------------
    "Key": "Кл.",
    "Seg.": "Фр.",
    "Docs": "Док.",
    "Cases": "Сл.",
    "Quick key": "Быстрая клавиша",
    "Coded segments": "Закодированные фрагменты",
    "Documents with this code": "Документы с этим кодом",
    "Cases with this code": "Случаи с этим кодом",
    "%n segment(s)": ("%n фрагмент", "%n фрагмента", "%n фрагментов"),
    "%n document(s)": ("%n документ", "%n документа", "%n документов"),
    "%n case(s)": ("%n случай", "%n случая", "%n случаев"),
    "%n segment(s) including sub-codes": (
        "%n фрагмент с учётом подкодов", "%n фрагмента с учётом подкодов", "%n фрагментов с учётом подкодов"),
    "Before": "До",
    "Match": "Совпадение",
    "After": "После",
    "Project": "Проект",
    "(empty)": "(пусто)",
    "Journal": "Журнал",
    "Created {created} · last edited {edited}": "Создано {created} · изменено {edited}",
    "Speaker": "Говорящий",
    "Coder": "Кодировщик",
    "Detected": "Найдено",
    "Turns": "Реплики",
    "Name": "Имя",
    "Interviewer": "Интервьюер",
    "The participant whose turns these are; empty = counts for no case.":
        "Участник, которому принадлежат эти реплики; пусто — не относятся ни к какому случаю.",
    "Label": "Метка",
    "Type": "Тип",
    "Levels (lowest first)": "Уровни (от низшего)",
    "For ordinal variables the order matters: type the levels lowest first, separated by <.":
        "Для порядковых переменных важен порядок: введите уровни от низшего к высшему через <.",
    "Inferred from the data; choose another type if it is wrong.":
        "Определено по данным; выберите другой тип, если он неверен.",
    "File": "Файл",
    "Format": "Формат",
    "Encoding": "Кодировка",
    "Speakers": "Говорящие",
    "Status": "Состояние",
    "Error: {error}": "Ошибка: {error}",
    "OK": "ОК",
    "OK (no speaker labels found)": "ОК (метки говорящих не найдены)",
    # -- privacy -------------------------------------------------------------------------------
    "Audit log": "Журнал аудита",
    "filter: coder, code, theme…": "фильтр: кодировщик, код, тема…",
    "Export &CSV…": "Экспорт &CSV…",
    "Export &Word appendix…": "Экспорт приложения &Word…",
    "Action:": "Действие:",
    "All": "Все",
    "CSV files": "Файлы CSV",
    "Export audit log": "Экспорт журнала аудита",
    "Audit log not exported": "Журнал аудита не экспортирован",
    "When (UTC)": "Когда (UTC)",
    "Who": "Кто",
    "Action": "Действие",
    "What": "Что",
    "edit": "правка",
    "undo": "отмена",
    "model run": "расчёт модели",
    "pseudonymise": "псевдонимизация",
    "pseudonymise (undo)": "псевдонимизация (отмена)",
    "pseudonymise (redo)": "псевдонимизация (повтор)",
    "Save encrypted copy": "Сохранить зашифрованную копию",
    "Browse…": "Обзор…",
    "The copy can be opened only with this password; there is no way to recover it. "
    "The project you work in stays as it is.":
        "Копию можно открыть только с этим паролем; восстановить его невозможно. "
        "Проект, с которым вы работаете, не меняется.",
    "Encrypted copy:": "Зашифрованная копия:",
    "Password:": "Пароль:",
    "Password again:": "Пароль ещё раз:",
    "This project lives in PostgreSQL: encryption at rest is the database server's job.":
        "Этот проект хранится в PostgreSQL: шифрование хранимых данных — задача сервера базы данных.",
    "Encrypted QualCode copy": "Зашифрованная копия QualCode",
    "Give a password.": "Введите пароль.",
    "The two passwords differ; nothing was written.": "Пароли не совпадают; ничего не записано.",
    "Identifier": "Идентификатор",
    "Kind": "Вид",
    "Source": "Источник",
    "Context": "Контекст",
    "Replacement": "Замена",
    "participant": "участник",
    "person": "человек",
    "staff": "сотрудник",
    "place": "место",
    "organisation": "организация",
    "email": "эл. почта",
    "date of birth": "дата рождения",
    "address": "адрес",
    "id number": "номер документа",
    "phone": "телефон",
    "roster": "список",
    "pattern": "шаблон",
    "ner": "NER",
    "&Pseudonymise transcripts…": "&Псевдонимизировать транскрипты…",
    "Audit &log…": "&Журнал аудита…",
    "Save &encrypted copy…": "Сохранить за&шифрованную копию…",
    "Pseudonymise transcripts": "Псевдонимизация транскриптов",
    "&Find identifiers": "&Найти идентификаторы",
    "&Roster…": "&Список имён…",
    "optional: installed spaCy NER pipeline, e.g. en_core_web_sm":
        "необязательно: установленный NER-конвейер spaCy, например ru_core_news_sm",
    "Keep the mapping (original → replacement), encrypted with a password":
        "Сохранить соответствие (оригинал → замена), зашифрованное паролем",
    "password for the mapping": "пароль для соответствия",
    "Pseudonymised exports only: refuse every export while identifiers are not reviewed":
        "Только псевдонимизированный экспорт: запрещать любой экспорт, пока идентификаторы не проверены",
    "Press Find identifiers: the roster, e-mails, phone numbers, dates of birth, addresses and ID numbers "
    "are looked for in every document. Nothing leaves this computer.":
        "Нажмите «Найти идентификаторы»: имена из списка, адреса эл. почты, телефоны, даты рождения, адреса "
        "и номера документов ищутся во всех документах. Данные не покидают этот компьютер.",
    "&Apply to all documents": "&Применить ко всем документам",
    "Close": "Закрыть",
    "This project is open read-only: identifiers can be found, not replaced.":
        "Проект открыт только для чтения: идентификаторы можно найти, но не заменить.",
    "Looking for identifiers in every document…": "Поиск идентификаторов во всех документах…",
    "Looking for identifiers: document {number} of {total}…": "Поиск идентификаторов: документ {number} из {total}…",
    "No identifiers were looked for.": "Поиск идентификаторов не выполнялся.",
    "Unexpected error: {error}": "Непредвиденная ошибка: {error}",
    "Could not look for identifiers": "Не удалось выполнить поиск идентификаторов",
    "No identifiers are left to review.": "Идентификаторов для проверки не осталось.",
    "{accepted} of %n identifier(s) in {entities} will be replaced. Codings, memos and turns keep pointing "
    "at the same words; Ctrl+Z undoes.": (
        "Будет заменено {accepted} из %n идентификатора ({entities}). Кодирование, заметки и реплики "
        "по-прежнему указывают на те же слова; Ctrl+Z отменяет.",
        "Будет заменено {accepted} из %n идентификаторов ({entities}). Кодирование, заметки и реплики "
        "по-прежнему указывают на те же слова; Ctrl+Z отменяет.",
        "Будет заменено {accepted} из %n идентификаторов ({entities}). Кодирование, заметки и реплики "
        "по-прежнему указывают на те же слова; Ctrl+Z отменяет."),
    "%n entity(ies)": ("%n объект", "%n объекта", "%n объектов"),
    "No password": "Нет пароля",
    "Give a password to keep the mapping, or untick it.":
        "Введите пароль, чтобы сохранить соответствие, или снимите флажок.",
    "Nothing was replaced": "Ничего не заменено",
    "Done: {step}. Edit ▸ Undo takes it back.": "Готово: {step}. Правка ▸ Отменить возвращает всё назад.",
    "Roster of names": "Список имён",
    "&Add name": "&Добавить имя",
    "&Remove": "&Удалить",
    "&Import CSV…": "&Импорт CSV…",
    "Participants, staff, places and organisations to find in every transcript. "
    "A replacement such as P07 or [Shelter A] is used everywhere for that name.":
        "Участники, сотрудники, места и организации, которые нужно найти во всех транскриптах. "
        "Замена, например P07 или [Приют A], используется для этого имени везде.",
    "Import roster": "Импорт списка имён",
    "Roster not imported": "Список имён не импортирован",
    # joint display notes (the service's sentences, translated in the view)
    "Cases n/N: linked cases (with transcripts and a survey row), N = {n}.":
        "Случаи n/N: связанные случаи (с транскриптами и строкой опроса), N = {n}.",
    "Cells: linked cases in the group whose transcripts contain the theme, and their % of the group's linked "
    "cases; column n is linked cases (survey n in brackets).":
        "Ячейки: связанные случаи группы, в транскриптах которых есть тема, и их % от связанных случаев группы; "
        "n столбца — связанные случаи (n опроса в скобках).",
    "{variable} split at the survey median, {cut} (high: at or above).":
        "{variable} разделена по медиане опроса, {cut} (высокий: не ниже).",
    "{variable} split at the survey threshold, {cut} (high: at or above).":
        "{variable} разделена по порогу опроса, {cut} (высокий: не ниже).",
    "The saved analysis was deleted.": "Сохранённый анализ удалён.",
    "The saved analysis of this row was deleted.": "Сохранённый анализ этой строки удалён.",
    "The theme was deleted.": "Тема удалена.",
    "{term} is not a term of {analysis}; terms are {terms}.":
        "{term} не является параметром {analysis}; параметры: {terms}.",
    "high": "высокий",
    "low": "низкий",
    # quant's model notes (translated in the panel)
    "Listwise deletion: {dropped} of {total} rows dropped (missing: {detail}).":
        "Построчное удаление: исключено {dropped} из {total} строк (пропуски: {detail}).",
    "Reference level of {name}: {level} (lowest level of the ordered scale).":
        "Опорный уровень {name}: {level} (низший уровень порядковой шкалы).",
    "Reference level of {name}: {level} (most frequent level, n = {n}); choose another with reference={{...}}.":
        "Опорный уровень {name}: {level} (самый частый уровень, n = {n}); другой можно выбрать в поле «Опорный уровень».",
    "Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs use the t distribution with "
    "{df} residual df.":
        "Стандартные ошибки: {cov} (устойчивые к гетероскедастичности); p-значения и 95% ДИ по t-распределению "
        "с {df} остаточными степенями свободы.",
    "Standard errors assume constant variance; t with {df} df.":
        "Стандартные ошибки предполагают постоянную дисперсию; t с {df} степенями свободы.",
    "Standardised beta: coefficient after refitting with the outcome and every non-0/1 design column ({cols}) "
    "z-scored on this model's estimation sample (n = {n}); transforms and interactions are standardised as the "
    "columns the model uses; 0/1 and dummy-coded columns are left as 0/1.":
        "Стандартизованный β: коэффициент после повторной оценки, в которой зависимая переменная и все столбцы "
        "плана, кроме 0/1 ({cols}), z-стандартизованы на выборке оценивания этой модели (n = {n}); преобразования "
        "и взаимодействия стандартизуются как столбцы модели; столбцы 0/1 и фиктивные переменные остаются 0/1.",
    "Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood.":
        "Отношения шансов с 95% ДИ Вальда, exp(b ± 1,96 SE); метод максимального правдоподобия без штрафа.",
    "OR per SD: odds ratio for a one-standard-deviation increase (SD on the estimation sample).":
        "ОШ на 1 СО: отношение шансов при увеличении на одно стандартное отклонение (СО по выборке оценивания).",
    "AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the fitted probabilities, "
    "df = 8.":
        "95% ДИ для AUC методом ДеЛонга; критерий Хосмера–Лемешова с 10 группами по квантилям предсказанных "
        "вероятностей, df = 8.",
    "Only {events} cases in the rarer outcome group for {k} coefficients (fewer than 10 per coefficient): "
    "estimates may be unstable.":
        "В более редкой группе исхода только {events} случаев на {k} коэффициентов (меньше 10 на коэффициент): "
        "оценки могут быть неустойчивыми.",
    "IRR = exp(b), the multiplicative change in the expected count; Wald z tests and 95% CIs.":
        "ОЧС = exp(b), мультипликативное изменение ожидаемого числа; z-тесты Вальда и 95% ДИ.",
    "Alpha is estimated at 0 (no over-dispersion): the negative binomial fit equals the Poisson fit.":
        "Оценка alpha равна 0 (нет сверхдисперсии): отрицательная биномиальная модель совпадает с моделью Пуассона.",
    "Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*).":
        "Оценки по полным случаям (n = {n}) показаны рядом с объединёнными (cc_*).",
}

UZ: dict[str, str | tuple[str, ...]] = {
    # -- regression panel ---------------------------------------------------------------------
    "Filter variables": "Oʻzgaruvchilarni filtrlash",
    "Variables": "Oʻzgaruvchilar",
    "Add ▸": "Qoʻshish ▸",
    "Add the variables selected on the left as predictors": "Chapda tanlangan oʻzgaruvchilarni prediktor sifatida qoʻshish",
    "Remove": "Olib tashlash",
    "Nested: add block": "Ichma-ich: blok qoʻshish",
    "Predictors added after this enter in the next model (ΔR², F change)":
        "Bundan keyin qoʻshilgan prediktorlar keyingi modelga kiradi (ΔR², F oʻzgarishi)",
    "MI m={m}": "KI m={m}",
    "HC3 (OLS)": "HC3 (EKK)",
    "Heteroskedasticity-consistent standard errors (HC3) for linear models":
        "Chiziqli modellar uchun geteroskedastiklikka chidamli standart xatolar (HC3)",
    "Multiple imputation by chained equations, pooled by Rubin's rules (slower)":
        "Zanjirli tenglamalar bilan koʻp karrali imputatsiya, Rubin qoidalari boʻyicha birlashtiriladi (sekinroq)",
    "std. beta": "stand. β",
    "Show the standardised coefficients (β) of a linear model":
        "Chiziqli modelning standartlashtirilgan koeffitsiyentlarini (β) koʻrsatish",
    "Run": "Hisoblash",
    "Fit the model (Ctrl+Return)": "Modelni baholash (Ctrl+Return)",
    "Outcome:": "Bogʻliq oʻzgaruvchi:",
    "Model:": "Model:",
    "Predictors:": "Prediktorlar:",
    "The case table could not be built: {error}": "Holatlar jadvalini tuzib boʻlmadi: {error}",
    "(choose an outcome)": "(bogʻliq oʻzgaruvchini tanlang)",
    "proposed for a {type} outcome": "«{type}» turi uchun taklif qilingan",
    "no model for a {type} outcome": "«{type}» turi uchun model yoʻq",
    "Reference: {variable} =": "Tayanch daraja: {variable} =",
    "The model could not be fitted: {error}": "Modelni baholab boʻlmadi: {error}",
    "Double-click to see this theme's coded segments":
        "Ikki marta bosing — bu mavzuning kodlangan parchalari",
    "Double-click to see this code's coded segments":
        "Ikki marta bosing — bu kodning kodlangan parchalari",
    "Building the case table…": "Holatlar jadvali tuzilmoqda…",
    "No survey table is linked: only quantitized themes and codes can be analysed. "
    "Import a survey (File › Import survey) to link participants' answers.":
        "Soʻrovnoma jadvali bogʻlanmagan: faqat miqdorlashtirilgan mavzu va kodlarni tahlil qilish mumkin. "
        "Ishtirokchilar javoblarini bogʻlash uchun soʻrovnomani import qiling (Fayl › Soʻrovnomani import qilish).",
    "n = {used} cases used of %n in the case table": (
        "foydalanilgan holatlar: n = {used}, holatlar jadvalida %n ta",),
    "%n interviewed case(s) linked to {table}": ("intervyu olingan %n ta holat {table} bilan bogʻlangan",),
    "%n without a survey row ({cases})": ("%n tasida soʻrovnoma qatori yoʻq ({cases})",),
    "%n survey row(s) without an interview (theme values missing)": (
        "intervyusiz %n ta soʻrovnoma qatori (mavzu qiymatlari yoʻq)",),
    "%n transcript(s) have no case ({names}): their segments count for nobody in this table.": (
        "%n ta transkriptning holati yoʻq ({names}): ularning parchalari bu jadvalda hech kimga hisoblanmaydi.",),
    "Drag variables here, or select them on the left and press Add.":
        "Oʻzgaruvchilarni shu yerga torting yoki chapda tanlab, «Qoʻshish»ni bosing.",
    "Model 1": "1-model",
    "Model {number} adds": "{number}-model qoʻshadi",
    # plots
    "Forest": "Forest-grafik",
    "ROC": "ROC",
    "Q–Q": "Q–Q",
    "Residuals": "Qoldiqlar",
    "Cook's D": "Kuk D",
    "Run a model to see its coefficients.": "Koeffitsiyentlarini koʻrish uchun modelni hisoblang.",
    "{estimate} (95% CI), log scale": "{estimate} (95% IO), logarifmik shkala",
    "{estimate} (95% CI)": "{estimate} (95% IO)",
    "ROC curve: logistic models only.": "ROC egri chizigʻi: faqat logistik modellar uchun.",
    "1 − specificity": "1 − spetsifiklik",
    "Sensitivity": "Sezgirlik",
    "Q–Q plot: linear models only.": "Q–Q grafigi: faqat chiziqli modellar uchun.",
    "Theoretical quantile": "Nazariy kvantil",
    "Standardised residual": "Standartlashtirilgan qoldiq",
    "Residuals vs fitted: linear models only.": "Qoldiqlar va bashorat qiymatlari: faqat chiziqli modellar uchun.",
    "Fitted value": "Bashorat qiymati",
    "Residual": "Qoldiq",
    "Cook's distance: linear models only.": "Kuk masofasi: faqat chiziqli modellar uchun.",
    "Participant (click to open the transcript)": "Ishtirokchi (transkriptni ochish uchun bosing)",
    "Cook's distance": "Kuk masofasi",
    # result buttons
    "Save analysis…": "Tahlilni saqlash…",
    "Keep this model in the project; it re-runs on the current coding":
        "Modelni loyihada saqlash; u joriy kodlash asosida qayta hisoblanadi",
    "Add to joint display…": "Birlashgan taqdimotga…",
    "Put the selected term beside its theme in a side-by-side joint display":
        "Tanlangan parametrni «yonma-yon» birlashgan taqdimotda oʻz mavzusi yoniga qoʻyish",
    "Copy": "Nusxalash",
    "Copy the table as tab-separated text and HTML (paste into Excel or Word)":
        "Jadvalni tabulyatsiyali matn va HTML sifatida nusxalash (Excel yoki Wordga qoʻyish uchun)",
    "Word…": "Word…",
    "Save the table as a Word document": "Jadvalni Word hujjati sifatida saqlash",
    "Save analysis": "Tahlilni saqlash",
    "Name:": "Nomi:",
    "The analysis was not saved": "Tahlil saqlanmadi",
    "Add to joint display": "Birlashgan taqdimotga qoʻshish",
    "There is no side-by-side joint display yet: create one first.":
        "Hali «yonma-yon» birlashgan taqdimot yoʻq: avval uni yarating.",
    "Add {term} to:": "{term} qayerga qoʻshilsin:",
    "The row was not added": "Qator qoʻshilmadi",
    "Save table as Word": "Jadvalni Word sifatida saqlash",
    "Word documents": "Word hujjatlari",
    # result table
    "Note.": "Izoh.",
    "Incidence rate ratio": "Hodisalar chastotasi nisbati",
    "Odds ratio": "Shanslar nisbati",
    "Coefficient (b)": "Koeffitsiyent (b)",
    "Coefficient": "Koeffitsiyent",
    "Term": "Parametr",
    "b": "b",
    "SE": "St. xato",
    "95% CI": "95% IO",
    "p": "p",
    "IRR": "HChN",
    "OR": "ShN",
    "OR per SD": "ShN (1 SO)",
    "negative binomial": "manfiy binomial",
    "Poisson": "Puasson",
    "Poisson or negative binomial (by imputation)": "Puasson yoki manfiy binomial (imputatsiyalar boʻyicha)",
    "n/a": "yoʻq",
    "adj. R² = {value}": "tuzat. R² = {value}",
    "max VIF = {value}": "maks. VIF = {value}",
    "count model": "sanoq modeli",
    "LR test of alpha = 0: p {p}": "alpha = 0 uchun LR testi: p {p}",
    "Model {number} R² = {value}": "{number}-model: R² = {value}",
    "Model {later} vs Model {earlier}": "{later}-model va {earlier}-model",
    "Thresholds (log-odds scale):": "Chegaralar (log-shanslar shkalasi):",
    # model families
    "Linear regression (OLS)": "Chiziqli regressiya (EKK)",
    "Logistic regression": "Logistik regressiya",
    "Proportional-odds logit": "Tartibli logit (proporsional shanslar)",
    "Poisson regression": "Puasson regressiyasi",
    "Negative binomial (NB2)": "Manfiy binomial (NB2)",
    "Count: Poisson or NB2 by LR test": "Sanoq: LR testi boʻyicha Puasson yoki NB2",
    # variable types and measures
    "continuous": "uzluksiz",
    "binary": "binar",
    "ordinal": "tartibli",
    "categorical": "kategorial",
    "text": "matn",
    "id": "identifikator",
    "presence": "mavjudlik",
    "coverage": "qamrov",
    # variables tree
    "Variable": "Oʻzgaruvchi",
    "Type / measure": "Tur / oʻlchov",
    "Survey": "Soʻrovnoma",
    "Themes (quantitized)": "Mavzular (sonlarda)",
    "Codes (quantitized)": "Kodlar (sonlarda)",
    "{type} · column {column}": "{type} · ustun {column}",
    # regression dock
    "Regression": "Regressiya",
    "&Regression panel": "&Regressiya paneli",
    "&Run model": "Modelni &hisoblash",
    "No transcript of {case} in this project.": "Loyihada {case} transkripti yoʻq.",
    "Opened the transcript of {case}.": "{case} transkripti ochildi.",
    "Document": "Hujjat",
    "Case": "Holat",
    "Code": "Kod",
    "Text": "Matn",
    "%n coded segment(s)": ("%n ta kodlangan parcha",),
    # -- joint displays -----------------------------------------------------------------------
    "Joint displays": "Birlashgan taqdimotlar",
    "&Joint displays": "&Birlashgan taqdimotlar",
    "(none)": "(yoʻq)",
    "Confirm": "Tasdiqlash",
    "Expand": "Kengaytirish",
    "Discord": "Ziddiyat",
    "Domain": "Soha",
    "Quantitative result": "Miqdoriy natija",
    "Theme (cases)": "Mavzu (holatlar)",
    "Exemplar quote": "Namunaviy iqtibos",
    "Meta-inference": "Meta-xulosa",
    "{term} in “{analysis}” (n = {n})": "«{analysis}» tahlilida {term} (n = {n})",
    "Double-click to read the quote in its transcript.": "Iqtibosni transkriptda oʻqish uchun ikki marta bosing.",
    "Theme": "Mavzu",
    "(double-click to read it in its transcript)": "(transkriptda oʻqish uchun ikki marta bosing)",
    "present": "bor",
    "segments": "parchalar",
    "% of words": "soʻzlarning %",
    "%n survey respondent(s)": ("%n nafar soʻrovnoma respondenti",),
    "%n interviewed case(s) with a survey row; {respondents} in this group.": (
        "Intervyu va soʻrovnoma qatori boʻlgan %n ta holat; bu guruhda {respondents}.",),
    "&New display…": "&Yangi taqdimot…",
    "Add &theme…": "&Mavzu qoʻshish…",
    "Export to &Word…": "&Wordga eksport…",
    "&Display:": "&Taqdimot:",
    "Why: how the two strands confirm, expand or disagree":
        "Nega: ikki yoʻnalish bir-birini qanday tasdiqlaydi, kengaytiradi yoki ularda ziddiyat bor",
    "&Meta-inference:": "&Meta-xulosa:",
    "N&ote:": "&Qayd:",
    "side by side": "yonma-yon",
    "statistics by themes": "mavzular boʻyicha statistika",
    "No joint displays yet: New display, or Add to joint display in the regression panel.":
        "Hali birlashgan taqdimotlar yoʻq: «Yangi taqdimot» yoki regressiya panelida «Birlashgan taqdimotga».",
    "Computing…": "Hisoblanmoqda…",
    "Could not compute this display (see details).": "Bu taqdimotni hisoblab boʻlmadi (tafsilotlarga qarang).",
    "Could not compute the joint display": "Birlashgan taqdimotni hisoblab boʻlmadi",
    "Could not do this: {step}": "Bajarib boʻlmadi: {step}",
    "Read in the transcript": "Transkriptda oʻqish",
    "Keep this quote": "Bu iqtibosni qoldirish",
    "Keep these quotes": "Bu iqtiboslarni qoldirish",
    "Choose quotes automatically": "Iqtiboslarni avtomatik tanlash",
    "Delete row": "Qatorni oʻchirish",
    "Add theme": "Mavzu qoʻshish",
    "Theme:": "Mavzu:",
    "New joint display “{name}”": "Yangi birlashgan taqdimot «{name}»",
    "Export joint displays": "Birlashgan taqdimotlarni eksport qilish",
    "Could not export the joint displays": "Birlashgan taqdimotlarni eksport qilib boʻlmadi",
    "Exporting…": "Eksport qilinmoqda…",
    "Side by side": "Yonma-yon",
    "Statistics by themes": "Mavzular boʻyicha statistika",
    "One column per level": "Har bir daraja uchun ustun",
    "Split at the median": "Mediana boʻyicha ajratish",
    "Split at a threshold": "Chegara boʻyicha ajratish",
    "New joint display": "Yangi birlashgan taqdimot",
    "e.g. Themes by legal aid": "masalan, Yuridik yordam boʻyicha mavzular",
    "Add a row for every theme": "Har bir mavzu uchun qator qoʻshish",
    "&Name:": "&Nomi:",
    "&Kind:": "&Turi:",
    "&Groups from:": "&Guruhlar manbai:",
    "&Rule:": "&Qoida:",
    "&Threshold:": "&Chegara:",
    "Import a survey first: statistics by themes splits its cases by a survey variable.":
        "Avval soʻrovnomani import qiling: mavzular boʻyicha statistika holatlarni soʻrovnoma oʻzgaruvchisi "
        "boʻyicha ajratadi.",
    "There is already a joint display named “{name}”.": "«{name}» nomli birlashgan taqdimot allaqachon bor.",
    # -- item models --------------------------------------------------------------------------
    "Key": "Tug.",
    "Seg.": "Par.",
    "Docs": "Huj.",
    "Cases": "Hol.",
    "Quick key": "Tezkor tugma",
    "Coded segments": "Kodlangan parchalar",
    "Documents with this code": "Shu kodli hujjatlar",
    "Cases with this code": "Shu kodli holatlar",
    "%n segment(s)": ("%n ta parcha",),
    "%n document(s)": ("%n ta hujjat",),
    "%n case(s)": ("%n ta holat",),
    "%n segment(s) including sub-codes": ("quyi kodlar bilan birga %n ta parcha",),
    "Before": "Oldin",
    "Match": "Moslik",
    "After": "Keyin",
    "Project": "Loyiha",
    "(empty)": "(boʻsh)",
    "Journal": "Jurnal",
    "Created {created} · last edited {edited}": "Yaratilgan: {created} · oxirgi tahrir: {edited}",
    "Speaker": "Soʻzlovchi",
    "Coder": "Kodlovchi",
    "Detected": "Aniqlangan",
    "Turns": "Replikalar",
    "Name": "Ism",
    "Interviewer": "Intervyuer",
    "The participant whose turns these are; empty = counts for no case.":
        "Bu replikalar tegishli ishtirokchi; boʻsh — hech qaysi holatga hisoblanmaydi.",
    "Label": "Yorliq",
    "Type": "Tur",
    "Levels (lowest first)": "Darajalar (eng pastidan)",
    "For ordinal variables the order matters: type the levels lowest first, separated by <.":
        "Tartibli oʻzgaruvchilarda tartib muhim: darajalarni eng pastidan boshlab, < bilan ajratib yozing.",
    "Inferred from the data; choose another type if it is wrong.":
        "Maʼlumotlardan aniqlangan; notoʻgʻri boʻlsa, boshqa turni tanlang.",
    "File": "Fayl",
    "Format": "Format",
    "Encoding": "Kodirovka",
    "Speakers": "Soʻzlovchilar",
    "Status": "Holati",
    "Error: {error}": "Xato: {error}",
    "OK": "OK",
    "OK (no speaker labels found)": "OK (soʻzlovchi belgilari topilmadi)",
    # -- privacy -------------------------------------------------------------------------------
    "Audit log": "Audit jurnali",
    "filter: coder, code, theme…": "filtr: kodlovchi, kod, mavzu…",
    "Export &CSV…": "&CSV eksport…",
    "Export &Word appendix…": "&Word ilovasini eksport qilish…",
    "Action:": "Amal:",
    "All": "Barchasi",
    "CSV files": "CSV fayllari",
    "Export audit log": "Audit jurnalini eksport qilish",
    "Audit log not exported": "Audit jurnali eksport qilinmadi",
    "When (UTC)": "Qachon (UTC)",
    "Who": "Kim",
    "Action": "Amal",
    "What": "Nima",
    "edit": "tahrir",
    "undo": "bekor qilish",
    "model run": "model hisobi",
    "pseudonymise": "psevdonimlashtirish",
    "pseudonymise (undo)": "psevdonimlashtirish (bekor qilish)",
    "pseudonymise (redo)": "psevdonimlashtirish (qaytarish)",
    "Save encrypted copy": "Shifrlangan nusxani saqlash",
    "Browse…": "Tanlash…",
    "The copy can be opened only with this password; there is no way to recover it. "
    "The project you work in stays as it is.":
        "Nusxani faqat shu parol bilan ochish mumkin; parolni tiklashning iloji yoʻq. "
        "Siz ishlayotgan loyiha oʻzgarmaydi.",
    "Encrypted copy:": "Shifrlangan nusxa:",
    "Password:": "Parol:",
    "Password again:": "Parol (takroran):",
    "This project lives in PostgreSQL: encryption at rest is the database server's job.":
        "Bu loyiha PostgreSQLda saqlanadi: saqlanayotgan maʼlumotlarni shifrlash maʼlumotlar bazasi serverining vazifasi.",
    "Encrypted QualCode copy": "QualCode shifrlangan nusxasi",
    "Give a password.": "Parolni kiriting.",
    "The two passwords differ; nothing was written.": "Ikki parol bir xil emas; hech narsa yozilmadi.",
    "Identifier": "Identifikator",
    "Kind": "Turi",
    "Source": "Manba",
    "Context": "Kontekst",
    "Replacement": "Almashtirish",
    "participant": "ishtirokchi",
    "person": "shaxs",
    "staff": "xodim",
    "place": "joy",
    "organisation": "tashkilot",
    "email": "elektron pochta",
    "date of birth": "tugʻilgan sana",
    "address": "manzil",
    "id number": "hujjat raqami",
    "phone": "telefon",
    "roster": "roʻyxat",
    "pattern": "shablon",
    "ner": "NER",
    "&Pseudonymise transcripts…": "Transkriptlarni &psevdonimlashtirish…",
    "Audit &log…": "Audit &jurnali…",
    "Save &encrypted copy…": "&Shifrlangan nusxani saqlash…",
    "Pseudonymise transcripts": "Transkriptlarni psevdonimlashtirish",
    "&Find identifiers": "&Identifikatorlarni topish",
    "&Roster…": "&Ismlar roʻyxati…",
    "optional: installed spaCy NER pipeline, e.g. en_core_web_sm":
        "ixtiyoriy: oʻrnatilgan spaCy NER konveyeri, masalan en_core_web_sm",
    "Keep the mapping (original → replacement), encrypted with a password":
        "Moslikni (asl → almashtirish) parol bilan shifrlab saqlash",
    "password for the mapping": "moslik uchun parol",
    "Pseudonymised exports only: refuse every export while identifiers are not reviewed":
        "Faqat psevdonimlashtirilgan eksport: identifikatorlar koʻrib chiqilmaguncha har qanday eksportni rad etish",
    "Press Find identifiers: the roster, e-mails, phone numbers, dates of birth, addresses and ID numbers "
    "are looked for in every document. Nothing leaves this computer.":
        "«Identifikatorlarni topish»ni bosing: roʻyxatdagi ismlar, elektron pochta, telefon raqamlari, "
        "tugʻilgan sanalar, manzillar va hujjat raqamlari har bir hujjatda qidiriladi. "
        "Hech narsa bu kompyuterdan chiqmaydi.",
    "&Apply to all documents": "Barcha hujjatlarga &qoʻllash",
    "Close": "Yopish",
    "This project is open read-only: identifiers can be found, not replaced.":
        "Loyiha faqat oʻqish uchun ochilgan: identifikatorlarni topish mumkin, almashtirish mumkin emas.",
    "Looking for identifiers in every document…": "Har bir hujjatda identifikatorlar qidirilmoqda…",
    "Looking for identifiers: document {number} of {total}…": "Identifikatorlar qidirilmoqda: {total} tadan {number}-hujjat…",
    "No identifiers were looked for.": "Identifikatorlar qidirilmadi.",
    "Unexpected error: {error}": "Kutilmagan xato: {error}",
    "Could not look for identifiers": "Identifikatorlarni qidirib boʻlmadi",
    "No identifiers are left to review.": "Koʻrib chiqiladigan identifikator qolmadi.",
    "{accepted} of %n identifier(s) in {entities} will be replaced. Codings, memos and turns keep pointing "
    "at the same words; Ctrl+Z undoes.": (
        "%n ta identifikatordan {accepted} tasi almashtiriladi ({entities}). Kodlash, qaydlar va replikalar "
        "oʻsha soʻzlarga ishora qilishda davom etadi; Ctrl+Z bekor qiladi.",),
    "%n entity(ies)": ("%n ta obyekt",),
    "No password": "Parol yoʻq",
    "Give a password to keep the mapping, or untick it.":
        "Moslikni saqlash uchun parol kiriting yoki belgini olib tashlang.",
    "Nothing was replaced": "Hech narsa almashtirilmadi",
    "Done: {step}. Edit ▸ Undo takes it back.": "Bajarildi: {step}. Tahrirlash ▸ Bekor qilish uni qaytaradi.",
    "Roster of names": "Ismlar roʻyxati",
    "&Add name": "Ism &qoʻshish",
    "&Remove": "&Olib tashlash",
    "&Import CSV…": "CSV &import…",
    "Participants, staff, places and organisations to find in every transcript. "
    "A replacement such as P07 or [Shelter A] is used everywhere for that name.":
        "Har bir transkriptda topilishi kerak boʻlgan ishtirokchilar, xodimlar, joylar va tashkilotlar. "
        "P07 yoki [Boshpana A] kabi almashtirish shu ism uchun hamma joyda ishlatiladi.",
    "Import roster": "Ismlar roʻyxatini import qilish",
    "Roster not imported": "Ismlar roʻyxati import qilinmadi",
    # joint display notes (the service's sentences, translated in the view)
    "Cases n/N: linked cases (with transcripts and a survey row), N = {n}.":
        "Holatlar n/N: bogʻlangan holatlar (transkripti va soʻrovnoma qatori bor), N = {n}.",
    "Cells: linked cases in the group whose transcripts contain the theme, and their % of the group's linked "
    "cases; column n is linked cases (survey n in brackets).":
        "Katakchalar: guruhdagi transkriptlarida mavzu uchragan bogʻlangan holatlar va ularning guruh bogʻlangan "
        "holatlaridagi %; ustun n — bogʻlangan holatlar (qavs ichida soʻrovnoma n).",
    "{variable} split at the survey median, {cut} (high: at or above).":
        "{variable} soʻrovnoma medianasi boʻyicha ajratilgan, {cut} (yuqori: shundan past emas).",
    "{variable} split at the survey threshold, {cut} (high: at or above).":
        "{variable} soʻrovnoma chegarasi boʻyicha ajratilgan, {cut} (yuqori: shundan past emas).",
    "The saved analysis was deleted.": "Saqlangan tahlil oʻchirilgan.",
    "The saved analysis of this row was deleted.": "Bu qatorning saqlangan tahlili oʻchirilgan.",
    "The theme was deleted.": "Mavzu oʻchirilgan.",
    "{term} is not a term of {analysis}; terms are {terms}.":
        "{term} {analysis} parametri emas; parametrlar: {terms}.",
    "high": "yuqori",
    "low": "past",
    # quant's model notes (translated in the panel)
    "Listwise deletion: {dropped} of {total} rows dropped (missing: {detail}).":
        "Qatorlarni butunlay chiqarish: {total} qatordan {dropped} tasi chiqarildi (yetishmaydi: {detail}).",
    "Reference level of {name}: {level} (lowest level of the ordered scale).":
        "{name} tayanch darajasi: {level} (tartibli shkalaning eng past darajasi).",
    "Reference level of {name}: {level} (most frequent level, n = {n}); choose another with reference={{...}}.":
        "{name} tayanch darajasi: {level} (eng koʻp uchraydigan daraja, n = {n}); boshqasini «Tayanch daraja» "
        "maydonida tanlash mumkin.",
    "Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs use the t distribution with "
    "{df} residual df.":
        "Standart xatolar: {cov} (geteroskedastiklikka chidamli); p-qiymatlar va 95% IO {df} qoldiq erkinlik "
        "darajali t taqsimotidan.",
    "Standard errors assume constant variance; t with {df} df.":
        "Standart xatolar oʻzgarmas dispersiyani nazarda tutadi; {df} erkinlik darajali t.",
    "Standardised beta: coefficient after refitting with the outcome and every non-0/1 design column ({cols}) "
    "z-scored on this model's estimation sample (n = {n}); transforms and interactions are standardised as the "
    "columns the model uses; 0/1 and dummy-coded columns are left as 0/1.":
        "Standartlashtirilgan β: bogʻliq oʻzgaruvchi va 0/1 boʻlmagan barcha reja ustunlari ({cols}) shu "
        "modelning baholash tanlanmasida (n = {n}) z-standartlashtirilgandan keyingi koeffitsiyent; "
        "oʻzgartirishlar va oʻzaro taʼsirlar model ustunlari kabi standartlashtiriladi; 0/1 va soxta "
        "oʻzgaruvchi ustunlari 0/1 holida qoladi.",
    "Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood.":
        "Vald 95% IO bilan shanslar nisbatlari, exp(b ± 1,96 SE); jarimasiz maksimal haqiqatga oʻxshashlik.",
    "OR per SD: odds ratio for a one-standard-deviation increase (SD on the estimation sample).":
        "ShN (1 SO): bir standart ogʻishga oshgandagi shanslar nisbati (SO baholash tanlanmasida).",
    "AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the fitted probabilities, "
    "df = 8.":
        "AUC uchun 95% IO DeLong usulida; Xosmer–Lemeshou mezoni bashorat ehtimollari kvantillari boʻyicha "
        "10 guruh bilan, df = 8.",
    "Only {events} cases in the rarer outcome group for {k} coefficients (fewer than 10 per coefficient): "
    "estimates may be unstable.":
        "Kamroq uchraydigan natija guruhida {k} ta koeffitsiyentga faqat {events} ta holat (har koeffitsiyentga "
        "10 tadan kam): baholar beqaror boʻlishi mumkin.",
    "IRR = exp(b), the multiplicative change in the expected count; Wald z tests and 95% CIs.":
        "HChN = exp(b), kutilgan sonning karrali oʻzgarishi; Vald z testlari va 95% IO.",
    "Alpha is estimated at 0 (no over-dispersion): the negative binomial fit equals the Poisson fit.":
        "Alpha 0 ga teng baholandi (ortiqcha dispersiya yoʻq): manfiy binomial model Puasson modeliga teng.",
    "Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*).":
        "Toʻliq holatlar boʻyicha baholar (n = {n}) birlashtirilganlari yonida koʻrsatilgan (cc_*).",
}

#: (context, source) -> translation where the plain source text reads differently in one context
BY_CONTEXT: dict[str, dict[tuple[str, str], str]] = {
    "ru": {
        ("VariableType", "count"): "счётная",
        ("Measure", "count"): "число",
        ("FindingsModel", "Document"): "Документ",
        ("RosterDialog", "Name"): "Имя",
        ("ResultActions", "Name:"): "Название:",
        ("MemoListModel", "Case"): "Случай",
    },
    "uz": {
        ("VariableType", "count"): "sanoq",
        ("Measure", "count"): "soni",
    },
}

#: English plural forms (one, other) of every source with %n
EN: dict[str, tuple[str, str]] = {
    "n = {used} cases used of %n in the case table": (
        "n = {used} cases used of %n in the case table", "n = {used} cases used of %n in the case table"),
    "%n interviewed case(s) linked to {table}": (
        "%n interviewed case linked to {table}", "%n interviewed cases linked to {table}"),
    "%n without a survey row ({cases})": ("%n without a survey row ({cases})", "%n without a survey row ({cases})"),
    "%n survey row(s) without an interview (theme values missing)": (
        "%n survey row without an interview (theme values missing)",
        "%n survey rows without an interview (theme values missing)"),
    "%n transcript(s) have no case ({names}): their segments count for nobody in this table.": (
        "%n transcript has no case ({names}): their segments count for nobody in this table.",
        "%n transcripts have no case ({names}): their segments count for nobody in this table."),
    "%n coded segment(s)": ("%n coded segment", "%n coded segments"),
    "%n survey respondent(s)": ("%n survey respondent", "%n survey respondents"),
    "%n interviewed case(s) with a survey row; {respondents} in this group.": (
        "%n interviewed case with a survey row; {respondents} in this group.",
        "%n interviewed cases with a survey row; {respondents} in this group."),
    "%n segment(s)": ("%n segment", "%n segments"),
    "%n document(s)": ("%n document", "%n documents"),
    "%n case(s)": ("%n case", "%n cases"),
    "%n segment(s) including sub-codes": ("%n segment including sub-codes", "%n segments including sub-codes"),
    "{accepted} of %n identifier(s) in {entities} will be replaced. Codings, memos and turns keep pointing "
    "at the same words; Ctrl+Z undoes.": (
        "{accepted} of %n identifier in {entities} will be replaced. Codings, memos and turns keep pointing "
        "at the same words; Ctrl+Z undoes.",
        "{accepted} of %n identifiers in {entities} will be replaced. Codings, memos and turns keep pointing "
        "at the same words; Ctrl+Z undoes."),
    "%n entity(ies)": ("%n entity", "%n entities"),
}
