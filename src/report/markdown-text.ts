/**
 * Text from the data made inert in Markdown: a group value, step name, `by` variable,
 * period or file name is shown as the text it is, never read as HTML (`<img src=…>`,
 * `<script>`), an image or link (`![x](https://…)`, which a viewer would load), emphasis,
 * code, a heading, a list or a table cell boundary. Only the data is escaped: jamstat's
 * own words stay as they are, so the Markdown reads the same in a text editor.
 */
import type { PublishedReport } from '../model/report.js';
import { visibleArgs, visibleText } from './visible-text.js';

/** HTML's special characters, written as entities (understood by every Markdown dialect). */
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Markdown's punctuation that can start or end markup (CommonMark backslash escapes). */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()!#|~{}]/g;

/**
 * `text` safe anywhere in a line of Markdown: control characters shown escaped
 * (visible-text.ts), then `&`, `<`, `>` as entities and Markdown punctuation, a leading
 * `-`, `+` or `1.` (a list), and a leading `=` or `>` escaped with a backslash.
 */
export function markdownText(text: string): string {
  return visibleText(text)
    .replace(/[&<>]/g, (character) => HTML_ENTITIES[character]!)
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const orNull = (text: string | null): string | null => (text === null ? null : markdownText(text));

/**
 * The report with every text that comes from the data (steps' names, `by` variables,
 * groups, periods, input file names, the values notices name) made inert with
 * markdownText, so that the shared table and sentence helpers can render it as they are.
 */
export function markdownSafeReport(report: PublishedReport): PublishedReport {
  return {
    ...report,
    input: { ...report.input, files: report.input.files.map((file) => ({ ...file, path: markdownText(file.path) })) },
    steps: report.steps.map((step) => ({ ...step, name: markdownText(step.name) })),
    results: report.results.map((result) => ({ ...result, step: markdownText(result.step), by: orNull(result.by), group: orNull(result.group), period: orNull(result.period) })),
    rates: report.rates.map((rate) => ({ ...rate, step: markdownText(rate.step), by: orNull(rate.by), group: orNull(rate.group) })),
    warnings: (report.warnings ?? []).map((warning) => ({ ...warning, args: markdownArgs(warning.args) }) as typeof warning),
  };
}

/** A key path with nothing a Markdown viewer could read as markup. */
const PLAIN_KEY_PATH = /^[\p{L}\p{N}_.[\]-]*$/u;

/**
 * A message's text arguments (and texts in lists) made inert, numbers left as they are.
 * A plain key path (`steps[0].outcome.equals`: letters, digits, `_`, `-`, dots and
 * brackets) cannot form a link or markup, so it stays as written; any other is escaped.
 */
function markdownArgs<Args>(args: Args): Args {
  const visible = visibleArgs(args);
  if (visible === null || typeof visible !== 'object') return visible;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(visible as Record<string, unknown>)) {
    if (key === 'keyPath' && typeof value === 'string' && PLAIN_KEY_PATH.test(value)) safe[key] = value;
    else if (typeof value === 'string') safe[key] = markdownText(value);
    else if (Array.isArray(value)) safe[key] = value.map((item: unknown) => (typeof item === 'string' ? markdownText(item) : item));
    else safe[key] = value;
  }
  return safe as Args;
}
