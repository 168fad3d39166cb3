#!/usr/bin/env python3
"""The job of bench/bench.yml done the way a strategist would do it in pandas.

Reads a Sweco-style extract (semicolons, UTF-8 with BOM), counts female and male cases
per step, overall and per group (Stadsdelsområde, Kontaktorsak, Stadsdelsområde ×
Åldersgrupp), tests each table (chi-square with Yates' correction, Fisher's exact test
when an expected count is below 5), adjusts every row for need (Kontaktorsak ×
Riskbedömning) and consent (Samtycke) with a Cochran–Mantel–Haenszel test, corrects the
p-values with Benjamini–Hochberg and writes the results as JSON.

Usage: /usr/bin/python3 bench/baseline_pandas.py EXTRACT.csv OUTPUT.json

It is the benchmark's point of comparison (bench/run.ts), not part of jamstat.
"""
import json
import sys
import warnings

import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency, fisher_exact
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


def main(path, output):
    used = ["Kön", "Ålder", "Stadsdelsområde", "Kontaktorsak", "Riskbedömning", "Samtycke",
            *{column for _, among, (column, _) in STEPS for column in ([among[0]] if among else []) + [column]}]
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

    raw = [(index, r["p"]) for index, r in enumerate(results) if r["p"] is not None]
    if raw:
        q = multipletests([p for _, p in raw], method="fdr_bh")[1]
        for (index, _), value in zip(raw, q):
            results[index]["q"] = float(value)
    for criterion in CRITERIA:
        raw = [(index, r["adjusted"][criterion]) for index, r in enumerate(results) if r["adjusted"][criterion] is not None]
        if raw:
            q = multipletests([p for _, p in raw], method="fdr_bh")[1]
            for (index, _), value in zip(raw, q):
                results[index].setdefault("adjustedQ", {})[criterion] = float(value)
    with open(output, "w", encoding="utf-8") as sink:
        json.dump({"rows": int(len(data)), "results": results}, sink, ensure_ascii=False)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    main(sys.argv[1], sys.argv[2])
