/** The JSON renderer: the report model as it is, two-space indented, with a final newline. */
import type { PublishedReport } from '../model/report.js';
import { escapeJsonControls } from './visible-text.js';

/**
 * Renders the published report as JSON (schemaVersion 1): hidden values are null. Numbers
 * are not rounded. DEL and C1 control characters, which JSON.stringify leaves raw, are
 * written as \u escapes (the parsed value is the same), so that a report printed to a
 * terminal cannot drive it.
 */
export function renderJson(report: PublishedReport): string {
  return `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
}
