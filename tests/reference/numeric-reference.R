# Reference values for the numeric statistics of src/stats (measure steps), computed by R.
#
# Run from the repository root:
#     Rscript tests/reference/numeric-reference.R     (part of `npm run reference`)
# It writes tests/reference/numeric-reference-values.json, which
# tests/stats/numeric-reference.test.ts compares with src/stats/weighted-sample.ts,
# wilcoxon-rank-sum.ts, welch-t-test.ts and van-elteren.ts. The seed is fixed and only base R
# and stats are used, so the file is the same byte for byte on every run.
#
# A sample is written as distinct values (ascending) with their counts, as jamstat's tally
# keeps it, which keeps samples of 10^5 cases small; R expands it with rep(values, counts).
# Per pair of samples: quantile(type = 7), mean and sd of each; wilcox.test(x, y,
# correct = TRUE, conf.int = TRUE) (W, p, estimate, conf.int, exact or not); t.test(x, y)
# (Welch). Where R gives NaN or stops (an empty sample, all values equal, Welch with n < 2 or
# constant data) the result is null, with the reason code src/stats gives where it has one.
# R's stats has no van Elteren test: it is computed here from van Elteren's (1960) formula with
# R's rank() within each stratum, independently of the TypeScript code.

set.seed(20261201)

script_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
script_dir <- if (length(script_arg) == 1L) dirname(sub("^--file=", "", script_arg)) else "tests/reference"
out_file <- file.path(script_dir, "numeric-reference-values.json")

source(file.path(script_dir, "helpers.R"))

# A value as short as it can be while reading back as the same double (the samples' values are
# many; results keep the full %.17g of num()).
value_text <- function(x) {
  short <- sprintf("%.15g", x)
  if (as.double(short) == x) short else sprintf("%.17g", x)
}
values_json <- function(x) paste0("[", paste(vapply(x, value_text, ""), collapse = ","), "]")

# A weighted sample from case values: distinct values ascending and their counts.
weigh <- function(cases) {
  counts <- table(factor(cases, levels = sort(unique(cases))))
  list(values = sort(unique(cases)), counts = as.vector(counts))
}
expand <- function(s) rep(s$values, s$counts)
sample_json <- function(s) obj(values = values_json(s$values), counts = nums(s$counts))

describe_json <- function(cases) {
  n <- length(cases)
  if (n == 0) return(obj(n = num(0), median = "null", q1 = "null", q3 = "null", mean = "null", sd = "null"))
  q <- quantile(cases, c(0.5, 0.25, 0.75), type = 7, names = FALSE)
  obj(n = num(n), median = num(q[1]), q1 = num(q[2]), q3 = num(q[3]), mean = num(mean(cases)),
      sd = if (n < 2) "null" else num(sd(cases)))
}

# wilcox.test as jamstat asks for it; R's NaN cases are recorded with jamstat's reason. R stops
# (in its uniroot) when each sample is constant but the two differ: then only W and p are kept,
# from a second call without conf.int.
wilcoxon_json <- function(x, y) {
  if (length(x) == 0 || length(y) == 0) return(obj(reason = str("no-cases")))
  if (length(unique(c(x, y))) == 1L) return(obj(reason = str("constant-values")))
  with_ci <- tryCatch(suppressWarnings(wilcox.test(x, y, correct = TRUE, conf.int = TRUE)), error = function(e) NULL)
  test <- if (is.null(with_ci)) suppressWarnings(wilcox.test(x, y, correct = TRUE)) else with_ci
  obj(reason = "null",
      statistic = num(test$statistic), pValue = num(test$p.value),
      exact = bool(grepl("exact", test$method)), method = str(test$method),
      estimate = if (is.null(with_ci)) "null" else num(with_ci$estimate),
      ci95 = if (is.null(with_ci)) "null" else nums(with_ci$conf.int))
}

welch_json <- function(x, y) {
  test <- tryCatch(t.test(x, y), error = function(e) NULL)
  if (is.null(test)) return("null")
  obj(statistic = num(test$statistic), df = num(test$parameter), pValue = num(test$p.value),
      estimate = num(test$estimate[1] - test$estimate[2]), ci95 = nums(test$conf.int))
}

pair_case <- function(kind, x, y) {
  xs <- weigh(x); ys <- weigh(y)
  obj(kind = str(kind), x = sample_json(xs), y = sample_json(ys),
      describeX = describe_json(x), describeY = describe_json(y),
      wilcoxon = wilcoxon_json(x, y), welch = welch_json(x, y))
}

# ---------------------------------------------------------------------------------------------
# Pairs of samples.

pairs <- list()
add <- function(kind, x, y) pairs[[length(pairs) + 1L]] <<- pair_case(kind, x, y)

# Hand-picked edge cases.
add("empty-x", numeric(0), c(1, 2, 3))
add("empty-both", numeric(0), numeric(0))
add("constant-both", c(4, 4, 4), c(4, 4))
add("constant-apart", c(5, 5, 5), c(7, 7, 7, 7))
add("one-each", 3, 8)
add("one-and-two", 3, c(8, 9))
add("two-each-tied", c(1, 3), c(2, 2))
add("symmetric-gap", c(1, 3), c(2, 2, 2, 2))
add("zeros", c(0, 0, 0, 1, 2), c(0, 0, 5, 7))
add("negative-zero", c(-0, 1, 2), c(0, 3))
add("exact-boundary-49", seq(0.5, 49, by = 1), seq(0.25, 50, by = 1.02)[1:49])
add("normal-boundary-50", seq(0.5, 50, by = 1), seq(0.25, 50, by = 1.02)[1:49])
add("far-apart-exact", 1:40 + 0.5, 101:140)
add("far-apart-normal", rep(1:40, 3), rep(101:140, 2))
add("offset-large", 1e9 + c(0.1, 0.2, 0.25, 0.3, 0.45), 1e9 + c(0.15, 0.22, 0.35, 0.5))

draw_decimals <- function(n, digits = 2) round(rnorm(n, runif(1, -5, 5), runif(1, 0.5, 5)), digits)
for (i in 1:50) {   # tiny, mostly untied: exact
  add("tiny", draw_decimals(sample(1:8, 1), 3), draw_decimals(sample(1:8, 1), 3))
}
for (i in 1:40) {   # untied up to 49 each: exact, with decimals and negatives
  nx <- sample(5:49, 1); ny <- sample(5:49, 1)
  # x on the half-hundredths, y on the hundredths: never equal across the samples.
  x <- sample(seq(-200, 200, by = 0.01), nx) + 0.005 + round(runif(1, -50, 50))
  y <- sample(seq(-200, 200, by = 0.01), ny)
  add("untied", x, y)
}
for (i in 1:50) {   # small integers with ties: normal approximation
  add("tied-small", sample(0:5, sample(2:30, 1), TRUE), sample(0:6, sample(2:30, 1), TRUE))
}
for (i in 1:40) {   # zero-inflated days, moderate n
  draw_days <- function(n) ifelse(runif(n) < 0.3, 0, rgeom(n, runif(1, 0.02, 0.3)))
  add("zeros", draw_days(sample(5:300, 1)), draw_days(sample(5:300, 1)))
}
for (i in 1:40) {   # decimals, tied and untied, moderate n
  add("decimals", round(rlnorm(sample(10:400, 1), 1, 0.8), sample(0:2, 1)), round(rlnorm(sample(10:400, 1), 1.2, 0.8), 1))
}
for (i in 1:30) {   # negative values
  add("negative", round(rnorm(sample(3:200, 1), -3, 2), 1), round(rnorm(sample(3:200, 1), -2.5, 3), 2))
}
for (i in 1:20) {   # a shifted copy: the estimate near a known shift
  base <- round(rexp(sample(20:150, 1), 0.1))
  add("shifted", base + 4, round(rexp(sample(20:150, 1), 0.1)))
}
for (i in 1:16) {   # large samples, few distinct values (days), up to 10^5 each
  nx <- round(10^runif(1, 3, 5)); ny <- round(10^runif(1, 3, 5))
  add("large-days", rpois(nx, runif(1, 5, 60)), rpois(ny, runif(1, 5, 60)))
}
for (i in 1:8) {    # large samples with decimals (many distinct values)
  nx <- round(10^runif(1, 3, 5)); ny <- round(10^runif(1, 3, 5))
  add("large-decimals", round(rlnorm(nx, 2, 0.5), 1), round(rlnorm(ny, 2.05, 0.5), 1))
}
add("large-1e5", rgeom(1e5, 0.05), rgeom(1e5, 0.051))

# ---------------------------------------------------------------------------------------------
# Van Elteren's stratified Wilcoxon test (van Elteren 1960, Bull. Inst. Internat. Statist. 37,
# 351-361), written from the formula: per stratum W_k = the rank sum of x among the stratum's
# cases (R's rank, midranks for ties), E W_k = nx_k (n_k + 1) / 2,
# Var W_k = nx_k ny_k / 12 * ((n_k + 1) - sum(t^3 - t) / (n_k (n_k - 1))), weight 1 / (n_k + 1);
# z = sum(w (W - E)) / sqrt(sum(w^2 Var)), p = 2 pnorm(-|z|). Strata where x or y has no cases
# are left out.

van_elteren_json <- function(strata) {
  numerator <- 0; variance <- 0; used <- 0; dropped <- 0
  for (s in strata) {
    nx <- length(s$x); ny <- length(s$y); n <- nx + ny
    if (nx == 0 || ny == 0) { dropped <- dropped + 1; next }
    used <- used + 1
    r <- rank(c(s$x, s$y))
    ties <- table(r)
    w <- 1 / (n + 1)
    numerator <- numerator + w * (sum(r[seq_len(nx)]) - nx * (n + 1) / 2)
    variance <- variance + w^2 * nx * ny / 12 * ((n + 1) - sum(ties^3 - ties) / (n * (n - 1)))
  }
  reason <- if (used == 0) "too-few-strata" else if (!(variance > 0)) "constant-values" else NA
  z <- if (is.na(reason)) numerator / sqrt(variance) else NA
  obj(statistic = num(z), pValue = num(if (is.na(reason)) 2 * pnorm(-abs(z)) else NA),
      reason = str(reason), strataUsed = num(used), strataDropped = num(dropped))
}

stratified <- list()
add_strata <- function(kind, strata) {
  json <- arr(lapply(strata, function(s) obj(x = sample_json(weigh(s$x)), y = sample_json(weigh(s$y)))))
  stratified[[length(stratified) + 1L]] <<- obj(kind = str(kind), strata = json, vanElteren = van_elteren_json(strata))
}
add_strata("none", list())
add_strata("all-dropped", list(list(x = c(1, 2), y = numeric(0)), list(x = numeric(0), y = 3)))
add_strata("constant", list(list(x = c(4, 4), y = 4), list(x = numeric(0), y = c(1, 2))))
add_strata("constant-per-stratum", list(list(x = c(4, 4), y = 4), list(x = c(7, 7, 7), y = 7)))
add_strata("one-stratum", list(list(x = c(1, 2, 2, 3, 5, 7, 7, 7, 9), y = c(2, 3, 3, 4, 8, 10, 11))))
for (i in 1:120) {
  k <- sample(1:8, 1)
  strata <- lapply(seq_len(k), function(j) {
    size <- sample(c(0:5, 10, 40, 200, 2000), 2, TRUE)
    kind <- sample(3, 1)
    draw <- function(n, shift) switch(kind,
      sample(0:4, n, TRUE) + shift,                       # heavy ties
      round(rlnorm(n, 2 + shift / 10, 0.6), 1),          # decimals
      rgeom(n, 0.1) + shift)                             # zero-inflated-ish days
    list(x = draw(size[1], sample(0:1, 1)), y = draw(size[2], 0))
  })
  add_strata("random", strata)
}

writeLines(paste0("{\"pairs\":", arr(pairs), ",\n\"stratified\":", arr(stratified), "}\n"), out_file, sep = "")
