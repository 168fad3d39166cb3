import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { validate, type ValidateOptions } from '../../src/validate/validate.js';
import { LISTED_VALUES } from '../../src/validate/value-problems.js';
import { PROBLEM_SEVERITY, type Problem } from '../../src/validate/problem.js';
import { tempFile } from '../helpers/temp.js';

/** A problem's arguments as a plain record, to read one of them whatever the code. */
const shown = (args: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => args;

const CONFIG = `
sex: { column: Kön }
steps:
  - name: Utredning
    outcome: { column: Beslut, equals: Ja }
  - name: Insats
    among: { column: Beslut, equals: Ja }
    outcome: { column: Insats, in: [Beviljad] }
`;

/** `rows` data lines of "Kön;Beslut;Insats", alternating sexes and outcomes. */
function cleanRows(rows: number): string[] {
  return Array.from({ length: rows }, (_, index) => `${index % 2 ? 'Pojke' : 'Flicka'};${index % 3 ? 'Ja' : 'Nej'};${index % 3 ? (index % 5 ? 'Beviljad' : 'Avslag') : ''}`);
}

function extract(lines: readonly string[], header = 'Kön;Beslut;Insats'): string {
  return tempFile(`${[header, ...lines].join('\n')}\n`);
}

async function problemsOf(files: readonly string[], yaml = CONFIG, options: ValidateOptions = {}): Promise<Problem[]> {
  return [...(await validate(files, parseConfigText(yaml, 'test.yml'), options)).problems];
}

const codes = (problems: readonly Problem[]): string[] => problems.map((found) => found.code);

describe('validate', () => {
  it('finds nothing in a clean extract', async () => {
    const report = await validate([extract(cleanRows(200))], parseConfigText(CONFIG, 'test.yml'));
    expect(report).toEqual({ ok: true, problems: [] });
  });

  it('names every missing column with its key paths and the nearest column', async () => {
    const yaml = `${CONFIG.replace('column: Kön', 'column: Kon').replaceAll('column: Beslut,', 'column: Beslutet,')}\nid: Ärende\nvalidate: { values: { Insatts: [Beviljad] } }\n`;
    const problems = (await problemsOf([extract(cleanRows(10))], yaml)).filter((found) => found.code === 'missing-column');
    expect(problems.every((found) => found.severity === 'error' && found.line === null && found.count === null)).toBe(true);
    const byColumn = Object.fromEntries(problems.map((found) => [found.column, found.args]));
    expect(Object.keys(byColumn).sort()).toEqual(['Beslutet', 'Insatts', 'Kon', 'Ärende']);
    expect(byColumn.Kon).toMatchObject({ keyPaths: 'sex.column', suggestion: 'Kön' });
    // The first key path that names the column, as the analysis resolves it.
    expect(byColumn.Beslutet).toMatchObject({ keyPaths: 'steps[0].outcome.column', suggestion: 'Beslut' });
    expect(byColumn.Insatts).toMatchObject({ keyPaths: 'validate.values.Insatts', suggestion: 'Insats' });
    expect(byColumn['Ärende']).toMatchObject({ keyPaths: 'id', suggestion: undefined });
  });

  it('warns about unrecognised and missing sex values, suggesting the nearest recognised one', async () => {
    const problems = await problemsOf([extract([...cleanRows(100), 'Pojek;Ja;Beviljad', ';Ja;Beviljad', 'Annat;Nej;'])]);
    expect(problems.filter((found) => found.code !== 'excluded-share')).toEqual([
      expect.objectContaining({ code: 'unrecognised-sex', severity: 'warning', line: 102, column: 'Kön', count: 1, args: expect.objectContaining({ value: 'Pojek', suggestion: 'Pojke' }) }),
      expect.objectContaining({ code: 'missing-value', line: 103, column: 'Kön', count: 1, args: { role: 'sex' } }),
      expect.objectContaining({ code: 'unrecognised-sex', line: 104, args: expect.objectContaining({ value: 'Annat' }) }),
    ]);
  });

  it('counts invalid personnummer by kind and never keeps the number', async () => {
    const yaml = CONFIG.replace('sex: { column: Kön }', 'sex: { personnummer: Personnummer }');
    const rows = Array.from({ length: 60 }, (_, index) => `${index % 2 ? '20160921-2459' : '20141112-7622'};Ja;Beviljad`);
    const path = extract([...rows, '20160921-2458;Ja;Beviljad', '20160921-2458;Nej;', '20161321-2459;Ja;', 'okänt;Ja;'], 'Personnummer;Beslut;Insats');
    const problems = await problemsOf([path], yaml, {});
    const invalid = problems.filter((found) => found.code === 'invalid-personnummer');
    expect(invalid.map((found) => [shown(found.args).problem, found.count, found.line])).toEqual([
      ['checksum', 2, 62],
      ['date', 1, 64],
      ['format', 1, 65],
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/2016|2459|2458/);
  });

  it('reports values outside validate.values, the most frequent first, and sums the rest', async () => {
    const odd = Array.from({ length: LISTED_VALUES + 3 }, (_, index) => `Flicka;Ja;Okänd ${String(index).padStart(2, '0')}`);
    const yaml = `${CONFIG}\nvalidate: { values: { Insats: [Beviljad, Avslag] } }\n`;
    const problems = await problemsOf([extract([...cleanRows(60), 'Pojke;Ja;Beviljd', 'Pojke;Ja;Beviljd', ...odd])], yaml);
    const unexpected = problems.filter((found) => found.code === 'unexpected-value');
    expect(unexpected).toHaveLength(LISTED_VALUES + 1);
    expect(unexpected[0]).toMatchObject({ severity: 'error', line: 62, count: 2, args: { value: 'Beviljd', suggestion: 'Beviljad', allowed: 'Beviljad, Avslag' } });
    expect(unexpected.at(-1)).toMatchObject({ count: 4, args: { more: 4 } });
  });

  it('warns about a rare value in a condition column, naming the nearest common value', async () => {
    const problems = await problemsOf([extract([...cleanRows(60), 'Pojke;JA;Beviljad', 'Flicka;Ja;Bevilajd', 'Flicka;Ja;Bevilajd'])]);
    expect(problems.filter((found) => found.code === 'rare-value')).toEqual([
      expect.objectContaining({ column: 'Beslut', line: 62, count: 1, args: { value: 'JA', suggestion: 'Ja' } }),
      expect.objectContaining({ column: 'Insats', line: 63, count: 2, args: { value: 'Bevilajd', suggestion: 'Beviljad' } }),
    ]);
    const quiet = await problemsOf([extract([...cleanRows(60), 'Pojke;JA;Beviljad'])], `${CONFIG}\nvalidate: { rareValueCount: 0 }\n`);
    expect(codes(quiet)).not.toContain('rare-value');
  });

  it('calls a condition value that never occurs while a near one does an error (a typo: analyze would stop)', async () => {
    const yaml = CONFIG.replace('among: { column: Beslut, equals: Ja }', 'among: { column: Beslut, equals: ja }');
    const problems = await problemsOf([extract(cleanRows(60))], yaml);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'value-misspelt', severity: 'error', column: 'Beslut', args: { keyPath: 'steps[1].among.equals', value: 'ja', suggestion: 'Ja' } }),
    ]);
  });

  it('warns about a condition value that never occurs with nothing near, and about a step that selects nothing', async () => {
    const yaml = CONFIG.replace('among: { column: Beslut, equals: Ja }', 'among: { column: Beslut, equals: Saknas }');
    const problems = await problemsOf([extract(cleanRows(60))], yaml);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'step-selects-nothing', line: null, args: { step: 'Insats', keyPath: 'steps[1].among' } }),
      expect.objectContaining({ code: 'value-not-found', severity: 'warning', column: 'Beslut', args: { keyPath: 'steps[1].among.equals', value: 'Saknas', suggestion: undefined } }),
    ]);
  });

  it('calls an allowed value (validate.values) that never occurs while a near one does an error', async () => {
    const yaml = `${CONFIG}\nvalidate: { values: { Insats: [Beviljad, Avslg] } }\n`;
    const problems = await problemsOf([extract(cleanRows(60))], yaml);
    expect(problems.filter((found) => found.code === 'value-misspelt')).toEqual([
      expect.objectContaining({ severity: 'error', column: 'Insats', args: { keyPath: 'validate.values.Insats[1]', value: 'Avslg', suggestion: 'Avslag' } }),
    ]);
  });

  it('refuses counts that are not whole numbers ≥ 0, but not the Totalt row', async () => {
    const yaml = `${CONFIG}\ncount: Antal\nvalidate: { maxExcludedShare: 1 }\n`;
    const rows = cleanRows(40).map((row, index) => `${row};${index + 1}`);
    const path = extract([...rows, 'Pojke;Ja;Beviljad;-1', 'Pojke;Ja;Beviljad;2,5', 'Pojke;Ja;Beviljad;tio', 'Pojke;Ja;Beviljad;', 'Totalt;;;820'], 'Kön;Beslut;Insats;Antal');
    const problems = await problemsOf([path], yaml);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'invalid-count', severity: 'error', line: 42, column: 'Antal', count: 3, args: { value: '-1' } }),
      // A rate or share is no count: the file cannot be analysed with the column (the analysis stops there too).
      expect.objectContaining({ code: 'count-not-whole', severity: 'error', line: 43, column: 'Antal', count: 1, args: { value: '2,5', looksLike: 'rate' } }),
    ]);
  });

  it('finds duplicate ids within and across files', async () => {
    const yaml = `${CONFIG}\nid: Id\n`;
    const header = 'Id;Kön;Beslut;Insats';
    const first = extract(cleanRows(30).map((row, index) => `A${index};${row}`), header);
    const second = extract([...cleanRows(30).map((row, index) => `B${index};${row}`), 'A3;Pojke;Ja;Beviljad', 'B7;Pojke;Ja;Beviljad', ';Pojke;Ja;Beviljad'], header);
    const problems = await problemsOf([first, second], yaml);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'duplicate-id', file: second, line: 32, column: 'Id', count: 2, args: { value: 'A3' } }),
      expect.objectContaining({ code: 'missing-value', file: second, line: 34, column: 'Id', args: { role: 'id' } }),
    ]);
  });

  it('checks dates in configured date columns (error) and in columns named as dates (warning)', async () => {
    const yaml = `${CONFIG}\nperiod: { column: Datum, per: month }\n`;
    const header = 'Kön;Beslut;Insats;Datum;Beslutsdatum';
    const rows = cleanRows(40).map((row) => `${row};2024-03-19;19.03.2024`);
    const path = extract([...rows, 'Pojke;Ja;Beviljad;2024-02-30;2024-02-30', 'Pojke;Ja;Beviljad;2024-03-01;igår', 'Pojke;Ja;Beviljad;;'], header);
    const problems = (await problemsOf([path], yaml)).filter((found) => found.code.endsWith('date'));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'suspect-date', severity: 'warning', line: 42, column: 'Beslutsdatum', count: 2, args: { value: '2024-02-30' } }),
      expect.objectContaining({ code: 'invalid-date', severity: 'error', line: 42, column: 'Datum', count: 1, args: { value: '2024-02-30', keyPath: 'period.column' } }),
    ]);
  });

  it('reports a step that excludes more than the allowed share, with its reasons', async () => {
    const rows = [...cleanRows(100), ...Array.from({ length: 3 }, () => 'Flicka;Ja;')];
    const problems = await problemsOf([extract(rows)]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'excluded-share', severity: 'error', count: 3, args: expect.objectContaining({ step: 'Insats', limit: 0.01, reasons: 'missing-outcome=3' }) }),
    ]);
    expect(shown(problems[0]!.args).share).toBeCloseTo(3 / 69, 12);
    expect(await problemsOf([extract(rows)], `${CONFIG}\nvalidate: { maxExcludedShare: 0.05 }\n`)).toEqual([]);
  });

  it('charges a step with its part of the rows excluded before the steps', async () => {
    const rows = [...cleanRows(99), 'Flicka;Ja', 'Pojke;Ja;Beviljad;x'];
    const problems = await problemsOf([extract(rows)]);
    const shares = Object.fromEntries(problems.filter((found) => found.code === 'excluded-share').map((found) => [shown(found.args).step, shown(found.args).share]));
    expect(problems.filter((found) => found.code === 'ragged-rows')).toEqual([expect.objectContaining({ line: 101, count: 2, args: { expected: 3 } })]);
    expect(shares.Utredning).toBeCloseTo(2 / 101, 12);
    expect(shares.Insats).toBeCloseTo(2 / 101, 12);
  });

  it('reports files whose columns differ, files without rows and unrecognised sex codes', async () => {
    const first = extract(cleanRows(20));
    const reordered = extract(cleanRows(20).map((row) => row.split(';').reverse().join(';')), 'Insats;Beslut;Kön');
    const headerOnly = extract([]);
    const numeric = extract(cleanRows(20).map((row) => row.replace('Flicka', '2').replace('Pojke', '1')));
    const problems = (await problemsOf([first, reordered, headerOnly, numeric])).filter((found) => found.code !== 'rare-value');
    expect(problems.map((found) => [found.code, found.file])).toEqual([
      ['header-mismatch', reordered],
      ['no-rows', headerOnly],
      ['no-sex-recognised', numeric],
      ['unrecognised-sex', numeric],
      ['unrecognised-sex', numeric],
    ]);
    expect(problems[0]!.args).toEqual({ firstFile: first, missing: '', extra: '' });
  });

  it('compares with previous extracts: row count and shares per sex', async () => {
    const current = extract(cleanRows(200));
    expect(await problemsOf([current], CONFIG, { previous: [extract(cleanRows(180))] })).toEqual([]);
    const fewer = extract(cleanRows(100));
    const shifted = extract(cleanRows(200).map((row, index) => (index % 2 === 0 && index % 3 ? row.replace(';Ja;', ';Nej;') : row)));
    expect(codes(await problemsOf([current], CONFIG, { previous: [fewer] }))).toEqual(['row-count-change']);
    const shares = await problemsOf([current], CONFIG, { previous: [shifted] });
    expect(shares).toEqual([expect.objectContaining({ code: 'share-change', file: null, args: expect.objectContaining({ step: 'Utredning', sex: 'female' }) })]);
    expect(Number(shown(shares[0]!.args).changePp)).toBeGreaterThan(10);
  });

  it('fails on warnings only with strict', async () => {
    const path = extract([...cleanRows(100), 'Annat;Ja;Beviljad']);
    const config = parseConfigText(CONFIG, 'test.yml');
    expect((await validate([path], config)).ok).toBe(true);
    expect((await validate([path], config, { strict: true })).ok).toBe(false);
  });

  it('gives every code one fixed severity', () => {
    expect(new Set(Object.values(PROBLEM_SEVERITY))).toEqual(new Set(['error', 'warning', 'note']));
  });
});
