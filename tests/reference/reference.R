# Reference values for jamstat's statistics library (src/stats), computed by R.
#
# Run from the repository root:
#     npm run reference          # = Rscript tests/reference/reference.R
# It writes tests/reference/reference-values.json, which tests/stats/reference.test.ts
# compares with src/stats at 1e-9 relative. Running it again gives the same file byte for
# byte: the seed is fixed, only base R and stats are used (no jsonlite: Debian's r-base-core
# does not ship it, so the JSON is written by hand) and every number is printed with
# sprintf("%.17g"), which round-trips a double exactly. NA, NaN and Inf are written as null.
#
# Where R's stats package has the method, R's own function is called (chisq.test,
# fisher.test, mantelhaen.test, p.adjust, poisson.test, prop.test, pchisq, qnorm). Where it
# does not (Newcombe's interval, Haldane-corrected ratios, the Mantel-Haenszel risk
# difference with Sato's variance, Breslow-Day-Tarone), the quantity is computed here from
# its published formula with R's building blocks, cited at each function.
#
# Degenerate inputs (no cases, an empty margin, too few strata) are recorded as null with the
# reason code that src/stats gives; R itself returns NaN or stops there.

set.seed(20261124)

script_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
script_dir <- if (length(script_arg) == 1L) dirname(sub("^--file=", "", script_arg)) else "tests/reference"
out_file <- file.path(script_dir, "reference-values.json")

source(file.path(script_dir, "helpers.R"))

# ---------------------------------------------------------------------------------------------
# Random counts on a log-uniform-ish scale, with many zeros and small values.

draw_count <- function(scale = 1e6) {
  u <- runif(1)
  if (u < 0.2) return(0)
  if (u < 0.45) return(sample(0:6, 1))
  floor(exp(runif(1, 0, log(scale + 1)))) - 1 + sample(0:1, 1)
}

# ---------------------------------------------------------------------------------------------
# 2x2 tables. Layout throughout: yes1, no1 (group 1 = female), yes2, no2 (group 2 = male);
# as an R matrix: matrix(c(yes1, yes2, no1, no2), 2), groups in rows, outcome in columns.

table_reason <- function(yes1, no1, yes2, no2) {
  n1 <- yes1 + no1; n2 <- yes2 + no2; ny <- yes1 + yes2; nn <- no1 + no2
  if (n1 + n2 == 0) "no-cases" else if (min(n1, n2, ny, nn) == 0) "empty-margin" else NA
}

chisq_json <- function(x, reason, correct) {
  if (!is.na(reason)) {
    return(obj(statistic = "null", parameter = "null", pValue = "null", method = "null", reason = str(reason)))
  }
  r <- suppressWarnings(chisq.test(x, correct = correct))
  obj(statistic = num(r$statistic), parameter = num(r$parameter), pValue = num(r$p.value),
      method = str(r$method), reason = "null")
}

# Wilson score interval: R's prop.test without continuity correction. n = 0 has no R answer;
# src/stats returns the uninformative [0, 1].
wilson <- function(x, n) {
  if (n == 0) return(c(0, 1))
  suppressWarnings(prop.test(x, n, correct = FALSE)$conf.int[1:2])
}

# Newcombe (1998) hybrid score interval, method 10, from the two Wilson intervals.
newcombe <- function(yes1, n1, yes2, n2) {
  p1 <- yes1 / n1; p2 <- yes2 / n2
  w1 <- wilson(yes1, n1); w2 <- wilson(yes2, n2)
  d <- p1 - p2
  c(d, d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
}

# Risk ratio (Katz 1978) and odds ratio (Woolf 1955) with log-scale Wald intervals; Haldane's
# 0.5 added to all four cells when any cell is zero. Undefined (null) with an empty margin.
ratio_json <- function(yes1, no1, yes2, no2, kind) {
  haldane <- any(c(yes1, no1, yes2, no2) == 0)
  add <- if (haldane) 0.5 else 0
  a <- yes1 + add; b <- no1 + add; c <- yes2 + add; d <- no2 + add
  if (kind == "rr") {
    est <- (a / (a + b)) / (c / (c + d))
    se <- sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d))
  } else {
    est <- (a / b) / (c / d)
    se <- sqrt(1 / a + 1 / b + 1 / c + 1 / d)
  }
  ci <- exp(log(est) + c(-1, 1) * qnorm(0.975) * se)
  obj(estimate = num(est), ci95 = nums(ci), haldane = bool(haldane))
}

# round() half away from zero, in exact integer arithmetic (R's round() is half-even).
round_share <- function(size, yes, n) (2 * size * yes + n) %/% (2 * n)

two_by_two_case <- function(cells, kind) {
  cells <- as.double(cells) # integer products would overflow to NA
  yes1 <- cells[1]; no1 <- cells[2]; yes2 <- cells[3]; no2 <- cells[4]
  x <- matrix(c(yes1, yes2, no1, no2), 2)
  n1 <- yes1 + no1; n2 <- yes2 + no2; ny <- yes1 + yes2; nn <- no1 + no2; n <- n1 + n2
  reason <- table_reason(yes1, no1, yes2, no2)
  expected <- if (n == 0) c(0, 0, 0, 0) else c(n1 * ny, n1 * nn, n2 * ny, n2 * nn) / n
  fisher <- if (is.na(reason)) obj(pValue = num(fisher.test(x, conf.int = FALSE)$p.value), reason = "null") else
    obj(pValue = "null", reason = str(reason))
  groups_ok <- n1 > 0 && n2 > 0
  nc <- if (groups_ok) newcombe(yes1, n1, yes2, n2) else NULL
  obj(
    kind = str(kind),
    table = nums(cells),
    expected = nums(expected),
    minimumExpected = num(if (n == 0) 0 else min(expected)),
    chi2Yates = chisq_json(x, reason, TRUE),
    chi2 = chisq_json(x, reason, FALSE),
    fisher = fisher,
    wilson1 = nums(wilson(yes1, n1)),
    wilson2 = nums(wilson(yes2, n2)),
    newcombe = null_or(groups_ok, obj(estimate = num(nc[1]), ci95 = nums(nc[2:3]))),
    riskRatio = null_or(is.na(reason), ratio_json(yes1, no1, yes2, no2, "rr")),
    oddsRatio = null_or(is.na(reason), ratio_json(yes1, no1, yes2, no2, "or")),
    shortfall = null_or(groups_ok, obj(
      group2AtGroup1Share = num(round_share(n2, yes1, n1) - yes2),
      group1AtGroup2Share = num(round_share(n1, yes2, n2) - yes1)))
  )
}

fixed_tables <- list(
  c(0, 0, 0, 0), c(0, 0, 3, 4), c(5, 0, 7, 0), c(0, 9, 0, 2), c(10, 0, 0, 0), c(0, 0, 0, 1),
  c(1, 0, 0, 1), c(0, 1, 1, 0), c(1e6, 0, 0, 1e6), c(515, 0, 0, 515), c(300, 0, 0, 300),
  c(3, 7, 8, 2), c(12, 5, 3, 20), c(0, 10, 4, 6), c(1, 99, 0, 100), c(5, 5, 5, 5),
  c(2, 3, 2, 3), c(4000000, 1000, 3999000, 2000), c(1e6, 1e6, 999000, 1001000),
  c(1, 1e6, 0, 1e6), c(0, 1e6, 1, 1e6), c(7, 3, 0, 10), c(10, 0, 3, 7), c(3, 4, 3, 4)
)
random_table <- function(kind) {
  switch(kind,
    general = replicate(4, draw_count()),
    tiny = sample(0:5, 4, replace = TRUE),
    lopsided = { cells <- sample(0:8, 4, replace = TRUE); cells[sample(4, 1)] <- sample(1e3:1e6, 1); cells },
    huge = 1e6 + sample(-3000:3000, 4, replace = TRUE) * sample(c(0, 1, 10), 1),
    zeros = { cells <- replicate(4, draw_count(1e4)); cells[sample(4, sample(1:2, 1))] <- 0; cells },
    scaled = { s <- 10^runif(1, 0, 6); pmax(0, round(s * runif(4, 0.2, 1))) })
}
kinds <- c(rep("general", 200), rep("tiny", 100), rep("lopsided", 80), rep("huge", 40),
           rep("zeros", 80), rep("scaled", 60))
tables <- c(lapply(fixed_tables, function(cells) list(cells = cells, kind = "fixed")),
            lapply(kinds, function(kind) list(cells = random_table(kind), kind = kind)))
two_by_two_json <- arr(lapply(tables, function(t) two_by_two_case(t$cells, t$kind)))

# ---------------------------------------------------------------------------------------------
# Strata: K two-by-two tables (rows of yes1, no1, yes2, no2).

# informative() and as_array() are in helpers.R.

# R's mantelhaen.test needs K >= 2; a single informative stratum is padded with the table
# matrix(c(2, 0, 0, 0), 2), whose every term (deviation, variance, R and S sums) is exactly 0.
cmh_json <- function(S, correct) {
  keep <- informative(S)
  if (!any(keep)) {
    return(obj(statistic = "null", parameter = "null", pValue = "null", method = "null",
               reason = str("too-few-strata"), oddsRatio = "null"))
  }
  kept <- S[keep, , drop = FALSE]
  x <- as_array(kept)
  if (nrow(kept) == 1L) x <- array(c(x, 2, 0, 0, 0), c(2, 2, 2))
  r <- mantelhaen.test(x, correct = correct)
  or_ok <- is.finite(r$estimate) && r$estimate > 0 && all(is.finite(r$conf.int))
  obj(statistic = num(r$statistic), parameter = num(r$parameter), pValue = num(r$p.value),
      method = str(r$method), reason = "null",
      oddsRatio = null_or(or_ok, obj(estimate = num(r$estimate), ci95 = nums(r$conf.int[1:2]))))
}

# R on the whole array, uninformative strata included, where R gives an answer at all
# (every stratum has >= 2 cases, K >= 2, and the statistic is finite).
cmh_full_json <- function(S) {
  if (nrow(S) < 2L || any(rowSums(S) < 2)) return("null")
  r <- mantelhaen.test(as_array(S), correct = TRUE)
  if (!is.finite(r$statistic)) return("null")
  obj(statistic = num(r$statistic), pValue = num(r$p.value))
}

# Mantel-Haenszel risk difference with Sato's variance (helpers.R), as JSON.
mh_risk_difference_json <- function(S) {
  x <- mh_risk_difference(S)
  if (is.null(x)) return("null")
  obj(estimate = num(x[1]), ci95 = nums(x[2:3]))
}

# Breslow-Day test with Tarone's correction (helpers.R), as JSON.
breslow_day_json <- function(S) {
  r <- breslow_day(S)
  obj(statistic = num(r$statistic), parameter = num(r$df), pValue = num(r$p), reason = str(r$reason))
}

random_stratum <- function(scale) {
  u <- runif(1)
  if (u < 0.08) return(c(sample(0:1, 1), 0, 0, 0)[sample(4)])            # fewer than 2 cases
  if (u < 0.16) { s <- replicate(4, draw_count(scale)); s[c(1, 3)[sample(2, 1)] + c(0, 1)] <- 0; return(s) }
  if (u < 0.22) { s <- replicate(4, draw_count(scale)); s[c(1, 3)] <- 0; return(s) }  # no "yes"
  replicate(4, draw_count(scale))
}
strata_cases <- lapply(1:170, function(i) {
  K <- sample(1:12, 1)
  scale <- sample(c(6, 60, 600, 6e4, 1e6), 1)
  S <- t(vapply(1:K, function(k) as.double(random_stratum(scale)), numeric(4)))
  # Some arrays with a*d = 0 in every stratum, where the common odds ratio is 0.
  if (i %% 17 == 0) S[, 1] <- 0
  S
})
strata_cases <- c(list(
  matrix(c(3, 7, 8, 2, 12, 5, 3, 20, 1, 0, 0, 0, 5, 5, 5, 5), ncol = 4, byrow = TRUE),
  matrix(c(0, 0, 0, 0, 1, 0, 0, 0), ncol = 4, byrow = TRUE),
  matrix(c(10, 20, 30, 40), ncol = 4),
  matrix(c(1e6, 0, 0, 1e6, 2e6, 0, 0, 2e6), ncol = 4, byrow = TRUE),
  matrix(c(0, 5, 3, 4, 0, 6, 2, 2, 0, 3, 1, 5), ncol = 4, byrow = TRUE)
), strata_cases)
strata_cases <- lapply(strata_cases, function(S) { storage.mode(S) <- "double"; S })
strata_json <- arr(lapply(strata_cases, function(S) obj(
  strata = paste0("[", paste(apply(S, 1, nums), collapse = ","), "]"),
  strataUsed = num(sum(informative(S))),
  strataDropped = num(sum(!informative(S))),
  cmh = cmh_json(S, TRUE),
  cmhUncorrected = cmh_json(S, FALSE),
  cmhFull = cmh_full_json(S),
  riskDifference = mh_risk_difference_json(S),
  breslowDayTarone = breslow_day_json(S)
)))

# ---------------------------------------------------------------------------------------------
# r x 2 tables: R's chisq.test without correction after dropping rows with no cases.

rx2_case <- function(R) {
  kept <- R[rowSums(R) > 0, , drop = FALSE]
  dropped <- nrow(kept) < nrow(R)
  reason <- if (sum(kept) == 0) "no-cases" else if (nrow(kept) < 2) "too-few-rows" else
    if (any(colSums(kept) == 0)) "empty-margin" else NA
  base <- if (!is.na(reason)) {
    obj(statistic = "null", parameter = "null", pValue = "null", method = "null", reason = str(reason),
        smallExpected = "false")
  } else {
    r <- suppressWarnings(chisq.test(kept, correct = FALSE))
    obj(statistic = num(r$statistic), parameter = num(r$parameter), pValue = num(r$p.value),
        method = str(r$method), reason = "null", smallExpected = bool(any(r$expected < 5)))
  }
  obj(rows = paste0("[", paste(apply(R, 1, nums), collapse = ","), "]"), rowsDropped = bool(dropped),
      result = base)
}
rx2_cases <- c(list(
  matrix(c(0, 0, 0, 0), ncol = 2), matrix(c(3, 4, 0, 0), ncol = 2, byrow = TRUE),
  matrix(c(3, 0, 5, 0, 0, 0), ncol = 2, byrow = TRUE), matrix(c(10, 20, 30, 40, 0, 0), ncol = 2, byrow = TRUE),
  matrix(c(1e6, 0, 0, 1e6, 5e5, 5e5), ncol = 2, byrow = TRUE)
), lapply(1:120, function(i) {
  r <- sample(2:8, 1); scale <- sample(c(10, 1e3, 1e6), 1)
  R <- matrix(as.double(replicate(2 * r, draw_count(scale))), ncol = 2)
  if (i %% 9 == 0) R[sample(r, 1), ] <- 0
  if (i %% 23 == 0) R[, 2] <- 0
  R
}))
rx2_json <- arr(lapply(rx2_cases, function(R) { storage.mode(R) <- "double"; rx2_case(R) }))

# ---------------------------------------------------------------------------------------------
# p.adjust: every method, vectors with NAs, ties, zeros, ones and tiny values.

p_methods <- c(bh = "BH", by = "BY", holm = "holm", hochberg = "hochberg",
               bonferroni = "bonferroni", none = "none")
p_vectors <- c(list(numeric(0), c(0.03), c(NA_real_), c(NA, 0.2), c(0.01, 0.01, 0.04, NA, 0.04, 1, 0),
                    c(1e-300, 0.5, NA, NA, 0.05)),
  lapply(1:60, function(i) {
    n <- sample(1:40, 1)
    p <- switch(sample(4, 1), runif(n), runif(n)^4, round(runif(n), 2), 10^-runif(n, 0, 12))
    p[runif(n) < 0.05] <- 0
    p[runif(n) < 0.05] <- 1
    p[runif(n) < 0.15] <- NA
    p
  }))
p_adjust_json <- arr(lapply(p_vectors, function(p) {
  adjusted <- lapply(p_methods, function(m) nums(p.adjust(p, method = m)))
  do.call(obj, c(list(p = nums(p)), adjusted))
}))

# ---------------------------------------------------------------------------------------------
# Two-sample Poisson rate comparisons: R's poisson.test(c(x1, x2), c(t1, t2)).

poisson_case <- function(x1, t1, x2, t2) {
  if (x1 + x2 == 0) {
    return(obj(input = nums(c(x1, t1, x2, t2)), statistic = "null", parameter = "null",
               pValue = "null", reason = str("no-cases"), rateRatio = "null"))
  }
  r <- poisson.test(c(x1, x2), c(t1, t2))
  obj(input = nums(c(x1, t1, x2, t2)), statistic = num(r$statistic), parameter = num(r$parameter),
      pValue = num(r$p.value), reason = "null",
      rateRatio = null_or(x2 > 0, obj(estimate = num(r$estimate), ci95 = nums(r$conf.int[1:2]))))
}
poisson_inputs <- c(list(c(0, 1, 0, 1), c(10, 2.5, 3, 4), c(0, 3, 7, 2), c(9, 1, 0, 1),
                         c(1000, 1e4, 1300, 1e4), c(5, 1, 5, 1), c(200000, 1e3, 201000, 1e3)),
  lapply(1:120, function(i) {
    scale <- sample(c(20, 2000, 2e5), 1)
    c(draw_count(scale), exp(runif(1, log(0.1), log(1e5))), draw_count(scale), exp(runif(1, log(0.1), log(1e5))))
  }))
poisson_json <- arr(lapply(poisson_inputs, function(v) { v <- as.double(v); poisson_case(v[1], v[2], v[3], v[4]) }))

# ---------------------------------------------------------------------------------------------
# Distributions.

chi_grid <- expand.grid(statistic = c(0, 1e-10, 0.5, 3.84, 10, 50, 100, 700, 1300, 1400, 1450),
                        df = c(1, 2, 3, 5, 11))
chi_json <- arr(lapply(seq_len(nrow(chi_grid)), function(i) obj(
  statistic = num(chi_grid$statistic[i]), df = num(chi_grid$df[i]),
  upperTail = num(pchisq(chi_grid$statistic[i], chi_grid$df[i], lower.tail = FALSE)))))
normal_p <- c(1e-300, 1e-10, 0.001, (1 - 0.95) / 2, 0.3, 0.5, 0.8, 0.975, 0.999999)
normal_json <- arr(lapply(normal_p, function(p) obj(p = num(p), quantile = num(qnorm(p)))))

# ---------------------------------------------------------------------------------------------

json <- paste0(
  "{\n",
  "\"generator\":", str("tests/reference/reference.R"), ",\n",
  "\"rVersion\":", str(paste(R.version$major, R.version$minor, sep = ".")), ",\n",
  "\"twoByTwo\":", two_by_two_json, ",\n",
  "\"strata\":", strata_json, ",\n",
  "\"rx2\":", rx2_json, ",\n",
  "\"pAdjust\":", p_adjust_json, ",\n",
  "\"poisson\":", poisson_json, ",\n",
  "\"chiSquareUpperTail\":", chi_json, ",\n",
  "\"normalQuantile\":", normal_json, "\n",
  "}\n")
writeLines(json, out_file, sep = "")
cat(sprintf("wrote %s: %d 2x2 tables, %d strata arrays, %d r x 2 tables, %d p-value vectors, %d Poisson pairs\n",
            out_file, length(tables), length(strata_cases), length(rx2_cases), length(p_vectors),
            length(poisson_inputs)))
