/** The JSON renderer: the report model as it is, two-space indented, with a final newline. */
import type { Report } from './model.js';

/** Renders the report as JSON (schemaVersion 1). Numbers are not rounded. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
