/** Each output format's renderer, checked to be complete by the compiler. */
import type { PublishedReport } from './model.js';
import type { Format, RenderOptions, Rendered } from './formats.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderTable } from './render-table.js';
import { renderMarkdown } from './render-markdown.js';

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

export { FORMATS, BINARY_FORMATS, formatFromPath, type Format, type RenderOptions, type Rendered } from './formats.js';
