# Reference values for quant.count (Poisson and NB2 with the boundary LR test).
# Run from the repo root:  Rscript tests/quant/r/count_reference.R
# R 4.2 (Debian bookworm), MASS::glm.nb, jsonlite.
# Two NB fits: glm.nb with its default control (epsilon 1e-8: theta good to ~1e-5)
# and with control = glm.control(epsilon = 1e-13, maxit = 200), which converges
# theta to the joint ML to ~1e-9 so that 6-decimal comparisons are meaningful.
suppressPackageStartupMessages({library(MASS); library(jsonlite)})

count_ref <- function(formula, data, nb_too = TRUE) {
  pois <- glm(formula, data = data, family = poisson(), control = glm.control(epsilon = 1e-13, maxit = 200))
  tab <- function(m) {
    s <- coef(summary(m)); b <- s[, 1]; se <- s[, 2]
    list(names = rownames(s), coef = unname(b), se = unname(se), z = unname(s[, 3]), p = unname(s[, 4]),
         ci_low = unname(b - qnorm(0.975) * se), ci_high = unname(b + qnorm(0.975) * se),
         irr = unname(exp(b)), irr_ci_low = unname(exp(b - qnorm(0.975) * se)),
         irr_ci_high = unname(exp(b + qnorm(0.975) * se)),
         loglik = as.numeric(logLik(m)), aic = AIC(m), bic = BIC(m), deviance = deviance(m),
         pearson_chi2 = sum(residuals(m, type = "pearson")^2), df_resid = df.residual(m))
  }
  if (!nb_too) return(list(n = nrow(data), poisson = tab(pois)))
  nb <- glm.nb(formula, data = data, control = glm.control(epsilon = 1e-13, maxit = 200))
  nb_default <- glm.nb(formula, data = data)
  lr <- as.numeric(2 * (logLik(nb) - logLik(pois)))
  list(
    n = nrow(data),
    poisson = tab(pois),
    negbin = c(tab(nb), list(theta = nb$theta, theta_se = nb$SE.theta, alpha = 1 / nb$theta)),
    negbin_default_control = c(tab(nb_default), list(theta = nb_default$theta, theta_se = nb_default$SE.theta)),
    lr_alpha = lr,
    lr_alpha_p = pchisq(lr, 1, lower.tail = FALSE) / 2
  )
}

cohort <- read.csv("tests/quant/data/q2_cohort150_seed7.csv", stringsAsFactors = FALSE)
cohort$programme <- factor(cohort$programme, levels = c("community", "shelter"))
f1 <- UNC ~ LA + TIC + PSSI + months_exit + programme
d1 <- na.omit(cohort[, all.vars(f1)])

# An equidispersed case: Poisson counts, where the LR test should not reject.
# Only the Poisson fit is a reference here: glm.nb drives theta to infinity
# ("iteration limit reached") and its logLik then loses all precision.
set.seed(20261123)
n <- 200
eq <- data.frame(x = round(rnorm(n), 4))
eq$y <- rpois(n, exp(0.5 + 0.4 * eq$x))
write.csv(eq, "tests/quant/data/count_poisson200.csv", row.names = FALSE)
f2 <- y ~ x

out <- list(
  provenance = paste("tests/quant/r/count_reference.R;", R.version.string,
                     "; MASS", as.character(packageVersion("MASS"))),
  cohort = c(list(formula = deparse(f1)), count_ref(f1, d1)),
  equidispersed = c(list(formula = deparse(f2)), count_ref(f2, eq, nb_too = FALSE))
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/quant/results/count_reference.json")
