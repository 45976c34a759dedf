# R's answers for the edge-case table of tests/quant/test_edge_table.py.
# Run from the repo root:  Rscript tests/quant/r/edge_reference.R
# R 4.2.2: ordinal (clm), jsonlite. Data: tests/quant/data/cohort150.csv.
suppressPackageStartupMessages({library(ordinal); library(jsonlite)})
d <- read.csv("tests/quant/data/cohort150.csv", stringsAsFactors = FALSE)
tab <- function(s) list(names = rownames(s), coef = unname(s[, 1]), se = unname(s[, 2]), p = unname(s[, 4]))
out <- list(R_version = R.version.string)

# a text outcome "no"/"yes": glm codes the factor's first level (no) as 0
d$SR_str <- ifelse(d$SR == 1, "yes", "no")
g <- glm(factor(SR_str) ~ LA + PSSI, data = d, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
out$string_logit <- tab(coef(summary(g))); out$string_logit$n <- nobs(g)

# an ordinal outcome with an empty top category: clm drops the unused level
d$RA4 <- factor(d$RA, levels = c("low", "medium", "high", "very high"), ordered = TRUE)
c4 <- clm(RA4 ~ LA + PSSI, data = droplevels(d), control = clm.control(gradTol = 1e-12))
out$empty_category <- tab(coef(summary(c4))); out$empty_category$n <- nobs(c4)
out$empty_category$clm_without_droplevels <- tryCatch({clm(RA4 ~ LA + PSSI, data = d); "fitted"},
                                                      error = function(e) conditionMessage(e))

# all-zero counts: glm runs the intercept off towards -Inf
d$zero <- 0
z <- suppressWarnings(glm(zero ~ LA + PSSI, data = d, family = poisson))
out$all_zero <- list(intercept = unname(coef(z)[1]), max_fitted = max(fitted(z)))

# n < p: lm reports the surplus coefficients as NA
s <- head(d, 4)
out$n_lt_p <- list(na_coef = names(which(is.na(coef(lm(PWB ~ LA + PSSI + age + TIC + months_exit, data = s))))))
write(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/quant/results/edge_reference.json")
