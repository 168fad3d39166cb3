/** Person counting, intersections, mapped variables, periods and rates on small hand-checked extracts. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { validateConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { tempFile } from '../helpers/temp.js';

const HEADER = 'Id;Kön;Stadsdel;Datum;Beslut';

async function run(rows: string[], config: Record<string, unknown>) {
  const file = tempFile([HEADER, ...rows].join('\n'));
  return analyze([file], validateConfig({ sex: { column: 'Kön' }, steps: [{ name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } }], ...config }, 'test.yml'));
}

const PERSON_ROWS = [
  'a;Flicka;Farsta;2024-01-10;Nej',
  'a;Flicka;Farsta;2024-02-10;Ja',
  'b;Pojke;Farsta;2024-01-05;Nej',
  'b;Pojke;Farsta;2024-03-05;Nej',
  'c;Pojke;Bromma;2024-02-01;Ja',
  'c;Pojke;Bromma;2024-02-20;Nej',
];

describe('person counting', () => {
  it('counts each person once: yes if any row is yes', async () => {
    const report = await run(PERSON_ROWS, { unit: { id: 'Id' } });
    const overall = report.results[0]!;
    expect(overall.female).toMatchObject({ n: 1, yes: 1 });
    expect(overall.male).toMatchObject({ n: 2, yes: 1 });
    expect(report.steps[0]).toMatchObject({ used: 6, persons: 3 });
    expect(report.settings.unit).toBe('person');
  });
  it('takes the first or the last row by date', async () => {
    const first = (await run(PERSON_ROWS, { unit: { id: 'Id', rule: 'first', date: 'Datum' } })).results[0]!;
    expect([first.female.yes, first.male.yes]).toEqual([0, 1]);
    const last = (await run(PERSON_ROWS, { unit: { id: 'Id', rule: 'last', date: 'Datum' } })).results[0]!;
    expect([last.female.yes, last.male.yes]).toEqual([1, 0]);
  });
  it('counts a person in each group their rows fall in', async () => {
    const report = await run([...PERSON_ROWS, 'c;Pojke;Farsta;2024-04-01;Ja'], { unit: { id: 'Id' }, by: ['Stadsdel'] });
    const farsta = report.results.find((result) => result.group === 'Farsta')!;
    expect(farsta.male).toMatchObject({ n: 2, yes: 1 });
  });
});

describe('derived variables and intersections', () => {
  it('maps values into groups, with other for the rest', async () => {
    const report = await run(PERSON_ROWS, { by: ['Område'], derive: { Område: { map: { column: 'Stadsdel', values: { Farsta: 'Söder' }, other: 'Övrigt' } } } });
    expect(report.results.filter((result) => result.by === 'Område').map((result) => result.group)).toEqual(['Söder', 'Övrigt']);
  });
  it('refuses an unmapped value without other, naming the line', async () => {
    await expect(run(PERSON_ROWS, { by: ['Område'], derive: { Område: { map: { column: 'Stadsdel', values: { Farsta: 'Söder' } } } } })).rejects.toMatchObject({
      code: 'unmapped-value',
      place: { line: 6 },
    });
  });
  it('uses derived variables in conditions', async () => {
    const report = await run(PERSON_ROWS, {
      derive: { Område: { map: { column: 'Stadsdel', values: { Farsta: 'Söder' }, other: 'Övrigt' } } },
      steps: [{ name: 'I söder', among: { column: 'Beslut', equals: 'Ja' }, outcome: { column: 'Område', equals: 'Söder' } }],
    });
    expect(report.results[0]!.female).toMatchObject({ n: 1, yes: 1 });
    expect(report.results[0]!.male).toMatchObject({ n: 1, yes: 0 });
  });
  it('crosses two variables', async () => {
    const report = await run(PERSON_ROWS, { by: ['Stadsdel*Månad'], derive: { Månad: { period: { column: 'Datum', per: 'month' } } } });
    expect(report.results.filter((result) => result.by !== null).map((result) => result.group)).toEqual([
      'Bromma × 2024-02', 'Farsta × 2024-01', 'Farsta × 2024-02', 'Farsta × 2024-03',
    ]);
  });
  it('excludes rows whose date cannot be read, with a reason', async () => {
    const report = await run([...PERSON_ROWS, 'd;Flicka;Farsta;31/02/2024;Ja'], { period: { column: 'Datum', per: 'month' } });
    expect(report.input.excluded).toEqual([{ reason: 'invalid-date', rows: 1 }]);
  });
  it('refuses to split tables by a personnummer column', async () => {
    await expect(run(['811228-9874;Pojke;Farsta;2024-01-01;Ja'], { by: ['Id'] })).rejects.toBeInstanceOf(InputError);
  });
});

describe('periods', () => {
  it('adds descriptive per-period rows and the change between the last two periods', async () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, index) => `x${index};${index % 2 ? 'Flicka' : 'Pojke'};Farsta;2024-01-15;${index % 4 < 2 ? 'Ja' : 'Nej'}`),
      ...Array.from({ length: 40 }, (_, index) => `y${index};${index % 2 ? 'Flicka' : 'Pojke'};Farsta;2024-02-15;${index % 2 && index % 8 ? 'Ja' : 'Nej'}`),
    ];
    const report = await run(rows, { period: { column: 'Datum', per: 'month' } });
    const periodRows = report.results.filter((result) => result.period !== null);
    expect(periodRows.map((result) => result.period)).toEqual(['2024-01', '2024-02']);
    expect(periodRows.every((result) => result.q === null && !result.flag)).toBe(true);
    const change = report.results[0]!.overTime!.change!;
    // January: girls 10/20, boys 10/20 (0 pp). February: girls 20/20, boys 0/20 (+100 pp),
    // whose shares carry no variance; the standard error is January's alone.
    expect(change.diffPp).toBeCloseTo(100, 10);
    const standardError = Math.sqrt(0.25 / 20 + 0.25 / 20);
    expect(change.statistic).toBeCloseTo(1 / standardError, 10);
    expect(change).toMatchObject({ from: '2024-01', to: '2024-02' });
  });
});

describe('rates per 1,000', () => {
  it('divides cases by the population and compares the sexes exactly', async () => {
    const population = tempFile('Kön;Stadsdel;Antal\nFlicka;Farsta;1000\nPojke;Farsta;2000\nFlicka;Bromma;500\nPojke;Bromma;500\n', { name: 'pop.csv' });
    const report = await run(PERSON_ROWS, { by: ['Stadsdel'], population: { file: population, sex: 'Kön', count: 'Antal', by: ['Stadsdel'] } });
    const farsta = report.rates.find((rate) => rate.group === 'Farsta')!;
    expect(farsta.female).toEqual({ cases: 2, population: 1000, per1000: 2 });
    expect(farsta.male).toEqual({ cases: 2, population: 2000, per1000: 1 });
    expect(farsta.rateRatio!.estimate).toBeCloseTo(2, 12);
    expect(report.rates[0]).toMatchObject({ by: null, female: { cases: 2, population: 1500 } });
  });
  it('names a group the population file lacks', async () => {
    const population = tempFile('Kön;Stadsdel;Antal\nFlicka;Farsta;1000\nPojke;Farsta;2000\n', { name: 'pop2.csv' });
    await expect(run(PERSON_ROWS, { by: ['Stadsdel'], population: { file: population, sex: 'Kön', count: 'Antal', by: ['Stadsdel'] } })).rejects.toMatchObject({
      code: 'population-missing-group',
      args: { group: 'Bromma' },
    });
  });
});
