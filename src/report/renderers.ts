/** The output formats and their renderers, checked to be complete by the compiler. */
import type { Language } from '../i18n/messages.js';
import type { PublishedReport } from './model.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderTable } from './render-table.js';
import { renderMarkdown } from './render-markdown.js';

export const FORMATS = ['table', 'json', 'csv', 'md', 'xlsx', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  readonly language: Language;
  readonly color: boolean;
  readonly excel: boolean;
}

/** What a renderer gives: text, or bytes (xlsx). */
export type Rendered = string | Uint8Array;

/** Formats that are bytes and must go to a file. */
export const BINARY_FORMATS: readonly Format[] = ['xlsx'];

/**
 * Each format's renderer: the published report in, the text or bytes to write out.
 * xlsx and html load their libraries (exceljs; vega and vega-lite) only when asked for.
 */
export const RENDERERS = {
  table: (report, options) => renderTable(report, options),
  json: (report) => renderJson(report),
  csv: (report, options) => renderCsv(report, options),
  md: (report, options) => renderMarkdown(report, options),
  xlsx: async (report, options) => (await import('./render-xlsx.js')).renderXlsx(report, options),
  html: async (report, options) => (await import('./render-html.js')).renderHtml(report, options),
} satisfies Record<Format, (report: PublishedReport, options: RenderOptions) => Rendered | Promise<Rendered>>;

/** The format an output file's extension implies, if any. */
export function formatFromPath(path: string): Format | null {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'txt') return 'table';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'html' || extension === 'htm') return 'html';
  return null;
}
