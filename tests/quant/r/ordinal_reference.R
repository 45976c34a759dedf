# Reference values for quant.ordinal (proportional-odds logit + Brant test).
# Run from the repo root:  Rscript tests/quant/r/ordinal_reference.R
# R 4.2 (Debian bookworm), MASS (polr), ordinal (clm), jsonlite.
#
# Brant test: the CRAN package 'brant' is not packaged for Debian, so brant_test()
# below re-implements its algorithm (Brant 1990, Biometrics 46:1171-1178;
# brant::brant 0.3-0, Schlegel & Steenbergen) in base R:
#   fit the J-1 binary logits 1{y > j} on the same predictors, stack the slopes,
#   build their joint covariance (diagonal blocks = vcov of each glm; off-diagonal
#   blocks = (X'W_m X)^-1 X'W_ml X (X'W_l X)^-1 with W_ml = diag(pi_l - pi_m pi_l)),
#   and Wald-test beta_1 = beta_m (m = 2..J-1): overall df = (J-2)K, per
#   predictor (per design column) df = J-2.
suppressPackageStartupMessages({library(MASS); library(ordinal); library(VGAM); library(jsonlite)})
# Partial proportional odds (nonpo case): ordinal::clm(y ~ z, nominal = ~ x), whose
# nominal effects sit on the threshold side (logit P(Y <= j) = theta_j + x*g_j - z*b),
# so our cut-specific slope b_j = -g_j; and VGAM::vglm(cumulative(parallel = FALSE ~ x))
# (logit P(Y <= j) = eta_j: our slopes = -VGAM's). VGAM's vcov uses the expected
# information (Fisher scoring), so only its estimates are compared; clm's SEs use the
# observed information, as ours.

brant_test <- function(formula, data, outcome) {
  y <- as.integer(data[[outcome]])
  J <- max(y)
  X <- model.matrix(formula, data)            # with intercept
  K <- ncol(X) - 1
  beta <- matrix(NA, J - 1, K + 1); pis <- matrix(NA, nrow(X), J - 1); vc <- list()
  for (m in 1:(J - 1)) {
    yb <- as.integer(y > m)
    g <- glm.fit(X, yb, family = binomial(), control = glm.control(epsilon = 1e-14, maxit = 100))
    beta[m, ] <- g$coefficients
    pis[, m] <- g$fitted.values
    w <- g$fitted.values * (1 - g$fitted.values)
    vc[[m]] <- solve(crossprod(X * w, X))
  }
  V <- matrix(0, (J - 1) * K, (J - 1) * K)
  for (m in 1:(J - 1)) {
    idx <- ((m - 1) * K + 1):(m * K)
    V[idx, idx] <- vc[[m]][-1, -1]
  }
  if (J > 2) for (m in 1:(J - 2)) for (l in (m + 1):(J - 1)) {
    wml <- pis[, l] - pis[, m] * pis[, l]
    blk <- (vc[[m]] %*% crossprod(X * wml, X) %*% vc[[l]])[-1, -1, drop = FALSE]
    im <- ((m - 1) * K + 1):(m * K); il <- ((l - 1) * K + 1):(l * K)
    V[im, il] <- blk; V[il, im] <- t(blk)
  }
  bstar <- as.vector(t(beta[, -1, drop = FALSE]))  # beta_1 (K), beta_2 (K), ...
  D <- matrix(0, (J - 2) * K, (J - 1) * K)
  for (i in 1:(J - 2)) {
    D[((i - 1) * K + 1):(i * K), 1:K] <- diag(K)
    D[((i - 1) * K + 1):(i * K), (i * K + 1):((i + 1) * K)] <- -diag(K)
  }
  db <- D %*% bstar
  x2 <- as.numeric(t(db) %*% solve(D %*% V %*% t(D)) %*% db)
  df <- (J - 2) * K
  per <- list()
  for (k in 1:K) {
    s <- seq(k, K * (J - 1), by = K)
    Ds <- D[, s, drop = FALSE]
    Ds <- Ds[rowSums(Ds != 0) > 0, , drop = FALSE]
    dbk <- Ds %*% bstar[s]
    xk <- as.numeric(t(dbk) %*% solve(Ds %*% V[s, s] %*% t(Ds)) %*% dbk)
    per[[colnames(X)[k + 1]]] <- list(chi2 = xk, df = J - 2, p = pchisq(xk, J - 2, lower.tail = FALSE))
  }
  list(omnibus = list(chi2 = x2, df = df, p = pchisq(x2, df, lower.tail = FALSE)), terms = per,
       binary_coef = beta)
}

reference_values <- function(formula, data, outcome) {
  # polr: logit P(Y <= j) = zeta_j - eta, the same sign convention as
  # statsmodels OrderedModel (cut_j - x'b) and ordinal::clm (theta_j - x'b).
  p <- polr(formula, data = data, Hess = TRUE, method = "logistic",
            control = list(reltol = 1e-14, maxit = 1000))
  vp <- vcov(p)
  c2 <- clm(formula, data = data, link = "logit",
            control = clm.control(gradTol = 1e-12, maxIter = 500))
  vc <- vcov(c2)
  beta <- coef(c2)[names(coef(p))]
  se <- sqrt(diag(vc))[names(coef(p))]
  z <- beta / se
  null <- clm(update(formula, . ~ 1), data = data, link = "logit")
  list(
    n = nrow(data),
    coef_names = names(coef(p)),
    threshold_names = names(p$zeta),
    clm = list(
      coef = unname(beta), se = unname(se), z = unname(z),
      p = unname(2 * pnorm(-abs(z))),
      ci_low = unname(beta - qnorm(0.975) * se), ci_high = unname(beta + qnorm(0.975) * se),
      or = unname(exp(beta)),
      thresholds = unname(c2$alpha), threshold_se = unname(sqrt(diag(vc))[names(c2$alpha)]),
      loglik = as.numeric(logLik(c2)), aic = AIC(c2), bic = BIC(c2),
      loglik_null = as.numeric(logLik(null))
    ),
    polr = list(
      coef = unname(coef(p)), se = unname(sqrt(diag(vp))[names(coef(p))]),
      zeta = unname(p$zeta), zeta_se = unname(sqrt(diag(vp))[names(p$zeta)]),
      loglik = as.numeric(logLik(p)), aic = AIC(p)
    ),
    brant = brant_test(formula, data, outcome)[c("omnibus", "terms")]
  )
}

cohort <- read.csv("tests/quant/data/q2_cohort150_seed7.csv", stringsAsFactors = FALSE)
cohort$RA <- factor(cohort$RA, levels = c("low", "medium", "high"), ordered = TRUE)
cohort$programme <- factor(cohort$programme, levels = c("community", "shelter"))
f1 <- RA ~ LA + TIC + PSSI + months_exit + programme
d1 <- na.omit(cohort[, all.vars(f1)])

nonpo <- read.csv("tests/quant/data/ordinal_nonpo.csv", stringsAsFactors = FALSE)
nonpo$y <- factor(nonpo$y, levels = c("low", "medium", "high"), ordered = TRUE)
f2 <- y ~ x + z

ppo_clm <- clm(y ~ z, nominal = ~ x, data = nonpo, control = clm.control(gradTol = 1e-12, maxIter = 500))
ppo_vglm <- vglm(y ~ x + z, cumulative(parallel = FALSE ~ x), data = nonpo)
partial <- list(
  clm_coef = as.list(coef(ppo_clm)), clm_se = as.list(sqrt(diag(vcov(ppo_clm)))),
  loglik = as.numeric(logLik(ppo_clm)), aic = AIC(ppo_clm),
  vglm_coef = as.list(coef(ppo_vglm)), vglm_loglik = as.numeric(logLik(ppo_vglm)),
  vgam_version = as.character(packageVersion("VGAM"))
)

out <- list(
  provenance = paste("tests/quant/r/ordinal_reference.R;", R.version.string,
                     "; MASS", as.character(packageVersion("MASS")),
                     "; ordinal", as.character(packageVersion("ordinal"))),
  cohort = c(list(formula = deparse(f1)), reference_values(f1, d1, "RA")),
  nonpo = c(list(formula = deparse(f2)), reference_values(f2, nonpo, "y"), list(partial = partial))
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "tests/quant/results/ordinal_reference.json")
