/**
 * Golden files of the steps beyond yes/no (issue 15), rendered straight from the hand-made
 * report (tests/helpers/distribution-report.ts) after disclosure control: the terminal
 * table (whole and fitted to 100 columns), Markdown, CSV (plain and --excel), JSON and
 * xlsx (as a dump of every cell), in both languages where the format has words. The
 * analysis that fills these rows is tested on its own; these pin layout, wording,
 * rounding, order and the suppression marks.
 *
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run tests/report`
 * and review the diff.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';
import { dumpXlsx } from '../helpers/xlsx-dump.js';
import { distributionReport } from '../helpers/distribution-report.js';
import { suppressReport } from '../../src/report/suppress.js';
import { renderTable } from '../../src/report/render-table.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderCsv } from '../../src/report/render-csv.js';
import { renderJson } from '../../src/report/render-json.js';
import { renderXlsx } from '../../src/report/render-xlsx.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const published = suppressReport(distributionReport(), { below: 5 });
const unsuppressed = suppressReport(distributionReport(), { below: null });

function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, `${name}.txt`);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `no golden file ${path}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const TEXT_CASES: ReadonlyArray<readonly [name: string, render: () => string]> = [
  ['report-distribution-table-sv', () => renderTable(published, { language: 'sv', color: false })],
  ['report-distribution-table-en', () => renderTable(published, { language: 'en', color: false })],
  ['report-distribution-table-narrow-sv', () => renderTable(published, { language: 'sv', color: false, width: 100 })],
  ['report-distribution-md-sv', () => renderMarkdown(published, { language: 'sv' })],
  ['report-distribution-md-en', () => renderMarkdown(published, { language: 'en' })],
  ['report-distribution-csv', () => renderCsv(published, { excel: false })],
  ['report-distribution-csv-excel-en', () => renderCsv(published, { excel: true, language: 'en' })],
  ['report-distribution-no-suppress-csv-excel-sv', () => renderCsv(unsuppressed, { excel: true, language: 'sv' })],
  ['report-distribution-json', () => renderJson(published)],
];

describe('golden outputs of categorical and numeric steps', () => {
  for (const [name, render] of TEXT_CASES) it(name, () => expectGolden(name, render()));
  for (const language of ['sv', 'en'] as const) {
    it(`report-distribution-xlsx-${language}`, async () => {
      const path = tempPath(`distribution-${language}.xlsx`);
      writeFileSync(path, await renderXlsx(published, { language }));
      expectGolden(`report-distribution-xlsx-${language}`, await dumpXlsx(path));
    });
  }
});
