/**
 * Renderers for `inspect`: a terminal table, or JSON. The table shows names and values
 * from the data with their control characters escaped (visible-text.ts); JSON escapes them itself.
 */
import Table from 'cli-table3';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { InspectReport } from '../inspect/inspect.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import { formatNumber } from './numbers.js';
import { escapeJsonControls, visibleText } from './visible-text.js';

/** Renders an inspect report as JSON with a final newline; no control character left raw. */
export function renderInspectJson(report: InspectReport): string {
  return `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
}

function shown(value: string): string {
  const masked = visibleText(maskPersonnummer(value));
  return masked.length > 30 ? `${masked.slice(0, 29)}…` : masked;
}

/** Renders an inspect report as a terminal table. */
export function renderInspectTable(report: InspectReport, language: Language): string {
  const table = new Table({
    head: [say(language, 'label', 'column'), say(language, 'label', 'role'), say(language, 'label', 'distinct'), say(language, 'label', 'empty'), say(language, 'label', 'top')],
    style: { head: [], border: [] },
    colAligns: ['left', 'left', 'right', 'right', 'left'],
    wordWrap: true,
    colWidths: [null, null, null, null, 60] as unknown as number[],
  });
  for (const column of report.columns) {
    const top =
      column.role === 'personnummer' && column.personnummer
        ? say(language, 'label', 'personnummerValid', { valid: formatNumber(column.personnummer.valid, language), invalid: formatNumber(column.personnummer.invalid, language) })
        : column.top.slice(0, 5).map((entry) => `${shown(entry.value)} (${formatNumber(entry.count, language)})`).join(', ');
    table.push([
      visibleText(column.name),
      column.sensitive && column.role !== 'personnummer' ? `${say(language, 'label', `role.${column.role}`)}, ${say(language, 'label', 'role.sensitive')}` : say(language, 'label', `role.${column.role}`),
      `${column.distinctCapped ? '> ' : ''}${formatNumber(column.distinct, language)}`,
      formatNumber(column.empty, language),
      top,
    ]);
  }
  const head = [
    `${say(language, 'label', 'file')}: ${visibleText(report.file)}`,
    `${say(language, 'label', 'encoding')}: ${report.encoding}${report.bom ? ' (BOM)' : ''}; ${say(language, 'label', 'delimiter')}: "${report.delimiter === '\t' ? 'tab' : report.delimiter}"; ${report.lineEnding.toUpperCase()}${report.titleLines ? `; ${say(language, 'label', 'titleLines')}: ${report.titleLines}` : ''}`,
    `${say(language, 'label', 'rows')}: ${formatNumber(report.rows, language)}`,
  ];
  return `${head.join('\n')}\n${table.toString()}\n`;
}
