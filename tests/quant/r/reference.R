# Reference values for tests/quant (engineer Q1).  Run from the repo root:
#   Rscript tests/quant/r/reference.R
# Reads tests/quant/data/cohort150.csv, writes tests/quant/results/q1_reference.json.
# R packages: Debian r-cran-sandwich, -lmtest, -car, -proc, -psych, -jsonlite.
# ResourceSelection is not packaged in Debian, so hoslem.test is re-implemented
# below in base R exactly as ResourceSelection::hoslem.test (v0.3-5) does it.
suppressPackageStartupMessages({
  library(sandwich); library(lmtest); library(car); library(pROC); library(psych); library(jsonlite)
})
d <- read.csv("tests/quant/data/cohort150.csv", stringsAsFactors = FALSE)
d$RA_num <- match(d$RA, c("low", "medium", "high"))
d$origin <- relevel(factor(d$origin), ref = "Indonesia")
d$education <- relevel(factor(d$education), ref = "primary")
d$programme <- relevel(factor(d$programme), ref = "community")
out <- list(R_version = R.version.string,
            packages = as.list(sapply(c("sandwich", "lmtest", "car", "pROC", "psych"), function(p) as.character(packageVersion(p)))))
named <- function(x) as.list(x)

# ---------------------------------------------------------------- correlations
vars <- c("PWB", "PSSI", "RA_num", "months_exit")
corr <- function(method) {
  rows <- list()
  for (i in 1:(length(vars) - 1)) for (j in (i + 1):length(vars)) {
    a <- vars[i]; b <- vars[j]
    ok <- complete.cases(d[, c(a, b)])
    if (method == "pearson") {
      ct <- cor.test(d[ok, a], d[ok, b], method = "pearson")
      lo <- ct$conf.int[1]; hi <- ct$conf.int[2]
    } else {
      ct <- cor.test(d[ok, a], d[ok, b], method = "spearman", exact = FALSE)
      # cor.test gives no interval for rho: Fisher z with SE 1/sqrt(n-3), as for r
      z <- atanh(ct$estimate); se <- 1 / sqrt(sum(ok) - 3)
      lo <- tanh(z - qnorm(0.975) * se); hi <- tanh(z + qnorm(0.975) * se)
    }
    rows[[length(rows) + 1]] <- list(x = a, y = b, n = sum(ok), r = unname(ct$estimate),
                                     p = ct$p.value, ci_low = lo, ci_high = hi)
  }
  p_adj <- p.adjust(sapply(rows, function(r) r$p), "BH")
  for (k in seq_along(rows)) rows[[k]]$p_bh <- p_adj[k]
  rows
}
out$corr_pearson <- corr("pearson")
out$corr_spearman <- corr("spearman")

# ---------------------------------------------------------------- alpha
items <- d[, c("pssi1", "pssi2", "pssi3")]
alpha_ref <- function(a) list(raw_alpha = a$total$raw_alpha, std_alpha = a$total$std.alpha,
                              r_drop = named(setNames(a$item.stats$r.drop, rownames(a$item.stats))),
                              alpha_if_deleted = named(setNames(a$alpha.drop$raw_alpha, rownames(a$alpha.drop))),
                              n_obs = nrow(na.omit(items)))
out$alpha_pairwise <- alpha_ref(psych::alpha(items))          # psych default: use = "pairwise"
out$alpha_listwise <- alpha_ref(psych::alpha(na.omit(items)))

# ---------------------------------------------------------------- OLS
f1 <- PWB ~ LA + TIC + PSSI + age + programme
f2 <- PWB ~ LA + TIC + PSSI + age + programme + origin + education + months_exit
ols_ref <- function(f, data) {
  m <- lm(f, data = data)
  V <- vcovHC(m, type = "HC3")
  ct <- coeftest(m, vcov. = V, df = df.residual(m))
  ci <- coefci(m, vcov. = V, df = df.residual(m))
  mf <- model.frame(m)
  zs <- mf
  for (v in c("PWB", "PSSI", "age", "months_exit")) if (v %in% names(zs)) zs[[v]] <- as.numeric(scale(zs[[v]]))
  ms <- lm(f, data = zs)
  s <- summary(m)
  cd <- cooks.distance(m)
  n <- nobs(m)
  flagged <- names(cd)[cd > 4 / n]
  bp <- bptest(m)
  X <- model.matrix(m)[, -1]
  qq <- qqnorm(rstandard(m), plot.it = FALSE)
  list(terms = rownames(ct), estimate = unname(ct[, 1]), std_error = unname(ct[, 2]),
       statistic = unname(ct[, 3]), p_value = unname(ct[, 4]),
       ci_low = unname(ci[, 1]), ci_high = unname(ci[, 2]),
       beta_std = unname(coef(ms)),
       nobs = n, r2 = s$r.squared, adj_r2 = s$adj.r.squared, aic = AIC(m), bic = BIC(m),
       sigma = s$sigma,
       vif_column = named(diag(solve(cor(X)))),
       car_vif = if (is.matrix(vif(m))) list(term = rownames(vif(m)), gvif = unname(vif(m)[, 1]),
                                              df = unname(vif(m)[, 2]), gvif_adj = unname(vif(m)[, 3]))
                 else list(term = names(vif(m)), gvif = unname(vif(m))),
       cooks = unname(cd), cooks_ids = data$id[as.integer(names(cd))],
       flagged_ids = data$id[as.integer(flagged)],
       bp_stat = unname(bp$statistic), bp_df = unname(bp$parameter), bp_p = bp$p.value,
       residuals = unname(resid(m)), fitted = unname(fitted(m)),
       std_residuals = unname(rstandard(m)), theoretical = unname(qq$x))
}
out$ols1 <- ols_ref(f1, d)
out$ols2 <- ols_ref(f2, d)
# nested comparison on model 2's complete-case sample
cc <- d[complete.cases(d[, all.vars(f2)]), ]
m1 <- lm(f1, data = cc); m2 <- lm(f2, data = cc)
an <- anova(m1, m2)
out$nested <- list(n = nrow(cc), r2_1 = summary(m1)$r.squared, r2_2 = summary(m2)$r.squared,
                   delta_r2 = summary(m2)$r.squared - summary(m1)$r.squared,
                   f = an$F[2], df_num = an$Df[2], df_den = an$Res.Df[2], p = an$`Pr(>F)`[2])

# ---------------------------------------------------------------- logit
hoslem <- function(x, y, g = 10) {       # = ResourceSelection::hoslem.test(x, y, g)
  yhat <- y; y <- x
  qq <- unique(quantile(yhat, probs = seq(0, 1, 1 / g)))
  cutyhat <- cut(yhat, breaks = qq, include.lowest = TRUE)
  observed <- xtabs(cbind(y0 = 1 - y, y1 = y) ~ cutyhat)
  expected <- xtabs(cbind(yhat0 = 1 - yhat, yhat1 = yhat) ~ cutyhat)
  chisq <- sum((observed - expected)^2 / expected)
  list(stat = chisq, df = g - 2, p = 1 - pchisq(chisq, g - 2))
}
fl <- SR ~ LA + TIC + PSSI + RA_num + age + programme
g <- glm(fl, data = d, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
s <- summary(g)$coefficients
ci <- confint.default(g)
mf <- model.frame(g)
p <- fitted(g); y <- mf$SR
sds <- sapply(c("PSSI", "RA_num", "age"), function(v) sd(mf[[v]]))
r <- roc(y, p, levels = c(0, 1), direction = "<", quiet = TRUE)
ca <- ci.auc(r, method = "delong")
hl <- hoslem(y, p)
pred <- as.integer(p >= 0.5)
co <- coords(r, "all", ret = c("threshold", "specificity", "sensitivity"), transpose = FALSE)
out$logit <- list(terms = rownames(s), estimate = unname(s[, 1]), std_error = unname(s[, 2]),
                  statistic = unname(s[, 3]), p_value = unname(s[, 4]),
                  ci_low = unname(ci[, 1]), ci_high = unname(ci[, 2]),
                  odds_ratio = unname(exp(coef(g))), or_ci_low = unname(exp(ci[, 1])), or_ci_high = unname(exp(ci[, 2])),
                  or_per_sd = named(exp(coef(g)[names(sds)] * sds)),
                  or_per_sd_low = named(exp(ci[names(sds), 1] * sds)),
                  or_per_sd_high = named(exp(ci[names(sds), 2] * sds)),
                  nobs = nobs(g), aic = AIC(g), deviance = deviance(g), null_deviance = g$null.deviance,
                  auc = as.numeric(ca[2]), auc_ci_low = as.numeric(ca[1]), auc_ci_high = as.numeric(ca[3]),
                  auc_var = var(r, method = "delong"),
                  brier = mean((p - y)^2), hl_stat = hl$stat, hl_df = hl$df, hl_p = hl$p,
                  tn = sum(pred == 0 & y == 0), fp = sum(pred == 1 & y == 0),
                  fn = sum(pred == 0 & y == 1), tp = sum(pred == 1 & y == 1),
                  roc_fpr = 1 - co$specificity, roc_tpr = co$sensitivity,
                  fitted = unname(p))

# ---------------------------------------------------------------- descriptives
desc <- list()
for (v in c("PWB", "PSSI", "age", "months_exit", "UNC")) {
  x <- d[[v]]; xx <- x[!is.na(x)]; tt <- t.test(xx)
  desc[[v]] <- list(n = length(xx), missing = sum(is.na(x)), mean = mean(xx), sd = sd(xx),
                    median = median(xx), q1 = unname(quantile(xx, 0.25)), q3 = unname(quantile(xx, 0.75)),
                    min = min(xx), max = max(xx), se = sd(xx) / sqrt(length(xx)),
                    ci_low = tt$conf.int[1], ci_high = tt$conf.int[2])
}
out$descriptives <- desc
out$origin_counts <- named(table(d$origin))

writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/quant/results/q1_reference.json")
cat("ok\n")
