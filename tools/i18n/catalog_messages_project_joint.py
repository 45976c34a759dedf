"""Area "messages", part three: the project-file errors shown by the error dialog
(qualcode/ui/texts/project_texts.py), the regression panel's common model notes (quant_texts.MODEL_NOTES)
and the joint displays' notes (joint_texts.py) -> (Russian, Uzbek Latin). See catalog_messages.py.
"""

CATALOG: dict = {}

# -- project-file errors (qualcode/ui/texts/project_texts.py) ------------------------------
CATALOG.update({
    "{path} already exists; choose another name or open it.": (
        "{path} уже существует; выберите другое название или откройте его.",
        "{path} allaqachon mavjud; boshqa nom tanlang yoki uni oching."),
    "{path} already exists; choose a new name (nothing was written).": (
        "{path} уже существует; выберите новое название (ничего не записано).",
        "{path} allaqachon mavjud; yangi nom tanlang (hech narsa yozilmadi)."),
    "{path} already exists; choose another name for the cleaned copy.": (
        "{path} уже существует; выберите другое название для очищенной копии.",
        "{path} allaqachon mavjud; tozalangan nusxa uchun boshqa nom tanlang."),
    "The folder {path} does not exist.": ("Папка {path} не существует.", "{path} jildi mavjud emas."),
    "The folder {path} is read-only; choose a folder you can write to.": (
        "Папка {path} доступна только для чтения; выберите папку, в которую можно писать.",
        "{path} jildi faqat oʻqish uchun; yozish mumkin boʻlgan jildni tanlang."),
    "An encrypted project needs a non-empty password ({path} was not written).": (
        "Зашифрованному проекту нужен непустой пароль ({path} не записан).",
        "Shifrlangan loyihaga boʻsh boʻlmagan parol kerak ({path} yozilmadi)."),
    "{path} does not exist.": ("{path} не существует.", "{path} mavjud emas."),
    "{path} is a folder, not a project file.": ("{path} — это папка, а не файл проекта.",
                                                "{path} — bu jild, loyiha fayli emas."),
    "{path} is not a QualCode project (it is not a database file).": (
        "{path} — не проект QualCode (это не файл базы данных).",
        "{path} QualCode loyihasi emas (bu maʼlumotlar bazasi fayli emas)."),
    "{path} is an SQLite database but not a QualCode project.": (
        "{path} — база данных SQLite, но не проект QualCode.",
        "{path} — SQLite maʼlumotlar bazasi, lekin QualCode loyihasi emas."),
    "{path} is damaged ({detail}). Open its .bak copy or a backup.": (
        "{path} повреждён ({detail}). Откройте его копию .bak или резервную копию.",
        "{path} shikastlangan ({detail}). Uning .bak nusxasini yoki zaxira nusxasini oching."),
    "{path} is damaged: {detail}.": ("{path} повреждён: {detail}.", "{path} shikastlangan: {detail}."),
    "{path} could not be read ({detail}): the disk may be full or failing. The file was not changed; free some "
    "space and open it again.": (
        ("{path} не удалось прочитать ({detail}): диск, возможно, переполнен или неисправен. Файл не изменён; "
        "освободите место и откройте его снова."),
        ("{path} oʻqilmadi ({detail}): disk toʻlgan yoki nosoz boʻlishi mumkin. Fayl oʻzgarmadi; joy boʻshating va "
        "uni qayta oching.")),
    "{path} was saved by an older QualCode and must be upgraded, but it is read-only. Copy it to a folder you can "
    "write to and open the copy.": (
        ("{path} сохранён старой версией QualCode и требует обновления, но доступен только для чтения. Скопируйте "
        "его в папку с правом записи и откройте копию."),
        ("{path} QualCode ning eski versiyasida saqlangan va yangilanishi kerak, lekin u faqat oʻqish uchun. Uni "
        "yozish mumkin boʻlgan jildga nusxalang va nusxani oching.")),
    "{path} was saved by a newer QualCode (schema {detail}). Update QualCode to open it; the file was not changed.": (
        ("{path} сохранён более новой версией QualCode (схема {detail}). Обновите QualCode, чтобы открыть его; файл "
        "не изменён."),
        ("{path} QualCode ning yangiroq versiyasida saqlangan (sxema {detail}). Uni ochish uchun QualCode ni "
        "yangilang; fayl oʻzgarmadi.")),
    "{path} has no QualCode schema; it may be incomplete.": (
        "В {path} нет схемы QualCode; возможно, файл неполный.",
        "{path} da QualCode sxemasi yoʻq; fayl toʻliq boʻlmasligi mumkin."),
    "{path} cannot be opened: {detail}": ("{path} не открывается: {detail}", "{path} ochilmaydi: {detail}"),
    "{path} is encrypted (or not a QualCode project): give its password.": (
        "{path} зашифрован (или это не проект QualCode): укажите его пароль.",
        "{path} shifrlangan (yoki QualCode loyihasi emas): uning parolini kiriting."),
    "{path} is not an encrypted QualCode project; nothing was changed.": (
        "{path} — не зашифрованный проект QualCode; ничего не изменено.",
        "{path} shifrlangan QualCode loyihasi emas; hech narsa oʻzgarmadi."),
    "A cleaned copy of {path} could not be written: {detail}.": (
        "Не удалось записать очищенную копию {path}: {detail}.",
        "{path} ning tozalangan nusxasi yozilmadi: {detail}."),
})

CATALOG.update({
    ("{path} contains database objects QualCode did not create ({shown}). They could change or fake your data, so "
     "the project was not opened and nothing was changed. Open a cleaned copy instead: qualcode clean-copy {path} "
     "COPY.qcproj"): (
        ("{path} содержит объекты базы данных, которые QualCode не создавал ({shown}). Они могли бы изменить или "
         "подделать ваши данные, поэтому проект не открыт и ничего не изменено. Откройте вместо него очищенную "
         "копию: qualcode clean-copy {path} COPY.qcproj"),
        ("{path} QualCode yaratmagan maʼlumotlar bazasi obyektlarini oʻz ichiga oladi ({shown}). Ular "
         "maʼlumotlaringizni oʻzgartirishi yoki soxtalashtirishi mumkin, shuning uchun loyiha ochilmadi va hech narsa "
         "oʻzgarmadi. Uning oʻrniga tozalangan nusxani oching: qualcode clean-copy {path} COPY.qcproj")),
})

# -- quant's common model notes (qualcode/ui/texts/quant_texts.py, MODEL_NOTES) ------------
CATALOG.update({
    "Listwise deletion: {dropped} of {total} rows dropped (missing: {detail}).": (
        "Построчное удаление: исключено {dropped} из {total} строк (пропуски: {detail}).",
        "Qatorlarni butunlay chiqarish: {total} qatordan {dropped} tasi chiqarildi (yetishmaydi: {detail})."),
    "Reference level of {name}: {level} (lowest level of the ordered scale).": (
        "Опорный уровень {name}: {level} (низший уровень порядковой шкалы).",
        "{name} tayanch darajasi: {level} (tartibli shkalaning eng past darajasi)."),
    "Reference level of {name}: {level} (most frequent level, n = {n}); choose another with reference={{...}}.": (
        ("Опорный уровень {name}: {level} (самый частый уровень, n = {n}); другой можно выбрать в поле «Опорный "
         "уровень»."),
        ("{name} tayanch darajasi: {level} (eng koʻp uchraydigan daraja, n = {n}); boshqasini «Tayanch daraja» "
         "maydonida tanlash mumkin.")),
    ("Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs use the t distribution with "
     "{df} residual df."): (
        ("Стандартные ошибки: {cov} (устойчивые к гетероскедастичности); p-значения и 95% ДИ по t-распределению с "
         "{df} остаточными степенями свободы."),
        ("Standart xatolar: {cov} (geteroskedastiklikka chidamli); p-qiymatlar va 95% IO {df} qoldiq erkinlik "
         "darajali t taqsimotidan.")),
    "Standard errors assume constant variance; t with {df} df.": (
        "Стандартные ошибки предполагают постоянную дисперсию; t с {df} степенями свободы.",
        "Standart xatolar oʻzgarmas dispersiyani nazarda tutadi; {df} erkinlik darajali t."),
    ("Standardised beta: coefficient after refitting with the outcome and every non-0/1 design column ({cols}) "
     "z-scored on this model's estimation sample (n = {n}); transforms and interactions are standardised as the "
     "columns the model uses; 0/1 and dummy-coded columns are left as 0/1."): (
        ("Стандартизованный β: коэффициент после повторной оценки, в которой зависимая переменная и все столбцы "
         "плана, кроме 0/1 ({cols}), z-стандартизованы на выборке оценивания этой модели (n = {n}); преобразования и "
         "взаимодействия стандартизуются как столбцы модели; столбцы 0/1 и фиктивные переменные остаются 0/1."),
        ("Standartlashtirilgan β: bogʻliq oʻzgaruvchi va 0/1 boʻlmagan barcha reja ustunlari ({cols}) shu modelning "
         "baholash tanlanmasida (n = {n}) z-standartlashtirilgandan keyingi koeffitsiyent; oʻzgartirishlar va "
         "oʻzaro taʼsirlar model ustunlari kabi standartlashtiriladi; 0/1 va soxta oʻzgaruvchi ustunlari 0/1 holida "
         "qoladi.")),
    "Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood.": (
        "Отношения шансов с 95% ДИ Вальда, exp(b ± 1,96 SE); метод максимального правдоподобия без штрафа.",
        "Vald 95% IO bilan shanslar nisbatlari, exp(b ± 1,96 SE); jarimasiz maksimal haqiqatga oʻxshashlik."),
    "OR per SD: odds ratio for a one-standard-deviation increase (SD on the estimation sample).": (
        "ОШ на 1 СО: отношение шансов при увеличении на одно стандартное отклонение (СО по выборке оценивания).",
        "ShN (1 SO): bir standart ogʻishga oshgandagi shanslar nisbati (SO baholash tanlanmasida)."),
    "AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the fitted probabilities, df = 8.": (
        ("95% ДИ для AUC методом ДеЛонга; критерий Хосмера–Лемешова с 10 группами по квантилям предсказанных "
         "вероятностей, df = 8."),
        ("AUC uchun 95% IO DeLong usulida; Xosmer–Lemeshou mezoni bashorat ehtimollari kvantillari boʻyicha 10 "
         "guruh bilan, df = 8.")),
    ("Only {events} cases in the rarer outcome group for {k} coefficients (fewer than 10 per coefficient): "
     "estimates may be unstable."): (
        ("В более редкой группе исхода только {events} случаев на {k} коэффициентов (меньше 10 на коэффициент): "
         "оценки могут быть неустойчивыми."),
        ("Kamroq uchraydigan natija guruhida {k} ta koeffitsiyentga faqat {events} ta holat (har koeffitsiyentga 10 "
         "tadan kam): baholar beqaror boʻlishi mumkin.")),
    "IRR = exp(b), the multiplicative change in the expected count; Wald z tests and 95% CIs.": (
        "ОЧС = exp(b), мультипликативное изменение ожидаемого числа; z-тесты Вальда и 95% ДИ.",
        "HChN = exp(b), kutilgan sonning karrali oʻzgarishi; Vald z testlari va 95% IO."),
    "Alpha is estimated at 0 (no over-dispersion): the negative binomial fit equals the Poisson fit.": (
        "Оценка alpha равна 0 (нет сверхдисперсии): отрицательная биномиальная модель совпадает с моделью Пуассона.",
        "Alpha 0 ga teng baholandi (ortiqcha dispersiya yoʻq): manfiy binomial model Puasson modeliga teng."),
    "Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*).": (
        "Оценки по полным случаям (n = {n}) показаны рядом с объединёнными (cc_*).",
        "Toʻliq holatlar boʻyicha baholar (n = {n}) birlashtirilganlari yonida koʻrsatilgan (cc_*)."),
})

# -- joint displays (qualcode/ui/texts/joint_texts.py) -------------------------------------
CATALOG.update({
    "Cases n/N: linked cases (with transcripts and a survey row), N = {n}.": (
        "Случаи n/N: связанные случаи (с транскриптами и строкой опроса), N = {n}.",
        "Holatlar n/N: bogʻlangan holatlar (transkripti va soʻrovnoma qatori bor), N = {n}."),
    ("Cells: linked cases in the group whose transcripts contain the theme, and their % of the group's linked "
     "cases; column n is linked cases (survey n in brackets)."): (
        ("Ячейки: связанные случаи группы, в транскриптах которых есть тема, и их % от связанных случаев группы; n "
         "столбца — связанные случаи (n опроса в скобках)."),
        ("Katakchalar: guruhdagi transkriptlarida mavzu uchragan bogʻlangan holatlar va ularning guruh bogʻlangan "
         "holatlaridagi %; ustun n — bogʻlangan holatlar (qavs ichida soʻrovnoma n).")),
    "{variable} split at the survey median, {cut} (high: at or above).": (
        "{variable} разделена по медиане опроса, {cut} (высокий: не ниже).",
        "{variable} soʻrovnoma medianasi boʻyicha ajratilgan, {cut} (yuqori: shundan past emas)."),
    "{variable} split at the survey threshold, {cut} (high: at or above).": (
        "{variable} разделена по порогу опроса, {cut} (высокий: не ниже).",
        "{variable} soʻrovnoma chegarasi boʻyicha ajratilgan, {cut} (yuqori: shundan past emas)."),
    "The saved analysis was deleted.": ("Сохранённый анализ удалён.", "Saqlangan tahlil oʻchirilgan."),
    "The saved analysis of this row was deleted.": (
        "Сохранённый анализ этой строки удалён.",
        "Bu qatorning saqlangan tahlili oʻchirilgan."),
    "The theme was deleted.": ("Тема удалена.", "Mavzu oʻchirilgan."),
    "{term} is not a term of {analysis}; terms are {terms}.": (
        "{term} не является параметром {analysis}; параметры: {terms}.",
        "{term} {analysis} parametri emas; parametrlar: {terms}."),
    "high": ("высокий", "yuqori"),
    "low": ("низкий", "past"),
    "{problem} The theme was deleted.": ("{problem} Тема удалена.", "{problem} Mavzu oʻchirilgan."),
})
