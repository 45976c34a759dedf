# Reference values for rescaled predictors (units must not matter) and separation.
# Run from the repo root:  Rscript tests/quant/r/rescaled_reference.R
# R 4.2.2: ordinal (clm), lpSolve, jsonlite. detectseparation (where brglm2's
# detect_separation moved in brglm2 0.8) is not packaged in Debian, so its linear program
# (Konis 2007: max sum(s_i x_i'b) s.t. s_i x_i'b >= 0, |b_j| <= 1, columns scaled to
# unit maximum) is solved here with lpSolve, b = b+ - b-.
# Data: tests/quant/data/cohort150.csv with PSSI_k = PSSI / 1000, months_k =
# months_exit / 10000, age_k = age / 1e5, rare = 1 for ids divisible by 10 whose RA is
# not "low" (so the binary split RA > low is quasi-separated by rare: no Brant test),
# SR_sep = PSSI > 3 (a logit outcome separated by PSSI_k).
suppressPackageStartupMessages({library(ordinal); library(lpSolve); library(jsonlite)})
d <- read.csv("tests/quant/data/cohort150.csv", stringsAsFactors = FALSE)
d$PSSI_k <- d$PSSI / 1000; d$months_k <- d$months_exit / 10000; d$age_k <- d$age / 1e5
d$RA_o <- factor(d$RA, levels = c("low", "medium", "high"), ordered = TRUE)
idn <- as.integer(sub("^P", "", d$id))
d$rare <- as.integer(idn %% 10 == 0 & d$RA != "low")
d$SR_sep <- as.integer(d$PSSI > 3)
tab <- function(s) list(names = rownames(s), coef = unname(s[, 1]), se = unname(s[, 2]), p = unname(s[, 4]))
sep <- function(f, data) {
  mf <- model.frame(f, data); X <- model.matrix(f, mf); y <- model.response(mf)
  A <- (2 * y - 1) * X
  A <- sweep(A, 2, pmax(apply(abs(A), 2, max), 1e-12), "/")
  k <- ncol(A)
  r <- lp("max", c(colSums(A), -colSums(A)), cbind(A, -A), rep(">=", nrow(A)), rep(0, nrow(A)))
  # the upper bounds |b_j| <= 1 as constraints b+ <= 1, b- <= 1
  r <- lp("max", c(colSums(A), -colSums(A)), rbind(cbind(A, -A), diag(2 * k)),
          c(rep(">=", nrow(A)), rep("<=", 2 * k)), c(rep(0, nrow(A)), rep(1, 2 * k)))
  r$objval > 1e-7 * nrow(A)
}
out <- list(R_version = R.version.string, lpSolve = as.character(packageVersion("lpSolve")))

c1 <- clm(RA_o ~ LA + PSSI_k + months_k, data = d, control = clm.control(gradTol = 1e-12))
out$ordinal <- tab(coef(summary(c1))); out$ordinal$n <- nobs(c1)

g <- glm(SR ~ LA + PSSI_k + months_k, data = d, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
out$logit <- tab(coef(summary(g))); out$logit$n <- nobs(g)
out$logit$separated <- sep(SR ~ LA + PSSI_k + months_k, d)

ps <- glm(LA ~ age_k + PSSI_k, data = na.omit(d[, c("PWB", "LA", "age_k", "PSSI_k")]), family = binomial,
          control = glm.control(epsilon = 1e-14, maxit = 100))
out$propensity <- list(ps_coef = unname(coef(ps)), ps = unname(fitted(ps)), n = nobs(ps))

c2 <- clm(RA_o ~ LA + PSSI + rare, data = d, control = clm.control(gradTol = 1e-12))
out$brant_unavailable <- tab(coef(summary(c2))); out$brant_unavailable$n <- nobs(c2)
dd <- na.omit(d[, c("RA", "LA", "PSSI", "rare")])
dd$above_low <- as.integer(dd$RA != "low")
out$brant_unavailable$split1_separated <- sep(above_low ~ LA + PSSI + rare, dd)
out$brant_unavailable$po_separated_by_lp <- FALSE  # clm converges: finite estimates

out$separated_logit <- list(separated = sep(SR_sep ~ LA + PSSI_k, d))
write(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/quant/results/rescaled_reference.json")
