/**
 * The benchmark (`npm run bench`, which builds first): jamstat against two baselines, pandas
 * (bench/baseline_pandas.py) and DuckDB (bench/baseline_duckdb.ts, bundled here and run
 * with plain node), on seeded Sweco-style extracts of 100 k, 1 M and 10 M rows, with the
 * analysis of bench/bench.yml. Wall time and peak RSS of each run (under /usr/bin/time),
 * median of BENCH_RUNS runs (default 3; the pandas baseline runs once at 10 M rows, where
 * one run takes minutes); jamstat and DuckDB run in turns, so that a busy moment of the
 * shared machine falls on both alike; jamstat in one thread (JAMSTAT_ENGINE=single)
 * beside the default; `jamstat --help` and the 20,000-row example; the statistics' costs
 * (bench/stats.ts). Prints a table and writes BENCHMARKS.md and the README's
 * Performance figures.
 *
 *   BENCH_SIZES=100k,1m npm run bench     # only these sizes
 *   BENCH_RUNS=5 npm run bench            # more runs per figure
 *
 * Extracts are generated once into bench/data/ (git-ignored) and reused. They have the
 * example's Handläggningstid (dagar) column (bench.yml's measure step): its file names end
 * in -handlaggningstid, so extracts made before the column existed are not reused (delete
 * the old extract-*-seed20240101.csv files, or their links, to free the space).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeExtractFile } from '../fixtures/generate.js';
import { measureStats, statsTable } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench', 'data');
const CONFIG = join('bench', 'bench.yml');
const BIN = join('bin', 'jamstat.js');
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const SEED = 20240101;

const SIZES: Record<string, number> = { '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 };
/** Sizes at which jamstat in one thread is also run, and how often the baseline runs at each size. */
const ONE_THREAD_UP_TO = 1_000_000;
const DUCKDB_BASELINE = join(DATA, 'baseline_duckdb.mjs');
/** Issue 11 tightened peak RSS from 200 (1 M) and 250 MB (10 M) to 100 MB and added DuckDB ÷ jamstat ≥ 1 (at least as fast). */
const TARGETS = {
  millionSeconds: 2.0,
  millionRatio: 3,
  millionDuckdbRatio: 1,
  tenMillionDuckdbRatio: 1,
  millionRssMb: 100,
  tenMillionRssMb: 100,
  exampleSeconds: 0.5,
  helpSeconds: 0.15,
};

interface Measure {
  readonly seconds: number;
  /** Peak resident set size in MB, or null when /usr/bin/time is missing. */
  readonly rssMb: number | null;
  readonly ok: boolean;
  readonly error?: string;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs a command once under /usr/bin/time (when there is one): wall seconds and peak RSS. */
function runOnce(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Measure {
  const timed = existsSync(TIME);
  const start = performance.now();
  const result = timed
    ? spawnSync(TIME, ['-f', '%e %M', command, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - start) / 1000;
  const ok = result.status === 0;
  if (!timed) return { seconds: wall, rssMb: null, ok, ...(ok ? {} : { error: result.stderr }) };
  const lines = result.stderr.trim().split('\n');
  const [seconds, kilobytes] = (lines.at(-1) ?? '').split(' ').map(Number);
  return {
    seconds: Number.isFinite(seconds) ? seconds! : wall,
    rssMb: Number.isFinite(kilobytes) ? kilobytes! / 1024 : null,
    ok,
    ...(ok ? {} : { error: lines.slice(0, -1).join('\n') }),
  };
}

/** The median of a list of runs (wall and RSS medians taken separately). */
function medianOf(all: readonly Measure[]): Measure {
  const failed = all.find((entry) => !entry.ok);
  if (failed) return failed;
  const rss = all.map((entry) => entry.rssMb).filter((value): value is number => value !== null);
  return { seconds: median(all.map((entry) => entry.seconds)), rssMb: rss.length ? median(rss) : null, ok: true };
}

/** The median of `runs` runs (wall and RSS medians taken separately). */
function measure(runs: number, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Measure {
  const all: Measure[] = [];
  for (let run = 0; run < runs; run++) {
    const once = runOnce(command, args, env);
    if (!once.ok) return once;
    all.push(once);
  }
  return medianOf(all);
}

interface Job {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Short jobs (start-up, the example) measured in turns, A B C A B C …, so that a busy
 * moment of the machine falls on all of them alike; the median of each.
 */
function measureInTurns(runs: number, jobs: readonly Job[]): Measure[] {
  const all: Measure[][] = jobs.map(() => []);
  for (let run = 0; run < runs; run++) jobs.forEach((job, index) => all[index]!.push(runOnce(job.command, job.args, job.env)));
  return all.map(medianOf);
}

async function extractOf(label: string, rows: number): Promise<string> {
  const path = join(DATA, `extract-${label}-seed${SEED}-handlaggningstid.csv`);
  if (!existsSync(path) || statSync(path).size === 0) {
    process.stderr.write(`generating ${path} (${rows.toLocaleString('en')} rows)…\n`);
    mkdirSync(DATA, { recursive: true });
    await writeExtractFile(`${path}.tmp`, { rows, seed: SEED, encoding: 'utf8bom', handlingTime: true });
    renameSync(`${path}.tmp`, path);
  }
  return path;
}

/**
 * Bundles bench/baseline_duckdb.ts (with jamstat's statistics) into bench/data/, next to
 * node_modules so that @duckdb/node-api resolves, and runs it once on the example: null when
 * it works, else why not.
 */
async function duckdbBaseline(): Promise<string | null> {
  try {
    await build({
      absWorkingDir: ROOT,
      entryPoints: [join('bench', 'baseline_duckdb.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['@duckdb/node-api'],
      outfile: DUCKDB_BASELINE,
      logLevel: 'warning',
    });
  } catch (error) {
    return `bench/baseline_duckdb.ts does not build: ${String(error)}`;
  }
  const out = mkdtempSync(join(tmpdir(), 'jamstat-duckdb-'));
  try {
    const check = spawnSync(process.execPath, [DUCKDB_BASELINE, 'fixtures/exempel.csv', join(out, 'check.json')], { cwd: ROOT, encoding: 'utf8' });
    return check.status === 0 ? null : `the DuckDB baseline fails (npm ci installs @duckdb/node-api): ${check.stderr.trim().split('\n').slice(0, 3).join(' ')}`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function baselineAvailable(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const check = spawnSync(PYTHON, ['-c', 'import pandas, scipy, statsmodels; print(pandas.__version__, scipy.__version__, statsmodels.__version__)'], { encoding: 'utf8' });
  return check.status === 0 ? null : 'pandas, scipy or statsmodels missing (apt-get install python3-pandas python3-scipy python3-statsmodels)';
}

type Adjusted = { criterion: string; p: number | null }[] | Record<string, number | null> | undefined;
interface ResultRow {
  readonly step: string;
  readonly by: string | null;
  readonly group: string | null;
  readonly period?: string | null;
  readonly female: { n: number; yes: number };
  readonly male: { n: number; yes: number };
  readonly p: number | null;
  /** jamstat lists the criteria's CMH results, the baselines map criterion → p. */
  readonly adjusted?: Adjusted;
}

/** A categorical row as jamstat's JSON and the baselines write it (only what is compared). */
interface CategoryRow {
  readonly step: string;
  readonly by: string | null;
  readonly group: string | null;
  readonly p: number | null;
  readonly categories: readonly { readonly value: string; readonly female: { n: number | null; yes: number | null }; readonly male: { n: number | null; yes: number | null }; readonly p: number | null }[];
}
type Summary = Readonly<Record<'n' | 'median' | 'q1' | 'q3' | 'mean' | 'sd', number | null>>;
/** A measure's row (only what is compared). */
interface MeasureRow {
  readonly step: string;
  readonly by: string | null;
  readonly group: string | null;
  readonly female: Summary;
  readonly male: Summary;
  readonly p: number | null;
}

const relativeDifference = (ours: number | null | undefined, theirs: number | null | undefined): number =>
  ours === null || ours === undefined || theirs === null || theirs === undefined || Math.abs(ours) <= 1e-300 ? 0 : Math.abs(ours - theirs) / Math.abs(ours);

/** The categorical and measure rows compared as the yes/no rows are: counts, summaries, p-values; '' when either side has none. */
function distributionAgreement(ours: { categoryResults?: CategoryRow[]; measureResults?: MeasureRow[] }, theirs: { categoryResults?: CategoryRow[]; measureResults?: MeasureRow[] }): string {
  const key = (row: { step: string; by: string | null; group: string | null }) => `${row.step}|${row.by ?? ''}|${row.group ?? ''}`;
  const parts: string[] = [];
  if (ours.categoryResults && theirs.categoryResults) {
    const byKey = new Map(theirs.categoryResults.map((row) => [key(row), row]));
    let compared = 0;
    let countsDiffer = 0;
    let worstP = 0;
    for (const row of ours.categoryResults) {
      const other = byKey.get(key(row));
      if (!other) continue;
      compared++;
      worstP = Math.max(worstP, relativeDifference(row.p, other.p));
      const values = new Map(other.categories.map((category) => [category.value, category]));
      let differs = false;
      for (const category of row.categories) {
        const theirsCategory = values.get(category.value);
        worstP = Math.max(worstP, relativeDifference(category.p, theirsCategory?.p));
        // Hidden counts are null in jamstat's published JSON: only what is shown is compared.
        if (category.female.yes === null || category.male.yes === null) continue;
        if (!theirsCategory ? category.female.yes + category.male.yes > 0 : category.female.yes !== theirsCategory.female.yes || category.male.yes !== theirsCategory.male.yes || category.female.n !== theirsCategory.female.n) differs = true;
      }
      if (differs) countsDiffer++;
    }
    parts.push(`categories: ${compared} of ${theirs.categoryResults.length} rows compared, ${countsDiffer} with other counts, largest relative difference in p ${worstP.toExponential(1)}`);
  }
  if (ours.measureResults && theirs.measureResults) {
    const byKey = new Map(theirs.measureResults.map((row) => [key(row), row]));
    let compared = 0;
    let worstSummary = 0;
    let worstP = 0;
    for (const row of ours.measureResults) {
      const other = byKey.get(key(row));
      if (!other) continue;
      compared++;
      for (const sex of ['female', 'male'] as const) {
        for (const field of ['n', 'median', 'q1', 'q3', 'mean', 'sd'] as const) worstSummary = Math.max(worstSummary, relativeDifference(row[sex][field], other[sex][field]));
      }
      worstP = Math.max(worstP, relativeDifference(row.p, other.p));
    }
    parts.push(`measures: ${compared} of ${theirs.measureResults.length} rows compared, largest relative difference in n, median, quartiles, mean and sd ${worstSummary.toExponential(1)}, in p ${worstP.toExponential(1)}`);
  }
  return parts.length === 0 ? '' : `; ${parts.join('; ')}`;
}

const adjustedP = (adjusted: Adjusted): Map<string, number | null> =>
  new Map(Array.isArray(adjusted) ? adjusted.map((entry) => [entry.criterion, entry.p]) : Object.entries(adjusted ?? {}));

/**
 * Compares jamstat's results (or a baseline's in its place) with a baseline's: the counts of
 * every row and the largest relative difference of the p-values; with `cmh`, also of the
 * criteria's CMH p-values. That is asked only where both sides compute CMH with jamstat's
 * function (DuckDB), where it checks the strata's counts: statsmodels' CMH, in the pandas
 * baseline, always subtracts the ½ and takes 1 − cdf, so it differs from R's and jamstat's
 * in small strata and tiny p-values.
 */
function agreement(jamstatJson: string, baselineJson: string, cmh = false): string {
  const ours = JSON.parse(readFileSync(jamstatJson, 'utf8')) as { results: ResultRow[]; categoryResults?: CategoryRow[]; measureResults?: MeasureRow[] };
  const theirs = JSON.parse(readFileSync(baselineJson, 'utf8')) as { results: ResultRow[]; categoryResults?: CategoryRow[]; measureResults?: MeasureRow[] };
  const key = (row: { step: string; by: string | null; group: string | null }) => `${row.step}|${row.by ?? ''}|${row.group ?? ''}`;
  const byKey = new Map(theirs.results.map((row) => [key(row), row]));
  let compared = 0;
  let countsDiffer = 0;
  let worstP = 0;
  let worstCmh = 0;
  for (const row of ours.results) {
    if (row.period) continue;
    const other = byKey.get(key(row));
    if (!other) continue;
    compared++;
    // Suppressed small counts are null in jamstat's published JSON: only compare what is shown.
    if (row.female.n !== null && (row.female.n !== other.female.n || row.male.n !== other.male.n || row.female.yes !== other.female.yes || row.male.yes !== other.male.yes)) countsDiffer++;
    if (row.p !== null && other.p !== null && row.p > 1e-300) worstP = Math.max(worstP, Math.abs(row.p - other.p) / row.p);
    if (!cmh) continue;
    const otherAdjusted = adjustedP(other.adjusted);
    for (const [criterion, p] of adjustedP(row.adjusted)) {
      const theirP = otherAdjusted.get(criterion);
      if (p !== null && p !== undefined && theirP !== null && theirP !== undefined && p > 1e-300) worstCmh = Math.max(worstCmh, Math.abs(p - theirP) / p);
    }
  }
  return `${compared} of ${theirs.results.length} rows compared, ${countsDiffer} with other counts, largest relative difference in p ${worstP.toExponential(1)}${cmh ? `, in the criteria's CMH p ${worstCmh.toExponential(1)}` : ''}${distributionAgreement(ours, theirs)}`;
}

const seconds = (measure: Measure | null) => (measure === null ? '–' : measure.ok ? measure.seconds.toFixed(2) : 'failed');
const megabytes = (measure: Measure | null) => (measure === null || !measure.ok || measure.rssMb === null ? '–' : measure.rssMb.toFixed(0));

interface SizeResult {
  readonly label: string;
  readonly rows: number;
  readonly megabytes: number;
  readonly jamstat: Measure;
  readonly oneThread: Measure | null;
  readonly baseline: Measure | null;
  readonly baselineRuns: number;
  readonly agreement: string | null;
  readonly duckdb: Measure | null;
  /** DuckDB's results against jamstat's, and against pandas'. */
  readonly duckdbAgreement: string | null;
  readonly duckdbPandasAgreement: string | null;
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const python = spawnSync(PYTHON, ['-c', 'import sys, pandas; print(sys.version.split()[0], pandas.__version__)'], { encoding: 'utf8' });
  const [pythonVersion, pandasVersion] = python.status === 0 ? python.stdout.trim().split(' ') : ['–', '–'];
  return `${availableParallelism()} cores (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Python ${pythonVersion}, pandas ${pandasVersion}; load average at start ${loadavg().map((value) => value.toFixed(2)).join(' ')}`;
}

/** DuckDB's version and its threads (its default, one per core), as the baseline reports them. */
function duckdbVersion(): string {
  const check = spawnSync(process.execPath, ['--input-type=module', '-e', "import { DuckDBInstance } from '@duckdb/node-api'; const c = await (await DuckDBInstance.create()).connect(); const [[v, t]] = (await c.runAndReadAll(\"SELECT version(), current_setting('threads')\")).getRowsJS(); console.log(v, String(t));"], { cwd: ROOT, encoding: 'utf8' });
  const [version, threads] = check.status === 0 ? check.stdout.trim().split(' ') : ['–', '–'];
  return `DuckDB ${version} (@duckdb/node-api), ${threads} threads (its default)`;
}

function replaceBetween(file: string, start: string, end: string, text: string): void {
  const content = readFileSync(file, 'utf8');
  const from = content.indexOf(start);
  const to = content.indexOf(end);
  if (from < 0 || to < from) {
    process.stderr.write(`${file}: no ${start} … ${end} markers; not updated\n`);
    return;
  }
  writeFileSync(file, content.slice(0, from + start.length) + '\n' + text + '\n' + content.slice(to));
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const labels = (process.env.BENCH_SIZES ?? '100k,1m,10m').split(',').map((label) => label.trim().toLowerCase()).filter(Boolean);
  for (const label of labels) if (!(label in SIZES)) throw new Error(`BENCH_SIZES: unknown size ${label} (100k, 1m, 10m)`);
  const missingBaseline = baselineAvailable();
  const missingDuckdb = await duckdbBaseline();
  const duckdbInfo = missingDuckdb === null ? duckdbVersion() : null;
  const out = mkdtempSync(join(tmpdir(), 'jamstat-bench-'));
  const started = new Date();
  const loadAtStart = loadavg().map((value) => value.toFixed(2)).join(' ');
  const machineText = machine();
  process.stderr.write(`${machineText}\n`);

  try {
    // NODE_EXTRA_CA_CERTS (set on some machines for a proxy) makes Node read a certificate file at every start.
    const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
    const withoutExtraCerts: NodeJS.ProcessEnv = { NODE_EXTRA_CA_CERTS: undefined };
    const exampleArgs = (name: string) => [BIN, 'analyze', 'fixtures/exempel.csv', '-c', CONFIG, '-f', 'json', '-o', join(out, name)];
    const shortRuns = Math.max(11, runs);
    process.stderr.write(`start-up and the example, ${shortRuns} runs each…\n`);
    const [help, bareNode, example, exampleOneThread, helpClean, bareNodeClean, exampleClean] = measureInTurns(shortRuns, [
      { command: process.execPath, args: [BIN, '--help'] },
      { command: process.execPath, args: ['-e', '0'] },
      { command: process.execPath, args: exampleArgs('example.json') },
      { command: process.execPath, args: exampleArgs('example-one-thread.json'), env: { JAMSTAT_ENGINE: 'single' } },
      ...(extraCerts
        ? [
            { command: process.execPath, args: [BIN, '--help'], env: withoutExtraCerts },
            { command: process.execPath, args: ['-e', '0'], env: withoutExtraCerts },
            { command: process.execPath, args: exampleArgs('example-clean.json'), env: withoutExtraCerts },
          ]
        : []),
    ]) as [Measure, Measure, Measure, Measure, Measure?, Measure?, Measure?];

    const sizes: SizeResult[] = [];
    for (const label of labels) {
      const rows = SIZES[label]!;
      const file = await extractOf(label, rows);
      const jamstatOut = join(out, `jamstat-${label}.json`);
      const duckdbOut = join(out, `duckdb-${label}.json`);
      const jamstatJob: Job = { command: process.execPath, args: [BIN, 'analyze', file, '-c', CONFIG, '-f', 'json', '-o', jamstatOut, '--quiet'] };
      let jamstat: Measure;
      let duckdb: Measure | null = null;
      if (missingDuckdb === null) {
        process.stderr.write(`${label}: jamstat and the DuckDB baseline, in turns…\n`);
        [jamstat, duckdb] = measureInTurns(runs, [jamstatJob, { command: process.execPath, args: [DUCKDB_BASELINE, file, duckdbOut] }]) as [Measure, Measure];
      } else {
        process.stderr.write(`${label}: jamstat…\n`);
        jamstat = measure(runs, jamstatJob.command, jamstatJob.args);
      }
      let oneThread: Measure | null = null;
      if (rows <= ONE_THREAD_UP_TO) {
        process.stderr.write(`${label}: jamstat, one thread…\n`);
        oneThread = measure(rows >= 1_000_000 ? 1 : runs, process.execPath, [BIN, 'analyze', file, '-c', CONFIG, '-f', 'json', '-o', join(out, `one-thread-${label}.json`), '--quiet'], { JAMSTAT_ENGINE: 'single' });
      }
      let baseline: Measure | null = null;
      let agreed: string | null = null;
      let duckdbPandasAgreement: string | null = null;
      const baselineRuns = rows >= 10_000_000 ? 1 : runs;
      if (missingBaseline === null) {
        process.stderr.write(`${label}: pandas baseline…\n`);
        const baselineOut = join(out, `pandas-${label}.json`);
        baseline = measure(baselineRuns, PYTHON, [join('bench', 'baseline_pandas.py'), file, baselineOut]);
        if (baseline.ok && jamstat.ok) agreed = agreement(jamstatOut, baselineOut);
        if (baseline.ok && duckdb?.ok) duckdbPandasAgreement = agreement(baselineOut, duckdbOut);
      }
      const duckdbAgreement = duckdb?.ok && jamstat.ok ? agreement(jamstatOut, duckdbOut, true) : null;
      sizes.push({ label, rows, megabytes: statSync(file).size / 2 ** 20, jamstat, oneThread, baseline, baselineRuns, agreement: agreed, duckdb, duckdbAgreement, duckdbPandasAgreement });
    }

    const ratio = (entry: SizeResult) => (entry.baseline?.ok && entry.jamstat.ok ? `${(entry.baseline.seconds / entry.jamstat.seconds).toFixed(1)}×` : '–');
    const duckdbRatio = (entry: SizeResult) => (entry.duckdb?.ok && entry.jamstat.ok ? `${(entry.duckdb.seconds / entry.jamstat.seconds).toFixed(2)}×` : '–');
    const speedUp = (entry: SizeResult) => (entry.oneThread?.ok && entry.jamstat.ok ? `${(entry.oneThread.seconds / entry.jamstat.seconds).toFixed(1)}×` : '–');
    const table = [
      '| rows | file | jamstat s | jamstat peak MB | one thread s | DuckDB s | DuckDB peak MB | DuckDB ÷ jamstat | pandas s | pandas peak MB | pandas ÷ jamstat |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...sizes.map(
        (entry) =>
          `| ${entry.rows.toLocaleString('en')} | ${entry.megabytes.toFixed(0)} MB | ${seconds(entry.jamstat)} | ${megabytes(entry.jamstat)} | ${seconds(entry.oneThread)}${entry.oneThread?.ok ? ` (${speedUp(entry)})` : ''} | ${
            entry.duckdb === null ? 'unavailable' : seconds(entry.duckdb)
          } | ${megabytes(entry.duckdb)} | ${duckdbRatio(entry)} | ${
            entry.baseline === null ? 'unavailable' : seconds(entry.baseline)
          }${entry.baselineRuns === 1 && entry.baseline ? ' (1 run)' : ''} | ${megabytes(entry.baseline)} | ${ratio(entry)} |`,
      ),
      '',
      '| other | s | peak MB |',
      '|---|---:|---:|',
      `| \`jamstat --help\` | ${seconds(help)} | ${megabytes(help)} |`,
      `| \`node -e 0\` (the floor) | ${seconds(bareNode)} | ${megabytes(bareNode)} |`,
      `| 20,000-row example (fixtures/exempel.csv) | ${seconds(example)} | ${megabytes(example)} |`,
      `| the same, one thread | ${seconds(exampleOneThread)} | ${megabytes(exampleOneThread)} |`,
      ...(extraCerts
        ? [
            `| without NODE_EXTRA_CA_CERTS: \`jamstat --help\` | ${seconds(helpClean!)} | ${megabytes(helpClean!)} |`,
            `| without NODE_EXTRA_CA_CERTS: \`node -e 0\` | ${seconds(bareNodeClean!)} | ${megabytes(bareNodeClean!)} |`,
            `| without NODE_EXTRA_CA_CERTS: 20,000-row example | ${seconds(exampleClean!)} | ${megabytes(exampleClean!)} |`,
          ]
        : []),
    ].join('\n');

    const million = sizes.find((entry) => entry.rows === 1_000_000);
    const tenMillion = sizes.find((entry) => entry.rows === 10_000_000);
    const check = (name: string, value: number | null | undefined, limit: number, below = true) =>
      value === null || value === undefined ? `- ${name}: not measured` : `- ${name}: ${value.toFixed(2)} ${(below ? value <= limit : value >= limit) ? 'meets' : 'MISSES'} the target (${below ? '≤' : '≥'} ${limit})`;
    const targets = [
      check('1 M rows, seconds', million?.jamstat.ok ? million.jamstat.seconds : null, TARGETS.millionSeconds),
      check('1 M rows, pandas ÷ jamstat', million?.baseline?.ok && million.jamstat.ok ? million.baseline.seconds / million.jamstat.seconds : null, TARGETS.millionRatio, false),
      check('1 M rows, DuckDB ÷ jamstat', million?.duckdb?.ok && million.jamstat.ok ? million.duckdb.seconds / million.jamstat.seconds : null, TARGETS.millionDuckdbRatio, false),
      check('10 M rows, DuckDB ÷ jamstat', tenMillion?.duckdb?.ok && tenMillion.jamstat.ok ? tenMillion.duckdb.seconds / tenMillion.jamstat.seconds : null, TARGETS.tenMillionDuckdbRatio, false),
      check('1 M rows, peak MB', million?.jamstat.rssMb, TARGETS.millionRssMb),
      check('10 M rows, peak MB', tenMillion?.jamstat.rssMb, TARGETS.tenMillionRssMb),
      check('20,000 rows, seconds', example.ok ? example.seconds : null, TARGETS.exampleSeconds),
      check('jamstat --help, seconds', help.ok ? help.seconds : null, TARGETS.helpSeconds),
      ...(extraCerts
        ? [
            check('20,000 rows without NODE_EXTRA_CA_CERTS, seconds', exampleClean?.ok ? exampleClean.seconds : null, TARGETS.exampleSeconds),
            check('jamstat --help without NODE_EXTRA_CA_CERTS, seconds', helpClean?.ok ? helpClean.seconds : null, TARGETS.helpSeconds),
          ]
        : []),
    ].join('\n');
    const agreements = sizes
      .flatMap((entry) => [
        ...(entry.agreement ? [`- ${entry.label}, jamstat and pandas: ${entry.agreement}`] : []),
        ...(entry.duckdbAgreement ? [`- ${entry.label}, jamstat and DuckDB: ${entry.duckdbAgreement}`] : []),
        ...(entry.duckdbPandasAgreement ? [`- ${entry.label}, pandas and DuckDB: ${entry.duckdbPandasAgreement}`] : []),
      ])
      .join('\n');
    const failures = [help, bareNode, example, exampleOneThread, helpClean, bareNodeClean, exampleClean, ...sizes.flatMap((entry) => [entry.jamstat, entry.oneThread, entry.baseline, entry.duckdb])].filter(
      (entry) => entry && !entry.ok,
    );
    const duckdbText = missingDuckdb ? ` DuckDB baseline unavailable: ${missingDuckdb}.` : ` ${duckdbInfo}.`;

    process.stderr.write('measuring the statistics…\n');
    const stats = statsTable(measureStats());
    const stamp = `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const figures = [
      `Measured ${stamp} on ${machineText}. Median of ${runs} runs (start-up and the 20,000-row example: ${shortRuns} runs each, in turns); wall time and peak RSS from \`/usr/bin/time\`.${missingBaseline ? ` pandas baseline unavailable: ${missingBaseline}.` : ''}${duckdbText}`,
      '',
      table,
      '',
      'Targets:',
      '',
      targets,
      ...(agreements ? ['', 'jamstat and the baselines agree:', '', agreements] : []),
      '',
      'Cost of each statistical method on large counts (`npx tsx bench/stats.ts`):',
      '',
      stats,
    ].join('\n');

    process.stdout.write(`\n${table}\n\n${targets}\n${agreements ? `\n${agreements}\n` : ''}\n${stats}\n`);
    if (missingBaseline) process.stdout.write(`\npandas baseline unavailable: ${missingBaseline}\n`);
    if (missingDuckdb) process.stdout.write(`\nDuckDB baseline unavailable: ${missingDuckdb}\n`);
    for (const failure of failures) process.stdout.write(`\na run failed:\n${failure!.error ?? ''}\n`);
    replaceBetween(join(ROOT, 'BENCHMARKS.md'), '<!-- bench:figures -->', '<!-- /bench:figures -->', figures);
    replaceBetween(join(ROOT, 'README.md'), '<!-- bench:summary -->', '<!-- /bench:summary -->', [`Measured ${stamp}, ${availableParallelism()} cores, Node ${process.version}${duckdbInfo ? `, ${duckdbInfo}` : ''}; load average at start ${loadAtStart}:`, '', table].join('\n'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
