# Reference values for jamstat's analysis (src/analysis, src/tally), computed by R from the raw
# fixture extracts, end to end.
#
# Run from the repository root:
#     Rscript tests/reference/analysis-reference.R
# It writes tests/reference/analysis-reference-values.json, which
# tests/analysis/reference.test.ts compares with the JSON of the built CLI:
#     jamstat analyze fixtures/exempel.csv       -c fixtures/kriterier.yml -f json   ("criteria")
#     jamstat analyze fixtures/personnummer.csv  -c fixtures/perioder.yml  -f json   ("periods")
#     jamstat analyze fixtures/berkeley.csv      -c fixtures/berkeley.yml  -f json   ("berkeley")
# Running it again gives the same file byte for byte: there is no randomness, only base R and
# stats are used (no jsonlite: Debian's r-base-core does not ship it) and every number is
# printed with sprintf("%.17g"). NA, NaN and Inf are written as null.
#
# Nothing here is taken from jamstat: the extracts are read with read.csv2, every grouping,
# stratum, period and person count is formed here, and the tests are R's own
# (chisq.test, fisher.test, mantelhaen.test, p.adjust, poisson.test, pnorm, qnorm). The
# quantities R's stats package lacks (Mantel-Haenszel risk difference with Sato's variance,
# Breslow-Day-Tarone) come from tests/reference/helpers.R, shared with reference.R.
#
# The configurations (fixtures/kriterier.yml, fixtures/perioder.yml, fixtures/berkeley.yml) are
# restated by hand below, as R code: keep them in step with the YAML. The verdicts follow the
# rules of the README's "Unwarranted differences: criteria and verdicts" (criterion_outcome).

script_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
script_dir <- if (length(script_arg) == 1L) dirname(sub("^--file=", "", script_arg)) else "tests/reference"
root <- normalizePath(file.path(script_dir, "..", ".."))
out_file <- file.path(script_dir, "analysis-reference-values.json")

source(file.path(script_dir, "helpers.R"))

# ---------------------------------------------------------------------------------------------
# Stratified statistics. Strata are matrices with one row per stratum: yes1, no1, yes2, no2
# (group 1 = female, group 2 = male). informative, as_array, mh_risk_difference and
# breslow_day are in helpers.R.

# After reference.R's cmh_json: R's mantelhaen.test(correct = TRUE) on the used strata. R needs
# K >= 2, so a single used stratum is padded with matrix(c(2, 0, 0, 0), 2), whose every term
# (deviation, variance, R and S sums of the odds ratio and its interval) is exactly 0.
cmh <- function(S) {
  keep <- informative(S)
  out <- list(used = sum(keep), dropped = sum(!keep), statistic = NA, p = NA, or = NULL,
              reason = NA_character_)
  if (!any(keep)) { out$reason <- "too-few-strata"; return(out) }
  x <- as_array(S[keep, , drop = FALSE])
  if (sum(keep) == 1L) x <- array(c(x, 2, 0, 0, 0), c(2, 2, 2))
  r <- mantelhaen.test(x, correct = TRUE)
  out$statistic <- unname(r$statistic)
  out$p <- r$p.value
  if (is.finite(r$estimate) && r$estimate > 0 && all(is.finite(r$conf.int))) {
    out$or <- c(unname(r$estimate), r$conf.int[1:2])
  }
  out
}



# ---------------------------------------------------------------------------------------------
# One group's female-male comparison: cells = female yes, female no, male yes, male no, other
# yes, other no. Chi-square with Yates (chisq.test(correct = TRUE)), or Fisher's exact test
# when an expected count of the female-male table is below 5; no test with an empty margin.

# The smallest difference a two-sided test at alpha finds with 80 % power at these counts
# (normal approximation, pooled share); NA where a sex has no cases or p is 0 or 1. Both
# fixtures' runs use alpha = 0.05.
detectable_pp <- function(cells, alpha = 0.05) {
  n1 <- cells[1] + cells[2]; n2 <- cells[3] + cells[4]
  if (n1 == 0 || n2 == 0) return(NA)
  p <- (cells[1] + cells[3]) / (n1 + n2)
  if (p == 0 || p == 1) return(NA)
  100 * (qnorm(1 - alpha / 2) + qnorm(0.8)) * sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
}

compare_cells <- function(cells) {
  yes1 <- cells[1]; no1 <- cells[2]; yes2 <- cells[3]; no2 <- cells[4]
  n1 <- yes1 + no1; n2 <- yes2 + no2; ny <- yes1 + yes2; nn <- no1 + no2; n <- n1 + n2
  out <- list(cells = cells, diffPp = if (n1 > 0 && n2 > 0) (yes1 / n1 - yes2 / n2) * 100 else NA,
              test = NA_character_, statistic = NA, p = NA, reason = NA_character_)
  if (n == 0) { out$reason <- "no-cases"; return(out) }
  if (min(n1, n2, ny, nn) == 0) { out$reason <- "empty-margin"; return(out) }
  x <- matrix(c(yes1, yes2, no1, no2), 2)
  if (min(c(n1 * ny, n1 * nn, n2 * ny, n2 * nn) / n) < 5) {
    out$test <- "fisher"
    out$p <- fisher.test(x)$p.value
  } else {
    r <- chisq.test(x, correct = TRUE)
    out$test <- "chi2"
    out$statistic <- unname(r$statistic)
    out$p <- r$p.value
  }
  out
}

# ---------------------------------------------------------------------------------------------
# Reading extracts and deriving variables.

read_extract <- function(file) {
  # na.strings = character(0): a cell "NA" is text, as jamstat reads it.
  d <- read.csv2(file.path(root, file), fileEncoding = "UTF-8-BOM", colClasses = "character",
                 check.names = FALSE, na.strings = character(0))
  d[] <- lapply(d, trimws)
  d
}

# Sex column: Flicka = female, Pojke = male (any case), another non-empty value = other, empty =
# NA (the row is excluded from every step).
sex_of_column <- function(x) {
  lower <- tolower(x)
  ifelse(x == "", NA_character_, ifelse(lower == "flicka", "female", ifelse(lower == "pojke", "male", "other")))
}

# A number as jamstat reads one (decimal comma, spaces between thousands), else NA.
parse_number <- function(x) {
  cleaned <- sub(",", ".", gsub("[[:space:]\u00a0\u202f]", "", x), fixed = TRUE)
  ifelse(grepl("^-?[0-9]+([.][0-9]+)?$", cleaned), suppressWarnings(as.numeric(cleaned)), NA_real_)
}

# Bins with edges [0, 7, 13, 18]: "0–6", "7–12", "13–17" (en dash); outside or not a number: "".
age_band <- function(x, edges = c(0, 7, 13, 18)) {
  labels <- paste0(edges[-length(edges)], "\u2013", edges[-1] - 1)
  number <- parse_number(x)
  band <- findInterval(number, edges)
  ifelse(is.na(number) | number < edges[1] | number >= edges[length(edges)], "", labels[pmax(1, band)])
}

days_in_month <- function(year, month) {
  leap <- (year %% 4 == 0 & year %% 100 != 0) | year %% 400 == 0
  c(31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month] + (month == 2 & leap)
}

# Luhn check digit over nine digits YYMMDDNNN (weights 2, 1, 2, ...).
luhn <- function(nine) {
  digits <- as.integer(strsplit(nine, "")[[1]]) * rep(c(2L, 1L), length.out = 9L)
  (10L - sum(ifelse(digits > 9L, digits - 9L, digits)) %% 10L) %% 10L
}

# Personnummer / samordningsnummer (SKV 704): 10 or 12 digits, optional - or +; the date must be
# real (samordningsnummer: day + 60), the Luhn digit right; the ninth digit (second to last) is
# odd for men. The century of a 10-digit form is the one that makes the person at most 99 years
# old (100 or more with +) in reference_year. Returns list(sex = "female"/"male"/NA, birth =
# "YYYY-MM-DD" or NA).
parse_personnummer <- function(x, reference_year) {
  m <- regmatches(x, regexec("^([0-9]{2})?([0-9]{2})([0-9]{2})([0-9]{2})([-+]?)([0-9]{3})([0-9])$", x))[[1]]
  invalid <- list(sex = NA_character_, birth = NA_character_)
  if (length(m) == 0L) return(invalid)
  yy <- as.integer(m[3]); month <- as.integer(m[4]); day <- as.integer(m[5])
  year <- if (m[2] != "") as.integer(m[2]) * 100L + yy else {
    y <- (reference_year %/% 100L) * 100L + yy
    if (y > reference_year) y <- y - 100L
    if (m[6] == "+") y <- y - 100L
    y
  }
  if (day > 60L) day <- day - 60L
  if (month < 1L || month > 12L || day < 1L || day > days_in_month(year, month)) return(invalid)
  if (luhn(paste0(m[3], m[4], m[5], m[7])) != as.integer(m[8])) return(invalid)
  list(sex = if (as.integer(substr(m[7], 3, 3)) %% 2L == 1L) "male" else "female",
       birth = sprintf("%04d-%02d-%02d", year, month, day))
}

# Whole years from a birth date to a date (both YYYY-MM-DD).
age_at <- function(birth, date) {
  years <- as.integer(substr(date, 1, 4)) - as.integer(substr(birth, 1, 4))
  ifelse(substr(date, 6, 10) < substr(birth, 6, 10), years - 1L, years)
}

quarter_of <- function(date) {
  paste0(substr(date, 1, 4), "-Q", (as.integer(substr(date, 6, 7)) - 1L) %/% 3L + 1L)
}

# Display order of group values (jamstat: Swedish collation, numbers by value, blanks last).
# Enough for the fixtures' values: lower case, å ä ö after z, digit runs by value, then bytes.
sort_key <- function(x) {
  key <- chartr("\u00e5\u00e4\u00f6", "{|}", tolower(x))
  runs <- gregexpr("[0-9]+", key)
  regmatches(key, runs) <- lapply(regmatches(key, runs), function(v) sprintf("%015.0f", as.numeric(v)))
  paste0(ifelse(x == "", "1", "0"), key)
}

# ---------------------------------------------------------------------------------------------
# The analysis, as jamstat's configuration describes it.
#
# d: the extract with columns .sex (female/male/other, NA = excluded), .person (person id, or NA
# when cases are counted) and every variable used. steps: name, among (a function of d giving
# TRUE/FALSE), outcome column and value, criteria (a named list of variable vectors).
# groupings: list(label = by entry or NA, variables = character vector).

# The six cells of a set of rows: rows, or persons (a person once: yes if any row is yes; sex of
# the first row).
cells_of <- function(sex, yes, person) {
  if (!all(is.na(person))) {
    first <- !duplicated(person)
    any_yes <- tapply(yes, person, any)
    sex <- sex[first]
    yes <- unname(any_yes[person[first]])
  }
  c(sum(sex == "female" & yes), sum(sex == "female" & !yes), sum(sex == "male" & yes),
    sum(sex == "male" & !yes), sum(sex == "other" & yes), sum(sex == "other" & !yes))
}

group_values <- function(rows, variables) {
  if (length(variables) == 0L) return(list(key = rep("", nrow(rows)), order = "", labels = NA_character_))
  parts <- lapply(variables, function(v) rows[[v]])
  key <- do.call(paste, c(parts, sep = "\u0001"))
  first <- !duplicated(key)
  combos <- lapply(parts, function(p) p[first])
  ord <- do.call(order, c(lapply(combos, sort_key), method = "radix"))
  list(key = key, order = key[first][ord],
       labels = do.call(paste, c(combos, sep = " \u00d7 "))[ord])
}

strata_matrix <- function(rows, yes, variables) {
  key <- do.call(paste, c(lapply(variables, function(v) rows[[v]]), sep = "\u0001"))
  strata <- split(seq_len(nrow(rows)), key)
  t(vapply(strata, function(i) cells_of(rows$.sex[i], yes[i], rows$.person[i])[1:4], numeric(4)))
}

# One criterion's stratified comparison. When every female and male case of the row lies in one
# stratum (the row is department A, the criterion is department), the criterion cannot be
# examined within the row: no test, reason "single-stratum". Strata are named by their values
# joined with " x " (as group labels are), and ordered by those values in code-point order.
compare_within_strata <- function(criterion, variables, S, min_n) {
  S <- S[order(enc2utf8(rownames(S)), method = "radix"), , drop = FALSE]
  labels <- gsub("\u0001", " \u00d7 ", rownames(S), fixed = TRUE)
  keep <- informative(S)
  base <- list(criterion = criterion, variables = variables)
  if (sum(rowSums(S) > 0) == 1L) {
    return(c(base, list(used = sum(keep), dropped = sum(!keep), statistic = NA, p = NA, or = NULL,
                        reason = "single-stratum", rd = NULL,
                        homogeneity = list(statistic = NA, df = NA, p = NA, reason = "single-stratum"),
                        range = NULL)))
  }
  # The strata with the highest and the lowest female - male difference, among the used strata
  # where each sex has at least min_n cases (ties: the first in order); NULL when fewer than two.
  n1 <- S[, 1] + S[, 2]; n2 <- S[, 3] + S[, 4]
  named <- keep & n1 >= min_n & n2 >= min_n
  range <- NULL
  if (sum(named) >= 2L) {
    diffs <- (S[named, 1] / n1[named] - S[named, 3] / n2[named]) * 100
    named_labels <- labels[named]
    range <- list(highest = list(stratum = named_labels[which.max(diffs)], diffPp = max(diffs)),
                  lowest = list(stratum = named_labels[which.min(diffs)], diffPp = min(diffs)))
  }
  c(base, cmh(S), list(rd = mh_risk_difference(S), homogeneity = breslow_day(S), range = range))
}

# Change of the female - male difference from the period before to the last one.
change_of <- function(before, last) {
  part <- function(cells) {
    n1 <- cells[1] + cells[2]; n2 <- cells[3] + cells[4]
    if (n1 == 0 || n2 == 0) return(NULL)
    p1 <- cells[1] / n1; p2 <- cells[3] / n2
    c(p1 - p2, p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
  }
  b <- part(before); l <- part(last)
  if (is.null(b) || is.null(l)) return(NULL)
  se <- sqrt(b[2] + l[2])
  if (!(se > 0)) return(NULL)
  d <- l[1] - b[1]
  z <- d / se
  list(diff = d, ci = d + c(-1, 1) * qnorm(0.975) * se, z = z, p = 2 * pnorm(-abs(z)))
}

analyse <- function(d, steps, groupings, period = NULL, min_n = 20) {
  results <- list()
  step_summaries <- list()
  for (step in steps) {
    taken <- step$among(d)
    counted <- taken & !is.na(d$.sex) & d[[step$column]] != ""
    rows <- d[counted, , drop = FALSE]
    yes <- rows[[step$column]] == step$equals
    overall <- cells_of(rows$.sex, yes, rows$.person)
    step_summaries[[length(step_summaries) + 1L]] <- list(
      name = step$name, rows = sum(taken), used = nrow(rows), persons = sum(overall))
    for (grouping in groupings) {
      g <- group_values(rows, grouping$variables)
      for (index in seq_along(g$order)) {
        in_group <- g$key == g$order[index]
        sub <- rows[in_group, , drop = FALSE]
        sub_yes <- yes[in_group]
        row <- compare_cells(cells_of(sub$.sex, sub_yes, sub$.person))
        row$step <- step$name; row$by <- grouping$label; row$group <- g$labels[index]; row$period <- NA
        row$adjusted <- lapply(names(step$criteria), function(criterion) {
          S <- strata_matrix(sub, sub_yes, step$criteria[[criterion]])
          compare_within_strata(criterion, step$criteria[[criterion]], S, min_n)
        })
        period_rows <- list()
        if (!is.null(period)) {
          periods <- sort(unique(sub[[period]]), method = "radix")
          tables <- lapply(periods, function(p) {
            i <- sub[[period]] == p
            cells_of(sub$.sex[i], sub_yes[i], sub$.person[i])
          })
          S <- do.call(rbind, lapply(tables, function(cells) cells[1:4]))
          row$overTime <- list(periods = periods, homogeneity = breslow_day(S),
                               change = if (length(periods) >= 2L) change_of(tables[[length(periods) - 1L]], tables[[length(periods)]]) else NULL)
          period_rows <- lapply(seq_along(periods), function(k) {
            r <- compare_cells(tables[[k]])
            r$step <- step$name; r$by <- grouping$label; r$group <- g$labels[index]; r$period <- periods[k]
            r$adjusted <- list()
            r
          })
        }
        results <- c(results, list(row), period_rows)
      }
    }
  }
  list(results = results, steps = step_summaries)
}

# Benjamini-Hochberg over the non-null p-values of a family, in place.
bh <- function(p) {
  q <- rep(NA_real_, length(p))
  q[!is.na(p)] <- p.adjust(p[!is.na(p)], method = "BH")
  q
}

# What one criterion says about a flagged difference of crude percentage points (README,
# "Unwarranted differences: criteria and verdicts"): not-applicable (single stratum), insufficient
# (no test), persists (q < alpha), explained (q >= alpha and the Mantel-Haenszel risk difference's
# 95 % interval lies within +-min_diff_pp or excludes the crude difference on the side of zero),
# else inconclusive
# (also when there is no interval).
criterion_outcome <- function(a, crude, alpha, min_diff_pp) {
  if (identical(a$reason, "single-stratum")) return("not-applicable")
  if (is.na(a$p)) return("insufficient")
  if (is.na(a$q) || a$q < alpha) return("persists")
  if (is.null(a$rd)) return("inconclusive")
  ci <- a$rd[2:3] * 100
  within <- ci[1] >= -min_diff_pp && ci[2] <= min_diff_pp
  # Excluded on the side of zero: an interval wholly beyond the crude difference does not explain it.
  excludes <- !is.na(crude) && ((crude > 0 && ci[2] < crude) || (crude < 0 && ci[1] > crude))
  if (within || excludes) "explained" else "inconclusive"
}

# q, flag and verdict of every result row; rates: q and flag as well. Three families, each
# adjusted on its own: raw tests (rows, changes, rates), CMH tests of the criteria, and the
# criteria's Breslow-Day-Tarone tests (whose q < alpha gives the warning heterogeneous-strata).
adjust_and_flag <- function(analysis, rates = list(), alpha = 0.05, min_diff_pp = 5, min_n = 20) {
  results <- analysis$results
  tested <- which(vapply(results, function(r) is.na(r$period), TRUE))
  change_p <- vapply(results[tested], function(r) if (is.null(r$overTime$change)) NA_real_ else r$overTime$change$p, 0)
  raw <- c(vapply(results[tested], function(r) r$p, 0), change_p, vapply(rates, function(r) r$p, 0))
  raw_q <- bh(raw)
  adjusted_p <- unlist(lapply(results[tested], function(r) vapply(r$adjusted, function(a) a$p, 0)))
  adjusted_q <- bh(adjusted_p)
  homogeneity_p <- unlist(lapply(results[tested], function(r) vapply(r$adjusted, function(a) a$homogeneity$p, 0)))
  homogeneity_q <- bh(homogeneity_p)
  next_adjusted <- 0L
  for (k in seq_along(results)) {
    r <- results[[k]]
    r$q <- NA
    r$flag <- FALSE
    position <- match(k, tested)
    for (j in seq_along(r$adjusted)) r$adjusted[[j]]$hq <- NA
    if (!is.na(position)) {
      r$q <- raw_q[position]
      if (!is.null(r$overTime$change)) r$overTime$change$q <- raw_q[length(tested) + position]
      for (j in seq_along(r$adjusted)) {
        next_adjusted <- next_adjusted + 1L
        r$adjusted[[j]]$q <- adjusted_q[next_adjusted]
        r$adjusted[[j]]$hq <- homogeneity_q[next_adjusted]
      }
      f <- r$cells[1] + r$cells[2]; m <- r$cells[3] + r$cells[4]
      r$flag <- !is.na(r$q) && r$q < alpha && !is.na(r$diffPp) && abs(r$diffPp) >= min_diff_pp &&
        f >= min_n && m >= min_n
    }
    # Warnings of each stratified comparison: strata left out, a p below the smallest double
    # (R gives 0 there), and strata that differ.
    for (j in seq_along(r$adjusted)) {
      a <- r$adjusted[[j]]
      w <- character(0)
      if (!identical(a$reason, "single-stratum")) {
        if (a$dropped > 0) w <- c(w, "strata-dropped")
        if ((!is.na(a$p) && a$p == 0) || (!is.na(a$homogeneity$p) && a$homogeneity$p == 0)) w <- c(w, "p-underflow")
        if (!is.na(a$hq) && a$hq < alpha) w <- c(w, "heterogeneous-strata")
      }
      r$adjusted[[j]]$warnings <- sort(w, method = "radix")
    }
    criteria <- vapply(r$adjusted, function(a) a$criterion, "")
    outcomes <- vapply(r$adjusted, function(a) criterion_outcome(a, r$diffPp, alpha, min_diff_pp), "")
    r$explainedBy <- if (r$flag) criteria[outcomes == "explained"] else character(0)
    r$inconclusiveFor <- if (r$flag) criteria[outcomes == "inconclusive"] else character(0)
    r$insufficientFor <- if (r$flag) criteria[outcomes == "insufficient"] else character(0)
    r$verdict <- if (!r$flag) "none" else if (length(r$explainedBy)) "explained" else
      if (length(r$inconclusiveFor)) "inconclusive" else if (length(r$insufficientFor)) "insufficient" else "candidate"
    results[[k]] <- r
  }
  for (k in seq_along(rates)) {
    q <- raw_q[2L * length(tested) + k]
    rates[[k]]$q <- q
    rates[[k]]$flag <- !is.na(q) && q < alpha && rates[[k]]$population[1] >= min_n && rates[[k]]$population[2] >= min_n
  }
  list(results = results, rates = rates, steps = analysis$steps,
       familySize = sum(!is.na(raw)), adjustedFamilySize = sum(!is.na(adjusted_p)),
       homogeneityFamilySize = sum(!is.na(homogeneity_p)))
}

# ---------------------------------------------------------------------------------------------
# JSON of a run.

sex_json <- function(yes, no) obj(n = num(yes + no), yes = num(yes))
estimate_json <- function(x) if (is.null(x)) "null" else obj(estimate = num(x[1]), ci95 = nums(x[2:3]))

result_json <- function(r) {
  adjusted <- arr(lapply(r$adjusted, function(a) obj(
    criterion = str(a$criterion), "for" = strs(a$variables), statistic = num(a$statistic), p = num(a$p),
    q = num(a$q), oddsRatio = estimate_json(a$or),
    riskDiffPp = estimate_json(if (is.null(a$rd)) NULL else a$rd * 100),
    homogeneityP = num(a$homogeneity$p), strata = obj(used = num(a$used), dropped = num(a$dropped)),
    reason = str(a$reason), homogeneityQ = num(a$hq),
    strataRange = if (is.null(a$range)) "null" else obj(
      highest = obj(stratum = str(a$range$highest$stratum), diffPp = num(a$range$highest$diffPp)),
      lowest = obj(stratum = str(a$range$lowest$stratum), diffPp = num(a$range$lowest$diffPp))),
    warnings = strs(a$warnings))))
  over_time <- if (is.null(r$overTime)) "null" else {
    h <- r$overTime$homogeneity
    ch <- r$overTime$change
    periods <- r$overTime$periods
    obj(periods = strs(periods),
        homogeneity = obj(statistic = num(h$statistic), df = num(h$df), p = num(h$p), reason = str(h$reason)),
        change = if (is.null(ch)) "null" else obj(
          from = str(periods[length(periods) - 1L]), to = str(periods[length(periods)]),
          diffPp = num(ch$diff * 100), ci95 = nums(ch$ci * 100), statistic = num(ch$z), p = num(ch$p),
          q = num(ch$q)))
  }
  cells <- r$cells
  obj(step = str(r$step), by = str(r$by), group = str(r$group), period = str(r$period),
      female = sex_json(cells[1], cells[2]), male = sex_json(cells[3], cells[4]),
      other = sex_json(cells[5], cells[6]), diffPp = num(r$diffPp),
      detectableDiffPp = num(detectable_pp(cells)), test = str(r$test),
      statistic = num(r$statistic), p = num(r$p), q = num(r$q), flag = bool(r$flag),
      reason = str(r$reason), verdict = str(r$verdict), explainedBy = strs(r$explainedBy),
      insufficientFor = strs(r$insufficientFor), inconclusiveFor = strs(r$inconclusiveFor),
      adjusted = adjusted, overTime = over_time)
}

rate_json <- function(r) obj(
  step = str(r$step), by = str(r$by), group = str(r$group),
  female = obj(cases = num(r$cases[1]), population = num(r$population[1]), per1000 = num(r$per1000[1])),
  male = obj(cases = num(r$cases[2]), population = num(r$population[2]), per1000 = num(r$per1000[2])),
  rateRatio = estimate_json(r$rateRatio), p = num(r$p), q = num(r$q), flag = bool(r$flag),
  reason = str(r$reason))

run_json <- function(args, run) obj(
  args = strs(args),
  familySize = num(run$familySize),
  adjustedFamilySize = num(run$adjustedFamilySize),
  homogeneityFamilySize = num(run$homogeneityFamilySize),
  steps = arr(lapply(run$steps, function(s) obj(name = str(s$name), rows = num(s$rows), used = num(s$used),
                                                 persons = num(s$persons)))),
  results = arr(lapply(run$results, result_json)),
  rates = arr(lapply(run$rates, rate_json)))

# ---------------------------------------------------------------------------------------------
# A. fixtures/exempel.csv with fixtures/kriterier.yml: cases, sex from Kön, criteria per step.

started <- proc.time()[["elapsed"]]

exempel <- read_extract("fixtures/exempel.csv")
exempel$.sex <- sex_of_column(exempel[["Kön"]])
exempel$.person <- NA_character_
exempel[["Åldersgrupp"]] <- age_band(exempel[["Ålder"]])

equals <- function(column, value) function(d) d[[column]] == value
everything <- function(d) rep(TRUE, nrow(d))
global_criteria <- list(need = c("Kontaktorsak", "Riskbedömning"), otherSupport = "Annan huvudman",
                        consent = "Samtycke")
criteria_steps <- list(
  list(name = "Utredning inleds", among = everything, column = "Förhandsbedömning",
       equals = "Utredning inleds", criteria = global_criteria),
  list(name = "Barnet vidtalat", among = equals("Förhandsbedömning", "Utredning inleds"),
       column = "Barnet vidtalat", equals = "Ja", criteria = list(participation = "Tolk")),
  list(name = "Insats beviljas", among = equals("Förhandsbedömning", "Utredning inleds"),
       column = "Beslut insats", equals = "Insats beviljad", criteria = global_criteria),
  list(name = "Insats accepteras", among = equals("Beslut insats", "Insats beviljad"),
       column = "Insats accepterad", equals = "Ja", criteria = global_criteria))
criteria_groupings <- list(
  list(label = NA_character_, variables = character(0)),
  list(label = "Stadsdelsområde", variables = "Stadsdelsområde"),
  list(label = "Kontaktorsak", variables = "Kontaktorsak"),
  list(label = "Stadsdelsområde*Åldersgrupp", variables = c("Stadsdelsområde", "Åldersgrupp")))

criteria_run <- adjust_and_flag(analyse(exempel, criteria_steps, criteria_groupings))

# ---------------------------------------------------------------------------------------------
# B. fixtures/personnummer.csv with fixtures/perioder.yml: sex from Personnummer, persons
# (rule any), quarters, age at aktualisering, rates per 1,000 from fixtures/befolkning.csv.

persons <- read_extract("fixtures/personnummer.csv")
parsed <- Map(function(pnr, date) parse_personnummer(pnr, as.integer(substr(date, 1, 4))),
              persons[["Personnummer"]], persons[["Aktualiseringsdatum"]])
persons$.sex <- vapply(parsed, function(p) p$sex, "")
persons$.sex[persons[["Personnummer"]] == ""] <- NA
persons$.person <- persons[["Personnummer"]]
stopifnot(all(grepl("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", persons[["Aktualiseringsdatum"]])))
birth <- vapply(parsed, function(p) p$birth, "")
persons[["Ålder vid aktualisering"]] <- ifelse(is.na(birth), "", as.character(age_at(birth, persons[["Aktualiseringsdatum"]])))
persons[["Åldersgrupp"]] <- age_band(persons[["Ålder vid aktualisering"]])
persons$.period <- quarter_of(persons[["Aktualiseringsdatum"]])

period_steps <- list(
  list(name = "Utredning inleds", among = everything, column = "Förhandsbedömning",
       equals = "Utredning inleds", criteria = list(need = "Kontaktorsak")),
  list(name = "Insats beviljas", among = equals("Förhandsbedömning", "Utredning inleds"),
       column = "Beslut insats", equals = "Insats beviljad", criteria = list(need = "Kontaktorsak")))
period_groupings <- list(
  list(label = NA_character_, variables = character(0)),
  list(label = "Stadsdelsområde", variables = "Stadsdelsområde"),
  list(label = "Åldersgrupp", variables = "Åldersgrupp"))
period_analysis <- analyse(persons, period_steps, period_groupings, period = ".period")

# Rates: step Utredning inleds, persons counted (yes + no) per sex, overall and per district.
population <- read_extract("fixtures/befolkning.csv")
population$.sex <- sex_of_column(population[["Kön"]])
population$Antal <- as.numeric(population$Antal)
population_of <- function(district = NULL) {
  i <- if (is.null(district)) rep(TRUE, nrow(population)) else population[["Stadsdelsområde"]] == district
  c(sum(population$Antal[i & population$.sex %in% "female"]), sum(population$Antal[i & population$.sex %in% "male"]))
}
rate_of <- function(row) {
  cases <- c(row$cells[1] + row$cells[2], row$cells[3] + row$cells[4])
  pop <- population_of(if (is.na(row$by)) NULL else row$group)
  r <- list(step = row$step, by = row$by, group = row$group, cases = cases, population = pop,
            per1000 = cases / pop * 1000, rateRatio = NULL, p = NA, reason = NA_character_)
  if (sum(cases) == 0) { r$reason <- "no-cases"; return(r) }
  test <- poisson.test(cases, pop)
  r$p <- test$p.value
  if (cases[2] > 0) r$rateRatio <- c(unname(test$estimate), test$conf.int[1:2])
  r
}
rate_rows <- Filter(function(r) r$step == "Utredning inleds" && is.na(r$period) &&
                      (is.na(r$by) || r$by == "Stadsdelsområde"), period_analysis$results)
period_run <- adjust_and_flag(period_analysis, lapply(rate_rows, rate_of))

# ---------------------------------------------------------------------------------------------
# C. fixtures/berkeley.csv with fixtures/berkeley.yml: an aggregated table (Antal cases per row),
# sex Female/Male, one step, need = Institution. The overall row is explained by need on average
# with heterogeneous strata (department A); each department's row is single-stratum for need.

berkeley <- read_extract("fixtures/berkeley.csv")
berkeley_rows <- nrow(berkeley)
# One row per case: every count here is then a count of cases.
berkeley <- berkeley[rep(seq_len(nrow(berkeley)), as.integer(berkeley$Antal)), , drop = FALSE]
berkeley$.sex <- ifelse(berkeley[["Kön"]] == "Female", "female", ifelse(berkeley[["Kön"]] == "Male", "male", "other"))
berkeley$.person <- NA_character_
berkeley_steps <- list(
  list(name = "Antagen", among = everything, column = "Beslut", equals = "Admitted",
       criteria = list(need = "Institution")))
berkeley_groupings <- list(
  list(label = NA_character_, variables = character(0)),
  list(label = "Institution", variables = "Institution"))
berkeley_run <- adjust_and_flag(analyse(berkeley, berkeley_steps, berkeley_groupings))
# A step's rows and used rows are rows of the extract (every row is taken and used), not cases.
berkeley_run$steps[[1]]$rows <- berkeley_rows
berkeley_run$steps[[1]]$used <- berkeley_rows

elapsed <- proc.time()[["elapsed"]] - started

# ---------------------------------------------------------------------------------------------

json <- paste0(
  "{\n",
  "\"generator\":", str("tests/reference/analysis-reference.R"), ",\n",
  "\"rVersion\":", str(paste(R.version$major, R.version$minor, sep = ".")), ",\n",
  "\"criteria\":", run_json(c("analyze", "fixtures/exempel.csv", "-c", "fixtures/kriterier.yml", "-f", "json"), criteria_run), ",\n",
  "\"periods\":", run_json(c("analyze", "fixtures/personnummer.csv", "-c", "fixtures/perioder.yml", "-f", "json"), period_run), ",\n",
  "\"berkeley\":", run_json(c("analyze", "fixtures/berkeley.csv", "-c", "fixtures/berkeley.yml", "-f", "json"), berkeley_run), "\n",
  "}\n")
connection <- file(out_file, open = "wb")
writeBin(charToRaw(enc2utf8(json)), connection)
close(connection)
cat(sprintf("wrote %s: criteria %d results, %d adjusted comparisons; periods %d results, %d rates; berkeley %d results (%.1f s)\n",
            out_file, length(criteria_run$results), criteria_run$adjustedFamilySize,
            length(period_run$results), length(period_run$rates), length(berkeley_run$results), elapsed))
