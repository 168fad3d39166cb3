/**
 * The same cases written in each layout give the same analysis: case rows; rows with a
 * count (`count:`); a funnel of step counts as columns (`of:`/`yes:`); wide by sex (one
 * count column per sex, the outcome in a column); and a wide funnel (a count column per
 * step and sex), with girls, boys and other sex. Compared: every result's numbers (per step, group and stratum, per
 * sex: cases, yes, shares, differences, p-values) and each step's cases. The seed is fixed
 * in CI by tests/helpers/fast-check-seed.ts (a setup file).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/analyze.js';
import { validateConfig } from '../../src/config/load.js';
import type { Report } from '../../src/model/report.js';
import { tempFile } from '../helpers/temp.js';

const SEXES = ['Flicka', 'Pojke', 'Annat'] as const;
/** Per sex, its column word in a wide table. */
const WIDE_WORDS = { Flicka: 'flickor', Pojke: 'pojkar', Annat: 'annat' } as const;
const DISTRICTS = ['Bromma', 'Älvsjö', 'Farsta'];
const REASONS = ['Beteende', 'Omsorg'];

/** A case: its sex, district and reason, and how far it went (0 reported, 1 investigated, 2 granted). */
const caseArbitrary = fc.record({
  sex: fc.constantFrom<(typeof SEXES)[number]>('Flicka', 'Flicka', 'Pojke', 'Pojke', 'Annat'),
  district: fc.constantFrom(...DISTRICTS),
  reason: fc.constantFrom(...REASONS),
  reached: fc.constantFrom<number>(0, 1, 2),
});
type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Each sex in each step with some yes and some no, so that every layout has the same tables. */
const casesArbitrary = fc
  .array(caseArbitrary, { minLength: 1, maxLength: 250 })
  .map((cases) => [...(['Flicka', 'Pojke'] as const).flatMap((sex) => [0, 1, 2].map((reached) => ({ ...cases[0]!, sex, reached }))), ...cases]);

const BASE = { by: ['Stadsdel'], explain: { need: ['Skäl'] }, quality: { allowExcluded: true } };
const ROW_STEPS = [
  { name: 'Utredning', outcome: { column: 'Utredning', equals: 'Ja' } },
  { name: 'Insats', among: { column: 'Utredning', equals: 'Ja' }, outcome: { column: 'Insats', equals: 'Ja' } },
];
const FUNNEL_STEPS = [
  { name: 'Utredning', of: 'Aktualiseringar', yes: 'Utredningar' },
  { name: 'Insats', of: 'Utredningar', yes: 'Insatser' },
];

const csv = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [header.join(';'), ...rows.map((row) => row.join(';'))].join('\r\n') + '\r\n';

/** The outcome cells of a case: investigated (Ja/Nej), granted (Ja/Nej, empty when not investigated). */
const outcomes = (c: Case) => [c.reached >= 1 ? 'Ja' : 'Nej', c.reached >= 1 ? (c.reached === 2 ? 'Ja' : 'Nej') : ''];

/** Counts of `cases` by key, in the order keys are first seen after sorting. */
function countBy<T>(cases: readonly Case[], key: (c: Case) => string, init: () => T, add: (into: T, c: Case) => void): [string, T][] {
  const counts = new Map<string, T>();
  for (const c of [...cases].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) {
    const k = key(c);
    if (!counts.has(k)) counts.set(k, init());
    add(counts.get(k)!, c);
  }
  return [...counts];
}

/** Case rows. */
const caseRows = (cases: readonly Case[]) => csv(['Kön', 'Stadsdel', 'Skäl', 'Utredning', 'Insats'], cases.map((c) => [c.sex, c.district, c.reason, ...outcomes(c)]));

/** One row per combination, with its count. */
const countRows = (cases: readonly Case[]) =>
  csv(
    ['Kön', 'Stadsdel', 'Skäl', 'Utredning', 'Insats', 'Antal'],
    countBy(cases, (c) => [c.sex, c.district, c.reason, ...outcomes(c)].join(';'), () => [0], (n) => n[0]!++).map(([key, [n]]) => [key, n!]),
  );

/** Funnel counts of a set of cases: reported, investigated, granted. */
const funnelOf = (cases: readonly Case[]) => [cases.length, cases.filter((c) => c.reached >= 1).length, cases.filter((c) => c.reached === 2).length];

/** One row per sex, district and reason, with the funnel's three counts. */
const funnelRows = (cases: readonly Case[]) =>
  csv(
    ['Kön', 'Stadsdel', 'Skäl', 'Aktualiseringar', 'Utredningar', 'Insatser'],
    countBy(cases, (c) => [c.sex, c.district, c.reason].join(';'), () => [] as Case[], (list, c) => list.push(c)).map(([key, list]) => [key, ...funnelOf(list)]),
  );

/** One row per district, reason and outcome, with a count per sex and their total. */
const wideRows = (cases: readonly Case[]) =>
  csv(
    ['Stadsdel', 'Skäl', 'Utredning', 'Insats', 'Flickor', 'Pojkar', 'Annat', 'Totalt'],
    countBy(cases, (c) => [c.district, c.reason, ...outcomes(c)].join(';'), () => [] as Case[], (list, c) => list.push(c)).map(([key, list]) => [
      key,
      ...SEXES.map((sex) => list.filter((c) => c.sex === sex).length),
      list.length,
    ]),
  );

/** One row per district and reason, with each funnel count per sex (measure, then the sex word) and the totals. */
const wideFunnelRows = (cases: readonly Case[]) =>
  csv(
    ['Stadsdel', 'Skäl', ...['Aktualiseringar', 'Utredningar', 'Insatser'].flatMap((measure) => [...SEXES.map((sex) => `${measure} ${WIDE_WORDS[sex]}`), `${measure} totalt`])],
    countBy(cases, (c) => [c.district, c.reason].join(';'), () => [] as Case[], (list, c) => list.push(c)).map(([key, list]) => {
      const bySex = SEXES.map((sex) => funnelOf(list.filter((c) => c.sex === sex)));
      return [key, ...[0, 1, 2].flatMap((step) => [...bySex.map((counts) => counts[step]!), funnelOf(list)[step]!])];
    }),
  );

const LAYOUTS = {
  caseRows: { write: caseRows, config: { ...BASE, sex: { column: 'Kön' }, steps: ROW_STEPS } },
  counts: { write: countRows, config: { ...BASE, sex: { column: 'Kön' }, count: 'Antal', steps: ROW_STEPS } },
  funnel: { write: funnelRows, config: { ...BASE, sex: { column: 'Kön' }, steps: FUNNEL_STEPS } },
  wide: { write: wideRows, config: { ...BASE, sex: { columns: { Flickor: 'female', Pojkar: 'male', Annat: 'other', Totalt: 'total' } }, steps: ROW_STEPS } },
  wideFunnel: { write: wideFunnelRows, config: { ...BASE, sex: { columns: { flickor: 'female', pojkar: 'male', annat: 'other', totalt: 'total' } }, steps: FUNNEL_STEPS } },
} as const;

/** What every layout must agree on: the results' numbers and each step's cases. */
const numbers = (report: Report) => ({ results: report.results, cases: report.steps.map((step) => step.cases), familySize: report.settings.familySize });

async function analyzeAs(layout: keyof typeof LAYOUTS, cases: readonly Case[]): Promise<Report> {
  const { write, config } = LAYOUTS[layout];
  return analyze([tempFile(write(cases))], validateConfig(config, 'test.yml'));
}

describe('layouts', () => {
  it('case rows, counts, a funnel, wide by sex and a wide funnel give the same results', async () => {
    await fc.assert(
      fc.asyncProperty(casesArbitrary, async (cases) => {
        const expected = numbers(await analyzeAs('caseRows', cases));
        for (const layout of ['counts', 'funnel', 'wide', 'wideFunnel'] as const) {
          const report = await analyzeAs(layout, cases);
          expect(numbers(report), layout).toEqual(expected);
          expect(report.warnings, layout).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('a total column of a table wide by sex', () => {
  it('that differs from its parts is a warning with the rows and the size of the difference', async () => {
    const header = ['Stadsdel', 'Skäl', 'Utredning', 'Insats', 'Flickor', 'Pojkar', 'Annat', 'Totalt'];
    const file = tempFile(csv(header, [['A', 'R', 'Ja', 'Ja', 30, 25, 0, 58], ['A', 'R', 'Nej', '', 40, 45, 0, 85], ['B', 'R', 'Ja', 'Nej', 20, 22, 0, 42]]));
    const report = await analyze([file], validateConfig(LAYOUTS.wide.config, 'test.yml'));
    expect(report.warnings).toEqual([{ code: 'total-column-differs', args: { column: 'Totalt', rows: 3, differing: 1, difference: 3, largest: 3 } }]);
    expect(report.steps[0]!.cases).toBe(182);
  });
});
