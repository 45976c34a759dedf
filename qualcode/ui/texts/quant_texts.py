"""quant's model notes and its usual fitting errors, for the result panels.

``MODEL_NOTES`` are the thirteen common notes of the regression panel (context "ModelNotes"),
``NOTES`` the rest. Statistical symbols and R names (chi2, SMD, PMM, MASS::glm.nb) stay as they are.
"""

from __future__ import annotations

from qualcode.ui.texts.matcher import rules
from qualcode.ui.translate_noop import QT_TRANSLATE_NOOP

MODEL_NOTES = [
    *rules(
        "ModelNotes",
        QT_TRANSLATE_NOOP("ModelNotes", "Listwise deletion: {dropped} of {total} rows dropped (missing: {detail})."),
        QT_TRANSLATE_NOOP("ModelNotes", "Reference level of {name}: {level} (lowest level of the ordered scale)."),
        QT_TRANSLATE_NOOP("ModelNotes", "Reference level of {name}: {level} (most frequent level, n = {n}); "
                          "choose another with reference={{...}}."),
        QT_TRANSLATE_NOOP("ModelNotes", "Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs "
                          "use the t distribution with {df} residual df."),
        QT_TRANSLATE_NOOP("ModelNotes", "Standard errors assume constant variance; t with {df} df."),
        QT_TRANSLATE_NOOP("ModelNotes", "Standardised beta: coefficient after refitting with the outcome and every "
                          "non-0/1 design column ({cols}) z-scored on this model's estimation sample (n = {n}); "
                          "transforms and interactions are standardised as the columns the model uses; 0/1 and "
                          "dummy-coded columns are left as 0/1."),
        QT_TRANSLATE_NOOP("ModelNotes", "Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum "
                          "likelihood."),
        QT_TRANSLATE_NOOP("ModelNotes", "OR per SD: odds ratio for a one-standard-deviation increase (SD on the "
                          "estimation sample)."),
        QT_TRANSLATE_NOOP("ModelNotes", "AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles "
                          "of the fitted probabilities, df = 8."),
        QT_TRANSLATE_NOOP("ModelNotes", "Only {events} cases in the rarer outcome group for {k} coefficients (fewer "
                          "than 10 per coefficient): estimates may be unstable."),
        QT_TRANSLATE_NOOP("ModelNotes", "IRR = exp(b), the multiplicative change in the expected count; Wald z tests "
                          "and 95% CIs."),
        QT_TRANSLATE_NOOP("ModelNotes", "Alpha is estimated at 0 (no over-dispersion): the negative binomial fit "
                          "equals the Poisson fit."),
        QT_TRANSLATE_NOOP("ModelNotes", "Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*)."),
        dropped=r"\d+", total=r"\d+", n=r"\d+", df=r"\d+", events=r"\d+", k=r"\d+", cov=r"\S+", level=".+",
        detail=".*", cols=".*",
    ),
]

NOTES = rules(
    "QuantTexts",
    # descriptives, correlations, reliability
    QT_TRANSLATE_NOOP("QuantTexts", "{name} ({kind}) is not summarised."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} has no non-missing values."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} has a different value in every row (an identifier?); not summarised."),
    QT_TRANSLATE_NOOP("QuantTexts", "Numeric: mean with t-based 95% CI, SD, quartiles (R type 7). Categories: n and "
                                    "% of non-missing."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} is ordinal; its levels are scored 1..{k} in order."),
    QT_TRANSLATE_NOOP("QuantTexts", "{a}, {b}: not computable (fewer than 3 pairs or a constant variable)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Pearson r; missing data handled pairwise (n per pair shown)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Spearman rho; missing data handled pairwise (n per pair shown)."),
    QT_TRANSLATE_NOOP("QuantTexts", "{level}% CIs by Fisher's z transformation, SE = 1/sqrt(n - 3)."),
    QT_TRANSLATE_NOOP("QuantTexts", "p_bh: Benjamini-Hochberg adjusted across the {n} pairs of this table."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} correlates negatively with the other items: should it be reverse-coded?"),
    QT_TRANSLATE_NOOP("QuantTexts", "Estimate per item: corrected item-total correlation (item vs. the sum of the "
                                    "other items)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Covariances from pairwise-complete observations."),
    QT_TRANSLATE_NOOP("QuantTexts", "Covariances from complete observations."),
    QT_TRANSLATE_NOOP("QuantTexts", "Cronbach's alpha = {alpha}, which reaches the target of {target}."),
    QT_TRANSLATE_NOOP("QuantTexts", "Cronbach's alpha = {alpha}, which falls short of the target of {target}."),
    # regression models
    QT_TRANSLATE_NOOP("QuantTexts", "Outcome {outcome} coded 1 = {one}, 0 = {zero} (as R's glm codes a factor: its "
                                    "first level is the reference)."),
    QT_TRANSLATE_NOOP("QuantTexts", "All models fitted on the same {n} complete cases of the largest model; the "
                                    "F-change test is the classical (non-robust) nested-model F test."),
    QT_TRANSLATE_NOOP("QuantTexts", "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) "
                                    "tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) "
                                    "tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Negative binomial "
                                    "chosen because alpha > 0 (p < .05)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) "
                                    "tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson kept because "
                                    "the data show no significant over-dispersion (p >= .05)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) "
                                    "tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson was requested "
                                    "although the counts are over-dispersed: its SEs are too small."),
    QT_TRANSLATE_NOOP("QuantTexts", "No observations in category {levels}; dropped."),
    QT_TRANSLATE_NOOP("QuantTexts", "No observations in categories {levels}; dropped."),
    QT_TRANSLATE_NOOP("QuantTexts", "Proportional-odds logit: logit P(Y <= j) = theta_j - x'b; odds ratios > 1 mean "
                                    "higher {outcome} categories are more likely. Wald z tests and 95% CIs."),
    QT_TRANSLATE_NOOP("QuantTexts", "Brant test: the proportional-odds assumption holds (chi2({df}) = {chi2}, {p})."),
    QT_TRANSLATE_NOOP("QuantTexts", "The proportional-odds assumption fails for {which}; omnibus chi2({df}) = "
                                    "{chi2}, {p}. The odds ratios average effects that differ between cut-points; "
                                    "read them with caution."),
    QT_TRANSLATE_NOOP("QuantTexts", "the model as a whole"),
    QT_TRANSLATE_NOOP("QuantTexts", "A partial proportional-odds model with cut-specific odds ratios for {terms} is "
                                    "reported beside it (result.partial; LR test vs proportional odds {p})."),
    QT_TRANSLATE_NOOP("QuantTexts", "A partial proportional-odds model could not be fitted soundly (its cumulative "
                                    "probabilities would cross) or no single predictor fails; the separate binary "
                                    "logits behind the Brant test, or a multinomial model, are alternatives."),
    QT_TRANSLATE_NOOP("QuantTexts", "Brant test not available: one of the binary splits behind it (Y > j against "
                                    "Y <= j) is perfectly separated by the predictors, so its slopes are infinite. "
                                    "The proportional-odds model itself has finite estimates and is reported; check "
                                    "the assumption by inspecting the categories of the separating predictor."),
    QT_TRANSLATE_NOOP("QuantTexts", "Partial proportional-odds logit: {terms} get one coefficient per cut-point (odds "
                                    "ratio of being above that cut); the other predictors keep one common odds "
                                    "ratio."),
    QT_TRANSLATE_NOOP("QuantTexts", "LR test against the proportional-odds model in fit (lr_chi2, lr_df, lr_p)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Multiple imputation (m = {m}), pooled with Rubin's rules; t tests and CIs use "
                                    "the Barnard-Rubin degrees of freedom (as mice::pool). fmi = fraction of missing "
                                    "information."),
    QT_TRANSLATE_NOOP("QuantTexts", "Imputed by chained equations (PMM with {donors} donors for continuous/count/"
                                    "ordinal, logistic regression for binary; {iterations} iterations; seed {seed}) "
                                    "using {variables}. Missing: {missing}."),
    QT_TRANSLATE_NOOP("QuantTexts", "none"),
    QT_TRANSLATE_NOOP("QuantTexts", "Propensity of {exposure} from a logit on {covariates}; stabilised ATE weights "
                                    "P(A=1)/e and P(A=0)/(1-e)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Propensity of {exposure} from a logit on {covariates}; ATT weights 1 (exposed) "
                                    "and e/(1-e) (unexposed)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Weighted outcome model: lm(weights = w) with sandwich::vcovHC(type = 'HC0'), t "
                                    "tests on the residual df (weights treated as known)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Weighted outcome model: glm(binomial, weights = w) with sandwich (HC0) SEs, z "
                                    "tests (weights treated as known)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Balance: standardised mean differences divided by the unweighted pooled SD of "
                                    "the two groups (cobalt/tableone); largest |SMD| {before} before, {after} after "
                                    "weighting (target < 0.1)."),
    QT_TRANSLATE_NOOP("QuantTexts", "Some covariates remain imbalanced after weighting (|SMD| >= 0.1): add them to "
                                    "the outcome model."),
    QT_TRANSLATE_NOOP("QuantTexts", "Extreme weights (max {max}): estimates may be unstable; check overlap of "
                                    "propensity scores."),
    n=r"\d+", k=r"\d+", m=r"\d+",
)

#: the errors a researcher meets when a model cannot be fitted ("The model could not be fitted: …")
ERRORS = rules(
    "QuantTexts",
    QT_TRANSLATE_NOOP("QuantTexts", "{name} is not a column of the data."),
    QT_TRANSLATE_NOOP("QuantTexts", "The formula uses {name}, which is not a column of the data."),
    QT_TRANSLATE_NOOP("QuantTexts", "Column {name} has no non-missing values."),
    QT_TRANSLATE_NOOP("QuantTexts", "No row has all of {variables} observed."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} holds numbers but also text ({values}); recode those values as missing "
                                    "or numbers, or declare the column categorical."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} has only one level ({level}) in the estimation sample, so it cannot be a "
                                    "predictor."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} is a {kind} variable and cannot be a model predictor."),
    QT_TRANSLATE_NOOP("QuantTexts", "Only {n} complete cases for {k} coefficients; the model cannot be fitted."),
    QT_TRANSLATE_NOOP("QuantTexts", "Predictor column {name} is constant in the estimation sample (all values "
                                    "{value}); drop it from the model."),
    QT_TRANSLATE_NOOP("QuantTexts", "Predictor column {names} is a linear combination of the other predictors, "
                                    "exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as "
                                    "aliased, with NA coefficients); drop it or the predictor it duplicates."),
    QT_TRANSLATE_NOOP("QuantTexts", "Predictor column {names} are linear combinations of the other predictors, "
                                    "exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as "
                                    "aliased, with NA coefficients); drop it or the predictor it duplicates."),
    QT_TRANSLATE_NOOP("QuantTexts", "The {kind} model cannot be estimated on these data (singular matrix): too few "
                                    "cases for the number of terms, predictors that duplicate each other, or an "
                                    "outcome split that one predictor separates perfectly."),
    QT_TRANSLATE_NOOP("QuantTexts", "The outcome {name} must be coded 0/1; it has values {values}."),
    QT_TRANSLATE_NOOP("QuantTexts", "The outcome {name} takes only one value in the estimation sample."),
    QT_TRANSLATE_NOOP("QuantTexts", "The outcome {name} has {n} distinct values ({values}); a logit needs two. Code "
                                    "it 0/1."),
    QT_TRANSLATE_NOOP("QuantTexts", "Separation: every case with {column} = {value} has {outcome} = {y}, so the odds "
                                    "ratio of {column} is infinite. Drop or merge {column}, or use a penalised "
                                    "(Firth) model."),
    QT_TRANSLATE_NOOP("QuantTexts", "Separation: a combination of the predictors classifies the outcome perfectly "
                                    "(or perfectly on one side), so maximum-likelihood odds ratios are infinite. "
                                    "Simplify the model, merge sparse categories, or use a penalised (Firth) model."),
    QT_TRANSLATE_NOOP("QuantTexts", "The logistic model did not converge in {n} iterations; this usually means "
                                    "(quasi-)separation or too many predictors for the number of events."),
    QT_TRANSLATE_NOOP("QuantTexts", "{outcome} has {n} observed categories; an ordinal model needs at least 3 (use "
                                    "a binary logit for 2)."),
    QT_TRANSLATE_NOOP("QuantTexts", "The proportional-odds model did not converge (a category may be nearly "
                                    "empty)."),
    QT_TRANSLATE_NOOP("QuantTexts", "{outcome} must be a non-negative whole-number count."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} is nominal with {n} levels and has missing values; multiple imputation "
                                    "here handles continuous, count, ordinal and binary variables only."),
    QT_TRANSLATE_NOOP("QuantTexts", "{sentence} Affected: {names}."),
    QT_TRANSLATE_NOOP("QuantTexts", "Separation: a combination of the predictors orders the outcome categories "
                                    "perfectly (or perfectly at one cut-point), so the proportional-odds estimates are "
                                    "infinite. Simplify the model or merge sparse categories."),
    QT_TRANSLATE_NOOP("QuantTexts", "A binary split of the ordinal outcome is perfectly separated; the Brant test is "
                                    "not available."),
    QT_TRANSLATE_NOOP("QuantTexts", "The order of the outcome categories {categories} is unknown; pass levels=[lowest, "
                                    "..., highest] or an ordered pandas Categorical."),
    QT_TRANSLATE_NOOP("QuantTexts", "Outcome value {value} is not among the given levels {levels}."),
    QT_TRANSLATE_NOOP("QuantTexts", "The count outcome {outcome} is 0 for every case in the estimation sample, so "
                                    "there is no variation to model (R's glm reports fitted rates of 0 and an intercept "
                                    "running to -Inf)."),
    QT_TRANSLATE_NOOP("QuantTexts", "The logistic model could not be fitted: {reason}"),
    QT_TRANSLATE_NOOP("QuantTexts", "An observation has leverage 1 (a category with a single case), so {cov} standard "
                                    "errors are undefined; merge rare categories."),
    QT_TRANSLATE_NOOP("QuantTexts", "{small} is not nested in {large}: every term must be kept."),
    QT_TRANSLATE_NOOP("QuantTexts", "Give the variables to analyse (variables=[...] or a formula such as 'PWB + "
                                    "PSSI')."),
    QT_TRANSLATE_NOOP("QuantTexts", "A {kind} model needs a formula such as 'y ~ x1 + x2'."),
    QT_TRANSLATE_NOOP("QuantTexts", "A model formula needs exactly one '~': {formula}"),
    QT_TRANSLATE_NOOP("QuantTexts", "The formula {formula} has no outcome variable from the data."),
    QT_TRANSLATE_NOOP("QuantTexts", "The outcome of {formula} must be one numeric column."),
    QT_TRANSLATE_NOOP("QuantTexts", "Cannot build the model from {formula}: {reason}"),
    QT_TRANSLATE_NOOP("QuantTexts", "Reference level {reference} of {name} does not occur in the estimation sample; "
                                    "levels are {levels}."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} is declared {kind} but has non-numeric values."),
    QT_TRANSLATE_NOOP("QuantTexts", "Column(s) not in the data: {names}."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} holds numbers but also text ({values}); recode those values as missing "
                                    "or numbers first."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} is not numeric; score it (e.g. low=1, medium=2, high=3) first."),
    QT_TRANSLATE_NOOP("QuantTexts", "A correlation table needs at least two variables."),
    QT_TRANSLATE_NOOP("QuantTexts", "DeLong's AUC variance needs at least two cases and two controls."),
    QT_TRANSLATE_NOOP("QuantTexts", "The imputed data sets gave models with different terms; they cannot be pooled."),
    QT_TRANSLATE_NOOP("QuantTexts", "{name} has fewer than 2 observed values; it cannot be imputed."),
    QT_TRANSLATE_NOOP("QuantTexts", "The propensity model is (nearly) perfectly separated: some covariate pattern "
                                    "determines the exposure, so weights would be infinite."),
    QT_TRANSLATE_NOOP("QuantTexts", "The propensity model did not converge in 100 iterations."),
    QT_TRANSLATE_NOOP("QuantTexts", "Give at least one covariate for the propensity model."),
    QT_TRANSLATE_NOOP("QuantTexts", "The outcome formula must contain the exposure {exposure}."),
    QT_TRANSLATE_NOOP("QuantTexts", "The exposure {exposure} must be coded 0/1 with both groups present."),
    QT_TRANSLATE_NOOP("QuantTexts", "A logit outcome model needs {name} coded 0/1."),
    QT_TRANSLATE_NOOP("QuantTexts", "Cronbach's alpha needs at least two items."),
    QT_TRANSLATE_NOOP("QuantTexts", "Item column(s) not in the data: {names}."),
    QT_TRANSLATE_NOOP("QuantTexts", "Item {name} is not numeric."),
    QT_TRANSLATE_NOOP("QuantTexts", "Some item pairs have fewer than two joint observations."),
    QT_TRANSLATE_NOOP("QuantTexts", "Item(s) {names} are constant; alpha is undefined."),
    n=r"\d+", k=r"\d+",
)
