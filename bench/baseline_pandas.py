#!/usr/bin/env python3
"""The job of bench/bench.yml done the way a strategist would do it in pandas.

Reads a Sweco-style extract (semicolons, UTF-8 with BOM), counts female and male cases
per step, overall and per group (Stadsdelsområde, Kontaktorsak, Stadsdelsområde ×
Åldersgrupp), tests each table (chi-square with Yates' correction, Fisher's exact test
when an expected count is below 5), adjusts every row for need (Kontaktorsak ×
Riskbedömning) and consent (Samtycke) with a Cochran–Mantel–Haenszel test, corrects the
p-values with Benjamini–Hochberg and writes the results as JSON.

The categorical step (Kontaktorsak) and the measure step (Handläggningstid (dagar)) of
bench.yml are done as gtsummary would, per row (overall and each group): counts per
category and sex with a chi-square test of the categories × sex table and, per category,
the 2×2 of the category against the rest tested as above (`categoryResults`); per sex n,
median, quartiles (pandas' linear quantile = R type 7), mean and sd, with the Wilcoxon
rank-sum (Mann–Whitney U) and Welch tests (`measureResults`). Their stratified tests
(generalized CMH, van Elteren) have no scipy or statsmodels function and are left out,
which favours the baseline.

Usage: /usr/bin/python3 bench/baseline_pandas.py EXTRACT.csv OUTPUT.json

It is the benchmark's point of comparison (bench/run.ts), not part of jamstat.
"""
import json
import sys
import warnings

import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency, fisher_exact, mannwhitneyu, ttest_ind
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests

SEX = {"flicka": "female", "pojke": "male", "kvinna": "female", "man": "male", "k": "female", "m": "male"}
STEPS = [
    # name, among (column, value) or None, outcome (column, value)
    ("Utredning inleds", None, ("Förhandsbedömning", "Utredning inleds")),
    ("Insats beviljas", ("Förhandsbedömning", "Utredning inleds"), ("Beslut insats", "Insats beviljad")),
    ("Insats accepteras", ("Beslut insats", "Insats beviljad"), ("Insats accepterad", "Ja")),
]
BY = ["Stadsdelsområde", "Kontaktorsak", ("Stadsdelsområde", "Åldersgrupp")]
CRITERIA = {"need": ["Kontaktorsak", "Riskbedömning"], "consent": ["Samtycke"]}
# name, among (column, value) or None, category column
CATEGORY_STEPS = [("Kontaktorsak", None, "Kontaktorsak")]
# name, among (column, value) or None, number column
MEASURE_STEPS = [("Handläggningstid", ("Förhandsbedömning", "Utredning inleds"), "Handläggningstid (dagar)")]


def test_table(table):
    """p of a 2×2 table [[female yes, female no], [male yes, male no]]."""
    if table.sum(axis=1).min() == 0 or table.sum(axis=0).min() == 0:
        return None, None
    chi2, p, _, expected = chi2_contingency(table, correction=True)
    if expected.min() < 5:
        return "fisher", float(fisher_exact(table)[1])
    return "chi2", float(p)


def cmh(strata):
    """Cochran–Mantel–Haenszel p over the informative 2×2 strata, or None."""
    tables = [t for t in strata if t.sum(axis=1).min() > 0 and t.sum(axis=0).min() > 0]
    if not tables:
        return None
    result = StratifiedTable(np.dstack(tables).astype(float)).test_null_odds(correction=True)
    return float(result.pvalue)


def rows_of(step, by):
    """The step's rows grouped by the `by` variable: (key, group value or None, rows)."""
    if by is None:
        return [(None, None, step)]
    key = by if isinstance(by, str) else "*".join(by)
    return [(key, group, rows) for group, rows in step.groupby(key)]


def category_results(binary):
    """Counts per category and sex, the r×2 chi-square, and each category against the rest."""
    results = []
    for name, among, column in CATEGORY_STEPS:
        step = binary if among is None else binary[binary[among[0]] == among[1]]
        step = step[step[column] != ""]
        values = sorted(step[column].unique())
        for by in [None, *BY]:
            for key, group, rows in rows_of(step, by):
                counts = rows.groupby([column, "sex"]).size().unstack("sex", fill_value=0).reindex(index=values, columns=["female", "male"], fill_value=0)
                table = counts.to_numpy()
                kept = table[table.sum(axis=1) > 0]
                p = None
                if len(kept) >= 2 and kept.sum(axis=0).min() > 0:
                    p = float(chi2_contingency(kept, correction=False)[1])
                n = table.sum(axis=0)
                categories = []
                for value, (female, male) in zip(values, table):
                    test, category_p = test_table(np.array([[female, n[0] - female], [male, n[1] - male]]))
                    categories.append({"value": value, "female": {"n": int(n[0]), "yes": int(female)},
                                       "male": {"n": int(n[1]), "yes": int(male)}, "test": test, "p": category_p})
                results.append({"step": name, "by": key, "group": group, "female": {"n": int(n[0])}, "male": {"n": int(n[1])},
                                "test": "chi2" if p is not None else None, "p": p, "categories": categories})
    return results


def describe(values):
    """n, median, quartiles (linear, R type 7), mean and sd (n − 1) of one sex's values."""
    if len(values) == 0:
        return {"n": 0, "median": None, "q1": None, "q3": None, "mean": None, "sd": None}
    q1, median, q3 = np.quantile(values, [0.25, 0.5, 0.75])
    return {"n": int(len(values)), "median": float(median), "q1": float(q1), "q3": float(q3),
            "mean": float(values.mean()), "sd": float(values.std(ddof=1)) if len(values) > 1 else None}


def measure_results(binary):
    """Per sex the summary of the measure, the Wilcoxon rank-sum and Welch tests."""
    results = []
    for name, among, column in MEASURE_STEPS:
        step = binary if among is None else binary[binary[among[0]] == among[1]]
        step = step[step[column] != ""]
        step = step.assign(value=pd.to_numeric(step[column].str.replace(",", ".", regex=False), errors="coerce"))
        step = step[step["value"].notna()]
        for by in [None, *BY]:
            for key, group, rows in rows_of(step, by):
                female = rows.loc[rows["sex"] == "female", "value"].to_numpy()
                male = rows.loc[rows["sex"] == "male", "value"].to_numpy()
                p = welch = None
                if len(female) > 0 and len(male) > 0:
                    p = float(mannwhitneyu(female, male, alternative="two-sided", use_continuity=True).pvalue)
                if len(female) > 1 and len(male) > 1:
                    t = ttest_ind(female, male, equal_var=False)
                    welch = {"statistic": float(t.statistic), "p": float(t.pvalue), "estimate": float(female.mean() - male.mean())}
                results.append({"step": name, "by": key, "group": group, "female": describe(female), "male": describe(male),
                                "test": "wilcoxon" if p is not None else None, "p": p, "welch": welch})
    return results


def main(path, output):
    used = ["Kön", "Ålder", "Stadsdelsområde", "Kontaktorsak", "Riskbedömning", "Samtycke",
            *{column for _, among, (column, _) in STEPS for column in ([among[0]] if among else []) + [column]},
            *{column for _, among, column in CATEGORY_STEPS + MEASURE_STEPS for column in ([among[0]] if among else []) + [column]}]
    data = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False, usecols=lambda name: name in used)
    for column in used:
        data[column] = data[column].str.strip()
    data["sex"] = data["Kön"].str.lower().map(SEX).fillna("other")
    data.loc[data["Kön"] == "", "sex"] = None
    age = pd.to_numeric(data["Ålder"], errors="coerce")
    data["Åldersgrupp"] = pd.cut(age, bins=[0, 7, 13, 18], right=False, labels=["0–6", "7–12", "13–17"]).astype(str)
    data.loc[data["Åldersgrupp"] == "nan", "Åldersgrupp"] = ""
    data["Stadsdelsområde*Åldersgrupp"] = data["Stadsdelsområde"] + " × " + data["Åldersgrupp"]

    results = []
    cells = lambda row: np.array([[row.get(("female", True), 0), row.get(("female", False), 0)],
                                  [row.get(("male", True), 0), row.get(("male", False), 0)]])
    for name, among, (column, value) in STEPS:
        step = data if among is None else data[data[among[0]] == among[1]]
        step = step[step["sex"].notna() & (step[column] != "")]
        step = step.assign(yes=step[column] == value, overall="")
        binary = step[step["sex"].isin(["female", "male"])]
        for by in [None, *BY]:
            key = None if by is None else (by if isinstance(by, str) else "*".join(by))
            column_key = "overall" if by is None else key
            tables = binary.groupby([column_key, "sex", "yes"]).size().unstack(["sex", "yes"], fill_value=0)
            strata = {criterion: dict(list(binary.groupby([column_key, *variables, "sex", "yes"]).size()
                                           .unstack(["sex", "yes"], fill_value=0).groupby(level=0)))
                      for criterion, variables in CRITERIA.items()}
            for group, row in tables.iterrows():
                table = cells(row)
                test, p = test_table(table)
                adjusted = {criterion: cmh([cells(stratum) for _, stratum in strata[criterion][group].iterrows()])
                            for criterion in CRITERIA}
                results.append({
                    "step": name, "by": key, "group": None if by is None else group,
                    "female": {"n": int(table[0].sum()), "yes": int(table[0, 0])},
                    "male": {"n": int(table[1].sum()), "yes": int(table[1, 0])},
                    "test": test, "p": p, "adjusted": adjusted,
                })

    for criterion in CRITERIA:
        raw = [(index, r["adjusted"][criterion]) for index, r in enumerate(results) if r["adjusted"][criterion] is not None]
        if raw:
            q = multipletests([p for _, p in raw], method="fdr_bh")[1]
            for (index, _), value in zip(raw, q):
                results[index].setdefault("adjustedQ", {})[criterion] = float(value)
    everyone = data[data["sex"].isin(["female", "male"])]
    category_rows = category_results(everyone)
    measure_rows = measure_results(everyone)
    # One family, as jamstat's: the yes/no rows, each categorical row and category, each measure.
    family = [(row, "p") for row in results] + [(row, "p") for row in category_rows] + \
             [(category, "p") for row in category_rows for category in row["categories"]] + [(row, "p") for row in measure_rows]
    raw = [(holder, key) for holder, key in family if holder[key] is not None]
    if raw:
        q = multipletests([holder[key] for holder, key in raw], method="fdr_bh")[1]
        for (holder, _), value in zip(raw, q):
            holder["q"] = float(value)
    with open(output, "w", encoding="utf-8") as sink:
        json.dump({"rows": int(len(data)), "results": results, "categoryResults": category_rows, "measureResults": measure_rows},
                  sink, ensure_ascii=False)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    main(sys.argv[1], sys.argv[2])
