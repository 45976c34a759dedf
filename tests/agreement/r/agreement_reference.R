# Agreement coefficients in base R, written from the papers (irr / irrCAC are not installable here):
#   Krippendorff (2011) "Computing Krippendorff's alpha-reliability" (pairs of values within units),
#   Cohen (1960, 1968) and Fleiss, Cohen & Everitt (1969) for the ASE of (weighted) kappa,
#   Fleiss (1971), Brennan & Prediger (1981), Gwet (2014) Handbook ch. 2-5 (missing data, weights,
#   variance), Holsti (1969).
# Run from the repository root:  Rscript tests/agreement/r/agreement_reference.R
# Writes tests/agreement/r/agreement_reference_out.csv, which tests/agreement/test_against_r.py reads.

dir <- "tests/agreement/r"
read_matrix <- function(f) {
  x <- read.csv(file.path(dir, f), colClasses = "character", check.names = FALSE)
  m <- as.matrix(x[, -1, drop = FALSE]); m[m == ""] <- NA; m
}
is_num <- function(m) all(!is.na(suppressWarnings(as.numeric(m[!is.na(m)]))))
cats_of <- function(m) { v <- unique(m[!is.na(m)]); if (is_num(m)) v[order(as.numeric(v))] else sort(v) }
values_of <- function(m, cats) if (is_num(m)) as.numeric(cats) else seq_along(cats)

weights_for <- function(x, type) {
  q <- length(x); if (type == "none" || q < 2) return(diag(q))
  d <- abs(outer(x, x, "-")) / (max(x) - min(x))
  if (type == "linear") 1 - d else 1 - d^2
}

# --- Krippendorff: loop over units and ordered pairs of values --------------------------------
kripp <- function(m, level) {
  cats <- cats_of(m); x <- values_of(m, cats); q <- length(cats)
  o <- matrix(0, q, q)
  for (u in seq_len(ncol(m))) {
    v <- m[!is.na(m[, u]), u]; mu <- length(v)
    if (mu < 2) next
    for (i in seq_len(mu)) for (j in seq_len(mu)) if (i != j) {
      a <- match(v[i], cats); b <- match(v[j], cats); o[a, b] <- o[a, b] + 1 / (mu - 1)
    }
  }
  nc <- rowSums(o); n <- sum(nc)
  d <- matrix(0, q, q)
  for (c in 1:q) for (k in 1:q) {
    d[c, k] <- switch(level,
      nominal = as.numeric(c != k),
      interval = (x[c] - x[k])^2,
      ratio = if (x[c] + x[k] == 0) 0 else ((x[c] - x[k]) / (x[c] + x[k]))^2,
      ordinal = (sum(nc[min(c, k):max(c, k)]) - (nc[c] + nc[k]) / 2)^2)
  }
  De <- 0; for (c in 1:q) for (k in 1:q) De <- De + nc[c] * nc[k] * d[c, k]
  1 - (n - 1) * sum(o * d) / De
}

# --- Cohen (weighted) with the Fleiss-Cohen-Everitt ASE --------------------------------------
cohen <- function(m, type) {
  cats <- cats_of(m); w <- weights_for(values_of(m, cats), type); q <- length(cats)
  both <- !is.na(m[1, ]) & !is.na(m[2, ])
  t <- table(factor(m[1, both], levels = cats), factor(m[2, both], levels = cats))
  n <- sum(t); p <- t / n; pr <- rowSums(p); pc <- colSums(p)
  po <- sum(w * p); pe <- sum(w * outer(pr, pc)); k <- (po - pe) / (1 - pe)
  wi <- as.vector(w %*% pc); wj <- as.vector(t(w) %*% pr)
  s <- 0; for (i in 1:q) for (j in 1:q) s <- s + p[i, j] * (w[i, j] - (wi[i] + wj[j]) * (1 - k))^2
  se <- sqrt((s - (k - pe * (1 - k))^2) / n) / (1 - pe)
  c(k, se, k - qnorm(0.975) * se, k + qnorm(0.975) * se)
}

# --- Gwet's framework: percent, Fleiss, Brennan-Prediger, AC1/AC2 ---------------------------
gwet_family <- function(m, stat, type) {
  cats <- cats_of(m); q <- length(cats); w <- weights_for(values_of(m, cats), type)
  r <- t(sapply(seq_len(ncol(m)), function(u) sapply(cats, function(k) sum(m[, u] == k, na.rm = TRUE))))
  if (q == 1) r <- matrix(r, ncol = 1)
  ri <- rowSums(r); r <- r[ri > 0, , drop = FALSE]; ri <- ri[ri > 0]; n <- nrow(r)
  rstar <- r %*% t(w)
  pai <- ifelse(ri >= 2, rowSums(r * (rstar - 1)) / pmax(ri * (ri - 1), 1), 0)
  n2 <- sum(ri >= 2); pa <- sum(pai) / n2
  pik <- colMeans(r / ri)
  pe <- switch(stat, percent = 0, fleiss = sum(w * outer(pik, pik)),
               bp = sum(w) / q^2, gwet = sum(w) / (q * (q - 1)) * sum(pik * (1 - pik)))
  est <- (pa - pe) / (1 - pe)
  xi <- (n / n2) * (pai - pe * (ri >= 2)) / (1 - pe)
  if (stat == "fleiss") {
    pew <- (w %*% pik + t(w) %*% pik) / 2
    xi <- xi - 2 * (1 - est) * (as.vector(r %*% pew) / ri - pe) / (1 - pe)
  }
  if (stat == "gwet") {
    pei <- sum(w) / (q * (q - 1)) * as.vector(r %*% (1 - pik)) / ri
    xi <- xi - 2 * (1 - est) * (pei - pe) / (1 - pe)
  }
  se <- sqrt(sum((xi - est)^2) / (n * (n - 1)))
  h <- qt(0.975, n - 1) * se
  c(est, se, est - h, min(1, est + h))
}

holsti <- function(m) {
  pairs <- combn(nrow(m), 2); cr <- c()
  for (p in seq_len(ncol(pairs))) {
    a <- m[pairs[1, p], ]; b <- m[pairs[2, p], ]
    M <- sum(!is.na(a) & !is.na(b) & a == b); cr <- c(cr, 2 * M / (sum(!is.na(a)) + sum(!is.na(b))))
  }
  mean(cr)
}

rows <- list()
add <- function(f, stat, opt, v) rows[[length(rows) + 1]] <<- data.frame(
  fixture = f, statistic = stat, option = opt, value = v[1],
  std_error = if (length(v) > 1) v[2] else NA, ci_low = if (length(v) > 1) v[3] else NA,
  ci_high = if (length(v) > 1) v[4] else NA)
for (f in list.files(dir, pattern = "\\.csv$")) {
  if (grepl("_out\\.csv$", f)) next
  m <- read_matrix(f); num <- is_num(m); fx <- sub("\\.csv$", "", f)
  wts <- if (num) c("none", "linear", "quadratic") else "none"
  for (wt in wts) {
    add(fx, "percent", wt, gwet_family(m, "percent", wt))
    add(fx, "fleiss", wt, gwet_family(m, "fleiss", wt))
    add(fx, "brennan-prediger", wt, gwet_family(m, "bp", wt))
    add(fx, "gwet", wt, gwet_family(m, "gwet", wt))
    if (nrow(m) == 2) add(fx, "cohen", wt, cohen(m, wt))
  }
  for (lv in if (num) c("nominal", "ordinal", "interval", "ratio") else "nominal")
    add(fx, "krippendorff", lv, kripp(m, lv))
  add(fx, "holsti", "", holsti(m))
}
out <- do.call(rbind, rows)
write.csv(out, file.path(dir, "agreement_reference_out.csv"), row.names = FALSE)
cat(R.version.string, "\n"); print(out, digits = 7)
