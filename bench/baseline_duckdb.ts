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
 * adjusted: {need, consent}, adjustedQ }] }.
 */
import { writeFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
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
  const grouped = [...new Set([...BY.flat(), ...Object.values(CRITERIA).flat()])].filter((column) => column !== AGE.derived).map(identifier);
  return [
    `CREATE TEMP TABLE cells AS
    SELECT ${columns.map(identifier).join(', ')}, count(*) AS n
    FROM read_csv(${literal(path)}, delim = ';', header = true, all_varchar = true, encoding = 'utf-8')
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

  // Benjamini–Hochberg over every row with a p-value, and over each criterion's adjusted p-values.
  const q = pAdjust(results.map((result) => result.p), 'bh');
  results.forEach((result, index) => {
    if (q[index] !== null && q[index] !== undefined) result.q = q[index]!;
  });
  for (const criterion of Object.keys(CRITERIA)) {
    const adjustedQ = pAdjust(results.map((result) => result.adjusted[criterion] ?? null), 'bh');
    results.forEach((result, index) => {
      if (adjustedQ[index] !== null && adjustedQ[index] !== undefined) (result.adjustedQ ??= {})[criterion] = adjustedQ[index]!;
    });
  }
  writeFileSync(output, JSON.stringify({ rows, duckdb: version, threads: Number(threads), results }));
  connection.closeSync();
  instance.closeSync();
}

const [, , extract, output] = process.argv;
if (!extract || !output) {
  process.stderr.write('usage: node bench/data/baseline_duckdb.mjs EXTRACT.csv OUTPUT.json\n');
  process.exit(2);
}
await runBaseline(extract, output);
