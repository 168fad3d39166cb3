# Reference values for the categorical and numeric steps (issue 15), computed by R from the raw
# fixture extract, end to end. Run from the repository root:
#     Rscript tests/reference/distribution-reference.R
# It writes tests/reference/distribution-reference-values.json, which
# tests/analysis/distribution-reference.test.ts compares with the JSON of the built CLI:
#     jamstat analyze tests/fixtures/issue15/arenden.csv -c tests/fixtures/issue15/arenden.yml -f json --no-suppress
# Nothing is taken from jamstat: the extract is read with read.csv2 (decimal comma), the rows are
# selected here, and the tests are R's own (chisq.test, fisher.test, mantelhaen.test, wilcox.test,
# t.test, quantile type 7). The configuration is restated by hand below: keep it in step with the YAML.
# Every number is printed with sprintf("%.17g"); no randomness.

script_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
script_dir <- if (length(script_arg) == 1L) dirname(sub("^--file=", "", script_arg)) else "tests/reference"
root <- normalizePath(file.path(script_dir, "..", ".."))
out_file <- file.path(script_dir, "distribution-reference-values.json")
source(file.path(script_dir, "helpers.R"))

cases <- read.csv2(file.path(root, "tests/fixtures/issue15/arenden.csv"), check.names = FALSE, fileEncoding = "UTF-8", stringsAsFactors = FALSE)
female <- cases[["Kön"]] == "Flicka"
male <- cases[["Kön"]] == "Pojke"

# The yes/no steps' test choice on a 2x2 (jamstat's compareTwoByTwo, yates: true): chi-square with
# Yates' correction, Fisher's exact test when an expected count is below 5.
two_by_two_p <- function(yes1, n1, yes2, n2) {
  m <- matrix(c(yes1, n1 - yes1, yes2, n2 - yes2), 2, byrow = TRUE)
  expected <- outer(rowSums(m), colSums(m)) / sum(m)
  if (min(expected) < 5) fisher.test(m)$p.value else suppressWarnings(chisq.test(m, correct = TRUE))$p.value
}

# A categorical step's overall row: rows of the r x 2 table are the categories, columns female, male.
categories_json <- function(step, column, selected, levels, ordered, strata_column) {
  f <- as.vector(table(factor(cases[[column]][selected & female], levels = levels)))
  m <- as.vector(table(factor(cases[[column]][selected & male], levels = levels)))
  tab <- cbind(f, m)
  expected <- outer(rowSums(tab), colSums(tab)) / sum(tab)
  omnibus <- if (min(expected) < 5) list(test = "fisher", statistic = NA, df = NA, p = fisher.test(tab)$p.value) else {
    t <- chisq.test(tab, correct = FALSE)
    list(test = "chi2", statistic = t$statistic, df = t$parameter, p = t$p.value)
  }
  per_category <- lapply(seq_along(levels), function(i) obj(value = str(levels[i]), femaleYes = num(f[i]), maleYes = num(m[i]), p = num(two_by_two_p(f[i], sum(f), m[i], sum(m)))))
  strata <- sort(unique(cases[[strata_column]][selected]))
  arr3 <- array(0, dim = c(length(levels), 2, length(strata)))
  for (k in seq_along(strata)) {
    in_stratum <- selected & cases[[strata_column]] == strata[k]
    arr3[, 1, k] <- as.vector(table(factor(cases[[column]][in_stratum & female], levels = levels)))
    arr3[, 2, k] <- as.vector(table(factor(cases[[column]][in_stratum & male], levels = levels)))
  }
  cmh <- mantelhaen.test(arr3)
  trend <- if (ordered) {
    w <- wilcox.test(rep(seq_along(levels), f), rep(seq_along(levels), m), correct = TRUE, exact = FALSE)
    obj(statistic = num(w$statistic), p = num(w$p.value))
  } else "null"
  obj(step = str(step), femaleN = num(sum(f)), maleN = num(sum(m)), test = str(omnibus$test), statistic = num(omnibus$statistic), df = num(omnibus$df), p = num(omnibus$p),
      categories = arr(per_category), cmh = obj(statistic = num(cmh$statistic), df = num(cmh$parameter), p = num(cmh$p.value)), trend = trend)
}

# A numeric step's overall row.
measure_json <- function(step, column, selected) {
  x <- cases[[column]][selected & female]
  y <- cases[[column]][selected & male]
  summary_json <- function(v) {
    q <- quantile(v, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
    obj(n = num(length(v)), q1 = num(q[1]), median = num(q[2]), q3 = num(q[3]), mean = num(mean(v)), sd = num(sd(v)))
  }
  w <- suppressWarnings(wilcox.test(x, y, correct = TRUE, conf.int = TRUE))
  t <- t.test(x, y)
  obj(step = str(step), female = summary_json(x), male = summary_json(y), statistic = num(w$statistic), p = num(w$p.value), exact = bool(w$method == "Wilcoxon rank sum exact test"),
      estimate = num(w$estimate), ci95 = nums(w$conf.int),
      welch = obj(statistic = num(t$statistic), df = num(t$parameter), p = num(t$p.value), estimate = num(t$estimate[1] - t$estimate[2]), ci95 = nums(t$conf.int)))
}

investigated <- cases[["Förhandsbedömning"]] == "Utredning inleds"
everyone <- rep(TRUE, nrow(cases))
reasons <- sort(unique(cases[["Kontaktorsak"]]))
json <- paste0("{\n\"categories\": ", arr(list(
  categories_json("Kontaktorsak", "Kontaktorsak", everyone, reasons, FALSE, "Behov"),
  categories_json("Riskbedömning", "Riskbedömning", investigated, c("Låg", "Medel", "Hög"), TRUE, "Behov")
)), ",\n\"measures\": ", arr(list(measure_json("Handläggningstid", "Handläggningstid (dagar)", investigated))), "\n}\n")
writeLines(json, out_file, useBytes = TRUE)
