# Reference values for quant.propensity (IPW with sandwich SEs and SMD balance).
# Run from the repo root:  Rscript tests/quant/r/propensity_reference.R
# R 4.2 (Debian bookworm), sandwich, lmtest, jsonlite. No survey design: the
# weighted models are lm(weights = w) / glm(binomial, weights = w) with
# sandwich::vcovHC(type = "HC0"); balance is computed here in base R with the
# cobalt/tableone definition (cobalt and tableone are not in Debian):
# SMD = (mean1 - mean0) / sqrt((s1^2 + s0^2) / 2), unweighted SDs in both the
# before and after columns, 0/1 columns with s^2 = p(1 - p).
suppressPackageStartupMessages({library(sandwich); library(lmtest); library(jsonlite)})

cohort <- read.csv("tests/quant/data/q2_cohort150_seed7.csv", stringsAsFactors = FALSE)
cohort$programme <- factor(cohort$programme, levels = c("community", "shelter"))
cohort$origin <- factor(cohort$origin, levels = c("Indonesia", "Vietnam", "Philippines", "other"))

smd <- function(X, a, w) {
  out <- list()
  for (j in colnames(X)) {
    v <- X[, j]; v1 <- v[a == 1]; v0 <- v[a == 0]
    if (all(v %in% c(0, 1))) { s2 <- c(mean(v1) * (1 - mean(v1)), mean(v0) * (1 - mean(v0))) }
    else { s2 <- c(var(v1), var(v0)) }
    sd <- sqrt(mean(s2))
    wm1 <- weighted.mean(v1, w[a == 1]); wm0 <- weighted.mean(v0, w[a == 0])
    out[[j]] <- list(smd_before = (mean(v1) - mean(v0)) / sd, smd_after = (wm1 - wm0) / sd,
                     wmean_exposed = wm1, wmean_unexposed = wm0)
  }
  out
}

ipw_ref <- function(outcome_formula, ps_formula, family, estimand) {
  vars <- unique(c(all.vars(outcome_formula), all.vars(ps_formula)))
  d <- na.omit(cohort[, vars])
  ps_fit <- glm(ps_formula, data = d, family = binomial(), control = glm.control(epsilon = 1e-14, maxit = 100))
  e <- fitted(ps_fit); a <- d$LA; p1 <- mean(a)
  w <- if (estimand == "ATE") ifelse(a == 1, p1 / e, (1 - p1) / (1 - e)) else ifelse(a == 1, 1, e / (1 - e))
  d$w <- w
  if (family == "gaussian") {
    m <- lm(outcome_formula, data = d, weights = w)
    ct <- coeftest(m, vcov. = vcovHC(m, type = "HC0"))
    crit <- qt(0.975, df.residual(m))
  } else {
    # non-integer successes warning is expected with weights
    m <- suppressWarnings(glm(outcome_formula, data = d, weights = w, family = binomial(),
                              control = glm.control(epsilon = 1e-14, maxit = 100)))
    ct <- coeftest(m, vcov. = sandwich(m))
    crit <- qnorm(0.975)
  }
  X <- model.matrix(ps_fit)[, -1, drop = FALSE]
  list(n = nrow(d), term = rownames(ct), estimate = unname(ct[, 1]), std_error = unname(ct[, 2]),
       statistic = unname(ct[, 3]), p_value = unname(ct[, 4]),
       ci_low = unname(ct[, 1] - crit * ct[, 2]), ci_high = unname(ct[, 1] + crit * ct[, 2]),
       ps_coef = unname(coef(ps_fit)), ps_range = range(e), weight_range = range(w),
       ess_exposed = sum(w[a == 1])^2 / sum(w[a == 1]^2), ess_unexposed = sum(w[a == 0])^2 / sum(w[a == 0]^2),
       balance = smd(X, a, w))
}

ps_f <- LA ~ age + programme + origin + months_exit
out <- list(
  provenance = paste("tests/quant/r/propensity_reference.R;", R.version.string,
                     "; sandwich", as.character(packageVersion("sandwich")),
                     "; lmtest", as.character(packageVersion("lmtest"))),
  ate_ols = ipw_ref(PWB ~ LA, ps_f, "gaussian", "ATE"),
  ate_ols_adjusted = ipw_ref(PWB ~ LA + PSSI + programme, ps_f, "gaussian", "ATE"),
  att_logit = ipw_ref(SR ~ LA, ps_f, "binomial", "ATT")
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/quant/results/propensity_reference.json")
