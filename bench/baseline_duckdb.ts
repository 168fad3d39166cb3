/**
 * The job of bench/bench.yml done the way a data-savvy analyst would do it in DuckDB
 * (`@duckdb/node-api`): the benchmark's strongest point of comparison (bench/run.ts), not
 * part of jamstat.
 *
 * - Reading: `read_csv` with the extract's dialect given (semicolons, a header, UTF-8 —
 *   DuckDB skips the BOM), every column as VARCHAR (as the pandas baseline reads `dtype=str`),
 *   and only the used columns named in the SELECT, so that DuckDB's projection pushdown
 *   parses no others. DuckDB reads an empty cell as NULL, taken as ''.
 * - Counting, all of it GROUP BY in SQL: one pass over the file counts the rows by the raw
 *   cells of the used columns (GROUP BY ALL). Over those counts, once per distinct
 *   combination instead of once per row, cells are trimmed, sex is read from Kön, Åldersgrupp
 *   derived (Ålder in bins [0, 7, 13, 18)) and each step's state worked out (not in the step /
 *   yes / no), and the rows counted again by them; every table — each step × overall /
 *   Stadsdelsområde / Kontaktorsak / Stadsdelsområde × Åldersgrupp × sex × yes/no — and every
 *   criterion's strata are then GROUP BY queries over that. The rules are those of
 *   bench/baseline_pandas.py (an empty Kön or outcome leaves the row out of the step).
 * - The tests on the counts use jamstat's own functions (src/stats: compareTwoByTwo with
 *   Yates' correction, cochranMantelHaenszel, pAdjust BH), so that the comparison with jamstat
 *   is about reading and counting only; the pandas baseline uses scipy and statsmodels.
 * - The categorical step (Kontaktorsak) and the measure step (Handläggningstid (dagar)) of
 *   bench.yml: category counts by sex are a GROUP BY over the same counts (the category column
 *   is one of the counted columns); the measure's values are counted in the same one pass over
 *   the file, as a second grouping set (GROUPING SETS), by the raw cells of sex, the `by`
 *   columns, the step's among column and the value, so that each row is read once and the
 *   counts grow with distinct values, not rows. Per row and sex: n, median and quartiles (R
 *   type 7), mean and sd computed from the value counts, the Wilcoxon rank-sum test (normal
 *   approximation with tie and continuity correction: exact at these sizes) and Welch's t
 *   (statistic, df, estimate; p from the normal distribution, the df being in the thousands).
 *   Per row the r×2 chi-square and per category the 2×2 against the rest use jamstat's
 *   functions. Their stratified tests (generalized CMH, van Elteren) are left out, which
 *   favours the baseline.
 * - DuckDB runs with its default number of threads (one per core: 2 on the benchmark
 *   machine); the number is written to the output as `threads`.
 *
 * bench/run.ts bundles this file with esbuild and runs it with plain `node`, so that tsx's
 * start-up does not count against DuckDB:
 *
 *   node bench/data/baseline_duckdb.mjs EXTRACT.csv OUTPUT.json    (after `npm run bench`)
 *   npx tsx bench/baseline_duckdb.ts EXTRACT.csv OUTPUT.json        (the same, slower start)
 *
 * The output has the pandas baseline's shape: { rows, duckdb (its version), threads,
 * results: [{ step, by, group, female: {n, yes}, male: {n, yes}, test, p, q,
 * adjusted: {need, consent}, adjustedQ }], categoryResults: [{ step, by, group, female: {n},
 * male: {n}, test, p, q, categories: [{ value, female: {n, yes}, male: {n, yes}, test, p, q }] }],
 * measureResults: [{ step, by, group, female/male: {n, median, q1, q3, mean, sd}, test, p, q,
 * welch }] }.
 */
import { writeFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import erfc from '@stdlib/math-base-special-erfc';
import { chiSquareTestRx2 } from '../src/stats/chi-square-rx2.js';
import { compareTwoByTwo } from '../src/stats/compare-two-by-two.js';
import { cochranMantelHaenszel } from '../src/stats/cochran-mantel-haenszel.js';
import { pAdjust } from '../src/stats/p-adjust.js';
import type { TwoByTwo } from '../src/stats/types.js';

const SEX: Readonly<Record<string, 'female' | 'male'>> = { flicka: 'female', pojke: 'male', kvinna: 'female', man: 'male', k: 'female', m: 'male' };

interface Step {
  readonly name: string;
  readonly among: readonly [column: string, value: string] | null;
  readonly outcome: readonly [column: string, value: string];
}
const STEPS: readonly Step[] = [
  { name: 'Utredning inleds', among: null, outcome: ['Förhandsbedömning', 'Utredning inleds'] },
  { name: 'Insats beviljas', among: ['Förhandsbedömning', 'Utredning inleds'], outcome: ['Beslut insats', 'Insats beviljad'] },
  { name: 'Insats accepteras', among: ['Beslut insats', 'Insats beviljad'], outcome: ['Insats accepterad', 'Ja'] },
];
const BY: readonly (readonly string[])[] = [['Stadsdelsområde'], ['Kontaktorsak'], ['Stadsdelsområde', 'Åldersgrupp']];
const CRITERIA: Readonly<Record<string, readonly string[]>> = { need: ['Kontaktorsak', 'Riskbedömning'], consent: ['Samtycke'] };
const AGE = { column: 'Ålder', derived: 'Åldersgrupp', edges: [0, 7, 13, 18] } as const;
/** bench.yml's categorical step: its among (or null) and its column. */
const CATEGORY_STEP = { name: 'Kontaktorsak', among: null as readonly [string, string] | null, column: 'Kontaktorsak' };
/** bench.yml's measure step. */
const MEASURE_STEP = { name: 'Handläggningstid', among: ['Förhandsbedömning', 'Utredning inleds'] as const, column: 'Handläggningstid (dagar)' };

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const stepState = (index: number) => `step${index}`;

/** The columns of the extract the job reads. */
function usedColumns(): string[] {
  const columns = new Set<string>(['Kön', AGE.column]);
  for (const by of BY) for (const column of by) if (column !== AGE.derived) columns.add(column);
  for (const variables of Object.values(CRITERIA)) for (const column of variables) columns.add(column);
  for (const step of STEPS) {
    if (step.among) columns.add(step.among[0]);
    columns.add(step.outcome[0]);
  }
  if (CATEGORY_STEP.among) columns.add(CATEGORY_STEP.among[0]);
  columns.add(CATEGORY_STEP.column);
  return [...columns];
}

/** The columns the measure's grouping set counts by: sex, age, the `by` columns, its among column, and the value. */
function measureColumns(): string[] {
  const columns = new Set<string>(['Kön', AGE.column]);
  for (const by of BY) for (const column of by) if (column !== AGE.derived) columns.add(column);
  columns.add(MEASURE_STEP.among[0]);
  columns.add(MEASURE_STEP.column);
  return [...columns];
}

/**
 * The one pass over the file: row counts by the raw cells of the used columns. Trimming,
 * sex, the age group and the steps' states are then worked out once per distinct
 * combination of cells, not once per row (trimming nine columns of every row cost more CPU
 * than reading them), and counted again by those.
 */
function countsSql(path: string): string[] {
  const columns = usedColumns();
  const measured = measureColumns();
  const sexCases = Object.entries(SEX).map(([value, sex]) => `WHEN ${literal(value)} THEN '${sex}'`).join(' ');
  const ageCases = AGE.edges
    .slice(0, -1)
    .map((low, index) => `WHEN age >= ${low} AND age < ${AGE.edges[index + 1]} THEN '${low}–${AGE.edges[index + 1]! - 1}'`)
    .join(' ');
  const states = STEPS.map((step, index) => {
    const [column, value] = step.outcome;
    const among = step.among ? `${identifier(step.among[0])} = ${literal(step.among[1])} AND ` : '';
    return `CASE WHEN ${among}${identifier(column)} <> '' THEN ${identifier(column)} = ${literal(value)} END AS ${stepState(index)}`;
  });
  const grouped = [...new Set([...BY.flat(), ...Object.values(CRITERIA).flat(), CATEGORY_STEP.column, ...(CATEGORY_STEP.among ? [CATEGORY_STEP.among[0]] : [])])]
    .filter((column) => column !== AGE.derived)
    .map(identifier);
  const everyColumn = [...new Set([...columns, ...measured])];
  const byColumns = [...new Set(BY.flat())].filter((column) => column !== AGE.derived).map(identifier);
  return [
    // One pass over the file, two groupings: the yes/no and category counts, and the measure's value counts.
    `CREATE TEMP TABLE raw_cells AS
    SELECT ${everyColumn.map(identifier).join(', ')}, count(*) AS n, GROUPING(${identifier(MEASURE_STEP.column)}) AS counts_part
    FROM read_csv(${literal(path)}, delim = ';', header = true, all_varchar = true, encoding = 'utf-8')
    GROUP BY GROUPING SETS ((${columns.map(identifier).join(', ')}), (${measured.map(identifier).join(', ')}))`,
    `CREATE TEMP TABLE cells AS SELECT ${columns.map(identifier).join(', ')}, n FROM raw_cells WHERE counts_part = 1`,
    `CREATE TEMP TABLE measure_counts AS
    WITH trimmed AS (
      SELECT ${measured.map((column) => `coalesce(trim(${identifier(column)}), '') AS ${identifier(column)}`).join(', ')}, n FROM raw_cells WHERE counts_part = 0
    ), derived AS (
      SELECT *,
        CASE WHEN "Kön" = '' THEN NULL ELSE CASE lower("Kön") ${sexCases} ELSE 'other' END END AS sex,
        TRY_CAST(${identifier(AGE.column)} AS DOUBLE) AS age,
        TRY_CAST(replace(replace(${identifier(MEASURE_STEP.column)}, ' ', ''), ',', '.') AS DOUBLE) AS value
      FROM trimmed
      WHERE ${identifier(MEASURE_STEP.among[0])} = ${literal(MEASURE_STEP.among[1])}
    )
    SELECT sex, CASE ${ageCases} ELSE '' END AS ${identifier(AGE.derived)}, ${byColumns.join(', ')}, value, sum(n) AS n
    FROM derived
    WHERE value IS NOT NULL
    GROUP BY ALL`,
    `CREATE TEMP TABLE counts AS
    WITH trimmed AS (
      SELECT ${columns.map((column) => `coalesce(trim(${identifier(column)}), '') AS ${identifier(column)}`).join(', ')}, n FROM cells
    ), derived AS (
      SELECT *,
        CASE WHEN "Kön" = '' THEN NULL ELSE CASE lower("Kön") ${sexCases} ELSE 'other' END END AS sex,
        TRY_CAST(${identifier(AGE.column)} AS DOUBLE) AS age
      FROM trimmed
    )
    SELECT sex, CASE ${ageCases} ELSE '' END AS ${identifier(AGE.derived)},
      ${[...grouped, ...states].join(',\n      ')},
      sum(n) AS n
    FROM derived
    GROUP BY ALL`,
  ];
}

/** The four cells of each group's 2×2 table(s), female first, from a GROUP BY over the counts. */
const CELLS = `
  CAST(coalesce(sum(n) FILTER (WHERE sex = 'female' AND yes), 0) AS DOUBLE) AS yes1,
  CAST(coalesce(sum(n) FILTER (WHERE sex = 'female' AND NOT yes), 0) AS DOUBLE) AS no1,
  CAST(coalesce(sum(n) FILTER (WHERE sex = 'male' AND yes), 0) AS DOUBLE) AS yes2,
  CAST(coalesce(sum(n) FILTER (WHERE sex = 'male' AND NOT yes), 0) AS DOUBLE) AS no2`;

/** The expression naming a group of `by` ('' for overall; an intersection joined by " × " as jamstat names it). */
const groupKey = (by: readonly string[] | null) => (by === null ? "''" : by.map(identifier).join(` || ' × ' || `));

interface Row {
  readonly [column: string]: unknown;
}
const asTable = (row: Row): TwoByTwo => ({ yes1: Number(row.yes1), no1: Number(row.no1), yes2: Number(row.yes2), no2: Number(row.no2) });

async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
}

interface Result {
  step: string;
  by: string | null;
  group: string | null;
  female: { n: number; yes: number };
  male: { n: number; yes: number };
  test: string | null;
  p: number | null;
  adjusted: Record<string, number | null>;
  q?: number;
  adjustedQ?: Record<string, number>;
}

interface CategoryRow {
  step: string;
  by: string | null;
  group: string | null;
  female: { n: number };
  male: { n: number };
  test: string | null;
  p: number | null;
  q?: number;
  categories: { value: string; female: { n: number; yes: number }; male: { n: number; yes: number }; test: string | null; p: number | null; q?: number }[];
}

/** Category counts by sex per row; the r×2 chi-square and each category against the rest (jamstat's functions). */
async function categoryRows(connection: DuckDBConnection): Promise<CategoryRow[]> {
  const column = identifier(CATEGORY_STEP.column);
  const among = CATEGORY_STEP.among ? `AND ${identifier(CATEGORY_STEP.among[0])} = ${literal(CATEGORY_STEP.among[1])}` : '';
  const values = (await rowsOf(connection, `SELECT DISTINCT ${column} AS value FROM counts WHERE ${column} <> '' ${among} ORDER BY value`)).map((row) => String(row.value));
  const rows: CategoryRow[] = [];
  for (const by of [null, ...BY]) {
    const counted = await rowsOf(
      connection,
      `SELECT ${groupKey(by)} AS grp, ${column} AS value,
        CAST(coalesce(sum(n) FILTER (WHERE sex = 'female'), 0) AS DOUBLE) AS female,
        CAST(coalesce(sum(n) FILTER (WHERE sex = 'male'), 0) AS DOUBLE) AS male
      FROM counts WHERE sex IN ('female', 'male') AND ${column} <> '' ${among} GROUP BY ALL`,
    );
    const groups = new Map<string, Map<string, [number, number]>>();
    for (const row of counted) {
      const group = String(row.grp);
      if (!groups.has(group)) groups.set(group, new Map());
      groups.get(group)!.set(String(row.value), [Number(row.female), Number(row.male)]);
    }
    for (const [group, cells] of groups) {
      const table = values.map((value): readonly [number, number] => cells.get(value) ?? [0, 0]);
      const female = table.reduce((sum, [count]) => sum + count, 0);
      const male = table.reduce((sum, [, count]) => sum + count, 0);
      const whole = chiSquareTestRx2(table);
      rows.push({
        step: CATEGORY_STEP.name,
        by: by === null ? null : by.join('*'),
        group: by === null ? null : group,
        female: { n: female },
        male: { n: male },
        test: whole.reason === null ? 'chi2' : null,
        p: whole.pValue,
        categories: values.map((value, index) => {
          const [inFemale, inMale] = table[index]!;
          const compared = compareTwoByTwo({ yes1: inFemale, no1: female - inFemale, yes2: inMale, no2: male - inMale }, { yates: true });
          return {
            value,
            female: { n: female, yes: inFemale },
            male: { n: male, yes: inMale },
            test: compared.reason === null ? compared.test : null,
            p: compared.reason === null ? compared.pValue : null,
          };
        }),
      });
    }
  }
  return rows;
}

/** A sex's values as distinct values ascending with their counts. */
interface Counted {
  readonly values: number[];
  readonly counts: number[];
}

interface Summary {
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  mean: number | null;
  sd: number | null;
}

/** n, quartiles (R type 7), mean and sd (n − 1) of counted values. */
function describeCounted({ values, counts }: Counted): Summary {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0) return { n, median: null, q1: null, q3: null, mean: null, sd: null };
  // The value at 0-based position k of the sorted sample.
  const at = (k: number): number => {
    let seen = 0;
    for (let index = 0; index < values.length; index++) {
      seen += counts[index]!;
      if (k < seen) return values[index]!;
    }
    return values[values.length - 1]!;
  };
  const quantile = (probability: number): number => {
    const h = (n - 1) * probability;
    const low = Math.floor(h);
    const lower = at(low);
    return h === low ? lower : lower + (h - low) * (at(low + 1) - lower);
  };
  const mean = values.reduce((sum, value, index) => sum + value * counts[index]!, 0) / n;
  const squares = values.reduce((sum, value, index) => sum + counts[index]! * (value - mean) ** 2, 0);
  return { n, median: quantile(0.5), q1: quantile(0.25), q3: quantile(0.75), mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : null };
}

/** Wilcoxon's rank-sum p, two-sided, normal approximation with tie and continuity correction (R's wilcox.test when not exact). */
function rankSumP(female: Counted, male: Counted): number | null {
  const nFemale = female.counts.reduce((sum, count) => sum + count, 0);
  const nMale = male.counts.reduce((sum, count) => sum + count, 0);
  if (nFemale === 0 || nMale === 0) return null;
  const total = nFemale + nMale;
  const all = new Map<number, [number, number]>();
  female.values.forEach((value, index) => all.set(value, [female.counts[index]!, 0]));
  male.values.forEach((value, index) => all.set(value, [all.get(value)?.[0] ?? 0, male.counts[index]!]));
  let below = 0;
  let rankSum = 0;
  let ties = 0;
  for (const value of [...all.keys()].sort((a, b) => a - b)) {
    const [inFemale, inMale] = all.get(value)!;
    const tied = inFemale + inMale;
    rankSum += inFemale * (below + (tied + 1) / 2);
    ties += tied ** 3 - tied;
    below += tied;
  }
  const w = rankSum - (nFemale * (nFemale + 1)) / 2;
  const centred = w - (nFemale * nMale) / 2;
  const variance = ((nFemale * nMale) / 12) * (total + 1 - ties / (total * (total - 1)));
  if (!(variance > 0)) return null;
  const z = (centred - Math.sign(centred) * 0.5) / Math.sqrt(variance);
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** Welch's t, female − male: statistic, df, estimate, and a normal p (the df are large here). */
function welch(female: Summary, male: Summary): { statistic: number; df: number; p: number; estimate: number } | null {
  if (female.n < 2 || male.n < 2 || female.sd === null || male.sd === null) return null;
  const a = female.sd ** 2 / female.n;
  const b = male.sd ** 2 / male.n;
  if (!(a + b > 0)) return null;
  const estimate = female.mean! - male.mean!;
  const statistic = estimate / Math.sqrt(a + b);
  const df = (a + b) ** 2 / (a ** 2 / (female.n - 1) + b ** 2 / (male.n - 1));
  return { statistic, df, p: erfc(Math.abs(statistic) / Math.SQRT2), estimate };
}

interface MeasureRow {
  step: string;
  by: string | null;
  group: string | null;
  female: Summary;
  male: Summary;
  test: string | null;
  p: number | null;
  q?: number;
  welch: { statistic: number; df: number; p: number; estimate: number } | null;
}

/** Per row and sex the measure's summary, the rank-sum and Welch tests, from the value counts. */
async function measureRows(connection: DuckDBConnection): Promise<MeasureRow[]> {
  const rows: MeasureRow[] = [];
  for (const by of [null, ...BY]) {
    const counted = await rowsOf(
      connection,
      `SELECT ${groupKey(by)} AS grp, sex, value, CAST(sum(n) AS DOUBLE) AS n FROM measure_counts WHERE sex IN ('female', 'male') GROUP BY ALL ORDER BY grp, sex, value`,
    );
    const groups = new Map<string, { female: Counted; male: Counted }>();
    for (const row of counted) {
      const group = String(row.grp);
      if (!groups.has(group)) groups.set(group, { female: { values: [], counts: [] }, male: { values: [], counts: [] } });
      const sample = groups.get(group)![row.sex as 'female' | 'male'];
      sample.values.push(Number(row.value));
      sample.counts.push(Number(row.n));
    }
    for (const [group, { female, male }] of groups) {
      const femaleSummary = describeCounted(female);
      const maleSummary = describeCounted(male);
      const p = rankSumP(female, male);
      rows.push({
        step: MEASURE_STEP.name,
        by: by === null ? null : by.join('*'),
        group: by === null ? null : group,
        female: femaleSummary,
        male: maleSummary,
        test: p === null ? null : 'wilcoxon',
        p,
        welch: welch(femaleSummary, maleSummary),
      });
    }
  }
  return rows;
}

/** Reads, counts and tests; writes the results as JSON. */
async function runBaseline(path: string, output: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const sql of countsSql(path)) await connection.run(sql);
  const [{ rows, threads, version }] = (await rowsOf(
    connection,
    "SELECT CAST(sum(n) AS DOUBLE) AS rows, current_setting('threads') AS threads, version() AS version FROM counts",
  )) as [{ rows: number; threads: number; version: string }];

  const results: Result[] = [];
  for (const [index, step] of STEPS.entries()) {
    const inStep = `FROM (SELECT *, ${stepState(index)} AS yes FROM counts) WHERE sex IN ('female', 'male') AND yes IS NOT NULL`;
    for (const by of [null, ...BY]) {
      const key = groupKey(by);
      const tables = await rowsOf(connection, `SELECT ${key} AS grp, ${CELLS} ${inStep} GROUP BY grp`);
      const strata = new Map<string, Map<string, TwoByTwo[]>>();
      for (const [criterion, variables] of Object.entries(CRITERIA)) {
        const byGroup = new Map<string, TwoByTwo[]>();
        const stratumRows = await rowsOf(connection, `SELECT ${key} AS grp, ${variables.map(identifier).join(', ')}, ${CELLS} ${inStep} GROUP BY ALL`);
        for (const row of stratumRows) {
          const group = String(row.grp);
          if (!byGroup.has(group)) byGroup.set(group, []);
          byGroup.get(group)!.push(asTable(row));
        }
        strata.set(criterion, byGroup);
      }
      for (const row of tables) {
        const group = String(row.grp);
        const table = asTable(row);
        const compared = compareTwoByTwo(table, { yates: true });
        const adjusted: Record<string, number | null> = {};
        for (const criterion of Object.keys(CRITERIA)) adjusted[criterion] = cochranMantelHaenszel(strata.get(criterion)!.get(group) ?? []).pValue;
        results.push({
          step: step.name,
          by: by === null ? null : by.join('*'),
          group: by === null ? null : group,
          female: { n: table.yes1 + table.no1, yes: table.yes1 },
          male: { n: table.yes2 + table.no2, yes: table.yes2 },
          test: compared.reason === null ? compared.test : null,
          p: compared.reason === null ? compared.pValue : null,
          adjusted,
        });
      }
    }
  }

  const categoryResults = await categoryRows(connection);
  const measureResults = await measureRows(connection);

  // Benjamini–Hochberg over every p-value of the run (yes/no rows, categorical rows and their categories, measures), and over each criterion's adjusted p-values.
  const family: { p: number | null; q?: number }[] = [...results, ...categoryResults, ...categoryResults.flatMap((row) => row.categories), ...measureResults];
  const q = pAdjust(family.map((result) => result.p), 'bh');
  family.forEach((result, index) => {
    if (q[index] !== null && q[index] !== undefined) result.q = q[index]!;
  });
  for (const criterion of Object.keys(CRITERIA)) {
    const adjustedQ = pAdjust(results.map((result) => result.adjusted[criterion] ?? null), 'bh');
    results.forEach((result, index) => {
      if (adjustedQ[index] !== null && adjustedQ[index] !== undefined) (result.adjustedQ ??= {})[criterion] = adjustedQ[index]!;
    });
  }
  writeFileSync(output, JSON.stringify({ rows, duckdb: version, threads: Number(threads), results, categoryResults, measureResults }));
  connection.closeSync();
  instance.closeSync();
}

const [, , extract, output] = process.argv;
if (!extract || !output) {
  process.stderr.write('usage: node bench/data/baseline_duckdb.mjs EXTRACT.csv OUTPUT.json\n');
  process.exit(2);
}
await runBaseline(extract, output);
