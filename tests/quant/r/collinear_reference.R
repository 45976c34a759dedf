# Reference values for near-collinearity (aliasing) and VIF.
# Run from the repo root:  Rscript tests/quant/r/collinear_reference.R
# R 4.2.2: sandwich, lmtest, car, jsonlite.  Data: tests/quant/data/collinear.csv
# (cohort150 complete cases; LA_near = 2 LA + 1e-9 noise, age_months = 12 age,
# PSSI_close = PSSI + 1e-4 noise; written by numpy with seed 12).
# lm's pivoted QR (tol 1e-7) reports aliased columns as NA; those are stored by name.
suppressPackageStartupMessages({library(sandwich); library(lmtest); library(car); library(jsonlite)})
d <- read.csv("tests/quant/data/collinear.csv")
out <- list(R_version = R.version.string)
aliased <- function(f) {
  lm_ <- names(which(is.na(coef(lm(f, data = d)))))
  glm_ <- names(which(is.na(coef(glm(update(f, SR ~ .), data = d, family = binomial)))))
  pois <- names(which(is.na(coef(glm(update(f, UNC ~ .), data = d, family = poisson)))))
  list(lm = lm_, logit = glm_, poisson = pois)
}
out$near <- aliased(PWB ~ LA + LA_near + PSSI)
out$months <- aliased(PWB ~ age + PSSI + age_months)
m <- lm(PWB ~ LA + PSSI + PSSI_close, data = d)
ct <- coeftest(m, vcov. = vcovHC(m, type = "HC3"), df = df.residual(m))
out$close <- list(names = rownames(ct), coef = unname(ct[, 1]), se = unname(ct[, 2]),
                  p = unname(ct[, 4]), vif = as.list(vif(m)))
write(toJSON(out, digits = NA, auto_unbox = FALSE, pretty = TRUE), "tests/quant/results/collinear_reference.json")
