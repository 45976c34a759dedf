# Reference values for quant.imputation.pool (Rubin's rules, Barnard-Rubin df).
# Run from the repo root:  Rscript tests/quant/r/pooling_reference.R
# R 4.2 (Debian bookworm), mice 3.15.0, jsonlite.
# Input: tests/quant/data/q2_imputed_long_m5.csv = five completed data sets made by
# quant.imputation.impute (seed 11) from tests/quant/data/q2_cohort150_seed7.csv,
# in mice's long format (.imp = 0 is the incomplete original). The imputation is
# random and is NOT compared here; only the pooling of fixed completed sets is.
# glm gets epsilon = 1e-14 so that its SEs are converged to ~1e-12 (the default
# 1e-8 leaves ~3e-7 relative differences that are not the pooling's).
suppressPackageStartupMessages({library(mice); library(jsonlite)})
long <- read.csv("tests/quant/data/q2_imputed_long_m5.csv", check.names = FALSE, stringsAsFactors = FALSE)
long$programme <- factor(long$programme, levels = c("community", "shelter"))
imp <- as.mids(long)

pooled <- function(fit) {
  p <- pool(fit)
  s <- summary(p, conf.int = TRUE)
  list(term = as.character(s$term), estimate = s$estimate, std_error = s$std.error,
       statistic = s$statistic, df = s$df, p_value = s$p.value,
       ci_low = s[["2.5 %"]], ci_high = s[["97.5 %"]],
       ubar = p$pooled$ubar, b = p$pooled$b, t = p$pooled$t, riv = p$pooled$riv,
       lambda = p$pooled$lambda, fmi = p$pooled$fmi, dfcom = p$pooled$dfcom[1])
}
ols <- with(imp, lm(PWB ~ LA + TIC + PSSI + months_exit + programme))
lgt <- with(imp, glm(SR ~ LA + TIC + PSSI + months_exit, family = binomial(),
                       control = glm.control(epsilon = 1e-14, maxit = 100)))
r2 <- pool.r.squared(ols)
adj <- pool.r.squared(ols, adjusted = TRUE)
cc <- lm(PWB ~ LA + TIC + PSSI + months_exit + programme, data = long[long$.imp == 0, ])
out <- list(
  provenance = paste("tests/quant/r/pooling_reference.R;", R.version.string, "; mice",
                     as.character(packageVersion("mice"))),
  ols = c(pooled(ols), list(r2 = unname(r2[1, "est"]), adj_r2 = unname(adj[1, "est"]))),
  logit = pooled(lgt),
  complete_case_ols = list(n = nobs(cc), estimate = unname(coef(cc)), std_error = unname(sqrt(diag(vcov(cc)))))
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/quant/results/pooling_reference.json")
