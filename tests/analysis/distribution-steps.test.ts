/**
 * Categorical and numeric steps through the whole analysis (analyze()): their rows beside
 * the yes/no rows, the run's families, the notices (a listed category that never occurs,
 * an outcome without variation, `period:`), the data-quality gate and hidden cells taking
 * flags away; and invariants on random extracts: an aggregated extract equals its case
 * rows, the order of the rows changes nothing, and swapping the sexes keeps every p.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/analyze.js';
import { trendTest } from '../../src/analysis/compare-categories.js';
import { loadConfigFile, validateConfig } from '../../src/config/load.js';
import type { CategoryResult, MeasureResult, Report } from '../../src/model/report.js';
import { tempFile } from '../helpers/temp.js';

const FIXTURE = 'tests/fixtures/issue15/arenden.csv';
const CONFIG = 'tests/fixtures/issue15/arenden.yml';

const pOf = (values: readonly (number | null | undefined)[]): number => values.filter((p) => p !== null && p !== undefined).length;

describe('the fixture tests/fixtures/issue15/arenden.csv', () => {
  let report: Report;
  beforeAll(async () => {
    report = await analyze([FIXTURE], loadConfigFile(CONFIG));
  });
  const category = (step: string, group: string | null = null): CategoryResult => report.categoryResults!.find((row) => row.step === step && row.group === group)!;
  const measure = (group: string | null = null): MeasureResult => report.measureResults!.find((row) => row.group === group)!;

  it('gives each categorical and numeric step an overall row and one per group, in their own arrays', () => {
    expect(report.results.every((row) => row.step === 'Utredning inleds')).toBe(true);
    expect(report.categoryResults!.map((row) => `${row.step}: ${row.group ?? '–'}`)).toEqual([
      'Kontaktorsak: –', 'Kontaktorsak: Bromma', 'Kontaktorsak: Farsta', 'Kontaktorsak: Kista',
      'Riskbedömning: –', 'Riskbedömning: Bromma', 'Riskbedömning: Farsta', 'Riskbedömning: Kista',
    ]);
    expect(report.measureResults!.map((row) => row.group)).toEqual([null, 'Bromma', 'Farsta', 'Kista']);
    expect(category('Kontaktorsak').categories.map((entry) => entry.value)).toEqual(['Beteendeproblematik', 'Brister i omsorg', 'Psykisk ohälsa', 'Våld i nära relation']);
    expect(category('Riskbedömning').categories.map((entry) => entry.value)).toEqual(['Låg', 'Medel', 'Hög']);
    expect(category('Riskbedömning').trend).not.toBeNull();
    expect(category('Kontaktorsak').trend).toBeNull();
    expect(measure()).toMatchObject({ unit: 'dagar', minShift: 7 });
    expect(report.settings.minShift).toBe(0);
  });

  it('flags the reasons that differ, and the row with them', () => {
    const reasons = category('Kontaktorsak');
    const flagged = reasons.categories.filter((entry) => entry.flag).map((entry) => entry.value);
    expect(flagged).toEqual(['Beteendeproblematik', 'Psykisk ohälsa']);
    expect(reasons.flag).toBe(true);
    for (const entry of reasons.categories) {
      expect(entry.q).toBeGreaterThanOrEqual(entry.p!);
      expect(entry.adjusted.map((adjusted) => adjusted.criterion)).toEqual(['need']);
      expect(entry.verdict === 'none').toBe(!entry.flag);
    }
    expect(category('Riskbedömning').flag).toBe(false);
  });

  it('flags the longer handling time of girls, a shift of at least minShift', () => {
    const time = measure();
    expect(time.flag).toBe(time.q! < 0.05 && Math.abs(time.estimate!) >= 7);
    expect(time.adjusted).toMatchObject([{ criterion: 'need', test: 'van-elteren', df: null }]);
    expect(['candidate', 'inconclusive', 'insufficient', 'none']).toContain(time.verdict);
  });

  it('counts every test in the run\'s families', () => {
    const categories = report.categoryResults!;
    const measures = report.measureResults!;
    const raw =
      pOf(report.results.map((row) => row.p)) +
      pOf(report.results.map((row) => row.overTime?.change?.p)) +
      pOf(categories.flatMap((row) => [row.p, row.trend?.p, ...row.categories.map((entry) => entry.p)])) +
      pOf(measures.map((row) => row.p));
    expect(report.settings.familySize).toBe(raw);
    const adjusted =
      pOf(report.results.flatMap((row) => row.adjusted.map((entry) => entry.p))) +
      pOf(categories.flatMap((row) => [...row.adjusted.map((entry) => entry.p), ...row.categories.flatMap((entry) => entry.adjusted.map((comparison) => comparison.p))])) +
      pOf(measures.flatMap((row) => row.adjusted.map((entry) => entry.p)));
    expect(report.settings.adjustedFamilySize).toBe(adjusted);
    const homogeneity =
      pOf(report.results.flatMap((row) => row.adjusted.map((entry) => entry.homogeneityP))) +
      pOf(categories.flatMap((row) => row.categories.flatMap((entry) => entry.adjusted.map((comparison) => comparison.homogeneityP))));
    expect(report.settings.homogeneityFamilySize).toBe(homogeneity);
    for (const row of [...categories, ...measures]) {
      if (row.p !== null) expect(row.q).toBeGreaterThanOrEqual(row.p);
      for (const entry of row.adjusted) if (entry.p !== null) expect(entry.q).toBeGreaterThanOrEqual(entry.p);
    }
  });

  it('leaves a pooled other category out of the trend of ordered categories', async () => {
    const config = validateConfig({ sex: { column: 'Kön' }, steps: [{ name: 'Risk', categories: { column: 'Riskbedömning', ordered: ['Låg', 'Medel'], other: 'Övrigt' } }] }, 'test.yml');
    const row = (await analyze([FIXTURE], config)).categoryResults![0]!;
    expect(row.categories.map((entry) => entry.value)).toEqual(['Låg', 'Medel', 'Övrigt']);
    const counts = { female: row.categories.map((entry) => entry.female.yes), male: row.categories.map((entry) => entry.male.yes), other: row.categories.map((entry) => entry.other.yes) };
    expect(row.trend).toMatchObject(trendTest(counts, 2));
    expect(row.trend!.statistic).not.toBe(trendTest(counts, 3).statistic);
  });

  it('gives the same rows when a worker thread reads half of the file', async () => {
    const parallel = await analyze([FIXTURE], loadConfigFile(CONFIG), { engine: 'parallel' });
    expect(parallel.categoryResults).toEqual(report.categoryResults);
    expect(parallel.measureResults).toEqual(report.measureResults);
  });

  it('leaves the yes/no rows\' numbers as they are (only their q moves with the larger family)', async () => {
    const yesNoOnly = await analyze([FIXTURE], validateConfig({ sex: { column: 'Kön' }, by: ['Stadsdel'], explain: { need: ['Behov'] }, steps: [{ name: 'Utredning inleds', outcome: { column: 'Förhandsbedömning', equals: 'Utredning inleds' } }] }, 'test.yml'));
    expect(yesNoOnly.categoryResults).toBeUndefined();
    expect(yesNoOnly.measureResults).toBeUndefined();
    const strip = (rows: Report['results']) => rows.map(({ q: _q, flag: _flag, verdict: _verdict, explainedBy: _e, insufficientFor: _i, inconclusiveFor: _c, adjusted, ...rest }) => ({ ...rest, adjusted: adjusted.map(({ q: _aq, homogeneityQ: _hq, warnings: _w, ...head }) => head) }));
    expect(strip(report.results)).toEqual(strip(yesNoOnly.results));
  });
});

/** A small extract of the fixture's columns, with `lines` after the header. */
const extract = (lines: readonly string[]): string => ['Kön;Stadsdel;Kontaktorsak;Riskbedömning;Förhandsbedömning;Handläggningstid (dagar);Behov', ...lines].join('\r\n') + '\r\n';
const STEPS = [
  { name: 'Kontaktorsak', categories: { column: 'Kontaktorsak' } },
  { name: 'Riskbedömning', categories: { column: 'Riskbedömning', ordered: ['Låg', 'Medel', 'Hög', 'Okänd'] } },
  { name: 'Handläggningstid', measure: { column: 'Handläggningstid (dagar)', unit: 'dagar' } },
];

describe('notices of categorical and numeric steps', () => {
  it('says when a criterion of a categorical step stratifies by the step\'s own column, which leaves nothing to compare', async () => {
    const lines = Array.from({ length: 40 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};Bromma;${index % 3 ? 'Beteende' : 'Omsorg'};${['Låg', 'Medel', 'Hög'][index % 3]};Utredning inleds;${10 + (index % 7)};Stort`);
    const config = validateConfig({ sex: { column: 'Kön' }, explain: { need: ['Kontaktorsak', 'Riskbedömning'] }, steps: [STEPS[0], { name: 'Riskbedömning', categories: { column: 'Riskbedömning' } }, STEPS[2]] }, 'test.yml');
    const report = await analyze([tempFile(extract(lines))], config);
    const notices = report.warnings.filter((warning) => warning.code === 'criterion-own-column');
    // Both categorical steps stratify by their own column under need; the numeric step does not.
    expect(notices).toEqual([
      { code: 'criterion-own-column', args: { step: 'Kontaktorsak', criterion: 'need', column: 'Kontaktorsak' } },
      { code: 'criterion-own-column', args: { step: 'Riskbedömning', criterion: 'need', column: 'Riskbedömning' } },
    ]);
    const { say } = await import('../../src/i18n/catalogue.js');
    expect(say('sv', 'warning', 'criterion-own-column', notices[0]!.args as { step: string; criterion: string; column: string })).toMatch(
      /^kriteriet behov för steget "Kontaktorsak" jämför inom grupper lika i stegets egen kolumn \(Kontaktorsak\): .* Ange explain: för steget utan Kontaktorsak/,
    );
    // A step's own explain without its column: no notice.
    const own = validateConfig({ sex: { column: 'Kön' }, explain: { need: ['Kontaktorsak'] }, steps: [{ ...STEPS[1]!, explain: { need: ['Kontaktorsak'] } }] }, 'test.yml');
    expect((await analyze([tempFile(extract(lines))], own)).warnings.some((warning) => warning.code === 'criterion-own-column')).toBe(false);
  });

  it('names a listed category that never occurs, and keeps it with zeros', async () => {
    const lines = Array.from({ length: 40 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};Bromma;${index % 3 ? 'Beteende' : 'Omsorg'};${['Låg', 'Medel', 'Hög'][index % 3]};Utredning inleds;${10 + (index % 7)},5;Stort`);
    const report = await analyze([tempFile(extract(lines))], validateConfig({ sex: { column: 'Kön' }, steps: STEPS }, 'test.yml'));
    expect(report.warnings).toContainEqual({ code: 'category-never-occurs', args: { step: 'Riskbedömning', value: 'Okänd', column: 'Riskbedömning' } });
    const risk = report.categoryResults!.find((row) => row.step === 'Riskbedömning')!;
    expect(risk.categories.map((entry) => entry.value)).toEqual(['Låg', 'Medel', 'Hög', 'Okänd']);
    expect(risk.categories[3]).toMatchObject({ female: { yes: 0, n: 20 }, male: { yes: 0, n: 20 }, flag: false });
    expect(report.measureResults![0]!.female.median).toBe(13.5);
  });

  it('says when every case has the same category, or every value is equal, and flags nothing there', async () => {
    const lines = Array.from({ length: 60 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};Bromma;Beteende;${index % 2 ? 'Hög' : 'Låg'};Utredning inleds;14;Stort`);
    const report = await analyze([tempFile(extract(lines))], validateConfig({ sex: { column: 'Kön' }, steps: STEPS }, 'test.yml'));
    expect(report.warnings).toContainEqual({ code: 'categories-constant', args: { step: 'Kontaktorsak', value: 'Beteende' } });
    expect(report.warnings).toContainEqual({ code: 'measure-constant', args: { step: 'Handläggningstid' } });
    expect(report.warnings.some((warning) => warning.code === 'categories-constant' && warning.args.step === 'Riskbedömning')).toBe(false);
    const reasons = report.categoryResults!.find((row) => row.step === 'Kontaktorsak')!;
    expect(reasons).toMatchObject({ flag: false, warnings: expect.arrayContaining(['outcome-constant']) as unknown as string[] });
    expect(report.measureResults![0]).toMatchObject({ flag: false, verdict: 'none', warnings: expect.arrayContaining(['outcome-constant']) as unknown as string[] });
    // Every girl "Hög", every boy "Låg": a real difference, flagged.
    expect(report.categoryResults!.find((row) => row.step === 'Riskbedömning')!.flag).toBe(true);
  });

  it('says that `period:` gives these steps no per-period rows', async () => {
    const lines = Array.from({ length: 30 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};Bromma;${index % 3 ? 'Beteende' : 'Omsorg'};Låg;Utredning inleds;${index};2024-0${1 + (index % 3)}-15`);
    const text = ['Kön;Stadsdel;Kontaktorsak;Riskbedömning;Förhandsbedömning;Handläggningstid (dagar);Datum', ...lines].join('\r\n') + '\r\n';
    const report = await analyze([tempFile(text)], validateConfig({ sex: { column: 'Kön' }, period: { column: 'Datum', per: 'month' }, steps: [STEPS[0], STEPS[2], { name: 'Utredning', outcome: { column: 'Förhandsbedömning', equals: 'Utredning inleds' } }] }, 'test.yml'));
    expect(report.warnings).toContainEqual({ code: 'period-not-for-distributions', args: { steps: 'Kontaktorsak; Handläggningstid' } });
    expect(report.categoryResults).toHaveLength(1);
    expect(report.measureResults).toHaveLength(1);
    // What the notice advises: a derived period variable in `by:` gives a row per period to these steps too.
    const { say } = await import('../../src/i18n/catalogue.js');
    expect(say('sv', 'warning', 'period-not-for-distributions', { steps: 'Kontaktorsak' })).toContain('härled en periodvariabel (derive: { Kvartal: { period: { column: …, per: quarter } } }) och lägg den i by:');
    const advised = await analyze(
      [tempFile(text)],
      validateConfig({ sex: { column: 'Kön' }, derive: { Månad: { period: { column: 'Datum', per: 'month' } } }, by: ['Månad'], steps: [STEPS[0], STEPS[2]] }, 'test.yml'),
    );
    expect(advised.warnings.some((warning) => warning.code === 'period-not-for-distributions')).toBe(false);
    expect(advised.categoryResults!.filter((row) => row.by === 'Månad').map((row) => row.group)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(advised.measureResults!.filter((row) => row.by === 'Månad').map((row) => row.group)).toEqual(['2024-01', '2024-02', '2024-03']);
  });
});

describe('persons', () => {
  it('counts each person once, with the category and value of their first row (rule first)', async () => {
    const text = [
      'Id;Kön;Datum;Kontaktorsak;Handläggningstid (dagar)',
      'a;Flicka;2024-03-01;Omsorg;10',
      'a;Flicka;2024-01-01;Beteende;20',
      'b;Pojke;2024-02-01;Omsorg;30,5',
      'c;Pojke;2024-02-01;Beteende;40',
      'c;Pojke;2024-05-01;Omsorg;50',
    ].join('\r\n') + '\r\n';
    const config = validateConfig({ sex: { column: 'Kön' }, unit: { id: 'Id', rule: 'first', date: 'Datum' }, steps: [STEPS[0], STEPS[2]], thresholds: { minN: 1 } }, 'test.yml');
    const report = await analyze([tempFile(text)], config);
    const reasons = report.categoryResults![0]!;
    expect(reasons).toMatchObject({ female: { n: 1 }, male: { n: 2 } });
    expect(reasons.categories.map((entry) => [entry.value, entry.female.yes, entry.male.yes])).toEqual([['Beteende', 1, 1], ['Omsorg', 0, 1]]);
    expect(report.measureResults![0]).toMatchObject({ female: { n: 1, median: 20 }, male: { n: 2, median: 35.25 } });
  });
});

describe('the data-quality gate and hidden cells', () => {
  it('names the values a list lacks and the listed ones never seen, when rows fall outside the list, and the file to fix', async () => {
    // "Mellan" written for the column's "Medel": a third of the rows fall outside the list.
    const lines = Array.from({ length: 60 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};Bromma;Beteende;${['Låg', 'Medel', 'Hög'][index % 3]};Utredning inleds;12;Stort`);
    const steps = [{ name: 'Riskbedömning', categories: { column: 'Riskbedömning', ordered: ['Låg', 'Mellan', 'Hög'] } }];
    const failure = await analyze([tempFile(extract(lines))], validateConfig({ sex: { column: 'Kön' }, steps }, 'lista.yml')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'excluded-rows', place: { file: 'lista.yml' }, args: { unlisted: { keyPath: 'steps[0].categories.ordered', column: 'Riskbedömning', seen: 'Medel', never: 'Mellan' } } });
    const { say } = await import('../../src/i18n/catalogue.js');
    const text = say('sv', 'error', 'excluded-rows', (failure as { args: Parameters<typeof say<'error', 'excluded-rows'>>[3] }).args);
    expect(text).toContain('Kolumnen "Riskbedömning" har värden som inte står i steps[0].categories.ordered: Medel. Värden i listan som aldrig förekommer i kolumnen: Mellan. Rätta listan');
    // The export advice does not apply to a list to correct; nor does pooling, on a scale (it would leave the trend).
    expect(text).not.toContain('Rätta exporten');
    expect(text).not.toContain('other:');
    // Run anyway: the notice names them too.
    const report = await analyze([tempFile(extract(lines))], validateConfig({ sex: { column: 'Kön' }, steps, quality: { allowExcluded: true } }, 'lista.yml'));
    const notice = report.warnings.find((warning) => warning.code === 'excluded-rows')!;
    expect(notice.args).toMatchObject({ unlisted: { seen: 'Medel', never: 'Mellan' } });
    const words = say('sv', 'warning', 'excluded-rows', notice.args as Parameters<typeof say<'warning', 'excluded-rows'>>[3]);
    expect(words).toMatch(/^steget "Riskbedömning" kan inte ge slutsatser: .*Analysen kördes ändå, med --allow-excluded.* Kolumnen "Riskbedömning" har värden som inte står i steps\[0\]\.categories\.ordered: Medel\. Värden i listan som aldrig förekommer i kolumnen: Mellan\. Rätta listan så att den har kolumnens värden\.$/);
    // Without a list to correct, the warning has no such advice.
    expect(say('en', 'warning', 'excluded-rows', { ...(notice.args as Parameters<typeof say<'warning', 'excluded-rows'>>[3]), unlisted: undefined })).not.toContain('Correct the list');
  });

  it('takes every flag of a step over the gate (run with allowExcluded)', async () => {
    // 40 clear cases, and 10 boys' rows without a reason: 20 % excluded, all boys.
    const lines = [
      ...Array.from({ length: 40 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};Bromma;${index % 2 ? 'Psykisk ohälsa' : 'Beteende'};Låg;Utredning inleds;${index % 2 ? 40 : 10};Stort`),
      ...Array.from({ length: 10 }, () => 'Pojke;Bromma;;Låg;Utredning inleds;;Stort'),
    ];
    const config = validateConfig({ sex: { column: 'Kön' }, steps: [STEPS[0], STEPS[2]], quality: { allowExcluded: true }, thresholds: { minN: 5 } }, 'test.yml');
    const report = await analyze([tempFile(extract(lines))], config);
    expect(report.warnings.filter((warning) => warning.code === 'excluded-rows').map((warning) => warning.code === 'excluded-rows' && warning.args.step)).toEqual(['Kontaktorsak', 'Handläggningstid']);
    const reasons = report.categoryResults![0]!;
    expect(reasons.p).toBeLessThan(0.001);
    expect(reasons).toMatchObject({ flag: false, warnings: expect.arrayContaining(['excluded-rows']) as unknown as string[] });
    expect(reasons.categories.every((entry) => !entry.flag && entry.verdict === 'none' && entry.warnings.includes('excluded-rows'))).toBe(true);
    expect(report.measureResults![0]).toMatchObject({ flag: false, verdict: 'none' });
    await expect(analyze([tempFile(extract(lines))], validateConfig({ sex: { column: 'Kön' }, steps: [STEPS[0]] }, 'test.yml'))).rejects.toMatchObject({ code: 'excluded-rows' });
  });

  it('flags no row whose table rests on cells hidden in the source, and names it', async () => {
    // Aggregated: Bromma and Farsta in many small visible cells, Kista mostly hidden ("..").
    const header = 'Kön;Stadsdel;Kontaktorsak;Handläggningstid (dagar);Antal';
    const visible = ['Bromma', 'Farsta'].flatMap((district) =>
      Array.from({ length: 30 }, (_, index) => `${index % 2 ? 'Flicka' : 'Pojke'};${district};${index % 2 ? 'Psykisk ohälsa' : 'Beteende'};${index % 2 ? 40 + index : 10 + index};3`),
    );
    const kista = ['Flicka;Kista;Psykisk ohälsa;45;30', 'Pojke;Kista;Beteende;12;30', 'Flicka;Kista;Beteende;50;..', 'Pojke;Kista;Psykisk ohälsa;13;..'];
    const text = [header, ...visible, ...kista].join('\r\n') + '\r\n';
    const config = validateConfig({ sex: { column: 'Kön' }, count: 'Antal', by: ['Stadsdel'], steps: [STEPS[0], STEPS[2]] }, 'test.yml');
    const report = await analyze([tempFile(text)], config);
    const kistaReasons = report.categoryResults!.find((row) => row.group === 'Kista')!;
    expect(kistaReasons.p).toBeLessThan(0.001);
    expect(kistaReasons).toMatchObject({ flag: false, warnings: expect.arrayContaining(['hidden-in-source']) as unknown as string[] });
    expect(report.measureResults!.find((row) => row.group === 'Kista')).toMatchObject({ flag: false, warnings: expect.arrayContaining(['hidden-in-source']) as unknown as string[] });
    expect(report.categoryResults!.find((row) => row.group === 'Bromma')!.flag).toBe(true);
    const notice = report.warnings.find((warning) => warning.code === 'hidden-in-source');
    expect(notice?.code === 'hidden-in-source' && notice.args.unflagged).toBe('Kontaktorsak: Stadsdel Kista; Handläggningstid: Stadsdel Kista');
  });
});

describe('invariants on random extracts', () => {
  const SEXES = ['Flicka', 'Pojke'];
  const REASONS = ['Beteende', 'Omsorg', 'Psykisk ohälsa', 'Våld'];
  const caseArbitrary = fc.record({
    sex: fc.constantFrom(...SEXES),
    district: fc.constantFrom('Bromma', 'Farsta', 'Älvsjö'),
    reason: fc.constantFrom(...REASONS),
    risk: fc.constantFrom('Låg', 'Medel', 'Hög'),
    days: fc.integer({ min: 0, max: 40 }).map((value) => value / 2),
    need: fc.constantFrom('Stort', 'Litet'),
  });
  type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;
  const casesArbitrary = fc.array(caseArbitrary, { minLength: 4, maxLength: 150 }).map((cases) => [{ ...cases[0]!, sex: 'Flicka' }, { ...cases[1]!, sex: 'Pojke' }, ...cases]);
  const cells = (c: Case, sex = c.sex): string[] => [sex, c.district, c.reason, c.risk, 'Utredning inleds', String(c.days).replace('.', ','), c.need];
  const BASE = {
    sex: { column: 'Kön' },
    by: ['Stadsdel'],
    explain: { need: ['Behov'] },
    steps: [STEPS[0], { name: 'Riskbedömning', categories: { column: 'Riskbedömning', ordered: ['Låg', 'Medel', 'Hög'] } }, STEPS[2]],
    quality: { allowExcluded: true },
  };
  const distributions = (report: Report) => ({ categoryResults: report.categoryResults, measureResults: report.measureResults, familySize: report.settings.familySize, adjusted: report.settings.adjustedFamilySize });

  it('an aggregated extract gives the same rows as its case rows, whatever their order', async () => {
    await fc.assert(
      fc.asyncProperty(casesArbitrary, fc.nat(), async (cases, seed) => {
        const rowLevel = await analyze([tempFile(extract(cases.map((c) => cells(c).join(';'))))], validateConfig(BASE, 'test.yml'));
        const shuffled = cases.map((c, index) => ({ c, key: (index * 2654435761 + seed) % 1000003 })).sort((a, b) => a.key - b.key).map((entry) => entry.c);
        const reordered = await analyze([tempFile(extract(shuffled.map((c) => cells(c).join(';'))))], validateConfig(BASE, 'test.yml'));
        expect(distributions(reordered)).toEqual(distributions(rowLevel));
        const counts = new Map<string, number>();
        for (const c of cases) counts.set(cells(c).join(';'), (counts.get(cells(c).join(';')) ?? 0) + 1);
        const aggregatedText = ['Kön;Stadsdel;Kontaktorsak;Riskbedömning;Förhandsbedömning;Handläggningstid (dagar);Behov;Antal', ...[...counts].map(([key, count]) => `${key};${count}`)].join('\r\n') + '\r\n';
        const summary = await analyze([tempFile(aggregatedText)], validateConfig({ ...BASE, count: 'Antal' }, 'test.yml'));
        expect(distributions(summary)).toEqual(distributions(rowLevel));
      }),
      { numRuns: 25 },
    );
  });

  it('swapping the sexes keeps every p and turns every difference round', async () => {
    await fc.assert(
      fc.asyncProperty(casesArbitrary, async (cases) => {
        const report = await analyze([tempFile(extract(cases.map((c) => cells(c).join(';'))))], validateConfig(BASE, 'test.yml'));
        const swapped = await analyze([tempFile(extract(cases.map((c) => cells(c, c.sex === 'Flicka' ? 'Pojke' : 'Flicka').join(';'))))], validateConfig(BASE, 'test.yml'));
        const same = (a: number | null | undefined, b: number | null | undefined) => (a == null ? expect(b ?? null).toBeNull() : expect(b).toBeCloseTo(a, 10));
        report.categoryResults!.forEach((row, index) => {
          const other = swapped.categoryResults![index]!;
          same(row.p, other.p);
          same(row.trend?.p, other.trend?.p);
          row.adjusted.forEach((adjusted, at) => same(adjusted.p, other.adjusted[at]!.p));
          row.categories.forEach((entry, at) => {
            same(entry.p, other.categories[at]!.p);
            if (entry.diffPp !== null) expect(other.categories[at]!.diffPp).toBeCloseTo(-entry.diffPp, 9);
          });
        });
        report.measureResults!.forEach((row, index) => {
          const other = swapped.measureResults![index]!;
          same(row.p, other.p);
          row.adjusted.forEach((adjusted, at) => same(adjusted.p, other.adjusted[at]!.p));
        });
      }),
      { numRuns: 15 },
    );
  });
});
