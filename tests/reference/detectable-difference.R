# Reference values for src/stats/detectable-difference.ts, computed by R.
#
# Run from the repository root:
#     Rscript tests/reference/detectable-difference.R
# It writes tests/reference/detectable-difference-values.json, which
# tests/stats/detectable-difference.test.ts compares at 1e-9 relative. The tables are
# fixed (no random numbers), so the file is the same byte for byte on every run.
#
# The minimum detectable difference at 80 % power, normal approximation with the pooled
# share: 100 * (qnorm(1 - alpha/2) + qnorm(0.8)) * sqrt(p * (1 - p) * (1/n1 + 1/n2)).
# Degenerate tables (no cases, a sex without cases, pooled share 0 or 1) are recorded as
# null with the reason code src/stats gives; R would give NaN, 0 or Inf there.

script_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
script_dir <- if (length(script_arg) == 1L) dirname(sub("^--file=", "", script_arg)) else "tests/reference"
out_file <- file.path(script_dir, "detectable-difference-values.json")
source(file.path(script_dir, "helpers.R"))

detectable <- function(yes1, no1, yes2, no2, alpha) {
  n1 <- yes1 + no1; n2 <- yes2 + no2; p <- (yes1 + yes2) / (n1 + n2)
  reason <- if (n1 + n2 == 0) "no-cases" else if (n1 == 0 || n2 == 0 || p == 0 || p == 1) "empty-margin" else NA
  value <- if (is.na(reason)) 100 * (qnorm(1 - alpha / 2) + qnorm(0.8)) * sqrt(p * (1 - p) * (1 / n1 + 1 / n2)) else NA
  obj(table = nums(c(yes1, no1, yes2, no2)), alpha = num(alpha), differencePp = num(value), reason = str(reason))
}

tables <- list(
  c(45, 73, 62, 118),      # the 300-row extract's first step
  c(3877, 1043, 3710, 1479),
  c(1, 1, 1, 1),
  c(1, 0, 0, 1),
  c(5, 95, 0, 20),
  c(0, 10, 0, 12),         # pooled share 0
  c(10, 0, 12, 0),         # pooled share 1
  c(0, 0, 7, 3),           # no female cases
  c(4, 6, 0, 0),           # no male cases
  c(0, 0, 0, 0),           # no cases
  c(123456, 654321, 98765, 567890),
  c(2, 18, 30, 270)
)
cases <- list()
for (alpha in c(0.05, 0.01, 0.1, 0.001)) for (t in tables) cases[[length(cases) + 1L]] <- detectable(t[1], t[2], t[3], t[4], alpha)
writeLines(paste0("{\"power\":", num(0.8), ",\"cases\":", arr(cases), "}\n"), out_file, sep = "")
