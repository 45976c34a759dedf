"""Service messages, second half: quant notes and fitting errors, saving and project files
(read by catalog_messages.py, which is the `messages` area's catalogue; format in build_ts.py)."""

CATALOG: dict = {}

# -- quant: less common notes and fitting errors (qualcode/ui/texts/quant_texts.py) ------
CATALOG.update({
    "{name} ({kind}) is not summarised.": ("{name} ({kind}) не описывается.", "{name} ({kind}) tavsiflanmaydi."),
    "{name} has no non-missing values.": ("У {name} нет непропущенных значений.",
                                          "{name} da tushirib qoldirilmagan qiymatlar yoʻq."),
    "{name} has a different value in every row (an identifier?); not summarised.": (
        "У {name} в каждой строке своё значение (идентификатор?); не описывается.",
        "{name} ning har bir qatorda qiymati boshqacha (identifikatormi?); tavsiflanmaydi."),
    "Numeric: mean with t-based 95% CI, SD, quartiles (R type 7). Categories: n and % of non-missing.": (
        "Числовые: среднее с 95% ДИ по t, SD, квартили (R, тип 7). Категории: n и % от непропущенных.",
        ("Sonli: t asosidagi 95% IO bilan oʻrtacha, SD, kvartillar (R, 7-tur). Kategoriyalar: n va tushirib "
        "qoldirilmaganlardan %.")),
    "{name} is ordinal; its levels are scored 1..{k} in order.": (
        "{name} — порядковая; её уровни получают баллы 1..{k} по порядку.",
        "{name} tartibli; uning darajalariga tartib boʻyicha 1..{k} ball beriladi."),
    "{a}, {b}: not computable (fewer than 3 pairs or a constant variable).": (
        "{a}, {b}: нельзя вычислить (меньше 3 пар или постоянная переменная).",
        "{a}, {b}: hisoblab boʻlmaydi (3 tadan kam juftlik yoki oʻzgarmas oʻzgaruvchi)."),
    "Pearson r; missing data handled pairwise (n per pair shown).": (
        "r Пирсона; пропуски исключены попарно (n указано для каждой пары).",
        "Pirson r; tushirib qoldirilgan maʼlumotlar juftlik boʻyicha chiqarildi (har juftlik uchun n koʻrsatilgan)."),
    "Spearman rho; missing data handled pairwise (n per pair shown).": (
        "ро Спирмена; пропуски исключены попарно (n указано для каждой пары).",
        "Spirmen rho; tushirib qoldirilgan maʼlumotlar juftlik boʻyicha chiqarildi (har juftlik uchun n koʻrsatilgan)."),
    "{level}% CIs by Fisher's z transformation, SE = 1/sqrt(n - 3).": (
        "{level}% ДИ по z-преобразованию Фишера, SE = 1/sqrt(n - 3).",
        "{level}% IO Fisherning z-oʻzgartirishi boʻyicha, SE = 1/sqrt(n - 3)."),
    "p_bh: Benjamini-Hochberg adjusted across the {n} pairs of this table.": (
        "p_bh: поправка Бенджамини–Хохберга по {n} парам этой таблицы.",
        "p_bh: ushbu jadvaldagi {n} ta juftlik boʻyicha Benjamini–Xoxberg tuzatmasi."),
    "{name} correlates negatively with the other items: should it be reverse-coded?": (
        "{name} отрицательно коррелирует с другими пунктами: может быть, его нужно перекодировать в обратную сторону?",
        "{name} boshqa bandlar bilan manfiy korrelyatsiyaga ega: uni teskari kodlash kerakmi?"),
    "Estimate per item: corrected item-total correlation (item vs. the sum of the other items).": (
        "Оценка для пункта: исправленная корреляция пункта с суммой (пункт против суммы остальных пунктов).",
        "Band uchun baho: tuzatilgan band–yigʻindi korrelyatsiyasi (band va qolgan bandlar yigʻindisi)."),
    "Covariances from pairwise-complete observations.": ("Ковариации по попарно полным наблюдениям.",
                                                         "Kovariatsiyalar juftlik boʻyicha toʻliq kuzatuvlardan."),
    "Covariances from complete observations.": ("Ковариации по полным наблюдениям.",
                                                "Kovariatsiyalar toʻliq kuzatuvlardan."),
    "Cronbach's alpha = {alpha}, which reaches the target of {target}.": (
        "Альфа Кронбаха = {alpha}, что достигает целевого значения {target}.",
        "Kronbax alfasi = {alpha}, bu {target} maqsadli qiymatiga yetadi."),
    "Cronbach's alpha = {alpha}, which falls short of the target of {target}.": (
        "Альфа Кронбаха = {alpha}, что ниже целевого значения {target}.",
        "Kronbax alfasi = {alpha}, bu {target} maqsadli qiymatidan past."),
    "Outcome {outcome} coded 1 = {one}, 0 = {zero} (as R's glm codes a factor: its first level is the reference).": (
        ("Исход {outcome} закодирован 1 = {one}, 0 = {zero} (как glm в R кодирует фактор: его первый уровень — "
        "опорный)."),
        ("{outcome} natijasi 1 = {one}, 0 = {zero} deb kodlandi (R dagi glm faktorni shunday kodlaydi: uning birinchi "
        "darajasi tayanch).")),
    "All models fitted on the same {n} complete cases of the largest model; the F-change test is the classical "
    "(non-robust) nested-model F test.": (
        ("Все модели оценены на тех же {n} полных случаях самой большой модели; тест изменения F — классический "
        "(неробастный) F-тест вложенных моделей."),
        ("Barcha modellar eng katta modelning bir xil {n} ta toʻliq holatida baholandi; F oʻzgarishi testi — "
        "ichma-ich modellar uchun klassik (barqaror boʻlmagan) F testi.")),
    "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} "
    "(= 1/theta of MASS::glm.nb).": (
        ("Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; "
        "alpha = {alpha} (= 1/theta в MASS::glm.nb)."),
        ("Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; "
        "alpha = {alpha} (= MASS::glm.nb dagi 1/theta).")),
    "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} "
    "(= 1/theta of MASS::glm.nb). Negative binomial chosen because alpha > 0 (p < .05).": (
        ("Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; "
        "alpha = {alpha} (= 1/theta в MASS::glm.nb). Выбрана отрицательная биномиальная модель, так как alpha > 0 "
        "(p < .05)."),
        ("Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; "
        "alpha = {alpha} (= MASS::glm.nb dagi 1/theta). alpha > 0 (p < .05) boʻlgani uchun manfiy binomial model "
        "tanlandi.")),
    "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} "
    "(= 1/theta of MASS::glm.nb). Poisson kept because the data show no significant over-dispersion (p >= .05).": (
        ("Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; "
        "alpha = {alpha} (= 1/theta в MASS::glm.nb). Оставлена модель Пуассона: значимой избыточной дисперсии "
        "в данных нет (p >= .05)."),
        ("Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; "
        "alpha = {alpha} (= MASS::glm.nb dagi 1/theta). Puasson modeli qoldirildi: maʼlumotlarda ahamiyatli "
        "ortiqcha dispersiya yoʻq (p >= .05).")),
    "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} "
    "(= 1/theta of MASS::glm.nb). Poisson was requested although the counts are over-dispersed: its SEs are too "
    "small.": (
        ("Тест избыточной дисперсии: LR chi2 = {lr} для alpha = 0 (граница, половина хвоста chi2(1)), {p}; "
        "alpha = {alpha} (= 1/theta в MASS::glm.nb). Запрошена модель Пуассона, хотя у счётчиков избыточная "
        "дисперсия: её SE занижены."),
        ("Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; "
        "alpha = {alpha} (= MASS::glm.nb dagi 1/theta). Sanoqlarda ortiqcha dispersiya boʻlsa ham Puasson modeli "
        "soʻralgan: uning SE lari juda kichik.")),
    "No observations in category {levels}; dropped.": ("В категории {levels} нет наблюдений; она исключена.",
                                                       "{levels} kategoriyasida kuzatuvlar yoʻq; u chiqarildi."),
    "No observations in categories {levels}; dropped.": ("В категориях {levels} нет наблюдений; они исключены.",
                                                         "{levels} kategoriyalarida kuzatuvlar yoʻq; ular chiqarildi."),
    "Proportional-odds logit: logit P(Y <= j) = theta_j - x'b; odds ratios > 1 mean higher {outcome} categories are "
    "more likely. Wald z tests and 95% CIs.": (
        ("Логит пропорциональных шансов: logit P(Y <= j) = theta_j - x'b; отношения шансов > 1 означают, что более "
        "высокие категории {outcome} вероятнее. z-тесты Вальда и 95% ДИ."),
        ("Proporsional shanslar logiti: logit P(Y <= j) = theta_j - x'b; shanslar nisbati > 1 boʻlsa, {outcome} "
        "ning yuqoriroq kategoriyalari ehtimolroq. Vald z testlari va 95% IO.")),
    "Brant test: the proportional-odds assumption holds (chi2({df}) = {chi2}, {p}).": (
        "Тест Бранта: допущение пропорциональных шансов выполняется (chi2({df}) = {chi2}, {p}).",
        "Brant testi: proporsional shanslar farazi bajariladi (chi2({df}) = {chi2}, {p})."),
    "The proportional-odds assumption fails for {which}; omnibus chi2({df}) = {chi2}, {p}. The odds ratios average "
    "effects that differ between cut-points; read them with caution.": (
        ("Допущение пропорциональных шансов нарушено для {which}; общий chi2({df}) = {chi2}, {p}. Отношения шансов "
        "усредняют эффекты, различающиеся между порогами; читайте их с осторожностью."),
        ("Proporsional shanslar farazi {which} uchun bajarilmaydi; umumiy chi2({df}) = {chi2}, {p}. Shanslar "
        "nisbatlari chegaralar orasida farq qiladigan taʼsirlarni oʻrtachalaydi; ularni ehtiyotkorlik bilan oʻqing.")),
    "the model as a whole": ("модели в целом", "butun model"),
    "A partial proportional-odds model with cut-specific odds ratios for {terms} is reported beside it "
    "(result.partial; LR test vs proportional odds {p}).": (
        ("Рядом приведена модель частично пропорциональных шансов с отношениями шансов по порогам для {terms} "
        "(result.partial; LR-тест против пропорциональных шансов {p})."),
        ("Yonida {terms} uchun chegaralarga xos shanslar nisbatlari bilan qisman proporsional shanslar modeli "
        "keltirilgan (result.partial; proporsional shanslarga qarshi LR testi {p}).")),
    "A partial proportional-odds model could not be fitted soundly (its cumulative probabilities would cross) or no "
    "single predictor fails; the separate binary logits behind the Brant test, or a multinomial model, are "
    "alternatives.": (
        ("Модель частично пропорциональных шансов не удалось надёжно оценить (её кумулятивные вероятности "
        "пересекались бы) или ни один отдельный предиктор не нарушает допущение; альтернативы — отдельные бинарные "
        "логиты теста Бранта или мультиномиальная модель."),
        ("Qisman proporsional shanslar modelini ishonchli baholab boʻlmadi (uning kumulyativ ehtimollari kesishib "
        "qolardi) yoki birorta prediktor farazni buzmaydi; muqobillar — Brant testi ortidagi alohida binar logitlar "
        "yoki multinomial model.")),
    "Brant test not available: one of the binary splits behind it (Y > j against Y <= j) is perfectly separated by "
    "the predictors, so its slopes are infinite. The proportional-odds model itself has finite estimates and is "
    "reported; check the assumption by inspecting the categories of the separating predictor.": (
        ("Тест Бранта недоступен: одно из бинарных разбиений (Y > j против Y <= j) полностью разделяется "
        "предикторами, поэтому его наклоны бесконечны. У самой модели пропорциональных шансов оценки конечны, она "
        "приведена; проверьте допущение, посмотрев на категории разделяющего предиктора."),
        ("Brant testi mavjud emas: uning ortidagi binar boʻlinishlardan biri (Y > j va Y <= j) prediktorlar bilan "
        "toʻliq ajraladi, shuning uchun uning qiyaliklari cheksiz. Proporsional shanslar modelining oʻz baholari "
        "chekli va u keltirilgan; farazni ajratuvchi prediktor kategoriyalarini koʻrib tekshiring.")),
    "Partial proportional-odds logit: {terms} get one coefficient per cut-point (odds ratio of being above that cut); "
    "the other predictors keep one common odds ratio.": (
        ("Логит частично пропорциональных шансов: {terms} получают по коэффициенту на каждый порог (отношение шансов "
        "оказаться выше порога); у остальных предикторов одно общее отношение шансов."),
        ("Qisman proporsional shanslar logiti: {terms} har bir chegara uchun bittadan koeffitsiyent oladi (chegaradan "
        "yuqori boʻlish shanslar nisbati); qolgan prediktorlarda bitta umumiy shanslar nisbati.")),
    "LR test against the proportional-odds model in fit (lr_chi2, lr_df, lr_p).": (
        "LR-тест против модели пропорциональных шансов — в fit (lr_chi2, lr_df, lr_p).",
        "Proporsional shanslar modeliga qarshi LR testi fit ichida (lr_chi2, lr_df, lr_p)."),
    "Multiple imputation (m = {m}), pooled with Rubin's rules; t tests and CIs use the Barnard-Rubin degrees of "
    "freedom (as mice::pool). fmi = fraction of missing information.": (
        ("Множественная импутация (m = {m}), объединение по правилам Рубина; t-тесты и ДИ используют степени свободы "
        "Барнарда–Рубина (как mice::pool). fmi — доля недостающей информации."),
        ("Koʻp martalik imputatsiya (m = {m}), Rubin qoidalari bilan birlashtirildi; t testlari va IO Barnard–Rubin "
        "erkinlik darajalaridan foydalanadi (mice::pool kabi). fmi — yetishmayotgan axborot ulushi.")),
    "Imputed by chained equations (PMM with {donors} donors for continuous/count/ordinal, logistic regression for "
    "binary; {iterations} iterations; seed {seed}) using {variables}. Missing: {missing}.": (
        ("Импутация цепными уравнениями (PMM с {donors} донорами для непрерывных/счётных/порядковых, логистическая "
        "регрессия для бинарных; итераций: {iterations}; seed {seed}) по {variables}. Пропуски: {missing}."),
        ("Zanjirli tenglamalar bilan imputatsiya (uzluksiz/sanoq/tartibli uchun {donors} donorli PMM, binar uchun "
        "logistik regressiya; {iterations} iteratsiya; seed {seed}), foydalanilgan: {variables}. Tushirib "
        "qoldirilganlar: {missing}.")),
    "none": ("нет", "yoʻq"),
    "Propensity of {exposure} from a logit on {covariates}; stabilised ATE weights P(A=1)/e and P(A=0)/(1-e).": (
        "Склонность к {exposure} по логиту на {covariates}; стабилизированные веса ATE P(A=1)/e и P(A=0)/(1-e).",
        ("{exposure} ga moyillik {covariates} boʻyicha logitdan; barqarorlashtirilgan ATE vaznlari P(A=1)/e va "
        "P(A=0)/(1-e).")),
    "Propensity of {exposure} from a logit on {covariates}; ATT weights 1 (exposed) and e/(1-e) (unexposed).": (
        "Склонность к {exposure} по логиту на {covariates}; веса ATT 1 (с воздействием) и e/(1-e) (без воздействия).",
        ("{exposure} ga moyillik {covariates} boʻyicha logitdan; ATT vaznlari 1 (taʼsirlangan) va e/(1-e) "
        "(taʼsirlanmagan).")),
    "Weighted outcome model: lm(weights = w) with sandwich::vcovHC(type = 'HC0'), t tests on the residual df (weights "
    "treated as known).": (
        ("Взвешенная модель исхода: lm(weights = w) с sandwich::vcovHC(type = 'HC0'), t-тесты на остаточных df (веса "
        "считаются известными)."),
        ("Vaznli natija modeli: sandwich::vcovHC(type = 'HC0') bilan lm(weights = w), qoldiq df boʻyicha t testlari "
        "(vaznlar maʼlum deb olinadi).")),
    "Weighted outcome model: glm(binomial, weights = w) with sandwich (HC0) SEs, z tests (weights treated as "
    "known).": (
        ("Взвешенная модель исхода: glm(binomial, weights = w) с SE sandwich (HC0), z-тесты (веса считаются "
        "известными)."),
        ("Vaznli natija modeli: sandwich (HC0) SE bilan glm(binomial, weights = w), z testlari (vaznlar maʼlum deb "
        "olinadi).")),
    "Balance: standardised mean differences divided by the unweighted pooled SD of the two groups (cobalt/tableone); "
    "largest |SMD| {before} before, {after} after weighting (target < 0.1).": (
        ("Баланс: стандартизованные разности средних, делённые на невзвешенное объединённое SD двух групп "
        "(cobalt/tableone); наибольшее |SMD| {before} до и {after} после взвешивания (цель < 0.1)."),
        ("Muvozanat: standartlashtirilgan oʻrtachalar farqi ikki guruhning vaznsiz umumiy SD siga boʻlingan "
        "(cobalt/tableone); eng katta |SMD| vaznlashdan oldin {before}, keyin {after} (maqsad < 0.1).")),
    "Some covariates remain imbalanced after weighting (|SMD| >= 0.1): add them to the outcome model.": (
        ("Некоторые ковариаты после взвешивания остаются несбалансированными (|SMD| >= 0.1): добавьте их в модель "
        "исхода."),
        "Baʼzi kovariatalar vaznlashdan keyin ham muvozanatsiz (|SMD| >= 0.1): ularni natija modeliga qoʻshing."),
    "Extreme weights (max {max}): estimates may be unstable; check overlap of propensity scores.": (
        "Экстремальные веса (максимум {max}): оценки могут быть неустойчивы; проверьте перекрытие оценок склонности.",
        ("Haddan tashqari vaznlar (maksimum {max}): baholar beqaror boʻlishi mumkin; moyillik baholarining "
        "kesishishini tekshiring.")),
    # fitting errors
    "{name} is not a column of the data.": ("{name} — не столбец данных.", "{name} maʼlumotlar ustuni emas."),
    "The formula uses {name}, which is not a column of the data.": (
        "В формуле используется {name}, но такого столбца в данных нет.",
        "Formulada {name} ishlatilgan, lekin maʼlumotlarda bunday ustun yoʻq."),
    "Column {name} has no non-missing values.": ("В столбце {name} нет непропущенных значений.",
                                                 "{name} ustunida tushirib qoldirilmagan qiymatlar yoʻq."),
    "No row has all of {variables} observed.": ("Нет ни одной строки, где наблюдались бы все: {variables}.",
                                                "Hech bir qatorda {variables} ning barchasi kuzatilmagan."),
    "{name} holds numbers but also text ({values}); recode those values as missing or numbers, or declare the column "
    "categorical.": (
        ("В {name} есть числа, но есть и текст ({values}); перекодируйте эти значения в пропуски или числа либо "
        "объявите столбец категориальным."),
        ("{name} da sonlar bilan birga matn ham bor ({values}); bu qiymatlarni tushirib qoldirilgan yoki son qilib "
        "qayta kodlang yoki ustunni kategorial deb belgilang.")),
    "{name} has only one level ({level}) in the estimation sample, so it cannot be a predictor.": (
        "У {name} в выборке оценивания только один уровень ({level}), поэтому он не может быть предиктором.",
        ("{name} ning baholash tanlanmasida faqat bitta darajasi bor ({level}), shuning uchun u prediktor boʻla "
        "olmaydi.")),
    "{name} is a {kind} variable and cannot be a model predictor.": (
        "{name} — переменная типа {kind} и не может быть предиктором модели.",
        "{name} — {kind} turidagi oʻzgaruvchi va model prediktori boʻla olmaydi."),
    "Only {n} complete cases for {k} coefficients; the model cannot be fitted.": (
        "Всего {n} полных случаев на {k} коэффициентов; модель нельзя оценить.",
        "{k} ta koeffitsiyent uchun atigi {n} ta toʻliq holat; modelni baholab boʻlmaydi."),
    "Predictor column {name} is constant in the estimation sample (all values {value}); drop it from the model.": (
        "Столбец-предиктор {name} постоянен в выборке оценивания (все значения {value}); уберите его из модели.",
        ("{name} prediktor ustuni baholash tanlanmasida oʻzgarmas (barcha qiymatlar {value}); uni modeldan olib "
        "tashlang.")),
    "Predictor column {names} is a linear combination of the other predictors, exactly or to within R's lm tolerance "
    "of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.": (
        ("Столбец-предиктор {names} — линейная комбинация других предикторов, точно или в пределах допуска lm в R "
        "1e-7 (lm помечает такие столбцы как aliased, с коэффициентами NA); уберите его или предиктор, который он "
        "повторяет."),
        ("{names} prediktor ustuni boshqa prediktorlarning chiziqli kombinatsiyasi — aniq yoki R dagi lm ning 1e-7 "
        "chegarasida (lm bunday ustunlarni aliased deb, NA koeffitsiyentlar bilan koʻrsatadi); uni yoki u "
        "takrorlayotgan prediktorni olib tashlang.")),
    "Predictor column {names} are linear combinations of the other predictors, exactly or to within R's lm tolerance "
    "of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.": (
        ("Столбцы-предикторы {names} — линейные комбинации других предикторов, точно или в пределах допуска lm в R "
        "1e-7 (lm помечает такие столбцы как aliased, с коэффициентами NA); уберите их или предикторы, которые они "
        "повторяют."),
        ("{names} prediktor ustunlari boshqa prediktorlarning chiziqli kombinatsiyalari — aniq yoki R dagi lm ning "
        "1e-7 chegarasida (lm bunday ustunlarni aliased deb, NA koeffitsiyentlar bilan koʻrsatadi); ularni yoki "
        "ular takrorlayotgan prediktorlarni olib tashlang.")),
    "The {kind} model cannot be estimated on these data (singular matrix): too few cases for the number of terms, "
    "predictors that duplicate each other, or an outcome split that one predictor separates perfectly.": (
        ("Модель {kind} нельзя оценить на этих данных (вырожденная матрица): слишком мало случаев для числа членов, "
        "предикторы дублируют друг друга или один предиктор полностью разделяет исход."),
        ("{kind} modelini bu maʼlumotlarda baholab boʻlmaydi (xos matritsa): hadlar soniga nisbatan holatlar juda "
        "kam, prediktorlar bir-birini takrorlaydi yoki bitta prediktor natijani toʻliq ajratadi.")),
    "The outcome {name} must be coded 0/1; it has values {values}.": (
        "Исход {name} должен быть закодирован 0/1; его значения: {values}.",
        "{name} natijasi 0/1 deb kodlanishi kerak; uning qiymatlari: {values}."),
    "The outcome {name} takes only one value in the estimation sample.": (
        "Исход {name} принимает в выборке оценивания только одно значение.",
        "{name} natijasi baholash tanlanmasida faqat bitta qiymat oladi."),
    "The outcome {name} has {n} distinct values ({values}); a logit needs two. Code it 0/1.": (
        "У исхода {name} {n} различных значений ({values}); логиту нужно два. Закодируйте его 0/1.",
        "{name} natijasining {n} ta turli qiymati bor ({values}); logit uchun ikkitasi kerak. Uni 0/1 deb kodlang."),
    "Separation: every case with {column} = {value} has {outcome} = {y}, so the odds ratio of {column} is infinite. "
    "Drop or merge {column}, or use a penalised (Firth) model.": (
        ("Разделение: у всех случаев с {column} = {value} исход {outcome} = {y}, поэтому отношение шансов для "
        "{column} бесконечно. Уберите или объедините {column} либо используйте штрафованную модель (Ферта)."),
        ("Ajralish: {column} = {value} boʻlgan barcha holatlarda {outcome} = {y}, shuning uchun {column} ning shanslar "
        "nisbati cheksiz. {column} ni olib tashlang yoki birlashtiring yoki jarimali (Firth) modeldan foydalaning.")),
    "Separation: a combination of the predictors classifies the outcome perfectly (or perfectly on one side), so "
    "maximum-likelihood odds ratios are infinite. Simplify the model, merge sparse categories, or use a penalised "
    "(Firth) model.": (
        ("Разделение: сочетание предикторов безошибочно (или безошибочно с одной стороны) предсказывает исход, "
        "поэтому отношения шансов максимального правдоподобия бесконечны. Упростите модель, объедините редкие "
        "категории или используйте штрафованную модель (Ферта)."),
        ("Ajralish: prediktorlar birikmasi natijani xatosiz (yoki bir tomondan xatosiz) tasniflaydi, shuning uchun "
        "maksimal haqiqatga oʻxshashlik shanslar nisbatlari cheksiz. Modelni soddalashtiring, siyrak "
        "kategoriyalarni birlashtiring yoki jarimali (Firth) modeldan foydalaning.")),
    "The logistic model did not converge in {n} iterations; this usually means (quasi-)separation or too many "
    "predictors for the number of events.": (
        ("Логистическая модель не сошлась за {n} итераций; обычно это означает (квази)разделение или слишком много "
        "предикторов для числа событий."),
        ("Logistik model {n} iteratsiyada yaqinlashmadi; bu odatda (kvazi)ajralishni yoki hodisalar soniga nisbatan "
        "prediktorlar juda koʻpligini bildiradi.")),
    "{outcome} has {n} observed categories; an ordinal model needs at least 3 (use a binary logit for 2).": (
        ("У {outcome} наблюдается {n} категорий; порядковой модели нужно не меньше 3 (для 2 используйте бинарный "
        "логит)."),
        ("{outcome} da {n} ta kuzatilgan kategoriya bor; tartibli model uchun kamida 3 ta kerak (2 tasi uchun binar "
        "logitdan foydalaning).")),
    "The proportional-odds model did not converge (a category may be nearly empty).": (
        "Модель пропорциональных шансов не сошлась (возможно, какая-то категория почти пуста).",
        "Proporsional shanslar modeli yaqinlashmadi (qaysidir kategoriya deyarli boʻsh boʻlishi mumkin)."),
    "{outcome} must be a non-negative whole-number count.": ("{outcome} должен быть неотрицательным целым счётом.",
                                                             "{outcome} manfiy boʻlmagan butun sanoq boʻlishi kerak."),
    "{name} is nominal with {n} levels and has missing values; multiple imputation here handles continuous, count, "
    "ordinal and binary variables only.": (
        ("{name} — номинальная переменная с {n} уровнями и пропусками; множественная импутация здесь работает только "
        "с непрерывными, счётными, порядковыми и бинарными переменными."),
        ("{name} — {n} darajali nominal oʻzgaruvchi va unda tushirib qoldirilgan qiymatlar bor; bu yerdagi koʻp "
        "martalik imputatsiya faqat uzluksiz, sanoq, tartibli va binar oʻzgaruvchilar bilan ishlaydi.")),
    "{sentence} Affected: {names}.": ("{sentence} Затронуты: {names}.", "{sentence} Taʼsirlanganlar: {names}."),
    "Separation: a combination of the predictors orders the outcome categories perfectly (or perfectly at one "
    "cut-point), so the proportional-odds estimates are infinite. Simplify the model or merge sparse categories.": (
        ("Разделение: сочетание предикторов безошибочно (или безошибочно на одном пороге) упорядочивает категории "
        "исхода, поэтому оценки пропорциональных шансов бесконечны. Упростите модель или объедините редкие "
        "категории."),
        ("Ajralish: prediktorlar birikmasi natija kategoriyalarini xatosiz (yoki bitta chegarada xatosiz) "
        "tartiblaydi, shuning uchun proporsional shanslar baholari cheksiz. Modelni soddalashtiring yoki siyrak "
        "kategoriyalarni birlashtiring.")),
    "A binary split of the ordinal outcome is perfectly separated; the Brant test is not available.": (
        "Одно из бинарных разбиений порядкового исхода полностью разделено; тест Бранта недоступен.",
        "Tartibli natijaning binar boʻlinishlaridan biri toʻliq ajralgan; Brant testi mavjud emas."),
    "The order of the outcome categories {categories} is unknown; pass levels=[lowest, ..., highest] or an ordered "
    "pandas Categorical.": (
        ("Порядок категорий исхода {categories} неизвестен; задайте уровни от низшего к высшему (levels=[...]) или "
        "упорядоченный pandas Categorical."),
        ("Natija kategoriyalari {categories} ning tartibi nomaʼlum; darajalarni eng pastidan eng yuqorisigacha "
        "koʻrsating (levels=[...]) yoki tartiblangan pandas Categorical bering.")),
    "Outcome value {value} is not among the given levels {levels}.": (
        "Значения исхода {value} нет среди заданных уровней {levels}.",
        "{value} natija qiymati berilgan {levels} darajalari orasida yoʻq."),
    "The count outcome {outcome} is 0 for every case in the estimation sample, so there is no variation to model "
    "(R's glm reports fitted rates of 0 and an intercept running to -Inf).": (
        ("Счётный исход {outcome} равен 0 у всех случаев выборки оценивания, поэтому моделировать нечего (glm в R "
        "выдаёт предсказанные частоты 0 и свободный член, уходящий в -Inf)."),
        ("{outcome} sanoq natijasi baholash tanlanmasidagi barcha holatlarda 0 ga teng, shuning uchun modellashtirish "
        "uchun oʻzgaruvchanlik yoʻq (R dagi glm 0 ga teng bashorat qilingan chastotalar va -Inf ga ketadigan ozod "
        "hadni beradi).")),
    "The logistic model could not be fitted: {reason}": ("Логистическую модель не удалось оценить: {reason}",
                                                         "Logistik modelni baholab boʻlmadi: {reason}"),
    "An observation has leverage 1 (a category with a single case), so {cov} standard errors are undefined; merge "
    "rare categories.": (
        ("У одного наблюдения леверидж равен 1 (категория с единственным случаем), поэтому стандартные ошибки {cov} "
        "не определены; объедините редкие категории."),
        ("Bitta kuzatuvning levereji 1 ga teng (yagona holatli kategoriya), shuning uchun {cov} standart xatolari "
        "aniqlanmagan; siyrak kategoriyalarni birlashtiring.")),
    "{small} is not nested in {large}: every term must be kept.": (
        "{small} не вложена в {large}: должны сохраняться все члены.",
        "{small} {large} ichiga joylashmagan: barcha hadlar saqlanishi kerak."),
    "Give the variables to analyse (variables=[...] or a formula such as 'PWB + PSSI').": (
        "Укажите переменные для анализа (variables=[...] или формулу, например 'PWB + PSSI').",
        "Tahlil qilinadigan oʻzgaruvchilarni koʻrsating (variables=[...] yoki 'PWB + PSSI' kabi formula)."),
    "A {kind} model needs a formula such as 'y ~ x1 + x2'.": (
        "Модели {kind} нужна формула, например 'y ~ x1 + x2'.",
        "{kind} modeliga 'y ~ x1 + x2' kabi formula kerak."),
    "A model formula needs exactly one '~': {formula}": ("В формуле модели должен быть ровно один '~': {formula}",
                                                         "Model formulasida aynan bitta '~' boʻlishi kerak: {formula}"),
    "The formula {formula} has no outcome variable from the data.": (
        "В формуле {formula} нет переменной исхода из данных.",
        "{formula} formulasida maʼlumotlardagi natija oʻzgaruvchisi yoʻq."),
    "The outcome of {formula} must be one numeric column.": (
        "Исход в {formula} должен быть одним числовым столбцом.",
        "{formula} dagi natija bitta sonli ustun boʻlishi kerak."),
    "Cannot build the model from {formula}: {reason}": ("Не удаётся построить модель по {formula}: {reason}",
                                                        "{formula} boʻyicha modelni tuzib boʻlmaydi: {reason}"),
    "Reference level {reference} of {name} does not occur in the estimation sample; levels are {levels}.": (
        "Опорного уровня {reference} переменной {name} нет в выборке оценивания; уровни: {levels}.",
        "{name} ning {reference} tayanch darajasi baholash tanlanmasida uchramaydi; darajalar: {levels}."),
    "{name} is declared {kind} but has non-numeric values.": (
        "{name} объявлена как {kind}, но в ней есть нечисловые значения.",
        "{name} {kind} deb belgilangan, lekin unda son boʻlmagan qiymatlar bor."),
    "Column(s) not in the data: {names}.": ("Столбцов нет в данных: {names}.", "Maʼlumotlarda yoʻq ustunlar: {names}."),
    "{name} holds numbers but also text ({values}); recode those values as missing or numbers first.": (
        "В {name} есть числа, но есть и текст ({values}); сначала перекодируйте эти значения в пропуски или числа.",
        ("{name} da sonlar bilan birga matn ham bor ({values}); avval bu qiymatlarni tushirib qoldirilgan yoki son "
        "qilib qayta kodlang.")),
    "{name} is not numeric; score it (e.g. low=1, medium=2, high=3) first.": (
        "{name} — не числовая; сначала присвойте баллы (например, low=1, medium=2, high=3).",
        "{name} sonli emas; avval unga ball bering (masalan, low=1, medium=2, high=3)."),
    "A correlation table needs at least two variables.": ("Для таблицы корреляций нужны хотя бы две переменные.",
                                                          "Korrelyatsiya jadvali uchun kamida ikkita oʻzgaruvchi kerak."),
    "DeLong's AUC variance needs at least two cases and two controls.": (
        "Для дисперсии AUC по ДеЛонгу нужны хотя бы два случая и два контроля.",
        "DeLong boʻyicha AUC dispersiyasi uchun kamida ikkita holat va ikkita nazorat kerak."),
    "The imputed data sets gave models with different terms; they cannot be pooled.": (
        "Импутированные наборы данных дали модели с разными членами; объединить их нельзя.",
        "Imputatsiya qilingan maʼlumotlar toʻplamlari turli hadli modellar berdi; ularni birlashtirib boʻlmaydi."),
    "{name} has fewer than 2 observed values; it cannot be imputed.": (
        "У {name} меньше 2 наблюдаемых значений; её нельзя импутировать.",
        "{name} da 2 tadan kam kuzatilgan qiymat bor; uni imputatsiya qilib boʻlmaydi."),
    "The propensity model is (nearly) perfectly separated: some covariate pattern determines the exposure, so weights "
    "would be infinite.": (
        ("Модель склонности (почти) полностью разделена: какое-то сочетание ковариат определяет воздействие, поэтому "
        "веса были бы бесконечными."),
        ("Moyillik modeli (deyarli) toʻliq ajralgan: qaysidir kovariatalar birikmasi taʼsirni belgilaydi, shuning uchun "
        "vaznlar cheksiz boʻlardi.")),
    "The propensity model did not converge in 100 iterations.": ("Модель склонности не сошлась за 100 итераций.",
                                                                 "Moyillik modeli 100 iteratsiyada yaqinlashmadi."),
    "Give at least one covariate for the propensity model.": ("Укажите хотя бы одну ковариату для модели склонности.",
                                                              "Moyillik modeli uchun kamida bitta kovariata koʻrsating."),
    "The outcome formula must contain the exposure {exposure}.": (
        "Формула исхода должна содержать воздействие {exposure}.",
        "Natija formulasida {exposure} taʼsiri boʻlishi kerak."),
    "The exposure {exposure} must be coded 0/1 with both groups present.": (
        "Воздействие {exposure} должно быть закодировано 0/1, и обе группы должны присутствовать.",
        "{exposure} taʼsiri 0/1 deb kodlanishi va ikkala guruh ham boʻlishi kerak."),
    "A logit outcome model needs {name} coded 0/1.": ("Логит-модели исхода нужна {name}, закодированная 0/1.",
                                                      "Logit natija modeli uchun {name} 0/1 deb kodlanishi kerak."),
    "Cronbach's alpha needs at least two items.": ("Для альфы Кронбаха нужны хотя бы два пункта.",
                                                   "Kronbax alfasi uchun kamida ikkita band kerak."),
    "Item column(s) not in the data: {names}.": ("Столбцов пунктов нет в данных: {names}.",
                                                 "Maʼlumotlarda yoʻq band ustunlari: {names}."),
    "Item {name} is not numeric.": ("Пункт {name} не числовой.", "{name} bandi sonli emas."),
    "Some item pairs have fewer than two joint observations.": (
        "У некоторых пар пунктов меньше двух совместных наблюдений.",
        "Baʼzi band juftliklarida ikkitadan kam birgalikdagi kuzatuv bor."),
    "Item(s) {names} are constant; alpha is undefined.": ("Пункты {names} постоянны; альфа не определена.",
                                                          "{names} bandlari oʻzgarmas; alfa aniqlanmagan."),
})

# -- saving and project files not in project_texts (qualcode/ui/texts/storage_texts.py) ---
CATALOG.update({
    "Another coder changed this at the same moment; your change was not saved and nothing of theirs was "
    "overwritten. The view now shows their version: look, then try again.": (
        ("Другой кодировщик изменил это в тот же момент; ваше изменение не сохранено, и ничего из его работы не "
        "перезаписано. Сейчас показана его версия: посмотрите и попробуйте снова."),
        ("Boshqa kodlovchi buni aynan shu paytda oʻzgartirdi; sizning oʻzgarishingiz saqlanmadi va uning ishidan "
        "hech narsa ustiga yozilmadi. Hozir uning versiyasi koʻrsatilmoqda: koʻrib chiqing va qayta urinib koʻring.")),
    "This text is already coded with that code.": ("Этот текст уже закодирован этим кодом.",
                                                   "Bu matn allaqachon shu kod bilan kodlangan."),
    "{path} is read-only: you can browse, search and export it, but not change it. Copy it to a folder you can "
    "write to (or ask its owner for write access) to edit it.": (
        ("{path} доступен только для чтения: его можно просматривать, искать в нём и экспортировать, но не изменять. "
        "Чтобы редактировать, скопируйте его в папку, где у вас есть права на запись (или попросите владельца дать "
        "права на запись)."),
        ("{path} faqat oʻqish uchun: uni koʻrish, unda qidirish va eksport qilish mumkin, lekin oʻzgartirib "
        "boʻlmaydi. Tahrirlash uchun uni yozish mumkin boʻlgan jildga nusxalang (yoki egasidan yozish huquqini "
        "soʻrang).")),
    "{path} is busy: another program kept it locked for too long. Nothing was changed; try again in a moment.": (
        ("{path} занят: другая программа слишком долго держала его заблокированным. Ничего не изменено; попробуйте "
        "ещё раз через минуту."),
        ("{path} band: boshqa dastur uni juda uzoq vaqt qulflab turdi. Hech narsa oʻzgarmadi; birozdan keyin qayta "
        "urinib koʻring.")),
    "The server refused the change: your role on {path} does not allow it (viewers can browse, search and export, "
    "not edit). Nothing was changed.": (
        ("Сервер отклонил изменение: ваша роль в {path} этого не позволяет (наблюдатели могут просматривать, искать и "
        "экспортировать, но не редактировать). Ничего не изменено."),
        ("Server oʻzgarishni rad etdi: {path} dagi rolingiz bunga ruxsat bermaydi (kuzatuvchilar koʻrishi, qidirishi "
        "va eksport qilishi mumkin, tahrirlay olmaydi). Hech narsa oʻzgarmadi.")),
    "{path}: the saved changes could not be folded back into the project file ({detail}); they are kept in {wal}, "
    "which must stay beside it.": (
        ("{path}: сохранённые изменения не удалось перенести обратно в файл проекта ({detail}); они хранятся в {wal}, "
        "который должен оставаться рядом с ним."),
        ("{path}: saqlangan oʻzgarishlarni loyiha fayliga qaytarib boʻlmadi ({detail}); ular {wal} da saqlanadi, u "
        "loyiha fayli yonida turishi kerak.")),
    "{path} is not a QualCode project (it is not a database file), unless it is an encrypted project: then give its "
    "password.": (
        ("{path} — не проект QualCode (это не файл базы данных), если только это не зашифрованный проект: тогда "
        "введите его пароль."),
        ("{path} QualCode loyihasi emas (bu maʼlumotlar bazasi fayli emas), agar u shifrlangan loyiha boʻlmasa: "
        "unda uning parolini kiriting.")),
    "{path}: wrong password (or not a QualCode project); nothing was changed.": (
        "{path}: неверный пароль (или это не проект QualCode); ничего не изменено.",
        "{path}: parol notoʻgʻri (yoki bu QualCode loyihasi emas); hech narsa oʻzgarmadi."),
    "A database server project cannot be encrypted by QualCode: encryption at rest is the server's job.": (
        "Проект на сервере баз данных QualCode не шифрует: шифрование хранимых данных — задача сервера.",
        ("Maʼlumotlar bazasi serveridagi loyihani QualCode shifrlamaydi: saqlanayotgan maʼlumotlarni shifrlash "
        "serverning vazifasi.")),
    "{path} is already encrypted; use `qualcode passwd` to change its password.": (
        "{path} уже зашифрован; чтобы сменить пароль, используйте `qualcode passwd`.",
        "{path} allaqachon shifrlangan; parolini oʻzgartirish uchun `qualcode passwd` dan foydalaning."),
    "The new password for {path} must not be empty; nothing was changed.": (
        "Новый пароль для {path} не может быть пустым; ничего не изменено.",
        "{path} uchun yangi parol boʻsh boʻlmasligi kerak; hech narsa oʻzgarmadi."),
    "table {table} has broken references": ("в таблице {table} есть битые ссылки",
                                            "{table} jadvalida buzilgan havolalar bor"),
    "The disk is full: could not write {path}; the previous {name} is unchanged.": (
        "Диск заполнен: не удалось записать {path}; прежний {name} не изменён.",
        "Disk toʻlgan: {path} yozilmadi; avvalgi {name} oʻzgarmadi."),
    "The disk is full: could not write {path}; no {name} was written.": (
        "Диск заполнен: не удалось записать {path}; {name} не записан.",
        "Disk toʻlgan: {path} yozilmadi; {name} yozilmadi."),
    "Could not write {path}: {reason}.": ("Не удалось записать {path}: {reason}.", "{path} yozilmadi: {reason}."),
    "Coded segments can be written as .csv or .xlsx, not {suffix}.": (
        "Закодированные фрагменты записываются в .csv или .xlsx, а не в {suffix}.",
        "Kodlangan parchalarni .csv yoki .xlsx ga yozish mumkin, {suffix} ga emas."),
    "There is no case {id}.": ("Случая {id} нет.", "{id} holati yoʻq."),
    "There is no code {id}.": ("Кода {id} нет.", "{id} kodi yoʻq."),
    "There is no document {id}.": ("Документа {id} нет.", "{id} hujjati yoʻq."),
    "There is no memo {id}.": ("Заметки {id} нет.", "{id} qaydi yoʻq."),
    "There is no coded segment {id}.": ("Закодированного фрагмента {id} нет.", "{id} kodlangan parchasi yoʻq."),
    "There is no theme {id}.": ("Темы {id} нет.", "{id} mavzusi yoʻq."),
    "There is no saved analysis {id}.": ("Сохранённого анализа {id} нет.", "{id} saqlangan tahlili yoʻq."),
    "There is no joint display {id}.": ("Совместного представления {id} нет.", "{id} birlashgan taqdimoti yoʻq."),
    "There is no joint display row {id}.": ("Строки совместного представления {id} нет.",
                                            "{id} birlashgan taqdimot qatori yoʻq."),
    "There is no map node {id}.": ("Блока карты {id} нет.", "{id} xarita bloki yoʻq."),
    "There is no map link {id}.": ("Связи на карте {id} нет.", "{id} xarita bogʻlanishi yoʻq."),
})
