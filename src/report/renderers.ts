/** The output formats and their renderers, checked to be complete by the compiler. */
import type { Language } from '../i18n/messages.js';
import type { Report } from './model.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderTable } from './render-table.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  readonly language: Language;
  readonly color: boolean;
  readonly excel: boolean;
}

/** Each format's renderer: the report in, the text to write out. */
export const RENDERERS = {
  table: (report, options) => renderTable(report, options),
  json: (report) => renderJson(report),
  csv: (report, options) => renderCsv(report, options),
} satisfies Record<Format, (report: Report, options: RenderOptions) => string>;

/** The format an output file's extension implies, if any. */
export function formatFromPath(path: string): Format | null {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'txt') return 'table';
  return null;
}
