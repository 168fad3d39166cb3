# Reference values for jamstat's categorical tests (src/stats: fisherExactRx2, categoriesTest,
# generalizedCmh), computed by R.
#
# Run from the repository root:
#     Rscript tests/reference/categorical-reference.R      (part of `npm run reference`)
# It writes tests/reference/categorical-reference-values.json, which
# tests/stats/categorical-reference.test.ts compares with src/stats at 1e-9 relative. Running it
# again gives the same file byte for byte: the seed is fixed, only base R and stats are used and
# every number is printed with sprintf("%.17g") (helpers.R). NA, NaN and Inf are written as null.
#
# r x 2 tables: R's chisq.test(correct = FALSE) and fisher.test(workspace = 2e8) after dropping
# rows with no cases (as src/stats does; R's expected counts would be 0 there). When
# fisher.test fails (FEXACT runs out of workspace on large tables with many rows), the error is
# recorded and the table is kept for the chi-square comparison only.
#
# r x 2 x K arrays: R's mantelhaen.test (correct = FALSE for r = 2, where R uses the 2 x 2 x K
# formula). R stops on strata with fewer than 2 cases, on categories empty in every stratum
# (singular covariance) and on arrays with fewer than two strata; src/stats drops such strata and
# categories first. Here the same strata and categories are dropped before R is called, and one
# stratum that adds exactly zero (two cases, one category) is appended when a single stratum is
# left, so that R accepts it. Where R's solve() still fails, its error is recorded.

set.seed(20261201)

script_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
script_dir <- if (length(script_arg) == 1L) dirname(sub("^--file=", "", script_arg)) else "tests/reference"
out_file <- file.path(script_dir, "categorical-reference-values.json")

source(file.path(script_dir, "helpers.R"))

# A count on one of several scales: many zeros and tiny values.
draw <- function(scale) {
  u <- runif(1)
  if (u < 0.2) return(0)
  if (u < 0.45) return(sample(0:6, 1))
  floor(exp(runif(1, 0, log(scale + 1)))) - 1 + sample(0:1, 1)
}

matrix_json <- function(R) paste0("[", paste(apply(R, 1, nums), collapse = ","), "]")

# ---------------------------------------------------------------------------------------------
# r x 2 tables.

rx2_reason <- function(kept) {
  if (sum(kept) == 0) "no-cases" else if (nrow(kept) < 2) "too-few-rows" else
    if (any(colSums(kept) == 0)) "empty-margin" else NA
}

rx2_case <- function(R, large = FALSE) {
  storage.mode(R) <- "double"
  kept <- R[rowSums(R) > 0, , drop = FALSE]
  reason <- rx2_reason(kept)
  if (!is.na(reason)) {
    return(obj(rows = matrix_json(R), large = bool(large), rowsDropped = bool(nrow(kept) < nrow(R)),
               reason = str(reason), minimumExpected = "null", chi2 = "null", fisher = "null"))
  }
  expected <- outer(rowSums(kept), colSums(kept)) / sum(kept)
  chi <- suppressWarnings(chisq.test(kept, correct = FALSE))
  fisher <- tryCatch(
    obj(pValue = num(fisher.test(kept, workspace = 2e8, conf.int = FALSE)$p.value), error = "null"),
    error = function(e) obj(pValue = "null", error = str(gsub("[\r\n]+", " ", conditionMessage(e)))))
  obj(rows = matrix_json(R), large = bool(large), rowsDropped = bool(nrow(kept) < nrow(R)), reason = "null",
      minimumExpected = num(min(expected)),
      chi2 = obj(statistic = num(chi$statistic), parameter = num(chi$parameter), pValue = num(chi$p.value)),
      fisher = fisher)
}

# Fixed cases: degenerate tables, R's own examples, huge counts on two rows, p below 1e-300.
rx2_fixed <- list(
  matrix(c(0, 0, 0, 0), ncol = 2), matrix(c(3, 4, 0, 0), ncol = 2, byrow = TRUE),
  matrix(c(3, 0, 5, 0, 0, 0), ncol = 2, byrow = TRUE), matrix(c(0, 7), ncol = 2),
  matrix(c(3, 1, 1, 3), ncol = 2, byrow = TRUE),
  matrix(c(1e6, 3, 999990, 9), ncol = 2, byrow = TRUE),
  matrix(c(1e6, 0, 0, 1e6), ncol = 2, byrow = TRUE),
  matrix(c(5000, 0, 0, 5000, 2, 2), ncol = 2, byrow = TRUE),
  matrix(c(400, 0, 0, 400, 300, 0, 0, 300), ncol = 2, byrow = TRUE),
  matrix(c(1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 2, 2, 3, 3, 0, 5, 4, 0, 2, 2), ncol = 2, byrow = TRUE),
  # Job satisfaction by income, R's ?fisher.test (collapsed to two columns).
  matrix(c(1 + 2 + 1, 10, 3 + 3 + 2, 10 + 6, 10 + 10, 7 + 12, 6 + 7, 1 + 9), ncol = 2, byrow = TRUE),
  # Equal rows: many tables tie with the observed one.
  matrix(rep(c(2, 3), 8), ncol = 2, byrow = TRUE),
  matrix(rep(c(1, 1), 12), ncol = 2, byrow = TRUE)
)

# Random tables of several kinds; `kind` picks the shape.
rx2_random <- function(i) {
  kind <- i %% 6
  if (kind == 0) {          # small counts, many rows
    r <- sample(2:12, 1); R <- matrix(replicate(2 * r, draw(sample(c(5, 20), 1))), ncol = 2)
  } else if (kind == 1) {   # tiny counts: expected counts below 5 everywhere
    r <- sample(2:12, 1); R <- matrix(sample(0:3, 2 * r, replace = TRUE), ncol = 2)
  } else if (kind == 2) {   # a rare column: many cases, few of one sex
    r <- sample(2:12, 1)
    R <- cbind(replicate(r, draw(sample(c(50, 500), 1))), sample(0:2, r, replace = TRUE, prob = c(0.5, 0.3, 0.2)))
  } else if (kind == 3) {   # moderate counts, few rows, one rare category
    r <- sample(2:5, 1); R <- matrix(replicate(2 * r, draw(sample(c(100, 1000), 1))), ncol = 2)
    R[sample(r, 1), ] <- sample(0:4, 2, replace = TRUE)
  } else if (kind == 4) {   # huge counts on two or three rows
    r <- sample(2:3, 1); scale <- if (r == 2) 1e6 else 3000
    R <- matrix(replicate(2 * r, draw(scale)), ncol = 2)
  } else {                  # medium counts, up to 12 rows
    r <- sample(2:12, 1); R <- matrix(replicate(2 * r, draw(sample(c(10, 40), 1))), ncol = 2)
  }
  if (i %% 11 == 0) R[sample(nrow(R), 1), ] <- 0
  if (i %% 37 == 0) R[, 2] <- 0
  R
}

# Larger tables where the network has real work to do (R needs up to a few seconds each). On
# these R's own p is not exact to 1e-9: FEXACT merges past path values within its tol of
# 3.45254e-7 (f5xact) and keeps the first one's value for the merged mass, and sums log
# factorials; the test compares them at 1e-7 and marks them "large".
rx2_large <- function(i) {
  r <- if (i %% 2 == 0) sample(10:12, 1) else sample(6:8, 1)
  top <- if (r >= 10) 30 else 60
  first <- sample(0:top, r, replace = TRUE)
  cbind(first, pmax(0, round(first * runif(r, 0.5, 1.5))))
}

rx2_cases <- c(rx2_fixed, lapply(1:330, rx2_random))
rx2_large_cases <- lapply(1:24, rx2_large)
rx2_json <- arr(c(lapply(rx2_cases, rx2_case), lapply(rx2_large_cases, rx2_case, large = TRUE)))

# ---------------------------------------------------------------------------------------------
# r x 2 x K arrays. A stratum is a matrix with one row per category and columns (female, male).

informative_stratum <- function(S) sum(S) >= 2 && all(colSums(S) > 0) && sum(rowSums(S) > 0) >= 2

cmh_case <- function(strata) {
  strata <- lapply(strata, function(S) { storage.mode(S) <- "double"; S })
  r <- if (length(strata) > 0) nrow(strata[[1]]) else 0
  used <- Filter(informative_stratum, strata)
  dropped <- length(strata) - length(used)
  strata_json <- paste0("[", paste(vapply(strata, matrix_json, ""), collapse = ","), "]")
  none <- function(reason, rows_dropped = FALSE, error = NA) {
    obj(strata = strata_json, statistic = "null", parameter = "null", pValue = "null", reason = str(reason),
        strataUsed = num(length(used)), strataDropped = num(dropped), rowsDropped = bool(rows_dropped),
        error = str(error))
  }
  if (length(used) == 0) return(none("too-few-strata"))
  categories <- which(Reduce(`+`, lapply(used, rowSums)) > 0)
  rows_dropped <- length(categories) < r
  x <- vapply(used, function(S) S[categories, , drop = FALSE], matrix(0, length(categories), 2))
  x <- array(x, c(length(categories), 2, length(used)))
  if (length(used) == 1) {  # R needs K >= 2: add a stratum that adds exactly zero
    pad <- matrix(0, length(categories), 2); pad[1, ] <- c(1, 1)
    x <- array(c(x, pad), c(length(categories), 2, 2))
  }
  result <- tryCatch(mantelhaen.test(x, correct = FALSE), error = function(e) conditionMessage(e))
  if (is.character(result)) return(none("singular-covariance", rows_dropped, result))
  obj(strata = strata_json, statistic = num(result$statistic), parameter = num(result$parameter),
      pValue = num(result$p.value), reason = "null", strataUsed = num(length(used)),
      strataDropped = num(dropped), rowsDropped = bool(rows_dropped), error = "null")
}

cmh_fixed <- list(
  list(),
  list(matrix(c(1, 0, 0, 0), 2)),
  list(matrix(c(10, 3, 7, 5, 8, 7), 3), matrix(c(4, 6, 5, 9, 2, 5), 3), matrix(c(12, 1, 0, 3, 1, 6), 3)),
  list(matrix(c(10, 3, 5, 8), 2), matrix(c(4, 6, 9, 2), 2)),
  list(matrix(c(1e6, 2e5, 3e5, 9e5, 4e5, 3e5), 3), matrix(c(10, 20, 30, 40, 50, 60), 3)),
  # Categories A, B meet only in stratum 1 and C, D only in stratum 2: singular.
  list(matrix(c(3, 5, 0, 0, 4, 2, 0, 0), 4), matrix(c(0, 0, 6, 2, 0, 0, 1, 7), 4)),
  # One informative stratum.
  list(matrix(c(10, 3, 7, 5, 8, 7), 3), matrix(c(1, 0, 0, 0, 0, 0), 3)),
  # Strong association in every stratum: p far below 1e-300.
  lapply(1:4, function(k) matrix(c(5000, 10, 20, 10, 5000, 4000), 3))
)

cmh_random <- function(i) {
  r <- sample(2:12, 1); K <- sample(1:8, 1)
  scale <- sample(c(3, 10, 100, 1e4, 1e6), 1, prob = c(0.25, 0.3, 0.25, 0.1, 0.1))
  shift <- if (i %% 3 == 0) exp(rnorm(r, 0, 0.7)) else rep(1, r)  # an association in some arrays
  lapply(seq_len(K), function(k) {
    S <- matrix(replicate(2 * r, draw(scale)), ncol = 2)
    S[, 1] <- round(S[, 1] * shift)
    if (runif(1) < 0.1) S[] <- sample(0:1, 2 * r, replace = TRUE, prob = c(0.9, 0.1))
    if (runif(1) < 0.1) S[, sample(2, 1)] <- 0
    S
  })
}

cmh_cases <- c(cmh_fixed, lapply(1:330, cmh_random))
cmh_json <- arr(lapply(cmh_cases, cmh_case))

# ---------------------------------------------------------------------------------------------

json <- paste0(
  "{\n",
  "\"generator\":", str("tests/reference/categorical-reference.R"), ",\n",
  "\"rVersion\":", str(paste(R.version$major, R.version$minor, sep = ".")), ",\n",
  "\"rx2\":", rx2_json, ",\n",
  "\"strata\":", cmh_json, "\n",
  "}\n")
writeLines(json, out_file, sep = "")
cat(sprintf("wrote %s: %d r x 2 tables (%d with a Fisher p), %d r x 2 x K arrays\n",
            out_file, length(rx2_cases) + length(rx2_large_cases), sum(grepl("\"fisher\":\\{\"pValue\":[^n]", strsplit(rx2_json, "\n")[[1]])),
            length(cmh_cases)))
