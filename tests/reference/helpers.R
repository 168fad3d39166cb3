# Helpers shared by reference.R and analysis-reference.R: JSON written by hand (no jsonlite
# in Debian's r-base-core; every number with sprintf("%.17g"), which round-trips a double;
# NA, NaN and Inf as null), and the stratified statistics R's stats package lacks, computed
# from their published formulas. Sourced by both scripts; it draws no random numbers.

# ---------------------------------------------------------------------------------------------
# JSON by hand.

num <- function(x) {
  if (is.null(x) || length(x) != 1L || is.na(x) || !is.finite(x)) return("null")
  sprintf("%.17g", as.double(x))
}
nums <- function(x) paste0("[", paste(vapply(as.list(x), num, ""), collapse = ","), "]")
str <- function(x) {
  if (is.null(x) || is.na(x)) return("null")
  paste0("\"", gsub("([\"\\\\])", "\\\\\\1", x), "\"")
}
strs <- function(x) paste0("[", paste(vapply(as.list(x), str, ""), collapse = ","), "]")
bool <- function(x) if (isTRUE(x)) "true" else "false"
obj <- function(...) {
  fields <- list(...)
  stopifnot(all(lengths(fields) == 1L))
  paste0("{", paste0("\"", names(fields), "\":", unlist(fields), collapse = ","), "}")
}
arr <- function(items) if (length(items) == 0L) "[]" else paste0("[\n", paste(unlist(items), collapse = ",\n"), "\n]")
null_or <- function(condition, json) if (condition) json else "null"

# ---------------------------------------------------------------------------------------------
# Stratified statistics. Strata are matrices with one row per stratum: yes1, no1, yes2, no2
# (group 1 = female, group 2 = male).

# A stratum is used when it has at least 2 cases and no
# empty row or column margin.
informative <- function(S) {
  n1 <- S[, 1] + S[, 2]; n2 <- S[, 3] + S[, 4]; ny <- S[, 1] + S[, 3]; nn <- S[, 2] + S[, 4]
  (n1 + n2 >= 2) & n1 > 0 & n2 > 0 & ny > 0 & nn > 0
}
as_array <- function(S) array(as.vector(t(S[, c(1, 3, 2, 4), drop = FALSE])), c(2, 2, nrow(S)))

# Mantel-Haenszel risk difference (weights
# n1 n2 / N) with Sato's (1989) variance, Var = (RD * sum P + sum Q) / W^2,
# P = (n1^2 c - n2^2 a + n1 n2 (n2 - n1) / 2) / N^2, Q = (a (n2 - c) + c (n1 - a)) / (2 N).
# Sato T (1989) Biometrics 45:1323-1324. Returns c(estimate, lower, upper) or NULL.
mh_risk_difference <- function(S) {
  a <- S[, 1]; n1 <- S[, 1] + S[, 2]; c <- S[, 3]; n2 <- S[, 3] + S[, 4]
  use <- n1 > 0 & n2 > 0
  if (!any(use)) return(NULL)
  a <- a[use]; n1 <- n1[use]; c <- c[use]; n2 <- n2[use]; N <- n1 + n2
  W <- sum(n1 * n2 / N)
  rd <- sum((a * n2 - c * n1) / N) / W
  P <- sum((n1^2 * c - n2^2 * a + n1 * n2 * (n2 - n1) / 2) / N^2)
  Q <- sum((a * (n2 - c) + c * (n1 - a)) / (2 * N))
  v <- (rd * P + Q) / W^2
  if (!(v > 0)) return(NULL)
  rd + c(0, -1, 1) * qnorm(0.975) * sqrt(v)
}

# Breslow-Day test with Tarone's correction
# (Breslow & Day 1980 sec. 4.4; Tarone 1985) over the used strata: fitted yes1 cell A_k of the
# table with stratum k's margins and the Mantel-Haenszel odds ratio, found with uniroot (then
# again as the distance to the nearer end of its range, to keep the digits of tiny cells);
# Var_k = 1 / (1/A + 1/B + 1/C + 1/D); X2 = sum (a - A)^2 / Var - (sum a - sum A)^2 / sum Var,
# df = K - 1. Returns list(statistic, df, p, reason).
breslow_day <- function(S) {
  kept <- S[informative(S), , drop = FALSE]
  none <- function(reason) list(statistic = NA, df = NA, p = NA, reason = reason)
  if (nrow(kept) < 2L) return(none("too-few-strata"))
  a <- kept[, 1]; b <- kept[, 2]; c <- kept[, 3]; d <- kept[, 4]; N <- a + b + c + d
  diag_sum <- sum(a * d / N); offd_sum <- sum(b * c / N)
  if (diag_sum == 0 || offd_sum == 0) return(none("undefined-common-odds-ratio"))
  psi <- diag_sum / offd_sum
  n1 <- a + b; n2 <- c + d; t1 <- a + c
  cells <- t(vapply(seq_along(a), function(k) {
    lo <- max(0, t1[k] - n2[k]); hi <- min(n1[k], t1[k])
    f <- function(A) A * (n2[k] - t1[k] + A) - psi * (n1[k] - A) * (t1[k] - A)
    A <- uniroot(f, c(lo, hi), tol = 1e-300, maxiter = 10000)$root
    if (A - lo <= hi - A) {
      g <- function(u) (lo + u) * (n2[k] - t1[k] + lo + u) - psi * (n1[k] - lo - u) * (t1[k] - lo - u)
      u <- uniroot(g, c(0, hi - lo), tol = 1e-300, maxiter = 10000)$root
      c(lo + u, n1[k] - lo - u, t1[k] - lo - u, n2[k] - t1[k] + lo + u, a[k] - lo - u)
    } else {
      g <- function(v) (hi - v) * (n2[k] - t1[k] + hi - v) - psi * (n1[k] - hi + v) * (t1[k] - hi + v)
      v <- uniroot(g, c(0, hi - lo), tol = 1e-300, maxiter = 10000)$root
      c(hi - v, n1[k] - hi + v, t1[k] - hi + v, n2[k] - t1[k] + hi - v, a[k] - hi + v)
    }
  }, numeric(5)))
  v <- 1 / (1 / cells[, 1] + 1 / cells[, 2] + 1 / cells[, 3] + 1 / cells[, 4])
  deviation <- cells[, 5]
  statistic <- max(0, sum(deviation^2 / v) - sum(deviation)^2 / sum(v))
  df <- nrow(kept) - 1
  list(statistic = statistic, df = df, p = pchisq(statistic, df, lower.tail = FALSE), reason = NA_character_)
}
