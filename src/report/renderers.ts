/** Each output format's renderer, checked to be complete by the compiler. */
import type { PublishedReport } from '../model/report.js';
import type { Format, RenderOptions, Rendered } from './formats.js';

/**
 * Each format's renderer: the published report in, the text or bytes to write out.
 * Each loads when asked for, with its libraries (cli-table3 and chalk; exceljs; vega and
 * vega-lite; docx and resvg): a scheduled job writing JSON loads none of them. So every renderer returns a
 * promise (library callers: `await RENDERERS[format](report, options)`).
 */
export const RENDERERS = {
  table: async (report, options) => (await import('./render-table.js')).renderTable(report, options),
  json: async (report) => (await import('./render-json.js')).renderJson(report),
  csv: async (report, options) => (await import('./render-csv.js')).renderCsv(report, options),
  md: async (report, options) => (await import('./render-markdown.js')).renderMarkdown(report, options),
  xlsx: async (report, options) => (await import('./render-xlsx.js')).renderXlsx(report, options),
  html: async (report, options) => (await import('./render-html.js')).renderHtml(report, options),
  docx: async (report, options) => (await import('./render-docx.js')).renderDocx(report, options),
} satisfies Record<Format, (report: PublishedReport, options: RenderOptions) => Promise<Rendered>>;

export { FORMATS, BINARY_FORMATS, formatFromPath, type Format, type RenderOptions, type Rendered } from './formats.js';
