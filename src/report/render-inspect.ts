/** Renderers for `inspect`: a terminal table, or JSON. */
import Table from 'cli-table3';
import type { Language } from '../i18n/messages.js';
import { label, type LabelKey } from '../i18n/labels.js';
import type { InspectReport } from '../inspect/inspect.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import { formatNumber } from './numbers.js';

/** Renders an inspect report as JSON with a final newline. */
export function renderInspectJson(report: InspectReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function shown(value: string): string {
  const masked = maskPersonnummer(value);
  return masked.length > 30 ? `${masked.slice(0, 29)}…` : masked;
}

/** Renders an inspect report as a terminal table. */
export function renderInspectTable(report: InspectReport, language: Language): string {
  const table = new Table({
    head: [label('column', language), label('role', language), label('distinct', language), label('empty', language), label('top', language)],
    style: { head: [], border: [] },
    colAligns: ['left', 'left', 'right', 'right', 'left'],
    wordWrap: true,
    colWidths: [null, null, null, null, 60] as unknown as number[],
  });
  for (const column of report.columns) {
    const top =
      column.role === 'personnummer' && column.personnummer
        ? label('personnummerValid', language, { valid: formatNumber(column.personnummer.valid, language), invalid: formatNumber(column.personnummer.invalid, language) })
        : column.top.slice(0, 5).map((entry) => `${shown(entry.value)} (${formatNumber(entry.count, language)})`).join(', ');
    table.push([
      column.name,
      label(`role.${column.role}` as LabelKey, language),
      `${column.distinctCapped ? '> ' : ''}${formatNumber(column.distinct, language)}`,
      formatNumber(column.empty, language),
      top,
    ]);
  }
  const head = [
    `${label('file', language)}: ${report.file}`,
    `${label('encoding', language)}: ${report.encoding}${report.bom ? ' (BOM)' : ''}; ${label('delimiter', language)}: "${report.delimiter === '\t' ? 'tab' : report.delimiter}"; ${report.lineEnding.toUpperCase()}${report.titleLines ? `; ${label('titleLines', language)}: ${report.titleLines}` : ''}`,
    `${label('rows', language)}: ${formatNumber(report.rows, language)}`,
  ];
  return `${head.join('\n')}\n${table.toString()}\n`;
}
