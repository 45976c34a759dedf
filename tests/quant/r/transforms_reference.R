# Reference values for formula transforms and numeric factors in every model family.
# Run from the repo root:  Rscript tests/quant/r/transforms_reference.R
# R 4.2.2 (Debian bookworm): sandwich, lmtest, ordinal (clm), jsonlite.
# Data: tests/quant/data/cohort150.csv with edu_num = match(education, none..tertiary)
# (1..4, numeric) used as factor(edu_num), as a researcher's numeric-coded factor.
# Standardised betas (OLS): coef * sd(design column) / sd(y) for every non-0/1 design
# column of model.matrix (transforms and interaction products included), coef / sd(y)
# for 0/1 columns -- lm.beta's definition, identical to refitting lm on those
# z-scored design columns.
suppressPackageStartupMessages({library(sandwich); library(lmtest); library(ordinal); library(jsonlite)})
d <- read.csv("tests/quant/data/cohort150.csv", stringsAsFactors = FALSE)
d$edu_num <- match(d$education, c("none", "primary", "secondary", "tertiary"))
d$RA_o <- factor(d$RA, levels = c("low", "medium", "high"), ordered = TRUE)
rhs <- "LA * PSSI + log(months_exit + 1) + sqrt(age) + I(age^2) + factor(edu_num)"

tab <- function(b, se, p) list(names = names(b), coef = unname(b), se = unname(se), p = unname(p))
out <- list(R_version = R.version.string, rhs = rhs)

# OLS with HC3, t on residual df, and lm.beta-style standardised betas
m <- lm(as.formula(paste("PWB ~", rhs)), data = d)
ct <- coeftest(m, vcov. = vcovHC(m, type = "HC3"), df = df.residual(m))
X <- model.matrix(m); y <- model.response(model.frame(m))
sdx <- apply(X, 2, function(v) if (all(v %in% c(0, 1))) 1 else sd(v))
beta <- coef(m) * sdx / sd(y)
o <- tab(coef(m), ct[, 2], ct[, 4]); o$beta_std <- unname(beta); o$n <- nrow(X)
fs <- summary(m)$fstatistic  # the classical overall F of summary(lm)
o$f_stat <- unname(fs[1]); o$f_df1 <- unname(fs[2]); o$f_df2 <- unname(fs[3])
o$f_p <- unname(pf(fs[1], fs[2], fs[3], lower.tail = FALSE))
out$ols <- o

# logit
g <- glm(as.formula(paste("SR ~", rhs)), data = d, family = binomial,
         control = glm.control(epsilon = 1e-14, maxit = 100))
s <- coef(summary(g)); out$logit <- tab(s[, 1], s[, 2], s[, 4]); out$logit$n <- nobs(g)

# Poisson count
g <- glm(as.formula(paste("UNC ~", rhs)), data = d, family = poisson,
         control = glm.control(epsilon = 1e-14, maxit = 100))
s <- coef(summary(g)); out$count <- tab(s[, 1], s[, 2], s[, 4]); out$count$n <- nobs(g)
Xc <- model.matrix(g)
# per-SD IRR of the continuous predictor PSSI (SD on the estimation sample)
sd_c <- sd(Xc[, "PSSI"]); b <- coef(g)["PSSI"]; se <- sqrt(vcov(g)["PSSI", "PSSI"])
out$count$per_sd_PSSI <- unname(exp(c(b, b - qnorm(0.975) * se, b + qnorm(0.975) * se) * sd_c))

# proportional-odds (clm, logit link)
c1 <- clm(as.formula(paste("RA_o ~", rhs)), data = d, control = clm.control(gradTol = 1e-12))
s <- coef(summary(c1)); out$ordinal <- tab(s[, 1], s[, 2], s[, 4]); out$ordinal$n <- nobs(c1)
sd_o <- sd(model.frame(c1)$PSSI); b <- coef(c1)["PSSI"]; se <- s["PSSI", 2]
out$ordinal$per_sd_PSSI <- unname(exp(c(b, b - qnorm(0.975) * se, b + qnorm(0.975) * se) * sd_o))
# qualcode stats --reference edu_num=2 --reference programme=shelter --robust none:
# the numeric edu_num as a factor with reference 2, classical SEs (summary.lm)
d$edu_f <- relevel(factor(d$edu_num), ref = "2"); d$prog_f <- relevel(factor(d$programme), ref = "shelter")
m <- lm(PWB ~ LA + edu_f + prog_f, data = d); s <- coef(summary(m)); fs <- summary(m)$fstatistic
out$cli_reference <- tab(s[, 1], s[, 2], s[, 4]); out$cli_reference$n <- nobs(m)
out$cli_reference$f_stat <- unname(fs[1])
write(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/quant/results/transforms_reference.json")
