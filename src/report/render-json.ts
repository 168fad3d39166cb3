/** The JSON renderer: the report model as it is, two-space indented, with a final newline. */
import type { PublishedReport } from '../model/report.js';

/** Renders the published report as JSON (schemaVersion 1): hidden values are null. Numbers are not rounded. */
export function renderJson(report: PublishedReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
