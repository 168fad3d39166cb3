/**
 * Regression: lookups keyed by data went through plain objects, so a cell or a
 * configuration key that is also the name of an Object property (`constructor`,
 * `__proto__`, `toString`, `hasOwnProperty`, `valueOf`) was read as that property. Sex
 * cells holding them were silently lost (neither female, male, other nor excluded),
 * `inspect` took them for sex codes, and a `__proto__` key in the configuration
 * (`sex.values`, a `map:` derive, `validate.values`, a derived variable's name) was
 * silently dropped. Every such value is an ordinary value now.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';
import { expectAccounting, type AccountedReport } from '../helpers/accounting.js';

const PROPERTY_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;

interface Counts {
  readonly n: number;
  readonly yes: number;
}
interface ResultRow {
  readonly step: string;
  readonly by: string | null;
  readonly group: string | null;
  readonly period: string | null;
  readonly female: Counts;
  readonly male: Counts;
  readonly other: Counts;
}
type Report = AccountedReport & { readonly results: readonly ResultRow[] };

async function analyzeJson(csv: string, args: readonly string[]): Promise<Report> {
  const run = await runMain(['analyze', tempFile(csv), ...args, '-f', 'json', '--no-suppress']);
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as Report;
  expectAccounting(report);
  return report;
}

const overall = (report: Report, step?: string): ResultRow =>
  report.results.find((row) => row.by === null && row.group === null && row.period === null && (step === undefined || row.step === step))!;

const groupRow = (report: Report, by: string, group: string): ResultRow | undefined =>
  report.results.find((row) => row.by === by && row.group === group && row.period === null);

/** `times` rows of each sex value, half of them "Ja". */
function extract(header: string, values: readonly string[], times: number, more: (value: string, index: number) => string = () => ''): string {
  const lines = [header];
  for (const value of values) for (let index = 0; index < times; index++) lines.push(`${value};${index % 2 ? 'Ja' : 'Nej'}${more(value, index)}`);
  return `${lines.join('\n')}\n`;
}

describe('values that are names of Object properties', () => {
  it('a sex cell holding one is counted as another sex, and every row is accounted for', async () => {
    const csv = extract('Kön;Beslut', ['Flicka', 'Pojke', ...PROPERTY_NAMES], 4);
    const report = await analyzeJson(csv, ['--sex', 'Kön', '--outcome', 'Beslut=Ja']);
    const row = overall(report);
    expect(row.female.n).toBe(4);
    expect(row.male.n).toBe(4);
    expect(row.other.n).toBe(4 * PROPERTY_NAMES.length);
    expect(report.steps[0]!.used).toBe(4 * (2 + PROPERTY_NAMES.length));
  });

  it('sex.values keyed by them maps those codes and no others', async () => {
    const csv = extract('Kön;Beslut', [...PROPERTY_NAMES], 4);
    const config = tempFile(`sex: { column: Kön, values: { __proto__: female, constructor: male } }
steps:
  - name: Beslut
    outcome: { column: Beslut, equals: Ja }
`);
    const row = overall(await analyzeJson(csv, ['-c', config]));
    expect(row.female.n).toBe(4);
    expect(row.male.n).toBe(4);
    expect(row.other.n).toBe(4 * (PROPERTY_NAMES.length - 2));
  });

  it('a map: derive keyed by them maps those values; the others go to other:, or stop the run without it', async () => {
    const csv = extract('Kön;Beslut;Grupp', ['Flicka', 'Pojke'], 10, (_, index) => `;${PROPERTY_NAMES[index % PROPERTY_NAMES.length]}`);
    const config = (other: string) => tempFile(`sex: { column: Kön }
by: [Mappad]
derive:
  Mappad: { map: { column: Grupp, values: { __proto__: Proto, constructor: Konstruktor }${other} } }
steps:
  - name: Beslut
    outcome: { column: Beslut, equals: Ja }
`);
    const report = await analyzeJson(csv, ['-c', config(', other: Övrigt')]);
    expect(groupRow(report, 'Mappad', 'Proto')?.female.n).toBe(2);
    expect(groupRow(report, 'Mappad', 'Konstruktor')?.male.n).toBe(2);
    expect(groupRow(report, 'Mappad', 'Övrigt')?.female.n).toBe(6);
    const run = await runMain(['analyze', tempFile(csv), '-c', config(''), '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/värdet "(toString|hasOwnProperty|valueOf)" i kolumnen Grupp saknas i map-listan/);
  });

  it('a derived variable named __proto__ is kept', async () => {
    const csv = extract('Kön;Beslut;Grupp', ['Flicka', 'Pojke'], 4, (_, index) => `;${index % 2 ? 'A' : 'B'}`);
    const config = tempFile(`sex: { column: Kön }
by: [__proto__]
derive:
  __proto__: { map: { column: Grupp, values: { A: Ett, B: Två } } }
steps:
  - name: Beslut
    outcome: { column: Beslut, equals: Ja }
`);
    const report = await analyzeJson(csv, ['-c', config]);
    expect(groupRow(report, '__proto__', 'Ett')?.female.n).toBe(2);
  });

  it('columns named after them work in by and in conditions, and so do group values', async () => {
    const csv = extract('Kön;constructor;__proto__', ['Flicka', 'Pojke'], 10, (_, index) => `;${PROPERTY_NAMES[index % PROPERTY_NAMES.length]}`);
    const config = tempFile(`sex: { column: Kön }
by: [__proto__]
steps:
  - name: Beslut
    outcome: { column: constructor, equals: Ja }
  - name: Bland konstruktor
    among: { column: __proto__, in: [constructor, toString] }
    outcome: { column: constructor, equals: Ja }
`);
    const report = await analyzeJson(csv, ['-c', config]);
    expect(overall(report, 'Beslut').female).toEqual({ n: 10, yes: 5, share: 0.5 });
    for (const value of PROPERTY_NAMES) expect(groupRow(report, '__proto__', value)?.male.n, value).toBe(2);
    expect(overall(report, 'Bland konstruktor').female.n).toBe(4);
  });

  it('validate.values keyed by columns named after them checks those columns', async () => {
    const csv = extract('Kön;constructor;__proto__', ['Flicka', 'Pojke'], 6, (_, index) => `;${index % 3 ? 'Ja' : 'Kanske'}`);
    const config = tempFile(`sex: { column: Kön }
steps:
  - name: Beslut
    outcome: { column: constructor, equals: Ja }
validate:
  values: { __proto__: [Ja, Nej], constructor: [Ja, Nej] }
`);
    const run = await runMain(['validate', tempFile(csv), '-c', config, '-f', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const problems = (JSON.parse(run.stdout) as { problems: Array<{ code: string; column: string | null }> }).problems;
    const unexpected = problems.filter((found) => found.code === 'unexpected-value').map((found) => found.column);
    expect(unexpected).toContain('__proto__');
  });

  it('--encoding and --delimiter refuse them as names', async () => {
    for (const flag of ['--encoding', '--delimiter']) {
      const run = await runMain(['inspect', 'fixtures/utf8.csv', flag, 'constructor']);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`${flag} väntar sig ett av`);
    }
  });

  it('inspect does not take them for sex codes', async () => {
    // Only these two are lower case, as the sex codes are compared.
    const csv = extract('Grupp;Beslut', ['constructor', '__proto__'], 4);
    const run = await runMain(['inspect', tempFile(csv), '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const columns = (JSON.parse(run.stdout) as { columns: Array<{ name: string; role: string }> }).columns;
    expect(columns.find((column) => column.name === 'Grupp')?.role).toBe('category');
  });
});
